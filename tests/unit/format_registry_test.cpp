// How a load chooses a file's format: by the name given, by the file's
// extension, by its first bytes; what it says when it cannot tell; and that
// a new format needs nothing but its reader and its place in a registry.
#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>

#include "kb/ingest/format_registry.hpp"
#include "kb/ingest/load.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using testing::RunCausalkg;

// causalkg's formats as messages list them (FormatRegistry::Describe).
const std::string kFormatList =
    "json (.json), jsonl (.jsonl, .ndjson), kumu (.json), loopy (.loopy), mmp (.mmp), "
    "vensim (.mdl), xmile (.xmile, .stmx, .itmx), csv (.csv), tsv (.tsv, .tab), indra (.json), "
    "causenet (.jsonl, .json)";
const std::string kKnown = "causalkg reads " + kFormatList;
constexpr const char* kClaimLines =
    "{\"subject\":\"a\",\"relation\":\"amplifies\",\"object\":\"b\"}\n"
    "{\"subject\":\"b\",\"relation\":\"weakens\",\"object\":\"c\"}\n";
constexpr const char* kDocument =
    "{\n  \"claims\": [\n    {\"subject\": \"a\", \"relation\": "
    "\"amplifies\", \"object\": \"b\"}\n  ]\n}\n";

// The name of the format chosen for `path` starting with `head`, or the
// error's message.
std::string Chosen(const kb::FormatRegistry& formats, std::string_view path, std::string_view head,
                   std::string_view name = {}) {
  auto chosen = formats.Choose(path, head, name);
  return chosen.ok() ? (*chosen)->name : "error: " + chosen.status().message();
}

TEST_CASE("a file's format is the one named, else its extension's, else its content's",
          "[load][formats]") {
  const kb::FormatRegistry& formats = kb::Formats();
  SECTION("by extension, whatever the content and the case") {
    CHECK(Chosen(formats, "dir.jsonl/claims.json", kClaimLines) == "json");
    CHECK(Chosen(formats, "claims.JSONL", kDocument) == "jsonl");
    CHECK(Chosen(formats, "claims.ndjson", "") == "jsonl");
  }
  SECTION("by the name given, before the extension") {
    CHECK(Chosen(formats, "claims.json", kDocument, "jsonl") == "jsonl");
    CHECK(Chosen(formats, "claims", "", "JSON") == "json");
  }
  SECTION("by content, when the extension is none of theirs") {
    CHECK(Chosen(formats, "claims.txt", kClaimLines) == "jsonl");
    CHECK(Chosen(formats, "claims", "\xEF\xBB\xBF\n\n" + std::string(kClaimLines)) == "jsonl");
    CHECK(Chosen(formats, "claims.txt", R"({"relation": {"id": "feeds", "polarity": "+"}})") ==
          "jsonl");
    CHECK(Chosen(formats, "kb", kDocument) == "json");
    // A document on one line says it is one.
    CHECK(Chosen(formats, "kb", R"({"format": "causalkg/1", "claims": []})") == "json");
    // Not an object: a document, to be refused as one.
    CHECK(Chosen(formats, "kb", "[1, 2]") == "json");
  }
}

TEST_CASE("a format that cannot be told is an error that lists the formats", "[load][formats]") {
  const kb::FormatRegistry& formats = kb::Formats();
  auto unknown = formats.Choose("notes.txt", "hello\n");
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.status().kind() == ErrorKind::kLoad);
  CHECK(unknown.status().code() == StatusCode::kNotFound);
  CHECK_THAT(unknown.status().message(), Catch::EndsWith(kKnown));
  CHECK(Chosen(formats, "empty", "") ==
        std::string("error: unknown format: the file's name ends in no known extension and its "
                    "first bytes fit no known format; ") +
            kKnown);

  auto named = formats.Choose("claims.json", kDocument, "nosuch");
  REQUIRE_FALSE(named.ok());
  CHECK(named.status().code() == StatusCode::kNotFound);
  CHECK(named.status().message() == std::string("unknown format 'nosuch'; ") + kKnown);

  // One object alone on its line: a document, or a file of one line?
  auto alike = formats.Choose("one.data", "{\"note\": \"x\"}\n");
  REQUIRE_FALSE(alike.ok());
  CHECK(alike.status().code() == StatusCode::kAmbiguous);
  CHECK(alike.status().message() ==
        std::string("ambiguous format: the file could be json or jsonl; ") + kKnown);
}

// The store's export, to see that a failed load left it as it was.
std::string ExportOf(const std::string& db) {
  auto run = RunCausalkg({"--db", db, "export", "--format", "jsonl"});
  REQUIRE(run.exit_code == 0);
  return run.out;
}

TEST_CASE("causalkg load chooses the format, or says why it cannot, listing the formats",
          "[load][formats][cli]") {
  testing::TempDir dir;
  const std::string db = dir.File("db");
  REQUIRE(RunCausalkg({"--db", db, "--empty", "query", "ADD x amplifies y"}).exit_code == 0);
  const std::string before = ExportOf(db);

  SECTION("unknown") {
    const std::string path = dir.Write("notes.txt", "hello\n");
    auto run = RunCausalkg({"--db", db, "load", path});
    CHECK(run.exit_code == 1);
    CHECK_THAT(run.err, Catch::StartsWith("Load error: " + path +
                                          ": unknown format: the file's name ends in no known "
                                          "extension and its first bytes fit no known format; " +
                                          kKnown + "\nhint: name the format"));
    CHECK_THAT(run.err, Catch::Contains("Nothing was loaded"));
    CHECK(ExportOf(db) == before);
  }
  SECTION("ambiguous") {
    const std::string path = dir.Write("one.data", "{}\n");
    auto run = RunCausalkg({"--db", db, "load", path});
    CHECK(run.exit_code == 1);
    CHECK_THAT(run.err, Catch::StartsWith("Load error: " + path +
                                          ": ambiguous format: the file could be json or jsonl; " +
                                          kKnown + "\nhint: name the format"));
    CHECK(ExportOf(db) == before);
  }
  SECTION("an unknown name is bad usage, refused before a database is made") {
    const std::string path = dir.Write("claims.jsonl", kClaimLines);
    const std::string fresh = dir.File("fresh");
    auto run = RunCausalkg({"--db", fresh, "load", "--format", "nosuch", path});
    CHECK(run.exit_code == 2);
    CHECK(run.err == std::string("Load error: unknown format 'nosuch'; ") + kKnown + "\n");
    CHECK_FALSE(std::filesystem::exists(fresh));
  }
  SECTION("by name, by extension and by content") {
    // Lines in a file named as a document: refused as one, loaded as named.
    const std::string lines = dir.Write("lines.json", kClaimLines);
    auto as_document = RunCausalkg({"--db", db, "load", lines});
    CHECK(as_document.exit_code == 1);
    CHECK_THAT(as_document.err, Catch::StartsWith("Load error: " + lines +
                                                  ", line 2, column 1: "
                                                  "malformed JSON"));
    auto as_named = RunCausalkg({"--db", db, "load", "--format", "jsonl", lines});
    INFO(as_named.err);
    CHECK(as_named.exit_code == 0);
    CHECK_THAT(as_named.out, Catch::StartsWith("Loaded 2 claims: 2 new edges"));
    auto by_content = RunCausalkg({"--db", db, "load", dir.Write("more", kDocument)});
    CHECK(by_content.exit_code == 0);
    CHECK_THAT(by_content.out, Catch::StartsWith("Loaded 1 claim: 0 new edges"));
  }
}

// A format of the test's own: "subject relation object" a line, words
// separated by spaces, "#" starting a comment that is the claim's quote.
kb::SniffScore SniffArrows(std::string_view head) {
  const std::string_view line = head.substr(0, head.find('\n'));
  return line.find(" -") != std::string_view::npos && line.find("-> ") != std::string_view::npos
             ? kb::SniffScore::kStrong
             : kb::SniffScore::kNo;
}

Status ReadArrows(kb::FormatInput& input, kb::ClaimSink& sink) {
  kb::Origin origin{input.name()};
  std::string line;
  while (std::getline(input.stream(), line)) {
    ++origin.line;
    if (line.empty()) continue;
    // "a -amplifies-> b # quote"
    kb::ClaimRecord claim;
    kb::EvidenceRecord evidence;
    std::string_view rest = line;
    if (const auto hash = rest.find(" # "); hash != std::string_view::npos) {
      evidence.quote = rest.substr(hash + 3);
      rest = rest.substr(0, hash);
    }
    const auto open = rest.find(" -"), close = rest.find("-> ");
    if (open == std::string_view::npos || close == std::string_view::npos || close < open) {
      claim.subject = rest;  // the rest is missing: the sink says so
    } else {
      claim.subject = rest.substr(0, open);
      claim.relation = rest.substr(open + 2, close - open - 2);
      claim.object = rest.substr(close + 3);
    }
    claim.evidence = {&evidence, 1};
    CAUSALKG_RETURN_IF_ERROR(sink.AddClaim(claim, origin));
  }
  return Status::Ok();
}

kb::Format ArrowsFormat() {
  return {"arrows", "a -relation-> b, one claim a line", {".arrows"}, SniffArrows, ReadArrows};
}

// causalkg's formats and the arrows.
kb::FormatRegistry WithArrows() {
  kb::FormatRegistry formats = kb::Formats();
  REQUIRE(formats.Add(ArrowsFormat()).ok());
  return formats;
}

TEST_CASE("a new format is its reader and a line in a registry", "[load][formats]") {
  kb::FormatRegistry formats = WithArrows();
  CHECK(formats.Describe() == kFormatList + ", arrows (.arrows)");
  CHECK_FALSE(formats.Add(ArrowsFormat()).ok());  // a name is one format's

  testing::ScratchStore db;
  kb::LoadOptions options;
  options.formats = &formats;
  const std::string arrows =
      db.dir.Write("map.arrows",
                   "digitalisation -amplifies-> individualisation # as the report says\n\n"
                   "individualisation -weakens-> social_cohesion\n");
  const std::string lines = db.dir.Write(
      "more.jsonl", R"({"subject":"social_cohesion","relation":"feeds","object":"trust"})"
                    "\n");
  // Read by extension, and loaded in one write with a file of another format.
  auto loaded = kb::LoadFiles(*db.store, {arrows, lines}, options);
  INFO((loaded.ok() ? std::string() : loaded.status().ToString()));
  REQUIRE(loaded.ok());
  CHECK(
      kb::DescribeSummary(*loaded) ==
      "3 claims: 3 new edges, 4 new nodes, 1 piece of evidence added, 3 new relations, 1 warning");
  const std::string exported = testing::ExportOf(*db.store, kb::ExportFormat::kJsonLines);
  CHECK_THAT(
      exported,
      Catch::Contains(
          R"({"object":"individualisation","quote":"as the report says","relation":"amplifies","subject":"digitalisation"})"));
  CHECK(db.store->RelationPolarity(testing::IdOf(*db.store, "weakens")) == Polarity::kNegative);

  // Chosen by its content, and by its name.
  CHECK(Chosen(formats, "map.txt", "a -feeds-> b\n") == "arrows");
  CHECK(Chosen(formats, "map.json", "a -feeds-> b\n", "arrows") == "arrows");

  SECTION("its errors are worded by the sink, at its lines, and store nothing") {
    const std::string before = testing::ExportOf(*db.store, kb::ExportFormat::kJsonLines);
    const std::string bad = db.dir.Write("bad", "a -feeds-> b\nc feeds d\n");
    auto refused = kb::LoadFiles(*db.store, {lines, bad}, options);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.status().ToString() ==
          "Load error: " + bad + ", line 2: field 'relation' is missing");
    CHECK(testing::ExportOf(*db.store, kb::ExportFormat::kJsonLines) == before);
  }
  SECTION("two formats that own an extension are told apart by content, or not at all") {
    kb::FormatRegistry shadowed = formats;
    kb::Format shadow = ArrowsFormat();
    shadow.name = "shadow";
    shadow.extensions = {".json"};
    shadow.sniff = [](std::string_view) { return kb::SniffScore::kWeak; };
    REQUIRE(shadowed.Add(std::move(shadow)).ok());
    CHECK(Chosen(shadowed, "kb.json", R"({"claims": []})") == "json");  // certain beats weak
    CHECK(Chosen(shadowed, "kb.json", "{\n\"claims\": []}") ==
          "error: ambiguous format: the file could be json or shadow; causalkg reads " +
              kFormatList + ", arrows (.arrows), shadow (.json)");
  }
}

TEST_CASE("text in memory is read through the registry like a file", "[load][formats]") {
  testing::ScratchStore db;
  auto loaded = kb::LoadText(*db.store, kClaimLines, "pasted", "jsonl");
  INFO((loaded.ok() ? std::string() : loaded.status().ToString()));
  REQUIRE(loaded.ok());
  CHECK(loaded->claims == 2);
  auto refused = kb::LoadText(*db.store, "{\"subject\":\"a\"}\n", "pasted", "jsonl");
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.status().ToString() == "Load error: pasted, line 1: field 'relation' is missing");
  CHECK(db.store->counts().edges == 2);
}

}  // namespace
}  // namespace causalkg
