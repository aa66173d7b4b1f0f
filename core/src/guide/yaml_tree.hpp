#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace offercheck {

// The front matter's YAML as a small tree, built in one pass from yaml-cpp's
// parse events. yaml-cpp's own YAML::Node (a shared memory holder, several
// allocations and reference counts a node) cost as much to build and walk as
// the whole validation of a guide; this keeps only what the guide reader asks.
// An alias is the node its anchor names, as in yaml-cpp's nodes: nothing is
// ever expanded, so alias bombs and cycles stay small.
class YamlTree {
 public:
  enum class Kind : unsigned char { null, scalar, sequence, map };
  using Id = std::size_t;

  struct Node {
    Kind kind = Kind::null;
    bool quoted = false;    // a scalar in quotes (yaml-cpp's tag "!"): text, never a number
    bool marked = false;    // whether yaml-cpp gave its place (line and column)
    int line = 0;           // counted from 0 in the text parsed
    int column = 0;         // counted from 0
    std::string scalar;
    std::vector<Id> items;  // a sequence's items; a map's keys and values, alternating
  };

  // Parses the first document of text; throws yaml-cpp's exceptions
  // (YAML::ParserException, YAML::DeepRecursion) as YAML::Load does. Without
  // a document the root is null. yaml-cpp's headers stay in yaml_tree.cpp.
  explicit YamlTree(std::string_view text);

  const Node& root() const { return nodes_[root_]; }
  const Node& node(Id id) const { return nodes_[id]; }

  // A map's value of the first key that is the scalar `key`, or nullptr.
  const Node* find(const Node& map, std::string_view key) const;

 private:
  class Builder;
  std::vector<Node> nodes_;
  Id root_ = 0;
};

}  // namespace offercheck
