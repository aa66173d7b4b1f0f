// <offer-check company role region locked compact theme>: the calculator in
// its own shadow DOM. Styles are a constructed stylesheet (allowed under a
// strict style-src) and the host's CSS cannot reach in; every widget on a
// page shares the one module of OfferCheck.init().
// Expects OFFERCHECK_WIDGET_CSS in scope.

const WIDGET_HOST_CSS = `
:host {
  all: initial !important;
  display: block !important;
  visibility: visible !important;
  opacity: 1 !important;
  position: static !important;
  contain: content;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  font-size: 16px;
  line-height: 1.45;
  margin: 1.5rem 0;
}
:host([hidden]) { display: none !important; }
.startup { font: inherit; color: #b3261e; }
`;

let widgetSheet = null;
function widgetStyles() {
  if (!widgetSheet) {
    widgetSheet = new CSSStyleSheet();
    widgetSheet.replaceSync(WIDGET_HOST_CSS + OFFERCHECK_WIDGET_CSS);
  }
  return widgetSheet;
}

class OfferCheckElement extends HTMLElement {
  static get observedAttributes() {
    return ["company", "role", "region", "theme"];
  }

  connectedCallback() {
    if (this.shadowRoot) return;
    const shadow = this.attachShadow({ mode: "open" });
    shadow.adoptedStyleSheets = [widgetStyles()];
    const mount = document.createElement("div");
    shadow.append(mount);
    OfferCheck.init().then((api) => {
      this.calculator = new Calculator(mount, api, {
        company: this.getAttribute("company"),
        role: this.getAttribute("role"),
        region: this.getAttribute("region"),
        locked: this.hasAttribute("locked"),
        compact: this.hasAttribute("compact"),
        theme: this.getAttribute("theme") || "light",
      });
      this.setAttribute("data-ready", "true");
    }, (error) => {
      mount.replaceChildren(Object.assign(document.createElement("p"), {
        className: "startup", textContent: `offercheck could not start: ${error && error.message ? error.message : error}`,
      }));
      this.setAttribute("data-ready", "error");
    });
  }

  attributeChangedCallback(name) {
    if (!this.calculator) return;
    if (name === "theme") {
      this.calculator.setTheme(this.getAttribute("theme") || "light");
      return;
    }
    const company = this.getAttribute("company"), role = this.getAttribute("role");
    this.calculator.choose({ guide: company && role ? `${company}/${role}` : null, company, region: this.getAttribute("region") });
  }
}

if (!customElements.get("offer-check")) customElements.define("offer-check", OfferCheckElement);
