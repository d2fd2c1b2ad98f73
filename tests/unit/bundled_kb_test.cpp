// The bundled SCP knowledge base: it loads, and every quote is verbatim.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "kb/ingest/bundled.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

const std::string kSourceText = testing::ReadFile(std::string(CAUSALKG_SOURCE_DIR) +
                                                  "/kb/sources/scp-2025-02-digitalisering-nl.txt");

TEST_CASE("every quote in the bundled knowledge base occurs verbatim in the source text", "[kb]") {
  REQUIRE(kSourceText.size() > 1000);
  const auto document = nlohmann::json::parse(kb::BundledKnowledgeBase());
  REQUIRE(document["claims"].size() >= 15);
  for (const auto& claim : document["claims"]) {
    const std::string quote = claim.value("quote", "");
    INFO(claim.dump());
    CHECK_FALSE(quote.empty());
    CHECK(kSourceText.find(quote) != std::string::npos);
    CHECK(claim.value("source", "") == "scp-2025");
  }
}

TEST_CASE("the bundled knowledge base is the file kept in the project", "[kb]") {
  const std::string on_disk =
      testing::ReadFile(std::string(CAUSALKG_SOURCE_DIR) + "/kb/scp-2025.json");
  CHECK(kb::BundledKnowledgeBase() == on_disk);
}

TEST_CASE("the bundled knowledge base loads with labels in English and Dutch", "[kb]") {
  testing::ScratchStore db;
  auto loaded = kb::SeedWithBundled(*db.store);
  INFO((loaded.ok() ? std::string() : loaded.status().ToString()));
  REQUIRE(loaded.ok());
  CHECK(loaded->write.warnings.empty());
  const auto document = nlohmann::json::parse(kb::BundledKnowledgeBase());
  CHECK(loaded->claims == document["claims"].size());
  CHECK(db.store->counts().evidence == document["claims"].size());

  for (const char* name : {"sociale samenhang", "Social Cohesion", "social_cohesion"}) {
    CHECK(db.store->FindByLabel(name).value() ==
          std::vector<TermId>{testing::IdOf(*db.store, "social_cohesion")});
  }
  CHECK(db.store->FindByLabel("digitalisering").value() ==
        std::vector<TermId>{testing::IdOf(*db.store, "digitalisation")});

  // The report's headline chain: digitalisation feeds social inequality,
  // which weakens social cohesion.
  const TermId digitalisation = testing::IdOf(*db.store, "digitalisation");
  const TermId inequality = testing::IdOf(*db.store, "social_inequality");
  const TermId cohesion = testing::IdOf(*db.store, "social_cohesion");
  bool feeds = false, weakens = false;
  REQUIRE(db.store
              ->Scan({digitalisation, std::nullopt, inequality},
                     [&](const Triple& t) {
                       feeds |= db.store->RelationPolarity(t.relation) == Polarity::kPositive;
                       return true;
                     })
              .ok());
  REQUIRE(db.store
              ->Scan({inequality, std::nullopt, cohesion},
                     [&](const Triple& t) {
                       weakens |= db.store->RelationPolarity(t.relation) == Polarity::kNegative;
                       return true;
                     })
              .ok());
  CHECK(feeds);
  CHECK(weakens);

  // Levers are in place; the broader policy is only recommended.
  const TermId is_a = testing::IdOf(*db.store, "is_a");
  for (const char* lever : {"digital_access_policy", "digital_skills_policy"}) {
    CHECK(db.store
              ->Contains({testing::IdOf(*db.store, lever), is_a, testing::IdOf(*db.store, "lever")})
              .value());
  }
  CHECK(db.store
            ->Contains({testing::IdOf(*db.store, "broader_digitalisation_policy"), is_a,
                        testing::IdOf(*db.store, "recommendation")})
            .value());
}

}  // namespace
}  // namespace causalkg
