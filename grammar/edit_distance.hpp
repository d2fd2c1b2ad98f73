// The one edit distance of causalkg's "did you mean": misspelt keywords,
// unknown names, unknown fields of a claim, and new names close to known
// ones all measure a typo the same way.
#pragma once

#include <cstddef>
#include <string_view>

namespace causalkg::grammar {

// The number of edits that turn `a` into `b`, counting a byte inserted,
// deleted or replaced, or two neighbouring bytes swapped, as one each
// (optimal string alignment: "qoute" is one edit from "quote"); `limit + 1`
// when it is more than `limit`. Work is bounded by the limit, so that a
// long text costs little: only cells within `limit` of the diagonal are
// computed, and it stops at the first row that holds nothing within it.
std::size_t EditDistance(std::string_view a, std::string_view b, std::size_t limit);

}  // namespace causalkg::grammar
