// Conditions on evidence in the chain statements: how the grammar reads
// WHERE, MIN BELIEF and ORDER BY belief (in any order, each once), its
// errors with their positions, the binder's, EXPLAIN's tree (which runs
// nothing), and the answers through the binary as JSON. The answers
// themselves: tests/queries/evidence, and evidence_filter_brute_test.cpp.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "cli/shell/completion.hpp"
#include "engine/exec/executor.hpp"
#include "engine/exec/work_counters.hpp"
#include "engine/model/evidence_condition.hpp"
#include "grammar/keywords.hpp"
#include "grammar/parse.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using nlohmann::json;

const std::string kGraph = std::string(CAUSALKG_SOURCE_DIR) + "/tests/queries/graphs/evidence.json";

ast::ChainOptions OptionsOf(const std::string& text) {
  grammar::ParseResult parsed = grammar::Parse(text);
  INFO(text << (parsed.error ? "\n" + parsed.error->message : ""));
  REQUIRE_FALSE(parsed.error);
  REQUIRE(parsed.statements.size() == 1);
  return std::visit(
      [](const auto& body) -> ast::ChainOptions {
        if constexpr (requires { body.options; }) {
          return body.options;
        } else {
          FAIL("not a chain statement");
          return {};
        }
      },
      parsed.statements[0].body);
}

grammar::Diagnostic ErrorOf(const std::string& text) {
  grammar::ParseResult parsed = grammar::Parse(text);
  INFO(text);
  REQUIRE(parsed.error);
  return *parsed.error;
}

TEST_CASE("WHERE on evidence, MIN BELIEF and ORDER BY belief parse in any order",
          "[evidence][grammar]") {
  const std::string text =
      "PATHS FROM a TO b WHERE confidence >= 0.6 AND modality != 'can' AND "
      "source IN (scp-2025, 'my notes') MIN BELIEF 0.5 ORDER BY belief ASC LIMIT 3";
  const ast::ChainOptions o = OptionsOf(text);
  REQUIRE(o.where.size() == 3);
  CHECK(o.where[0].field.text == "confidence");
  CHECK(o.where[0].field.offset == text.find("confidence"));
  CHECK(o.where[0].op == ast::CompareOp::kGreaterEqual);
  REQUIRE(o.where[0].values.size() == 1);
  CHECK(o.where[0].values[0].text == "0.6");
  CHECK_FALSE(o.where[0].values[0].quoted);
  CHECK(o.where[1].op == ast::CompareOp::kNotEqual);
  CHECK(o.where[1].values[0].text == "can");
  CHECK(o.where[1].values[0].quoted);
  CHECK(o.where[2].op == ast::CompareOp::kIn);
  REQUIRE(o.where[2].values.size() == 2);
  CHECK(o.where[2].values[0].text == "scp-2025");
  CHECK(o.where[2].values[1].text == "my notes");
  CHECK(o.where[2].values[1].offset == text.find("'my notes'"));
  CHECK(o.min_belief == 0.5);
  REQUIRE(o.order_by_belief);
  CHECK_FALSE(o.order_by_belief->descending);
  CHECK(o.order_by_belief->offset == text.find("ORDER"));
  CHECK(o.limit == 3u);

  const ast::ChainOptions loops =
      OptionsOf("LOOPS ORDER BY belief WHERE stance = refutes DEPTH 3 MIN BELIEF 1");
  CHECK(loops.order_by_belief->descending);  // DESC by default
  CHECK(loops.where.size() == 1);
  CHECK(loops.depth == 3);
  CHECK(loops.min_belief == 1.0);

  // <> is !=; NOT IN; a negative number; a field that is a keyword, in any case.
  const ast::ChainOptions more = OptionsOf(
      "EFFECTS OF a WHERE modality <> can AND source NOT IN (x) AND attributes.delay > -1 AND "
      "CONFIDENCE < 1 AND Quote = none");
  REQUIRE(more.where.size() == 5);
  CHECK(more.where[0].op == ast::CompareOp::kNotEqual);
  CHECK(more.where[1].op == ast::CompareOp::kNotIn);
  CHECK(more.where[2].field.text == "attributes.delay");
  CHECK(more.where[2].values[0].text == "-1");
  CHECK(more.where[3].op == ast::CompareOp::kLess);
  CHECK(more.where[3].field.text == "CONFIDENCE");
  CHECK(more.where[4].values[0].text == "none");

  // Every chain statement takes them; CONTRADICTIONS of claims does not.
  for (const std::string statement : {"SHORTEST FROM a TO b", "CAUSES OF a", "LEVERS FOR a",
                                      "BLINDSPOTS FOR a", "CONTRADICTIONS CHAINS FROM a TO b"}) {
    CHECK(OptionsOf(statement + " WHERE origin = stated MIN BELIEF 0.2").where.size() == 1);
  }
  CHECK(grammar::Parse("CONTRADICTIONS WHERE origin = stated").error);
  CHECK(grammar::Parse("CONTRADICTIONS FOR a MIN BELIEF 0.2").error);
}

TEST_CASE("conditions that do not parse are errors at their place", "[evidence][grammar]") {
  grammar::Diagnostic none = ErrorOf("PATHS FROM a TO b WHERE");
  CHECK(none.message == "expected a condition on the evidence such as confidence >= 0.6");
  CHECK(none.column == 24);

  grammar::Diagnostic no_op = ErrorOf("PATHS FROM a TO b WHERE source scp");
  CHECK(no_op.message == "expected =, !=, <, <=, >, >=, IN or NOT IN after the field");
  CHECK(no_op.column == 32);

  grammar::Diagnostic quoted_field = ErrorOf("PATHS FROM a TO b WHERE 'source' = x");
  CHECK(quoted_field.message == "expected a condition on the evidence such as confidence >= 0.6");
  CHECK(quoted_field.column == 25);

  grammar::Diagnostic no_list = ErrorOf("PATHS FROM a TO b WHERE source IN x");
  CHECK(no_list.message == "expected a list of values in parentheses after IN");
  CHECK(no_list.column == 35);

  grammar::Diagnostic open_list = ErrorOf("PATHS FROM a TO b WHERE source IN (x y)");
  CHECK(open_list.message == "expected ',' or ')' in the list of values");
  CHECK(open_list.column == 38);

  grammar::Diagnostic keyword = ErrorOf("PATHS FROM a TO b WHERE source = depth");
  CHECK(keyword.message ==
        "expected a value to compare with: a number, a word, a quoted text, or none");
  CHECK(keyword.hint == "DEPTH is a keyword; quote it to use it as a name: 'depth'");

  grammar::Diagnostic not_in = ErrorOf("PATHS FROM a TO b WHERE source NOT (x)");
  CHECK(not_in.message == "expected IN after NOT");

  grammar::Diagnostic range = ErrorOf("PATHS FROM a TO b MIN BELIEF 1.5");
  CHECK(range.message == "MIN BELIEF must be between 0 and 1");
  CHECK(range.column == 30);
  CHECK(ErrorOf("PATHS FROM a TO b MIN 0.5").message == "expected BELIEF after MIN");
  CHECK(ErrorOf("PATHS FROM a TO b ORDER BY ?a").message ==
        "expected BELIEF after ORDER BY: a chain statement orders its chains by belief");

  grammar::Diagnostic twice = ErrorOf("LOOPS ORDER BY belief LIMIT 3 ORDER BY belief DESC");
  CHECK(twice.message == "ORDER BY is given twice");
  CHECK(twice.column == 31);
  CHECK(ErrorOf("LOOPS MIN BELIEF 0.1 MIN BELIEF 0.2").message == "MIN BELIEF is given twice");
  CHECK(ErrorOf("LOOPS WHERE tool = x WHERE tool = y").message == "WHERE is given twice");
}

// A run of the binary on a store of graphs/evidence.json, answering in JSON.
class Binary {
 public:
  Binary() {
    REQUIRE(testing::RunCausalkg({"--db", db_, "--empty", "load", kGraph}).exit_code == 0);
  }
  testing::RunResult Query(const std::string& statement) {
    return testing::RunCausalkg({"--db", db_, "query", statement, "--format", "json"});
  }

 private:
  testing::TempDir dir_;
  std::string db_ = dir_.File("db");
};

TEST_CASE("the binder refuses a field no piece has, and a value of the wrong kind, at its place",
          "[evidence][binder][cli]") {
  Binary binary;
  struct Case {
    std::string statement, message, hint;
    int column;
  };
  const std::vector<Case> cases = {
      {"PATHS FROM a TO t WHERE confidance > 0.5",
       "Name error: unknown field of evidence 'confidance'", "did you mean confidence?", 25},
      {"PATHS FROM a TO t WHERE attribute.weight > 0.5",
       "Name error: unknown field of evidence 'attribute.weight'", "", 25},
      {"PATHS FROM a TO t WHERE belief > 0.5",
       "Query error: belief is a claim's, from all its evidence, not a piece's",
       "MIN BELIEF 0.5 follows only the steps whose claim's belief is at least 0.5", 25},
      {"PATHS FROM a TO t WHERE source = report AND confidence > 2",
       "Query error: a confidence is between 0 and 1, and 2 is not", "write it as a decimal: 0.6",
       58},
      {"EFFECTS OF a WHERE origin IN (stated, said)",
       "Query error: 'said' is no origin: an origin is stated, extracted, inferred, imported or "
       "none (not stated)",
       "", 39},
      {"LOOPS WHERE modality > can",
       "Query error: modality is a text: compare it with =, !=, IN or NOT IN",
       "< <= > >= compare numbers: confidence, start, end, a page, an attribute", 13},
  };
  for (const Case& c : cases) {
    INFO(c.statement);
    const auto run = binary.Query(c.statement);
    CHECK(run.exit_code == 1);
    const json error = json::parse(run.out)["error"];
    CHECK(error["message"] == c.message);
    CHECK(error["line"] == 1);
    CHECK(error["column"] == c.column);
    if (!c.hint.empty()) CHECK(error["hint"] == c.hint);
  }
}

TEST_CASE("answers with conditions on evidence through the binary, as JSON", "[evidence][cli]") {
  Binary binary;
  auto chains = [&](const std::string& statement) {
    const auto run = binary.Query(statement);
    INFO(statement << "\n" << run.err);
    REQUIRE(run.exit_code == 0);
    std::vector<std::string> out;
    const json result = json::parse(run.out);
    for (const json& path : result["paths"]) {
      std::string nodes;
      for (const json& node : path["nodes"]) nodes += node.get<std::string>();
      out.push_back(nodes);
    }
    return out;
  };
  using Chains = std::vector<std::string>;
  CHECK(chains("PATHS FROM a TO t") == Chains{"at", "abt", "adt", "act"});
  CHECK(chains("PATHS FROM a TO t WHERE confidence >= 0.6") == Chains{"abt", "adt"});
  CHECK(chains("PATHS FROM a TO t WHERE confidence >= 0.6 AND source = report") == Chains{"adt"});
  CHECK(chains("PATHS FROM a TO t MIN BELIEF 0.7 ORDER BY belief ASC") == Chains{"abt", "adt"});
  CHECK(chains("PATHS FROM a TO t ORDER BY belief") == Chains{"adt", "abt", "at", "act"});
  CHECK(chains("SHORTEST FROM a TO t WHERE confidence >= 0.6 ORDER BY belief") == Chains{"adt"});
  CHECK(chains("LOOPS ORDER BY belief LIMIT 1") == Chains{"xyz"});

  const auto limited = binary.Query("PATHS FROM a TO t ORDER BY belief LIMIT 2");
  CHECK(json::parse(limited.out)["truncated"] == true);
  const auto whole = binary.Query("PATHS FROM a TO t ORDER BY belief LIMIT 4");
  CHECK(json::parse(whole.out)["truncated"] == false);
}

TEST_CASE("EXPLAIN shows the evidence filter and reads nothing; PROFILE counts evidence scans",
          "[evidence][explain]") {
  testing::ScratchStore db;
  testing::MustLoad(*db.store, testing::ReadFile(kGraph));
  Executor executor(*db.store, {});
  auto execute = [&](const std::string& text) {
    grammar::ParseResult parsed = grammar::Parse(text);
    REQUIRE_FALSE(parsed.error);
    return executor.Execute(parsed.statements.at(0));
  };
  const std::uint64_t before = ProcessWork().adjacency_lists_read.load();
  auto explained = execute(
      "EXPLAIN PATHS FROM a TO t WHERE confidence >= 0.6 AND modality != 'can' AND source IN "
      "(report, blog) MIN BELIEF 0.5 ORDER BY belief LIMIT 2");
  REQUIRE(explained.ok());
  CHECK(ProcessWork().adjacency_lists_read.load() == before);
  const PlanNode& root = std::get<PlanResult>(explained->body).root;
  // limit > sort by belief > search > (backward BFS over every edge, belief
  // filter > evidence filter > edges)
  CHECK(root.operation == "limit");
  const PlanNode& sort = root.children.at(0);
  CHECK(sort.operation == "sort");
  CHECK(sort.detail ==
        "paths by belief (the product of their steps'), the most believable first, every one the "
        "search finds");
  const PlanNode& search = sort.children.at(0);
  REQUIRE(search.children.size() == 2);
  CHECK(search.children.at(0).detail ==
        "from t over every edge, to prune the search by distance (lower bounds: no evidence "
        "read)");
  CHECK(search.children.at(0).children.at(0).operation == "causal edges");
  const PlanNode& belief = search.children.at(1);
  CHECK(belief.operation == "belief filter");
  CHECK(belief.detail == "steps whose claim's belief, from all its evidence, is ≥ 0.5");
  const PlanNode& evidence = belief.children.at(0);
  CHECK(evidence.operation == "evidence filter");
  CHECK(evidence.detail ==
        "steps with a piece of evidence where confidence >= 0.6 and modality != 'can' and source "
        "IN (report, blog) (a node's claims' evidence read in one scan)");
  CHECK(evidence.children.at(0).operation == "causal edges");

  auto profiled = execute("PROFILE EFFECTS OF a WHERE confidence >= 0.6");
  REQUIRE(profiled.ok());
  REQUIRE(profiled->profile);
  bool counted = false;
  for (const PlanCounter& counter : profiled->profile->root.counters)
    counted = counted || (counter.name == "evidence scans" && counter.value > 0);
  CHECK(counted);
}

TEST_CASE("the language's evidence fields are the engine's", "[evidence][keywords]") {
  std::vector<std::string> engine, language;
  for (const EvidenceFieldName& field : kEvidenceFieldNames) engine.emplace_back(field.name);
  for (std::string_view field : grammar::kEvidenceFields) language.emplace_back(field);
  CHECK(engine == language);
  CHECK(std::string(kAttributePrefix) == std::string(grammar::kEvidenceAttributePrefix));
  for (const std::string& field : language) {
    CHECK(FieldNamed(field).has_value());
    CHECK(FieldNamed(field)->Name() == field);
    CHECK(grammar::IsEvidenceFieldWord(field));
  }
}

TEST_CASE("completion offers the fields of evidence after a chain statement's WHERE and AND",
          "[evidence][keywords]") {
  testing::ScratchStore db;
  testing::MustLoad(*db.store, testing::ReadFile(kGraph));
  cli::Completions completions(*db.store, {".help"});
  CHECK(completions.For("con", false, "PATHS FROM a TO t WHERE ") ==
        std::vector<std::string>{"confidence"});
  CHECK(completions.For("s", false, "EFFECTS OF a WHERE confidence > 0.5 AND ") ==
        std::vector<std::string>{"section", "source", "stance", "start"});
  CHECK(completions.For("att", false, "LOOPS WHERE ") == std::vector<std::string>{"attributes."});
  // MATCH's WHERE takes variables, which nothing completes; after a
  // condition, the statement's keywords.
  CHECK(completions.For("con", false, "MATCH ?a ?r ?b WHERE ").empty());
  const auto after = completions.For("M", false, "PATHS FROM a TO t WHERE confidence > 0.5 ");
  CHECK(std::find(after.begin(), after.end(), "MIN") != after.end());
}

}  // namespace
}  // namespace causalkg
