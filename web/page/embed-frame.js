// embed.html: the calculator alone, preselected from the query string (only
// company, role, region and theme: amounts never go into a URL a server
// sees), telling its parent frame its height whenever it changes.
import { Calculator } from "../calculator/calculator.js";
import { connectWhenReady } from "./startup.js";

function reportHeight() {
  if (window.parent === window || typeof ResizeObserver !== "function") return;
  let last = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.scrollHeight);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: "offercheck:height", height }, "*");
  }).observe(document.body);
}

export function startEmbed(offerCheck, summaries, bands = {}) {
  const query = new URLSearchParams(location.search);
  const calculator = new Calculator(document.getElementById("app"), {
    summaries, bands, company: query.get("company"), role: query.get("role"), region: query.get("region"),
    compact: true, theme: query.get("theme") || undefined,
  });
  reportHeight();
  connectWhenReady(offerCheck, calculator);
  return calculator;
}
