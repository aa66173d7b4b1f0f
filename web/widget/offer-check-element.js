// <offer-check company role region locked compact theme open>: the calculator
// in its own shadow DOM. It starts as a card (Base salary, equity, the band
// pictures and the verdict; "More" opens the rest in place), or whole with
// `open`. `job` is another name for `role`: a page checker reads `role` as
// an ARIA role, so the snippets and the example post use `job`. Styles are a constructed stylesheet (allowed under a
// strict style-src) and the host's CSS cannot reach in. A widget costs
// nothing until it comes within NEAR of the viewport: only then does it build
// its form and start the module, which every widget on the page shares
// (OfferCheck.init() is one promise).
import { Calculator } from "../calculator/calculator.js";
import { errorText } from "../lib/error-text.js";
import { watchNearViewport } from "../lib/near-viewport.js";

const NEAR = "600px";

const HOST_CSS = `
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

export function defineOfferCheckElement(offerCheck, summaries, calculatorCss, bands = {}) {
  if (customElements.get("offer-check")) return;  // a second widget script on the page
  let sheet = null;
  const styles = () => {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(HOST_CSS + calculatorCss);
    }
    return sheet;
  };

  class OfferCheckElement extends HTMLElement {
    static get observedAttributes() {
      return ["company", "role", "job", "region", "theme", "open"];
    }

    connectedCallback() {
      if (this.calculator) {
        this.calculator.reconnect();
        return;
      }
      if (this.stopWatching) return;
      // The shadow root and its styles come first: their :host rules keep the
      // element displayed whatever the host's CSS says, so it can be seen coming near.
      if (!this.shadowRoot) this.attachShadow({ mode: "open" }).adoptedStyleSheets = [styles()];
      this.stopWatching = watchNearViewport(this, `${NEAR} 0px`, (near) => {
        if (near) this.start();
      });
    }

    disconnectedCallback() {
      this.stopWatching?.();
      this.stopWatching = null;
      this.calculator?.disconnect();
    }

    start() {
      this.stopWatching();
      this.stopWatching = null;
      if (this.calculator) return;
      const mount = document.createElement("div");
      this.shadowRoot.replaceChildren(mount);
      this.calculator = new Calculator(mount, {
        summaries,
        bands,
        company: this.getAttribute("company"),
        role: this.jobRole(),
        region: this.getAttribute("region"),
        locked: this.hasAttribute("locked"),
        compact: this.hasAttribute("compact"),
        theme: this.getAttribute("theme") || "light",
        card: true,
        open: this.hasAttribute("open"),
        // "More" and "Less" tell the page, as the attribute does: open is present while it is whole.
        onToggle: (open) => this.toggleAttribute("open", open),
      });
      offerCheck.init().then((api) => {
        this.calculator.connect(api);
        this.setAttribute("data-ready", "true");
        // One mark per widget, as the page marks offercheck-data-ready: scripts/bench times the first.
        performance.mark("offercheck-widget-ready");
      }, (error) => {
        mount.replaceChildren(Object.assign(document.createElement("p"), {
          className: "startup", textContent: `offercheck could not start: ${errorText(error)}`,
        }));
        this.setAttribute("data-ready", "error");
      });
    }

    // The guide's role: `job`, or `role` as before.
    jobRole() {
      return this.getAttribute("job") || this.getAttribute("role");
    }

    attributeChangedCallback(name) {
      if (!this.calculator) return;  // read when it starts
      if (name === "theme") {
        this.calculator.setTheme(this.getAttribute("theme") || "light");
        return;
      }
      if (name === "open") {
        this.calculator.setOpen(this.hasAttribute("open"));
        return;
      }
      this.calculator.choose({ company: this.getAttribute("company"), role: this.jobRole(), region: this.getAttribute("region") });
    }
  }
  customElements.define("offer-check", OfferCheckElement);
}
