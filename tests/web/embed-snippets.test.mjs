// The Embed panel's snippets.
import assert from "node:assert/strict";
import { test } from "node:test";
import { embedSnippets, siteBase, tag } from "../../web/page/embed-snippets.js";

const summary = { company: "hugging-face", role: "devops-engineer", company_display: "Hugging Face", role_display: "DevOps \"Ops\" <Engineer>" };

test("the widget snippet and the iframe snippet name the guide and region, attributes escaped", () => {
  const [script, iframe] = embedSnippets("https://example.org/oc/", summary, "New York");
  assert.equal(script, '<script src="https://example.org/oc/offercheck-widget.js" defer></script>\n' +
    '<offer-check company="hugging-face" job="devops-engineer" region="New York"></offer-check>');
  assert.match(iframe, /^<iframe src="https:\/\/example\.org\/oc\/embed\.html\?company=hugging-face&amp;role=devops-engineer&amp;region=New\+York" /);
  assert.match(iframe, /title="offercheck: Hugging Face — DevOps &quot;Ops&quot; &lt;Engineer>"/);
  assert.match(iframe, /<script>addEventListener\("message", .*offercheck:height.*<\/script>$/);
});

test("tag writes boolean attributes bare", () => {
  assert.equal(tag("p", { hidden: true, title: "a&b" }, "x"), '<p hidden title="a&amp;b">x</p>');
});

test("the site's address: the served folder, or a placeholder from disk", () => {
  assert.equal(siteBase({ protocol: "https:", href: "https://example.org/oc/index.html?x=1#oc=1" }), "https://example.org/oc/");
  assert.equal(siteBase({ protocol: "file:", href: "file:///tmp/offercheck.html" }), "https://your-site.example/offercheck/");
});
