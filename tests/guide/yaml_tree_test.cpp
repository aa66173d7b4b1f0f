#include "guide/yaml_tree.hpp"

#include <doctest/doctest.h>

using namespace offercheck;
using Kind = YamlTree::Kind;

TEST_CASE("the YAML tree keeps kinds, quoting, places and the order of entries") {
  YamlTree tree("a: 1\nb: '2'\nc:\nd: [x, {e: f}]\na: again\n");
  const YamlTree::Node& root = tree.root();
  REQUIRE(root.kind == Kind::map);
  REQUIRE(root.items.size() == 10);  // keys and values alternating, duplicates kept
  auto at = [&](std::size_t i) -> const YamlTree::Node& { return tree.node(root.items[i]); };
  CHECK(at(0).scalar == "a");
  CHECK(at(1).scalar == "1");
  CHECK_FALSE(at(1).quoted);
  CHECK(at(3).scalar == "2");
  CHECK(at(3).quoted);
  CHECK(at(5).kind == Kind::null);
  CHECK(at(7).kind == Kind::sequence);
  CHECK(tree.node(at(7).items[1]).kind == Kind::map);
  CHECK(at(9).scalar == "again");
  CHECK(at(3).marked);
  CHECK(at(3).line == 1);
  CHECK(at(3).column == 3);
  // find takes the first key that is that text.
  REQUIRE(tree.find(root, "a") != nullptr);
  CHECK(tree.find(root, "a")->scalar == "1");
  CHECK(tree.find(root, "z") == nullptr);
}

TEST_CASE("an alias is the node its anchor names, never a copy") {
  YamlTree tree("x: &l [*l, &s text]\ny: *s\n");
  const YamlTree::Node& root = tree.root();
  const YamlTree::Node& list = tree.node(root.items[1]);
  REQUIRE(list.kind == Kind::sequence);
  CHECK(list.items[0] == root.items[1]);  // the list holds itself
  CHECK(root.items[3] == list.items[1]);  // y is the anchored scalar
  CHECK(tree.node(root.items[3]).line == 0);
}

TEST_CASE("no document is a null root, and a syntax error throws as yaml-cpp does") {
  CHECK(YamlTree("").root().kind == Kind::null);
  CHECK(YamlTree("# a comment only\n").root().kind == Kind::null);
  CHECK(YamlTree("~\n").root().kind == Kind::null);
  CHECK(YamlTree("a: 1\n...\nb: 2\n").root().items.size() == 2);  // the first document only
  CHECK_THROWS(YamlTree("a: [1\n"));
  CHECK_THROWS(YamlTree("a: *nowhere\n"));
}
