#include "grammar/parse.hpp"

#include "grammar/diagnostics.hpp"
#include "grammar/lexical.hpp"
#include "grammar/x3/statement_parser.hpp"

namespace causalkg::grammar {
namespace {

struct ScriptParse {
  ParseResult result;
  // The error is one more input could fix: it sits at the end of the text, or
  // a quote is still open.
  bool incomplete = false;
};

// Statements are parsed one at a time so that the statements before an error
// are kept and the text after a complete statement can be judged knowing
// which statement it follows.
ScriptParse ParseScript(std::string_view text) {
  ScriptParse parse;
  std::size_t at = lexical::SkipBlanks(text, 0);
  while (true) {
    while (at < text.size() && text[at] == ';') at = lexical::SkipBlanks(text, at + 1);
    if (at >= text.size()) break;

    detail::StatementParse step = detail::ParseStatementAt(text, at);
    if (step.error) {
      parse.result.error = detail::DescribeError(text, at, *step.error);
      parse.incomplete = lexical::SkipBlanks(text, step.error->offset) >= text.size() ||
                         step.error->key.starts_with("unterminated");
      return parse;
    }
    parse.result.statements.push_back(std::move(*step.statement));
    at = lexical::SkipBlanks(text, step.end);
    if (at < text.size() && text[at] != ';') {
      parse.result.error = detail::DescribeTrailing(text, parse.result.statements.back(), at);
      return parse;
    }
  }
  return parse;
}

}  // namespace

ParseResult Parse(std::string_view text) { return ParseScript(text).result; }

bool NeedsMoreInput(std::string_view text) { return ParseScript(text).incomplete; }

}  // namespace causalkg::grammar
