// `causes` is a built-in relation and the keyword of CAUSES OF: bare, it is
// the relation where a relation goes (the middle of a triple pattern, ADD,
// REMOVE, WHY's second name, VIA) and the keyword everywhere else, so that
// `MATCH ?a causes ?b` and `CAUSES OF x` are told apart by position.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "engine/model/vocabulary.hpp"
#include "grammar/keywords.hpp"
#include "grammar/parse.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using nlohmann::json;

std::string Lower(std::string_view word) {
  std::string lower(word);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower;
}

ast::Statement ParseOne(const std::string& text) {
  grammar::ParseResult parsed = grammar::Parse(text);
  INFO(text);
  REQUIRE_FALSE(parsed.error.has_value());
  REQUIRE(parsed.statements.size() == 1);
  return parsed.statements[0];
}

// The bare name of the relation position of each statement that has one.
std::vector<ast::Name> RelationNames(const std::string& word) {
  std::vector<ast::Name> names;
  // The statements are kept by value: a reference into a temporary would dangle.
  const ast::Statement first = ParseOne("MATCH ?a " + word + " ?b");
  const auto& match = std::get<ast::Match>(first.body);
  names.push_back(std::get<ast::Name>(match.patterns.at(0).relation));
  const ast::Statement joined = ParseOne("MATCH ?a ?r ?b, ?b " + word + " ?a");
  const auto& second = std::get<ast::Match>(joined.body);
  names.push_back(std::get<ast::Name>(second.patterns.at(1).relation));
  names.push_back(std::get<ast::Add>(ParseOne("ADD x " + word + " y QUOTE 'q'").body).relation);
  names.push_back(std::get<ast::Remove>(ParseOne("REMOVE x " + word + " y").body).relation);
  names.push_back(std::get<ast::Why>(ParseOne("WHY x " + word + " y").body).second);
  const ast::Statement via = ParseOne("PATHS FROM x TO y VIA increases, " + word);
  names.push_back(std::get<ast::Paths>(via.body).options.via.at(1));
  names.push_back(
      std::get<ast::Reach>(ParseOne("EFFECTS OF x VIA " + word).body).options.via.at(0));
  return names;
}

TEST_CASE("a keyword that is a built-in relation is that relation where a relation goes",
          "[keywords][builtins]") {
  for (std::string_view keyword : grammar::kRelationKeywords) {
    // The grammar's list names relations causalkg knows.
    CHECK(FindBuiltin(Lower(keyword)) != nullptr);
    for (const std::string& spelled : {std::string(keyword), Lower(keyword)}) {
      INFO(spelled);
      CHECK(grammar::IsKeyword(spelled));
      CHECK(grammar::IsRelationKeyword(spelled));
      for (const ast::Name& name : RelationNames(spelled)) {
        CHECK(name.text == spelled);
        CHECK_FALSE(name.quoted);
      }
    }
  }
  // Other keywords are not relations anywhere.
  CHECK_FALSE(grammar::IsRelationKeyword("SOURCE"));
  CHECK(grammar::Parse("MATCH ?a source ?b").error.has_value());
  CHECK(grammar::Parse("ADD x limit y").error.has_value());
}

TEST_CASE("CAUSES OF stays the statement, and causes is refused where a node goes",
          "[keywords][builtins]") {
  const auto reach = std::get<ast::Reach>(ParseOne("CAUSES OF social_cohesion DEPTH 2").body);
  CHECK(reach.direction == ast::Direction::kUpstream);
  CHECK(reach.node.text == "social_cohesion");

  // A relation named causes, then the statement, one after the other.
  grammar::ParseResult two = grammar::Parse("MATCH ?a causes ?b;\ncauses of x;");
  REQUIRE_FALSE(two.error.has_value());
  REQUIRE(two.statements.size() == 2);
  CHECK(std::holds_alternative<ast::Match>(two.statements[0].body));
  CHECK(std::holds_alternative<ast::Reach>(two.statements[1].body));

  for (const std::string text :
       {"MATCH causes ?r ?b", "MATCH ?a ?r causes", "PATHS FROM causes TO x", "ADD causes x y",
        "ADD x y causes", "REMOVE x y causes", "WHY causes x", "LOOPS THROUGH causes"}) {
    INFO(text);
    grammar::ParseResult refused = grammar::Parse(text);
    REQUIRE(refused.error.has_value());
    CHECK(refused.error->offset == text.find("causes"));
    CHECK(refused.error->hint == "CAUSES is a keyword; quote it to use it as a name: 'causes'");
  }
}

TEST_CASE("causes is written as a bare relation through the binary", "[keywords][builtins][cli]") {
  testing::TempDir dir;
  const std::string db = dir.File("db");
  auto query = [&](const std::string& statement) {
    return testing::RunCausalkg({"--db", db, "--empty", "query", statement, "--format", "json"});
  };
  // No claim uses causes yet: it is known, and nothing has it.
  const auto none = query("MATCH ?a causes ?b");
  REQUIRE(none.exit_code == 0);
  CHECK(json::parse(none.out)["rows"].empty());

  REQUIRE(query("ADD smoking causes cancer").exit_code == 0);
  const auto rows = query("MATCH ?a causes ?b");
  REQUIRE(rows.exit_code == 0);
  CHECK(json::parse(rows.out)["rows"] == json::parse(R"([["smoking", "cancer"]])"));

  const auto causes = query("CAUSES OF cancer");
  REQUIRE(causes.exit_code == 0);
  const json reached = json::parse(causes.out)["nodes"];
  REQUIRE(reached.size() == 1);
  CHECK(reached[0]["id"] == "smoking");
  CHECK(reached[0]["signs"] == json::parse(R"(["+"])"));

  CHECK(query("WHY smoking causes cancer").exit_code == 0);
  CHECK(query("PATHS FROM smoking TO cancer VIA causes").out.find("\"sign\": \"+\"") !=
        std::string::npos);
  CHECK(query("REMOVE smoking causes cancer").exit_code == 0);
  CHECK(json::parse(query("MATCH ?a causes ?b").out)["rows"].empty());
}

}  // namespace
}  // namespace causalkg
