#pragma once

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace offercheck {

struct Date {
  int year = 0;
  int month = 0;
  int day = 0;

  std::string to_string() const;  // YYYY-MM-DD
};

bool operator<(const Date& a, const Date& b);
bool operator==(const Date& a, const Date& b);

// Accepts exactly YYYY-MM-DD with a real calendar day.
std::optional<Date> parse_date(std::string_view text);

void to_json(nlohmann::json& j, const Date& date);

}  // namespace offercheck
