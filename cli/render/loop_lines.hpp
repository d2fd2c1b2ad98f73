// Loops as lines, one a loop, for LOOPS streamed in csv, tsv or jsonl: the
// same text ResultAsRows and ResultAsJsonLines give for a loop, made from
// each term's text worked out once, so that writing hundreds of thousands
// of loops costs little beyond the bytes written.
#pragma once

#include <string>
#include <unordered_map>

#include "cli/render/output_format.hpp"
#include "engine/model/result.hpp"

namespace causalkg::cli {

class LoopLines {
 public:
  // `format`: kCsv, kTsv or kJsonl; `language` as for the other outputs.
  LoopLines(OutputFormat format, std::string language);

  // The header line ("" for jsonl).
  std::string Header() const;

  // Appends the line of the one loop `row` holds to `out`.
  void Append(const QueryResult& row, std::string& out);

 private:
  struct TermText {
    std::string shown;        // as a table shows it: the label in the language, else the id
    bool csv_quoted = false;  // `shown` holds what makes a CSV field quoted
  };
  const TermText& Text(const QueryResult& row, TermId id);

  OutputFormat format_;
  std::string language_;
  std::unordered_map<TermId, TermText> texts_;
  std::string chain_;  // reused
};

}  // namespace causalkg::cli
