// The fields a piece of evidence has besides source, quote, modality and
// confidence (start, end, page, section, url, origin, tool, stance,
// attributes): read alike by the JSON document, JSON Lines' fast and general
// readers; refused with their place when they are wrong; loaded twice
// without change, and again with other values as an update; exported so that
// the export loads back into the same store.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "kb/ingest/fast_claim.hpp"
#include "store_entries.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using nlohmann::json;
using testing::CheckSameContents;
using testing::ContentsOf;
using testing::RunCausalkg;
using testing::RunResult;

const std::string kDocument = CAUSALKG_SOURCE_DIR "/tests/fixtures/store-causalkg-2.json";

// The document's claims as JSON Lines: its declarations first, then a line
// a claim. With `general`, each claim line has a field the fast reader
// leaves to the general one.
std::string AsLines(const json& document, bool general) {
  std::string out;
  for (const json& source : document["sources"]) out += json{{"source", source}}.dump() + "\n";
  for (const json& relation : document["relations"])
    out += json{{"relation", relation}}.dump() + "\n";
  for (const json& node : document["nodes"]) out += json{{"node", node}}.dump() + "\n";
  for (json claim : document["claims"]) {
    if (general) claim["comment"] = "read by the general reader";
    out += claim.dump() + "\n";
  }
  return out;
}

RunResult Load(const std::string& db, const std::string& file) {
  return RunCausalkg({"--db", db, "--empty", "load", file});
}

std::unique_ptr<Store> OpenToRead(const std::string& db) {
  auto store = Store::Open(db, OpenMode::kReadOnly);
  REQUIRE(store.ok());
  return std::move(store).value();
}

const std::vector<Evidence>& EvidenceOf(const testing::Contents& contents, const char* s,
                                        const char* r, const char* o) {
  auto it = contents.claims.find({s, r, o});
  REQUIRE(it != contents.claims.end());
  return it->second;
}

TEST_CASE("every field of evidence loads alike from a document and from JSON Lines",
          "[load][evidence]") {
  testing::TempDir dir;
  const json document = json::parse(testing::ReadFile(kDocument));
  const std::string fast_lines = dir.Write("fast.jsonl", AsLines(document, false));
  const std::string general_lines = dir.Write("general.jsonl", AsLines(document, true));

  // Every claim line is one the fast reader takes.
  kb::FastClaimReader fast;
  kb::FastClaimFields fields;
  for (json claim : document["claims"]) {
    std::string line = claim.dump();
    CHECK(fast.Read(line, fields));
  }

  for (const auto& [name, file] : {std::pair{"document", kDocument}, std::pair{"fast", fast_lines},
                                   std::pair{"general", general_lines}}) {
    auto loaded = Load(dir.File(name), file);
    INFO(name << ": " << loaded.err);
    REQUIRE(loaded.exit_code == 0);
  }
  const testing::Contents contents = ContentsOf(*OpenToRead(dir.File("document")));
  CheckSameContents(ContentsOf(*OpenToRead(dir.File("fast"))), contents);
  CheckSameContents(ContentsOf(*OpenToRead(dir.File("general"))), contents);

  const auto& trust = EvidenceOf(contents, "trust", "increases", "cooperation");
  REQUIRE(trust.size() == 2);
  const Evidence& stated = trust[0];
  CHECK(stated.quote == "trust makes people work together");
  CHECK(stated.locator.start == 120u);
  CHECK(stated.locator.end == 152u);
  CHECK(stated.locator.page == "14");  // given as a number
  CHECK(stated.locator.section == "2.1 Trust");
  CHECK(stated.locator.url == "https://example.org/notes-2025.pdf#page=14");
  CHECK(stated.origin == EvidenceOrigin::kStated);
  CHECK(stated.stance == Stance::kSupports);
  const Evidence& refuting = trust[1];
  CHECK(refuting.locator.page == "xii");
  CHECK(refuting.origin == EvidenceOrigin::kExtracted);
  CHECK(refuting.tool == "causalkg-extract");
  CHECK(refuting.stance == Stance::kRefutes);

  const auto& feeds = EvidenceOf(contents, "cooperation", "feeds", "trust");
  REQUIRE(feeds.size() == 1);
  CHECK(feeds[0].origin == EvidenceOrigin::kInferred);
  CHECK(feeds[0].tool == "vensim");
  CHECK(feeds[0].attributes == Attributes{{"delay", std::string("INTEG")},
                                          {"lag years", 2.0},
                                          {"note", std::string("Vertrouwen groeit\ttraag")},
                                          {"weight", 0.1}});
  const auto& located = EvidenceOf(contents, "fatigue", "influences", "trust");
  REQUIRE(located.size() == 1);  // a piece with a locator only is a piece
  CHECK(located[0].source.empty());
  CHECK(located[0].locator.start == 0u);
  CHECK(located[0].locator.end == 0u);
  CHECK(located[0].locator.section == "Loop 2");
}

struct Refused {
  std::string fields;   // added to a claim
  std::string message;  // after "claim 2: " or "line 2: "
};

TEST_CASE("a wrong field of evidence is refused with its place, and nothing is loaded",
          "[load][evidence]") {
  const Refused cases[] = {
      {R"j("start":-3)j", "field 'start' must be a non-negative integer, not -3"},
      {R"j("start":2.5)j", "field 'start' must be a non-negative integer, not 2.5"},
      {R"j("start":"12")j", "field 'start' must be a non-negative integer, not a string"},
      {R"j("start":1e300)j", "field 'start' must be a non-negative integer, not 1e+300"},
      {R"j("end":true)j", "field 'end' must be a non-negative integer, not a boolean"},
      {R"j("start":40,"end":12)j", "field 'end' is 12, before field 'start' (40)"},
      {R"j("page":[14])j", "field 'page' must be a string or a non-negative integer, not an array"},
      {R"j("page":-1)j", "field 'page' must be a string or a non-negative integer, not -1"},
      {R"j("section":3)j", "field 'section' must be a string, not a number"},
      {R"j("url":{})j", "field 'url' must be a string, not an object"},
      {R"j("origin":"said")j",
       "field 'origin' must be one of stated, extracted, inferred, imported, not 'said'"},
      {R"j("origin":1)j",
       "field 'origin' must be one of stated, extracted, inferred, imported, not a number"},
      {R"j("tool":false)j", "field 'tool' must be a string, not a boolean"},
      {R"j("stance":"against")j", "field 'stance' must be supports or refutes, not 'against'"},
      {R"j("stance":"Refutes")j", "field 'stance' must be supports or refutes, not 'Refutes'"},
      {R"j("attributes":[1])j",
       "field 'attributes' must be an object of names and numbers or strings, not an array"},
      {R"j("attributes":{"weight":0.5,"delayed":true})j",
       "field 'attributes.delayed' must be a number or a string, not a boolean"},
      {R"j("attributes":{"w":null})j",
       "field 'attributes.w' must be a number or a string, not null"},
      {R"j("attributes":{"":1})j",
       "the attribute name '' is empty; attribute names need at least one character"},
      {R"j("attributes":{"w":"a\u0007b"})j",
       "the text 'a\\x07b' of the attribute 'w' contains the control character U+0007"},
      {R"j("tool":"a\u001bb")j", "the tool 'a\\x1bb' contains the control character U+001B"},
      {"\"url\":\"" + std::string(8193, 'u') + "\"",
       "the url '" + std::string(40, 'u') + "...' is 8,193 bytes; urls hold at most 8,192 bytes"},
      // In field order: the first wrong field is the one said.
      {R"j("stance":"x","start":-1)j", "field 'start' must be a non-negative integer, not -1"},
      {R"j("confidence":2,"start":-1)j", "field 'confidence' must be between 0 and 1, not 2"},
  };
  const std::string good = R"j({"subject":"a","relation":"increases","object":"b"})j";
  for (const Refused& c : cases) {
    INFO(c.fields);
    const std::string claim =
        R"j({"subject":"a","relation":"increases","object":"c","source":"s",)j" + c.fields + "}";
    testing::TempDir dir;
    const std::string document =
        dir.Write("claims.json", "{\"claims\":[" + good + "," + claim + "]}");
    const std::string lines = dir.Write("claims.jsonl", good + "\n" + claim + "\n");
    auto by_document = Load(dir.File("a"), document);
    CHECK(by_document.exit_code == 1);
    CHECK_THAT(by_document.err,
               Catch::StartsWith("Load error: " + document + ": claim 2: " + c.message));
    auto by_lines = Load(dir.File("b"), lines);
    CHECK(by_lines.exit_code == 1);
    CHECK_THAT(by_lines.err, Catch::StartsWith("Load error: " + lines + ", line 2: " + c.message));
    CHECK_THAT(by_lines.err, Catch::Contains("Nothing was loaded; the database is as it was."));
    CHECK(OpenToRead(dir.File("b"))->counts() == StoreCounts{});
  }
}

TEST_CASE("the same evidence loaded again changes nothing; with other fields it is updated",
          "[load][evidence]") {
  testing::TempDir dir;
  const std::string db = dir.File("db");
  REQUIRE(Load(db, kDocument).exit_code == 0);
  const testing::Contents first = ContentsOf(*OpenToRead(db));
  auto again = RunCausalkg({"--db", db, "load", kDocument});
  CHECK(again.out ==
        "Loaded 7 claims: 0 new edges, 0 new nodes, 0 pieces of evidence added, 0 warnings\n");
  CheckSameContents(ContentsOf(*OpenToRead(db)), first);

  // The same source and quote, now refuting, with another page and weight.
  const std::string changed = dir.Write(
      "changed.jsonl",
      R"j({"subject":"cooperation","relation":"feeds","object":"trust","source":"model.mdl",)j"
      R"j("quote":"trust = INTEG(cooperation * 0.1, 1)","page":3,"stance":"refutes",)j"
      R"j("attributes":{"weight":0.2}})j"
      "\n");
  auto updated = RunCausalkg({"--db", db, "load", changed});
  CHECK(updated.out ==
        "Loaded 1 claim: 0 new edges, 0 new nodes, 0 pieces of evidence added, 1 piece of "
        "evidence updated, 0 warnings\n");
  auto store = OpenToRead(db);
  CHECK(store->counts().evidence == 5);
  const testing::Contents now = ContentsOf(*store);
  const auto& feeds = EvidenceOf(now, "cooperation", "feeds", "trust");
  REQUIRE(feeds.size() == 1);
  CHECK(feeds[0].stance == Stance::kRefutes);
  CHECK(feeds[0].locator.page == "3");
  CHECK(feeds[0].attributes == Attributes{{"weight", 0.2}});  // the new piece replaces the old
  CHECK(feeds[0].origin == EvidenceOrigin::kUnspecified);
}

TEST_CASE("a store exported as JSON or JSON Lines loads back into the same store",
          "[export][evidence]") {
  testing::TempDir dir;
  const std::string db = dir.File("db");
  REQUIRE(Load(db, kDocument).exit_code == 0);
  const testing::Contents original = ContentsOf(*OpenToRead(db));
  for (const char* format : {"json", "jsonl"}) {
    INFO(format);
    auto exported = RunCausalkg({"--db", db, "export", "--format", format});
    REQUIRE(exported.exit_code == 0);
    const std::string file = dir.Write(std::string("export.") + format, exported.out);
    const std::string copy = dir.File(std::string("copy-") + format);
    auto loaded = Load(copy, file);
    INFO(loaded.err);
    REQUIRE(loaded.exit_code == 0);
    CHECK_THAT(loaded.out, Catch::EndsWith(", 0 warnings\n"));
    CheckSameContents(ContentsOf(*OpenToRead(copy)), original);
    CHECK(RunCausalkg({"--db", copy, "export", "--format", format}).out == exported.out);
  }
  // Only the fields a piece has are written, so a plain piece stays plain.
  auto lines = RunCausalkg({"--db", db, "export", "--format", "jsonl"});
  CHECK_THAT(
      lines.out,
      Catch::Contains(
          R"j({"attributes":{"delay":"INTEG","lag years":2.0,"note":"Vertrouwen groeit\ttraag","weight":0.1},)j"
          R"j("object":"trust","origin":"inferred","quote":"trust = INTEG(cooperation * 0.1, 1)",)j"
          R"j("relation":"feeds","source":"model.mdl","subject":"cooperation","tool":"vensim"})j"));
  CHECK_THAT(
      lines.out,
      Catch::Contains(
          R"j({"confidence":0.75,"end":152,"modality":"can","object":"cooperation",)j"
          R"j("origin":"stated","page":"14","quote":"trust makes people work together",)j"
          R"j("relation":"increases","section":"2.1 Trust","source":"notes-2025","start":120,)j"
          R"j("subject":"trust","url":"https://example.org/notes-2025.pdf#page=14"})j"));
  CHECK_THAT(lines.out, Catch::Contains(R"j("stance":"refutes")j"));
  CHECK_THAT(lines.out, !Catch::Contains(R"j("stance":"supports")j"));
}

TEST_CASE("a claim's unknown field is a warning, once a name, with the field it may mean",
          "[load][evidence]") {
  testing::TempDir dir;
  const std::string lines = dir.Write(
      "claims.jsonl",
      R"j({"subject":"a","relation":"increases","object":"b","stnace":"refutes"})j"
      "\n"
      R"j({"subject":"a","relation":"increases","object":"c","stnace":"refutes","note":"x"})j"
      "\n"
      R"j({"subject":"a","relation":"increases","object":"d","atributes":{"weight":1}})j"
      "\n");
  auto loaded = Load(dir.File("db"), lines);
  INFO(loaded.err);
  REQUIRE(loaded.exit_code == 0);
  CHECK(loaded.out ==
        "Loaded 3 claims: 3 new edges, 4 new nodes, 0 pieces of evidence added, 1 new relation, "
        "3 warnings\n"
        "warning: 1 claim has a field 'atributes', which no claim has, so it was not read; did "
        "you mean 'attributes'?\n"
        "warning: 1 claim has a field 'note', which no claim has, so it was not read\n"
        "warning: 2 claims have a field 'stnace', which no claim has, so it was not read; did "
        "you mean 'stance'?\n");
  // The same from a document.
  const std::string document = dir.Write(
      "claims.json",
      R"j({"claims":[{"subject":"a","relation":"increases","object":"b","sorce":"s"}]})j");
  auto from_document = Load(dir.File("db2"), document);
  CHECK_THAT(from_document.out,
             Catch::Contains("warning: 1 claim has a field 'sorce', which no claim has, so it was "
                             "not read; did you mean 'source'?"));
}

}  // namespace
}  // namespace causalkg
