#include "text/markdown_parser.hpp"

extern "C" {
#include <entity.h>
}

namespace offercheck::markdown {

namespace {

void append_code_point(std::string& out, unsigned point) {
  if (point == 0 || point > 0x10FFFF || (point >= 0xD800 && point <= 0xDFFF)) {
    out += replacement_character;
  } else if (point < 0x80) {
    out += static_cast<char>(point);
  } else if (point < 0x800) {
    out += static_cast<char>(0xC0 | (point >> 6));
    out += static_cast<char>(0x80 | (point & 0x3F));
  } else if (point < 0x10000) {
    out += static_cast<char>(0xE0 | (point >> 12));
    out += static_cast<char>(0x80 | ((point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (point & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (point >> 18));
    out += static_cast<char>(0x80 | ((point >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (point & 0x3F));
  }
}

unsigned digit_value(char c) {
  if (c >= '0' && c <= '9') return static_cast<unsigned>(c - '0');
  if (c >= 'a' && c <= 'f') return static_cast<unsigned>(c - 'a' + 10);
  return static_cast<unsigned>(c - 'A' + 10);
}

}  // namespace

std::string decoded_entity(std::string_view entity) {
  std::string out;
  if (entity.size() > 3 && entity[1] == '#') {
    const bool hex = entity[2] == 'x' || entity[2] == 'X';
    unsigned point = 0;
    for (std::size_t i = hex ? 3 : 2; i + 1 < entity.size() && point <= 0x10FFFF; ++i) {
      point = point * (hex ? 16 : 10) + digit_value(entity[i]);
    }
    append_code_point(out, point);
  } else if (const struct entity* known = entity_lookup(entity.data(), entity.size())) {
    append_code_point(out, known->codepoints[0]);
    if (known->codepoints[1] != 0) append_code_point(out, known->codepoints[1]);
  } else {
    out = entity;
  }
  return out;
}

std::string decoded_attribute(const MD_ATTRIBUTE& attribute) {
  std::string out;
  if (attribute.text == nullptr) return out;
  for (int i = 0; attribute.substr_offsets[i] < attribute.size; ++i) {
    const std::string_view part(attribute.text + attribute.substr_offsets[i],
                                attribute.substr_offsets[i + 1] - attribute.substr_offsets[i]);
    switch (attribute.substr_types[i]) {
      case MD_TEXT_ENTITY: out += decoded_entity(part); break;
      case MD_TEXT_NULLCHAR: out += replacement_character; break;
      default: out += part;
    }
  }
  return out;
}

}  // namespace offercheck::markdown
