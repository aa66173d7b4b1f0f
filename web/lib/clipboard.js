// Copies text to the clipboard; where the clipboard is refused, selects the
// node that shows it so the reader can copy by hand. The button says which.
export async function copyText(text, node, button) {
  let copied = false;
  try {
    await navigator.clipboard.writeText(text);
    copied = true;
  } catch {
    if (typeof node.select === "function") {
      node.focus();
      node.select();
    } else {
      const range = document.createRange();
      range.selectNodeContents(node);
      window.getSelection().removeAllRanges();
      window.getSelection().addRange(range);
    }
    copied = Boolean(document.execCommand && document.execCommand("copy"));
  }
  const label = button.textContent;
  button.textContent = copied ? "Copied" : "Selected: press Ctrl+C";
  setTimeout(() => { button.textContent = label; }, 1500);
}
