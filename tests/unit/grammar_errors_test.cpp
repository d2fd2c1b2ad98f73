// What a user sees when a statement does not parse: the sentence, the line
// and column (UTF-8 characters), the caret, and a hint.
#include <catch2/catch.hpp>
#include <string>

#include "grammar/parse.hpp"
#include "grammar/source_position.hpp"

namespace {

using namespace causalkg;

grammar::Diagnostic ErrorOf(std::string_view text) {
  grammar::ParseResult result = grammar::Parse(text);
  INFO("parsing: " << text);
  REQUIRE(result.error.has_value());
  CHECK(grammar::Locate(text, result.error->offset).line == result.error->line);
  CHECK(grammar::Locate(text, result.error->offset).column == result.error->column);
  return *result.error;
}

constexpr std::string_view kExpectedStatement =
    "expected a statement (MATCH, PATHS, EFFECTS, CAUSES, SHORTEST, LOOPS, LEVERS, BLINDSPOTS, "
    "CONTRADICTIONS, WHY, ADD, REMOVE, LOAD, RENAME, MERGE)";

}  // namespace

TEST_CASE("a missing TO points at the word after the source node", "[grammar]") {
  std::string_view text = "PATHS FROM digitalisation social_cohesion";
  grammar::Diagnostic error = ErrorOf(text);
  CHECK(error.message == "expected TO after PATHS FROM <node>");
  CHECK(error.line == 1);
  CHECK(error.column == 27);
  CHECK(error.offset == 26);
  CHECK(grammar::RenderCaret(text, error.offset) ==
        "PATHS FROM digitalisation social_cohesion\n"
        "                          ^");

  grammar::Diagnostic spaces = ErrorOf("SHORTEST FROM social cohesion TO b");
  CHECK(spaces.message == "expected TO after SHORTEST FROM <node>");
  CHECK(spaces.column == 22);
  CHECK(spaces.hint ==
        "write TO before the target node, or quote labels that contain spaces: "
        "'social cohesion'");
}

TEST_CASE("an unknown statement keyword lists the statements", "[grammar]") {
  grammar::Diagnostic error = ErrorOf("PATH FROM a TO b");
  CHECK(error.message == kExpectedStatement);
  CHECK(error.line == 1);
  CHECK(error.column == 1);
  CHECK(error.hint == "did you mean PATHS?");
  CHECK(ErrorOf("effect of a").hint == "did you mean EFFECTS?");
  CHECK(ErrorOf("SELECT * FROM claims").hint.empty());
  CHECK(ErrorOf("EXPLAIN 42").column == 9);
}

TEST_CASE("an unterminated quote points at the opening quote", "[grammar]") {
  grammar::Diagnostic name = ErrorOf("EFFECTS OF 'social cohesion DEPTH 2");
  CHECK(name.message == "unterminated quoted name");
  CHECK(name.column == 12);
  CHECK(name.hint == "close it with the same quote; inside, write \\' or '' for a quote");

  grammar::Diagnostic escaped = ErrorOf(R"(PATHS FROM "a\" TO b)");
  CHECK(escaped.message == "unterminated quoted name");
  CHECK(escaped.column == 12);

  grammar::Diagnostic file = ErrorOf("LOAD 'claims.json");
  CHECK(file.message == "unterminated quoted string");
  CHECK(file.column == 6);
}

TEST_CASE("text after a complete statement is reported where it starts", "[grammar]") {
  std::string_view text = "PATHS FROM a TO b DEPTHH 3";
  grammar::Diagnostic error = ErrorOf(text);
  CHECK(error.message == "expected ';' or the end of the statement");
  CHECK(error.column == 19);
  CHECK(error.hint == "did you mean DEPTH?");
  CHECK(grammar::RenderCaret(text, error.offset) ==
        "PATHS FROM a TO b DEPTHH 3\n"
        "                  ^");

  CHECK(ErrorOf("LOOPS 7").hint == "keywords: DEPTH, VIA, SIGN, WHERE, MIN, ORDER, LIMIT, AS, TO");
  CHECK(ErrorOf("ADD a r b CONFIDENCE 0.5 WEIGHT 3").hint ==
        "keywords: QUOTE, SOURCE, CONFIDENCE, MODALITY, AS, TO");
  CHECK(ErrorOf("EFFECTS OF social cohesion").hint ==
        "quote labels that contain spaces: 'social cohesion'");
  CHECK(ErrorOf("MATCH ?a amplifies ?b ?b weakens ?c").hint == "separate triple patterns with ','");
  CHECK(ErrorOf("MATCH ?a amplifies ?b RETURN ?a ?b").hint == "separate RETURN columns with ','");
  CHECK(ErrorOf("MATCH ?a amplifies ?b LIMIT 3 RETURN ?a").hint ==
        "the clauses of MATCH come in this order: WHERE, RETURN, ORDER BY, LIMIT");
  CHECK(ErrorOf("PATHS FROM a TO b AS JSON DEPTH 3").hint == "AS and TO come last in a statement");
}

TEST_CASE("a missing name points just past the last word, even before a newline", "[grammar]") {
  grammar::Diagnostic error = ErrorOf("EFFECTS OF");
  CHECK(error.message == "expected a node name or a quoted label");
  CHECK(error.column == 11);

  std::string_view text = "PATHS FROM   -- to be continued\n";
  grammar::Diagnostic at_end = ErrorOf(text);
  CHECK(at_end.message == "expected a node name or a quoted label");
  CHECK(at_end.line == 1);
  CHECK(at_end.column == 11);
  CHECK(grammar::RenderCaret(text, at_end.offset) ==
        "PATHS FROM   -- to be continued\n"
        "          ^");

  CHECK(ErrorOf("ADD a amplifies").message == "expected the object: a node name or a quoted label");
  CHECK(ErrorOf("MATCH ?a amplifies").message ==
        "expected the object of the pattern: a name or a variable");
}

TEST_CASE("an error on line 2 reports line 2 and keeps the statement before it", "[grammar]") {
  std::string_view text = "PATHS FROM a TO b;\n\tEFFECTS digitalisation DEPTH 2;\nLOOPS";
  grammar::ParseResult result = grammar::Parse(text);
  REQUIRE(result.error.has_value());
  CHECK(result.error->message == "expected OF after EFFECTS");
  CHECK(result.error->line == 2);
  CHECK(result.error->column == 10);
  CHECK(result.error->hint == "usage: EFFECTS OF <node>");
  CHECK(grammar::RenderCaret(text, result.error->offset) ==
        "\tEFFECTS digitalisation DEPTH 2;\n"
        "\t        ^");
  REQUIRE(result.statements.size() == 1);
  CHECK(std::holds_alternative<ast::Paths>(result.statements[0].body));
}

TEST_CASE("DEPTH outside 1..12 and LIMIT below 1 are errors at the number", "[grammar]") {
  grammar::Diagnostic deep = ErrorOf("PATHS FROM a TO b DEPTH 13");
  CHECK(deep.message == "DEPTH must be between 1 and 12");
  CHECK(deep.column == 25);
  CHECK(ErrorOf("EFFECTS OF a DEPTH 0").message == "DEPTH must be between 1 and 12");
  CHECK(ErrorOf("EFFECTS OF a DEPTH -2").message == "DEPTH must be between 1 and 12");
  grammar::Diagnostic limit = ErrorOf("LOOPS LIMIT 0");
  CHECK(limit.message == "LIMIT must be at least 1");
  CHECK(limit.column == 13);
  CHECK(ErrorOf("MATCH ?a r ?b LIMIT 0").message == "LIMIT must be at least 1");
  CHECK(ErrorOf("LOOPS LIMIT 99999999999999999999999").message == "number too large");
  CHECK(ErrorOf("ADD a r b CONFIDENCE 1.5").message == "CONFIDENCE must be between 0 and 1");
  CHECK(ErrorOf("EFFECTS OF a DEPTH three").message ==
        "expected a number from 1 to 12 after DEPTH");
  CHECK(ErrorOf("EFFECTS OF a DEPTH 3x").message == "expected a number from 1 to 12 after DEPTH");
}

TEST_CASE("an option given twice is an error at its second keyword", "[grammar]") {
  grammar::Diagnostic error = ErrorOf("LOOPS DEPTH 3 LIMIT 5 DEPTH 2");
  CHECK(error.message == "DEPTH is given twice");
  CHECK(error.column == 23);
  CHECK(error.hint == "give each option at most once");
  CHECK(ErrorOf("ADD a r b SOURCE x QUOTE 'q' source y").message == "SOURCE is given twice");
}

TEST_CASE("a keyword where a name belongs suggests quoting it", "[grammar]") {
  grammar::Diagnostic error = ErrorOf("LEVERS FOR source");
  CHECK(error.message == "expected a node name or a quoted label");
  CHECK(error.column == 12);
  CHECK(error.hint == "SOURCE is a keyword; quote it to use it as a name: 'source'");
}

TEST_CASE("other expectations read as sentences", "[grammar]") {
  CHECK(ErrorOf("PATHS a TO b").message == "expected FROM after PATHS");
  CHECK(ErrorOf("COUNT ?a r ?b").message == "expected MATCH or LOOPS after COUNT");
  CHECK(ErrorOf("MATCH ?a r ?b WHERE").message ==
        "expected a comparison such as ?a = digitalisation or sign(?r) = '-'");
  CHECK(ErrorOf("MATCH ?a r ?b WHERE ?a ?b").message ==
        "expected =, !=, <, <=, >, >=, IN or NOT IN in the comparison");
  CHECK(ErrorOf("MATCH ?a r ?b ORDER ?a").message == "expected BY after ORDER");
  CHECK(ErrorOf("MATCH ?a r ?b RETURN a").message == "expected a variable such as ?a");
  CHECK(ErrorOf("PATHS FROM a TO b SIGN 1").message == "expected +, - or ? after SIGN");
  CHECK(ErrorOf("PATHS FROM a TO b VIA").message == "expected a relation name after VIA");
  CHECK(ErrorOf("PATHS FROM a TO b AS XML").message == "expected TABLE, JSON or DOT after AS");
  CHECK(ErrorOf("LOOPS TO out.json").message == "expected a quoted file name after TO");
  CHECK(ErrorOf("LOAD claims.json").message == "expected a quoted file name after LOAD");
  CHECK(ErrorOf("MATCH ?a r ?b WHERE sign ?r = '-'").message == "expected '(' after sign");
}

TEST_CASE("columns count UTF-8 characters, not bytes", "[grammar]") {
  grammar::Diagnostic error = ErrorOf("PATHS FROM één TO ü DEPTHH 2");
  CHECK(error.column == 21);
  CHECK(error.offset == 23);
}

TEST_CASE("NeedsMoreInput is true while a statement is unfinished", "[grammar]") {
  for (std::string_view text :
       {"PATHS", "PATHS FROM a", "PATHS FROM a TO", "PATHS FROM a TO b DEPTH", "MATCH ?a amplifies",
        "EFFECTS OF 'social", "ADD a r b QUOTE 'first line\nsecond",
        "PATHS FROM a TO b;\nEFFECTS OF", "EXPLAIN", "PATHS FROM a -- more to come\n"}) {
    INFO(text);
    CHECK(grammar::NeedsMoreInput(text));
  }
}

TEST_CASE("NeedsMoreInput is false for complete, empty or wrong input", "[grammar]") {
  for (std::string_view text : {"", "  ", "-- just a comment", "PATHS FROM a TO b",
                                "PATHS FROM a TO b;", "LOOPS", "WHY a b", "FOO", "PATHS FROM a b",
                                "PATHS FROM a TO b DEPTH 13", "PATHS FROM a TO b DEPTHH"}) {
    INFO(text);
    CHECK_FALSE(grammar::NeedsMoreInput(text));
  }
}

TEST_CASE("Locate and RenderCaret find lines and UTF-8 columns", "[grammar]") {
  std::string_view text = "first line\r\nsé\tcond line\nthird";
  grammar::LineColumn start = grammar::Locate(text, 0);
  CHECK(start.line == 1);
  CHECK(start.column == 1);
  std::size_t cond = text.find("cond");
  CHECK(grammar::Locate(text, cond).line == 2);
  CHECK(grammar::Locate(text, cond).column == 4);
  CHECK(grammar::RenderCaret(text, cond) == "sé\tcond line\n  \t^");
  CHECK(grammar::RenderCaret(text, 6) == "first line\n      ^");
  grammar::LineColumn end = grammar::Locate(text, 1000);
  CHECK(end.line == 3);
  CHECK(end.column == 6);
  CHECK(grammar::RenderCaret(text, text.size()) == "third\n     ^");
}
