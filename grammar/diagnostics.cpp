#include "grammar/diagnostics.hpp"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "grammar/edit_distance.hpp"
#include "grammar/keywords.hpp"
#include "grammar/lexical.hpp"
#include "grammar/limits.hpp"
#include "grammar/source_position.hpp"

namespace causalkg::grammar::detail {
namespace {

// What each key of the grammar means to a user. Keys are rule names and the
// keys of the primitives in query_def.hpp.
struct KeyText {
  std::string_view key;
  std::string message;
  std::string hint;
};

constexpr char const* kQuoteHint =
    "close it with the same quote; inside, write \\' or '' for a quote";

std::string Join(std::vector<std::string_view> const& words) {
  std::string joined;
  for (std::string_view word : words) {
    if (!joined.empty()) joined += ", ";
    joined += word;
  }
  return joined;
}

// "TABLE, JSON or DOT"
std::string JoinOr(std::vector<std::string_view> words) {
  std::string_view const last = words.back();
  words.pop_back();
  return words.empty() ? std::string(last) : Join(words) + " or " + std::string(last);
}

std::string DepthRange() {
  return "from " + std::to_string(kMinDepth) + " to " + std::to_string(kMaxDepth);
}

std::vector<KeyText> const& KeyTexts() {
  static std::vector<KeyText> const texts = {
      {"statement", "expected a statement (" + Join(StatementWords()) + ")", ""},
      {"node", "expected a node name or a quoted label", ""},
      {"relation", "expected a relation name or a quoted label", ""},
      {"object", "expected the object: a node name or a quoted label", ""},
      {"why_second", "expected a relation or a node name after WHY <node>", ""},
      {"via_relation", "expected a relation name after VIA", "for example: VIA amplifies, weakens"},
      {"source", "expected a source id or a quoted source after SOURCE", ""},
      {"modality", "expected a modality (a word or a quoted text) after MODALITY", ""},
      {"MATCH_after_COUNT", "expected MATCH or LOOPS after COUNT", ""},
      {"BY_after_ORDER", "expected BY after ORDER", ""},
      {"FROM_after_PATHS", "expected FROM after PATHS", "usage: PATHS FROM <node> TO <node>"},
      {"TO_after_PATHS", "expected TO after PATHS FROM <node>",
       "usage: PATHS FROM <node> TO <node>"},
      {"FROM_after_SHORTEST", "expected FROM after SHORTEST",
       "usage: SHORTEST FROM <node> TO <node>"},
      {"TO_after_SHORTEST", "expected TO after SHORTEST FROM <node>",
       "usage: SHORTEST FROM <node> TO <node>"},
      {"OF_after_EFFECTS", "expected OF after EFFECTS", "usage: EFFECTS OF <node>"},
      {"OF_after_CAUSES", "expected OF after CAUSES", "usage: CAUSES OF <node>"},
      {"FOR_after_LEVERS", "expected FOR after LEVERS", "usage: LEVERS FOR <node>"},
      {"FOR_after_BLINDSPOTS", "expected FOR after BLINDSPOTS", "usage: BLINDSPOTS FOR <node>"},
      {"FROM_after_CHAINS", "expected FROM after CONTRADICTIONS CHAINS",
       "usage: CONTRADICTIONS CHAINS FROM <node> TO <node>"},
      {"TO_after_CHAINS", "expected TO after CONTRADICTIONS CHAINS FROM <node>",
       "usage: CONTRADICTIONS CHAINS FROM <node> TO <node>"},
      {"BELIEF_after_MIN", "expected BELIEF after MIN", "usage: MIN BELIEF 0.5"},
      {"BELIEF_after_BY",
       "expected BELIEF after ORDER BY: a chain statement orders its chains by belief",
       "usage: ORDER BY belief [DESC | ASC]"},
      {"IN_after_NOT", "expected IN after NOT", "usage: source NOT IN (a, b)"},
      {"evidence_condition", "expected a condition on the evidence such as confidence >= 0.6",
       "fields: " +
           Join(std::vector<std::string_view>(std::begin(kEvidenceFields),
                                              std::end(kEvidenceFields))) +
           ", attributes.<name>"},
      {"evidence_operator", "expected =, !=, <, <=, >, >=, IN or NOT IN after the field",
       "for example: confidence >= 0.6, source IN (a, b)"},
      {"evidence_value",
       "expected a value to compare with: a number, a word, a quoted text, or none",
       "for example: confidence >= 0.6, modality != can, modality = none"},
      {"value_list", "expected a list of values in parentheses after IN",
       "for example: source IN (scp-2025, 'my notes')"},
      {"close_list", "expected ',' or ')' in the list of values", ""},
      {"belief_value", "expected a number from 0 to 1 after MIN BELIEF", ""},
      {"pattern", "expected a triple pattern such as ?a amplifies ?b", ""},
      {"pattern_relation", "expected the relation of the pattern: a name or a variable", ""},
      {"pattern_object", "expected the object of the pattern: a name or a variable", ""},
      {"comparison", "expected a comparison such as ?a = digitalisation or sign(?r) = '-'", ""},
      {"operand", "expected a variable, a name or sign(?r) to compare with", ""},
      {"compare_op", "expected =, !=, <, <=, >, >=, IN or NOT IN in the comparison", ""},
      {"variable", "expected a variable such as ?a", ""},
      {"order_key", "expected a variable such as ?a after ORDER BY", ""},
      {"'('", "expected '(' after sign", "for example: sign(?r) = '-'"},
      {"')'", "expected ')' to close sign(?variable)", ""},
      {"depth_value", "expected a number " + DepthRange() + " after DEPTH", ""},
      {"loop_depth_value",
       "expected a number from " + std::to_string(kMinDepth) + " to " +
           std::to_string(kMaxLoopDepth) + " or ALL after DEPTH",
       "DEPTH ALL finds loops of any length"},
      {"limit_value", "expected a whole number after LIMIT", ""},
      {"confidence_value", "expected a number from 0 to 1 after CONFIDENCE", ""},
      {"sign_value", "expected +, - or ? after SIGN",
       "SIGN - keeps the paths that work against the target, SIGN ? those of unknown sign"},
      {"quote_text", "expected a quoted text after QUOTE",
       "for example: QUOTE 'the sentence from the source'"},
      {"load_file", "expected a quoted file name after LOAD", "for example: LOAD 'claims.json'"},
      {"format_name", "expected the name of a format after FORMAT",
       "for example: LOAD 'map.txt' FORMAT kumu"},
      {"output_file", "expected a quoted file name after TO", "for example: TO 'result.json'"},
      {"format", "expected " + JoinOr(FormatWords()) + " after AS", ""},
      {"NODE_after_RENAME", "expected NODE after RENAME", "usage: RENAME NODE <node> TO <new id>"},
      {"TO_after_RENAME", "expected TO after RENAME NODE <node>",
       "usage: RENAME NODE <node> TO <new id>"},
      {"new_name", "expected the node's new id (a name or a quoted text) after TO",
       "usage: RENAME NODE <node> TO <new id>"},
      {"INTO_after_MERGE", "expected INTO after MERGE <node>", "usage: MERGE <node> INTO <node>"},
      {"merged_into", "expected the node to merge into after INTO",
       "usage: MERGE <node> INTO <node>"},
  };
  return texts;
}

// Failures that are not "expected X".
std::vector<KeyText> const& PlainTexts() {
  static std::vector<KeyText> const texts = {
      {"unterminated_name", "unterminated quoted name", kQuoteHint},
      {"unterminated_string", "unterminated quoted string", kQuoteHint},
      {"depth_range",
       "DEPTH must be between " + std::to_string(kMinDepth) + " and " + std::to_string(kMaxDepth),
       "DEPTH counts the steps of a chain"},
      {"loop_depth_range",
       "DEPTH of loops must be between " + std::to_string(kMinDepth) + " and " +
           std::to_string(kMaxLoopDepth) + ", or ALL",
       "DEPTH ALL finds loops of any length"},
      {"limit_range", "LIMIT must be at least 1", "leave LIMIT out for the default of 1000"},
      {"confidence_range", "CONFIDENCE must be between 0 and 1", "write it as a decimal: 0.6"},
      {"belief_range", "MIN BELIEF must be between 0 and 1", "write it as a decimal: 0.5"},
      {"number_too_large", "number too large", ""},
  };
  return texts;
}

constexpr std::string_view kTwicePrefix = "twice:";

struct Token {
  enum class Kind { kEnd, kWord, kQuoted, kOther };
  Kind kind = Kind::kEnd;
  std::string_view text;
  std::size_t offset = 0;

  // A word that could be (part of) a name: not a keyword, not a number.
  bool IsName() const {
    bool number = std::all_of(text.begin(), text.end(),
                              [](char c) { return lexical::IsDigit(c) || c == '.'; });
    return kind == Kind::kWord && !number && !IsKeyword(text);
  }
};

// The token at `offset`, which must be past blanks.
Token ReadToken(std::string_view text, std::size_t offset) {
  Token token;
  token.offset = offset;
  if (offset >= text.size()) return token;
  char const* first = text.data() + offset;
  char const* last = text.data() + text.size();
  char const* end = lexical::ScanWord(first, last);
  token.kind = Token::Kind::kWord;
  if (end == first && lexical::IsQuote(*first)) {
    token.kind = Token::Kind::kQuoted;
    end = lexical::ScanQuoted(first, last).end;
  } else if (end == first) {
    token.kind = Token::Kind::kOther;
    end = *first == '?' ? lexical::ScanWord(first + 1, last) : first;
    if (end == first) end = first + 1;
  }
  token.text = std::string_view(first, static_cast<std::size_t>(end - first));
  return token;
}

// The last token that starts at or after `from` and before `before`.
Token TokenBefore(std::string_view text, std::size_t from, std::size_t before) {
  Token previous;
  for (std::size_t at = lexical::SkipBlanks(text, from); at < before;) {
    Token token = ReadToken(text, at);
    if (token.kind == Token::Kind::kEnd) break;
    previous = token;
    at = lexical::SkipBlanks(text, token.offset + token.text.size());
  }
  return previous;
}

std::string Upper(std::string_view word) {
  std::string upper(word);
  for (char& c : upper) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return upper;
}

// "did you mean DEPTH?" for the candidate closest to `word`, when it is one
// typo away (two for longer words).
std::string DidYouMean(std::string_view word, auto const& candidates) {
  std::string upper = Upper(word);
  std::size_t best_distance = upper.size() <= 4 ? 1 : 2;
  std::string_view best;
  for (std::string_view candidate : candidates) {
    std::size_t distance = EditDistance(upper, candidate, best_distance);
    if (distance > 0 && distance <= best_distance && (best.empty() || distance < best_distance)) {
      best = candidate;
      best_distance = distance;
    }
  }
  return best.empty() ? "" : "did you mean " + std::string(best) + "?";
}

// The keyword a statement of this kind begins with. A body without a case
// here does not compile.
std::string_view StatementWord(ast::Body const& body) {
  struct Word {
    std::string_view operator()(ast::Match const&) const { return "MATCH"; }
    std::string_view operator()(ast::Paths const&) const { return "PATHS"; }
    std::string_view operator()(ast::Shortest const&) const { return "SHORTEST"; }
    std::string_view operator()(ast::Reach const& reach) const {
      return reach.direction == ast::Direction::kDownstream ? "EFFECTS" : "CAUSES";
    }
    std::string_view operator()(ast::Loops const&) const { return "LOOPS"; }
    std::string_view operator()(ast::Levers const&) const { return "LEVERS"; }
    std::string_view operator()(ast::Blindspots const&) const { return "BLINDSPOTS"; }
    std::string_view operator()(ast::Contradictions const&) const { return "CONTRADICTIONS"; }
    std::string_view operator()(ast::Why const&) const { return "WHY"; }
    std::string_view operator()(ast::Add const&) const { return "ADD"; }
    std::string_view operator()(ast::Remove const&) const { return "REMOVE"; }
    std::string_view operator()(ast::Load const&) const { return "LOAD"; }
    std::string_view operator()(ast::Rename const&) const { return "RENAME"; }
    std::string_view operator()(ast::Merge const&) const { return "MERGE"; }
    std::string_view operator()(ast::RemoveNode const&) const { return "REMOVE"; }
  };
  return std::visit(Word{}, body);
}

// The keywords that may follow a complete statement of this kind: its
// options, then what ends any statement.
std::vector<std::string_view> FollowingKeywords(ast::Statement const& statement) {
  std::vector<std::string_view> keywords = OptionsOf(StatementWord(statement.body));
  // CONTRADICTIONS of claims follows no chains: no DEPTH, no conditions on
  // steps, no order of chains.
  if (auto const* contradictions = std::get_if<ast::Contradictions>(&statement.body);
      contradictions != nullptr && !contradictions->chains) {
    for (std::string_view chain_only : {"DEPTH", "WHERE", "MIN", "ORDER"})
      std::erase(keywords, chain_only);
  }
  // COUNT LOOPS counts every loop: no SIGN, no LIMIT; LOOPS INDEPENDENT
  // chooses its loops by length: no DEPTH, no SIGN.
  if (auto const* loops = std::get_if<ast::Loops>(&statement.body); loops != nullptr) {
    std::erase(keywords, std::string_view("INDEPENDENT"));
    std::erase(keywords, std::string_view("THROUGH"));
    if (loops->form != ast::LoopsForm::kList) std::erase(keywords, std::string_view("SIGN"));
    if (loops->form == ast::LoopsForm::kCount) std::erase(keywords, std::string_view("LIMIT"));
    if (loops->form == ast::LoopsForm::kIndependent)
      std::erase(keywords, std::string_view("DEPTH"));
  }
  for (std::string_view output : OutputWords()) keywords.push_back(output);
  return keywords;
}

Diagnostic Make(std::string_view text, std::size_t offset, std::string message, std::string hint) {
  LineColumn position = Locate(text, offset);
  return {std::move(message), std::move(hint), offset, position.line, position.column};
}

bool IsNameKey(std::string_view key) {
  return key == "node" || key == "relation" || key == "object" || key == "why_second" ||
         key == "via_relation" || key == "source" || key == "modality" || key == "pattern" ||
         key == "pattern_relation" || key == "pattern_object" || key == "operand" ||
         key == "new_name" || key == "merged_into" || key == "evidence_value";
}

std::string KeywordAsNameHint(std::string_view keyword) {
  std::string lower(keyword);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return Upper(keyword) + " is a keyword; quote it to use it as a name: '" + lower + "'";
}

// A hint computed from the text around the error, or "" to use the table's.
std::string HintFromText(std::string_view text, std::size_t statement_start, std::string_view key,
                         Token const& token) {
  if (key == "statement" && token.kind == Token::Kind::kWord) {
    return DidYouMean(token.text, StartingWords());
  }
  if (IsNameKey(key) && token.kind == Token::Kind::kWord && IsKeyword(token.text)) {
    return KeywordAsNameHint(token.text);
  }
  bool after_from =
      key == "TO_after_PATHS" || key == "TO_after_SHORTEST" || key == "TO_after_CHAINS";
  bool before_second_node = key == "TO_after_RENAME" || key == "INTO_after_MERGE";
  if (token.IsName() && (after_from || before_second_node || key == kEndOfStatement)) {
    Token previous = TokenBefore(text, statement_start, token.offset);
    if (previous.IsName()) {
      std::string hint = "quote labels that contain spaces: '" + std::string(previous.text) + " " +
                         std::string(token.text) + "'";
      if (after_from) return "write TO before the target node, or " + hint;
      if (key == "TO_after_RENAME") return "write TO before the new id, or " + hint;
      if (key == "INTO_after_MERGE") return "write INTO before the node to merge into, or " + hint;
      return hint;
    }
  }
  return "";
}

// After a complete MATCH: a missing comma, or clauses out of order.
std::string MatchHint(ast::Match const& match, Token const& token) {
  bool only_patterns =
      match.where.empty() && match.returns.empty() && match.order_by.empty() && !match.limit;
  if (token.text.starts_with("?")) {
    if (only_patterns) return "separate triple patterns with ','";
    if (!match.returns.empty() && match.order_by.empty() && !match.limit) {
      return "separate RETURN columns with ','";
    }
  }
  for (std::string_view clause : OptionsOf("MATCH")) {
    if (token.kind == Token::Kind::kWord && lexical::EqualsIgnoreCase(token.text, clause)) {
      return "the clauses of MATCH come in this order: WHERE, RETURN, ORDER BY, LIMIT";
    }
  }
  return "";
}

// Where an error found at `offset` points: the first character past blanks,
// or, when only blanks remain, just past the statement's last token, on a
// line the user can see rather than at the end of a comment or newline.
std::size_t ErrorOffset(std::string_view text, std::size_t statement_start, std::size_t offset) {
  std::size_t next = lexical::SkipBlanks(text, offset);
  if (next < text.size()) return next;
  Token last = TokenBefore(text, statement_start, text.size());
  return last.kind == Token::Kind::kEnd ? text.size() : last.offset + last.text.size();
}

}  // namespace

Diagnostic DescribeError(std::string_view text, std::size_t statement_start,
                         SyntaxError const& error) {
  std::size_t offset = ErrorOffset(text, statement_start, error.offset);
  std::string_view key = error.key;
  Token token = ReadToken(text, lexical::SkipBlanks(text, offset));

  std::string message;
  std::string hint = HintFromText(text, statement_start, key, token);
  if (key.starts_with(kTwicePrefix)) {
    key.remove_prefix(kTwicePrefix.size());
    message = std::string(key) + " is given twice";
    if (hint.empty()) hint = "give each option at most once";
    return Make(text, offset, std::move(message), std::move(hint));
  }
  for (KeyText const& entry : PlainTexts()) {
    if (entry.key == key) {
      return Make(text, offset, std::string(entry.message),
                  hint.empty() ? std::string(entry.hint) : hint);
    }
  }
  // Keys of plain keywords and X3 literals ("'('") read well as they are;
  // anything else would be a rule without an entry above.
  bool readable = !key.empty() && std::all_of(key.begin(), key.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || c == '\'' || !lexical::IsWordChar(c);
  });
  message = readable ? "expected " + std::string(key) : "syntax error";
  for (KeyText const& entry : KeyTexts()) {
    if (entry.key == key) {
      message = entry.message;
      if (hint.empty()) hint = entry.hint;
      break;
    }
  }
  return Make(text, offset, std::move(message), std::move(hint));
}

Diagnostic DescribeTrailing(std::string_view text, ast::Statement const& statement,
                            std::size_t offset) {
  Token token = ReadToken(text, offset);
  std::vector<std::string_view> following = FollowingKeywords(statement);
  bool has_output =
      statement.output.format != ast::Format::kDefault || statement.output.file.has_value();
  std::string hint;
  if (has_output) hint = "AS and TO come last in a statement";
  auto const* why = std::get_if<ast::Why>(&statement.body);
  if (hint.empty() && why && !why->third && token.kind == Token::Kind::kWord &&
      IsKeyword(token.text)) {
    hint = KeywordAsNameHint(token.text);  // WHY a r <keyword>
  }
  if (hint.empty() && token.kind == Token::Kind::kWord) hint = DidYouMean(token.text, following);
  if (hint.empty()) hint = HintFromText(text, statement.offset, kEndOfStatement, token);
  if (auto const* match = std::get_if<ast::Match>(&statement.body); match && hint.empty()) {
    hint = MatchHint(*match, token);
  }
  if (hint.empty()) hint = "keywords: " + Join(following);
  return Make(text, offset, "expected ';' or the end of the statement", std::move(hint));
}

}  // namespace causalkg::grammar::detail
