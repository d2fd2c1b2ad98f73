// Naming a candidate's cause and effect: an existing node of the database
// when the phrase holds its id or one of its labels (case- and
// stem-insensitively, the longest such name), else an id made from the
// phrase; and the relation for its sign.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "engine/common/status.hpp"
#include "engine/storage/store.hpp"
#include "kb/extract/claim.hpp"
#include "kb/extract/lexicon.hpp"
#include "kb/extract/segmenter.hpp"
#include "kb/extract/token.hpp"

namespace causalkg::kb::extract {

struct NodeLink {
  std::string id;
  bool linked = false;
  // How: "name" (the phrase is a node's id or label), "contains" (the phrase
  // holds one: de sociale samenhang van de samenleving), "head" (its one
  // noun is the head of exactly one node's name: de cohesie), or "proposed".
  std::string match;
};

class NodeLinker {
 public:
  // `store` may be null: every phrase gets a proposed id.
  NodeLinker(const Store* store, Segmenter& segmenter);

  Result<NodeLink> Link(const Sentence& sentence, const Side& side, const Lexicon& lexicon);

  // The lexicon entry's relation when the store knows it (or it is built
  // in) with the polarity of `sign`; else increases, decreases or
  // influences.
  Result<std::string> RelationFor(const LexiconEntry* entry, int sign);

 private:
  struct Names {
    bool built = false;
    // stems of a name, joined by spaces -> node ids (several: ambiguous)
    std::unordered_map<std::string, std::vector<std::string>> by_stems;
    // the head word of a name (its last word, or the one before "of") -> node ids
    std::vector<std::pair<std::string, std::string>> heads;
  };
  Status Build(const Lexicon& lexicon);

  const Store* store_;
  Segmenter& segmenter_;
  Names names_[kLanguageCount];
  std::map<std::pair<std::string, int>, std::string> relations_;
};

// An id made from the phrase's words: folded, joined by _, without leading
// determiners (de sociale ongelijkheid: sociale_ongelijkheid).
std::string ProposedId(const Sentence& sentence, const std::vector<int>& words);

}  // namespace causalkg::kb::extract
