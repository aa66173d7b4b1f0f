#include "offercheck/diagnostic.hpp"

#include "api/json_schema.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace offercheck {

Diagnostic make_error(std::string code, std::string message, SourcePosition at) {
  return Diagnostic{Severity::error, std::move(code), std::move(message), at, {}, {}};
}

Diagnostic make_warning(std::string code, std::string message, SourcePosition at) {
  return Diagnostic{Severity::warning, std::move(code), std::move(message), at, {}, {}};
}

Diagnostic make_error(std::string code, const Phrase& message, SourcePosition at) {
  Diagnostic d = make_error(std::move(code), message.text(), at);
  d.message_parts = message;
  return d;
}

Diagnostic make_warning(std::string code, const Phrase& message, SourcePosition at) {
  Diagnostic d = make_warning(std::move(code), message.text(), at);
  d.message_parts = message;
  return d;
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
  return Error{diagnostic.message, diagnostic.at};
}

const char* severity_name(Severity severity) {
  return severity == Severity::error ? "error" : "warning";
}

// A line or column; 0 (no position) is null.
static std::optional<int> position_number(int value) {
  return value > 0 ? std::optional<int>(value) : std::nullopt;
}

void write_json(JsonWriter& out, const SourcePosition& position) {
  out.begin_object().field("line", position_number(position.line)).field("column", position_number(position.column)).end_object();
}

void write_json(JsonWriter& out, const Error& error) {
  out.begin_object()
      .field("message", error.message)
      .field("line", position_number(error.at.line))
      .field("column", position_number(error.at.column))
      .end_object();
}

void write_json(JsonWriter& out, const Diagnostic& diagnostic) {
  out.begin_object()
      .field("severity", severity_name(diagnostic.severity))
      .field("code", diagnostic.code)
      .field("message", diagnostic.message)
      .field("line", position_number(diagnostic.at.line))
      .field("column", position_number(diagnostic.at.column))
      .field("component", diagnostic.component.empty() ? std::nullopt : std::optional<std::string>(diagnostic.component))
      .key("message_parts");
  if (diagnostic.message_parts) write_json(out, *diagnostic.message_parts);
  else out.value(nullptr);
  out.end_object();
}

void to_json(nlohmann::json& j, const SourcePosition& position) { j = dom_of(position); }
void to_json(nlohmann::json& j, const Error& error) { j = dom_of(error); }
void to_json(nlohmann::json& j, const Diagnostic& diagnostic) { j = dom_of(diagnostic); }

}  // namespace offercheck
