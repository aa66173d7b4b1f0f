#pragma once

// Whether an offer letter's salary is a month's or a year's, and how many
// months' pay a year holds. Internal to the core.

#include <string>
#include <string_view>

namespace offercheck {

enum class Period { unsaid, month, year };

// The period of a salary figure, from the folded words around it: those right
// after it, up to a comma ("€7.000 brutto pro Monat", "$150,000 a year",
// "4 250 € bruts par mois"), else the nearest before it ("a monthly salary
// of £6,000", "Jahresgehalt: 72.000 €", "rémunération brute annuelle de").
// How pay is paid names no period: "payable monthly", "paid in twelve
// monthly instalments", "versé mensuellement", "zahlbar in 12 Monatsgehältern".
Period period_of(std::string_view before, std::string_view after);

// The months' pay a year holds when the letter says so ("13e mois", "sur 13
// mois", "13 Monatsgehälter", "13th month", "14 pagas"), and the words that
// say it; 12 and no words when it does not.
struct MonthsPaid {
  int months = 12;
  std::string said;
};
MonthsPaid months_paid(std::string_view text);

}  // namespace offercheck
