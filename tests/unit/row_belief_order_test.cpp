// ORDER BY belief on EFFECTS, CAUSES, LEVERS and BLINDSPOTS, through the
// binary on the bundled report: the same rows as without it, the most (or
// least) believable first, and LIMIT k the first k of that whole order.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "test_support.hpp"

namespace causalkg {
namespace {

using json = nlohmann::json;
using testing::RunCausalkg;

struct Report {
  testing::TempDir dir;
  std::string db = dir.File("db");
  json Query(const std::string& text) {
    auto run = RunCausalkg({"--db", db, "query", text, "--format", "json"});
    INFO(text << "\n" << run.err);
    REQUIRE(run.exit_code == 0);
    return json::parse(run.out);
  }
};

// A row's key (what tells it from the others) and its belief (-1: none).
std::string Key(const json& row) {
  return row.contains("lever")
             ? row["lever"].get<std::string>() + ">" + row["target"].get<std::string>()
             : row["id"].get<std::string>();
}
double BeliefOf(const json& row) { return row.value("belief", -1.0); }

TEST_CASE("ORDER BY belief orders the nodes and levers by belief before LIMIT keeps the first",
          "[belief][order][cli]") {
  Report report;
  struct Case {
    std::string statement;
    std::string rows;
  };
  for (const Case& c : {Case{"EFFECTS OF digitalisation DEPTH 3", "nodes"},
                        Case{"CAUSES OF social_cohesion DEPTH 3", "nodes"},
                        Case{"BLINDSPOTS FOR social_cohesion", "nodes"},
                        Case{"LEVERS FOR 'digital inequality' DEPTH 6", "levers"}}) {
    INFO(c.statement);
    const json plain = report.Query(c.statement)[c.rows];
    REQUIRE(plain.size() >= 3);
    for (const char* direction : {" DESC", " ASC"}) {
      const bool descending = std::string(direction) == " DESC";
      const json ordered = report.Query(c.statement + " ORDER BY belief" + direction)[c.rows];
      // The same rows, each with the belief it has without the order.
      std::vector<std::pair<std::string, double>> want, got;
      for (const json& row : plain) want.emplace_back(Key(row), BeliefOf(row));
      for (const json& row : ordered) got.emplace_back(Key(row), BeliefOf(row));
      std::vector<std::pair<std::string, double>> want_sorted = want, got_sorted = got;
      std::sort(want_sorted.begin(), want_sorted.end());
      std::sort(got_sorted.begin(), got_sorted.end());
      CHECK(got_sorted == want_sorted);
      // By belief, rows without one last.
      for (std::size_t i = 1; i < got.size(); ++i) {
        const double a = got[i - 1].second, b = got[i].second;
        if (b < 0) continue;
        CHECK(a >= 0);
        CHECK((descending ? a >= b : a <= b));
      }
      // LIMIT 2 keeps the first two of the whole order.
      const json first =
          report.Query(c.statement + " ORDER BY belief" + direction + " LIMIT 2")[c.rows];
      REQUIRE(first.size() == 2);
      CHECK(Key(first[0]) == got[0].first);
      CHECK(Key(first[1]) == got[1].first);
    }
  }
  // One row of many: the answer says it was cut.
  const json top = report.Query("EFFECTS OF digitalisation DEPTH 3 ORDER BY belief LIMIT 1");
  CHECK(top["truncated"] == true);
}

TEST_CASE("EXPLAIN shows ORDER BY belief on nodes as a sort by belief under the limit",
          "[belief][order][cli]") {
  Report report;
  auto run = RunCausalkg(
      {"--db", report.db, "query", "EXPLAIN EFFECTS OF digitalisation ORDER BY belief LIMIT 3"});
  REQUIRE(run.exit_code == 0);
  const auto limit = run.out.find("limit");
  const auto sort = run.out.find("the most believable first, every one weighed before the limit");
  CHECK(limit != std::string::npos);
  CHECK(sort != std::string::npos);
  CHECK(limit < sort);
}

}  // namespace
}  // namespace causalkg
