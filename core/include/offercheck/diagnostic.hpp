#pragma once

#include "offercheck/phrase.hpp"

#include <nlohmann/json_fwd.hpp>

#include <optional>

#include <string>
#include <utility>
#include <vector>

namespace offercheck {

// Lines and columns are 1-based and counted in the whole guide file;
// 0 means "no position" (serialized as null).
struct SourcePosition {
  int line = 0;
  int column = 0;
  bool known() const { return line > 0; }
};

// Why something could not be done; where in the guide file, when that is known.
struct Error {
  std::string message;
  SourcePosition at;

  Error() = default;
  Error(std::string message, SourcePosition at = {}) : message(std::move(message)), at(at) {}
};

enum class Severity { error, warning };

struct Diagnostic {
  Severity severity = Severity::error;
  std::string code;
  std::string message;
  SourcePosition at;
  // The offer component a warning concerns (base, stock, bonus, total_comp),
  // empty when it concerns the guide or band as a whole.
  std::string component;
  // The message with its amounts apart, when it has any: message is its text().
  std::optional<Phrase> message_parts;
};

Diagnostic make_error(std::string code, std::string message, SourcePosition at = {});
Diagnostic make_warning(std::string code, std::string message, SourcePosition at = {});
// With a message worded as a phrase: message is its text(), message_parts the phrase.
Diagnostic make_error(std::string code, const Phrase& message, SourcePosition at = {});
Diagnostic make_warning(std::string code, const Phrase& message, SourcePosition at = {});
bool has_errors(const std::vector<Diagnostic>& diagnostics);
const Diagnostic* first_error(const std::vector<Diagnostic>& diagnostics);
Error to_error(const Diagnostic& diagnostic);
const char* severity_name(Severity severity);

void to_json(nlohmann::json& j, const SourcePosition& position);
void to_json(nlohmann::json& j, const Error& error);
void to_json(nlohmann::json& j, const Diagnostic& diagnostic);

}  // namespace offercheck
