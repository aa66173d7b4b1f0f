#include "competing_spec.hpp"

#include "arguments.hpp"

#include <nlohmann/json.hpp>

#include <cctype>
#include <map>

namespace offercheck::cli {

namespace {

// Splits at commas that start a new "key=".
std::map<std::string, std::string> fields_of(const std::string& spec) {
  std::map<std::string, std::string> fields;
  std::size_t at = 0;
  while (at < spec.size()) {
    std::size_t end = at;
    for (std::size_t comma = spec.find(',', at); comma != std::string::npos; comma = spec.find(',', comma + 1)) {
      std::size_t k = comma + 1;
      while (k < spec.size() && spec[k] == ' ') ++k;
      std::size_t key_end = k;
      while (key_end < spec.size() && (std::islower(static_cast<unsigned char>(spec[key_end])) || spec[key_end] == '_')) ++key_end;
      if (key_end > k && key_end < spec.size() && spec[key_end] == '=') {
        end = comma;
        break;
      }
    }
    if (end == at) end = spec.size();
    std::string field = spec.substr(at, end - at);
    std::size_t eq = field.find('=');
    if (eq == std::string::npos) throw UsageError("--competing: '" + field + "' is not key=value");
    std::string key = field.substr(0, eq);
    while (!key.empty() && key.front() == ' ') key.erase(0, 1);
    if (fields.count(key)) throw UsageError("--competing: " + key + " is given twice");
    fields[key] = field.substr(eq + 1);
    at = end + 1;
  }
  return fields;
}

}  // namespace

CompetingOffer parse_competing_spec(const std::string& spec) {
  nlohmann::json fields = nlohmann::json::object();
  for (const auto& [key, value] : fields_of(spec)) {
    if (key != "liquid") {
      fields[key] = value;
    } else if (value == "yes" || value == "true") {
      fields[key] = true;
    } else if (value == "no" || value == "false") {
      fields[key] = false;
    } else {
      throw UsageError("--competing liquid: '" + value + "' is not yes or no");
    }
  }
  auto offer = competing_offer_from_json(fields, FieldPath{"--competing", " "}, Typed::text);
  if (!offer.ok()) throw UsageError(offer.error().message);
  return offer.value();
}

}  // namespace offercheck::cli
