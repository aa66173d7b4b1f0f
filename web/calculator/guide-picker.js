// Company, Role and the search box over many guides. The pure part (search
// text, matching, the lists) is exported for the unit tests.
import { element, setText } from "../lib/dom.js";

// With more guides than this, a search box filters Company and Role.
export const SEARCH_FROM = 20;

// What a guide is found by: its names and its regions' names, lower case.
export function searchTextOf(guide) {
  return [guide.company_display, guide.company, guide.role_display, guide.role,
    ...guide.regions.map((r) => r.region)].join(" ").toLowerCase();
}

export function searchWords(query) {
  return String(query).toLowerCase().split(/\s+/).filter(Boolean);
}

// The guides whose search text holds every word (texts: guide -> search text).
export function matchGuides(guides, texts, words) {
  return guides.filter((g) => words.every((word) => texts.get(g).includes(word)));
}

// [[company, display]] of the guides, by display name.
export function companiesOf(guides) {
  const companies = new Map();
  for (const guide of guides) companies.set(guide.company, guide.company_display);
  return [...companies].sort((a, b) => a[1].localeCompare(b[1]));
}

export function rolesOf(guides, company) {
  return guides.filter((g) => g.company === company).sort((a, b) => a.role_display.localeCompare(b.role_display));
}

// Refills a select with [value, label] options unless it holds those already;
// keeps the choice when it is still offered.
export function fillSelect(select, options) {
  const current = select.options;
  const same = current.length === options.length &&
    options.every(([value, label], i) => current[i].value === value && current[i].text === label);
  if (same) return;
  const chosen = select.value;
  select.replaceChildren(...options.map(([value, label]) => element("option", { value, text: label })));
  if (options.some(([value]) => value === chosen)) select.value = chosen;
}

export class GuidePicker {
  // onGuide({silent}) runs after the Role select changed.
  constructor(parts, { locked, onGuide }) {
    this.parts = parts;
    this.locked = Boolean(locked);
    this.onGuide = onGuide;
    this.guides = [];
    this.matching = [];
    this.texts = new Map();
    parts.search.addEventListener("input", () => this.filter());
    parts.company.addEventListener("change", () => this.chooseCompany());
    parts.role.addEventListener("change", () => this.onGuide({ silent: false }));
  }

  setGuides(guides) {
    this.guides = guides;
    this.texts = new Map(guides.map((g) => [g, searchTextOf(g)]));
    this.parts["search-field"].hidden = guides.length <= SEARCH_FROM || this.locked;
    this.filter({ silent: true, keepChoice: true });
  }

  find(id) {
    return this.guides.find((g) => g.id === id) || null;
  }

  // Selects a guide (by id, by company and role, or the first of a company); false when there is none such.
  select({ guide, company, role }) {
    const wanted = this.find(guide) ||
      (company && role ? this.guides.find((g) => g.company === company && g.role === role) : null) ||
      this.guides.find((g) => company && g.company === company);
    if (wanted && !this.matching.includes(wanted)) {
      this.parts.search.value = "";
      this.filter({ silent: true });
    }
    if (wanted) this.parts.company.value = wanted.company;
    this.fillRoles();
    if (wanted) this.parts.role.value = wanted.id;
    return Boolean(wanted);
  }

  filter({ silent = false, keepChoice = false } = {}) {
    const words = searchWords(this.parts.search.value);
    const found = matchGuides(this.guides, this.texts, words);
    const count = this.parts["search-count"];
    if (words.length && found.length === 0) {
      // Nothing matches: the choice stays as it is, and the box says so.
      setText(count, `No guide matches “${this.parts.search.value.trim()}”.`);
      return;
    }
    setText(count, words.length ? `${found.length} of ${this.guides.length} guides` : "");
    this.matching = found;
    fillSelect(this.parts.company, companiesOf(found));
    if (!keepChoice) this.chooseCompany({ silent });
  }

  fillRoles() {
    fillSelect(this.parts.role, rolesOf(this.matching, this.parts.company.value).map((g) => [g.id, g.role_display]));
  }

  chooseCompany({ silent = false } = {}) {
    this.fillRoles();
    this.onGuide({ silent });
  }
}
