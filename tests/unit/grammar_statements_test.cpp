// Every statement form of the query language parses into the AST the engine
// expects.
#include <catch2/catch.hpp>
#include <string>
#include <variant>

#include "grammar/parse.hpp"

namespace {

using namespace causalkg;

ast::Statement ParseOne(std::string_view text) {
  grammar::ParseResult result = grammar::Parse(text);
  INFO("parsing: " << text << (result.error ? " -> " + result.error->message : ""));
  REQUIRE_FALSE(result.error.has_value());
  REQUIRE(result.statements.size() == 1);
  return result.statements.front();
}

template <typename T>
T BodyOf(ast::Statement const& statement) {
  REQUIRE(std::holds_alternative<T>(statement.body));
  return std::get<T>(statement.body);
}

// "?x" for a variable, "x" for a name, "'x'" for a quoted name.
std::string Show(ast::Term const& term) {
  if (auto const* variable = std::get_if<ast::Variable>(&term)) return "?" + variable->name;
  auto const& name = std::get<ast::Name>(term);
  return name.quoted ? "'" + name.text + "'" : name.text;
}

std::string Show(ast::Operand const& operand) {
  if (auto const* sign_of = std::get_if<ast::SignOf>(&operand)) {
    return "sign(?" + sign_of->variable.name + ")";
  }
  if (auto const* variable = std::get_if<ast::Variable>(&operand)) return "?" + variable->name;
  auto const& name = std::get<ast::Name>(operand);
  return name.quoted ? "'" + name.text + "'" : name.text;
}

}  // namespace

TEST_CASE("MATCH reads comma-separated triple patterns and RETURN columns", "[grammar]") {
  auto match = BodyOf<ast::Match>(
      ParseOne("MATCH ?a amplifies ?b, ?b weakens social_cohesion RETURN ?a, ?b"));
  CHECK_FALSE(match.count);
  REQUIRE(match.patterns.size() == 2);
  CHECK(Show(match.patterns[0].subject) == "?a");
  CHECK(Show(match.patterns[0].relation) == "amplifies");
  CHECK(Show(match.patterns[0].object) == "?b");
  CHECK(Show(match.patterns[1].subject) == "?b");
  CHECK(Show(match.patterns[1].relation) == "weakens");
  CHECK(Show(match.patterns[1].object) == "social_cohesion");
  REQUIRE(match.returns.size() == 2);
  CHECK(match.returns[0].name == "a");
  CHECK(match.returns[1].name == "b");
  CHECK(match.where.empty());
  CHECK(match.order_by.empty());
  CHECK_FALSE(match.limit.has_value());
}

TEST_CASE("MATCH reads WHERE comparisons of variables, names and sign(?r)", "[grammar]") {
  auto match = BodyOf<ast::Match>(
      ParseOne("MATCH ?s ?r ?o WHERE sign(?r) = '-' AND ?s != ?o AND ?o = social_cohesion "
               "AND sign(?r) != +"));
  REQUIRE(match.patterns.size() == 1);
  CHECK(Show(match.patterns[0].relation) == "?r");
  REQUIRE(match.where.size() == 4);
  CHECK(Show(match.where[0].left) == "sign(?r)");
  CHECK(match.where[0].op == ast::CompareOp::kEqual);
  CHECK(Show(match.where[0].right) == "'-'");
  CHECK(Show(match.where[1].left) == "?s");
  CHECK(match.where[1].op == ast::CompareOp::kNotEqual);
  CHECK(Show(match.where[1].right) == "?o");
  CHECK(Show(match.where[2].right) == "social_cohesion");
  CHECK(Show(match.where[3].right) == "+");
}

TEST_CASE("MATCH reads ORDER BY keys with ASC or DESC and a LIMIT", "[grammar]") {
  auto match = BodyOf<ast::Match>(ParseOne(
      "MATCH ?lever is_a lever, ?lever addresses ?target ORDER BY ?lever DESC, ?target ASC, ?x "
      "LIMIT 20"));
  REQUIRE(match.order_by.size() == 3);
  CHECK(match.order_by[0].variable.name == "lever");
  CHECK(match.order_by[0].descending);
  CHECK(match.order_by[1].variable.name == "target");
  CHECK_FALSE(match.order_by[1].descending);
  CHECK_FALSE(match.order_by[2].descending);
  CHECK(match.limit == 20u);
}

TEST_CASE("COUNT MATCH is a MATCH that counts", "[grammar]") {
  auto match = BodyOf<ast::Match>(ParseOne("COUNT MATCH ?s ?r ?o"));
  CHECK(match.count);
  REQUIRE(match.patterns.size() == 1);
  CHECK(Show(match.patterns[0].object) == "?o");
}

TEST_CASE("PATHS takes DEPTH, VIA, SIGN and LIMIT in any order", "[grammar]") {
  auto paths = BodyOf<ast::Paths>(ParseOne(
      "PATHS FROM digitalisation TO social_cohesion LIMIT 50 SIGN - VIA amplifies, weakens "
      "DEPTH 6"));
  CHECK(paths.from.text == "digitalisation");
  CHECK(paths.to.text == "social_cohesion");
  CHECK(paths.options.depth == 6);
  REQUIRE(paths.options.via.size() == 2);
  CHECK(paths.options.via[0].text == "amplifies");
  CHECK(paths.options.via[1].text == "weakens");
  CHECK(paths.options.sign == ast::Sign::kNegative);
  CHECK(paths.options.limit == 50u);
}

TEST_CASE("chain options left out stay unset for the engine's defaults", "[grammar]") {
  auto paths = BodyOf<ast::Paths>(ParseOne("PATHS FROM a TO b"));
  CHECK_FALSE(paths.options.depth.has_value());
  CHECK(paths.options.via.empty());
  CHECK_FALSE(paths.options.sign.has_value());
  CHECK_FALSE(paths.options.limit.has_value());
  CHECK(BodyOf<ast::Paths>(ParseOne("PATHS FROM a TO b SIGN +")).options.sign ==
        ast::Sign::kPositive);
}

TEST_CASE("SHORTEST FROM a TO b reads its nodes and VIA", "[grammar]") {
  auto shortest = BodyOf<ast::Shortest>(
      ParseOne("SHORTEST FROM digitalisation TO 'social cohesion' VIA amplifies"));
  CHECK(shortest.from.text == "digitalisation");
  CHECK(shortest.to.text == "social cohesion");
  CHECK(shortest.to.quoted);
  REQUIRE(shortest.options.via.size() == 1);
  CHECK(shortest.options.via[0].text == "amplifies");
}

TEST_CASE("EFFECTS OF reaches downstream and CAUSES OF upstream", "[grammar]") {
  auto effects = BodyOf<ast::Reach>(ParseOne("EFFECTS OF digitalisation DEPTH 2"));
  CHECK(effects.direction == ast::Direction::kDownstream);
  CHECK(effects.node.text == "digitalisation");
  CHECK(effects.options.depth == 2);
  auto causes = BodyOf<ast::Reach>(ParseOne("CAUSES OF social_cohesion VIA weakens"));
  CHECK(causes.direction == ast::Direction::kUpstream);
  CHECK(causes.node.text == "social_cohesion");
  REQUIRE(causes.options.via.size() == 1);
}

TEST_CASE("LOOPS reads an optional THROUGH node and its options", "[grammar]") {
  auto all = BodyOf<ast::Loops>(ParseOne("LOOPS"));
  CHECK_FALSE(all.through.has_value());
  auto through = BodyOf<ast::Loops>(ParseOne("LOOPS THROUGH individualisation DEPTH 5 LIMIT 10"));
  REQUIRE(through.through.has_value());
  CHECK(through.through->text == "individualisation");
  CHECK(through.options.depth == 5);
  CHECK(through.options.limit == 10u);
}

TEST_CASE("LEVERS FOR and BLINDSPOTS FOR read their target", "[grammar]") {
  auto levers = BodyOf<ast::Levers>(ParseOne("LEVERS FOR social_cohesion DEPTH 3"));
  CHECK(levers.target.text == "social_cohesion");
  CHECK(levers.options.depth == 3);
  auto blindspots = BodyOf<ast::Blindspots>(ParseOne("BLINDSPOTS FOR \"sociale samenhang\""));
  CHECK(blindspots.target.text == "sociale samenhang");
  CHECK(blindspots.target.quoted);
}

TEST_CASE("WHY reads a claim or a pair of nodes", "[grammar]") {
  auto claim = BodyOf<ast::Why>(ParseOne("WHY digitalisation amplifies individualisation"));
  CHECK(claim.first.text == "digitalisation");
  CHECK(claim.second.text == "amplifies");
  REQUIRE(claim.third.has_value());
  CHECK(claim.third->text == "individualisation");
  auto chain = BodyOf<ast::Why>(ParseOne("WHY digitalisation social_cohesion AS JSON"));
  CHECK(chain.first.text == "digitalisation");
  CHECK(chain.second.text == "social_cohesion");
  CHECK_FALSE(chain.third.has_value());
}

TEST_CASE("ADD reads a claim and its options in any order", "[grammar]") {
  auto add = BodyOf<ast::Add>(
      ParseOne("ADD digitalisation amplifies loneliness CONFIDENCE 0.6 MODALITY 'may' "
               "SOURCE scp-2025 QUOTE 'Digital contact can replace meeting in person.'"));
  CHECK(add.subject.text == "digitalisation");
  CHECK(add.relation.text == "amplifies");
  CHECK(add.object.text == "loneliness");
  CHECK(add.quote == "Digital contact can replace meeting in person.");
  CHECK(add.source == "scp-2025");
  REQUIRE(add.confidence.has_value());
  CHECK(*add.confidence == Approx(0.6));
  CHECK(add.modality == "may");

  auto bare = BodyOf<ast::Add>(ParseOne("ADD a amplifies b"));
  CHECK_FALSE(bare.quote.has_value());
  CHECK_FALSE(bare.source.has_value());
  CHECK_FALSE(bare.confidence.has_value());
  CHECK_FALSE(bare.modality.has_value());
  CHECK(BodyOf<ast::Add>(ParseOne("ADD a r b CONFIDENCE 1")).confidence.value() == Approx(1.0));
  CHECK(BodyOf<ast::Add>(ParseOne("ADD a r b CONFIDENCE 0")).confidence.value() == Approx(0.0));
  CHECK(BodyOf<ast::Add>(ParseOne("ADD a r b SOURCE 'SCP 2025'")).source == "SCP 2025");
}

TEST_CASE("REMOVE reads a claim and LOAD a file name", "[grammar]") {
  auto remove = BodyOf<ast::Remove>(ParseOne("REMOVE digitalisation amplifies loneliness"));
  CHECK(remove.subject.text == "digitalisation");
  CHECK(remove.relation.text == "amplifies");
  CHECK(remove.object.text == "loneliness");
  CHECK(BodyOf<ast::Load>(ParseOne("LOAD 'claims.json'")).path == "claims.json");
  CHECK(BodyOf<ast::Load>(ParseOne("LOAD \"data/my claims.json\"")).path == "data/my claims.json");
}

TEST_CASE("EXPLAIN and PROFILE may prefix any statement", "[grammar]") {
  CHECK(ParseOne("PATHS FROM a TO b").mode == ast::Mode::kRun);
  ast::Statement explain = ParseOne("EXPLAIN PATHS FROM a TO b");
  CHECK(explain.mode == ast::Mode::kExplain);
  CHECK(std::holds_alternative<ast::Paths>(explain.body));
  ast::Statement profile = ParseOne("PROFILE MATCH ?a amplifies ?b");
  CHECK(profile.mode == ast::Mode::kProfile);
  CHECK(std::holds_alternative<ast::Match>(profile.body));
}

TEST_CASE("AS and TO set the output of any statement", "[grammar]") {
  ast::Statement plain = ParseOne("LOOPS");
  CHECK(plain.output.format == ast::Format::kDefault);
  CHECK_FALSE(plain.output.file.has_value());
  CHECK(ParseOne("LOOPS AS TABLE").output.format == ast::Format::kTable);
  CHECK(ParseOne("EFFECTS OF a AS DOT").output.format == ast::Format::kDot);
  ast::Statement json = ParseOne("PATHS FROM a TO b DEPTH 3 AS JSON TO 'paths.json'");
  CHECK(json.output.format == ast::Format::kJson);
  CHECK(json.output.file == "paths.json");
  ast::Statement file_only = ParseOne("WHY a b TO 'evidence.txt'");
  CHECK(file_only.output.format == ast::Format::kDefault);
  CHECK(file_only.output.file == "evidence.txt");
}
