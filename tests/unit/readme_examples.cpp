#include "readme_examples.hpp"

#include <sstream>

namespace causalkg::testing {

namespace {

constexpr std::string_view kCommandMark = "$ ";
constexpr std::string_view kPrompt = "causalkg> ";
constexpr std::string_view kTypedMark = "# typed: ";

std::string TrimRight(std::string line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r'))
    line.pop_back();
  return line;
}

// "3 a, r not-causal" as {"a", "a", "a", "r not-causal"}.
std::vector<std::string> TypedAnswers(std::string_view list) {
  std::vector<std::string> answers;
  std::size_t at = 0;
  while (at <= list.size()) {
    std::size_t comma = list.find(',', at);
    if (comma == std::string_view::npos) comma = list.size();
    std::string item(list.substr(at, comma - at));
    item.erase(0, item.find_first_not_of(' '));
    item = TrimRight(item);
    std::size_t times = 1;
    const std::size_t blank = item.find(' ');
    if (blank != std::string::npos && item.find_first_not_of("0123456789") == blank && blank > 0) {
      times = std::stoul(item.substr(0, blank));
      item = item.substr(blank + 1);
    }
    for (std::size_t i = 0; i < times; ++i) answers.push_back(item);
    at = comma + 1;
  }
  return answers;
}

ReadmeStep CommandStep(std::string command) {
  ReadmeStep step;
  const std::size_t typed = command.find(kTypedMark);
  if (typed != std::string::npos) {
    step.typed = TypedAnswers(std::string_view(command).substr(typed + kTypedMark.size()));
    command = TrimRight(command.substr(0, typed));
  }
  step.input = std::move(command);
  return step;
}

// The example a block's lines make; false when they make none.
bool ReadBlock(const std::vector<std::string>& lines, ReadmeExample& example) {
  std::size_t first = 0;
  while (first < lines.size() && lines[first].empty()) ++first;
  if (first == lines.size()) return false;
  const std::string& opening = lines[first];
  if (opening.starts_with(kPrompt)) {
    example.kind = ReadmeExample::Kind::kShell;
  } else if (opening.starts_with(kCommandMark)) {
    for (const std::string& line : lines) {
      if (line.starts_with(">>> ")) return false;  // Python's
    }
    if (opening == "$ ./run.sh") {
      example.kind = ReadmeExample::Kind::kShell;
      example.opens_shell = true;
      ++first;
      while (first < lines.size() && !lines[first].starts_with(kPrompt))
        example.banner.push_back(lines[first++]);
    }
  } else {
    return false;
  }
  for (std::size_t i = first; i < lines.size(); ++i) {
    const std::string& line = lines[i];
    if (example.kind == ReadmeExample::Kind::kShell && line.starts_with(kPrompt)) {
      example.steps.push_back({line.substr(kPrompt.size()), {}, {}});
    } else if (example.kind == ReadmeExample::Kind::kCommands && line.starts_with(kCommandMark)) {
      std::string command = line.substr(kCommandMark.size());
      while (!command.empty() && command.back() == '\\' && i + 1 < lines.size())
        command += "\n" + lines[++i];
      example.steps.push_back(CommandStep(std::move(command)));
    } else if (!example.steps.empty()) {
      example.steps.back().expected.push_back(line);
    }
  }
  // A blank line before the block's end is the block's, not the output's.
  for (ReadmeStep& step : example.steps) {
    while (!step.expected.empty() && step.expected.back().empty()) step.expected.pop_back();
  }
  return !example.steps.empty();
}

// A line `...` (indented or not) stands for any number of lines.
bool StandsForAnyLines(const std::string& line) {
  const std::size_t text = line.find_first_not_of(' ');
  return text != std::string::npos && TrimRight(line.substr(text)) == "...";
}

bool Matches(const std::vector<std::string>& expected, std::size_t e,
             const std::vector<std::string>& actual, std::size_t a) {
  if (e == expected.size()) return a == actual.size();
  if (StandsForAnyLines(expected[e])) {
    for (std::size_t skip = a; skip <= actual.size(); ++skip) {
      if (Matches(expected, e + 1, actual, skip)) return true;
    }
    return false;
  }
  return a < actual.size() && TrimRight(expected[e]) == TrimRight(actual[a]) &&
         Matches(expected, e + 1, actual, a + 1);
}

}  // namespace

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) lines.push_back(TrimRight(line));
  return lines;
}

std::vector<ReadmeExample> ReadmeExamples(const std::string& markdown) {
  std::vector<ReadmeExample> examples;
  const std::vector<std::string> lines = Lines(markdown);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].starts_with("```")) continue;
    const std::size_t start = i;
    std::vector<std::string> block;
    for (++i; i < lines.size() && !lines[i].starts_with("```"); ++i) block.push_back(lines[i]);
    ReadmeExample example;
    example.line = start + 1;
    if (ReadBlock(block, example)) examples.push_back(std::move(example));
  }
  return examples;
}

bool ShowsAsReadme(const std::vector<std::string>& expected,
                   const std::vector<std::string>& actual) {
  return Matches(expected, 0, actual, 0);
}

}  // namespace causalkg::testing
