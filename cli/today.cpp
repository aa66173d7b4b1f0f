#include "today.hpp"

#include "arguments.hpp"

#include <ctime>

namespace offercheck::cli {

Date today_from_option(const std::string& value) {
  if (!value.empty()) {
    auto date = parse_date(value);
    if (!date) throw UsageError("--today: '" + value + "' is not a date like 2026-11-22");
    return *date;
  }
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

}  // namespace offercheck::cli
