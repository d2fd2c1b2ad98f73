// A source's error rates: in the store beside its declaration, read from a
// claims file, set with .sources SET, and weighing the beliefs WHY shows.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "engine/storage/codec.hpp"
#include "engine/storage/write_set.hpp"
#include "kb/ingest/load.hpp"
#include "kb/ingest/source_rates.hpp"
#include "store_entries.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using nlohmann::json;
using testing::RunCausalkg;

SourceErrors Rates(std::optional<double> systematic, std::optional<double> random,
                   std::optional<double> reliability) {
  SourceErrors errors;
  errors.systematic = systematic;
  errors.random = random;
  errors.reliability = reliability;
  return errors;
}

TEST_CASE("a source's rates encode and decode, and a damaged record is refused",
          "[source-rates][codec]") {
  for (const SourceErrors& errors :
       {Rates(std::nullopt, std::nullopt, std::nullopt), Rates(0.1, 0.25, std::nullopt),
        Rates(std::nullopt, std::nullopt, 0.8), Rates(0, 1, std::nullopt)}) {
    SourceErrors back = Rates(0.5, 0.5, 0.5);
    REQUIRE(codec::DecodeSourceErrors(codec::EncodeSourceErrors(errors), back));
    CHECK(back == errors);
  }
  CHECK(codec::SourceErrorsKey("scp-2025") == "source_errors/scp-2025");
  CHECK(codec::DecodeSourceErrorsKey("source_errors/scp-2025") == "scp-2025");
  CHECK_FALSE(codec::DecodeSourceErrorsKey("relation/abcd"));

  const std::string good = codec::EncodeSourceErrors(Rates(0.1, std::nullopt, 0.8));
  SourceErrors out;
  CHECK_FALSE(codec::DecodeSourceErrors(good.substr(0, good.size() - 1), out));  // cut short
  CHECK_FALSE(codec::DecodeSourceErrors(good + "x", out));                       // trailing bytes
  CHECK_FALSE(codec::DecodeSourceErrors(std::string("\x02\x00\x00", 3), out));   // no such flag
  CHECK_FALSE(codec::DecodeSourceErrors(codec::EncodeSourceErrors(Rates(1.5, {}, {})), out));
}

TEST_CASE("the store keeps a source's rates beside its declaration", "[source-rates][store]") {
  testing::ScratchStore db;
  Store& store = *db.store;
  {
    WriteSet write(store);
    REQUIRE(write.AddSource({"a", R"({"id":"a"})", Rates(0.1, std::nullopt, 0.8)}).ok());
    REQUIRE(write.AddSource({"b", R"({"id":"b","title":"B"})"}).ok());
    REQUIRE(write.Commit().ok());
  }
  auto rates = store.SourceErrorRates();
  REQUIRE(rates.ok());
  CHECK(rates->size() == 1);
  CHECK(rates->at("a") == Rates(0.1, std::nullopt, 0.8));
  auto sources = store.Sources();
  REQUIRE(sources.ok());
  REQUIRE(sources->size() == 2);
  CHECK((*sources)[0].errors == Rates(0.1, std::nullopt, 0.8));
  CHECK((*sources)[1].errors.empty());
  testing::CheckEveryEntryDecodes(store, codec::kFormat);

  // Declared again with no rate, a source keeps its rates; with any, they are replaced.
  {
    WriteSet write(store);
    REQUIRE(write.AddSource({"a", R"({"id":"a","title":"A"})"}).ok());
    REQUIRE(write.Commit().ok());
  }
  CHECK(store.SourceErrorRates()->at("a") == Rates(0.1, std::nullopt, 0.8));
  {
    WriteSet write(store);
    REQUIRE(write.AddSource({"a", R"({"id":"a"})", Rates(std::nullopt, 0.2, std::nullopt)}).ok());
    REQUIRE(write.Commit().ok());
  }
  CHECK(store.SourceErrorRates()->at("a") == Rates(std::nullopt, 0.2, std::nullopt));
  {
    WriteSet write(store);
    REQUIRE(write.SetSourceErrors("a", {}).ok());
    REQUIRE(write.Commit().ok());
  }
  CHECK(store.Sources()->at(0).errors.empty());
  CHECK(store.counts().sources == 2);

  // The door refuses rates that do not add up, and writes nothing.
  WriteSet refused(store);
  const Status s = refused.SetSourceErrors("a", Rates(0.7, 0.5, std::nullopt));
  CHECK(s.code() == StatusCode::kInvalid);
  CHECK(s.message() ==
        "source 'a' gives a systematic and a random error that add up to more "
        "than 1");
}

TEST_CASE("a claims file declares a source's rates, and bad ones load nothing",
          "[source-rates][load]") {
  testing::ScratchStore db;
  testing::MustLoad(*db.store, R"({"sources": [
      {"id": "notes", "title": "Interview notes", "reliability": 0.5, "systematic_error": 0.1},
      {"id": "model", "random_error": 0.25}],
    "claims": [{"subject": "a", "relation": "increases", "object": "b", "source": "notes"}]})");
  CHECK(db.store->SourceErrorRates()->at("notes") == Rates(0.1, std::nullopt, 0.5));
  CHECK(db.store->SourceErrorRates()->at("model") == Rates(std::nullopt, 0.25, std::nullopt));

  struct Bad {
    const char* source;
    const char* message;
  };
  const Bad bad[] = {
      {R"({"id": "x", "reliability": 1.5})",
       "source 1: field 'reliability' must be between 0 and 1, not 1.5"},
      {R"({"id": "x", "systematic_error": "high"})",
       "source 1: field 'systematic_error' must be a number between 0 and 1, not a string"},
      {R"({"id": "x", "random_error": -0.5})",
       "source 1: field 'random_error' must be between 0 and 1, not -0.5"},
      {R"({"id": "x", "reliability": 0.5, "random_error": 0.2})",
       "source 1: give 'reliability' or 'random_error', not both"},
      {R"({"id": "x", "systematic_error": 0.7, "random_error": 0.5})",
       "source 1: fields 'systematic_error' and 'random_error' add up to 1.2, more than 1"},
  };
  for (const Bad& b : bad) {
    INFO(b.source);
    testing::TempDir dir;
    const std::string file =
        dir.Write("bad.json", std::string(R"({"sources": [)") + b.source + R"(], "claims": []})");
    const StoreCounts before = db.store->counts();
    auto loaded = kb::LoadFiles(*db.store, {file});
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.status().kind() == ErrorKind::kLoad);
    CHECK_THAT(loaded.status().message(), Catch::Contains(b.message));
    CHECK(db.store->counts() == before);
    CHECK(db.store->SourceErrorRates()->count("x") == 0);
  }
}

TEST_CASE("setting one rate keeps the others, and a reliability replaces a random error",
          "[source-rates]") {
  testing::ScratchStore db;
  testing::MustLoad(*db.store, R"({"sources": [{"id": "s", "title": "T", "random_error": 0.2}],
    "claims": []})");
  auto set = [&](kb::SourceRate rate, std::optional<double> value) {
    auto changed = kb::SetSourceRate(*db.store, "s", rate, value);
    REQUIRE(changed.ok());
    CHECK_FALSE(changed->new_source);
    return changed->errors;
  };
  CHECK(set(kb::SourceRate::kSystematic, 0.1) == Rates(0.1, 0.2, std::nullopt));
  CHECK(set(kb::SourceRate::kReliability, 0.7) == Rates(0.1, std::nullopt, 0.7));
  CHECK(set(kb::SourceRate::kRandom, 0.3) == Rates(0.1, 0.3, std::nullopt));
  CHECK(set(kb::SourceRate::kRandom, std::nullopt) == Rates(0.1, std::nullopt, std::nullopt));
  CHECK(db.store->SourceErrorRates()->at("s") == Rates(0.1, std::nullopt, std::nullopt));
  // The declaration says the same, for export, and keeps its other fields.
  const json declaration = json::parse(db.store->Sources()->at(0).json);
  CHECK(declaration == json::parse(R"({"id": "s", "title": "T", "systematic_error": 0.1})"));

  // Refused, nothing changes.
  auto refused = kb::SetSourceRate(*db.store, "s", kb::SourceRate::kRandom, 0.95);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.status().code() == StatusCode::kInvalid);
  CHECK(db.store->SourceErrorRates()->at("s") == Rates(0.1, std::nullopt, std::nullopt));

  // A source not declared yet is declared by its id.
  auto fresh = kb::SetSourceRate(*db.store, "new-one", kb::SourceRate::kReliability, 0.9);
  REQUIRE(fresh.ok());
  CHECK(fresh->new_source);
  CHECK(db.store->counts().sources == 2);
  CHECK(db.store->SourceErrorRates()->at("new-one") == Rates(std::nullopt, std::nullopt, 0.9));
}

TEST_CASE(".sources lists and sets the rates, and WHY's belief follows them",
          "[source-rates][binary]") {
  testing::TempDir dir;
  const std::string db = dir.File("db");
  const std::string claims = dir.Write("notes.json", R"({"sources": [{"id": "notes"}],
    "claims": [{"subject": "a", "relation": "increases", "object": "b", "source": "notes",
                "quote": "a drives b"},
               {"subject": "a", "relation": "increases", "object": "b", "source": "notes",
                "quote": "a raises b", "confidence": 0.8}]})");
  REQUIRE(RunCausalkg({"--db", db, "--empty", "load", claims}).exit_code == 0);
  auto belief = [&]() {
    auto run = RunCausalkg({"--db", db, "query", "WHY a increases b", "--format", "json"});
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    const json why = json::parse(run.out);
    REQUIRE(why["claims"].size() == 1);
    CHECK(why["claims"][0]["pieces"] == 2);
    CHECK(why["belief"] == why["claims"][0]["belief"]);
    return why["claims"][0]["belief"].get<double>();
  };
  // The defaults: 1 - (0.05 + 0.3 * 0.2).
  CHECK(belief() == Approx(0.89).epsilon(1e-9));

  auto script = RunCausalkg({"--db", db},
                            ".sources SET notes reliability 0.5\n.sources SET notes SYSTEMATIC "
                            "0.1\n.sources\n");
  INFO(script.err);
  REQUIRE(script.exit_code == 0);
  CHECK_THAT(script.out, Catch::Contains("notes   "));
  CHECK_THAT(script.out, Catch::Contains("0.1         "));
  CHECK_THAT(script.out, Catch::Contains("0.5"));
  // Random 1 - 0.5 - 0.1 = 0.4 for the piece without a confidence; the other keeps 0.2:
  // 1 - (0.1 + 0.4 * 0.2).
  CHECK(belief() == Approx(0.82).epsilon(1e-9));

  auto reset = RunCausalkg({"--db", db}, ".sources SET notes reliability default\n");
  REQUIRE(reset.exit_code == 0);
  CHECK(belief() == Approx(1 - (0.1 + 0.3 * 0.2)).epsilon(1e-9));

  // Refused, with a hint; the store is as it was.
  auto bad = RunCausalkg({"--db", db}, ".sources SET notes random 0.95\n");
  CHECK(bad.exit_code != 0);
  CHECK_THAT(bad.err, Catch::Contains("add up to more than 1"));
  auto word = RunCausalkg({"--db", db}, ".sources SET notes trust 0.5\n");
  CHECK(word.exit_code != 0);
  CHECK_THAT(word.err, Catch::Contains("unknown rate 'trust'"));
  CHECK(belief() == Approx(1 - (0.1 + 0.3 * 0.2)).epsilon(1e-9));

  // Exported, the rates load back.
  auto exported = RunCausalkg({"--db", db, "export", "--format", "json"});
  REQUIRE(exported.exit_code == 0);
  CHECK(json::parse(exported.out)["sources"][0] ==
        json::parse(R"({"id": "notes", "systematic_error": 0.1})"));
}

}  // namespace
}  // namespace causalkg
