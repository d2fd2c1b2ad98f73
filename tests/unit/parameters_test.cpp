// Parameters ($name): a statement parsed once runs with the values given,
// and answers as the same statement written with those values does; a
// parameter without a value, or with a value of the wrong kind, is refused
// at the parameter before anything runs.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "cli/render/json_output.hpp"
#include "engine/binder/parameters.hpp"
#include "engine/exec/executor.hpp"
#include "engine/exec/prepared_statement.hpp"
#include "grammar/parse.hpp"
#include "grammar/source_position.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

constexpr const char* kGraph = R"({
  "claims": [
    {"subject": "screen_time", "relation": "increases", "object": "stress",
     "quote": "more screens, more stress", "source": "notes"},
    {"subject": "stress", "relation": "reduces", "object": "sleep"},
    {"subject": "sleep", "relation": "improves", "object": "mood"},
    {"subject": "mood", "relation": "reduces", "object": "screen_time"},
    {"subject": "exercise", "relation": "reduces", "object": "stress"},
    {"subject": "policy", "relation": "addresses", "object": "screen_time"}
  ]
})";

// A result as the user sees it in JSON, which holds every field.
std::string Shown(const Result<QueryResult>& result) {
  if (!result.ok()) return "error: " + result.status().ToString();
  return cli::ResultAsJson(result.value(), "en");
}

Result<QueryResult> RunPrepared(Executor& executor, const std::string& text,
                                const ParameterValues& values) {
  auto prepared = PreparedStatement::Prepare(text);
  REQUIRE(prepared.ok());
  REQUIRE(prepared->statements().size() == 1);
  return executor.Execute(prepared->statements().front(), values);
}

Result<QueryResult> RunLiteral(Executor& executor, const std::string& text) {
  grammar::ParseResult parsed = grammar::Parse(text);
  REQUIRE(!parsed.error);
  REQUIRE(parsed.statements.size() == 1);
  return executor.Execute(parsed.statements.front());
}

TEST_CASE("a parameter answers as the value written in its place", "[parameters]") {
  testing::ScratchStore db;
  Store* const store = db.store.get();
  testing::MustLoad(*store, kGraph);
  Executor executor(*store, {});

  struct Case {
    std::string with_parameters;
    ParameterValues values;
    std::string literal;
  };
  const std::vector<Case> cases = {
      {"MATCH $s ?r ?o", {{"s", "stress"}}, "MATCH stress ?r ?o"},
      {"COUNT MATCH $n ?r ?o WHERE sign(?r) != 'none'",
       {{"n", "screen_time"}},
       "COUNT MATCH screen_time ?r ?o WHERE sign(?r) != 'none'"},
      {"MATCH ?s $r ?o", {{"r", "reduces"}}, "MATCH ?s reduces ?o"},
      {"MATCH ?s ?r ?o WHERE sign(?r) = $sign LIMIT $n",
       {{"sign", "-"}, {"n", "2"}},
       "MATCH ?s ?r ?o WHERE sign(?r) = '-' LIMIT 2"},
      {"PATHS FROM $a TO $b DEPTH $d",
       {{"a", "screen_time"}, {"b", "mood"}, {"d", "3"}},
       "PATHS FROM screen_time TO mood DEPTH 3"},
      {"PATHS FROM $a TO $b VIA $via",
       {{"a", "stress"}, {"b", "sleep"}, {"via", "reduces"}},
       "PATHS FROM stress TO sleep VIA reduces"},
      {"SHORTEST FROM $a TO $b",
       {{"a", "exercise"}, {"b", "mood"}},
       "SHORTEST FROM exercise TO mood"},
      {"EFFECTS OF $x DEPTH $d LIMIT $n",
       {{"x", "stress"}, {"d", "2"}, {"n", "5"}},
       "EFFECTS OF stress DEPTH 2 LIMIT 5"},
      {"CAUSES OF $x", {{"x", "sleep"}}, "CAUSES OF sleep"},
      {"LOOPS THROUGH $x", {{"x", "mood"}}, "LOOPS THROUGH mood"},
      {"LEVERS FOR $x", {{"x", "mood"}}, "LEVERS FOR mood"},
      {"BLINDSPOTS FOR $x", {{"x", "mood"}}, "BLINDSPOTS FOR mood"},
      {"CONTRADICTIONS FOR $x", {{"x", "stress"}}, "CONTRADICTIONS FOR stress"},
      {"WHY $s $r $o",
       {{"s", "screen_time"}, {"r", "increases"}, {"o", "stress"}},
       "WHY screen_time increases stress"},
      {"WHY $a $b", {{"a", "screen_time"}, {"b", "sleep"}}, "WHY screen_time sleep"},
      {"PATHS FROM $a TO $b WHERE modality != $m AND source IN ($s, other) MIN BELIEF $b0",
       {{"a", "screen_time"}, {"b", "mood"}, {"m", "can"}, {"s", "notes"}, {"b0", "0.1"}},
       "PATHS FROM screen_time TO mood WHERE modality != can AND source IN (notes, other) "
       "MIN BELIEF 0.1"},
      {"EFFECTS OF $x WHERE confidence >= $c ORDER BY belief",
       {{"x", "stress"}, {"c", "0.5"}},
       "EFFECTS OF stress WHERE confidence >= 0.5 ORDER BY belief"},
      {"LOOPS DEPTH $d", {{"d", "20"}}, "LOOPS DEPTH 20"},
      {"COUNT LOOPS THROUGH $x DEPTH $d",
       {{"x", "mood"}, {"d", "13"}},
       "COUNT LOOPS THROUGH mood DEPTH 13"},
  };
  for (const Case& c : cases) {
    INFO(c.with_parameters);
    const std::string literal = Shown(RunLiteral(executor, c.literal));
    CHECK(literal.rfind("error", 0) != 0);
    CHECK(Shown(RunPrepared(executor, c.with_parameters, c.values)) == literal);
  }
}

TEST_CASE("a label with blanks is one value", "[parameters]") {
  testing::ScratchStore db;
  Store* const store = db.store.get();
  testing::MustLoad(*store, R"({"claims": [
    {"subject": "social_cohesion", "relation": "reduces", "object": "loneliness"}],
    "nodes": [{"id": "social_cohesion", "label": {"en": "social cohesion"}}]})");
  Executor executor(*store, {});
  CHECK(Shown(RunPrepared(executor, "EFFECTS OF $x", {{"x", "social cohesion"}})) ==
        Shown(RunLiteral(executor, "EFFECTS OF 'social cohesion'")));
}

TEST_CASE("writes take parameters, as written literally", "[parameters]") {
  testing::ScratchStore with_db, literal_db;
  Store* const with = with_db.store.get();
  Store* const literal = literal_db.store.get();
  Executor with_executor(*with, {}), literal_executor(*literal, {});
  REQUIRE(RunPrepared(with_executor,
                      "ADD $s increases $o QUOTE $q SOURCE $src CONFIDENCE $c MODALITY $m",
                      {{"s", "noise"},
                       {"o", "stress"},
                       {"q", "noise raises stress"},
                       {"src", "survey"},
                       {"c", "0.7"},
                       {"m", "may"}})
              .ok());
  REQUIRE(RunLiteral(literal_executor,
                     "ADD noise increases stress QUOTE 'noise raises stress' SOURCE survey "
                     "CONFIDENCE 0.7 MODALITY may")
              .ok());
  CHECK(testing::ExportOf(*with) == testing::ExportOf(*literal));

  REQUIRE(RunPrepared(with_executor, "REMOVE $s $r $o",
                      {{"s", "noise"}, {"r", "increases"}, {"o", "stress"}})
              .ok());
  REQUIRE(RunLiteral(literal_executor, "REMOVE noise increases stress").ok());
  CHECK(testing::ExportOf(*with) == testing::ExportOf(*literal));
}

TEST_CASE("one parsed statement runs again with other values", "[parameters]") {
  testing::ScratchStore db;
  Store* const store = db.store.get();
  testing::MustLoad(*store, kGraph);
  Executor executor(*store, {});
  auto prepared = PreparedStatement::Prepare("COUNT MATCH $n ?r ?o");
  REQUIRE(prepared.ok());
  CHECK(prepared->ParameterNames() == std::vector<std::string>{"n"});
  for (const char* node : {"stress", "exercise", "policy", "mood"}) {
    INFO(node);
    CHECK(Shown(executor.Execute(prepared->statements().front(), {{"n", node}})) ==
          Shown(RunLiteral(executor, std::string("COUNT MATCH ") + node + " ?r ?o")));
  }
}

// The error of running `text` with `values`, and its line and column.
struct Refusal {
  Status status;
  std::size_t column = 0;
};

Refusal Refused(Store& store, const std::string& text, const ParameterValues& values) {
  Executor executor(store, {});
  auto result = RunPrepared(executor, text, values);
  REQUIRE(!result.ok());
  Refusal refusal{result.status()};
  REQUIRE(result.status().offset());
  refusal.column = grammar::Locate(text, *result.status().offset()).column;
  return refusal;
}

TEST_CASE("a parameter without a value is refused at it, before anything runs", "[parameters]") {
  testing::ScratchStore db;
  Store* const store = db.store.get();
  testing::MustLoad(*store, kGraph);
  const std::string before = testing::ExportOf(*store);

  Refusal r = Refused(*store, "PATHS FROM $a TO $b", {{"a", "stress"}});
  CHECK(r.status.kind() == ErrorKind::kQuery);
  CHECK(r.status.code() == StatusCode::kNotFound);
  CHECK(r.status.message() == "parameter $b has no value");
  CHECK(r.status.hint().find(".param set b") != std::string::npos);
  CHECK(r.column == 18);

  // The first by position, whatever the statement's parts.
  r = Refused(*store, "ADD $s increases stress QUOTE $q", {});
  CHECK(r.status.message() == "parameter $s has no value");
  CHECK(r.column == 5);

  // A write with a parameter left without a value writes nothing.
  r = Refused(*store, "ADD noise increases stress SOURCE $src", {});
  CHECK(r.column == 35);
  r = Refused(*store, "REMOVE screen_time increases $o", {});
  CHECK(testing::ExportOf(*store) == before);
}

TEST_CASE("a value of the wrong kind is refused at the parameter", "[parameters]") {
  testing::ScratchStore db;
  Store* const store = db.store.get();
  testing::MustLoad(*store, kGraph);
  const std::string before = testing::ExportOf(*store);

  Refusal r = Refused(*store, "EFFECTS OF stress DEPTH $d", {{"d", "deep"}});
  CHECK(r.status.kind() == ErrorKind::kQuery);
  CHECK(r.status.code() == StatusCode::kInvalid);
  CHECK(r.column == 25);
  CHECK(r.status.message().find("not a whole number for DEPTH") != std::string::npos);

  CHECK(Refused(*store, "EFFECTS OF stress DEPTH $d", {{"d", "99"}}).status.code() ==
        StatusCode::kInvalid);
  CHECK(Refused(*store, "EFFECTS OF stress DEPTH $d", {{"d", "2.5"}}).status.code() ==
        StatusCode::kInvalid);
  CHECK(Refused(*store, "MATCH ?s ?r ?o LIMIT $n", {{"n", "0"}}).status.code() ==
        StatusCode::kInvalid);
  CHECK(Refused(*store, "MATCH ?s ?r ?o LIMIT $n", {{"n", "-3"}}).status.code() ==
        StatusCode::kInvalid);
  r = Refused(*store, "ADD noise increases stress CONFIDENCE $c", {{"c", "1.5"}});
  CHECK(r.status.code() == StatusCode::kInvalid);
  CHECK(r.column == 39);
  CHECK(testing::ExportOf(*store) == before);

  // A name given as a value is looked up as any name is.
  r = Refused(*store, "EFFECTS OF $x", {{"x", "strss"}});
  CHECK(r.status.kind() == ErrorKind::kName);
  CHECK(r.column == 12);
}

TEST_CASE("a statement run without values binds none of its parameters", "[parameters]") {
  testing::ScratchStore db;
  Store* const store = db.store.get();
  testing::MustLoad(*store, kGraph);
  Executor executor(*store, {});
  auto result = RunLiteral(executor, "EFFECTS OF $x");
  REQUIRE(!result.ok());
  CHECK(result.status().message() == "parameter $x has no value");
}

TEST_CASE("parameters parse where values go, and nowhere else", "[parameters]") {
  auto parsed = grammar::Parse("PATHS FROM $a TO $b DEPTH $d VIA $r LIMIT $n");
  REQUIRE(!parsed.error);
  std::vector<std::string> names;
  for (const ast::Parameter& p : parsed.statements.front().parameters) names.push_back(p.name);
  CHECK(names == std::vector<std::string>{"a", "b", "d", "r", "n"});
  // The same parameter twice is listed once.
  parsed = grammar::Parse("PATHS FROM $a TO $a");
  REQUIRE(!parsed.error);
  CHECK(parsed.statements.front().parameters.size() == 1);
  // Not a variable, not a keyword.
  CHECK(grammar::Parse("MATCH ?s ?r ?o RETURN $s").error);
  CHECK(grammar::Parse("$x FROM a TO b").error);
  CHECK(grammar::Parse("PATHS FROM $ TO b").error);
}

}  // namespace
}  // namespace causalkg
