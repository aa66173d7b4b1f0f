// The guide reader module's Embind surface (offercheck-reader): reads a guide
// file a person opens (yaml-cpp, validation) and renders Markdown to inert
// HTML. The page starts it only then; what it reads goes to the calculation
// module as a compiled guide. Stateless; JSON text out, errors as values.
#include "offercheck/json_api.hpp"

#include <emscripten/bind.h>

namespace {

std::string read_guide(const std::string& text, const std::string& today) {
  return offercheck::json_api::read_guide(text, today);
}
std::string render_markdown(const std::string& markdown) {
  return offercheck::json_api::render_markdown(markdown);
}
std::string version() { return OFFERCHECK_VERSION; }

}  // namespace

EMSCRIPTEN_BINDINGS(offercheck_reader) {
  emscripten::function("readGuide", &read_guide);
  emscripten::function("renderMarkdown", &render_markdown);
  emscripten::function("version", &version);
}
