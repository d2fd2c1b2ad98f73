// The evidence of the claims into a node, read in one scan of the evidence
// keyed by object (engine/storage/codec.hpp, evidence_by_object): after
// every kind of write it is the store's evidence filtered by object; and a
// store of the formats before it reads the same, read-only and once
// migrated, and answers the same.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "engine/storage/codec.hpp"
#include "store_entries.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using testing::RunCausalkg;

// A piece as a claim's, with its record's bytes to compare and sort by.
using ClaimPiece = std::pair<Triple, std::string>;

std::string RecordOf(const Evidence& e) {
  auto record = codec::EncodeEvidence(e);
  REQUIRE(record.ok());
  return *record;
}

// For every node of the store at `db`: the evidence Store reads into it is
// every piece of the store whose claim's object it is, each without its
// quote, a claim's pieces together.
void CheckEvidenceIntoEveryNode(const std::string& db) {
  auto opened = Store::Open(db, OpenMode::kReadOnly);
  INFO((opened.ok() ? "" : opened.status().ToString()));
  REQUIRE(opened.ok());
  const Store& store = **opened;
  std::map<TermId, std::vector<ClaimPiece>> wanted;
  REQUIRE(store
              .ForEachEvidence([&](const Triple& t, const Evidence& e) {
                Evidence without_quote = e;
                without_quote.quote.clear();
                wanted[t.object].emplace_back(t, RecordOf(without_quote));
                return true;
              })
              .ok());
  std::size_t nodes = 0, pieces = 0;
  REQUIRE(store
              .ForEachTerm([&](TermId id, const std::string& name, const TermInfo&) {
                INFO("evidence into " << name);
                std::vector<ClaimPiece> read;
                std::set<Triple> claims_done;
                REQUIRE(store
                            .ForEachEvidenceInto(id,
                                                 [&](const Triple& t, const Evidence& e) {
                                                   CHECK(t.object == id);
                                                   CHECK(e.quote.empty());
                                                   // A claim's pieces come together.
                                                   if (read.empty() || read.back().first != t)
                                                     CHECK(claims_done.insert(t).second);
                                                   read.emplace_back(t, RecordOf(e));
                                                   return true;
                                                 })
                            .ok());
                std::sort(read.begin(), read.end());
                auto& expected = wanted[id];
                std::sort(expected.begin(), expected.end());
                CHECK(read == expected);
                ++nodes;
                pieces += read.size();
                return true;
              })
              .ok());
  CHECK(nodes > 0);
  CHECK(pieces == store.counts().evidence);
}

void Run(const std::vector<std::string>& args) {
  auto run = RunCausalkg(args);
  INFO(args.back() << "\n" << run.out << run.err);
  REQUIRE(run.exit_code == 0);
}

// Claims with evidence in JSON Lines: `n` claims among `nodes` nodes, one to
// two pieces each, confidences by `seed`.
std::string ClaimLines(int n, int nodes, int seed) {
  std::ostringstream out;
  for (int i = 0; i < n; ++i) {
    const int s = (i * 7 + seed) % nodes, o = (i * 13 + 1) % nodes;
    for (int piece = 0; piece <= i % 2; ++piece) {
      out << json{{"subject", "n" + std::to_string(s)},
                  {"relation", i % 3 == 0 ? "decreases" : "increases"},
                  {"object", "n" + std::to_string(o)},
                  {"source", "s" + std::to_string(piece)},
                  {"quote", "claim " + std::to_string(i) + " piece " + std::to_string(piece)},
                  {"confidence", ((i + seed) % 10) / 10.0},
                  {"page", i}}
                 .dump()
          << "\n";
    }
  }
  return out.str();
}

TEST_CASE("the evidence into a node is the store's evidence of that object after every write",
          "[store][evidence]") {
  testing::TempDir dir;
  const std::string db = dir.File("db");
  const std::string small = dir.File("small.jsonl"), large = dir.File("large.jsonl"),
                    again = dir.File("again.jsonl");
  std::ofstream(small) << ClaimLines(40, 12, 1);
  // Large enough to be committed as ingested files rather than one batch.
  std::ofstream(large) << ClaimLines(12000, 900, 2);
  std::ofstream(again) << ClaimLines(40, 12, 5);  // the small claims, other confidences

  const std::vector<std::vector<std::string>> writes = {
      {"--db", db, "--empty", "load", small},
      {"--db", db, "load", large},
      {"--db", db, "query", "ADD n1 increases n2 QUOTE 'said once' SOURCE s9 CONFIDENCE 0.5"},
      {"--db", db, "query",
       "ADD n1 increases n2 QUOTE 'said once' SOURCE s9 CONFIDENCE 0.9"},  // the piece changed
      {"--db", db, "load", again},
      {"--db", db, "query", "REMOVE n10 decreases n4"},
      {"--db", db, "query", "REMOVE NODE n3"},
      {"--db", db, "query", "RENAME NODE n4 TO renamed"},
      {"--db", db, "query", "MERGE n5 INTO n6"},
  };
  for (const auto& write : writes) {
    INFO(write.back());
    Run(write);
    CheckEvidenceIntoEveryNode(db);
    auto store = Store::Open(db, OpenMode::kReadOnly);
    REQUIRE(store.ok());
    testing::CheckEveryEntryDecodes(**store);
  }
}

std::string CopyOfFixture(const std::string& name, const testing::TempDir& dir) {
  const std::string db = dir.File(name);
  fs::copy(std::string(CAUSALKG_SOURCE_DIR "/tests/fixtures/") + name, db,
           fs::copy_options::recursive);
  return db;
}

TEST_CASE("a store of the formats before the evidence by object reads and answers the same",
          "[store][fixtures][evidence]") {
  const std::vector<std::string> statements = {
      "CAUSES OF trust WHERE confidence >= 0.5",
      "CAUSES OF trust WHERE source = 'model.mdl' AND origin = inferred",
      "CAUSES OF cooperation WHERE stance = refutes",
      "CAUSES OF trust WHERE attributes.weight = 0.1",
      "CAUSES OF cooperation WHERE page = 14 MIN BELIEF 0.1",
      "CAUSES OF trust MIN BELIEF 0.2",
      "SHORTEST FROM cooperation TO cooperation WHERE tool = vensim",
      "SHORTEST FROM trust TO fatigue WHERE source IN ('notes-2025', 'model.mdl')",
      "SHORTEST FROM fatigue TO cooperation WHERE section = 'Loop 2'",
      "SHORTEST FROM trust TO trust WHERE quote = 'trust makes people work together'",
      "LEVERS FOR trust WHERE origin != stated",
      "BLINDSPOTS FOR cooperation WHERE modality = none",
  };
  for (const char* fixture : {"store-causalkg-1", "store-causalkg-2"}) {
    INFO(fixture);
    testing::TempDir dir;
    const std::string db = CopyOfFixture(fixture, dir);
    // Read-only, as it is.
    CheckEvidenceIntoEveryNode(db);
    std::vector<std::string> before;
    for (const std::string& statement : statements) {
      auto run = RunCausalkg({"--db", db, "query", statement, "--format", "json"});
      INFO(statement << "\n" << run.err);
      REQUIRE(run.exit_code == 0);
      before.push_back(run.out);
    }
    // Migrated by a write that adds nothing into the nodes asked of.
    Run({"--db", db, "query", "ADD other increases another"});
    auto store = Store::Open(db, OpenMode::kReadOnly);
    REQUIRE(store.ok());
    testing::CheckEveryEntryDecodes(**store, codec::kFormat);
    store->reset();
    CheckEvidenceIntoEveryNode(db);
    for (std::size_t i = 0; i < statements.size(); ++i) {
      auto run = RunCausalkg({"--db", db, "query", statements[i], "--format", "json"});
      INFO(statements[i]);
      REQUIRE(run.exit_code == 0);
      CHECK(run.out == before[i]);
    }
  }
}

}  // namespace
}  // namespace causalkg
