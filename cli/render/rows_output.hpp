// Results as CSV, TSV or a Markdown table: the rows and columns of the
// results' one tabular view (engine/model/result_rows.hpp), each cell as the
// table shows it (labels in the chosen language, chains drawn with their
// signs), so that a column any result gains shows in every mode.
#pragma once

#include <string>
#include <vector>

#include "cli/render/output_format.hpp"
#include "cli/render/tabular_text.hpp"
#include "engine/model/result.hpp"

namespace causalkg::cli {

struct RowsText {
  // The header and the rows: nothing else, so that a program reads it whole.
  std::string text;
  // What the table's closing line says beside the rows, for stderr, a line
  // each: a write's message, its warnings ("warning: ..."), and whether the
  // rows were cut ("note: truncated at the LIMIT ...").
  std::vector<std::string> notes;
};

// `result` as `format` (csv, tsv or markdown); `language` picks the labels
// ("en", "nl", or "id" for ids); `raise_sign_budget` is TextStyle's, for the
// note under partial net signs.
RowsText ResultAsRows(const QueryResult& result, const std::string& language, OutputFormat format,
                      const std::string& raise_sign_budget = {});

// The rows of `result` as texts, as ResultAsRows lays them out.
StringTable ResultTable(const QueryResult& result, const std::string& language);

}  // namespace causalkg::cli
