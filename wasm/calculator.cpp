// The calculation module's Embind surface (offercheck-core): what the page
// calls on start and on every keystroke, with guides that arrive already read
// (compiled_guide.hpp). JSON text in and out (docs/json.md), errors as
// {ok: false, error} values. No YAML parser and no Markdown renderer are
// linked in: those are the reader module's (reader.cpp). All logic lives in core/.
#include "offercheck/json_api.hpp"

#include <emscripten/bind.h>

namespace {

// One library per module instance: every widget on a page shares it.
offercheck::GuideLibrary& library() {
  static offercheck::GuideLibrary instance;
  return instance;
}

std::string load_compiled_guide(const std::string& compiled) {
  return offercheck::json_api::load_compiled_guide(library(), compiled);
}
std::string list_guides() { return offercheck::json_api::list_guides(library()); }
std::string get_guide(const std::string& id) {
  return offercheck::json_api::get_guide(library(), id);
}
std::string evaluate(const std::string& request) {
  return offercheck::json_api::evaluate(library(), request);
}
std::string script(const std::string& request) {
  return offercheck::json_api::script(library(), request);
}
std::string parse_money(const std::string& text) {
  return offercheck::json_api::parse_money(text);
}
std::string version() { return OFFERCHECK_VERSION; }

}  // namespace

EMSCRIPTEN_BINDINGS(offercheck) {
  emscripten::function("loadCompiledGuide", &load_compiled_guide);
  emscripten::function("listGuides", &list_guides);
  emscripten::function("getGuide", &get_guide);
  emscripten::function("evaluate", &evaluate);
  emscripten::function("script", &script);
  emscripten::function("parseMoney", &parse_money);
  emscripten::function("version", &version);
}
