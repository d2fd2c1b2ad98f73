#include "text_diff.hpp"

#include <algorithm>
#include <sstream>
#include <vector>

namespace causalkg::testing {
namespace {

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

struct Edit {
  char mark;         // ' ', '-' or '+'
  std::size_t line;  // in the expected text for ' ' and '-', in the actual for '+'
};

// The edits that turn `a` into `b`, along a longest common subsequence.
std::vector<Edit> Edits(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::vector<std::vector<std::size_t>> common(a.size() + 1,
                                               std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = a.size(); i-- > 0;) {
    for (std::size_t j = b.size(); j-- > 0;) {
      common[i][j] =
          a[i] == b[j] ? common[i + 1][j + 1] + 1 : std::max(common[i + 1][j], common[i][j + 1]);
    }
  }
  std::vector<Edit> edits;
  std::size_t i = 0, j = 0;
  while (i < a.size() || j < b.size()) {
    if (i < a.size() && j < b.size() && a[i] == b[j]) {
      edits.push_back({' ', i++});
      ++j;
    } else if (i < a.size() && (j == b.size() || common[i + 1][j] >= common[i][j + 1])) {
      edits.push_back({'-', i++});
    } else {
      edits.push_back({'+', j++});
    }
  }
  return edits;
}

}  // namespace

std::string UnifiedDiff(const std::string& expected, const std::string& actual,
                        std::size_t context) {
  if (expected == actual) return "";
  const std::vector<std::string> a = Lines(expected), b = Lines(actual);
  const std::vector<Edit> edits = Edits(a, b);
  std::vector<std::size_t> changes;
  for (std::size_t k = 0; k < edits.size(); ++k) {
    if (edits[k].mark != ' ') changes.push_back(k);
  }
  std::string out = "--- expected\n+++ actual\n";
  for (std::size_t c = 0; c < changes.size();) {
    // One hunk: changes with at most twice the context between them, and
    // the context around them.
    std::size_t last = c;
    while (last + 1 < changes.size() && changes[last + 1] - changes[last] <= 2 * context + 1) {
      ++last;
    }
    const std::size_t begin = changes[c] > context ? changes[c] - context : 0;
    const std::size_t end = std::min(edits.size(), changes[last] + context + 1);
    std::size_t a_line = 0, b_line = 0;  // lines of each text before the hunk
    for (std::size_t k = 0; k < begin; ++k) {
      if (edits[k].mark != '+') ++a_line;
      if (edits[k].mark != '-') ++b_line;
    }
    std::size_t a_count = 0, b_count = 0;
    std::string body;
    for (std::size_t k = begin; k < end; ++k) {
      const Edit& edit = edits[k];
      body += edit.mark + (edit.mark == '+' ? b[edit.line] : a[edit.line]) + "\n";
      if (edit.mark != '+') ++a_count;
      if (edit.mark != '-') ++b_count;
    }
    // As diff -u numbers them: from 1, and an empty side at the line before.
    out += "@@ -" + std::to_string(a_line + (a_count > 0 ? 1 : 0)) + "," + std::to_string(a_count) +
           " +" + std::to_string(b_line + (b_count > 0 ? 1 : 0)) + "," + std::to_string(b_count) +
           " @@\n" + body;
    c = last + 1;
  }
  return out;
}

}  // namespace causalkg::testing
