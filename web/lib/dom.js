// Element builders, and writers that touch the DOM only when a value changed:
// writing the same text again still costs a mutation and a style pass.

const SVG_NS = "http://www.w3.org/2000/svg";

// element("p", {class: "hint", text: "…"}, [children]): "text" sets textContent,
// every other key is an attribute.
export function element(tag, attributes = {}, children = []) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === "text") node.textContent = value;
    else node.setAttribute(name, value);
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

export function svgElement(tag, attributes = {}) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  return node;
}

// A node holding one text node gets that node's characters changed in place:
// replacing it (textContent) builds a new text node, which costs a style pass
// and a layout object on top of the relayout. "" empties the node (:empty).
export function setText(node, text) {
  const only = node.firstChild;
  if (only !== null && only === node.lastChild && only.nodeType === 3 && text !== "") {
    if (only.data !== text) only.data = text;
  } else if (node.textContent !== text) {
    node.textContent = text;
  }
}

export function setAttributes(node, attributes) {
  for (const [name, value] of Object.entries(attributes)) {
    const text = String(value);
    if (node.getAttribute(name) !== text) node.setAttribute(name, text);
  }
}

export function setHidden(node, hidden) {
  if (node.hidden !== hidden) node.hidden = hidden;
}

// Shows or hides an SVG element (SVG has no `hidden` attribute).
export function showSvg(node, shown) {
  if (shown) node.removeAttribute("display");
  else node.setAttribute("display", "none");
}

// Makes `children` the node's content unless they already are.
export function keepChildren(node, children) {
  const current = node.childNodes;
  if (current.length === children.length && children.every((child, i) => current[i] === child)) return;
  node.replaceChildren(...children);
}
