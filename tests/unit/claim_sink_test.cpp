// The claim sink fed plain records, as a reader of any format feeds it: what
// it stores, what it reports, and how it words a problem at its place.
#include <catch2/catch.hpp>

#include "engine/storage/write_set.hpp"
#include "kb/ingest/claim_sink.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using kb::ClaimRecord;
using kb::EvidenceRecord;
using kb::LabelRecord;
using kb::Origin;
using kb::RecordField;
using testing::ExportOf;
using testing::IdOf;
using testing::ScratchStore;

bool HasLine(const std::string& text, const std::string& line) {
  return ("\n" + text).find("\n" + line + "\n") != std::string::npos;
}

TEST_CASE("records without any JSON are stored, and the load reports what they added",
          "[load][sink]") {
  ScratchStore db;
  WriteSet write(*db.store);
  kb::ClaimSink sink(write);
  const Origin origin{.file = "map.foo", .line = 1};

  REQUIRE(
      sink.DeclareSource({.id = "s1", .json = R"({"id":"s1","title":"Report one"})"}, origin).ok());
  const LabelRecord feeds_labels[] = {{.language = "en", .text = "feeds"},
                                      {.language = "nl", .text = "voedt"}};
  REQUIRE(sink.DeclareRelation(
                  {.id = "feeds", .labels = feeds_labels, .polarity = Polarity::kPositive}, origin)
              .ok());
  const LabelRecord alpha_label[] = {{.text = "Alpha"}};
  REQUIRE(sink.DeclareNode({.id = "a", .kind = "lever", .labels = alpha_label}, origin).ok());

  const EvidenceRecord one[] = {
      {.source = "s1", .quote = "A feeds B.", .modality = "can", .confidence = 0.5}};
  REQUIRE(
      sink.AddClaim({.subject = "a", .relation = "feeds", .object = "b", .evidence = one}, origin)
          .ok());
  // Two pieces of evidence for one claim, one of them from an undeclared source.
  const EvidenceRecord two[] = {{.source = "s1", .quote = "Again."},
                                {.source = "s2", .quote = "Elsewhere.", .confidence = 1.0}};
  REQUIRE(
      sink.AddClaim({.subject = "b", .relation = "weakens", .object = "c", .evidence = two}, origin)
          .ok());
  REQUIRE(
      sink.AddClaim({.subject = "c", .relation = "mentions", .object = "a"}, origin).ok());  // bare
  CHECK(sink.claims() == 3);

  auto committed = sink.Commit();
  INFO((committed.ok() ? std::string() : committed.status().ToString()));
  REQUIRE(committed.ok());
  CHECK(kb::DescribeSummary(*committed) ==
        "3 claims: 4 new edges, 4 new nodes, 3 pieces of evidence added, 4 new relations, 2 new "
        "sources, 1 warning");
  REQUIRE(committed->write.warnings.size() == 1);
  CHECK_THAT(committed->write.warnings[0], Catch::Contains("'mentions'"));

  const StoreCounts& counts = db.store->counts();
  CHECK(counts.edges == 4);  // a is_a lever, and the three claims
  CHECK(counts.evidence == 3);
  CHECK(counts.sources == 2);  // s1 declared, s2 named by its evidence only
  CHECK(db.store->RelationPolarity(IdOf(*db.store, "feeds")) == Polarity::kPositive);
  CHECK(db.store->RelationPolarity(IdOf(*db.store, "weakens")) == Polarity::kNegative);
  auto evidence = db.store->EvidenceOf(
      {IdOf(*db.store, "b"), IdOf(*db.store, "weakens"), IdOf(*db.store, "c")});
  REQUIRE(evidence.ok());
  CHECK(evidence->size() == 2);

  const std::string exported = ExportOf(*db.store, kb::ExportFormat::kJsonLines);
  INFO(exported);
  CHECK(HasLine(exported, R"({"source":{"id":"s1","title":"Report one"}})"));
  CHECK(
      HasLine(exported,
              R"({"relation":{"id":"feeds","label":{"en":"feeds","nl":"voedt"},"polarity":"+"}})"));
  CHECK(HasLine(exported, R"({"node":{"id":"a","label":{"en":"Alpha"}}})"));
  CHECK(HasLine(exported, R"({"object":"lever","relation":"is_a","subject":"a"})"));
  CHECK(HasLine(
      exported,
      R"({"confidence":0.5,"modality":"can","object":"b","quote":"A feeds B.","relation":"feeds","source":"s1","subject":"a"})"));
  CHECK(HasLine(
      exported,
      R"({"confidence":1.0,"object":"c","quote":"Elsewhere.","relation":"weakens","source":"s2","subject":"b"})"));
  CHECK(HasLine(exported, R"({"object":"a","relation":"mentions","subject":"c"})"));
}

// The error the sink gives for `claim` at `origin`, on a fresh store that it
// must leave empty.
std::string ClaimError(const ClaimRecord& claim, const Origin& origin) {
  ScratchStore db;
  std::string error;
  {
    WriteSet write(*db.store);
    kb::ClaimSink sink(write);
    Status s = sink.AddClaim(claim, origin);
    REQUIRE_FALSE(s.ok());
    CHECK(s.kind() == ErrorKind::kLoad);
    CHECK(sink.claims() == 0);
    error = s.ToString();
  }
  CHECK(db.store->counts() == StoreCounts{});
  return error;
}

TEST_CASE("the sink words a bad record at its place, in one order of fields", "[load][sink]") {
  const Origin line3{.file = "map.foo", .line = 3};
  const Origin claim2{.file = "map.foo", .index = 2};
  const EvidenceRecord plain[] = {EvidenceRecord()};

  SECTION("a missing field, by line or by number") {
    CHECK(ClaimError({.subject = "a", .object = "b", .evidence = plain}, line3) ==
          "Load error: map.foo, line 3: field 'relation' is missing");
    CHECK(ClaimError({.subject = "a", .object = "b", .evidence = plain}, claim2) ==
          "Load error: map.foo: claim 2: field 'relation' is missing");
    CHECK(ClaimError({.subject = "a", .relation = "r", .object = "", .evidence = plain}, line3) ==
          "Load error: map.foo, line 3: field 'object' is empty");
  }
  SECTION("a field the reader refused comes in its turn") {
    ClaimRecord claim{.object = "b", .evidence = plain};
    claim.refused = {RecordField::kRelation, "must be a string, not a number"};
    // The subject is checked before the relation.
    CHECK(ClaimError(claim, line3) == "Load error: map.foo, line 3: field 'subject' is missing");
    claim.subject = "a";
    CHECK(ClaimError(claim, line3) ==
          "Load error: map.foo, line 3: field 'relation' must be a string, not a number");
  }
  SECTION("a confidence outside 0..1, quoted as the input wrote it or as a number") {
    const EvidenceRecord written[] = {{.confidence = 1.5, .confidence_text = "1.50"}};
    CHECK(
        ClaimError({.subject = "a", .relation = "r", .object = "b", .evidence = written}, claim2) ==
        "Load error: map.foo: claim 2: field 'confidence' must be between 0 and 1, not 1.50");
    const EvidenceRecord unwritten[] = {{.confidence = -2.0}};
    CHECK(ClaimError({.subject = "a", .relation = "r", .object = "b", .evidence = unwritten},
                     claim2) ==
          "Load error: map.foo: claim 2: field 'confidence' must be between 0 and 1, not -2");
  }
  SECTION("a piece of evidence among several is named by its number") {
    const EvidenceRecord pieces[] = {{.source = "s1", .quote = "fine"},
                                     {.source = "s\x01", .quote = "bad source"}};
    CHECK_THAT(
        ClaimError({.subject = "a", .relation = "r", .object = "b", .evidence = pieces}, line3),
        Catch::StartsWith("Load error: map.foo, line 3: evidence 2: the source id 's\\x01' "));
  }
  SECTION("a text the field rules refuse names its field") {
    CHECK_THAT(
        ClaimError(
            {.subject = "a", .relation = "r", .object = std::string(1025, 'o'), .evidence = plain},
            claim2),
        Catch::StartsWith("Load error: map.foo: claim 2: field 'object': the id 'ooo") &&
            Catch::Contains("is 1,025 bytes; ids hold at most 1,024 bytes"));
  }
}

TEST_CASE("the sink checks a label's language before it names the label by it", "[load][sink]") {
  ScratchStore db;
  WriteSet write(*db.store);
  kb::ClaimSink sink(write);
  const Origin node1{.file = "map.foo", .index = 1};
  const LabelRecord bad_language[] = {
      {.language = "\x01", .problem = "must be a string, not a number"}};
  Status s = sink.DeclareNode({.id = "a", .labels = bad_language}, node1);
  CHECK_THAT(s.ToString(), Catch::StartsWith("Load error: map.foo: node 1: field 'label': the "
                                             "language tag '\\x01'"));
  const LabelRecord bad_text[] = {{.language = "en", .text = "x"},
                                  {.language = "nl", .problem = "must be a string, not a number"}};
  CHECK(sink.DeclareNode({.id = "a", .labels = bad_text}, node1).ToString() ==
        "Load error: map.foo: node 1: field 'label.nl' must be a string, not a number");
}

TEST_CASE("a polarity that contradicts the store is said of the relation, not the record",
          "[load][sink]") {
  ScratchStore db;
  testing::MustLoad(*db.store, R"({"relations":[{"id":"feeds","polarity":"+"}],"claims":[]})");
  WriteSet write(*db.store);
  kb::ClaimSink sink(write);
  Status s = sink.DeclareRelation({.id = "feeds", .polarity = Polarity::kNegative},
                                  {.file = "map.foo", .index = 4});
  CHECK(s.ToString() ==
        "Load error: map.foo: relation 'feeds' has polarity + in the store but is declared - here");
}

}  // namespace
}  // namespace causalkg
