// Where the values of a parsed JSON text are, for messages about them: a
// map's readers refuse "connection 3" at the line and column it starts.
//
// nlohmann's values keep no positions, so these walk the text itself, which
// must be JSON that parsed (a byte order mark at its start is skipped).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "engine/common/status.hpp"

namespace causalkg::kb::maps {

// A step into a value: an object's member by key (the last of that key, as
// nlohmann keeps it) or an array's item by index.
using JsonStep = std::variant<std::string_view, std::size_t>;

// The byte offset of the value at `path` from the top, or nullopt when
// there is none.
std::optional<std::size_t> ValueOffset(std::string_view text, const std::vector<JsonStep>& path);

// The byte offsets of the items of the array at `path` (none when it is no
// array).
std::vector<std::size_t> ItemOffsets(std::string_view text, const std::vector<JsonStep>& path);

// `status` placed in `file` at byte `offset` of `text` (line and column as
// an editor counts them); without a line when `offset` is nullopt.
Status AtOffset(Status status, const std::string& file, std::string_view text,
                std::optional<std::size_t> offset);

}  // namespace causalkg::kb::maps
