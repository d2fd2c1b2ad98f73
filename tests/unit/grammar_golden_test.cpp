// Golden parse errors: each tests/parse_errors/<case>.input is parsed and the
// error rendered as a user reads it (message, line and column, the source line
// with a caret, the hint); the result must equal <case>.expect byte for byte.
// Adding a case means adding an .input file and running with UPDATE_GOLDEN=1,
// which writes the .expect files for review instead of comparing.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "grammar/parse.hpp"
#include "grammar/source_position.hpp"

namespace {

namespace fs = std::filesystem;
using namespace causalkg;

fs::path GoldenDirectory() { return fs::path(CAUSALKG_SOURCE_DIR) / "tests" / "parse_errors"; }

std::string ReadFile(fs::path const& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream contents;
  contents << in.rdbuf();
  return contents.str();
}

std::string Render(std::string_view input) {
  grammar::ParseResult result = grammar::Parse(input);
  if (!result.error) {
    return "ok: " + std::to_string(result.statements.size()) + " statement(s)\n";
  }
  grammar::Diagnostic const& error = *result.error;
  std::string rendered = "Parse error: " + error.message + "\n";
  rendered +=
      "line " + std::to_string(error.line) + ", column " + std::to_string(error.column) + "\n";
  rendered += grammar::RenderCaret(input, error.offset) + "\n";
  if (!error.hint.empty()) rendered += "hint: " + error.hint + "\n";
  return rendered;
}

std::vector<fs::path> GoldenInputs() {
  std::vector<fs::path> inputs;
  for (fs::directory_entry const& entry : fs::directory_iterator(GoldenDirectory())) {
    if (entry.path().extension() == ".input") inputs.push_back(entry.path());
  }
  std::sort(inputs.begin(), inputs.end());
  return inputs;
}

}  // namespace

TEST_CASE("parse errors render as in tests/parse_errors/*.expect", "[grammar]") {
  std::vector<fs::path> inputs = GoldenInputs();
  REQUIRE_FALSE(inputs.empty());
  bool update = std::getenv("UPDATE_GOLDEN") != nullptr;
  for (fs::path const& input : inputs) {
    DYNAMIC_SECTION(input.stem().string()) {
      std::string actual = Render(ReadFile(input));
      fs::path expect = fs::path(input).replace_extension(".expect");
      if (update) {
        std::ofstream(expect, std::ios::binary) << actual;
      } else {
        REQUIRE(fs::exists(expect));
        CHECK(actual == ReadFile(expect));
      }
    }
  }
}
