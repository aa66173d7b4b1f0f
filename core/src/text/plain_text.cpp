#include "text/plain_text.hpp"

#include "text/markdown_parser.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace offercheck {

namespace {

constexpr std::size_t kDeepestIndent = 8;

// md4c's callbacks writing plain_text's answer.
class PlainText {
 public:
  std::string take() {
    while (!out_.empty() && (out_.back() == '\n' || out_.back() == ' ')) out_.pop_back();
    return std::move(out_);
  }

  void enter(MD_BLOCKTYPE type, void* detail) {
    switch (type) {
      case MD_BLOCK_UL: lists_.push_back(List{false, 0, '-'}); break;
      case MD_BLOCK_OL: {
        const auto* list = static_cast<const MD_BLOCK_OL_DETAIL*>(detail);
        lists_.push_back(List{true, list->start, list->mark_delimiter});
        break;
      }
      case MD_BLOCK_LI: {
        break_line(1);
        List& list = lists_.back();
        // Nested lists indent two spaces a level, up to a bound: a list
        // nested 250,000 deep ("* * * … a") must not write quadratic spaces.
        write(std::string(2 * std::min<std::size_t>(lists_.size() - 1, kDeepestIndent), ' '));
        write(list.ordered ? std::to_string(list.next++) + list.mark + " " : std::string("- "));
        break;
      }
      case MD_BLOCK_TR: break_line(1); break;
      case MD_BLOCK_TH:
      case MD_BLOCK_TD:
        if (cells_in_row_++ > 0) write(" | ");
        break;
      default: break;
    }
  }

  void leave(MD_BLOCKTYPE type, void*) {
    switch (type) {
      case MD_BLOCK_UL:
      case MD_BLOCK_OL:
        lists_.pop_back();
        break_line(lists_.empty() ? 2 : 1);
        break;
      case MD_BLOCK_LI:
      case MD_BLOCK_TR:
        cells_in_row_ = 0;
        break_line(1);
        break;
      case MD_BLOCK_CODE:
        if (!out_.empty() && out_.back() == '\n') out_.pop_back();
        break_line(2);
        break;
      case MD_BLOCK_P:
      case MD_BLOCK_H:
      case MD_BLOCK_HR:
      case MD_BLOCK_QUOTE:
      case MD_BLOCK_TABLE: break_line(2); break;
      default: break;
    }
  }

  void enter(MD_SPANTYPE, void*) {}
  void leave(MD_SPANTYPE, void*) {}

  void text(MD_TEXTTYPE type, std::string_view text) {
    switch (type) {
      case MD_TEXT_BR:
      case MD_TEXT_SOFTBR: write("\n"); break;
      case MD_TEXT_ENTITY: write(markdown::decoded_entity(text)); break;
      case MD_TEXT_NULLCHAR: write(markdown::replacement_character); break;
      default: write(text);
    }
  }

 private:
  struct List {
    bool ordered;
    unsigned next;
    char mark;
  };

  // The next text goes on a new line (1) or after a blank line (2).
  void break_line(int lines) { pending_lines_ = std::max(pending_lines_, lines); }

  void write(std::string_view text) {
    if (!out_.empty() && pending_lines_ > 0) {
      while (!out_.empty() && out_.back() == ' ') out_.pop_back();
      std::size_t ending = 0;
      while (ending < out_.size() && out_[out_.size() - 1 - ending] == '\n') ++ending;
      for (std::size_t i = ending; i < static_cast<std::size_t>(pending_lines_); ++i) out_ += '\n';
    }
    pending_lines_ = 0;
    out_ += text;
  }

  std::string out_;
  int pending_lines_ = 0;
  std::vector<List> lists_;
  int cells_in_row_ = 0;
};

}  // namespace

std::string plain_text(std::string_view markdown) {
  PlainText plain;
  markdown::parse(markdown, plain);
  return plain.take();
}

}  // namespace offercheck
