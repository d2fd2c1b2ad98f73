// docs/make-pictures.sh, which remakes the README's pictures, still runs
// and draws what the README says they show.
#include <catch2/catch.hpp>

#include <cstdlib>

#include "test_support.hpp"

namespace causalkg {
namespace {

TEST_CASE("the script that makes the README's pictures draws both", "[dot][diagram][cli]") {
  testing::TempDir dir;
  const std::string command = "CAUSALKG='" + std::string(CAUSALKG_BINARY) + "' '" +
                              std::string(CAUSALKG_SOURCE_DIR) + "/docs/make-pictures.sh' '" +
                              dir.path() + "' 2>'" + dir.File("err") + "'";
  const int status = std::system(command.c_str());
  INFO(testing::ReadFile(dir.File("err")));
  REQUIRE(status == 0);
  const std::string chains = testing::ReadFile(dir.File("scp-chains.svg"));
  CHECK_THAT(chains, Catch::Contains("digitalisation to social cohesion: 4 chains"));
  CHECK_THAT(chains, Catch::Contains("erodes (&#45;)"));  // verbs on
  CHECK_THAT(chains, Catch::Contains(">legend<"));
  const std::string blind = testing::ReadFile(dir.File("scp-blindspots.svg"));
  CHECK_THAT(blind, Catch::Contains(">overlooks<"));
  CHECK_THAT(blind, Catch::Contains(">blind spot<"));
  CHECK_THAT(blind, Catch::Contains(">no lever in place acts on it<"));
}

}  // namespace
}  // namespace causalkg
