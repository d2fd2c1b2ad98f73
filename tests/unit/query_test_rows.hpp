// A result as the query tests compare it (tests/queries/README.md): its rows
// view (engine/model/result_rows.hpp) written as lines of cells, terms as
// their ids, so that a test checks ids and values, not a layout.
#pragma once

#include <string>

#include "engine/model/result.hpp"
#include "engine/model/result_rows.hpp"
#include "query_test_file.hpp"

namespace causalkg::testing {

// A cell as a query test writes it: a term as its id, several terms as
// "[a, b]", a chain as "a -[amplifies +]-> b" (a loop from its smallest
// node, since it is the same loop from wherever it starts), numbers, signs
// ("+", "-", "+/-"), text as it is, and an empty cell as NULL.
std::string CellText(const Cell& cell);

// The column names, the rows in the result's order, and the facts that
// hold: "@truncated", "@capped", "@signs partial", "@total: N",
// "@chain: <chain> | <net sign>", "@message: ...", "@warning: ..." each.
// With a `header` ("effect | distance") that names some of the result's
// columns in its order, only those; else every column.
RowsText RowsTextOf(const QueryResult& result, std::string_view header = {});

}  // namespace causalkg::testing
