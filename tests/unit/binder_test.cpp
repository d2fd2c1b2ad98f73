// The binder turns a parsed statement into its bound form: names resolved
// to terms, defaults applied, and every error that needs no run found
// before anything runs, with the message and position a user sees.
#include <catch2/catch.hpp>

#include <limits>

#include "engine/binder/defaults.hpp"
#include "engine/exec/executor.hpp"
#include "engine/exec/work_counters.hpp"
#include "grammar/parse.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

constexpr const char* kGraph = R"({
  "nodes": [
    {"id": "trust_people", "label": {"en": "trust in people", "nl": "vertrouwen"}},
    {"id": "trust_institutions", "label": {"en": "trust in institutions", "nl": "vertrouwen"}},
    {"id": "cohesion", "label": {"en": "social cohesion", "nl": "sociale samenhang"}},
    {"id": "policy", "kind": "lever"}
  ],
  "claims": [
    {"subject": "trust_people", "relation": "strengthens", "object": "cohesion"},
    {"subject": "trust_institutions", "relation": "strengthens", "object": "cohesion"},
    {"subject": "cohesion", "relation": "weakens", "object": "trust_institutions"},
    {"subject": "policy", "relation": "addresses", "object": "trust_people"}
  ]
})";

ast::Statement ParseOne(const std::string& text) {
  grammar::ParseResult parsed = grammar::Parse(text);
  INFO(text);
  REQUIRE(!parsed.error);
  REQUIRE(parsed.statements.size() == 1);
  return parsed.statements.front();
}

struct Fixture {
  testing::ScratchStore db;
  Executor executor{*db.store, {}};
  Fixture() { testing::MustLoad(*db.store, kGraph); }
  BoundStatement Bound(const std::string& text) {
    auto bound = executor.Bind(ParseOne(text));
    INFO((bound.ok() ? "" : bound.status().ToString()));
    REQUIRE(bound.ok());
    return std::move(bound).value();
  }
  TermId Id(const std::string& name) { return testing::IdOf(*db.store, name); }
};

TEST_CASE("a name error in a later MATCH pattern is found before the first is scanned",
          "[binder]") {
  Fixture f;
  // The first pattern matches every triple; the second names a node that
  // is not there.
  const std::string text = "MATCH ?a ?r ?b, ?b strengthens cohesin";
  const std::uint64_t scans = ProcessWork().pattern_scans.load();

  auto bound = f.executor.Bind(ParseOne(text));
  REQUIRE(!bound.ok());
  CHECK(bound.status().kind() == ErrorKind::kName);
  CHECK(bound.status().code() == StatusCode::kNotFound);
  CHECK(bound.status().message() == "unknown node 'cohesin'");
  CHECK(bound.status().hint() == "did you mean 'cohesion'?");
  CHECK(bound.status().offset() == text.find("cohesin"));

  auto executed = f.executor.Execute(ParseOne(text));
  REQUIRE(!executed.ok());
  CHECK(executed.status().message() == bound.status().message());
  CHECK(executed.status().offset() == bound.status().offset());
  CHECK(ProcessWork().pattern_scans.load() == scans);

  // Spelt right, it runs, and the join scans: the counter can tell.
  REQUIRE(f.executor.Execute(ParseOne("MATCH ?a ?r ?b, ?b strengthens cohesion")).ok());
  CHECK(ProcessWork().pattern_scans.load() > scans);
}

TEST_CASE("every error a statement has without running comes from Bind, where it points",
          "[binder]") {
  Fixture f;
  struct Case {
    std::string text;
    ErrorKind kind;
    std::string message;
    std::string at;  // the text the error points at (its first occurrence)
  };
  const std::vector<Case> cases = {
      {"PATHS FROM trust_people TO nowhere", ErrorKind::kName, "unknown node 'nowhere'", "nowhere"},
      {"PATHS FROM nowhere TO cohesion VIA supports", ErrorKind::kName,
       "unknown relation 'supports'", "supports"},
      {"PATHS FROM policy TO cohesion VIA addresses", ErrorKind::kQuery,
       "VIA follows causal relations, and 'addresses' has no polarity", "addresses"},
      {"PATHS FROM cohesion TO 'social cohesion'", ErrorKind::kQuery,
       "PATHS goes from one node to another, and both are 'cohesion'", "'social"},
      {"EFFECTS OF vertrouwen", ErrorKind::kName,
       "'vertrouwen' names 2 nodes: 'trust_people', 'trust_institutions'", "vertrouwen"},
      {"LOOPS THROUGH nowhere", ErrorKind::kName, "unknown node 'nowhere'", "nowhere"},
      {"MATCH ?x strengthens ?y WHERE ?z = cohesion", ErrorKind::kName, "unknown variable ?z",
       "?z"},
      {"MATCH ?x strengthens ?y RETURN ?x, ?z", ErrorKind::kName, "unknown variable ?z", "?z"},
      {"MATCH ?x strengthens ?y ORDER BY ?z", ErrorKind::kName, "unknown variable ?z", "?z"},
      {"MATCH ?s ?r ?o WHERE sign(?r) = 'up'", ErrorKind::kQuery,
       "sign() is compared with '+', '-', '?' or 'none', not 'up'", "'up'"},
      {"MATCH ?s ?r ?o WHERE ?o = nowhere", ErrorKind::kName, "unknown node 'nowhere'", "nowhere"},
      {"WHY trust_people supports cohesion", ErrorKind::kName, "unknown relation 'supports'",
       "supports"},
      {"REMOVE trust_people strengthens nowhere", ErrorKind::kName, "unknown node 'nowhere'",
       "nowhere"},
      {"ADD vertrouwen strengthens cohesion", ErrorKind::kName,
       "'vertrouwen' names 2 nodes: 'trust_people', 'trust_institutions'", "vertrouwen"},
      {"ADD trust_people strengthens cohesion MODALITY 'x\ny'", ErrorKind::kQuery,
       "the modality 'x\\ny' contains the control character U+000A at byte 2; modalities may "
       "not hold control characters",
       "'x"},
  };
  const std::uint64_t scans = ProcessWork().pattern_scans.load();
  const std::uint64_t reads = ProcessWork().adjacency_lists_read.load();
  const std::string before = testing::ExportOf(*f.db.store);
  for (const Case& c : cases) {
    INFO(c.text);
    auto bound = f.executor.Bind(ParseOne(c.text));
    REQUIRE(!bound.ok());
    CHECK(bound.status().kind() == c.kind);
    CHECK(bound.status().message() == c.message);
    CHECK(bound.status().offset() == c.text.find(c.at));
    auto executed = f.executor.Execute(ParseOne(c.text));
    REQUIRE(!executed.ok());
    CHECK(executed.status().ToString() == bound.status().ToString());
    CHECK(executed.status().offset() == bound.status().offset());
  }
  CHECK(ProcessWork().pattern_scans.load() == scans);
  CHECK(ProcessWork().adjacency_lists_read.load() == reads);
  CHECK(testing::ExportOf(*f.db.store) == before);
}

TEST_CASE("an id too long to store is refused by Bind, pointing at it", "[binder]") {
  Fixture f;
  const std::string long_name(1025, 'x');
  const std::string text = "ADD trust_people strengthens " + long_name;
  auto bound = f.executor.Bind(ParseOne(text));
  REQUIRE(!bound.ok());
  CHECK(bound.status().kind() == ErrorKind::kQuery);
  CHECK_THAT(bound.status().message(), Catch::Contains("ids hold at most 1,024 bytes"));
  CHECK(bound.status().offset() == text.find(long_name));
}

TEST_CASE("the bound form carries term ids, the names as typed and as stored, and defaults",
          "[binder]") {
  Fixture f;
  SECTION("chain options") {
    const auto paths = std::get<BoundPaths>(
        f.Bound("PATHS FROM 'trust in people' TO 'sociale samenhang' VIA strengthens").body);
    CHECK(paths.from.id == f.Id("trust_people"));
    CHECK(paths.from.name == "trust_people");
    CHECK(paths.from.typed == "trust in people");
    CHECK(paths.to.id == f.Id("cohesion"));
    CHECK(paths.to.typed == "sociale samenhang");
    CHECK(paths.options.depth == kDefaultDepth);
    CHECK(paths.options.limit == kDefaultLimit);
    CHECK(!paths.options.sign);
    REQUIRE(paths.options.via.size() == 1);
    CHECK(paths.options.via[0].id == f.Id("strengthens"));

    const auto shortest =
        std::get<BoundShortest>(f.Bound("SHORTEST FROM trust_people TO cohesion").body);
    CHECK(shortest.options.depth == grammar::kMaxDepth);
    const auto effects =
        std::get<BoundReach>(f.Bound("CAUSES OF cohesion DEPTH 2 SIGN - LIMIT 7").body);
    CHECK(effects.upstream);
    CHECK(effects.options.depth == 2);
    CHECK(effects.options.sign == -1);
    CHECK(effects.options.limit == 7);
    const auto loops = std::get<BoundLoops>(f.Bound("LOOPS").body);
    CHECK(!loops.through);
    const auto why = std::get<BoundWhy>(f.Bound("WHY trust_people cohesion").body);
    CHECK(!why.relation);
    CHECK(why.depth == grammar::kMaxDepth);
  }
  SECTION("MATCH") {
    const auto match = std::get<BoundMatch>(
        f.Bound("MATCH ?p addresses ?t, ?t ?r cohesion WHERE sign(?r) = '+' RETURN ?t").body);
    CHECK(match.variables == std::vector<std::string>{"?p", "?t", "?r"});
    REQUIRE(match.patterns.size() == 2);
    CHECK(match.patterns[0].terms[1].constant.id == f.Id("addresses"));
    CHECK(match.patterns[1].terms[2].constant.id == f.Id("cohesion"));
    CHECK(match.returned == std::vector<BoundColumn>{{1, std::nullopt}});
    REQUIRE(match.where.size() == 1);
    CHECK(match.where[0].right.kind == BoundOperand::Kind::kSignText);
    CHECK(match.where[0].variables == std::vector<int>{2});
    CHECK(match.limit == kDefaultLimit);
    const auto count = std::get<BoundMatch>(f.Bound("COUNT MATCH ?s ?r ?o").body);
    CHECK(count.limit == std::numeric_limits<std::uint64_t>::max());
  }
  SECTION("writes") {
    const BoundStatement add = f.Bound("ADD 'trust in people' builds bridges CONFIDENCE 0.5");
    CHECK(add.writes);
    const auto& a = std::get<BoundAdd>(add.body);
    CHECK(!a.subject.is_new);
    CHECK(a.subject.id == f.Id("trust_people"));
    CHECK(a.relation.is_new);
    CHECK(a.relation.name == "builds");
    CHECK(a.object.is_new);
    CHECK(a.evidence.confidence == 0.5);
    // Binding creates nothing.
    CHECK(!f.db.store->FindTerm("bridges")->has_value());

    const BoundStatement explained = f.Bound("EXPLAIN ADD trust_people builds bridges");
    CHECK(explained.mode == ast::Mode::kExplain);
    CHECK(!explained.writes);
    CHECK(f.Bound("REMOVE trust_people strengthens cohesion").writes);
    CHECK(f.Bound("LOAD 'x.json'").writes);
    CHECK(!f.Bound("MATCH ?s ?r ?o").writes);
  }
}

TEST_CASE("the planner orders a MATCH's join from counts alone", "[binder][planner]") {
  Fixture f;
  const auto bound = f.Bound("EXPLAIN MATCH ?a ?r ?b, ?p addresses ?a, ?p is_a lever");
  const std::uint64_t scans = ProcessWork().pattern_scans.load();
  auto plan = f.executor.Plan(bound);
  REQUIRE(plan.ok());
  CHECK(ProcessWork().pattern_scans.load() == scans);
  REQUIRE(plan->join.size() == 3);
  CHECK(plan->join[0].pattern == 2);  // ?p is_a lever: two constants
  CHECK(plan->join[0].estimate == 1u);
  CHECK(plan->join[1].pattern == 1);  // ?p addresses ?a: shares ?p
  CHECK(plan->join[1].join_on == std::vector<int>{3});
  CHECK(plan->join[2].pattern == 0);
  CHECK(plan->join[2].join_on == std::vector<int>{0});
  CHECK(plan->join[2].estimate == f.db.store->counts().edges);
}

}  // namespace
}  // namespace causalkg
