// What depends on the guide alone, drawn once per guide chosen, never on a
// keystroke: its freshness, its equivalent levels and its text.
import { element } from "../lib/dom.js";
import { messageText, phraseText } from "../lib/phrase.js";

// guide: a full guide or a summary (both carry the dates and the data quality).
// freshness: the core's judgement against today, {stale, stale_warning} of
// the guide answer, or null while only the summary is here (not judged yet).
export function showFreshness(container, guide, freshness) {
  if (!guide) {
    container.replaceChildren();
    return;
  }
  const stale = Boolean(freshness && freshness.stale);
  const rows = [
    ["Last updated", guide.last_updated], ["Salary data", guide.salary_data_quarter],
    ["Next review due", guide.next_review_due], ["Data quality", guide.data_quality],
  ];
  container.replaceChildren(...[
    element("h3", {}, [document.createTextNode("Guide data "),
      freshness ? element("span", { class: `badge ${stale ? "stale" : "fresh"}`, text: stale ? "stale" : "current" }) : null]),
    element("dl", {}, rows.flatMap(([label, value]) => [
      element("dt", { text: label }), element("dd", { text: value === null || value === undefined ? "not stated" : value })])),
    stale && freshness.stale_warning ? element("p", { class: "component-warning", "data-code": "stale",
      text: messageText(freshness.stale_warning) }) : null,
  ].filter(Boolean));
}

export function showLevels(container, insights) {
  const levels = insights ? insights.levels : [];
  container.replaceChildren(...(levels.length ? [
    element("h3", { text: "Equivalent levels" }),
    element("ul", {}, levels.map((level) => element("li", { text: level }))),
  ] : []));
}

// The core's sentence (the CLI prints the same), its amounts in the reader's locale.
function claimText(c) {
  return `Line ${c.line}: ${phraseText(c.sentence_parts)}.`;
}

// A section's body as inert HTML: rendered at build time (section.html) when
// the bundle has it, else by the core's renderMarkdown; as plain text if neither works.
function sectionBody(section, api) {
  const body = element("div");
  const rendered = typeof section.html === "string" ? { ok: true, html: section.html } : api.renderMarkdown(section.text);
  if (rendered.ok) body.innerHTML = rendered.html;  // inert: see core/include/offercheck/markdown_html.hpp
  else body.textContent = section.text;
  // A wide table scrolls sideways (calculator.css): the keyboard must reach it to scroll it.
  for (const table of body.querySelectorAll("table")) table.tabIndex = 0;
  return body;
}

export function showGuideText(container, guide, insights, api) {
  if (!guide) {
    container.replaceChildren();
    return;
  }
  const blocks = [element("h2", { text: `${guide.company_display} — ${guide.role_display}: the guide's advice` })];
  const claims = insights ? insights.claims : [];
  if (claims.length) {
    blocks.push(element("section", { class: "claims" }, [
      element("h3", { text: "The guide's own 4-year figures, recomputed" }),
      element("ul", {}, claims.map((c) => element("li", { class: c.matches ? "agrees" : "differs", "data-matches": String(c.matches), text: claimText(c) }))),
    ]));
  }
  for (const section of guide.sections) {
    blocks.push(element("section", { class: "guide-section" }, [
      section.title ? element("h3", { text: section.title }) : null,
      sectionBody(section, api),
    ]));
  }
  container.replaceChildren(...blocks);
}
