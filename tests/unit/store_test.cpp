// The store: pattern scans, evidence merging, label lookup, locking.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <set>

#include "engine/storage/write_set.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using testing::IdOf;
using testing::MustLoad;
using testing::ScratchStore;

std::vector<Triple> ScanAll(const Store& store, const TriplePattern& pattern) {
  std::vector<Triple> out;
  Status s = store.Scan(pattern, [&](const Triple& t) {
    out.push_back(t);
    return true;
  });
  REQUIRE(s.ok());
  std::sort(out.begin(), out.end());
  return out;
}

// A random claims document over nodes n0..n7 and three relations, and the
// distinct triples it holds (by name).
std::string RandomDocument(unsigned seed,
                           std::set<std::tuple<std::string, std::string, std::string>>& triples) {
  std::mt19937 rng(seed);
  const char* relations[] = {"amplifies", "weakens", "addresses"};
  std::string claims;
  for (int i = 0; i < 80; ++i) {
    std::string s = "n" + std::to_string(rng() % 8), o = "n" + std::to_string(rng() % 8);
    std::string r = relations[rng() % 3];
    triples.emplace(s, r, o);
    claims += std::string(claims.empty() ? "" : ",") + R"({"subject":")" + s + R"(","relation":")" +
              r + R"(","object":")" + o + R"("})";
  }
  return R"({"claims":[)" + claims + "]}";
}

TEST_CASE("every triple pattern shape returns exactly the matching triples", "[store]") {
  ScratchStore db;
  std::set<std::tuple<std::string, std::string, std::string>> expected_names;
  MustLoad(*db.store, RandomDocument(7, expected_names));
  std::vector<Triple> all;
  for (const auto& [s, r, o] : expected_names) {
    all.push_back({IdOf(*db.store, s), IdOf(*db.store, r), IdOf(*db.store, o)});
  }
  REQUIRE(db.store->counts().edges == all.size());
  REQUIRE(ScanAll(*db.store, {}).size() == all.size());

  std::vector<TermId> nodes, relations;
  for (int i = 0; i < 8; ++i) nodes.push_back(IdOf(*db.store, "n" + std::to_string(i)));
  for (const char* r : {"amplifies", "weakens", "addresses"})
    relations.push_back(IdOf(*db.store, r));

  for (int mask = 0; mask < 8; ++mask) {
    for (TermId s : nodes) {
      for (TermId r : relations) {
        for (TermId o : nodes) {
          TriplePattern p;
          if (mask & 1) p.subject = s;
          if (mask & 2) p.relation = r;
          if (mask & 4) p.object = o;
          std::vector<Triple> expected;
          for (const Triple& t : all) {
            if ((!p.subject || t.subject == s) && (!p.relation || t.relation == r) &&
                (!p.object || t.object == o)) {
              expected.push_back(t);
            }
          }
          std::sort(expected.begin(), expected.end());
          INFO("mask " << mask << " s " << s << " r " << r << " o " << o);
          REQUIRE(ScanAll(*db.store, p) == expected);
        }
      }
    }
  }
}

TEST_CASE("the same triple from several claims is one edge with several pieces of evidence",
          "[store]") {
  ScratchStore db;
  auto summary = MustLoad(*db.store, R"({"claims":[
    {"subject":"a","relation":"amplifies","object":"b","source":"r1","quote":"A amplifies B.","confidence":0.6,"modality":"can"},
    {"subject":"a","relation":"amplifies","object":"b","source":"r2","quote":"B grows with A."},
    {"subject":"a","relation":"amplifies","object":"b","source":"r1","quote":"A amplifies B.","confidence":0.6,"modality":"can"}
  ]})");
  CHECK(summary.claims == 3);
  CHECK(summary.write.new_edges == 1);
  CHECK(summary.write.evidence_added == 2);
  const Triple t{IdOf(*db.store, "a"), IdOf(*db.store, "amplifies"), IdOf(*db.store, "b")};
  auto evidence = db.store->EvidenceOf(t);
  REQUIRE(evidence.ok());
  REQUIRE(evidence->size() == 2);
  std::set<std::string> quotes;
  for (const Evidence& e : *evidence) quotes.insert(e.source + ": " + e.quote);
  CHECK(quotes == std::set<std::string>{"r1: A amplifies B.", "r2: B grows with A."});
  for (const Evidence& e : *evidence) {
    if (e.source == "r1") {
      CHECK(e.modality == "can");
      CHECK(e.confidence == Approx(0.6));
    } else {
      CHECK_FALSE(e.confidence.has_value());
    }
  }

  SECTION("a later file adds evidence to the existing edge") {
    auto more = MustLoad(*db.store, R"({"claims":[
      {"subject":"a","relation":"amplifies","object":"b","source":"r3","quote":"Yes."}]})");
    CHECK(more.write.new_edges == 0);
    CHECK(more.write.evidence_added == 1);
    CHECK(db.store->counts().edges == 1);
    CHECK(db.store->counts().evidence == 3);
  }
}

TEST_CASE("nodes are found by id and by label in any language, case-insensitively", "[store]") {
  ScratchStore db;
  MustLoad(*db.store, R"({"nodes":[
      {"id":"social_cohesion","kind":"outcome","label":{"en":"social cohesion","nl":"sociale samenhang"}},
      {"id":"digitalisation","label":{"en":"digitalisation","nl":"digitalisering"}},
      {"id":"cafe","label":{"en":"Café Society","nl":"ÉÉN café"}}],
    "claims":[{"subject":"digitalisation","relation":"erodes","object":"social_cohesion"}]})");
  const TermId cohesion = IdOf(*db.store, "social_cohesion");
  auto find = [&](const std::string& name) {
    auto ids = db.store->FindByLabel(name);
    REQUIRE(ids.ok());
    return ids.value();
  };
  CHECK(find("social cohesion") == std::vector<TermId>{cohesion});
  CHECK(find("Sociale Samenhang") == std::vector<TermId>{cohesion});
  CHECK(find("  SOCIALE   samenhang ") == std::vector<TermId>{cohesion});
  CHECK(find("SOCIAL_COHESION") == std::vector<TermId>{cohesion});
  CHECK(find("DIGITALISERING") == std::vector<TermId>{IdOf(*db.store, "digitalisation")});
  CHECK(find("één CAFÉ") == std::vector<TermId>{IdOf(*db.store, "cafe")});
  CHECK(find("café society") == std::vector<TermId>{IdOf(*db.store, "cafe")});
  CHECK(find("cohesion").empty());

  std::string name;
  TermInfo info;
  REQUIRE(db.store->ReadTerm(cohesion, name, info).ok());
  CHECK(name == "social_cohesion");
  CHECK(info.labels.at("nl") == "sociale samenhang");
  CHECK((info.roles & kRoleNode) != 0);
}

TEST_CASE("relations keep their polarity as data: declared, built in, or none", "[store]") {
  ScratchStore db;
  auto summary = MustLoad(*db.store, R"({
    "relations":[{"id":"feeds","polarity":"+"},{"id":"starves","polarity":"-"},{"id":"mentions","polarity":null},
                 {"id":"touches","polarity":"?"}],
    "claims":[
      {"subject":"a","relation":"feeds","object":"b"},
      {"subject":"a","relation":"starves","object":"b"},
      {"subject":"a","relation":"mentions","object":"b"},
      {"subject":"a","relation":"touches","object":"b"},
      {"subject":"a","relation":"erodes","object":"b"},
      {"subject":"a","relation":"influences","object":"b"},
      {"subject":"a","relation":"sways","object":"b"},
      {"subject":"b","relation":"sways","object":"a"}]})");
  CHECK(db.store->RelationPolarity(IdOf(*db.store, "feeds")) == Polarity::kPositive);
  CHECK(db.store->RelationPolarity(IdOf(*db.store, "starves")) == Polarity::kNegative);
  CHECK(db.store->RelationPolarity(IdOf(*db.store, "mentions")) == Polarity::kNone);
  CHECK(db.store->RelationPolarity(IdOf(*db.store, "touches")) == Polarity::kUnknown);
  CHECK(db.store->RelationPolarity(IdOf(*db.store, "erodes")) == Polarity::kNegative);
  CHECK(db.store->RelationPolarity(IdOf(*db.store, "influences")) == Polarity::kUnknown);
  CHECK(db.store->RelationPolarity(IdOf(*db.store, "sways")) == Polarity::kNone);
  REQUIRE(summary.write.warnings.size() == 1);
  CHECK_THAT(summary.write.warnings[0],
             Catch::Contains("'sways'") && Catch::Contains("non-causal"));

  SECTION("polarities survive reopening") {
    const std::string path = db.store->path();
    db.store.reset();
    auto reopened = Store::Open(path, OpenMode::kReadOnly);
    REQUIRE(reopened.ok());
    CHECK((*reopened)->RelationPolarity(IdOf(**reopened, "feeds")) == Polarity::kPositive);
    CHECK((*reopened)->RelationPolarity(IdOf(**reopened, "erodes")) == Polarity::kNegative);
    CHECK((*reopened)->RelationPolarity(IdOf(**reopened, "touches")) == Polarity::kUnknown);
    CHECK((*reopened)->RelationPolarity(IdOf(**reopened, "influences")) == Polarity::kUnknown);
    std::string name;
    TermInfo info;
    REQUIRE((*reopened)->ReadTerm(IdOf(**reopened, "touches"), name, info).ok());
    CHECK(info.polarity == Polarity::kUnknown);
    CHECK(info.polarity_declared);
    CHECK((*reopened)->counts().edges == 8);
  }
}

TEST_CASE(
    "a database open for writing refuses a second writer with a clear error but admits readers",
    "[store]") {
  ScratchStore db;
  MustLoad(*db.store, R"({"claims":[{"subject":"a","relation":"amplifies","object":"b"}]})");
  auto second = Store::Open(db.store->path(), OpenMode::kReadWrite);
  REQUIRE_FALSE(second.ok());
  CHECK(second.status().kind() == ErrorKind::kStorage);
  CHECK_THAT(second.status().message(), Catch::Contains(db.store->path()) &&
                                            Catch::Contains("open for writing in another process"));
  auto reader = Store::Open(db.store->path(), OpenMode::kReadOnly);
  REQUIRE(reader.ok());
  CHECK((*reader)->counts().edges == 1);
}

TEST_CASE("opening a directory that holds no database read-only says so", "[store]") {
  testing::TempDir dir;
  auto opened = Store::Open(dir.File("nothing"), OpenMode::kReadOnly);
  REQUIRE_FALSE(opened.ok());
  CHECK_THAT(opened.status().ToString(),
             Catch::StartsWith("Storage error: there is no causalkg database at"));
}

TEST_CASE("removing a triple removes its index entries and evidence", "[store]") {
  ScratchStore db;
  MustLoad(*db.store, R"({"claims":[
    {"subject":"a","relation":"amplifies","object":"b","source":"s","quote":"q1"},
    {"subject":"a","relation":"amplifies","object":"b","source":"s","quote":"q2"},
    {"subject":"b","relation":"weakens","object":"c","source":"s","quote":"q3"}]})");
  const Triple ab{IdOf(*db.store, "a"), IdOf(*db.store, "amplifies"), IdOf(*db.store, "b")};
  WriteSet write(*db.store);
  write.RemoveTriple(ab);
  auto summary = write.Commit();
  REQUIRE(summary.ok());
  CHECK(summary->removed_edges == 1);
  CHECK(summary->removed_evidence == 2);
  CHECK(db.store->counts().edges == 1);
  CHECK(db.store->counts().evidence == 1);
  CHECK(ScanAll(*db.store, {ab.subject, std::nullopt, std::nullopt}).empty());
  CHECK(ScanAll(*db.store, {std::nullopt, ab.relation, std::nullopt}).empty());
  CHECK(ScanAll(*db.store, {std::nullopt, std::nullopt, ab.object}).empty());
  CHECK(db.store->EvidenceOf(ab)->empty());
}

}  // namespace
}  // namespace causalkg
