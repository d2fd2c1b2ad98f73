// Tables fit the terminal; in a pipe they keep every character.
#include <catch2/catch.hpp>

#include <sstream>

#include "cli/render/text_table.hpp"

namespace causalkg {
namespace {

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

cli::TextTable Sample() {
  cli::TextTable table({"node", "label", "d"});
  table.Add({"digital_access", "toegang tot digitale technologieën en middelen", "3"});
  table.Add({"social_cohesion", "sociale samenhang", "0"});
  return table;
}

TEST_CASE("a table fits the width of the terminal, cutting its widest column", "[table]") {
  const auto lines = Lines(Sample().Render(40));
  REQUIRE(lines.size() == 4);
  for (const std::string& line : lines) CHECK(cli::DisplayWidth(line) <= 40);
  CHECK_THAT(lines[2], Catch::Contains("toegang tot digit") && Catch::Contains("…"));
  CHECK_THAT(lines[3], Catch::Contains("social_cohesion"));  // narrow columns stay whole
}

TEST_CASE("a table without a width keeps every value whole and aligned", "[table]") {
  const auto lines = Lines(Sample().Render());
  REQUIRE(lines.size() == 4);
  CHECK(lines[2] == "digital_access   toegang tot digitale technologieën en middelen  3");
  CHECK(lines[3] == "social_cohesion  sociale samenhang                               0");
}

TEST_CASE("colour takes no room in a table and is never cut in two", "[table]") {
  cli::TextTable table({"lever", "net sign"});
  table.Add({"digital access policy", "\033[32m+\033[0m"});
  table.Add({"broader digitalisation policy", "\033[31m-\033[0m"});
  const auto lines = Lines(table.Render(20));
  REQUIRE(lines.size() == 4);
  for (const std::string& line : lines) CHECK(cli::DisplayWidth(line) <= 20);
  CHECK_THAT(lines[2], Catch::EndsWith("\033[32m+\033[0m"));
  CHECK(cli::DisplayWidth(lines[2]) == cli::DisplayWidth(lines[3]));
  CHECK(cli::Truncate("\033[32mlong green text\033[0m", 5) == "\033[32mlong…\033[0m");
}

}  // namespace
}  // namespace causalkg
