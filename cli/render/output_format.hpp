// The ways a result can be shown: `.mode`/`.format` at the shell, `--format`
// on the command line.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace causalkg::cli {

// kJsonl: JSON Lines, one compact JSON object a row (a loop, a chain, a
// node), so that a reader takes rows as they come.
enum class OutputFormat { kTable, kJson, kJsonl, kCsv, kTsv, kMarkdown, kDot };

// Whether `format` writes a result row by row, each row a line: the formats
// LOOPS streams in (csv, tsv, jsonl).
bool IsLineFormat(OutputFormat format);

// The format named `name`, in any case ("csv", "Markdown"); none for a name
// no format has. "md" is Markdown's short name.
std::optional<OutputFormat> OutputFormatNamed(std::string_view name);

// "table", "json", "csv", "tsv", "markdown", "dot".
const char* OutputFormatName(OutputFormat format);

// "table, json, jsonl, csv, tsv, markdown or dot", for messages that list them.
std::string DescribeOutputFormats();

// "table|json|jsonl|csv|tsv|markdown|dot", for usage lines.
std::string OutputFormatChoices();

}  // namespace causalkg::cli
