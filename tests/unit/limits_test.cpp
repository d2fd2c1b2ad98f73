// Searches that would blow up stop at their limits and say so.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/statement_runner.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

// Every node of 14 amplifies every other: tens of millions of chains of 8.
std::string DenseGraph() {
  std::string claims;
  for (int a = 0; a < 14; ++a) {
    for (int b = 0; b < 14; ++b) {
      if (a == b) continue;
      const char* relation = (a + b) % 3 == 0 ? "weakens" : "amplifies";
      claims += std::string(claims.empty() ? "" : ",") + R"({"subject":"k)" + std::to_string(a) +
                R"(","relation":")" + relation + R"(","object":"k)" + std::to_string(b) + R"("})";
    }
  }
  return R"({"claims":[)" + claims + "]}";
}

std::string Run(Store& store, const std::string& statement, cli::OutputFormat format) {
  std::ostringstream out, err;
  cli::StatementRunner runner(store, out, err);
  runner.set_format(format);
  INFO(err.str());
  REQUIRE(runner.Run(statement));
  return out.str();
}

TEST_CASE("net signs on a graph of tens of millions of chains are whole", "[limits]") {
  // Every chain here is on one strongly connected cluster, yet each node's
  // signs are found without walking all of them (net_signs.hpp); the case
  // where the budget runs out is in net_signs_test.cpp.
  testing::ScratchStore db;
  testing::MustLoad(*db.store, DenseGraph());
  const auto deep =
      nlohmann::json::parse(Run(*db.store, "EFFECTS OF k0 DEPTH 8", cli::OutputFormat::kJson));
  CHECK(deep["signs_complete"] == true);
  CHECK(deep["truncated"] == false);
  CHECK(deep["total"] == 13);  // every other node, one step away
  for (const auto& node : deep["nodes"]) {
    CHECK(node["distance"] == 1);
    CHECK(node["signs"] == nlohmann::json{"+", "-"});
    CHECK(node["signs_complete"] == true);
  }

  const std::string text = Run(*db.store, "EFFECTS OF k0 DEPTH 8", cli::OutputFormat::kTable);
  CHECK_THAT(text, Catch::Contains("13 nodes\n"));
  CHECK_THAT(text, !Catch::Contains("part of the chains"));
  CHECK_THAT(text, !Catch::Contains("raise LIMIT"));
}

TEST_CASE("path enumeration stops at its LIMIT on a graph with millions of chains", "[limits]") {
  testing::ScratchStore db;
  testing::MustLoad(*db.store, DenseGraph());
  const auto paths = nlohmann::json::parse(
      Run(*db.store, "PATHS FROM k0 TO k1 DEPTH 12", cli::OutputFormat::kJson));
  CHECK(paths["paths"].size() == 1000);  // the default LIMIT
  CHECK(paths["truncated"] == true);
  CHECK(paths["paths"][0]["length"] == 1);  // shortest first
  const auto loops =
      nlohmann::json::parse(Run(*db.store, "LOOPS DEPTH 12 LIMIT 50", cli::OutputFormat::kJson));
  CHECK(loops["paths"].size() == 50);
  CHECK(loops["truncated"] == true);
}

}  // namespace
}  // namespace causalkg
