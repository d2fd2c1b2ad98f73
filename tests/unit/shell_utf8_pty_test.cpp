// The shell reads, edits and completes UTF-8 input whatever locale the
// environment names: none, C, or C.UTF-8.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <optional>

#include "pty_session.hpp"
#include "terminal_screen.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using testing::PtySession;

// Sets the locale variables of this process for a shell started while it
// lives (the shell inherits them); nullopt unsets one. Restores them after.
class LocaleEnvironment {
 public:
  LocaleEnvironment(std::optional<std::string> lang, std::optional<std::string> lc_all) {
    for (const char* name : kNames) {
      const char* value = std::getenv(name);
      saved_.emplace_back(name, value ? std::optional<std::string>(value) : std::nullopt);
      ::unsetenv(name);
    }
    if (lang) ::setenv("LANG", lang->c_str(), 1);
    if (lc_all) ::setenv("LC_ALL", lc_all->c_str(), 1);
  }
  ~LocaleEnvironment() {
    for (const auto& [name, value] : saved_) {
      if (value) {
        ::setenv(name, value->c_str(), 1);
      } else {
        ::unsetenv(name);
      }
    }
  }

 private:
  static constexpr const char* kNames[] = {"LANG", "LC_ALL", "LC_CTYPE"};
  std::vector<std::pair<const char*, std::optional<std::string>>> saved_;
};

// Lets the output settle: nothing is waited for but time.
void Settle(PtySession& shell) { shell.WaitFor("\x01 (never shown)", 0.3); }

// Waits for the prompt, and for libedit to take the terminal after it
// (until then the terminal echoes keys itself, and drops a line's edits).
void AtPrompt(PtySession& shell) {
  REQUIRE(shell.WaitFor("causalkg> "));
  Settle(shell);
}

// The line the person at the terminal sees the cursor on, once the shell
// has drawn what the last keys asked for.
std::string LineShown(PtySession& shell) {
  Settle(shell);
  testing::TerminalScreen screen;
  screen.Feed(shell.screen());
  return screen.CursorRow();
}

TEST_CASE("the shell takes and completes non-ASCII text in any locale", "[shell][utf8]") {
  testing::TempDir dir;
  const std::map<std::string, std::string> env{{"CAUSALKG_HISTORY", dir.File("history")},
                                               {"NO_COLOR", "1"}};
  const std::string db = dir.File("db");
  std::optional<std::string> lang, lc_all;
  SECTION("no locale set") {}
  SECTION("LANG=C.UTF-8") { lang = "C.UTF-8"; }
  SECTION("LC_ALL=C") { lc_all = "C"; }
  INFO("LANG " << lang.value_or("(unset)") << ", LC_ALL " << lc_all.value_or("(unset)"));

  LocaleEnvironment locale(lang, lc_all);
  PtySession shell({"--db", db}, env);
  AtPrompt(shell);

  // Typed as a person types it: the ë arrives as its two UTF-8 bytes.
  shell.Send(".nodes technologieën\r");
  REQUIRE(shell.WaitFor("digital_access"));
  REQUIRE(shell.WaitFor("toegang tot digitale technologieën en middelen"));
  REQUIRE(shell.WaitFor("1 node\r\n"));
  AtPrompt(shell);

  // Completing a quoted Dutch label inserts its non-ASCII rest whole.
  shell.Send("EFFECTS OF 'toegang tot digitale tech\t");
  REQUIRE(shell.WaitFor("middelen'"));
  CHECK(LineShown(shell) ==
        "causalkg> EFFECTS OF 'toegang tot digitale technologieën en middelen'");
  shell.Send(" DEPTH 1\r");
  REQUIRE(shell.WaitFor("digital inequality"));
  REQUIRE(shell.WaitFor("1 node\r\n"));
  AtPrompt(shell);

  // Completing after a non-ASCII character keeps what was typed before it.
  shell.Send("EFFECTS OF 'toegang tot digitale technologieën en mid\t");
  REQUIRE(shell.WaitFor("delen'"));
  CHECK(LineShown(shell) ==
        "causalkg> EFFECTS OF 'toegang tot digitale technologieën en middelen'");
  shell.Send(" DEPTH 1\r");
  REQUIRE(shell.WaitFor("digital inequality"));
  REQUIRE(shell.WaitFor("1 node\r\n"));
  AtPrompt(shell);

  // Editing moves over a character, not a byte: the ë goes whole.
  shell.Send(".nodes technologieënx\x7f\x7f\x7f");  // three backspaces: x, n, ë
  CHECK(LineShown(shell) == "causalkg> .nodes technologie");
  shell.Send("ën");
  CHECK(LineShown(shell) == "causalkg> .nodes technologieën");
  shell.Send("\r");
  REQUIRE(shell.WaitFor("digital_access"));
  REQUIRE(shell.WaitFor("1 node\r\n"));
  CHECK(shell.screen().find("Name error") == std::string::npos);
  CHECK(shell.screen().find("0 nodes") == std::string::npos);
  shell.Send(".quit\r");
  CHECK(shell.Wait() == 0);
}

}  // namespace
}  // namespace causalkg
