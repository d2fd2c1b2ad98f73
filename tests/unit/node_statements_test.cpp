// RENAME NODE, MERGE and REMOVE NODE on a small graph worked out by hand,
// claim by claim and piece by piece; REMOVE's orphans; EXPLAIN and errors
// leave the store byte for byte as it was.
#include <catch2/catch.hpp>

#include <set>
#include <tuple>

#include "engine/exec/executor.hpp"
#include "grammar/parse.hpp"
#include "store_entries.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

// a: digitalisaton (a misspelling, with labels of its own), b: digitalisation.
//   a amplifies loneliness   s1 "q1", s2 "q2"
//   b amplifies loneliness   s1 "q1" (confidence 0.9), s3 "q3"
//   screens increases a      (bare)
//   a weakens cohesion       s1 "q4"
//   a increases a            (a claim on itself)
constexpr const char* kGraph = R"({
  "sources": [{"id": "s1", "title": "Notes"}],
  "nodes": [
    {"id": "digitalisation", "label": {"en": "digitalisation", "nl": "digitalisering"}},
    {"id": "digitalisaton", "label": {"fr": "numérisation", "nl": "digitalisatie"}}
  ],
  "claims": [
    {"subject": "digitalisaton", "relation": "amplifies", "object": "loneliness",
     "source": "s1", "quote": "q1"},
    {"subject": "digitalisaton", "relation": "amplifies", "object": "loneliness",
     "source": "s2", "quote": "q2"},
    {"subject": "digitalisation", "relation": "amplifies", "object": "loneliness",
     "source": "s1", "quote": "q1", "confidence": 0.9},
    {"subject": "digitalisation", "relation": "amplifies", "object": "loneliness",
     "source": "s3", "quote": "q3"},
    {"subject": "screens", "relation": "increases", "object": "digitalisaton"},
    {"subject": "digitalisaton", "relation": "weakens", "object": "cohesion",
     "source": "s1", "quote": "q4"},
    {"subject": "digitalisaton", "relation": "increases", "object": "digitalisaton"}
  ]
})";

using Claim = std::tuple<std::string, std::string, std::string>;
// A piece as these checks tell pieces apart: source, quote, confidence.
using Piece = std::tuple<std::string, std::string, std::optional<double>>;

std::set<Piece> PiecesOf(const testing::Contents& contents, const Claim& claim) {
  std::set<Piece> pieces;
  auto it = contents.claims.find(claim);
  if (it == contents.claims.end()) return pieces;
  for (const Evidence& e : it->second) pieces.emplace(e.source, e.quote, e.confidence);
  return pieces;
}

std::set<Claim> ClaimsIn(const testing::Contents& contents) {
  std::set<Claim> claims;
  for (const auto& [claim, evidence] : contents.claims) claims.insert(claim);
  return claims;
}

// Every entry of every family: the store byte for byte.
std::vector<std::vector<std::pair<std::string, std::string>>> Bytes(const Store& store) {
  std::vector<std::vector<std::pair<std::string, std::string>>> families;
  for (int family = 0; family < static_cast<int>(codec::kFamilies.size()); ++family)
    families.push_back(testing::Entries(store, static_cast<codec::Family>(family)));
  return families;
}

struct Graph {
  testing::ScratchStore db;
  Executor executor{*db.store, ExecutorOptions{}};
  explicit Graph(const char* json = kGraph) { testing::MustLoad(*db.store, json); }
  Result<QueryResult> Run(const std::string& text) {
    grammar::ParseResult parsed = grammar::Parse(text);
    REQUIRE_FALSE(parsed.error);
    REQUIRE(parsed.statements.size() == 1);
    return executor.Execute(parsed.statements.front());
  }
  WriteResult Write(const std::string& text) {
    auto result = Run(text);
    INFO(text << ": " << (result.ok() ? "" : result.status().ToString()));
    REQUIRE(result.ok());
    REQUIRE(std::holds_alternative<WriteResult>(result->body));
    testing::CheckEveryEntryDecodes(*db.store);
    return std::get<WriteResult>(result->body);
  }
  // Runs `text`, which must fail with `code`, and checks that it changed
  // nothing; the error.
  Status Refused(const std::string& text, StatusCode code) {
    const auto before = Bytes(*db.store);
    auto result = Run(text);
    INFO(text);
    REQUIRE_FALSE(result.ok());
    CHECK(result.status().code() == code);
    CHECK(Bytes(*db.store) == before);
    return result.status();
  }
  bool Has(const std::string& name) {
    auto found = db.store->FindTerm(name);
    REQUIRE(found.ok());
    return found->has_value();
  }
};

TEST_CASE("MERGE moves every claim and piece of evidence onto the node merged into", "[nodes]") {
  Graph g;
  const StoreCounts before = g.db.store->counts();
  const WriteResult merged = g.Write("MERGE digitalisaton INTO digitalisation");
  const testing::Contents after = testing::ContentsOf(*g.db.store);

  CHECK(ClaimsIn(after) == std::set<Claim>{
                               {"digitalisation", "amplifies", "loneliness"},
                               {"screens", "increases", "digitalisation"},
                               {"digitalisation", "weakens", "cohesion"},
                               {"digitalisation", "increases", "digitalisation"},
                           });
  // The claim b had keeps its pieces; a's join it, the one with b's source
  // and quote once, as b had it.
  CHECK(PiecesOf(after, {"digitalisation", "amplifies", "loneliness"}) ==
        std::set<Piece>{{"s1", "q1", 0.9}, {"s2", "q2", std::nullopt}, {"s3", "q3", std::nullopt}});
  CHECK(PiecesOf(after, {"digitalisation", "weakens", "cohesion"}) ==
        std::set<Piece>{{"s1", "q4", std::nullopt}});
  CHECK(PiecesOf(after, {"screens", "increases", "digitalisation"}).empty());
  // b keeps its labels, takes a's in a language it had none in.
  CHECK(after.terms.at("digitalisation").labels ==
        Labels{{"en", "digitalisation"}, {"fr", "numérisation"}, {"nl", "digitalisering"}});
  CHECK_FALSE(g.Has("digitalisaton"));

  const WriteSummary& w = merged.summary;
  CHECK(w.removed_edges == 4);  // a's claims, each moved
  CHECK(w.new_edges == 3);      // one joined b's
  CHECK(w.removed_evidence == 3);
  CHECK(w.evidence_added == 2);  // s1 "q1" was there already
  CHECK(w.removed_nodes == 1);
  const StoreCounts& now = g.db.store->counts();
  CHECK(now.nodes == before.nodes - 1);
  CHECK(now.edges == before.edges - 1);
  CHECK(now.evidence == before.evidence - 1);
  CHECK(merged.message ==
        "Merged digitalisaton into digitalisation: 4 claims and 3 pieces of evidence moved, 1 of "
        "the claims onto digitalisation's own, 1 of the pieces there already (the same source "
        "and quote); labels kept: 'numérisation' (fr); labels dropped, digitalisation having its "
        "own in their languages: 'digitalisatie' (nl); digitalisaton is removed");

  // The old name and its dropped label find nothing; the kept label finds b.
  CHECK(g.Refused("WHY digitalisaton amplifies loneliness", StatusCode::kNotFound).kind() ==
        ErrorKind::kName);
  CHECK(g.Refused("WHY digitalisatie amplifies loneliness", StatusCode::kNotFound).message() ==
        "unknown node 'digitalisatie'");
  auto by_label = g.Run("WHY 'numérisation' amplifies loneliness");
  REQUIRE(by_label.ok());
}

TEST_CASE("MERGE refuses a claim between the two nodes, and changes nothing", "[nodes]") {
  Graph g(R"({"claims": [
      {"subject": "digitalisaton", "relation": "increases", "object": "loneliness"},
      {"subject": "digitalisaton", "relation": "amplifies", "object": "digitalisation"}]})");
  const Status refused = g.Refused("MERGE digitalisaton INTO digitalisation", StatusCode::kInvalid);
  CHECK(refused.message() ==
        "the claim 'digitalisaton amplifies digitalisation' would become a claim of "
        "'digitalisation' on itself");
  CHECK(refused.hint() ==
        "remove it first (REMOVE digitalisaton amplifies digitalisation), then MERGE");
  CHECK(refused.offset() == std::size_t{6});

  CHECK_THAT(g.Refused("MERGE digitalisaton INTO digitalisaton", StatusCode::kInvalid).message(),
             Catch::Contains("the same node"));
  CHECK(g.Refused("MERGE digitalisaton INTO nowhere", StatusCode::kNotFound).message() ==
        "unknown node 'nowhere'");
  CHECK(g.Refused("MERGE increases INTO digitalisation", StatusCode::kInvalid).message() ==
        "'increases' is a relation, not a node");
  // Explained, it changes nothing either.
  const auto before = Bytes(*g.db.store);
  REQUIRE(g.Run("EXPLAIN MERGE loneliness INTO digitalisation").ok());
  CHECK(Bytes(*g.db.store) == before);
}

TEST_CASE("RENAME NODE gives a node a new id; its claims, evidence and labels stay with it",
          "[nodes]") {
  Graph g;
  const testing::Contents before = testing::ContentsOf(*g.db.store);
  const TermId id = testing::IdOf(*g.db.store, "digitalisaton");
  const WriteResult renamed = g.Write("RENAME NODE digitalisaton TO digitisation");
  CHECK(renamed.message ==
        "Renamed node digitalisaton to digitisation: its 4 claims, 3 pieces of evidence and 2 "
        "labels stay with it");
  CHECK(testing::IdOf(*g.db.store, "digitisation") == id);
  CHECK_FALSE(g.Has("digitalisaton"));
  const testing::Contents after = testing::ContentsOf(*g.db.store);
  // Claim by claim, piece by piece: the same, under the new name.
  auto renamed_name = [](const std::string& name) {
    return name == "digitalisaton" ? std::string("digitisation") : name;
  };
  REQUIRE(after.claims.size() == before.claims.size());
  for (const auto& [claim, evidence] : before.claims) {
    const auto& [s, r, o] = claim;
    const Claim moved{renamed_name(s), r, renamed_name(o)};
    INFO(s << " " << r << " " << o);
    REQUIRE(after.claims.count(moved));
    CHECK(after.claims.at(moved) == evidence);
  }
  CHECK(after.terms.at("digitisation") == before.terms.at("digitalisaton"));
  // Its labels still find it; a case-only rename keeps the folded id.
  REQUIRE(g.Run("WHY 'digitalisatie' weakens cohesion").ok());
  g.Write("RENAME NODE digitisation TO Digitisation");
  REQUIRE(g.Run("WHY digitisation weakens cohesion").ok());
}

TEST_CASE("RENAME NODE refuses an id that names something already, and changes nothing",
          "[nodes]") {
  Graph g;
  Status taken = g.Refused("RENAME NODE digitalisaton TO digitalisation", StatusCode::kExists);
  CHECK(taken.message() == "there is a node 'digitalisation' already");
  CHECK(taken.hint() ==
        "MERGE digitalisaton INTO digitalisation makes the two one node, with the claims and "
        "evidence of both");
  CHECK(taken.offset() == std::string("RENAME NODE digitalisaton TO ").size());
  CHECK(g.Refused("RENAME NODE digitalisaton TO amplifies", StatusCode::kExists).message() ==
        "there is a relation 'amplifies' already");
  CHECK(g.Refused("RENAME NODE digitalisaton TO Digitalisering", StatusCode::kExists).message() ==
        "'Digitalisering' names 'digitalisation' already (as its id or label)");
  CHECK(g.Refused("RENAME NODE digitalisaton TO digitalisaton", StatusCode::kExists).message() ==
        "'digitalisaton' is the node's id already");
  CHECK_THAT(g.Refused("RENAME NODE digitalisaton TO 'a\tb'", StatusCode::kOther).message(),
             Catch::Contains("ids may not hold control characters"));
  CHECK(g.Refused("RENAME NODE amplifies TO boosts", StatusCode::kInvalid).message() ==
        "'amplifies' is a relation, not a node");
  // Its own label may become its id.
  g.Write("RENAME NODE digitalisaton TO 'Numérisation'");
}

TEST_CASE("REMOVE NODE removes a node with its claims and their evidence, and its orphans",
          "[nodes]") {
  Graph g;
  const StoreCounts before = g.db.store->counts();
  const WriteResult removed = g.Write("REMOVE NODE digitalisaton");
  const testing::Contents after = testing::ContentsOf(*g.db.store);
  CHECK(ClaimsIn(after) == std::set<Claim>{{"digitalisation", "amplifies", "loneliness"}});
  CHECK(PiecesOf(after, {"digitalisation", "amplifies", "loneliness"}) ==
        std::set<Piece>{{"s1", "q1", 0.9}, {"s3", "q3", std::nullopt}});
  // screens and cohesion had no other claim and no label.
  CHECK_FALSE(g.Has("digitalisaton"));
  CHECK_FALSE(g.Has("screens"));
  CHECK_FALSE(g.Has("cohesion"));
  CHECK(g.Has("loneliness"));
  CHECK(removed.summary.removed_edges == 4);
  CHECK(removed.summary.removed_evidence == 3);
  CHECK(removed.summary.removed_nodes == 3);
  CHECK(removed.summary.dropped_nodes == std::vector<std::string>{"screens", "cohesion"});
  CHECK(g.db.store->counts().nodes == before.nodes - 3);
  CHECK(removed.message ==
        "Removed node digitalisaton, its 4 claims and 3 pieces of evidence; nodes 'screens' and "
        "'cohesion' were left with no claim and no label of their own, and are removed too");
  CHECK(g.Refused("REMOVE NODE digitalisaton", StatusCode::kNotFound).message() ==
        "unknown node 'digitalisaton'");
}

TEST_CASE("REMOVE drops an end the claim leaves with nothing, and keeps a labelled one",
          "[nodes]") {
  Graph g;
  const WriteResult removed = g.Write("REMOVE screens increases digitalisaton");
  CHECK(removed.summary.dropped_nodes == std::vector<std::string>{"screens"});
  CHECK(removed.summary.removed_nodes == 1);
  CHECK(removed.message ==
        "Removed screens increases digitalisaton and 0 pieces of evidence; node 'screens' was "
        "left with no claim and no label of its own, and is removed too");
  CHECK(g.Has("digitalisaton"));
  // digitalisation's last claim goes, and its labels keep it.
  g.Write("REMOVE digitalisation amplifies loneliness");
  CHECK(g.Has("digitalisation"));
  CHECK(g.Has("loneliness"));  // a's claim still names it
  const WriteResult last = g.Write("REMOVE digitalisaton amplifies loneliness");
  CHECK(last.summary.dropped_nodes == std::vector<std::string>{"loneliness"});
}

TEST_CASE("EXPLAIN of RENAME NODE, MERGE and REMOVE NODE says what would change, and does not",
          "[nodes][explain]") {
  Graph g;
  const auto before = Bytes(*g.db.store);
  auto plan = [&](const std::string& text) {
    auto result = g.Run("EXPLAIN " + text);
    REQUIRE(result.ok());
    REQUIRE(std::holds_alternative<PlanResult>(result->body));
    CHECK(Bytes(*g.db.store) == before);
    return std::get<PlanResult>(result->body).root;
  };
  const PlanNode merge = plan("MERGE digitalisaton INTO digitalisation");
  CHECK(merge.operation == "merge node");
  REQUIRE(merge.children.size() == 5);
  CHECK(merge.children[0].detail ==
        "4 claims of digitalisaton onto digitalisation, 1 of them onto a claim it has");
  CHECK(merge.children[1].detail ==
        "3 pieces, 1 of them there already (the same source and quote)");
  CHECK(merge.children[2].detail == "'numérisation' (fr)");
  CHECK(merge.children[3].detail ==
        "'digitalisatie' (nl): digitalisation has its own in those languages");
  CHECK(merge.children[4].detail == "digitalisaton");
  const PlanNode rename = plan("RENAME NODE digitalisaton TO digitisation");
  CHECK(rename.children.at(0).detail ==
        "4 claims, 3 pieces of evidence and 2 labels, which follow the node by its number");
  const PlanNode remove = plan("REMOVE NODE digitalisaton");
  CHECK(remove.children.at(0).detail ==
        "4 claims and 3 pieces of evidence, and the nodes they leave with no claim and no label "
        "of their own");
}

}  // namespace
}  // namespace causalkg
