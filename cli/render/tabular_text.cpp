#include "cli/render/tabular_text.hpp"

#include <algorithm>

#include "cli/render/text_table.hpp"
#include "engine/common/visible_text.hpp"

namespace causalkg::cli {

namespace {

std::string CsvField(const std::string& field) {
  if (field.find_first_of(",\"\r\n") == std::string::npos) return field;
  std::string out = "\"";
  for (char c : field) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  return out + "\"";
}

std::string MarkdownCell(const std::string& cell) {
  std::string out;
  for (char c : Visible(cell)) {
    if (c == '|') out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

std::string Delimited(const StringTable& table, char delimiter) {
  std::string out;
  auto line = [&](const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
      if (i > 0) out.push_back(delimiter);
      out += delimiter == '\t' ? Visible(fields[i]) : CsvField(fields[i]);
    }
    out.push_back('\n');
  };
  line(table.header);
  for (const auto& row : table.rows) line(row);
  return out;
}

std::string Markdown(const StringTable& table) {
  const std::size_t columns = table.header.size();
  std::vector<std::vector<std::string>> lines;
  lines.reserve(table.rows.size() + 1);
  auto cells = [&](const std::vector<std::string>& row) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < columns; ++i)
      out.push_back(MarkdownCell(i < row.size() ? row[i] : ""));
    return out;
  };
  lines.push_back(cells(table.header));
  for (const auto& row : table.rows) lines.push_back(cells(row));
  // A separator needs three dashes at least.
  std::vector<std::size_t> widths(columns, 3);
  for (const auto& line : lines) {
    for (std::size_t i = 0; i < columns; ++i)
      widths[i] = std::max(widths[i], DisplayWidth(line[i]));
  }
  std::string out;
  auto write = [&](const std::vector<std::string>& line) {
    out += "|";
    for (std::size_t i = 0; i < columns; ++i)
      out += " " + line[i] + std::string(widths[i] - DisplayWidth(line[i]), ' ') + " |";
    out += "\n";
  };
  write(lines[0]);
  out += "|";
  for (std::size_t i = 0; i < columns; ++i) out += " " + std::string(widths[i], '-') + " |";
  out += "\n";
  for (std::size_t i = 1; i < lines.size(); ++i) write(lines[i]);
  return out;
}

}  // namespace

std::string TabularText(const StringTable& table, OutputFormat format) {
  switch (format) {
    case OutputFormat::kTsv:
      return Delimited(table, '\t');
    case OutputFormat::kMarkdown:
      return Markdown(table);
    default:
      return Delimited(table, ',');
  }
}

}  // namespace causalkg::cli
