// What the map exports (Kumu, CSV) share: a triple's evidence in one
// order, and text made valid UTF-8.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "engine/common/status.hpp"
#include "engine/storage/store.hpp"

namespace causalkg::kb {

// The evidence of `t`, by source, quote, modality and confidence, so that
// equal stores export alike.
Result<std::vector<Evidence>> SortedEvidenceOf(const Store& store, const Triple& t);

// `text` as valid UTF-8: a store written before stored text was checked may
// hold bytes that are not, written as U+FFFD; `replaced` is set when any
// were.
std::string ValidUtf8(std::string_view text, bool& replaced);

}  // namespace causalkg::kb
