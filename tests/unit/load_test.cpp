// Loading claims files: errors with positions, all-or-nothing, round trips.
#include <catch2/catch.hpp>

#include "kb/ingest/load.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using testing::ExportOf;
using testing::MustLoad;
using testing::ScratchStore;

constexpr const char* kBase = R"({
  "sources":[{"id":"r1","title":"Report one"}],
  "relations":[{"id":"amplifies","polarity":"+","label":{"en":"amplifies","nl":"versterkt"}}],
  "nodes":[{"id":"a","kind":"driver","label":{"en":"Alpha","nl":"Alfa"}}],
  "claims":[{"subject":"a","relation":"amplifies","object":"b","source":"r1","quote":"A amplifies B.","confidence":0.5}]
})";

struct BadInput {
  const char* what;
  const char* name;
  const char* text;
  const char* expected;  // the whole first line of the error, as a user reads it
};

TEST_CASE("each kind of bad input is reported with its position and leaves the store as it was",
          "[load]") {
  const BadInput cases[] = {
      {"malformed JSON", "bad.json", "{\"claims\": [\n  {\"subject\": \"a\",, }\n]}",
       "Load error: FILE, line 2, column 19: malformed JSON: "},
      {"missing field", "bad.json",
       R"({"claims":[{"subject":"a","relation":"amplifies","object":"b"},{"subject":"a","object":"c"}]})",
       "Load error: FILE: claim 2: field 'relation' is missing"},
      {"wrong type", "bad.json",
       R"({"claims":[{"subject":"a","relation":"amplifies","object":7}]})",
       "Load error: FILE: claim 1: field 'object' must be a string, not a number"},
      {"bad polarity", "bad.json", R"({"relations":[{"id":"x","polarity":"plus"}],"claims":[]})",
       "Load error: FILE: relation 1: field 'polarity' must be \"+\", \"-\", \"?\" (causal, sign "
       "not stated) or null, not \"plus\""},
      {"confidence out of range", "bad.json",
       R"({"claims":[{"subject":"a","relation":"amplifies","object":"b","confidence":1.5}]})",
       "Load error: FILE: claim 1: field 'confidence' must be between 0 and 1, not 1.5"},
      {"no claims array", "bad.json", R"({"nodes":[]})",
       "Load error: FILE: the document has no \"claims\" array"},
      {"malformed JSON line", "bad.jsonl",
       "{\"subject\":\"x\",\"relation\":\"amplifies\",\"object\":\"y\"}\n{\"subject\":\"x\" "
       "\"relation\"}\n",
       "Load error: FILE, line 2, column 16: malformed JSON: unexpected string literal; expected "
       "'}' (while reading an object)"},
      {"missing field on a line", "bad.jsonl",
       "{\"subject\":\"x\",\"relation\":\"amplifies\",\"object\":\"y\"}\n\n{\"subject\":\"x\","
       "\"relation\":\"amplifies\"}\n",
       "Load error: FILE, line 3: field 'object' is missing"},
      {"wrong type on a line", "bad.jsonl", "[1,2]\n",
       "Load error: FILE, line 1: a claim must be a JSON object, not an array"},
      {"a polarity that contradicts the store", "bad.json",
       R"({"relations":[{"id":"amplifies","polarity":"-"}],"claims":[]})",
       "Load error: FILE: relation 'amplifies' has polarity + in the store but is declared - here"},
  };
  for (const BadInput& c : cases) {
    DYNAMIC_SECTION(c.what) {
      ScratchStore db;
      MustLoad(*db.store, kBase);
      const std::string before_json = ExportOf(*db.store);
      const std::string before_jsonl = ExportOf(*db.store, kb::ExportFormat::kJsonLines);
      const StoreCounts before_counts = db.store->counts();
      const std::string path = db.dir.Write(c.name, c.text);

      auto loaded = kb::LoadFiles(*db.store, {path});
      REQUIRE_FALSE(loaded.ok());
      std::string expected = c.expected;
      expected.replace(expected.find("FILE"), 4, path);
      CHECK_THAT(loaded.status().ToString(), Catch::StartsWith(expected));
      CHECK(ExportOf(*db.store) == before_json);
      CHECK(ExportOf(*db.store, kb::ExportFormat::kJsonLines) == before_jsonl);
      CHECK(db.store->counts() == before_counts);
    }
  }
}

TEST_CASE("an error in the last of several files stores nothing of any of them", "[load]") {
  ScratchStore db;
  const std::string before = ExportOf(*db.store);
  const std::string good = db.dir.Write("good.json", kBase);
  const std::string bad = db.dir.Write("bad.jsonl", "{\"subject\":\"p\",\"relation\":\"r\"}\n");
  auto loaded = kb::LoadFiles(*db.store, {good, bad});
  REQUIRE_FALSE(loaded.ok());
  CHECK(ExportOf(*db.store) == before);
  CHECK(db.store->counts().edges == 0);
}

TEST_CASE("loading the same file twice changes nothing", "[load]") {
  ScratchStore db;
  const std::string path = db.dir.Write("kb.json", kBase);
  auto first = kb::LoadFiles(*db.store, {path});
  REQUIRE(first.ok());
  CHECK(first->write.new_edges == 2);  // a amplifies b, a is_a driver
  const std::string after_first = ExportOf(*db.store);
  auto second = kb::LoadFiles(*db.store, {path});
  REQUIRE(second.ok());
  CHECK(second->claims == 1);
  CHECK(second->write.new_edges == 0);
  CHECK(second->write.new_nodes == 0);
  CHECK(second->write.evidence_added == 0);
  CHECK(ExportOf(*db.store) == after_first);
}

TEST_CASE("a relation declared after the claims that use it is not reported undeclared", "[load]") {
  ScratchStore db;
  const std::string path =
      db.dir.Write("late.jsonl",
                   "{\"subject\":\"a\",\"relation\":\"feeds\",\"object\":\"b\"}\n"
                   "{\"subject\":\"b\",\"relation\":\"mentions\",\"object\":\"c\"}\n"
                   "{\"relation\": {\"id\": \"feeds\", \"polarity\": \"+\"}}\n");
  auto loaded = kb::LoadFiles(*db.store, {path});
  REQUIRE(loaded.ok());
  REQUIRE(loaded->write.warnings.size() == 1);
  CHECK_THAT(loaded->write.warnings[0], Catch::Contains("'mentions'"));
  CHECK(db.store->RelationPolarity(testing::IdOf(*db.store, "feeds")) == Polarity::kPositive);
}

TEST_CASE("a load reports what it added", "[load]") {
  ScratchStore db;
  const std::string path = db.dir.Write("kb.json", kBase);
  auto loaded = kb::LoadFiles(*db.store, {path});
  REQUIRE(loaded.ok());
  CHECK(kb::DescribeSummary(*loaded) ==
        "1 claim: 2 new edges, 3 new nodes, 1 piece of evidence added, 2 new relations, 1 new "
        "source, 0 warnings");
}

TEST_CASE("export then load gives the same store, in JSON and in JSON Lines", "[load][export]") {
  const char* hostile = R"({
    "sources":[{"id":"s\"1","title":"Quotes \" and \\ backslashes","url":"http://example.org/?a=1&b=2"}],
    "relations":[{"id":"feeds","polarity":"+","label":{"en":"feeds","nl":"voedt"}},
                 {"id":"mentions","polarity":null},{"id":"odd relation"}],
    "nodes":[{"id":"café","kind":"lever","label":{"en":"Café <b>","nl":"één {café}"}},
             {"id":"emoji 🙂","label":"smile"}],
    "claims":[
      {"subject":"café","relation":"feeds","object":"emoji 🙂","source":"s\"1","quote":"line\nbreak\ttab","modality":"can","confidence":0.25},
      {"subject":"café","relation":"feeds","object":"emoji 🙂","source":"s2","quote":"second"},
      {"subject":"emoji 🙂","relation":"weakens","object":"café"},
      {"subject":"emoji 🙂","relation":"odd relation","object":"x"},
      {"subject":"x","relation":"mentions","object":"café","confidence":1}]})";
  for (auto format : {kb::ExportFormat::kJson, kb::ExportFormat::kJsonLines}) {
    DYNAMIC_SECTION((format == kb::ExportFormat::kJson ? "json" : "jsonl")) {
      ScratchStore original;
      MustLoad(*original.store, hostile);
      const std::string exported = ExportOf(*original.store, format);
      ScratchStore copy;
      const std::string path =
          copy.dir.Write(format == kb::ExportFormat::kJson ? "e.json" : "e.jsonl", exported);
      auto loaded = kb::LoadFiles(*copy.store, {path});
      INFO((loaded.ok() ? std::string() : loaded.status().ToString()));
      REQUIRE(loaded.ok());
      CHECK(copy.store->counts() == original.store->counts());
      CHECK(ExportOf(*copy.store, kb::ExportFormat::kJson) ==
            ExportOf(*original.store, kb::ExportFormat::kJson));
      CHECK(ExportOf(*copy.store, kb::ExportFormat::kJsonLines) ==
            exported.substr(0, 0) + ExportOf(*original.store, kb::ExportFormat::kJsonLines));
      CHECK(copy.store->RelationPolarity(testing::IdOf(*copy.store, "feeds")) ==
            Polarity::kPositive);
    }
  }
}

TEST_CASE("N-Triples export spells every term as a valid IRI and labels as literals", "[export]") {
  ScratchStore db;
  MustLoad(*db.store, R"({"nodes":[{"id":"a b","kind":"lever","label":{"en":"say \"hi\""}}],
    "claims":[{"subject":"a b","relation":"amplifies","object":"c>d"}]})");
  const std::string nt = ExportOf(*db.store, kb::ExportFormat::kNTriples);
  CHECK_THAT(nt, Catch::Contains("<urn:causalkg:node:a%20b> <urn:causalkg:relation:amplifies> "
                                 "<urn:causalkg:node:c%3Ed> .\n"));
  CHECK_THAT(
      nt, Catch::Contains("<urn:causalkg:node:a%20b> <http://www.w3.org/2000/01/rdf-schema#label> "
                          "\"say \\\"hi\\\"\"@en .\n"));
  CHECK_THAT(nt, Catch::Contains(
                     "<urn:causalkg:node:a%20b> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                     "<urn:causalkg:node:lever> .\n"));
}

}  // namespace
}  // namespace causalkg
