// Vensim models (.mdl): the equations, and the sketch's arrows for their
// polarity marks.
//
// Each equation `name = expression ~ units ~ comment |` makes a variable; a
// stock is one defined by INTEG, its flows the names added to or taken from
// its rate; a lookup is one defined by a table, `name( [(0,0)-(1,1)], ... )`;
// a data variable one with no equation. Subscript ranges are not variables,
// and a subscripted variable is one variable for all its elements. Units,
// comments, groups, macros and the sketch's layout are dropped. An arrow of
// the sketch that carries a polarity mark (+, -, S, O) signs the dependency
// it draws, over what its equation says.
#pragma once

#include <string>
#include <string_view>

#include "engine/common/status.hpp"
#include "kb/ingest/formats/sd_model.hpp"

namespace causalkg::kb {

// The model in `text`, read from `file` (named in errors with a line).
Result<sd::Model> ParseVensim(std::string_view text, const std::string& file);

// ParseVensim, then its graph (sd::BuildImport).
Result<sd::Import> ReadVensim(std::string_view text, const std::string& file);

}  // namespace causalkg::kb
