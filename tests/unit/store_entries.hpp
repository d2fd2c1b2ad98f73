// Checks of a store's entries against the grammar of its format
// (engine/storage/codec.hpp), for the tests of the format and of the stores
// written under earlier ones.
#pragma once

#include <map>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "engine/storage/codec.hpp"
#include "engine/storage/store.hpp"

namespace causalkg::testing {

// The entries of `family` as (key, value) pairs.
std::vector<std::pair<std::string, std::string>> Entries(const Store& store, codec::Family family);

// Decodes every entry of every family by the grammar of the format the
// store is marked with (`mark`), and checks that the families agree with
// each other and with what the store reads.
void CheckEveryEntryDecodes(const Store& store, const std::string& mark = codec::kFormat);

// What a store holds, by names: each triple with its pieces of evidence
// (by source and quote), the labels and polarity of each term, the sources.
struct Contents {
  std::map<std::tuple<std::string, std::string, std::string>, std::vector<Evidence>> claims;
  std::map<std::string, TermInfo> terms;
  std::vector<SourceInfo> sources;
};
Contents ContentsOf(const Store& store);

// CHECKs that `a` and `b` hold the same, saying where they differ.
void CheckSameContents(const Contents& a, const Contents& b);

}  // namespace causalkg::testing
