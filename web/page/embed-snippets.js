// The Embed panel's two snippets for a guide and region: the widget's script
// tag and element, and the iframe with its optional resizing script.

const escapeAttribute = (text) => String(text).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

// An HTML element as text. The tag name is an argument so that no script
// tag is ever written literally in this code: the bundle is inlined in a
// <script>, where one would end it early.
export function tag(name, attributes, content = "") {
  const text = Object.entries(attributes).map(([key, value]) => (value === true ? ` ${key}` : ` ${key}="${escapeAttribute(value)}"`)).join("");
  return `<${name}${text}>${content}</${name}>`;
}

const RESIZER = "addEventListener(\"message\", function (e) { if (!e.data || e.data.type !== \"offercheck:height\") return; " +
  "document.querySelectorAll(\"iframe\").forEach(function (f) { if (f.contentWindow === e.source) f.style.height = e.data.height + \"px\"; }); });";

// base: the site's address of dist/ (ending in /); summary: the guide's summary.
export function embedSnippets(base, summary, region) {
  const script = `${tag("script", { src: `${base}offercheck-widget.js`, defer: true })}\n` +
    tag("offer-check", { company: summary.company, job: summary.role, region });
  const query = new URLSearchParams({ company: summary.company, role: summary.role, region }).toString();
  const iframe = `${tag("iframe", { src: `${base}embed.html?${query}`, title: `offercheck: ${summary.company_display} — ${summary.role_display}`,
    style: "width:100%;height:900px;border:0", loading: "lazy" })}\n` +
    "<!-- Optional: lets the frame fit its content. -->\n" + tag("script", {}, RESIZER);
  return [script, iframe];
}

// Where this page is served from, or a placeholder for a page opened from disk.
export function siteBase(location) {
  if (location.protocol === "http:" || location.protocol === "https:") {
    return location.href.replace(/[?#].*$/, "").replace(/[^/]*$/, "");
  }
  return "https://your-site.example/offercheck/";
}
