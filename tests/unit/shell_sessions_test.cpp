// Golden shell sessions: each tests/sessions/<name>.session is typed into the
// real shell through a pseudo-terminal, as a person types it, and what the
// terminal then shows must equal the session's transcript, with the parts
// that differ from run to run normalised. The format and how to add a
// session: tests/sessions/README.md. With CAUSALKG_UPDATE_SESSIONS=1 the
// transcripts are rewritten from this run instead, to be read and checked.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <regex>

#include "pty_session.hpp"
#include "shell_session_file.hpp"
#include "terminal_screen.hpp"
#include "test_support.hpp"
#include "text_diff.hpp"

namespace causalkg {
namespace {

namespace fs = std::filesystem;
using testing::PtySession;
using testing::ShellSessionFile;

fs::path SessionDirectory() { return fs::path(CAUSALKG_SOURCE_DIR) / "tests" / "sessions"; }

std::vector<fs::path> SessionFiles() {
  std::vector<fs::path> files;
  for (const fs::directory_entry& entry : fs::directory_iterator(SessionDirectory())) {
    if (entry.path().extension() == ".session") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// A text that differs from run to run, and what a transcript says instead.
struct Placeholder {
  std::string actual;
  std::string written;
};

std::string ReplaceAll(std::string text, const std::string& from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at)) {
    text.replace(at, from.size(), to);
    at += to.size();
  }
  return text;
}

// The placeholders of args and input lines put in.
std::string Expand(std::string text, const std::vector<Placeholder>& placeholders) {
  for (const Placeholder& p : placeholders) text = ReplaceAll(text, p.written, p.actual);
  return text;
}

// What the terminal showed, with the placeholders for what changes from run
// to run: paths, the version, times.
std::string Normalise(std::string text, const std::vector<Placeholder>& placeholders) {
  for (const Placeholder& p : placeholders) text = ReplaceAll(text, p.actual, p.written);
  static const std::regex time(R"(\b[0-9]+(\.[0-9]+)? ms\b)");
  return std::regex_replace(text, time, "{time}");
}

bool PromptSince(const std::string& screen, std::size_t from) {
  return screen.find("causalkg> ", from) != std::string::npos ||
         screen.find("     ...> ", from) != std::string::npos;
}

std::string Shown(const std::string& bytes) {
  testing::TerminalScreen screen;
  screen.Feed(bytes);
  return screen.Text();
}

// Runs `session` in a fresh directory; the transcript the terminal showed.
std::string Run(const ShellSessionFile& session) {
  testing::TempDir dir;
  // Longest first: the database lies in the temporary directory.
  const std::vector<Placeholder> placeholders = {
      {dir.File("db"), "{db}"},
      {dir.path(), "{tmp}"},
      {SessionDirectory().string(), "{sessions}"},
      {std::string("causalkg ") + CAUSALKG_VERSION, "causalkg {version}"},
  };
  std::map<std::string, std::string> env{{"CAUSALKG_HISTORY", dir.File("history")},
                                         {"XDG_DATA_HOME", dir.File("data")},
                                         {"NO_COLOR", "1"},
                                         // Paged results look as they do unpaged.
                                         {"PAGER", "cat"}};
  std::optional<PtySession> writer;
  if (session.another_writer) {
    auto writer_env = env;
    writer_env["CAUSALKG_HISTORY"] = dir.File("writer-history");
    writer.emplace(std::vector<std::string>{"--db", dir.File("db")}, writer_env);
    REQUIRE(writer->WaitFor("causalkg> "));
  }

  std::vector<std::string> args;
  for (const std::string& arg : session.args) args.push_back(Expand(arg, placeholders));
  PtySession shell(args, env);
  std::size_t sent_at = 0;  // how much the terminal had shown when the last line was sent
  for (const std::string& line : session.input) {
    const bool ready = shell.ReadUntil(
        [&] { return PromptSince(shell.screen(), sent_at) && shell.EditingLine(); }, 30);
    if (!ready) {
      FAIL("no prompt came to type this line at: "
           << line << "\nthe terminal showed:\n"
           << Normalise(Shown(shell.screen()), placeholders));
    }
    const std::vector<testing::KeyPiece> pieces = testing::KeysOf(Expand(line, placeholders));
    for (std::size_t i = 0; i < pieces.size(); ++i) {
      // The next prompt is the first after the line's last key.
      if (i + 1 == pieces.size()) sent_at = shell.screen().size();
      const std::size_t before = shell.screen().size();
      shell.Send(pieces[i].bytes);
      if (!pieces[i].then_settle || i + 1 == pieces.size()) continue;
      // Text is echoed as typed once the line editor has read it; a key
      // shows what it did by the time the terminal is quiet.
      const std::string& text = pieces[i].bytes;
      if (static_cast<unsigned char>(text[0]) >= ' ') {
        shell.ReadUntil([&] { return shell.screen().find(text, before) != std::string::npos; });
      }
      shell.Settle();
    }
  }
  const int exit_code = shell.Wait(30);
  return Normalise(Shown(shell.screen()), placeholders) + "[exit " + std::to_string(exit_code) +
         "]\n";
}

TEST_CASE("the shell sessions in tests/sessions show what their transcripts say", "[sessions]") {
  const bool update = std::getenv("CAUSALKG_UPDATE_SESSIONS") != nullptr &&
                      std::string(std::getenv("CAUSALKG_UPDATE_SESSIONS")) == "1";
  const std::vector<fs::path> files = SessionFiles();
  REQUIRE(files.size() >= 8);
  for (const fs::path& path : files) {
    DYNAMIC_SECTION(path.stem().string()) {
      std::string error;
      const ShellSessionFile session = testing::ParseShellSession(testing::ReadFile(path), error);
      INFO(path.string() << ": " << error);
      REQUIRE(error.empty());
      const std::string transcript = Run(session);
      if (update) {
        if (transcript != session.transcript) {
          std::ofstream(path, std::ios::binary) << testing::FormatShellSession(session, transcript);
          WARN("rewrote " << path.string() << "; read its transcript before committing it");
        }
        continue;
      }
      if (session.transcript.empty()) {
        FAIL(path.string() << " has no transcript yet: run with CAUSALKG_UPDATE_SESSIONS=1 and "
                              "read what it wrote");
      }
      const std::string diff = testing::UnifiedDiff(session.transcript, transcript);
      if (!diff.empty()) {
        // Printed as it is: Catch would wrap the lines of the transcript.
        std::cerr << "The terminal showed other than the transcript of " << path.string() << ":\n"
                  << diff;
        FAIL_CHECK(path.string() << ": the terminal showed other than its transcript (the diff "
                                    "is printed above; CAUSALKG_UPDATE_SESSIONS=1 rewrites it)");
      }
    }
  }
}

}  // namespace
}  // namespace causalkg
