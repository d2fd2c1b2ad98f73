// Words the extractor once misread: the month May as the hedge "may", an
// abbreviation's full stop as a sentence's end, a title's "to" as an aim,
// and "following" as a cause where it is an adjective, a verb or a
// list's opening.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "extract_support.hpp"
#include "kb/extract/extractor.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using kb::extract::Candidate;
using kb::extract::Language;

std::vector<Candidate> ExtractEnglish(const std::string& text) {
  kb::extract::ExtractOptions options;
  options.language = Language::kEnglish;
  auto extractor = kb::extract::Extractor::Create(options, nullptr);
  REQUIRE(extractor.ok());
  auto source = kb::extract::MakeSourceText(text, "t.txt", kb::extract::TextFormat::kPlain);
  REQUIRE(source.ok());
  std::vector<Candidate> out;
  kb::extract::ExtractStats stats;
  Status s = (*extractor)
                 ->ExtractText(
                     *source,
                     [&](const Candidate& c) {
                       out.push_back(c);
                       return Status::Ok();
                     },
                     stats);
  INFO(s.ToString());
  REQUIRE(s.ok());
  for (const Candidate& c : out) testing::CheckVerbatim(text, c);
  return out;
}

const Candidate* Find(const std::vector<Candidate>& found, const std::string& cause,
                      const std::string& effect) {
  for (const Candidate& c : found) {
    if (c.cause == cause && c.effect == effect) return &c;
  }
  return nullptr;
}

TEST_CASE("the month May is no hedge; the modal may is one", "[extract]") {
  struct Case {
    std::string text, cause, effect, modality;
  };
  const std::vector<Case> cases = {
      {"In May the new tariffs reduced imports of steel.", "the new tariffs", "imports of steel",
       "is"},
      {"The strike in early May disrupted rail services.", "The strike in early May",
       "rail services", "is"},
      {"Heavy rain on 12 May damaged the harvest.", "Heavy rain on 12 May", "the harvest", "is"},
      {"The levy introduced in May 2021 raised fuel prices.", "The levy introduced in May 2021",
       "fuel prices", "is"},
      {"Higher rates may reduce demand for housing.", "Higher rates", "demand for housing", "can"},
      {"May the new levy reduce waste?", "", "", ""},  // a question: nothing
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const std::vector<Candidate> found = ExtractEnglish(c.text);
    INFO(testing::Describe(found));
    if (c.cause.empty()) {
      CHECK(found.empty());
      continue;
    }
    const Candidate* hit = Find(found, c.cause, c.effect);
    REQUIRE(hit != nullptr);
    CHECK(hit->modality == c.modality);
  }
}

TEST_CASE("a title or initials do not end the sentence they stand in", "[extract]") {
  const std::string text =
      "Mr. Smith said that higher taxes reduce spending. Dr. Jones argued that the drought "
      "increased food prices. The U.S. economy grew because exports rose. Tariffs on steel, "
      "e.g. Those on coils, raised prices. St. Mary's Hospital was closed after Gov. Reed cut "
      "its budget.\n";
  const std::vector<Candidate> found = ExtractEnglish(text);
  INFO(testing::Describe(found));
  const std::vector<std::string> quotes = {
      "Mr. Smith said that higher taxes reduce spending.",
      "Dr. Jones argued that the drought increased food prices.",
      "The U.S. economy grew because exports rose.",
  };
  for (const std::string& quote : quotes) {
    INFO(quote);
    const bool quoted = std::any_of(found.begin(), found.end(),
                                    [&](const Candidate& c) { return c.quote == quote; });
    CHECK(quoted);
  }
  CHECK(Find(found, "exports", "The U.S. economy") != nullptr);
  for (const Candidate& c : found) {
    // No quote opens with what an abbreviation left behind.
    CHECK(c.quote.rfind("Smith", 0) != 0);
    CHECK(c.quote.rfind("Jones", 0) != 0);
    CHECK(c.quote.rfind("economy", 0) != 0);
    CHECK(c.quote.rfind("Reed", 0) != 0);
  }
  // A sentence that ends in the U.S. ends there.
  const std::vector<Candidate> two =
      ExtractEnglish("Tariffs fell in the U.S. The cuts boosted imports.\n");
  INFO(testing::Describe(two));
  REQUIRE(two.size() == 1);
  CHECK(two[0].quote == "The cuts boosted imports.");
}

TEST_CASE("a file's title line claims as a sentence does, but its 'to' plans, not aims",
          "[extract]") {
  auto quoted = [](const std::vector<Candidate>& found, const std::string& quote) {
    return std::any_of(found.begin(), found.end(),
                       [&](const Candidate& c) { return c.quote == quote; });
  };
  const std::vector<Candidate> titled = ExtractEnglish(
      "Drought cuts harvests across Europe\n\nThe drought cut harvests across Europe this "
      "summer.\n");
  INFO(testing::Describe(titled));
  CHECK(Find(titled, "Drought", "harvests across Europe") != nullptr);
  CHECK(quoted(titled, "The drought cut harvests across Europe this summer."));
  // Headlinese "to" tells what is planned; in a sentence further on it is an aim.
  const std::vector<Candidate> planned = ExtractEnglish(
      "Steel maker to shut plant to cut costs\n\nThe steel maker will shut its plant to cut "
      "costs.\n");
  INFO(testing::Describe(planned));
  CHECK_FALSE(quoted(planned, "Steel maker to shut plant to cut costs"));
  CHECK(quoted(planned, "The steel maker will shut its plant to cut costs."));
}

TEST_CASE("following is a cause only as a preposition", "[extract]") {
  const std::vector<std::string> quiet = {
      "The following measures were taken by the council.",
      "Police were following the suspects when the car crashed.",
      "On the following day, prices fell sharply.",
      "Following is a list of the closures.",
      "The following year the plant was sold to a rival.",
      "They are following the advice of the ministry.",
  };
  for (const std::string& text : quiet) {
    INFO(text);
    const std::vector<Candidate> found = ExtractEnglish(text);
    INFO(testing::Describe(found));
    CHECK(std::none_of(found.begin(), found.end(),
                       [](const Candidate& c) { return c.rule == "marker"; }));
  }
  const std::vector<Candidate> fired =
      ExtractEnglish("The march was called off following talks with the mayor.");
  INFO(testing::Describe(fired));
  CHECK(Find(fired, "talks with the mayor", "The march was called off") != nullptr);
}

}  // namespace
}  // namespace causalkg
