// The format on disk: every entry of a store decodes as the grammar in
// engine/storage/codec.hpp says, and a store written by an earlier causalkg
// (tests/fixtures/store-causalkg-1, made from store-causalkg-1.json with
// `causalkg --empty load` and one ADD) still opens, reads and takes writes.
#include <catch2/catch.hpp>
#include <filesystem>
#include <set>

#include "engine/common/text_fold.hpp"
#include "engine/storage/codec.hpp"
#include "engine/storage/testing/store_testing.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

namespace fs = std::filesystem;
using testing::IdOf;
using testing::RunCausalkg;

// The entries of `family` as (key, value) pairs.
std::vector<std::pair<std::string, std::string>> Entries(const Store& store, codec::Family family) {
  std::vector<std::pair<std::string, std::string>> out;
  Status s =
      store_testing::ForEachEntry(store, family, [&](std::string_view k, std::string_view v) {
        out.emplace_back(k, v);
        return true;
      });
  INFO(s.ToString());
  REQUIRE(s.ok());
  return out;
}

// Decodes every entry of every family by the grammar, and checks that the
// families agree with each other and with what the store reads.
void CheckEveryEntryDecodes(const Store& store) {
  // default: only the keys of the grammar, with values of their layout.
  std::set<std::string> meta_keys;
  StoreCounts counts;
  std::uint64_t next_term = 0;
  for (const auto& [key, value] : Entries(store, codec::kMeta)) {
    INFO("metadata key " << key);
    meta_keys.insert(key);
    if (key == codec::kFormatKey) {
      CHECK(value == codec::kFormat);
    } else if (key == codec::kNextTermKey) {
      REQUIRE(codec::DecodeU64Value(value));
      next_term = *codec::DecodeU64Value(value);
    } else if (auto relation = codec::DecodePolarityKey(key)) {
      REQUIRE(codec::DecodePolarity(value));
      CHECK(store.RelationPolarity(*relation) == *codec::DecodePolarity(value));
    } else {
      bool known = false;
      for (const codec::CountKey& count : codec::kCountKeys) {
        if (key != count.key) continue;
        known = true;
        REQUIRE(codec::DecodeU64Value(value));
        counts.*count.field = *codec::DecodeU64Value(value);
      }
      CHECK(known);
    }
  }
  CHECK(meta_keys.count(std::string(codec::kFormatKey)));
  CHECK(counts == store.counts());

  // term -> id, and id -> the record that names it back.
  std::map<TermId, std::pair<std::string, TermInfo>> terms;
  for (const auto& [key, value] : Entries(store, codec::kId)) {
    auto id = codec::DecodeIdKey(key);
    REQUIRE(id);
    auto& [name, info] = terms[*id];
    REQUIRE(codec::DecodeTermRecord(value, name, info));
    CHECK(*id < next_term);
    if (info.roles & kRoleRelation) {
      CHECK(meta_keys.count(codec::PolarityKey(*id)));
    }
  }
  std::size_t names = 0;
  for (const auto& [key, value] : Entries(store, codec::kTerm)) {
    auto id = codec::DecodeTermId(value);
    REQUIRE(id);
    REQUIRE(terms.count(*id));
    CHECK(terms[*id].first == key);
    ++names;
  }
  CHECK(names == terms.size());

  // label: the folded id and labels of each term.
  std::set<std::string> labels;
  for (const auto& [key, value] : Entries(store, codec::kLabel)) {
    CHECK(value.empty());
    REQUIRE(key.size() > 5);
    CHECK(key[key.size() - 5] == '\0');
    labels.insert(key);
  }
  std::set<std::string> expected_labels;
  for (const auto& [id, term] : terms) {
    expected_labels.insert(codec::LabelKey(FoldCase(term.first), id));
    for (const auto& [language, label] : term.second.labels)
      expected_labels.insert(codec::LabelKey(FoldCase(label), id));
  }
  CHECK(labels == expected_labels);

  // spo, pos, osp: one triple set in three orders.
  std::set<Triple> by_family[3];
  const codec::Family orderings[] = {codec::kSpo, codec::kPos, codec::kOsp};
  for (int i = 0; i < 3; ++i) {
    for (const auto& [key, value] : Entries(store, orderings[i])) {
      REQUIRE(key.size() == codec::kTripleKeySize);
      CHECK(value.empty());
      const Triple t = codec::DecodeTripleKey(orderings[i], key);
      CHECK(codec::TripleKey(orderings[i], t) == key);
      CHECK((terms.count(t.subject) && terms.count(t.relation) && terms.count(t.object)));
      by_family[i].insert(t);
    }
  }
  CHECK(by_family[0] == by_family[1]);
  CHECK(by_family[0] == by_family[2]);
  CHECK(by_family[0].size() == store.counts().edges);

  // evidence: the key of a triple and of its record's source and quote.
  std::size_t evidence = 0;
  for (const auto& [key, value] : Entries(store, codec::kEvidence)) {
    REQUIRE(key.size() == codec::kEvidenceKeySize);
    Evidence e;
    REQUIRE(codec::DecodeEvidence(value, e));
    const Triple t = codec::DecodeTripleKey(codec::kSpo, key);
    CHECK(by_family[0].count(t));
    CHECK(codec::EvidenceKey(t, e) == key);
    ++evidence;
  }
  CHECK(evidence == store.counts().evidence);

  // source: an id and a JSON object.
  auto sources = Entries(store, codec::kSource);
  CHECK(sources.size() == store.counts().sources);
  for (const auto& [key, value] : sources) {
    CHECK_FALSE(key.empty());
    CHECK(value.front() == '{');
  }
}

TEST_CASE("every entry of a store written now decodes as the format's grammar says",
          "[store][codec]") {
  testing::ScratchStore db;
  testing::MustLoad(*db.store,
                    testing::ReadFile(CAUSALKG_SOURCE_DIR "/tests/fixtures/store-causalkg-1.json"));
  CheckEveryEntryDecodes(*db.store);
  // A relation of each polarity, and labels that fold to the same text.
  testing::MustLoad(*db.store, R"({"relations":[{"id":"Dampens","polarity":"-",
    "label":{"en":"dampens","nl":"DAMPENS"}}],
    "claims":[{"subject":"fatigue","relation":"Dampens","object":"trust"}]})");
  CheckEveryEntryDecodes(*db.store);
  CHECK(db.store->RelationPolarity(IdOf(*db.store, "Dampens")) == Polarity::kNegative);
}

// A copy of the fixture store, which the test may change.
std::string CopyOfFixture(const testing::TempDir& dir) {
  const std::string db = dir.File("db");
  fs::copy(CAUSALKG_SOURCE_DIR "/tests/fixtures/store-causalkg-1", db, fs::copy_options::recursive);
  return db;
}

TEST_CASE("a store written before the codec file still opens, reads and takes writes",
          "[store][codec]") {
  testing::TempDir dir;
  const std::string db = CopyOfFixture(dir);
  {
    auto store = Store::Open(db, OpenMode::kReadOnly);
    INFO((store.ok() ? "" : store.status().ToString()));
    REQUIRE(store.ok());
    const Store& s = **store;
    CHECK(s.damage().ok());
    CHECK(s.counts() == StoreCounts{5, 7, 7, 3, 1});
    CHECK(s.RelationPolarity(IdOf(s, "feeds")) == Polarity::kPositive);
    CHECK(s.RelationPolarity(IdOf(s, "reduces")) == Polarity::kNegative);
    CHECK(s.RelationPolarity(IdOf(s, "mentions")) == Polarity::kNone);
    std::string name;
    TermInfo info;
    REQUIRE(s.ReadTerm(IdOf(s, "trust"), name, info).ok());
    CHECK(info.labels == Labels{{"en", "trust"}, {"nl", "vertrouwen"}});
    auto by_label = s.FindByLabel("Vertrouwen");
    REQUIRE(by_label.ok());
    CHECK(*by_label == std::vector<TermId>{IdOf(s, "trust")});
    // The last write is still in the write-ahead log, not in a table file.
    auto evidence = s.EvidenceOf({IdOf(s, "fatigue"), IdOf(s, "reduces"), IdOf(s, "trust")});
    REQUIRE(evidence.ok());
    REQUIRE(evidence->size() == 1);
    CHECK(evidence->front().quote == "tired people trust less");
    CHECK(evidence->front().confidence == 0.5);
    CheckEveryEntryDecodes(s);
  }

  auto why = RunCausalkg({"--db", db, "query", "WHY trust increases cooperation"});
  CHECK(why.exit_code == 0);
  CHECK_THAT(why.out, Catch::Contains("notes-2024, can, confidence 0.75") &&
                          Catch::Contains("\"trust makes people work together\""));
  auto levers = RunCausalkg({"--db", db, "query", "LEVERS FOR cooperation"});
  CHECK_THAT(levers.out, Catch::Contains("a policy  in place  trust    addresses"));

  auto add = RunCausalkg({"--db", db, "query", "ADD cooperation reduces fatigue"});
  INFO(add.err);
  CHECK(add.exit_code == 0);
  auto store = Store::Open(db, OpenMode::kReadOnly);
  REQUIRE(store.ok());
  CHECK((*store)->counts() == StoreCounts{5, 7, 8, 3, 1});
  CheckEveryEntryDecodes(**store);
}

}  // namespace
}  // namespace causalkg
