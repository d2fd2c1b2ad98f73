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

TEST_CASE("net signs cut short by the search's budget are reported as partial", "[limits]") {
  testing::ScratchStore db;
  testing::MustLoad(*db.store, DenseGraph());
  const auto deep =
      nlohmann::json::parse(Run(*db.store, "EFFECTS OF k0 DEPTH 8", cli::OutputFormat::kJson));
  CHECK(deep["signs_complete"] == false);
  CHECK(deep["truncated"] == true);
  CHECK(deep["total"] == 13);  // distances stay exact: every other node, one step away
  for (const auto& node : deep["nodes"]) CHECK(node["distance"] == 1);

  const std::string text = Run(*db.store, "EFFECTS OF k0 DEPTH 8", cli::OutputFormat::kTable);
  CHECK_THAT(text, Catch::Contains("13 nodes\nnet signs are from part of the chains"));
  CHECK_THAT(text, !Catch::Contains("raise LIMIT"));

  const auto shallow =
      nlohmann::json::parse(Run(*db.store, "EFFECTS OF k0 DEPTH 2", cli::OutputFormat::kJson));
  CHECK(shallow["signs_complete"] == true);
  CHECK(shallow["truncated"] == false);
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
