// Starting a page's calculator: it shows at once from the bundled summaries,
// then the module is connected; <html data-ready> says when the first result
// is drawn ("true"), or that offercheck could not start ("error").
import { errorText } from "../lib/error-text.js";

function showStartupError(message) {
  const notice = document.getElementById("startup");
  notice.textContent = `offercheck could not start: ${message}`;
  notice.hidden = false;
  document.documentElement.setAttribute("data-ready", "error");
}

// offerCheck: the OfferCheck global; calculator: shown already; then(api): runs once it is connected.
export function connectWhenReady(offerCheck, calculator, then = () => {}) {
  return offerCheck.init().then((api) => {
    calculator.connect(api);
    then(api);
    return calculator.whenShown().then(() => {
      if (api.bundledErrors.length) {
        showStartupError(`a bundled guide did not load (${api.bundledErrors[0].error.message})`);
      } else if (document.documentElement.getAttribute("data-ready") !== "error") {
        document.documentElement.setAttribute("data-ready", "true");
        performance.mark("offercheck-data-ready");  // what scripts/bench times
      }
    });
  }).catch((error) => showStartupError(errorText(error)));
}
