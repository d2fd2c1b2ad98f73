// CONTRADICTIONS in the grammar: its two forms, their options, the errors a
// user sees when one is written wrong, and what completion offers.
#include <catch2/catch.hpp>

#include "cli/shell/completion.hpp"
#include "grammar/parse.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

ast::Contradictions Parsed(std::string_view text) {
  grammar::ParseResult result = grammar::Parse(text);
  INFO(text << (result.error ? " -> " + result.error->message : ""));
  REQUIRE_FALSE(result.error.has_value());
  REQUIRE(result.statements.size() == 1);
  REQUIRE(std::holds_alternative<ast::Contradictions>(result.statements[0].body));
  return std::get<ast::Contradictions>(result.statements[0].body);
}

grammar::Diagnostic ErrorOf(std::string_view text) {
  grammar::ParseResult result = grammar::Parse(text);
  INFO(text);
  REQUIRE(result.error.has_value());
  return *result.error;
}

TEST_CASE("CONTRADICTIONS parses in its two forms, with their options in any order",
          "[grammar][contradictions]") {
  const ast::Contradictions all = Parsed("CONTRADICTIONS");
  CHECK_FALSE(all.chains);
  CHECK_FALSE(all.focus);
  CHECK_FALSE(all.from);
  CHECK(all.options.via.empty());
  CHECK_FALSE(all.options.limit);

  const ast::Contradictions about =
      Parsed("contradictions for 'sociale samenhang' LIMIT 5 VIA weakens, erodes");
  REQUIRE(about.focus);
  CHECK(about.focus->text == "sociale samenhang");
  CHECK(about.focus->quoted);
  CHECK(about.focus->offset == 19);
  CHECK(about.options.limit == 5u);
  REQUIRE(about.options.via.size() == 2);
  CHECK(about.options.via[1].text == "erodes");

  const ast::Contradictions chains =
      Parsed("CONTRADICTIONS CHAINS FROM digitalisation TO social_cohesion DEPTH 3 LIMIT 2");
  CHECK(chains.chains);
  REQUIRE(chains.from);
  REQUIRE(chains.to);
  CHECK(chains.from->text == "digitalisation");
  CHECK(chains.to->text == "social_cohesion");
  CHECK(chains.options.depth == 3);
  CHECK(chains.options.limit == 2u);
  CHECK_FALSE(chains.focus);

  // With EXPLAIN, and an output.
  grammar::ParseResult explained =
      grammar::Parse("EXPLAIN CONTRADICTIONS FOR x AS JSON TO 'out.json'");
  REQUIRE_FALSE(explained.error);
  CHECK(explained.statements[0].mode == ast::Mode::kExplain);
  CHECK(explained.statements[0].output.format == ast::Format::kJson);
}

TEST_CASE("CONTRADICTIONS written wrong says where and how to write it",
          "[grammar][contradictions]") {
  grammar::Diagnostic no_from = ErrorOf("CONTRADICTIONS CHAINS digitalisation TO b");
  CHECK(no_from.message == "expected FROM after CONTRADICTIONS CHAINS");
  CHECK(no_from.hint == "usage: CONTRADICTIONS CHAINS FROM <node> TO <node>");
  CHECK(no_from.column == 23);

  grammar::Diagnostic no_to = ErrorOf("CONTRADICTIONS CHAINS FROM social cohesion TO b");
  CHECK(no_to.message == "expected TO after CONTRADICTIONS CHAINS FROM <node>");
  CHECK(no_to.hint ==
        "write TO before the target node, or quote labels that contain spaces: 'social "
        "cohesion'");

  grammar::Diagnostic no_node = ErrorOf("CONTRADICTIONS FOR");
  CHECK(no_node.message == "expected a node name or a quoted label");

  // No SIGN: the pairs are of opposite signs. No DEPTH for claims.
  CHECK(ErrorOf("CONTRADICTIONS SIGN -").hint == "keywords: VIA, LIMIT, AS, TO");
  CHECK(ErrorOf("CONTRADICTIONS FOR x DEPTH 2").hint == "keywords: VIA, LIMIT, AS, TO");
  CHECK(ErrorOf("CONTRADICTIONS CHAINS FROM a TO b SIGN +").hint ==
        "keywords: DEPTH, VIA, WHERE, MIN, ORDER, LIMIT, AS, TO");
  CHECK(ErrorOf("CONTRADICTIONS LIMIT 1 LIMIT 2").message == "LIMIT is given twice");
  CHECK(ErrorOf("CONTRADICTIONS LIMIT 0").message == "LIMIT must be at least 1");
  CHECK(ErrorOf("CONTRADICTIONZ").hint == "did you mean CONTRADICTIONS?");
}

TEST_CASE("completion offers what may follow CONTRADICTIONS", "[grammar][contradictions]") {
  testing::ScratchStore db;
  testing::MustLoad(*db.store, R"({"claims":[
      {"subject":"digitalisation","relation":"weakens","object":"social_cohesion"}]})");
  cli::Completions completions(*db.store, {".help"});
  const std::vector<std::string> after = completions.For("", false, "CONTRADICTIONS ");
  for (const char* word : {"CHAINS", "FOR", "VIA", "LIMIT", "AS", "TO"}) {
    INFO(word);
    CHECK(std::find(after.begin(), after.end(), word) != after.end());
  }
  CHECK(completions.For("", false, "CONTRADICTIONS CHAINS ") == std::vector<std::string>{"FROM"});
  CHECK(completions.For("dig", false, "CONTRADICTIONS FOR ") ==
        std::vector<std::string>{"digitalisation"});
}

}  // namespace
}  // namespace causalkg
