// Calls onChange(true/false) as `node` comes within `margin` of the viewport
// or leaves it. Where IntersectionObserver is missing, the node counts as
// near at once. Answers a function that stops watching.
export function watchNearViewport(node, margin, onChange) {
  if (typeof IntersectionObserver !== "function") {
    onChange(true);
    return () => {};
  }
  const observer = new IntersectionObserver((entries) => {
    onChange(entries[entries.length - 1].isIntersecting);
  }, { rootMargin: margin });
  observer.observe(node);
  return () => observer.disconnect();
}
