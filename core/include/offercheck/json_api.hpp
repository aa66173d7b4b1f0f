#pragma once

// The API front ends without C++ (the Wasm module, through Embind) call: JSON
// text in, JSON text out, always an object with "ok". Nothing here throws;
// any failure, even running out of memory, comes back as
// {"ok": false, "error": {"message", "line", "column"}}. Schema: docs/json.md.

#include "offercheck/guide_library.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace offercheck::json_api {

// {ok, id, guide, diagnostics} or {ok: false, error, diagnostics}.
// `today` ("YYYY-MM-DD" or empty) is the date staleness is judged against.
std::string load_guide(GuideLibrary& library, std::string_view text, std::string_view today);

// The guide reader's answer for a guide's text, with no library: load_guide's
// answer plus, for a usable guide, "compiled" (compiled_guide.hpp: what
// load_compiled_guide takes) and "html" (each section's text as inert HTML).
std::string read_guide(std::string_view text, std::string_view today);

// {ok, id}: a compiled guide (compiled_guide.hpp) joins the library.
std::string load_compiled_guide(GuideLibrary& library, std::string_view compiled);

// A page bundle's line for a guide's text: {id, compiled, html}; nothing
// for a text with errors. Judged without a date.
std::optional<std::string> bundle_entry(std::string_view text);

// {ok, guides: [{id, company, company_display, role, role_display,
// last_updated, salary_data_quarter, next_review_due, data_quality,
// regions: [{region, currency, has_data}]}]}
std::string list_guides(const GuideLibrary& library);

// {ok, id, guide, insights, stale, stale_warning} with the guide's bands and
// sections, and what its text says: equivalent levels, its own 4-year
// arithmetic, derivation hints. `today` ("YYYY-MM-DD" or empty) is the date
// staleness is judged against: stale is false and stale_warning null without it.
std::string get_guide(const GuideLibrary& library, std::string_view id, std::string_view today = {});

// {ok, region}: the name of the guide's region that `region` (as a person
// typed it) names, matched as evaluate matches it; else an error listing them.
std::string find_region(const GuideLibrary& library, std::string_view id, std::string_view region);

// The evaluate request of docs/json.md plus "guide": the id of a loaded guide.
std::string evaluate(const GuideLibrary& library, std::string_view request_json);

// The evaluate request plus "fills": {"[placeholder]": "text", "recipient": …,
// "sender": …} -> {ok, counter, email, passages, placeholders, text}.
std::string script(const GuideLibrary& library, std::string_view request_json);

// {ok, amount, currency, warning} for text typed into an amount field named
// `field`: warning is the typed_currency diagnostic when the text names a
// currency other than `currency` (the band's; empty: none to compare), else null.
std::string parse_money(std::string_view text, std::string_view currency = {}, std::string_view field = {});

// {ok, value} for text typed into a percent field ("15", "7.5 %"): the same
// reader as the CLI's --bonus-pct and --discount.
std::string parse_percent(std::string_view text);

// {ok, value} for an exit multiple typed as people type it ("3", "2.5x"), and
// for a whole number of months ("12"): the readers of the CLI's
// --exit-multiple and --cliff-months.
std::string parse_multiple(std::string_view text);
std::string parse_months(std::string_view text);

// What an offer letter gives (offer_letter.hpp): {ok, found: [{field, value,
// currency, sentence, line, column, note}], missing, notes}; `currency` (ISO
// 4217 or empty) is the one of figures written without one. Text that gives
// nothing is {ok: false, error, found: [], missing: all four, notes: []}.
std::string read_offer_letter(std::string_view text, std::string_view currency = {});

// {ok, html}: a guide's Markdown as inert HTML (see markdown_html.hpp).
std::string render_markdown(std::string_view markdown);

}  // namespace offercheck::json_api
