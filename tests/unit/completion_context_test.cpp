// Completion by what the word before the cursor asks for: a sign after
// SIGN, a relation after VIA and its commas, a node after FROM, TO, OF, FOR
// and THROUGH, a file after LOAD, a statement's closing TO and a
// dot-command that takes one, a setting's values after the setting.
#include <catch2/catch.hpp>

#include <algorithm>

#include "cli/shell/completion.hpp"
#include "cli/shell/completion_context.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using cli::WordKind;
using cli::WordKindAfter;
using Words = std::vector<std::string>;

TEST_CASE("the keyword before the word tells what it names", "[completion]") {
  CHECK(WordKindAfter("PATHS FROM a TO b SIGN ") == WordKind::kSign);
  CHECK(WordKindAfter("loops sign ") == WordKind::kSign);
  CHECK(WordKindAfter("PATHS FROM ") == WordKind::kNode);
  CHECK(WordKindAfter("PATHS FROM a TO ") == WordKind::kNode);
  CHECK(WordKindAfter("EFFECTS OF ") == WordKind::kNode);
  CHECK(WordKindAfter("LEVERS FOR ") == WordKind::kNode);
  CHECK(WordKindAfter("LOOPS THROUGH ") == WordKind::kNode);
  CHECK(WordKindAfter("CONTRADICTIONS CHAINS FROM a TO ") == WordKind::kNode);
  CHECK(WordKindAfter("PATHS FROM a TO b VIA ") == WordKind::kRelation);
  CHECK(WordKindAfter("PATHS FROM a TO b VIA weakens, ") == WordKind::kRelation);
  CHECK(WordKindAfter("PATHS FROM a TO b VIA weakens, 'tast aan', ") == WordKind::kRelation);
  CHECK(WordKindAfter("LOAD ") == WordKind::kFile);
  CHECK(WordKindAfter("LOOPS AS JSON TO ") == WordKind::kFile);
  CHECK(WordKindAfter("PATHS FROM a TO b TO ") == WordKind::kFile);
  CHECK(WordKindAfter("MATCH ?a weakens ?b RETURN ?a, ") == WordKind::kAny);
  CHECK(WordKindAfter("MATCH ?a ") == WordKind::kAny);
  CHECK(WordKindAfter("") == WordKind::kAny);
  // An earlier statement does not count.
  CHECK(WordKindAfter("LOOPS SIGN -; ") == WordKind::kAny);
}

struct Fixture {
  testing::ScratchStore db;
  cli::Completions completions{
      *db.store, {".help", ".export", ".exit", ".mode", ".lang", ".set"}, {".export"}};
  Fixture() {
    testing::MustLoad(*db.store, R"({
      "nodes": [{"id": "social_cohesion", "label": {"en": "social cohesion"}}],
      "claims": [
        {"subject": "digitalisation", "relation": "weakens", "object": "social_cohesion"},
        {"subject": "social_inequality", "relation": "strengthens", "object": "stress"}]})");
  }
};

TEST_CASE("completion offers only what fits after SIGN, VIA and FROM", "[completion]") {
  Fixture f;
  CHECK(f.completions.For("", false, "PATHS FROM a TO b SIGN ") == Words{"+", "-", "?"});
  CHECK(f.completions.For("-", false, "LOOPS SIGN ") == Words{"-"});
  // Relations, the built-in ones too, and no node.
  const Words via = f.completions.For("s", false, "PATHS FROM a TO b VIA ");
  CHECK(std::find(via.begin(), via.end(), "strengthens") != via.end());
  CHECK(std::find(via.begin(), via.end(), "social_inequality") == via.end());
  CHECK(f.completions.For("wea", false, "PATHS FROM a TO b VIA strengthens, ") == Words{"weakens"});
  // Nodes, and no relation or keyword.
  CHECK(f.completions.For("s", false, "PATHS FROM ") ==
        Words{"social_cohesion", "social_inequality", "stress"});
  CHECK(f.completions.For("Social c", true, "EFFECTS OF ") == Words{"social cohesion"});
}

TEST_CASE("a setting's values complete after it, files after a file's command", "[completion]") {
  Fixture f;
  CHECK(f.completions.For("", false, ".mode ") ==
        Words{"table", "json", "csv", "tsv", "markdown", "dot"});
  CHECK(f.completions.For("m", false, ".mode ") == Words{"markdown"});
  CHECK(f.completions.For("", false, ".lang ") == Words{"en", "nl", "id"});
  CHECK(f.completions.For("dot.v", false, ".set ") == Words{"dot.verbs"});
  CHECK(f.completions.For("o", false, ".set dot.verbs ") == Words{"on", "off"});
  CHECK(f.completions.For(".ex", false, "") == Words{".export", ".exit"});

  testing::TempDir dir;
  dir.Write("my chains.csv", "");
  dir.Write("notes.txt", "");
  const std::string folder = dir.path() + "/";
  CHECK(f.completions.For(folder + "no", false, ".export ") == Words{folder + "notes.txt"});
  // A name with a blank is one argument only in quotes.
  CHECK(f.completions.For(folder + "my", false, ".export ") ==
        Words{"'" + folder + "my chains.csv'"});
  CHECK(f.completions.For(folder + "my", true, ".export ") == Words{folder + "my chains.csv"});
  CHECK(f.completions.For(folder + "n", false, "LOAD ") == Words{"'" + folder + "notes.txt'"});
  CHECK(f.completions.For(folder + "n", true, "LOOPS AS JSON TO ") == Words{folder + "notes.txt"});
}

}  // namespace
}  // namespace causalkg
