// The review of candidate claims at a terminal, through a pseudo-terminal:
// .review in the shell and `causalkg review FILE`, answered key by key with
// the line editor's completion, stopped and taken up again.
#include <catch2/catch.hpp>

#include "pty_session.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using testing::PtySession;
using testing::RunCausalkg;

const std::string kData = std::string(CAUSALKG_SOURCE_DIR) + "/tests/data/review/";

struct ReviewFixture {
  testing::TempDir dir;
  std::map<std::string, std::string> env{{"CAUSALKG_HISTORY", dir.File("history")},
                                         {"NO_COLOR", "1"}};
  std::string db = dir.File("db");
};

// Waits for `prompt`, then for the line editor to have the terminal, and
// types `keys`.
void Answer(PtySession& shell, const std::string& prompt, const std::string& keys) {
  INFO("waiting for " << prompt << " to type " << keys);
  REQUIRE(shell.WaitFor(prompt));
  REQUIRE(shell.ReadUntil([&] { return shell.EditingLine(); }));
  shell.Send(keys);
}

std::string Query(const ReviewFixture& f, const std::string& statement) {
  auto run = RunCausalkg({"--db", f.db, "query", statement});
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  return run.out;
}

TEST_CASE(".review takes decisions key by key, loads the accepted on quit, and goes on later",
          "[review][shell]") {
  ReviewFixture f;
  const std::string candidates =
      f.dir.Write("scp.jsonl", testing::ReadFile(kData + "scp-candidates.jsonl"));
  {
    PtySession shell({"--db", f.db}, f.env);
    // The file name completes after .review.
    Answer(shell, "causalkg> ", ".review " + f.dir.File("sc") + "\t");
    REQUIRE(shell.WaitFor("p.jsonl"));  // the rest of the name, after the cursor
    shell.Send("\r");
    REQUIRE(shell.WaitFor("Reviewing " + candidates + ": 6 candidates; decisions are kept in " +
                          f.dir.File("scp.review.jsonl")));
    REQUIRE(
        shell.WaitFor("candidate 1 of 6  rule nl.verb.vergroten  confidence 0.7  modality can"));
    REQUIRE(
        shell.WaitFor("Het SCP stelt dat [cause: digitalisering] {effect: de sociale "
                      "ongelijkheid} kan vergroten"));
    REQUIRE(
        shell.WaitFor("claim: digitalisation -[increases +]-> social_inequality  (both in "
                      "the database)"));
    Answer(shell, "review 1/6 [a r f v n s u q ?]> ", "a\r");

    // Rejected, with the reason asked for.
    REQUIRE(shell.WaitFor("claim: social_inequality -[weakens -]-> social_cohesion"));
    Answer(shell, "review 2/6", "r\r");
    Answer(shell, "why? 1 not-causal, 2 wrong-sign", "wrong-si\t");
    REQUIRE(shell.WaitFor("gn"));
    shell.Send("\r");

    // Renamed to a node of the database, which Tab completes.
    REQUIRE(
        shell.WaitFor("claim: digitalisation -[strengthens +]-> proces_van_individualisering  "
                      "(subject in the database, object new)"));
    Answer(shell, "review 3/6", "n\r");
    Answer(shell, "rename which end? s subject, o object> ", "o\r");
    Answer(shell, "rename the object to which node? (Tab completes)> ", "individualisa\t");
    REQUIRE(shell.WaitFor("tion"));
    shell.Send("\r");
    REQUIRE(
        shell.WaitFor("claim: digitalisation -[strengthens +]-> individualisation  (subject "
                      "in the database, object renamed)"));
    Answer(shell, "review 3/6", "a\r");

    // Flipped: increases becomes decreases.
    Answer(shell, "review 4/6", "f\r");
    REQUIRE(
        shell.WaitFor("claim: individualisation -[decreases -]-> "
                      "grotere_afstanden_tussen_mensen  (subject in the database, object "
                      "new)  edited: sign flipped"));
    Answer(shell, "review 4/6", "a\r");

    // Quit: what was accepted is loaded, the rest waits.
    Answer(shell, "review 5/6", "q\r");
    REQUIRE(
        shell.WaitFor("6 candidates: 3 accepted (2 after an edit), 1 rejected, 0 skipped, 2 "
                      "not reviewed yet"));
    REQUIRE(shell.WaitFor("Loaded 3 claims: 1 new edge, 1 new node, 3 pieces of evidence added"));
    REQUIRE(shell.WaitFor("2 candidates to go"));
    Answer(shell, "causalkg> ", ".quit\r");
    CHECK(shell.Wait() == 0);
  }
  CHECK_THAT(Query(f, "WHY digitalisation strengthens individualisation"),
             Catch::Contains("scp-2025-text, can, confidence 0.7, extracted\n  @1098-1255\n"
                             "  \"Daarnaast kan digitalisering "
                             "het proces van individualisering versterken,"));
  // The new node is found by the phrase of the text, its label.
  CHECK_THAT(Query(f, "MATCH individualisation decreases 'grotere afstanden tussen mensen'"),
             Catch::Contains("1 row"));
  // The rejected candidate added nothing to the claim the report already had.
  CHECK_THAT(Query(f, "WHY social_inequality weakens social_cohesion"),
             Catch::Contains("1 piece of evidence"));

  // Taken up again: at the first candidate not decided, the loaded ones
  // beyond undo.
  PtySession shell({"--db", f.db}, f.env);
  Answer(shell, "causalkg> ", ".review " + candidates + "\r");
  REQUIRE(shell.WaitFor("6 candidates, 4 decided before"));
  REQUIRE(shell.WaitFor("candidate 5 of 6"));
  Answer(shell, "review 5/6", "u\r");
  REQUIRE(shell.WaitFor("the decisions before this were loaded into the database"));
  Answer(shell, "review 5/6", "s\r");
  REQUIRE(shell.WaitFor("candidate 6 of 6  rule nl.connective.omdat"));
  Answer(shell, "review 6/6", "r not\r");
  REQUIRE(
      shell.WaitFor("6 candidates: 3 accepted (2 after an edit), 2 rejected, 1 skipped, 0 not "
                    "reviewed yet"));
  REQUIRE(shell.WaitFor("No accepted claims to load."));
  REQUIRE(shell.WaitFor("nl.connective.omdat"));
  REQUIRE(shell.WaitFor("1 candidate to go"));
  Answer(shell, "causalkg> ", ".quit\r");
  CHECK(shell.Wait() == 0);
}

TEST_CASE("causalkg review FILE asks at a terminal, and Ctrl-D stops it as q does",
          "[review][cli]") {
  ReviewFixture f;
  const std::string candidates =
      f.dir.Write("transport.jsonl", testing::ReadFile(kData + "transport-candidates.jsonl"));
  {
    PtySession review({"--db", f.db, "--empty", "review", candidates}, f.env);
    REQUIRE(review.WaitFor(
        "[cause: Rising fuel prices] increase {effect: the use of public transport}."));
    Answer(review, "review 1/4", "a\r");
    // Reversed, then accepted.
    Answer(review, "review 2/4", "v\r");
    REQUIRE(
        review.WaitFor("claim: car_traffic -[reduces -]-> cycle_lanes  (both new)  edited: "
                       "reversed"));
    Answer(review, "review 2/4", "a\r");
    REQUIRE(review.WaitFor("candidate 3 of 4  rule en.verb.reduce  confidence 0.7  negated"));
    Answer(review, "review 3/4", "r 1\r");
    // A link of sign ? has no sign to flip.
    Answer(review, "review 4/4", "f\r");
    REQUIRE(review.WaitFor("proposes a link of sign ?: there is no sign to flip"));
    Answer(review, "review 4/4", "\x04");
    REQUIRE(review.WaitFor("Loaded 2 claims"));
    REQUIRE(review.WaitFor("1 candidate to go"));
    CHECK(review.Wait() == 0);
  }
  CHECK_THAT(Query(f, "MATCH car_traffic reduces ?x"), Catch::Contains("Better cycle lanes"));
  // The last candidate, left open, is accepted by a script.
  auto rest = RunCausalkg({"--db", f.db, "review", "--accept-all", candidates});
  CHECK(rest.exit_code == 0);
  CHECK_THAT(rest.out, Catch::Contains("Loaded 1 claim:"));
  CHECK_THAT(rest.out, Catch::StartsWith("4 candidates: 3 accepted (1 after an edit), 1 rejected"));
}

}  // namespace
}  // namespace causalkg
