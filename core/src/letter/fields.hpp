#pragma once

// The words that say which part of an offer a figure is, in English, French
// and German. Internal to the core.

#include <string_view>

namespace offercheck {

enum class Field { none, base, equity, strike, bonus, sign_on };

// The field named nearest the end of `before` (the folded words leading to a
// figure), else nearest the start of `after` (the words following it).
Field field_near(std::string_view before, std::string_view after);

// Whether folded `after` (the words right after a figure) says it is a price
// per share: "$2.15 per share", "1,20 € par action", "2,50 € je Aktie".
bool price_per_share(std::string_view after);

// Whether a folded sentence grants stock options ("option", "BSPCE",
// "Aktienoptionen"), counts units or shares ("RSUs", "actions gratuites",
// "Aktien"), or whether the folded words right after a count name what it
// counts ("40,000 shares", "10 000 BSPCE").
bool names_options(std::string_view sentence);
bool names_units(std::string_view sentence);
bool counts_shares(std::string_view after);

}  // namespace offercheck
