#include "cli/render/output_format.hpp"

#include <array>
#include <cctype>

namespace causalkg::cli {

namespace {

struct NamedFormat {
  OutputFormat format;
  const char* name;
};

// In the order messages list them.
constexpr std::array<NamedFormat, 7> kFormats = {{
    {OutputFormat::kTable, "table"},
    {OutputFormat::kJson, "json"},
    {OutputFormat::kJsonl, "jsonl"},
    {OutputFormat::kCsv, "csv"},
    {OutputFormat::kTsv, "tsv"},
    {OutputFormat::kMarkdown, "markdown"},
    {OutputFormat::kDot, "dot"},
}};

bool SameIgnoringCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i])))
      return false;
  }
  return true;
}

}  // namespace

bool IsLineFormat(OutputFormat format) {
  return format == OutputFormat::kCsv || format == OutputFormat::kTsv ||
         format == OutputFormat::kJsonl;
}

std::optional<OutputFormat> OutputFormatNamed(std::string_view name) {
  for (const NamedFormat& f : kFormats) {
    if (SameIgnoringCase(name, f.name)) return f.format;
  }
  if (SameIgnoringCase(name, "md")) return OutputFormat::kMarkdown;
  return std::nullopt;
}

const char* OutputFormatName(OutputFormat format) {
  for (const NamedFormat& f : kFormats) {
    if (f.format == format) return f.name;
  }
  return "table";
}

std::string DescribeOutputFormats() {
  std::string out;
  for (std::size_t i = 0; i < kFormats.size(); ++i) {
    out += i == 0 ? "" : i + 1 == kFormats.size() ? " or " : ", ";
    out += kFormats[i].name;
  }
  return out;
}

std::string OutputFormatChoices() {
  std::string out;
  for (const NamedFormat& f : kFormats) out += (out.empty() ? "" : "|") + std::string(f.name);
  return out;
}

}  // namespace causalkg::cli
