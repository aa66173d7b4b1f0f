// TypeScript declarations of offercheck's JS API (global OfferCheck).
// The JSON schema behind these types is docs/json.md.

/** not_entered: the offer leaves the part empty (no place in the band); no_data: the band has no range for it. */
export type Status = "below" | "within" | "above" | "no_data" | "not_entered";

export interface ErrorInfo {
  message: string;
  line: number | null;
  column: number | null;
}

export interface Failure {
  ok: false;
  error: ErrorInfo;
  diagnostics?: Diagnostic[];
}

/**
 * A value of a phrase: money in whole units of `currency`, a percent as a fraction (0.85 is 85%),
 * an exit multiple (1.8 reads "1.8×") or a count of things (15000 options reads "15,000").
 */
export type PhraseValue =
  | { kind: "money"; value: number; currency: string }
  | { kind: "percent"; value: number; currency: null }
  | { kind: "multiple"; value: number; currency: null }
  | { kind: "count"; value: number; currency: null };

/**
 * A sentence the core worded with its values apart: "{0}" is values[0], "{{" and "}}" are literal
 * braces. The text field beside it is the same sentence as the CLI writes it; a page fills the
 * template with each value in its reader's locale.
 */
export interface Phrase {
  template: string;
  values: PhraseValue[];
}

export interface Diagnostic {
  severity: "error" | "warning";
  code: string;
  message: string;
  line: number | null;
  column: number | null;
  component: "base" | "stock" | "bonus" | "total_comp" | null;
  /** The message with its amounts apart, when it has any. */
  message_parts: Phrase | null;
}

export interface Range {
  low: number | null;
  high: number | null;
}

export interface Band {
  region: string;
  currency: string;
  /** Whether the band has any number (as a summary's region says). */
  has_data: boolean;
  base: Range;
  stock: Range;
  bonus: Range;
  bonus_pct: number | null;
  signing_bonus: Range;
  total_comp: Range;
  derived_from: { region: string; factor: number } | null;
}

export interface Section {
  title: string;
  kind: "preamble" | "heading" | "bold" | "label";
  level: number;
  line: number;
  text: string;
  /** `text` as inert HTML, rendered when the guide was read (at build time for bundled guides). */
  html?: string;
}

export interface Guide {
  company: string;
  company_display: string;
  role: string;
  role_display: string;
  role_type: string | null;
  last_updated: string | null;
  data_quality: string | null;
  salary_data_quarter: string | null;
  next_review_due: string | null;
  compensation: Band[];
  level_mapping: { internal: string | null; raw: string | null };
  data_sources: string[];
  negotiation_dna_summary: string | null;
  sections: Section[];
}

export interface GuideSummary {
  id: string;
  company: string;
  company_display: string;
  role: string;
  role_display: string;
  last_updated: string | null;
  salary_data_quarter: string | null;
  next_review_due: string | null;
  data_quality: string | null;
  regions: { region: string; currency: string; has_data: boolean }[];
}

/** Equity as granted, exits, raises and cliffs: terms of an offer and of a competing one. */
export interface EquityTerms {
  /** Options (docs/ask-model.md, "Equity"): a number of shares, instead of stock; prices per share in the terms' currency. */
  options?: number | null;
  strike?: number | null;
  /** Today's price per share (preferred or 409A, the user's choice); required with options. */
  share_price?: number | null;
  /** The exit price over today's (default 1). */
  exit_multiple?: number | null;
  /** Total dilution until the exit, percent (0 ≤ x < 100). */
  dilution_pct?: number | null;
  /** A yearly raise, percent, compounding on base from year 2. */
  raise_pct?: number | null;
  /** The share of the bonus target expected, percent (default 100). */
  bonus_payout_pct?: number | null;
  /** The cliff of a monthly or quarterly schedule, months (default 12). */
  cliff_months?: number | null;
  /** Months after joining when vesting starts (negative: credited months). */
  vesting_start_months?: number | null;
}

export interface Offer extends EquityTerms {
  base: number;
  stock?: number | null;
  bonus_pct?: number | null;
  bonus?: number | null;
  sign_on?: number | null;
  /** "even" | "cliff" | "monthly" | "quarterly" | "5,15,40,40" | "33,33,22,11" | yearly percents summing to 100 (optionally then "monthly" or "quarterly") */
  vesting?: string;
  refresh?: number | null;
  liquid?: boolean;
}

export interface CompetingOffer extends EquityTerms {
  name: string;
  base: number;
  currency?: string;
  stock?: number | null;
  stock_per_year?: number | null;
  bonus_pct?: number | null;
  bonus?: number | null;
  sign_on?: number | null;
  refresh?: number | null;
  vesting?: string;
  liquid?: boolean;
}

export interface YearRow {
  year: number;
  base: number;
  stock_vested: number;
  bonus: number;
  sign_on: number;
  total: number;
}

/** The equity of an offer: its kind, its value today and at the exit, a table of exits. */
export interface Equity {
  kind: "grant" | "options" | "none";
  shares: number | null;
  strike: number | null;
  share_price: number | null;
  exit_price: number | null;
  exit_multiple: number;
  /** A fraction (0.2 is 20%). */
  dilution: number;
  value_today: number;
  four_year_value: number;
  /** At exits 0, 0.5, 1, 2, 5 and 10, and the exit chosen when it is none of them, with the same dilution; empty for "none". */
  scenarios: { exit_multiple: number; four_year_value: number; four_year_total: number }[];
}

export interface OfferDecision {
  name: string;
  breakeven_exit_multiple: number | null;
  breakeven_note: string;
  breakeven_note_parts: Phrase;
  crossover_year: number | null;
  crossover_note: string;
  crossover_note_parts: Phrase;
}

/** Against the best competing offer (compared_with), and each one in `offers`. */
export interface Decision {
  /** the competing offer with the highest 4-year total */
  compared_with: string;
  breakeven_exit_multiple: number | null;
  breakeven_compared_with: string;
  breakeven_note: string;
  breakeven_note_parts: Phrase;
  crossover_year: number | null;
  crossover_compared_with: string;
  crossover_note: string;
  crossover_note_parts: Phrase;
  offers: OfferDecision[];
}

/** What has vested after `months` (nothing before the cliff). */
export interface Leave {
  months: number;
  cliff_months: number;
  before_cliff: boolean;
  vested_fraction: number;
  vested_shares: number | null;
  vested_stock: number;
  vested_value: number;
  note: string;
  note_parts: Phrase;
}

export interface AskParameters {
  ask_base_position?: number;
  ask_stock_position?: number;
  ask_sign_on_position?: number;
  floor_base_position?: number;
  floor_stock_position?: number;
  floor_sign_on_position?: number;
  /** A floor is at least this fraction above the band's low (never above the ask's aim). */
  floor_base_above_low?: number;
  floor_stock_above_low?: number;
  floor_sign_on_above_low?: number;
  step_above_offer?: number;
  illiquid_discount?: number;
  max_sign_on_share?: number;
}

export interface EvaluateInput {
  /** "company/role" of a loaded guide */
  guide: string;
  region: string;
  offer: Offer;
  parameters?: AskParameters;
  /** YYYY-MM-DD; defaults to the local date */
  today?: string;
  derive?: { from: string; factor: number };
  competing?: CompetingOffer[];
  /** one unit of a currency in the guide's currency */
  fx?: Record<string, number>;
  /** Whole months, 0–600: answers if_you_leave. */
  leave_after_months?: number;
}

export interface Component {
  name: "base" | "stock" | "bonus" | "total_comp";
  /** null when the part is not entered */
  offer: number | null;
  low: number | null;
  high: number | null;
  /** null without data, when low = high, or when not entered */
  position: number | null;
  /** Below or above the band: the distance from its nearest end (low when below, high when above),
   * in money and as a fraction of that end (0.7 is 70%; null when the end is not above 0).
   * null inside the band, without data and when not entered. */
  outside: { amount: number; fraction: number | null } | null;
  status: Status;
  /** The parts of this figure left empty: ["stock"] on a part not entered; on total_comp, the parts it was computed without (as 0). */
  not_entered: ("stock" | "bonus")[];
}

export interface Proposal {
  base: number | null;
  stock: number | null;
  sign_on: number | null;
  reasons: { base: string; stock: string; sign_on: string };
  reason_parts: { base: Phrase; stock: Phrase; sign_on: Phrase };
  /** What answered each part: the guide's own figure, the band rule, the offer on the table, a competing offer; "none" without a figure. total_comp is "guide" where the parts add up to the guide's own total comp. */
  sources: { base: Source; stock: Source; sign_on: Source; total_comp: Source };
  /** The band rule's own figure for each part: the cross-check beside the guide's. */
  band_rule: { base: number | null; stock: number | null; sign_on: number | null };
  /** Total comp a year as bands count it: base + grant/4 + target bonus, today's value. */
  total_comp: number;
  /** From the proposal's years (schedule, raises, payout, exit, sign-on). */
  year_one: number;
  four_year: number;
  four_year_risk_adjusted: number;
}

export type Source = "guide" | "band" | "offer" | "competing" | "none";

export interface Evaluation {
  ok: true;
  guide: {
    id: string;
    company: string;
    company_display: string;
    role: string;
    role_display: string;
    region: string;
    currency: string;
    stale: boolean;
    last_updated: string | null;
    salary_data_quarter: string | null;
    next_review_due: string | null;
    data_quality: string | null;
  };
  band: Band;
  offer: Offer & { bonus_amount: number };
  components: Component[];
  totals: { annual_average: number; year_one: number; four_year: number };
  ask: Proposal;
  floor: Proposal;
  years: YearRow[];
  equity: Equity;
  /** null without competing offers */
  decision: Decision | null;
  /** null unless the input asks (leave_after_months) */
  if_you_leave: Leave | null;
  four_year_total: number;
  four_year_risk_adjusted: number;
  /** "Risk-adjusted counts the illiquid (pre-IPO) equity of this offer and of Mistral at 50% of its value."; "" (and a phrase with template "" and no values) when nothing was discounted */
  risk_note: string;
  risk_note_parts: Phrase;
  competing: (CompetingOffer & { rate: number; equity: Equity; years: YearRow[]; four_year_total: number; four_year_risk_adjusted: number })[];
  fx: { date: string; source: string; currency: string; rates: { currency: string; rate: number; overridden: boolean }[] };
  warnings: Diagnostic[];
  parameters: Required<AskParameters>;
}

export interface Insights {
  levels: string[];
  claims: { line: number; text: string; currency: string; base: number; stock_per_year: number;
            stated_four_year: number; computed_four_year: number; matches: boolean;
            /** The check in words, as the CLI prints it after "line N: ". */
            sentence: string; sentence_parts: Phrase }[];
  derivations: Record<string, { reference: string; low_factor: number; high_factor: number; line: number }>;
}

export interface GuideAnswer {
  ok: true;
  /** The guide's id (company/role), as summaries and evaluations name it. */
  id: string;
  guide: Guide;
  insights: Insights;
  /** Whether the guide's next review was due before the API's `today`. */
  stale: boolean;
  /** The "stale" warning, worded by the core, when stale. */
  stale_warning: Diagnostic | null;
}

export interface Script {
  ok: true;
  counter: string;
  email: string;
  passages: { title: string; original: string; text: string; unfilled: string[]; omitted_sentences: number }[];
  placeholders: string[];
  text: string;
}

/** A figure an offer letter gives, with the sentence it came from. */
export interface LetterItem {
  /** base: yearly; stock: a grant's value; options: a count; strike: per share; bonus_pct: percent of base. */
  field: "base" | "stock" | "options" | "strike" | "bonus_pct" | "sign_on";
  value: number;
  /** ISO 4217; null for options and bonus_pct. */
  currency: string | null;
  sentence: string;
  line: number;
  column: number;
  /** How it was read when not as written ("€6,200 a month × 12"); else null. */
  note: string | null;
}

export type LetterPart = "base" | "equity" | "bonus" | "sign_on";

export interface OfferLetter {
  ok: true;
  /** One item per field found, in the order of LetterItem's fields. */
  found: LetterItem[];
  /** What the letter does not give. */
  missing: LetterPart[];
  /** What was seen but could not be used ("1,200 RSUs or shares are given without a value…"). */
  notes: string[];
  /** The money figures not read: their part or currency is unclear, and the core does not guess. */
  unread: UnreadFigure[];
  /** The letter's currency (ISO 4217): its base salary's, else its first item's with one. */
  currency: string | null;
}

/** A figure of an offer letter that is not read, with why. */
export interface UnreadFigure {
  /** As written: "¥5,000,000". */
  text: string;
  sentence: string;
  line: number;
  column: number;
  /** "no part of the offer is named (…)", "¥ is written for CNY or JPY, and the letter does not say which"… */
  reason: string;
}

export interface OfferCheckApi {
  readonly version: string;
  /** The local date used for staleness, YYYY-MM-DD. */
  readonly today: string;
  /** The bundled guides (summaries only), then those opened with loadGuide. */
  guides(): { ok: true; guides: GuideSummary[] } | Failure;
  /**
   * A guide with its bands, sections and insights. On a hosted page built over
   * a large corpus, a guide's text may not be here yet: the answer is then a
   * Failure with `loading: true`; await openGuide(id).
   */
  guide(id: string): GuideAnswer | (Failure & { loading?: true });
  /** guide(id) once the guide's text is here (fetched if need be); never rejects. */
  openGuide(id: string): Promise<GuideAnswer | Failure>;
  /**
   * The name of the guide's region that `text` names, matched as evaluate matches regions
   * (ignoring case and surrounding spaces); a Failure listing the guide's regions otherwise.
   */
  region(id: string, text: string): { ok: true; region: string } | (Failure & { loading?: true });
  /**
   * Parses and validates a guide; a valid one joins guides() for this visit.
   * Needs the guide reader module, which starts on first use: before it runs,
   * the answer is a Failure with `loading: true` (and the reader starts); use
   * readGuide, or await startReader() first.
   */
  loadGuide(text: string): { ok: true; id: string; guide: Guide; diagnostics: Diagnostic[] } | (Failure & { loading?: true; diagnostics: Diagnostic[] });
  /** loadGuide once the guide reader runs (started if need be); never rejects. */
  readGuide(text: string): Promise<{ ok: true; id: string; guide: Guide; diagnostics: Diagnostic[] } | (Failure & { diagnostics: Diagnostic[] })>;
  /** Starts the guide reader module (once); resolves {ok: true} when it runs, a Failure if it cannot start. Never rejects. */
  startReader(): Promise<{ ok: true } | Failure>;
  evaluate(input: EvaluateInput): Evaluation | Failure;
  /**
   * An amount as typed. With the band's `currency` (and the `field` it was typed in), `warning` is
   * the core's typed_currency diagnostic when the text names another currency; else null.
   */
  parseMoney(text: string, against?: { currency?: string; field?: string }):
    { ok: true; amount: number; currency: string | null; warning: Diagnostic | null } | Failure;
  /**
   * What an offer letter's text gives, for the person to confirm (nothing is filled and nothing
   * leaves the page). `currency` is the one of figures written without one (and of "$" when it is
   * a dollar like CAD). Text that gives nothing is a Failure whose message says what was not found.
   * The guide reader module reads it (started on the first call); the promise never rejects.
   */
  readOfferLetter(text: string, options?: { currency?: string }):
    Promise<OfferLetter | (Failure & { found: []; missing: LetterPart[]; notes: string[]; unread: []; currency: null })>;
  /** A percent as typed ("15", "15%", "7.5 %"), read as the CLI reads --bonus-pct. */
  parsePercent(text: string): { ok: true; value: number } | Failure;
  /** An exit multiple as typed ("3", "0.5", "3x"), as the CLI reads --exit-multiple. */
  parseMultiple(text: string): { ok: true; value: number } | Failure;
  /** Whole months as typed ("12", "18 months", "-3"), as the CLI reads --cliff-months. */
  parseMonths(text: string): { ok: true; value: number } | Failure;
  /**
   * A guide's Markdown as inert HTML: raw HTML as text, http(s) links only, no images, no style attributes.
   * A guide's sections carry theirs already (`section.html`). Needs the guide reader, like loadGuide.
   */
  renderMarkdown(text: string): { ok: true; html: string } | (Failure & { loading?: true });
  script(input: EvaluateInput & { fills?: Record<string, string> }): Script | Failure;
  /** Both Wasm modules' memory in bytes (it never shrinks; it should stop growing). */
  memoryBytes(): number;
}

export interface OfferCheckGlobal {
  /**
   * Loads the calculation module once per page; every call resolves to the same API.
   * With `{reader: true}` it also starts the guide reader first, so that loadGuide and
   * renderMarkdown answer at once (a reader that cannot start leaves them answering Failures).
   */
  init(options?: { reader?: boolean }): Promise<OfferCheckApi>;
  /** Internal: how offercheck-reader.js (beside the widget, or the hosted page's assets/) hands over the guide reader. */
  provideReader(create: unknown, deflated: string): void;
}

declare global {
  const OfferCheck: OfferCheckGlobal;
  interface HTMLElementTagNameMap {
    "offer-check": HTMLElement;
  }
}
