// The negotiation script (api.script) with the reader's numbers and fills.
// It sits below the fold: it is recomputed only while it is near the
// viewport (600px ahead, so it is current by the time it scrolls in) and
// open, when it comes near or opens, and when a fill is typed; a keystroke
// elsewhere costs it nothing (web/lib/shown-later.js). Printing draws it.
import { element, setText } from "../lib/dom.js";
import { copyText } from "../lib/clipboard.js";

const LABELS = { recipient: "Recruiter's name", sender: "Your name" };

export class ScriptPanel {
  // prefix: the calculator's, for the ids of the fill fields' labels;
  // shown: the calculator's ShownLater, folded(): whether the panel is folded away.
  constructor(parts, prefix, { shown, folded }) {
    this.parts = parts;
    this.prefix = prefix;
    this.fillCount = 0;
    this.api = null;
    this.request = null;
    this.fills = {};
    this.fieldsKey = null;
    this.later = shown.add({ node: parts.script, margin: "600px 0px", folded, near: false });
    parts["script-copy"].addEventListener("click", () =>
      copyText(parts["script-text"].textContent, parts["script-text"], parts["script-copy"]));
    parts["script-print"].addEventListener("click", () => window.print());
  }

  // The last evaluate request (null when there is none to script).
  show(api, request) {
    this.api = api;
    this.request = request;
    this.later.draw(() => this.refresh());
  }

  refresh() {
    if (!this.api || !this.request) return;
    const answer = this.api.script({ ...this.request, fills: this.fills });
    if (!answer.ok) {
      setText(this.parts["script-text"], answer.error.message);
      return;
    }
    this.showFields(["recipient", "sender", ...answer.placeholders]);
    setText(this.parts["script-text"], answer.text);
    setText(this.parts["script-counter"], answer.counter);
    setText(this.parts["script-email"], answer.email);
  }

  // A guide's placeholder can say anything ("[previous company]"): its label
  // says "Fill in: …", so it never reads as one of the form's own fields
  // (Company, Role, …), and a screen reader hears what it is for.
  showFields(wanted) {
    const key = wanted.join("\u0000");
    if (key === this.fieldsKey) return;
    this.fieldsKey = key;
    this.parts["script-fields"].replaceChildren(...wanted.map((placeholder) => {
      const words = LABELS[placeholder] || placeholder.slice(1, -1);
      const id = `${this.prefix}-fill-${++this.fillCount}`;
      const input = element("input", { id, type: "text", placeholder: words, "data-placeholder": placeholder });
      input.value = this.fills[placeholder] || "";
      input.addEventListener("input", () => {
        this.fills[placeholder] = input.value;
        this.refresh();
      });
      return element("div", { class: "field" }, [element("label", { class: "fill-name", for: id, text: `Fill in: ${words}` }), input]);
    }));
  }
}
