#include "grammar/keywords.hpp"

#include <algorithm>
#include <string>

#include "grammar/lexical.hpp"

namespace causalkg::grammar {
namespace {

void AddOnce(std::vector<std::string_view>& words, std::string_view word) {
  if (std::find(words.begin(), words.end(), word) == words.end()) words.push_back(word);
}

template <typename Predicate>
std::vector<std::string_view> WordsWhere(Predicate wanted) {
  std::vector<std::string_view> words;
  for (KeywordUse const& use : kKeywordTable) {
    if (wanted(use)) AddOnce(words, use.word);
  }
  return words;
}

// Parts that may be left out: after one of them, other words fit too.
bool IsOptional(KeywordUse const& use) {
  return use.role == KeywordRole::kOption || use.role == KeywordRole::kOperator;
}

// The table's spelling of `word`, or "" when it is no keyword.
std::string_view TableWord(std::string_view word) {
  for (std::string_view keyword : KeywordWords()) {
    if (lexical::EqualsIgnoreCase(word, keyword)) return keyword;
  }
  return {};
}

// The tokens of the statement being typed, keywords in the table's spelling
// and anything else as "": enough to know which statement it is and what
// came last.
std::vector<std::string_view> StatementTokens(std::string_view typed) {
  std::vector<std::string_view> tokens;
  char const* it = typed.data();
  char const* const last = typed.data() + typed.size();
  while ((it = lexical::SkipBlanks(it, last)) != last) {
    char const* end = lexical::ScanWord(it, last);
    if (end != it) {
      tokens.push_back(TableWord(std::string_view(it, static_cast<std::size_t>(end - it))));
    } else if (*it == ';') {
      tokens.clear();
      end = it + 1;
    } else if (lexical::IsQuote(*it)) {
      end = lexical::ScanQuoted(it, last).end;
      tokens.push_back({});
    } else {
      end = *it == '?' ? lexical::ScanWord(it + 1, last) : it + 1;
      if (end == it) end = it + 1;
      tokens.push_back({});
    }
    it = end;
  }
  return tokens;
}

}  // namespace

bool IsKeyword(std::string_view word) { return !TableWord(word).empty(); }

bool IsRelationKeyword(std::string_view word) {
  for (std::string_view keyword : kRelationKeywords) {
    if (lexical::EqualsIgnoreCase(word, keyword)) return true;
  }
  return false;
}

bool IsEvidenceFieldWord(std::string_view word) {
  if (lexical::EqualsIgnoreCase(word, "BELIEF")) return true;
  if (word.size() > kEvidenceAttributePrefix.size() &&
      lexical::EqualsIgnoreCase(word.substr(0, kEvidenceAttributePrefix.size()),
                                kEvidenceAttributePrefix))
    return true;
  for (std::string_view field : kEvidenceFields) {
    if (lexical::EqualsIgnoreCase(word, field)) return true;
  }
  return false;
}

bool IsFormatNameWord(std::string_view word) {
  for (std::string_view output : OutputWords()) {
    if (lexical::EqualsIgnoreCase(word, output)) return false;
  }
  return true;
}

std::vector<std::string_view> const& KeywordWords() {
  static std::vector<std::string_view> const words =
      WordsWhere([](KeywordUse const&) { return true; });
  return words;
}

std::vector<KeywordUse const*> UsesOf(std::string_view word) {
  std::vector<KeywordUse const*> uses;
  for (KeywordUse const& use : kKeywordTable) {
    if (lexical::EqualsIgnoreCase(use.word, word)) uses.push_back(&use);
  }
  return uses;
}

std::vector<std::string_view> ListWords(std::string_view list) {
  std::vector<std::string_view> words;
  while (!list.empty()) {
    std::size_t const end = list.find(' ');
    if (end != 0) words.push_back(list.substr(0, end));
    if (end == std::string_view::npos) break;
    list.remove_prefix(end + 1);
  }
  return words;
}

std::vector<std::string_view> StatementWords() {
  return WordsWhere([](KeywordUse const& use) { return use.role == KeywordRole::kStatement; });
}

std::vector<std::string_view> StartingWords() {
  return WordsWhere([](KeywordUse const& use) { return ListNames(use.after, kStatementStart); });
}

std::vector<std::string_view> OptionsOf(std::string_view statement) {
  return WordsWhere([statement](KeywordUse const& use) {
    return use.role == KeywordRole::kOption && ListNames(use.in, statement);
  });
}

std::vector<std::string_view> OutputWords() {
  return WordsWhere([](KeywordUse const& use) {
    return use.role == KeywordRole::kOutput && ListNames(use.in, kAnyStatement);
  });
}

std::vector<std::string_view> FormatWords() {
  return WordsWhere([](KeywordUse const& use) {
    return use.role == KeywordRole::kOutput && ListNames(use.after, "AS");
  });
}

NextWords WordsAfter(std::string_view typed) {
  std::vector<std::string_view> const tokens = StatementTokens(typed);
  std::string_view const previous = tokens.empty() ? kStatementStart : tokens.back();

  // Directly after a word that something must follow (PATHS: FROM; AS: a
  // format; the start: a statement), only that fits.
  NextWords next;
  if (previous == kFormatKeyword) {
    next.format_names = true;
    return next;
  }
  std::vector<std::string_view> const statements = StatementWords();
  auto const statement =
      std::find_first_of(tokens.begin(), tokens.end(), statements.begin(), statements.end());
  // A chain statement's WHERE and AND are followed by a field of evidence
  // (MATCH's by a variable, which nothing completes).
  if ((previous == "WHERE" || previous == "AND") && statement != tokens.end() &&
      *statement != "MATCH") {
    next.evidence_fields = true;
    return next;
  }
  bool required = false;
  for (KeywordUse const& use : kKeywordTable) {
    if (!previous.empty() && ListNames(use.after, previous)) {
      AddOnce(next.keywords, use.word);
      required = required || !IsOptional(use);
    }
  }
  if (required) return next;

  // Later in a statement: its clauses, options and operators, what ends any
  // statement, and names. With no statement to go by, every word.
  next.names = true;
  for (KeywordUse const& use : kKeywordTable) {
    if (statement == tokens.end() || ListNames(use.in, *statement) ||
        ListNames(use.in, kAnyStatement)) {
      AddOnce(next.keywords, use.word);
    }
  }
  return next;
}

}  // namespace causalkg::grammar
