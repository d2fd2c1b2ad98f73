// Sorting triples in the order of one of the three orderings (spo, pos,
// osp), for a bulk write that stages each ordering as one sorted file.
//
// A load of ten million claims sorts ten million triples three ways. A
// comparison sort takes n log n steps that each compare three ids; the keys
// are fixed-width integers, so a radix sort (least significant digit first)
// takes a few linear passes instead: one pass counts every digit, and only
// digits that differ between triples are sorted on. Ids of a store of
// millions of terms use 21 or 22 bits and a benchmark's relations a handful
// of values, so five passes or so sort a whole ordering.
#pragma once

#include <vector>

#include "engine/model/model.hpp"
#include "engine/storage/codec.hpp"

namespace causalkg {

// The triples of `from` sorted by their keys in `ordering`
// (codec::TripleKey's order: kSpo, kPos or kOsp) into `to`; `spare` is
// working room, left empty.
void SortTriples(codec::Family ordering, const std::vector<Triple>& from, std::vector<Triple>& to,
                 std::vector<Triple>& spare);

}  // namespace causalkg
