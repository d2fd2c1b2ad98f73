// The whole path a user's statement takes, through the real binary: one
// statement of each result type on the bundled report, its table as
// `causalkg query` prints it, byte for byte. The query files test the
// answers through the engine, table_render_test the layout; this checks
// that the two meet in the binary.
#include <catch2/catch.hpp>

#include "test_support.hpp"

namespace causalkg {
namespace {

struct Expected {
  std::string statement;
  std::string table;
  std::string language = "en";  // --lang
};

TEST_CASE("the binary prints the table of each kind of statement", "[cli][queries]") {
  testing::TempDir dir;
  const std::string db = dir.File("db");  // a new database holds the bundled report
  const std::vector<Expected> cases = {
      {"MATCH ?x beïnvloedt ?y",
       "?x                 ?y\n"
       "-----------------  ------------------\n"
       "digitalisation     social cohesion\n"
       "individualisation  social connections\n"
       "2 rows\n"},
      {"COUNT MATCH ?s ?r ?o", "37\n"},
      {"PATHS FROM digitalisering TO 'sociale samenhang'",
       // Beliefs as docs/belief.md works them out; "(can)": every piece of the step hedges.
       "digitalisation -[erodes - (can)]-> social cohesion  net -  belief 0.55\n"
       "digitalisation -[influences ? (can)]-> social cohesion  net ?  belief 0.45\n"
       "digitalisation -[increases + (can)]-> social inequality -[weakens -]-> social cohesion  "
       "net -  belief 0.6525\n"
       "digitalisation -[strengthens +]-> individualisation -[weakens - (can)]-> social cohesion  "
       "net -  belief 0.5155\n"
       "4 paths\n"},
      // The report names no feedback loop; one is made below.
      {"LOOPS", "0 loops\n"},
      {"CAUSES OF social_cohesion DEPTH 1",
       // Each cause's most believable shortest chain: its belief, and its step
       // at the cause (the cause itself left out).
       "cause              distance  net sign  belief  step\n"
       "-----------------  --------  --------  ------  ------------------------------------\n"
       "digitalisation     1         -/?       0.55    -[erodes - (can)]-> social cohesion\n"
       "social inequality  1         -         0.75    -[weakens -]-> social cohesion\n"
       "individualisation  1         -         0.55    -[weakens - (can)]-> social cohesion\n"
       "3 nodes\n"},
      {"LEVERS FOR social_cohesion DEPTH 2",
       // The lever's claim's belief times its node's chain's: 0.75 x 0.55, 0.91 x 0.55.
       "lever                          status       acts on            through    distance  "
       "net sign  belief\n"
       "-----------------------------  -----------  -----------------  ---------  --------  "
       "--------  ------\n"
       "broader digitalisation policy  recommended  digitalisation     addresses  1         -/?  "
       "     0.4125\n"
       "broader digitalisation policy  recommended  individualisation  addresses  1         -    "
       "     0.5005\n"
       "2 levers for social cohesion\n"},
      {"BLINDSPOTS FOR 'social cohesion'",
       "blind spot         distance  net sign  recommended for it             belief\n"
       "-----------------  --------  --------  -----------------------------  ------\n"
       "digitalisation     1         -/?       broader digitalisation policy  0.55\n"
       "social inequality  1         -         -                              0.75\n"
       "individualisation  1         -         broader digitalisation policy  0.55\n"
       "3 blind spots upstream of social cohesion that no lever in place acts on\n"},
      {"WHY social_inequality weakens social_cohesion",
       "social inequality -[weakens]-> social cohesion  belief 0.75\n"
       "  scp-2025, is, confidence 0.8\n"
       "  \"wat op zijn beurt de sociale samenhang verder verzwakt\"\n"
       "1 piece of evidence\n"},
      {"ADD social_cohesion strengthens trust QUOTE 'samen sterk' SOURCE notes CONFIDENCE 0.5",
       "Added social_cohesion strengthens trust: a new edge, 1 new node, evidence added, new "
       "source notes\n"},
      // The claim just added is followed, in ids.
      {"SHORTEST FROM digitalisation TO trust",
       // 0.55 x the note's one piece of confidence 0.5: 1 - (0.05 + 0.5) = 0.45.
       "digitalisation -[erodes - (can)]-> social_cohesion -[strengthens +]-> trust  net -  "
       "belief 0.2475\n"
       "2 steps\n",
       "id"},
      // Two claims of the user's own close a loop through the report's.
      {"ADD trust reduces social_inequality QUOTE 'wie vertrouwt, deelt' SOURCE notes",
       "Added trust reduces social_inequality: a new edge, 0 new nodes, evidence added\n"},
      {"LOOPS",
       // 0.75 x 0.45 x 0.65 (a plain piece from a source that declares nothing).
       "R  social inequality -[weakens -]-> social cohesion -[strengthens +]-> trust -[reduces "
       "-]-> "
       "social inequality  belief 0.2194\n"
       "1 loop\n"},
  };
  for (const Expected& c : cases) {
    const auto run = testing::RunCausalkg({"--db", db, "--lang", c.language, "query", c.statement});
    INFO(c.statement << "\n" << run.err);
    CHECK(run.exit_code == 0);
    CHECK(run.out == c.table);
  }

  // EXPLAIN gives a plan, one step a line, and runs nothing.
  const auto explain = testing::RunCausalkg({"--db", db, "query", "EXPLAIN ADD a amplifies b"});
  CHECK(explain.exit_code == 0);
  CHECK_FALSE(explain.out.empty());
  const auto count = testing::RunCausalkg({"--db", db, "query", "COUNT MATCH ?s ?r ?o"});
  CHECK(count.out == "39\n");
}

}  // namespace
}  // namespace causalkg
