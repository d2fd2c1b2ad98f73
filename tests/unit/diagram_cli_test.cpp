// Diagram settings and warnings as a user meets them through the binary:
// `--dot-verbs`, `--dot-dpi` and `.set`, a PNG whose pixels follow the
// resolution asked for, values out of range refused with the range, and the
// warning of a diagram too big to read, on stderr and never in the DOT.
#include <catch2/catch.hpp>

#include <cstdint>

#include "graphviz_check.hpp"

namespace causalkg {
namespace {

using testing::RunCausalkg;

constexpr const char* kShortest = "SHORTEST FROM digitalisation TO social_cohesion";

// A PNG's width and height in pixels, from its IHDR chunk.
std::pair<std::uint32_t, std::uint32_t> PngSize(const std::string& path) {
  const std::string png = testing::ReadFile(path);
  INFO(path);
  REQUIRE(png.size() > 24);
  REQUIRE(png.substr(1, 3) == "PNG");
  auto number = [&](std::size_t at) {
    std::uint32_t n = 0;
    for (std::size_t i = at; i < at + 4; ++i) n = n << 8 | static_cast<unsigned char>(png[i]);
    return n;
  };
  return {number(16), number(20)};
}

TEST_CASE("the PNG resolution reaches Graphviz, from the command line and from .set",
          "[dot][diagram][cli]") {
  testing::TempDir dir;
  const std::string db = dir.File("db");
  const std::string plain = dir.File("plain.png"), fine = dir.File("fine.png"),
                    exported = dir.File("exported.png");
  auto run =
      RunCausalkg({"--db", db, "query", std::string(kShortest) + " AS DOT TO '" + plain + "'"});
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  run = RunCausalkg({"--db", db, "query", std::string(kShortest) + " AS DOT TO '" + fine + "'",
                     "--dot-dpi", "192"});
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  const auto [plain_width, plain_height] = PngSize(plain);
  const auto [fine_width, fine_height] = PngSize(fine);
  // Twice Graphviz's 96 dots per inch: twice the pixels each way.
  CHECK(fine_width == Approx(2.0 * plain_width).margin(2));
  CHECK(fine_height == Approx(2.0 * plain_height).margin(2));

  run = RunCausalkg({"--db", db},
                    std::string(kShortest) + ";\n.set dot.dpi 192\n.export " + exported + "\n");
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK_THAT(run.out, Catch::Contains("(png at 192 dpi, rendered by Graphviz)"));
  CHECK(PngSize(exported) == PngSize(fine));
  // Back to Graphviz's own.
  run = RunCausalkg({"--db", db}, std::string(kShortest) +
                                      ";\n.set dot.dpi 192\n.set dot.dpi default\n.export " +
                                      exported + "\n");
  REQUIRE(run.exit_code == 0);
  CHECK(PngSize(exported) == PngSize(plain));
}

TEST_CASE("a resolution out of range is refused with the range", "[dot][diagram][cli]") {
  testing::TempDir dir;
  const std::string db = dir.File("db");
  for (const char* bad : {"10", "5000", "high", "96.5", ""}) {
    INFO(bad);
    auto run = RunCausalkg({"--db", db, "query", kShortest, "--dot-dpi", bad});
    CHECK(run.exit_code == 2);
    CHECK_THAT(run.err, Catch::Contains("from 36 to 1200"));
    CHECK(run.out.empty());
  }
  auto run = RunCausalkg({"--db", db}, ".set dot.dpi 0\n");
  CHECK(run.exit_code == 1);
  CHECK_THAT(run.err, Catch::Contains("'0' is no resolution"));
  CHECK_THAT(run.err, Catch::Contains("from 36 to 1200"));
  run = RunCausalkg({"--db", db}, ".set dot.verbs yes\n");
  CHECK(run.exit_code == 1);
  CHECK_THAT(run.err, Catch::Contains(".set dot.verbs on|off"));
  run = RunCausalkg({"--db", db}, ".set dot.colour on\n");
  CHECK(run.exit_code == 1);
  CHECK_THAT(run.err, Catch::Contains("unknown setting 'dot.colour'"));
}

TEST_CASE("verbs on edges, from the command line and from .set", "[dot][diagram][cli]") {
  testing::TempDir dir;
  const std::string db = dir.File("db");
  auto run = RunCausalkg({"--db", db, "query", std::string(kShortest) + " AS DOT", "--dot-verbs"});
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK_THAT(run.out, Catch::Contains("label=\"erodes (-)\""));
  run = RunCausalkg(
      {"--db", db, "--lang", "nl", "--dot-verbs", "query", std::string(kShortest) + " AS DOT"});
  REQUIRE(run.exit_code == 0);
  CHECK_THAT(run.out, Catch::Contains("label=\"tast aan (-)\""));
  CHECK_THAT(run.out, Catch::Contains("label=\"digitalisering naar sociale samenhang: 1 keten, "
                                      "netto -\""));
  run = RunCausalkg({"--db", db}, ".set dot.verbs on\n.set dot.verbs\n" + std::string(kShortest) +
                                      " AS DOT;\n.set dot.verbs off\n" + kShortest + " AS DOT;\n");
  REQUIRE(run.exit_code == 0);
  CHECK_THAT(run.out, Catch::StartsWith("dot.verbs on\n"));
  const std::size_t second = run.out.find("digraph", run.out.find("digraph") + 1);
  REQUIRE(second != std::string::npos);
  CHECK_THAT(run.out.substr(0, second), Catch::Contains("label=\"erodes (-)\""));
  CHECK_THAT(run.out.substr(second), Catch::Contains("label=\"-\""));
  CHECK_THAT(run.out.substr(second), !Catch::Contains("erodes (-)"));
}

TEST_CASE("a diagram of more than 50 nodes warns on stderr how to narrow it",
          "[dot][diagram][cli]") {
  testing::TempDir dir;
  const std::string db = dir.File("db");
  std::string claims = R"({"claims": [)";
  for (int i = 0; i < 60; ++i) {
    claims += std::string(i ? "," : "") + R"({"subject": "hub", "relation": "increases", )" +
              R"("object": "spoke)" + std::to_string(i) + R"("})";
  }
  const std::string file = dir.Write("star.json", claims + "]}");
  REQUIRE(RunCausalkg({"--db", db, "--empty", "load", file}).exit_code == 0);

  auto run = RunCausalkg({"--db", db, "query", "EFFECTS OF hub AS DOT"});
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK_THAT(run.err, Catch::StartsWith("warning: the diagram has 61 nodes"));
  for (const char* way : {"DEPTH", "LIMIT", "VIA", "WHERE"})
    CHECK_THAT(run.err, Catch::Contains(way));
  CHECK_THAT(run.out, Catch::StartsWith("digraph"));
  CHECK_THAT(run.out, !Catch::Contains("warning"));
  CHECK(testing::DotComplaints(dir, run.out).empty());

  // Narrowed, or not drawn, it says nothing.
  run = RunCausalkg({"--db", db, "query", "EFFECTS OF hub LIMIT 40 AS DOT"});
  REQUIRE(run.exit_code == 0);
  CHECK(run.err.empty());
  run = RunCausalkg({"--db", db, "query", "EFFECTS OF hub"});
  REQUIRE(run.exit_code == 0);
  CHECK(run.err.empty());

  // Exported at the shell: the warning, and the file written all the same.
  run = RunCausalkg({"--db", db}, "EFFECTS OF hub;\n.export " + dir.File("star.dot") + "\n");
  REQUIRE(run.exit_code == 0);
  CHECK_THAT(run.err, Catch::StartsWith("warning: the diagram has 61 nodes"));
  CHECK_THAT(testing::ReadFile(dir.File("star.dot")), Catch::StartsWith("digraph"));
}

}  // namespace
}  // namespace causalkg
