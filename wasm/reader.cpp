// The guide reader module's Embind surface (offercheck-reader): reads a guide
// file a person opens (yaml-cpp, validation), renders Markdown to inert HTML,
// and reads an offer letter a person pastes. The page starts it only then
// (none of these is needed at start or on a keystroke); what it reads goes
// to the calculation module as a compiled guide. Stateless; JSON text out,
// errors as values.
#include "offercheck/json_api.hpp"

#include <emscripten/bind.h>

namespace {

std::string read_guide(const std::string& text, const std::string& today) {
  return offercheck::json_api::read_guide(text, today);
}
std::string render_markdown(const std::string& markdown) {
  return offercheck::json_api::render_markdown(markdown);
}
std::string read_offer_letter(const std::string& text, const std::string& currency) {
  return offercheck::json_api::read_offer_letter(text, currency);
}
std::string version() { return OFFERCHECK_VERSION; }

}  // namespace

EMSCRIPTEN_BINDINGS(offercheck_reader) {
  emscripten::function("readGuide", &read_guide);
  emscripten::function("renderMarkdown", &render_markdown);
  emscripten::function("readOfferLetter", &read_offer_letter);
  emscripten::function("version", &version);
}
