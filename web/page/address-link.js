// The address bar's share link (the page's URL fragment), kept current off
// the keystroke path: history.replaceState costs a millisecond or more a
// call, with a style pass, and more when called often. A change is written
// once the page is idle after the frame that shows it, and at once whenever
// the address may be read or kept: the window losing focus (to the address
// bar, to another window), the tab hidden or left, a copy, a share.
//   const address = addressLink(() => `#${fullLink(state)}`);
//   address.changed();  // after every update
//   address.cancel();   // another link arrived (hashchange): what waits is stale
const idle = typeof requestIdleCallback === "function"
  ? (work) => requestIdleCallback(work, { timeout: 500 })
  : (work) => setTimeout(work, 100);

// link(): the fragment to show, "#…"; write(link): how it is written.
export function addressLink(link, { write = (text) => history.replaceState(null, "", text), whenIdle = idle } = {}) {
  let waiting = false;  // a change not yet written
  let scheduled = false;
  const flush = () => {
    if (!waiting) return;
    waiting = false;
    const text = link();
    // Only when the link changed: a keystroke in a field the link does not hold leaves it as it is.
    if (location.hash !== text) write(text);
  };
  const onIdle = () => {
    scheduled = false;
    flush();
  };
  addEventListener("blur", flush);
  addEventListener("pagehide", flush);
  document.addEventListener("visibilitychange", () => { if (document.visibilityState === "hidden") flush(); });
  document.addEventListener("copy", flush);
  return {
    changed() {
      waiting = true;
      if (!scheduled) {
        scheduled = true;
        whenIdle(onIdle);
      }
    },
    flush,
    cancel() {
      waiting = false;
    },
  };
}
