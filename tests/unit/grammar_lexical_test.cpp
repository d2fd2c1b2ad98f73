// The lexical side of the query language: keywords, names, quotes, comments,
// statement separators and the offsets recorded for later error messages.
#include <catch2/catch.hpp>
#include <string>
#include <variant>

#include "grammar/parse.hpp"

namespace {

using namespace causalkg;

std::vector<ast::Statement> ParseAll(std::string_view text) {
  grammar::ParseResult result = grammar::Parse(text);
  INFO("parsing: " << text << (result.error ? " -> " + result.error->message : ""));
  REQUIRE_FALSE(result.error.has_value());
  return result.statements;
}

ast::Paths ParsePaths(std::string_view text) {
  std::vector<ast::Statement> statements = ParseAll(text);
  REQUIRE(statements.size() == 1);
  REQUIRE(std::holds_alternative<ast::Paths>(statements[0].body));
  return std::get<ast::Paths>(statements[0].body);
}

std::string ErrorMessage(std::string_view text) {
  grammar::ParseResult result = grammar::Parse(text);
  return result.error ? result.error->message : "no error";
}

}  // namespace

TEST_CASE("keywords are case-insensitive", "[grammar]") {
  for (std::string_view text :
       {"PATHS FROM a TO b DEPTH 3 AS JSON", "paths from a to b depth 3 as json",
        "Paths From a To b Depth 3 As Json"}) {
    ast::Paths paths = ParsePaths(text);
    CHECK(paths.from.text == "a");
    CHECK(paths.to.text == "b");
    CHECK(paths.options.depth == 3);
  }
  CHECK(ParseAll("explain count match ?s ?r ?o where sign(?r) = '+' order by ?s desc").size() == 1);
}

TEST_CASE("a keyword is only a keyword as a whole word", "[grammar]") {
  ast::Paths paths = ParsePaths("PATHS FROM order_id TO PATHSX");
  CHECK(paths.from.text == "order_id");
  CHECK(paths.to.text == "PATHSX");
  CHECK_FALSE(paths.to.quoted);
  CHECK(ErrorMessage("PATHSX FROM a TO b") ==
        "expected a statement (MATCH, PATHS, EFFECTS, CAUSES, SHORTEST, LOOPS, LEVERS, "
        "BLINDSPOTS, CONTRADICTIONS, WHY, ADD, REMOVE, LOAD, RENAME, MERGE)");
  CHECK(ParsePaths("PATHS FROM from_here TO to-there").to.text == "to-there");
}

TEST_CASE("names are words of letters, digits and _ - . : including non-ASCII letters",
          "[grammar]") {
  CHECK(ParsePaths("PATHS FROM scp-2025 TO n17").from.text == "scp-2025");
  CHECK(ParsePaths("PATHS FROM scp-2025 TO n17").to.text == "n17");
  CHECK(ParsePaths("PATHS FROM ex:digitalisation TO v1.2").from.text == "ex:digitalisation");
  CHECK(ParsePaths("PATHS FROM v1.2 TO x").from.text == "v1.2");
  CHECK(ParsePaths("PATHS FROM eenzaamheid TO één").to.text == "één");
  CHECK(ParsePaths("PATHS FROM 2025-report TO x").from.text == "2025-report");
}

TEST_CASE("a keyword is a name only when quoted", "[grammar]") {
  CHECK(ErrorMessage("EFFECTS OF source") == "expected a node name or a quoted label");
  ast::Paths paths = ParsePaths("PATHS FROM 'source' TO \"limit\"");
  CHECK(paths.from.text == "source");
  CHECK(paths.from.quoted);
  CHECK(paths.to.text == "limit");
}

TEST_CASE("quoted names take either quote, backslash escapes and doubled quotes", "[grammar]") {
  CHECK(ParsePaths("PATHS FROM 'social cohesion' TO b").from.text == "social cohesion");
  CHECK(ParsePaths("PATHS FROM \"sociale samenhang\" TO b").from.text == "sociale samenhang");
  CHECK(ParsePaths(R"(PATHS FROM 'it\'s' TO b)").from.text == "it's");
  CHECK(ParsePaths("PATHS FROM 'it''s' TO b").from.text == "it's");
  CHECK(ParsePaths(R"(PATHS FROM "say \"hi\"" TO b)").from.text == "say \"hi\"");
  CHECK(ParsePaths(R"(PATHS FROM "say ""hi""" TO b)").from.text == "say \"hi\"");
  CHECK(ParsePaths(R"(PATHS FROM 'a\\b' TO b)").from.text == "a\\b");
  CHECK(ParsePaths(R"(PATHS FROM 'line\nbreak\ttab' TO b)").from.text == "line\nbreak\ttab");
  CHECK(ParsePaths(R"(PATHS FROM "it's" TO b)").from.text == "it's");
  CHECK(ParsePaths(R"(PATHS FROM 'C:\data' TO b)").from.text == "C:\\data");
  CHECK(ParsePaths("PATHS FROM '-- not a comment' TO b").from.text == "-- not a comment");
}

TEST_CASE("comments run from -- or # to the end of the line", "[grammar]") {
  ast::Paths paths = ParsePaths(
      "-- effects of going online\n"
      "PATHS # from here\n"
      "  FROM digitalisation -- the cause\n"
      "  TO social_cohesion-- the effect\n"
      "  DEPTH 3 # enough\n");
  CHECK(paths.from.text == "digitalisation");
  CHECK(paths.to.text == "social_cohesion");
  CHECK(paths.options.depth == 3);
  CHECK(ParseAll("-- nothing but a comment").empty());
  CHECK(ParseAll("# nothing\n# at all\n").empty());
}

TEST_CASE("statements are separated by semicolons and empty statements are skipped", "[grammar]") {
  std::vector<ast::Statement> statements =
      ParseAll("PATHS FROM a TO b; EFFECTS OF a;; -- done with a\n ; LOOPS;");
  REQUIRE(statements.size() == 3);
  CHECK(std::holds_alternative<ast::Paths>(statements[0].body));
  CHECK(std::holds_alternative<ast::Reach>(statements[1].body));
  CHECK(std::holds_alternative<ast::Loops>(statements[2].body));
  CHECK(ParseAll("LOOPS").size() == 1);
  CHECK(ParseAll("").empty());
  CHECK(ParseAll("  ;;  ").empty());
  CHECK(ParseAll("PATHS FROM a TO b;\nPATHS FROM b TO c\n").size() == 2);
}

TEST_CASE("statements record their offset and length without the semicolon", "[grammar]") {
  std::string_view text = "  PATHS FROM a TO b  ;\n-- next\nEFFECTS OF x DEPTH 2 -- tail\n";
  std::vector<ast::Statement> statements = ParseAll(text);
  REQUIRE(statements.size() == 2);
  CHECK(statements[0].offset == 2);
  CHECK(text.substr(statements[0].offset, statements[0].length) == "PATHS FROM a TO b");
  CHECK(statements[1].offset == text.find("EFFECTS"));
  CHECK(text.substr(statements[1].offset, statements[1].length) == "EFFECTS OF x DEPTH 2");
}

TEST_CASE("names and variables record the byte offset where they start", "[grammar]") {
  std::string_view text = "WHY x y;\nPATHS FROM 'élan vital' TO ü VIA amplifies, \"weakens\"";
  std::vector<ast::Statement> statements = ParseAll(text);
  REQUIRE(statements.size() == 2);
  auto const& paths = std::get<ast::Paths>(statements[1].body);
  CHECK(paths.from.offset == text.find("'élan"));
  CHECK(paths.to.offset == text.find("ü"));
  REQUIRE(paths.options.via.size() == 2);
  CHECK(paths.options.via[0].offset == text.find("amplifies"));
  CHECK(paths.options.via[1].offset == text.find("\"weakens\""));

  std::string_view match_text = "MATCH ?a amplifies ?b WHERE sign(?r) = '-' RETURN ?b";
  auto match = std::get<ast::Match>(ParseAll(match_text)[0].body);
  CHECK(std::get<ast::Variable>(match.patterns[0].subject).offset == 6);
  CHECK(std::get<ast::Name>(match.patterns[0].relation).offset == 9);
  CHECK(std::get<ast::Variable>(match.patterns[0].object).offset == 19);
  CHECK(std::get<ast::SignOf>(match.where[0].left).variable.offset == match_text.find("?r"));
  CHECK(std::get<ast::Name>(match.where[0].right).offset == match_text.find("'-'"));
  CHECK(match.returns[0].offset == match_text.rfind("?b"));
}
