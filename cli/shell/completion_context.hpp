// What the word being completed names, told by the keyword before it: after
// SIGN a sign, after VIA (and its list's commas) a relation, after FROM, TO,
// OF, FOR and THROUGH a node, after LOAD and a statement's closing TO a
// file. Completion then offers only those.
#pragma once

#include <string_view>

namespace causalkg::cli {

enum class WordKind {
  kAny,       // what the grammar says fits: keywords and every name
  kSign,      // + - ?
  kNode,      // a node's id or label
  kRelation,  // a relation's id or label
  kFile,      // a file's name
};

// The kind of the word that follows `typed`, the statement typed so far
// (earlier statements, up to a `;`, do not count).
WordKind WordKindAfter(std::string_view typed);

}  // namespace causalkg::cli
