// Bring your own guide: a file chosen or dropped is read and validated by the
// core in this browser; its errors are listed as file:line:column: message.
import { element } from "../lib/dom.js";
import { messageText } from "../lib/phrase.js";

const where = (name, d) => `${name}${d.line ? `:${d.line}:${d.column}` : ""}: ${messageText(d)}`;

// Reads `file` and shows the outcome in `status`; answers the loaded guide's id, or null.
export async function openGuideFile(api, file, status) {
  let text;
  try {
    text = await file.text();
  } catch {
    status.replaceChildren(element("p", { class: "field-error", text: `${file.name} could not be read.` }));
    return null;
  }
  // The guide reader module starts on the first file opened.
  status.replaceChildren(element("p", { class: "hint", text: `Reading ${file.name}…` }));
  const answer = await api.readGuide(text);
  if (!answer.ok) {
    const errors = (answer.diagnostics || []).filter((d) => d.severity === "error");
    if (errors.length === 0) {
      // Not the guide's fault: the reader could not start, say, or the module failed.
      status.replaceChildren(element("p", { class: "field-error", text: `${file.name} could not be read: ${answer.error.message}` }));
      return null;
    }
    status.replaceChildren(
      element("p", { class: "field-error", text: `${file.name} is not a usable guide:` }),
      element("ul", { class: "guide-errors" }, errors.map((d) => element("li", { "data-code": d.code, text: where(file.name, d) }))));
    return null;
  }
  const warnings = answer.diagnostics.filter((d) => d.severity === "warning");
  status.replaceChildren(element("p", { class: "hint guide-loaded",
    text: `Opened ${file.name}: ${answer.guide.company_display} — ${answer.guide.role_display}` +
      (warnings.length ? ` (${warnings.length} warning${warnings.length === 1 ? "" : "s"})` : "") + "." }),
  warnings.length ? element("ul", { class: "guide-warnings" }, warnings.map((d) => element("li", { text: where(file.name, d) }))) : null);
  return answer.id;
}

// Wires the file input and drag and drop on `root` to open(file).
export function acceptGuideFiles(input, root, open) {
  input.addEventListener("change", () => {
    if (input.files[0]) open(input.files[0]);
  });
  root.addEventListener("dragover", (event) => {
    if (![...event.dataTransfer.types].includes("Files")) return;
    event.preventDefault();
    root.classList.add("dragging");
  });
  root.addEventListener("dragleave", () => root.classList.remove("dragging"));
  root.addEventListener("drop", (event) => {
    root.classList.remove("dragging");
    const file = event.dataTransfer.files[0];
    if (!file) return;
    event.preventDefault();
    open(file);
  });
}
