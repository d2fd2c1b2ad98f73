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
       "digitalisation -[erodes -]-> social cohesion  net -\n"
       "digitalisation -[influences ?]-> social cohesion  net ?\n"
       "digitalisation -[increases +]-> social inequality -[weakens -]-> social cohesion  net -\n"
       "digitalisation -[strengthens +]-> individualisation -[weakens -]-> social cohesion  "
       "net -\n"
       "4 paths\n"},
      // The report names no feedback loop; one is made below.
      {"LOOPS", "0 loops\n"},
      {"CAUSES OF social_cohesion DEPTH 1",
       "cause              distance  net sign\n"
       "-----------------  --------  --------\n"
       "digitalisation     1         -/?\n"
       "social inequality  1         -\n"
       "individualisation  1         -\n"
       "3 nodes\n"},
      {"LEVERS FOR social_cohesion DEPTH 2",
       "lever                          status       acts on            through    distance  "
       "net sign\n"
       "-----------------------------  -----------  -----------------  ---------  --------  "
       "--------\n"
       "broader digitalisation policy  recommended  digitalisation     addresses  1         -/?\n"
       "broader digitalisation policy  recommended  individualisation  addresses  1         -\n"
       "2 levers for social cohesion\n"},
      {"BLINDSPOTS FOR 'social cohesion'",
       "blind spot         distance  net sign  recommended for it\n"
       "-----------------  --------  --------  -----------------------------\n"
       "digitalisation     1         -/?       broader digitalisation policy\n"
       "social inequality  1         -         -\n"
       "individualisation  1         -         broader digitalisation policy\n"
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
       "digitalisation -[erodes -]-> social_cohesion -[strengthens +]-> trust  net -\n"
       "2 steps\n",
       "id"},
      // Two claims of the user's own close a loop through the report's.
      {"ADD trust reduces social_inequality QUOTE 'wie vertrouwt, deelt' SOURCE notes",
       "Added trust reduces social_inequality: a new edge, 0 new nodes, evidence added\n"},
      {"LOOPS",
       "R  social inequality -[weakens -]-> social cohesion -[strengthens +]-> trust -[reduces "
       "-]-> "
       "social inequality\n"
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
