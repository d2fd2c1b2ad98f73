#include "cli/script.hpp"

#include "grammar/parse.hpp"

namespace causalkg::cli {

std::string TrimBlanks(const std::string& line) {
  const auto first = line.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return "";
  return line.substr(first, line.find_last_not_of(" \t\r\n") - first + 1);
}

bool HoldsNoStatement(const std::string& text) {
  const grammar::ParseResult parsed = grammar::Parse(text);
  return !parsed.error && parsed.statements.empty();
}

std::vector<ScriptPart> SplitScript(LineSource& source) {
  std::vector<ScriptPart> parts;
  ScriptPart pending;  // the statements read so far
  auto end_statements = [&] {
    if (!pending.text.empty()) parts.push_back(std::move(pending));
    pending = ScriptPart{};
  };
  std::size_t line_number = 0;
  while (auto line = source.Read("")) {
    ++line_number;
    const std::string trimmed = TrimBlanks(*line);
    if (!trimmed.empty() && trimmed[0] == '.') {
      end_statements();
      parts.push_back({ScriptPart::Kind::kDotCommand, trimmed, line_number});
      continue;
    }
    if (pending.text.empty()) pending.first_line = line_number;
    pending.text += *line + "\n";
    if (HoldsNoStatement(pending.text)) {
      pending.text.clear();
      continue;
    }
    // A line ending with `;` ends the statements unless a quote is still open.
    if (!grammar::NeedsMoreInput(pending.text) && TrimBlanks(pending.text).back() == ';') {
      end_statements();
    }
  }
  end_statements();
  return parts;
}

}  // namespace causalkg::cli
