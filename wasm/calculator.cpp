// The calculation module's Embind surface (offercheck-core): what the page
// calls on start and on every keystroke, with guides that arrive already read
// (compiled_guide.hpp). JSON text in and out (docs/json.md), errors as
// {ok: false, error} values. No YAML parser and no Markdown renderer are
// linked in: those are the reader module's (reader.cpp). All logic lives in core/.
#include "offercheck/json_api.hpp"

#include <emscripten/bind.h>
#include <emscripten/val.h>

namespace {

// An answer handed over as a view of its UTF-8 bytes in the module's memory,
// which the page decodes at once with TextDecoder: Embind's std::string
// return walks every byte in JavaScript first (a tenth of an evaluate call).
// The view is valid until the next call.
emscripten::val text_view(std::string text) {
  static std::string last;
  last = std::move(text);
  return emscripten::val(emscripten::typed_memory_view(last.size(), reinterpret_cast<const unsigned char*>(last.data())));
}

// One library per module instance: every widget on a page shares it.
offercheck::GuideLibrary& library() {
  static offercheck::GuideLibrary instance;
  return instance;
}

emscripten::val load_compiled_guide(const std::string& compiled) {
  return text_view(offercheck::json_api::load_compiled_guide(library(), compiled));
}
emscripten::val list_guides() { return text_view(offercheck::json_api::list_guides(library())); }
emscripten::val get_guide(const std::string& id, const std::string& today) {
  return text_view(offercheck::json_api::get_guide(library(), id, today));
}
emscripten::val find_region(const std::string& id, const std::string& region) {
  return text_view(offercheck::json_api::find_region(library(), id, region));
}
emscripten::val evaluate(const std::string& request) {
  return text_view(offercheck::json_api::evaluate(library(), request));
}
emscripten::val script(const std::string& request) {
  return text_view(offercheck::json_api::script(library(), request));
}
emscripten::val parse_money(const std::string& text, const std::string& currency, const std::string& field) {
  return text_view(offercheck::json_api::parse_money(text, currency, field));
}
emscripten::val parse_percent(const std::string& text) {
  return text_view(offercheck::json_api::parse_percent(text));
}
emscripten::val parse_multiple(const std::string& text) {
  return text_view(offercheck::json_api::parse_multiple(text));
}
emscripten::val parse_months(const std::string& text) {
  return text_view(offercheck::json_api::parse_months(text));
}
std::string version() { return OFFERCHECK_VERSION; }

}  // namespace

EMSCRIPTEN_BINDINGS(offercheck) {
  emscripten::function("loadCompiledGuide", &load_compiled_guide);
  emscripten::function("listGuides", &list_guides);
  emscripten::function("getGuide", &get_guide);
  emscripten::function("findRegion", &find_region);
  emscripten::function("evaluate", &evaluate);
  emscripten::function("script", &script);
  emscripten::function("parseMoney", &parse_money);
  emscripten::function("parsePercent", &parse_percent);
  emscripten::function("parseMultiple", &parse_multiple);
  emscripten::function("parseMonths", &parse_months);
  emscripten::function("version", &version);
}
