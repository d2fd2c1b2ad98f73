// LOAD 'file' [FORMAT name]: what the grammar makes of a format's name, the
// errors it points at, and what completion offers after FORMAT.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <variant>

#include "grammar/keywords.hpp"
#include "grammar/parse.hpp"

namespace causalkg {
namespace {

ast::Load LoadOf(std::string_view text) {
  const grammar::ParseResult parsed = grammar::Parse(text);
  INFO("parsing: " << text << (parsed.error ? " -> " + parsed.error->message : ""));
  REQUIRE_FALSE(parsed.error.has_value());
  REQUIRE(parsed.statements.size() == 1);
  REQUIRE(std::holds_alternative<ast::Load>(parsed.statements.front().body));
  return std::get<ast::Load>(parsed.statements.front().body);
}

grammar::Diagnostic ErrorOf(std::string_view text) {
  const grammar::ParseResult parsed = grammar::Parse(text);
  INFO("parsing: " << text);
  REQUIRE(parsed.error.has_value());
  return *parsed.error;
}

TEST_CASE("LOAD takes the format named after FORMAT, with where its name starts", "[grammar]") {
  const ast::Load plain = LoadOf("LOAD 'map.txt'");
  CHECK(plain.path == "map.txt");
  CHECK_FALSE(plain.format.has_value());

  const std::string text = "LOAD 'map.txt' FORMAT kumu";
  const ast::Load named = LoadOf(text);
  CHECK(named.path == "map.txt");
  REQUIRE(named.format.has_value());
  CHECK(named.format->text == "kumu");
  CHECK_FALSE(named.format->quoted);
  CHECK(named.format->offset == text.find("kumu"));

  // Keywords in any case; the name as typed (the engine folds its case).
  CHECK(LoadOf("load 'm.txt' format CSV").format->text == "CSV");
  const ast::Load quoted = LoadOf("LOAD 'm.txt' FORMAT 'csv'");
  CHECK(quoted.format->text == "csv");
  CHECK(quoted.format->quoted);
}

TEST_CASE("after FORMAT a keyword is a format's name, but for what begins the output",
          "[grammar]") {
  // `json` is a format and the keyword of AS JSON.
  CHECK(LoadOf("LOAD 'claims.txt' FORMAT json").format->text == "json");
  CHECK(LoadOf("LOAD 'claims.txt' FORMAT JSON").format->text == "JSON");
  CHECK(grammar::IsFormatNameWord("json"));
  CHECK(grammar::IsFormatNameWord("kumu"));
  CHECK_FALSE(grammar::IsFormatNameWord("as"));
  CHECK_FALSE(grammar::IsFormatNameWord("TO"));

  // The output still follows the name.
  const grammar::ParseResult parsed =
      grammar::Parse("EXPLAIN LOAD 'claims.txt' FORMAT json AS JSON TO 'plan.json'");
  REQUIRE_FALSE(parsed.error.has_value());
  const ast::Statement& statement = parsed.statements.at(0);
  CHECK(statement.mode == ast::Mode::kExplain);
  CHECK(std::get<ast::Load>(statement.body).format->text == "json");
  CHECK(statement.output.format == ast::Format::kJson);
  CHECK(statement.output.file == "plan.json");

  // Elsewhere FORMAT is a keyword like any other: quoted, it is a name.
  CHECK(grammar::Parse("MATCH ?a format ?b").error.has_value());
  CHECK_FALSE(grammar::Parse("MATCH ?a 'format' ?b").error.has_value());
}

TEST_CASE("a FORMAT without a name, or given twice, is an error at its place", "[grammar]") {
  const grammar::Diagnostic missing = ErrorOf("LOAD 'x.txt' FORMAT");
  CHECK(missing.message == "expected the name of a format after FORMAT");
  CHECK(missing.line == 1);
  CHECK(missing.column == 20);  // just past FORMAT: nothing follows it
  CHECK(missing.hint == "for example: LOAD 'map.txt' FORMAT kumu");

  const grammar::Diagnostic before_end = ErrorOf("LOAD 'x.txt' FORMAT;");
  CHECK(before_end.message == "expected the name of a format after FORMAT");
  CHECK(before_end.column == 20);

  const grammar::Diagnostic output = ErrorOf("LOAD 'x.txt' FORMAT AS JSON");
  CHECK(output.message == "expected the name of a format after FORMAT");
  CHECK(output.column == 21);

  const grammar::Diagnostic on_next_line = ErrorOf("LOAD 'x.txt'\n  FORMAT\n  TO 'out.txt'");
  CHECK(on_next_line.message == "expected the name of a format after FORMAT");
  CHECK(on_next_line.line == 3);
  CHECK(on_next_line.column == 3);

  const grammar::Diagnostic twice = ErrorOf("LOAD 'x.txt' FORMAT csv FORMAT tsv");
  CHECK(twice.message == "FORMAT is given twice");
  CHECK(twice.column == 25);

  const grammar::Diagnostic unterminated = ErrorOf("LOAD 'x.txt' FORMAT 'csv");
  CHECK(unterminated.message == "unterminated quoted name");
  CHECK(unterminated.column == 21);

  const grammar::Diagnostic typo = ErrorOf("LOAD 'x.txt' FORMATT csv");
  CHECK(typo.column == 14);
  CHECK(typo.hint == "did you mean FORMAT?");
}

TEST_CASE("after FORMAT completion offers a format's name, and nothing else", "[grammar]") {
  const grammar::NextWords after_format = grammar::WordsAfter("LOAD 'x.txt' FORMAT ");
  CHECK(after_format.format_names);
  CHECK_FALSE(after_format.names);
  CHECK(after_format.keywords.empty());
  CHECK(grammar::WordsAfter("load 'x.txt' format ").format_names);

  // After the name, LOAD's options and the output; no format's name.
  const grammar::NextWords after_name = grammar::WordsAfter("LOAD 'x.txt' FORMAT csv ");
  CHECK_FALSE(after_name.format_names);
  CHECK(std::find(after_name.keywords.begin(), after_name.keywords.end(), "AS") !=
        after_name.keywords.end());
  const grammar::NextWords after_file = grammar::WordsAfter("LOAD 'x.txt' ");
  CHECK_FALSE(after_file.format_names);
  CHECK(std::find(after_file.keywords.begin(), after_file.keywords.end(), "FORMAT") !=
        after_file.keywords.end());
}

}  // namespace
}  // namespace causalkg
