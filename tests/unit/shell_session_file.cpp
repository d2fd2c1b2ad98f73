#include "shell_session_file.hpp"

#include <sstream>

namespace causalkg::testing {
namespace {

constexpr const char* kInputMark = "--- input";
constexpr const char* kTranscriptMark = "--- transcript";

struct NamedKey {
  const char* name;
  const char* bytes;
};

// The keys an input line may name, besides the text it types.
constexpr NamedKey kKeys[] = {
    {"<Tab>", "\t"}, {"<Ctrl-C>", "\x03"}, {"<Ctrl-D>", "\x04"}, {"<Up>", "\x1b[A"}};

std::vector<std::string> Words(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> words;
  for (std::string word; in >> word;) words.push_back(word);
  return words;
}

}  // namespace

ShellSessionFile ParseShellSession(const std::string& text, std::string& error) {
  ShellSessionFile session;
  std::istringstream in(text);
  enum class Part { kHeader, kInput, kTranscript } part = Part::kHeader;
  for (std::string line; std::getline(in, line);) {
    if (part == Part::kTranscript) {
      session.transcript += line + "\n";
    } else if (line == kTranscriptMark) {
      if (part != Part::kInput) error = "\"--- transcript\" before \"--- input\"";
      part = Part::kTranscript;
    } else if (part == Part::kInput) {
      session.input.push_back(line);
    } else if (line == kInputMark) {
      part = Part::kInput;
    } else {
      session.header.push_back(line);
      if (line.rfind("args:", 0) == 0) {
        session.args = Words(line.substr(5));
      } else if (line.rfind("another-writer:", 0) == 0) {
        session.another_writer = Words(line.substr(15)) == std::vector<std::string>{"yes"};
      } else if (!line.empty() && line[0] != '#') {
        error = "unknown setting: " + line;
      }
    }
  }
  if (part == Part::kHeader) {
    error = "no \"--- input\" line";
  } else if (session.input.empty()) {
    error = "nothing to type after \"--- input\"";
  }
  return session;
}

std::string FormatShellSession(const ShellSessionFile& session, const std::string& transcript) {
  std::string text;
  for (const std::string& line : session.header) text += line + "\n";
  text += std::string(kInputMark) + "\n";
  for (const std::string& line : session.input) text += line + "\n";
  return text + kTranscriptMark + "\n" + transcript;
}

std::vector<KeyPiece> KeysOf(const std::string& line) {
  // Each named key goes on its own, once what came before it has shown: a
  // line editor that has not yet read the text before a Ctrl-C would lose
  // it to the interrupt, and a Tab's completion must show before the rest.
  std::vector<KeyPiece> pieces;
  std::string text;
  bool ends_in_control = false;
  for (std::size_t at = 0; at < line.size();) {
    const NamedKey* key = nullptr;
    for (const NamedKey& candidate : kKeys) {
      if (line.compare(at, std::string(candidate.name).size(), candidate.name) == 0)
        key = &candidate;
    }
    if (key == nullptr) {
      text += line[at++];
      ends_in_control = false;
      continue;
    }
    if (!text.empty()) pieces.push_back({text, true});
    text.clear();
    pieces.push_back({key->bytes, true});
    at += std::string(key->name).size();
    ends_in_control = key->bytes[0] == '\x03' || key->bytes[0] == '\x04';
  }
  if (!ends_in_control) pieces.push_back({text + "\r", false});
  return pieces;
}

}  // namespace causalkg::testing
