#include "guide/yaml_tree.hpp"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <istream>
#include <optional>
#include <streambuf>

namespace offercheck {

namespace {

// The text as a stream without a copy: yaml-cpp reads only from streams.
class ViewBuffer : public std::streambuf {
 public:
  explicit ViewBuffer(std::string_view text) {
    char* begin = const_cast<char*>(text.data());  // only read: the get area
    setg(begin, begin, begin + text.size());
  }
};

}  // namespace

// Nodes in the order they open; a collection is linked into its parent when
// it opens, which gives the order yaml-cpp's NodeBuilder gives when it closes.
class YamlTree::Builder : public YAML::EventHandler {
 public:
  explicit Builder(std::vector<Node>& nodes) : nodes_(nodes), anchors_{0} {}

  std::optional<Id> root;

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    link(create(Kind::null, mark, anchor));
  }

  void OnAlias(const YAML::Mark&, YAML::anchor_t anchor) override { link(anchors_.at(anchor)); }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    Id id = create(Kind::scalar, mark, anchor);
    nodes_[id].scalar = value;
    nodes_[id].quoted = tag == "!";
    link(id);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(create(Kind::sequence, mark, anchor));
  }
  void OnSequenceEnd() override { open_.pop_back(); }

  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    open(create(Kind::map, mark, anchor));
  }
  void OnMapEnd() override { open_.pop_back(); }

 private:
  Id create(Kind kind, const YAML::Mark& mark, YAML::anchor_t anchor) {
    Id id = nodes_.size();
    nodes_.emplace_back();
    Node& node = nodes_.back();
    node.kind = kind;
    node.marked = !mark.is_null();
    node.line = mark.line;
    node.column = mark.column;
    if (anchor) anchors_.push_back(id);  // numbered from 1 in the order they appear
    return id;
  }

  void link(Id id) {
    if (open_.empty()) {
      if (!root) root = id;
    } else {
      nodes_[open_.back()].items.push_back(id);
    }
  }

  void open(Id id) {
    link(id);
    open_.push_back(id);
  }

  std::vector<Node>& nodes_;
  std::vector<Id> anchors_;  // by anchor number; 0 is none
  std::vector<Id> open_;
};

YamlTree::YamlTree(std::string_view text) {
  ViewBuffer buffer(text);
  std::istream in(&buffer);
  YAML::Parser parser(in);
  Builder builder(nodes_);
  parser.HandleNextDocument(builder);
  if (builder.root) {
    root_ = *builder.root;
  } else {
    root_ = nodes_.size();
    nodes_.emplace_back();
  }
}

const YamlTree::Node* YamlTree::find(const Node& map, std::string_view key) const {
  for (std::size_t i = 0; i + 1 < map.items.size(); i += 2) {
    const Node& name = nodes_[map.items[i]];
    if (name.kind == Kind::scalar && name.scalar == key) return &nodes_[map.items[i + 1]];
  }
  return nullptr;
}

}  // namespace offercheck
