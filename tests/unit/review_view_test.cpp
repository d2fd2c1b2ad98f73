// How a review shows a candidate: the phrases marked in its sentence, on one
// line and cut around them when long, and the claim it proposes.
#include <catch2/catch.hpp>

#include <filesystem>

#include "cli/shell/candidate_view.hpp"
#include "cli/shell/completion.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

kb::Candidate CandidateOf(const std::string& quote, const std::string& cause,
                          const std::string& effect) {
  kb::Candidate c;
  c.number = 2;
  c.quote = quote;
  c.cause = cause;
  c.effect = effect;
  if (auto at = quote.find(cause); at != std::string::npos)
    c.cause_span = {{at, at + cause.size()}};
  if (auto at = quote.find(effect); at != std::string::npos) {
    c.effect_span = {{at, at + effect.size()}};
  }
  return c;
}

TEST_CASE("a candidate's sentence shows its cause and effect marked", "[review]") {
  const auto c = CandidateOf("Rain, in time,\nhelps the harvest.", "Rain", "the harvest");
  CHECK(cli::MarkedQuote(c, false) == "[cause: Rain], in time, helps {effect: the harvest}.");
  CHECK(cli::MarkedQuote(c, true) ==
        "\x1b[1;33m[cause: Rain]\x1b[0m, in time, helps \x1b[1;36m{effect: the harvest}\x1b[0m.");
  // The effect before the cause, as in "X, because Y".
  const auto because =
      CandidateOf("Ridership grew because fares fell.", "fares fell", "Ridership grew");
  CHECK(cli::MarkedQuote(because, false) ==
        "{effect: Ridership grew} because [cause: fares fell].");
  // A phrase the quote does not hold is not marked; a control character
  // is shown as an escape, never sent to the terminal.
  const auto odd = CandidateOf("Heat\x1b[2J dries soil.", "Heat", "drought");
  CHECK(cli::MarkedQuote(odd, false) == "[cause: Heat]\\x1b[2J dries soil.");
}

TEST_CASE("a long sentence is shown around its phrases only", "[review]") {
  const std::string before(1000, 'a'), between(50, 'b'), after(1000, 'c');
  const auto c = CandidateOf(before + " X raises Y " + between + after, "X", "Y");
  const std::string shown = cli::MarkedQuote(c, false);
  CHECK_THAT(shown, Catch::StartsWith("...") && Catch::EndsWith("...") &&
                        Catch::Contains("[cause: X] raises {effect: Y}"));
  CHECK(shown.size() < 400);
  // Cut on whole characters: 150 bytes after the effect falls inside a
  // two-byte letter, which is kept whole.
  const auto dutch = CandidateOf(std::string(700, 'a') + " X doet Y " + std::string(148, 'b') +
                                     std::string("\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9") +
                                     std::string(500, 'c'),
                                 "X", "Y");
  const std::string cut = cli::MarkedQuote(dutch, false);
  CHECK_THAT(cut, !Catch::Contains("\\x"));
}

TEST_CASE("the claim shows which ends the database holds and what the review changed", "[review]") {
  testing::ScratchStore db;
  testing::MustLoad(*db.store, R"({"claims": [{"subject": "rain", "relation": "increases",
                                               "object": "harvest"}]})");
  kb::Candidate c = CandidateOf("Rain helps the harvest.", "Rain", "the harvest");
  c.subject = "rain";
  c.relation = "increases";
  c.object = "harvest";
  c.sign = '+';
  kb::ProposedClaim claim = kb::ProposedClaim::Of(c);
  CHECK(cli::ClaimLine(claim, *db.store) ==
        "rain -[increases +]-> harvest  (both in the database)");
  kb::Decision flip, reverse;
  flip.action = kb::Action::kFlip;
  reverse.action = kb::Action::kReverse;
  claim.Apply(flip, c);
  claim.Apply(reverse, c);
  CHECK(cli::ClaimLine(claim, *db.store) ==
        "harvest -[decreases -]-> rain  (both in the database)  edited: sign flipped, reversed");
  c.object = "yield";
  CHECK(cli::ClaimLine(kb::ProposedClaim::Of(c), *db.store) ==
        "rain -[increases +]-> yield  (subject in the database, object new)");
}

TEST_CASE("a review's questions complete node names, not relations", "[review]") {
  testing::ScratchStore db;
  testing::MustLoad(*db.store, R"({
    "nodes": [{"id": "harvest", "label": {"en": "the harvest", "nl": "oogst"}}],
    "claims": [{"subject": "rain", "relation": "helps", "object": "harvest"},
               {"subject": "hail", "relation": "harms", "object": "harvest"}]})");
  cli::Completions completions(*db.store, {".review"}, {".review"});
  CHECK(completions.Nodes("h", false) == std::vector<std::string>{"hail", "harvest"});
  CHECK(completions.Nodes("the", true) == std::vector<std::string>{"the harvest"});
  CHECK(completions.Nodes("o", false) == std::vector<std::string>{"oogst"});
  // While a question is asked, its own answers complete.
  completions.SetAnswers([](const std::string& text, bool, const std::string&) {
    return std::vector<std::string>{"answer:" + text};
  });
  CHECK(completions.For("x", false, "") == std::vector<std::string>{"answer:x"});
  completions.ClearAnswers();
  CHECK(completions.For("rai", false, "MATCH ") == std::vector<std::string>{"rain"});
}

TEST_CASE("file names complete after a dot-command that takes files", "[review]") {
  testing::TempDir dir;
  dir.Write("claims.jsonl", "");
  dir.Write("candidates.jsonl", "");
  dir.Write(".hidden.jsonl", "");
  std::filesystem::create_directory(dir.File("cache"));
  testing::ScratchStore db;
  cli::Completions completions(*db.store, {".read", ".relations", ".review"}, {".read", ".review"});
  const std::string prefix = dir.path() + "/c";
  CHECK(completions.For(prefix, false, ".review ") ==
        std::vector<std::string>{dir.File("cache/"), dir.File("candidates.jsonl"),
                                 dir.File("claims.jsonl")});
  CHECK(completions.For(prefix + "l", false, "  .rev  ") ==
        std::vector<std::string>{dir.File("claims.jsonl")});
  CHECK(completions.For(dir.path() + "/.h", false, ".review ") ==
        std::vector<std::string>{dir.File(".hidden.jsonl")});
  // .re is .read, .relations or .review: no file names for it.
  CHECK(completions.For(prefix, false, ".re ").empty());
}

}  // namespace
}  // namespace causalkg
