// Vensim and XMILE models against two readings the importers do not share:
// a model's .mdl and its .xmile (or Stella .stmx) must give the same graph,
// though the two readers share only the equation scanner; and the feedback
// loops the engine's LOOPS finds in an imported model must be those a
// brute-force enumeration in the test finds over the imported links.
#include <catch2/catch.hpp>

#include "import_sd_support.hpp"

namespace causalkg {
namespace {

using namespace testing;

const std::vector<std::pair<std::string, std::string>> kSameModel = {
    {"vensim/features.mdl", "xmile/features.xmile"},
    {"vensim/teacup.mdl", "xmile/teacup.xmile"},
    {"vensim/teacup.mdl", "xmile/teacup.stmx"},
    {"vensim/SIR.mdl", "xmile/SIR.xmile"},
    {"vensim/SIR.mdl", "xmile/SIR.stmx"},
    {"vensim/test_lookups.mdl", "xmile/test_lookups.xmile"},
    {"vensim/test_subscripted_trig.mdl", "xmile/test_subscripted_trig.xmile"},
    {"vensim/test_chained_initialization.mdl", "xmile/test_chained_initialization.xmile"},
    {"vensim/test_initial.mdl", "xmile/test_initial.xmile"},
    {"vensim/xidz_zidz.mdl", "xmile/xidz_zidz.xmile"},
    {"vensim/test_trig.mdl", "xmile/test_trig.xmile"},
    {"vensim/test_logicals.mdl", "xmile/test_logicals.xmile"},
    {"vensim/test_line_continuation.mdl", "xmile/test_line_continuation.xmile"},
};

TEST_CASE("A model's Vensim and XMILE files give the same nodes and signed links", "[import][sd]") {
  for (const auto& [mdl, xmile] : kSameModel) {
    INFO(mdl << " and " << xmile);
    const auto a = MustImport(mdl);
    const auto b = MustImport(xmile);
    std::set<std::string> a_nodes, b_nodes;
    for (const auto& n : a.nodes) a_nodes.insert(n.key);
    for (const auto& n : b.nodes) b_nodes.insert(n.key);
    CHECK(a_nodes == b_nodes);
    CHECK(LinkTexts(a) == LinkTexts(b));
    CHECK_FALSE(a.links.empty());
  }
}

struct Expected {
  std::string file;
  std::size_t r, b, u;  // loops by type, counted by hand from the equations
};

std::size_t OfType(const std::multiset<std::string>& loops, char type) {
  return std::count_if(loops.begin(), loops.end(),
                       [&](const std::string& l) { return l.back() == type; });
}

constexpr int kDepth = 12;  // LOOPS's largest DEPTH

// The engine's loops over the store's causal links are the enumeration's
// over the same links.
void CheckEngineAgrees(const kb::sd::Import& import) {
  bool with_unknown = false;
  const auto engine = EngineLoops(import, kDepth, with_unknown);
  CHECK(engine == EnumerateLoops(import, kDepth, with_unknown));
}

TEST_CASE("Small models' loops, counted by hand, are what the enumeration and LOOPS find",
          "[import][sd]") {
  const std::vector<Expected> models = {
      // Population's births (R) and deaths (B); through Crowding's lookup (U).
      {"vensim/features.mdl", 1, 1, 1},
      {"xmile/features.xmile", 1, 1, 1},
      {"vensim/teacup.mdl", 0, 1, 0},  // the tea cools towards the room
      {"xmile/teacup.stmx", 0, 1, 0},
      // Infection (R), the susceptible used up (B), recovery (B).
      {"vensim/SIR.mdl", 1, 2, 0},
      {"xmile/SIR.xmile", 1, 2, 0},
      // Each species' births (R) and deaths (B), and predation (B).
      {"vensim/Lotka_Volterra.mdl", 2, 3, 0},
      // Births (R); births become deaths after a delay (B).
      {"vensim/Subscripted_Population_Model.mdl", 1, 1, 0},
      {"xmile/test_delay_xmile.xmile", 1, 0, 0},  // Flow 2 grows Stock 1 in proportion
      {"vensim/test_lookups.mdl", 0, 0, 0},
  };
  for (const Expected& m : models) {
    INFO(m.file);
    const auto import = MustImport(m.file);
    const auto all = EnumerateLoops(import, kDepth, /*with_unknown=*/true);
    CHECK(OfType(all, 'R') == m.r);
    CHECK(OfType(all, 'B') == m.b);
    CHECK(OfType(all, 'U') == m.u);
    CheckEngineAgrees(import);
  }
}

TEST_CASE("Larger models' loops: LOOPS finds what the enumeration finds", "[import][sd]") {
  for (const std::string file : {"vensim/workforce.mdl", "vensim/Query_file.mdl"}) {
    INFO(file);
    const auto import = MustImport(file);
    const auto all = EnumerateLoops(import, kDepth, /*with_unknown=*/true);
    CHECK_FALSE(all.empty());
    CheckEngineAgrees(import);
  }
}

}  // namespace
}  // namespace causalkg
