// The store as the map exports (Kumu, CSV) read it: its nodes and triples
// in name order, each triple's evidence in a fixed order, so that two stores
// with the same claims export byte for byte alike.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine/common/status.hpp"
#include "engine/storage/store.hpp"

namespace causalkg::kb {

class StoreView {
 public:
  struct Term {
    std::string name;
    TermInfo info;
  };

  static Result<StoreView> Read(const Store& store);

  // The nodes, by name.
  const std::vector<TermId>& nodes() const { return nodes_; }
  // By subject, relation and object name.
  const std::vector<Triple>& triples() const { return triples_; }
  const Term& TermOf(TermId id) const { return terms_.at(id); }
  const std::string& Name(TermId id) const { return terms_.at(id).name; }
  // The evidence of `t`, by source and then quote.
  Result<std::vector<Evidence>> EvidenceOf(const Triple& t) const;

 private:
  explicit StoreView(const Store& store) : store_(&store) {}
  const Store* store_;
  std::unordered_map<TermId, Term> terms_;
  std::vector<TermId> nodes_;
  std::vector<Triple> triples_;
};

// `text` as valid UTF-8: a store written before stored text was checked may
// hold bytes that are not, written as U+FFFD; `replaced` is set when any
// were.
std::string ValidUtf8(std::string_view text, bool& replaced);

}  // namespace causalkg::kb
