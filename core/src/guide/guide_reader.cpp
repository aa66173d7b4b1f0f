#include "guide/guide_reader.hpp"

#include <cmath>
#include <cstdlib>
#include <utility>
#include <set>

namespace offercheck {

namespace {

using Node = YamlTree::Node;
using Kind = YamlTree::Kind;

std::string describe(const Node& node) {
  switch (node.kind) {
    case Kind::null: return "nothing (null)";
    case Kind::sequence: return "a list";
    case Kind::map: return "a mapping";
    case Kind::scalar: {
      std::string text = node.scalar;
      if (text.size() > 40) text = text.substr(0, 37) + "...";
      return (node.quoted ? "the quoted text '" : "'") + text + "'";
    }
  }
  return "nothing";
}

bool is_number_text(const std::string& s) {
  std::size_t i = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
  std::size_t digits = 0;
  while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i, ++digits;
  if (i < s.size() && s[i] == '.') {
    ++i;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i, ++digits;
  }
  if (digits == 0) return false;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    std::size_t exponent = 0;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i, ++exponent;
    if (exponent == 0) return false;
  }
  return i == s.size();
}

bool is_infinity_or_nan(const std::string& s) {
  static const std::set<std::string> names = {".inf", ".Inf", ".INF", "+.inf", "+.Inf",
                                               "+.INF", "-.inf", "-.Inf", "-.INF", ".nan",
                                               ".NaN", ".NAN"};
  return names.count(s) > 0;
}

class Reader {
 public:
  Reader(const YamlTree& tree, int first_line, std::vector<Diagnostic>& diagnostics)
      : tree_(tree), first_line_(first_line), diagnostics_(diagnostics) {}

  Guide read(const Node& root) {
    Guide guide;
    if (root.kind != Kind::map) {
      if (root.kind == Kind::null) {
        error("empty_front_matter",
              "the front matter is empty; a guide needs at least company, role and compensation",
              {first_line_ - 1, 1});
      } else {
        error("wrong_type",
              "the front matter must be a mapping of fields (company: ..., role: ...), not " +
                  describe(root),
              at(root));
      }
      return guide;
    }

    guide_ = &guide;
    for_each_field(root, "", [&](const std::string& key, const Node& value,
                                 const Node& key_node) {
      if (key == "company") read_text(value, key, guide.company);
      else if (key == "company_display") read_text(value, key, guide.company_display);
      else if (key == "role") read_text(value, key, guide.role);
      else if (key == "role_display") read_text(value, key, guide.role_display);
      else if (key == "role_type") guide.role_type = optional_text(value, key);
      else if (key == "last_updated") guide.last_updated = optional_date(value, key);
      else if (key == "data_quality") guide.data_quality = optional_text(value, key);
      else if (key == "salary_data_quarter") guide.salary_data_quarter = optional_text(value, key);
      else if (key == "next_review_due") guide.next_review_due = optional_date(value, key);
      else if (key == "compensation") read_compensation(value, key, guide.compensation);
      else if (key == "level_mapping") read_level_mapping(value, key, guide.level_mapping);
      else if (key == "data_sources") read_text_list(value, key, guide.data_sources);
      else if (key == "negotiation_dna_summary") {
        guide.negotiation_dna_summary = optional_text(value, key);
      } else {
        warning("unknown_field", "unknown field '" + key + "' is ignored", at(key_node));
      }
    });

    SourcePosition top{first_line_ - 1, 1};
    if (guide.company.empty() && !has_error_for("company")) {
      error("missing_field", "company is missing: every guide names its company", top);
    }
    if (guide.role.empty() && !has_error_for("role")) {
      error("missing_field", "role is missing: every guide names its role", top);
    }
    if (guide.compensation.empty() && !has_error_for("compensation")) {
      error("missing_field",
            "compensation is missing or empty: a guide needs at least one region's band",
            guide.position_of("compensation").known() ? guide.position_of("compensation") : top);
    }
    if (guide.company_display.empty()) guide.company_display = guide.company;
    if (guide.role_display.empty()) guide.role_display = guide.role;
    return guide;
  }

 private:
  SourcePosition at(const Node& node) const {
    if (!node.marked) return {};
    return {node.line + first_line_, node.column + 1};
  }

  void error(std::string code, std::string message, SourcePosition position) {
    errored_paths_.insert(current_path_);
    diagnostics_.push_back(make_error(std::move(code), std::move(message), position));
  }

  void warning(std::string code, std::string message, SourcePosition position) {
    diagnostics_.push_back(make_warning(std::move(code), std::move(message), position));
  }

  // Whether an error was reported for path or anything inside it.
  bool has_error_for(const std::string& path) const {
    auto it = errored_paths_.lower_bound(path);
    return it != errored_paths_.end() && it->compare(0, path.size(), path) == 0;
  }

  // Calls visit(key, value, key_node) for each entry; reports keys that are
  // not plain text and keys given twice.
  template <typename Visit>
  void for_each_field(const Node& map, const std::string& prefix, Visit&& visit) {
    std::set<std::string> seen;
    for (std::size_t i = 0; i + 1 < map.items.size(); i += 2) {
      const Node& key = tree_.node(map.items[i]);
      const Node& value = tree_.node(map.items[i + 1]);
      if (key.kind != Kind::scalar) {
        error("wrong_type", prefix + "field names must be plain text, not " + describe(key),
              at(key));
        continue;
      }
      const std::string& name = key.scalar;
      if (!seen.insert(name).second) {
        error("duplicate_field", prefix + name + " is given twice", at(key));
        continue;
      }
      std::string saved = current_path_;
      current_path_ = path_join(saved, name);
      SourcePosition position = value.kind == Kind::null ? at(key) : at(value);
      if (guide_) guide_->positions[current_path_] = position;
      visit(name, value, key);
      current_path_ = saved;
    }
  }

  static std::string path_join(const std::string& prefix, const std::string& name) {
    return prefix.empty() ? name : prefix + "." + name;
  }

  std::string label() const { return current_label_.empty() ? current_path_ : current_label_; }

  void wrong_type(const Node& value, const std::string& expected) {
    error("wrong_type", label() + ": expected " + expected + ", got " + describe(value),
          at(value));
  }

  std::optional<std::string> optional_text(const Node& value, const std::string&) {
    if (value.kind == Kind::null) return std::nullopt;
    if (value.kind != Kind::scalar) {
      wrong_type(value, "text");
      return std::nullopt;
    }
    return value.scalar;
  }

  void read_text(const Node& value, const std::string& key, std::string& into) {
    if (auto text = optional_text(value, key)) into = *text;
  }

  std::optional<Date> optional_date(const Node& value, const std::string& key) {
    auto text = optional_text(value, key);
    if (!text) return std::nullopt;
    auto date = parse_date(*text);
    if (!date) wrong_type(value, "a date like 2026-02-23");
    return date;
  }

  std::optional<double> optional_amount(const Node& value) {
    if (value.kind == Kind::null) return std::nullopt;
    if (value.kind != Kind::scalar) {
      wrong_type(value, "a number");
      return std::nullopt;
    }
    const std::string& text = value.scalar;
    if (value.quoted) {
      error("wrong_type",
            label() + ": expected a number, got " + describe(value) +
                (is_number_text(text) ? " (remove the quotes)" : ""),
            at(value));
      return std::nullopt;
    }
    if (is_infinity_or_nan(text)) {
      error("not_finite", label() + ": " + text + " is not a finite number", at(value));
      return std::nullopt;
    }
    if (!is_number_text(text)) {
      wrong_type(value, "a number");
      return std::nullopt;
    }
    double number = std::strtod(text.c_str(), nullptr);
    if (!std::isfinite(number)) {
      error("not_finite", label() + ": " + text + " is too large to be a finite number",
            at(value));
      return std::nullopt;
    }
    if (number < 0) {
      error("negative_amount", label() + ": must not be negative (" + text + ")", at(value));
      return std::nullopt;
    }
    return number;
  }

  void read_text_list(const Node& value, const std::string& key,
                      std::vector<std::string>& into) {
    if (value.kind == Kind::null) return;
    if (value.kind != Kind::sequence) {
      wrong_type(value, "a list of text");
      return;
    }
    for (YamlTree::Id id : value.items) {
      const Node& item = tree_.node(id);
      if (item.kind != Kind::scalar) {
        error("wrong_type", key + ": expected text items, got " + describe(item), at(item));
        return;
      }
      into.push_back(item.scalar);
    }
  }

  void read_level_mapping(const Node& value, const std::string&, LevelMapping& into) {
    if (value.kind == Kind::null) return;
    if (value.kind != Kind::map) {
      wrong_type(value, "a mapping with internal and raw");
      return;
    }
    for_each_field(value, "level_mapping: ", [&](const std::string& key, const Node& v,
                                                 const Node& key_node) {
      if (key == "internal") {
        into.internal = optional_text(v, key);
      } else if (key == "raw") {
        into.raw = optional_text(v, key);
      } else {
        warning("unknown_field", "unknown field 'level_mapping." + key + "' is ignored",
                at(key_node));
      }
    });
  }

  void read_compensation(const Node& value, const std::string&, std::vector<Band>& into) {
    if (value.kind == Kind::null) return;
    if (value.kind != Kind::sequence) {
      wrong_type(value, "a list of regions");
      return;
    }
    std::size_t index = 0;
    for (YamlTree::Id id : value.items) {
      const Node& item = tree_.node(id);
      std::string saved = current_path_;
      current_path_ = "compensation[" + std::to_string(index) + "]";
      guide_->positions[current_path_] = at(item);
      if (item.kind != Kind::map) {
        current_label_ = current_path_;
        wrong_type(item, "a region's band (region: ..., currency: ..., base_low: ...)");
      } else {
        into.push_back(read_band(item));
      }
      current_label_.clear();
      current_path_ = saved;
      ++index;
    }
  }

  Band read_band(const Node& item) {
    Band band;
    band.at = at(item);
    const Node* region = tree_.find(item, "region");
    if (region && region->kind == Kind::scalar) band.region = region->scalar;
    const std::string band_path = current_path_;
    auto band_label = [&]() {
      return band_path + (band.region.empty() ? "" : " (" + band.region + ")");
    };

    const std::pair<const char*, std::optional<double>*> amounts[] = {
        {"base_low", &band.base.low},
        {"base_high", &band.base.high},
        {"stock_low", &band.stock.low},
        {"stock_high", &band.stock.high},
        {"bonus_pct", &band.bonus_pct},
        {"bonus_low", &band.bonus.low},
        {"bonus_high", &band.bonus.high},
        {"signing_bonus_low", &band.signing_bonus.low},
        {"signing_bonus_high", &band.signing_bonus.high},
        {"total_comp_low", &band.total_comp.low},
        {"total_comp_high", &band.total_comp.high},
    };
    auto amount_of = [&](const std::string& key) -> std::optional<double>* {
      for (const auto& [name, into] : amounts) {
        if (key == name) return into;
      }
      return nullptr;
    };
    for_each_field(item, band_label() + ": ", [&](const std::string& key, const Node& value,
                                                   const Node& key_node) {
      current_label_ = band_label() + "." + key;
      if (key == "region") {
        band.region = optional_text(value, key).value_or("");
      } else if (key == "currency") {
        band.currency = optional_text(value, key).value_or("");
      } else if (std::optional<double>* amount = amount_of(key)) {
        *amount = optional_amount(value);
      } else {
        warning("unknown_field", "unknown field '" + key + "' in " + band_label() + " is ignored",
                at(key_node));
      }
    });
    current_label_.clear();
    if (band.region.empty() && !has_error_for(band_path + ".region")) {
      error("missing_field", band_path + ": region is missing: every band names its region",
            band.at);
    }
    return band;
  }

  const YamlTree& tree_;
  int first_line_;
  std::vector<Diagnostic>& diagnostics_;
  Guide* guide_ = nullptr;
  std::string current_path_;
  std::string current_label_;
  std::set<std::string> errored_paths_;
};

}  // namespace

Guide read_guide_fields(const YamlTree& tree, int first_line,
                        std::vector<Diagnostic>& diagnostics) {
  return Reader(tree, first_line, diagnostics).read(tree.root());
}

}  // namespace offercheck
