#pragma once

// The API front ends without C++ (the Wasm module, through Embind) call: JSON
// text in, JSON text out, always an object with "ok". Nothing here throws;
// any failure, even running out of memory, comes back as
// {"ok": false, "error": {"message", "line", "column"}}. Schema: docs/json.md.

#include "offercheck/guide_library.hpp"

#include <string>
#include <string_view>

namespace offercheck::json_api {

// {ok, id, guide, diagnostics} or {ok: false, error, diagnostics}.
// `today` ("YYYY-MM-DD" or empty) is the date staleness is judged against.
std::string load_guide(GuideLibrary& library, std::string_view text, std::string_view today);

// {ok, guides: [{id, company, company_display, role, role_display,
// last_updated, salary_data_quarter, next_review_due, data_quality,
// regions: [{region, currency, has_data}]}]}
std::string list_guides(const GuideLibrary& library);

// {ok, guide, insights} with the guide's bands and sections, and what its text
// says: equivalent levels, its own 4-year arithmetic, derivation hints.
std::string get_guide(const GuideLibrary& library, std::string_view id);

// The evaluate request of docs/json.md plus "guide": the id of a loaded guide.
std::string evaluate(const GuideLibrary& library, std::string_view request_json);

// The evaluate request plus "fills": {"[placeholder]": "text", "recipient": …,
// "sender": …} -> {ok, counter, email, passages, placeholders, text}.
std::string script(const GuideLibrary& library, std::string_view request_json);

// {ok, amount, currency} for text typed into an amount field.
std::string parse_money(std::string_view text);

// {ok, html}: a guide's Markdown as inert HTML (see markdown_html.hpp).
std::string render_markdown(std::string_view markdown);

}  // namespace offercheck::json_api
