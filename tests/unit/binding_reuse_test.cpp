// A statement with parameters run value after value keeps its binding and
// fills in each value's term (engine/exec/binding_reuse.hpp): every run must
// answer, and fail, exactly as the statement written with that value does,
// whatever ran before it and whatever was written since.
#include <catch2/catch.hpp>

#include "cli/render/json_output.hpp"
#include "engine/exec/executor.hpp"
#include "engine/exec/prepared_statement.hpp"
#include "grammar/parse.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

constexpr const char* kGraph = R"({
  "nodes": [
    {"id": "screen_time", "label": {"en": "Screen time"}},
    {"id": "stress", "label": {"en": "Stress"}}
  ],
  "claims": [
    {"subject": "screen_time", "relation": "increases", "object": "stress"},
    {"subject": "stress", "relation": "reduces", "object": "sleep"},
    {"subject": "sleep", "relation": "improves", "object": "mood"},
    {"subject": "mood", "relation": "reduces", "object": "screen_time"},
    {"subject": "exercise", "relation": "reduces", "object": "stress"},
    {"subject": "exercise", "relation": "improves", "object": "mood"},
    {"subject": "policy", "relation": "addresses", "object": "screen_time"}
  ]
})";

// A result as the user sees it in JSON (every field), or the error's text.
std::string Shown(const Result<QueryResult>& result) {
  if (!result.ok()) return "error: " + result.status().ToString();
  return cli::ResultAsJson(result.value(), "en");
}

// The statement with `$name` written as `value`, quoted as a label would be.
std::string Written(std::string text, const std::string& name, const std::string& value) {
  const std::string parameter = "$" + name;
  for (std::size_t at = text.find(parameter); at != std::string::npos;
       at = text.find(parameter, at)) {
    text.replace(at, parameter.size(), "'" + value + "'");
  }
  return text;
}

Result<QueryResult> RunLiteral(Executor& executor, const std::string& text) {
  grammar::ParseResult parsed = grammar::Parse(text);
  REQUIRE(!parsed.error);
  REQUIRE(parsed.statements.size() == 1);
  return executor.Execute(parsed.statements.front());
}

// Runs `text` prepared once with each value of `name` in turn, twice over,
// and checks every answer against the literal statement's.
void CheckEveryValue(Executor& executor, const std::string& text, const std::string& name,
                     const std::vector<std::string>& values) {
  auto prepared = PreparedStatement::Prepare(text);
  REQUIRE(prepared.ok());
  const ast::Statement& statement = prepared->statements().front();
  for (int round = 0; round < 2; ++round) {
    for (const std::string& value : values) {
      INFO(text << " with $" << name << " = " << value);
      const auto reused = executor.Execute(statement, {{name, value}}, &prepared->ReuseOf(0));
      CHECK(Shown(reused) == Shown(RunLiteral(executor, Written(text, name, value))));
    }
  }
}

// Ids, labels, an id typed in another case, names no term has, a relation
// where a node goes and the reverse, and a built-in relation no claim uses.
const std::vector<std::string> kValues = {"stress",   "screen_time",     "Screen time", "STRESS",
                                          "exercise", "nothing_like_it", "reduces",     "mood",
                                          "Stress",   "improves",        "amplifies",   "policy",
                                          "sleep",    "addresses",       "screen_tim",  "mood"};

TEST_CASE("a reused binding answers as each value written in its place", "[parameters]") {
  testing::ScratchStore db;
  testing::MustLoad(*db.store, kGraph);
  Executor executor(*db.store, {});
  for (const char* text : {
           "COUNT MATCH $n ?r ?o WHERE sign(?r) != 'none'",
           "MATCH $n ?r ?o",
           "MATCH ?s $n ?o",
           "MATCH ?s ?r ?o WHERE ?o = $n",
           "MATCH ?s ?r ?o WHERE $n != ?s RETURN ?s, ?o ORDER BY ?s",
           // One parameter twice, in a join the planner orders by its constants.
           "MATCH $n ?r ?m, ?m ?q ?x, ?x ?p $n",
           "COUNT MATCH ?a ?r $n, $n ?q ?b WHERE sign(?q) = '-'",
       }) {
    CheckEveryValue(executor, text, "n", kValues);
  }
}

TEST_CASE("parameters that are no terms bind afresh each run and answer as written",
          "[parameters]") {
  testing::ScratchStore db;
  testing::MustLoad(*db.store, kGraph);
  Executor executor(*db.store, {});
  auto prepared = PreparedStatement::Prepare("MATCH $n ?r ?o WHERE sign(?r) = $s LIMIT $k");
  REQUIRE(prepared.ok());
  const ast::Statement& statement = prepared->statements().front();
  for (const auto& [n, s, k] : std::vector<std::array<std::string, 3>>{{"stress", "-", "1"},
                                                                       {"exercise", "+", "5"},
                                                                       {"exercise", "-", "5"},
                                                                       {"mood", "?", "2"},
                                                                       {"mood", "x", "2"},
                                                                       {"stress", "-", "3"}}) {
    INFO(n << " " << s << " " << k);
    const auto reused =
        executor.Execute(statement, {{"n", n}, {"s", s}, {"k", k}}, &prepared->ReuseOf(0));
    const std::string literal = "MATCH " + n + " ?r ?o WHERE sign(?r) = '" + s + "' LIMIT " + k;
    CHECK(Shown(reused) == Shown(RunLiteral(executor, literal)));
  }
  // A value out of range, and a parameter with no value, are refused at
  // the parameter as without reuse.
  const auto zero =
      executor.Execute(statement, {{"n", "stress"}, {"s", "-"}, {"k", "0"}}, &prepared->ReuseOf(0));
  REQUIRE_FALSE(zero.ok());
  CHECK(zero.status().code() == StatusCode::kInvalid);
  const auto missing = executor.Execute(statement, {{"n", "stress"}}, &prepared->ReuseOf(0));
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().code() == StatusCode::kNotFound);
}

TEST_CASE("a reused binding answers from the store as each write leaves it", "[parameters]") {
  testing::ScratchStore db;
  testing::MustLoad(*db.store, kGraph);
  Executor executor(*db.store, {});
  // A join, planned again each run, and one pattern, whose plan is kept too.
  const std::vector<std::string> texts = {"MATCH $n ?r ?o, ?o ?q ?x", "COUNT MATCH ?s ?r $n"};
  std::vector<PreparedStatement> prepared;
  for (const std::string& text : texts) {
    auto made = PreparedStatement::Prepare(text);
    REQUIRE(made.ok());
    prepared.push_back(std::move(made).value());
  }
  auto check = [&](const std::string& node) {
    for (std::size_t i = 0; i < texts.size(); ++i) {
      INFO("after the writes so far, " << texts[i] << " with $n = " << node);
      const auto reused = executor.Execute(prepared[i].statements().front(), {{"n", node}},
                                           &prepared[i].ReuseOf(0));
      CHECK(Shown(reused) == Shown(RunLiteral(executor, Written(texts[i], "n", node))));
    }
  };
  check("exercise");
  check("stress");
  for (const char* write :
       {"ADD exercise increases screen_time", "RENAME NODE stress TO strain",
        "REMOVE exercise reduces strain", "REMOVE NODE sleep", "MERGE mood INTO policy"}) {
    const auto written = RunLiteral(executor, write);
    INFO(write << ": " << Shown(written));
    REQUIRE(written.ok());
    for (const char* node :
         {"exercise", "stress", "strain", "sleep", "mood", "policy", "screen_time"}) {
      check(node);
    }
  }
}

TEST_CASE("a script's .param set and one statement answer as the statements written out",
          "[parameters][cli]") {
  testing::TempDir dir;
  const std::string claims = dir.Write("claims.json", kGraph);
  const std::string statement = "MATCH $n ?r ?o RETURN ?r, ?o ORDER BY ?o";
  std::string with_parameters = ".mode csv\n";
  std::string written = ".mode csv\n";
  for (const char* node : {"stress", "exercise", "Screen time", "mood", "stress", "policy"}) {
    with_parameters += std::string(".param set n '") + node + "'\n" + statement + ";\n";
    written += Written(statement, "n", node) + ";\n";
  }
  // A write between runs, then the same node again.
  with_parameters += "ADD stress increases anxiety;\n.param set n stress\n" + statement + ";\n";
  written += "ADD stress increases anxiety;\n" + Written(statement, "n", "stress") + ";\n";
  const std::string copy_a = dir.File("copy-a"), copy_b = dir.File("copy-b");
  REQUIRE(testing::RunCausalkg({"--db", copy_a, "--empty", "load", claims}).exit_code == 0);
  REQUIRE(testing::RunCausalkg({"--db", copy_b, "--empty", "load", claims}).exit_code == 0);
  const auto by_parameters = testing::RunCausalkg({"--db", copy_a}, with_parameters);
  const auto by_text = testing::RunCausalkg({"--db", copy_b}, written);
  CHECK(by_parameters.exit_code == 0);
  CHECK(by_parameters.out == by_text.out);
  CHECK(by_parameters.err == by_text.err);
  CHECK_THAT(by_parameters.out, Catch::Contains("anxiety"));

  // A name no term has: the binder's own message, at the parameter's line.
  const auto unknown =
      testing::RunCausalkg({"--db", copy_a}, ".param set n stress\n" + std::string(statement) +
                                                 ";\n.param set n streess\n" + statement + ";\n");
  CHECK(unknown.exit_code != 0);
  CHECK_THAT(unknown.err, Catch::Contains("streess"));
  CHECK_THAT(unknown.err, Catch::Contains("stress"));
}

}  // namespace
}  // namespace causalkg
