#include "offercheck/diagnostic.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace offercheck {

Diagnostic make_error(std::string code, std::string message, SourcePosition at) {
  return Diagnostic{Severity::error, std::move(code), std::move(message), at, {}};
}

Diagnostic make_warning(std::string code, std::string message, SourcePosition at) {
  return Diagnostic{Severity::warning, std::move(code), std::move(message), at, {}};
}

bool has_errors(const std::vector<Diagnostic>& diagnostics) {
  return first_error(diagnostics) != nullptr;
}

const Diagnostic* first_error(const std::vector<Diagnostic>& diagnostics) {
  auto it = std::find_if(diagnostics.begin(), diagnostics.end(),
                         [](const Diagnostic& d) { return d.severity == Severity::error; });
  return it == diagnostics.end() ? nullptr : &*it;
}

Error to_error(const Diagnostic& diagnostic) {
  return Error{diagnostic.message, diagnostic.at.line, diagnostic.at.column};
}

const char* severity_name(Severity severity) {
  return severity == Severity::error ? "error" : "warning";
}

static nlohmann::json position_number(int value) {
  return value > 0 ? nlohmann::json(value) : nlohmann::json(nullptr);
}

void to_json(nlohmann::json& j, const SourcePosition& position) {
  j = {{"line", position_number(position.line)}, {"column", position_number(position.column)}};
}

void to_json(nlohmann::json& j, const Error& error) {
  j = {{"message", error.message},
       {"line", position_number(error.line)},
       {"column", position_number(error.column)}};
}

void to_json(nlohmann::json& j, const Diagnostic& diagnostic) {
  j = {{"severity", severity_name(diagnostic.severity)},
       {"code", diagnostic.code},
       {"message", diagnostic.message},
       {"line", position_number(diagnostic.at.line)},
       {"column", position_number(diagnostic.at.column)},
       {"component", diagnostic.component.empty() ? nlohmann::json(nullptr)
                                                  : nlohmann::json(diagnostic.component)}};
}

}  // namespace offercheck
