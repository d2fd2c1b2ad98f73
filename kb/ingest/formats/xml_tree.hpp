// A small XML reader for the XML formats causalkg imports (XMILE): elements,
// attributes and text with the line each starts on, and the position and
// reason of the first thing that is not well-formed XML. No DTDs, no
// external entities, no namespaces beyond keeping the prefix in the name.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/common/status.hpp"

namespace causalkg::kb {

struct XmlElement {
  std::string name;  // as written, with any prefix: "isee:dependencies"
  std::vector<std::pair<std::string, std::string>> attributes;  // values unescaped
  std::vector<std::size_t> children;                            // into XmlTree::elements
  std::string text;           // the character data directly inside it, unescaped
  std::size_t line = 0;       // of its start tag
  std::size_t text_line = 0;  // of its first character data

  // The name without its prefix: "dependencies".
  std::string_view LocalName() const;
  std::string_view Prefix() const;
  // The attribute's value, or nullptr.
  const std::string* Attribute(std::string_view name) const;
};

struct XmlTree {
  std::vector<XmlElement> elements;  // the root first
  const XmlElement& Root() const { return elements.front(); }
};

// The tree of `text`; a Load error naming `file`, line and column otherwise.
Result<XmlTree> ParseXml(std::string_view text, const std::string& file);

}  // namespace causalkg::kb
