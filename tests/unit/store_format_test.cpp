// The format on disk: every entry of a store written now decodes as the
// grammar in engine/storage/codec.hpp says (the stores written by earlier
// releases: store_fixtures_test.cpp).
#include <catch2/catch.hpp>

#include "engine/storage/codec.hpp"
#include "store_entries.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using testing::CheckEveryEntryDecodes;
using testing::IdOf;

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
  // Evidence with every field it may have.
  testing::MustLoad(*db.store,
                    testing::ReadFile(CAUSALKG_SOURCE_DIR "/tests/fixtures/store-causalkg-2.json"));
  CheckEveryEntryDecodes(*db.store);
}

}  // namespace
}  // namespace causalkg
