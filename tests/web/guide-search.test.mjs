// The guide picker's search and lists.
import assert from "node:assert/strict";
import { test } from "node:test";
import { companiesOf, matchGuides, rolesOf, searchTextOf, searchWords } from "../../web/calculator/guide-picker.js";

const guide = (company, company_display, role, role_display, regions) =>
  ({ id: `${company}/${role}`, company, company_display, role, role_display, regions: regions.map((region) => ({ region })) });
const guides = [
  guide("hugging-face", "Hugging Face", "product-manager", "Product Manager", ["Paris", "New York"]),
  guide("hugging-face", "Hugging Face", "devops-engineer", "DevOps Engineer", ["Paris"]),
  guide("adyen", "Adyen", "data-engineer", "Data Engineer", ["Amsterdam"]),
];
const texts = new Map(guides.map((g) => [g, searchTextOf(g)]));
const search = (query) => matchGuides(guides, texts, searchWords(query)).map((g) => g.id);

test("every word typed must appear in a guide's names or regions, in any case and order", () => {
  assert.deepEqual(search("hugging face product manager"), ["hugging-face/product-manager"]);
  assert.deepEqual(search("  PARIS   hugging "), ["hugging-face/product-manager", "hugging-face/devops-engineer"]);
  assert.deepEqual(search("amsterdam"), ["adyen/data-engineer"]);
  assert.deepEqual(search("devops-engineer"), ["hugging-face/devops-engineer"], "the ids count too");
  assert.deepEqual(search("paris adyen"), []);
  assert.deepEqual(search(""), guides.map((g) => g.id), "no words: every guide");
});

test("companies sorted by display name, once each; roles of a company sorted", () => {
  assert.deepEqual(companiesOf(guides), [["adyen", "Adyen"], ["hugging-face", "Hugging Face"]]);
  assert.deepEqual(rolesOf(guides, "hugging-face").map((g) => g.role_display), ["DevOps Engineer", "Product Manager"]);
  assert.deepEqual(rolesOf(guides, "nobody"), []);
});
