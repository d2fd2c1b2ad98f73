// The golden sessions' file format and the diff their runner prints.
#include <catch2/catch.hpp>

#include "shell_session_file.hpp"
#include "text_diff.hpp"

namespace causalkg {
namespace {

using testing::KeyPiece;

const char* const kSession =
    "# A comment\n"
    "args: --db {db} --lang nl\n"
    "another-writer: yes\n"
    "--- input\n"
    "LOOPS\n"
    "p<Tab><Ctrl-C>\n"
    "--- transcript\n"
    "causalkg> LOOPS\n"
    "--- input\n";

TEST_CASE("a session file holds its settings, the lines typed and the transcript", "[sessions]") {
  std::string error;
  const testing::ShellSessionFile session = testing::ParseShellSession(kSession, error);
  CHECK(error.empty());
  CHECK(session.args == std::vector<std::string>{"--db", "{db}", "--lang", "nl"});
  CHECK(session.another_writer);
  CHECK(session.input == std::vector<std::string>{"LOOPS", "p<Tab><Ctrl-C>"});
  // Everything after the mark is transcript, whatever it looks like.
  CHECK(session.transcript == "causalkg> LOOPS\n--- input\n");
  CHECK(testing::FormatShellSession(session, session.transcript) == kSession);

  testing::ParseShellSession("--- input\nLOOPS\n", error);
  CHECK(error.empty());
  testing::ParseShellSession("LOOPS\n", error);
  CHECK(error == "no \"--- input\" line");
  error.clear();
  testing::ParseShellSession("speed: fast\n--- input\nLOOPS\n", error);
  CHECK(error == "unknown setting: speed: fast");
}

TEST_CASE("an input line becomes keys: text, named keys on their own, and Enter", "[sessions]") {
  CHECK(testing::KeysOf("LOOPS") == std::vector<KeyPiece>{{"LOOPS\r", false}});
  CHECK(testing::KeysOf("EFFECTS OF indiv<Tab>DEPTH 1") ==
        std::vector<KeyPiece>{{"EFFECTS OF indiv", true}, {"\t", true}, {"DEPTH 1\r", false}});
  // A line that ends in Ctrl-C or Ctrl-D is not entered.
  CHECK(testing::KeysOf("PATHS<Ctrl-C>") == std::vector<KeyPiece>{{"PATHS", true}, {"\x03", true}});
  CHECK(testing::KeysOf("<Ctrl-D>") == std::vector<KeyPiece>{{"\x04", true}});
  CHECK(testing::KeysOf("<Up>") == std::vector<KeyPiece>{{"\x1b[A", true}, {"\r", false}});
  CHECK(testing::KeysOf("a <b> c") == std::vector<KeyPiece>{{"a <b> c\r", false}});
}

TEST_CASE("the diff of a transcript shows the changed lines in context", "[sessions]") {
  CHECK(testing::UnifiedDiff("a\nb\n", "a\nb\n").empty());
  CHECK(testing::UnifiedDiff("1\n2\n3\n4\n5\n6\n7\n8\n9\n", "1\n2\n3\n4\nfive\n6\n7\n8\n9\n", 2) ==
        "--- expected\n+++ actual\n"
        "@@ -3,5 +3,5 @@\n 3\n 4\n-5\n+five\n 6\n 7\n");
  // Changes far apart: two hunks; a line added at the end.
  CHECK(testing::UnifiedDiff("a\nb\nc\nd\ne\nf\ng\n", "A\nb\nc\nd\ne\nf\ng\nh\n", 1) ==
        "--- expected\n+++ actual\n"
        "@@ -1,2 +1,2 @@\n-a\n+A\n b\n"
        "@@ -7,1 +7,2 @@\n g\n+h\n");
  CHECK(testing::UnifiedDiff("", "x\n") == "--- expected\n+++ actual\n@@ -0,0 +1,1 @@\n+x\n");
}

}  // namespace
}  // namespace causalkg
