// The Dutch strong and irregular verbs (kb/extract/lexicons/nl-verbs.tsv):
// which words are read as finite verbs after a fronted cause.
#include <catch2/catch.hpp>

#include "kb/extract/dutch_irregular_verbs.hpp"

namespace causalkg {
namespace {

using kb::extract::DutchIrregularFinite;

TEST_CASE("the past of a strong verb is a finite verb", "[extract][nl]") {
  for (const char* form : {"kwam", "kwamen", "bleef", "ging", "nam", "viel", "steeg", "stierven"}) {
    INFO(form);
    CHECK(DutchIrregularFinite(form));
  }
}

TEST_CASE("present forms are derived from the infinitive", "[extract][nl]") {
  // neemt (an open syllable's long vowel), blijft (v to f), valt (one l),
  // houdt and laat (a stem in -t takes no second t), gaat, ziet, doet (a
  // monosyllable), sluiten (plural).
  for (const char* form :
       {"neemt", "blijft", "valt", "houdt", "laat", "gaat", "ziet", "doet", "sluiten"}) {
    INFO(form);
    CHECK(DutchIrregularFinite(form));
  }
  CHECK_FALSE(DutchIrregularFinite("laatt"));
  CHECK_FALSE(DutchIrregularFinite("gaa"));
}

TEST_CASE("forms after an inseparable prefix are derived", "[extract][nl]") {
  for (const char* form : {"ontstond", "verliep", "bestond", "onderging", "verdween"}) {
    INFO(form);
    CHECK(DutchIrregularFinite(form));
  }
}

TEST_CASE("participles and weak verbs are not in the list", "[extract][nl]") {
  // A participle before a noun is an adjective: de gestegen kosten.
  for (const char* word : {"gestegen", "gekomen", "gebleven", "daalde", "scholen", "hitte"}) {
    INFO(word);
    CHECK_FALSE(DutchIrregularFinite(word));
  }
}

}  // namespace
}  // namespace causalkg
