#include "cli/shell/completion.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "cli/shell/completion_context.hpp"
#include "engine/model/vocabulary.hpp"
#include "grammar/keywords.hpp"
#include "kb/ingest/format_registry.hpp"

namespace causalkg::cli {

namespace {

bool StartsWith(const std::string& s, const std::string& prefix, bool ignore_case) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    const char a = s[i], b = prefix[i];
    if (ignore_case ? std::tolower(static_cast<unsigned char>(a)) !=
                          std::tolower(static_cast<unsigned char>(b))
                    : a != b) {
      return false;
    }
  }
  return true;
}

// The formats causalkg reads whose names start with `text`, in any case.
std::vector<std::string> FormatNames(const std::string& text) {
  std::vector<std::string> out;
  for (const kb::Format& format : kb::Formats().formats()) {
    if (StartsWith(format.name, text, true)) out.push_back(format.name);
  }
  std::sort(out.begin(), out.end());
  return out;
}

// The words of `line`, split at blanks.
std::vector<std::string> Words(const std::string& line) {
  std::vector<std::string> words;
  std::size_t at = 0;
  while ((at = line.find_first_not_of(" \t", at)) != std::string::npos) {
    const std::size_t end = line.find_first_of(" \t", at);
    words.push_back(line.substr(at, end == std::string::npos ? std::string::npos : end - at));
    at = end;
  }
  return words;
}

}  // namespace

// `.load FILE... [--format NAME]`: a format's name after --format, the
// option itself where one begins, else a file's name.
std::vector<std::string> Completions::ForLoadArguments(const std::string& text,
                                                       const std::string& previous) const {
  // `=` ends a word: `--format=cs` completes `cs` after `--format=`.
  if (previous == "--format" || previous == "--format=" || previous == "-f") {
    return FormatNames(text);
  }
  if (!text.empty() && text[0] == '-') {
    if (StartsWith("--format", text, false)) return {"--format"};
    return {};
  }
  return FileNames(text);
}

// The dot-command `word` names, in full or by a unique prefix; "" for none.
std::string Completions::CommandNamed(const std::string& word) const {
  std::string found;
  for (const std::string& command : commands_) {
    if (command == word) return command;
    if (!StartsWith(command, word, false)) continue;
    if (!found.empty()) return "";
    found = command;
  }
  return found;
}

void Completions::Load() {
  words_.clear();
  labels_.clear();
  nodes_.clear();
  node_labels_.clear();
  relations_.clear();
  relation_labels_.clear();
  Status s = store_.ForEachTerm([&](TermId, const std::string& name, const TermInfo& info) {
    const bool node = (info.roles & kRoleNode) != 0;
    const bool relation = (info.roles & kRoleRelation) != 0;
    words_.push_back(name);
    if (node) nodes_.push_back(name);
    if (relation) relations_.push_back(name);
    for (const auto& [language, label] : info.labels) {
      labels_.push_back(label);
      if (node) node_labels_.push_back(label);
      if (relation) relation_labels_.push_back(label);
      if (label.find_first_of(" \t'\"") == std::string::npos) {
        words_.push_back(label);
        if (node) nodes_.push_back(label);
        if (relation) relations_.push_back(label);
      }
    }
    return true;
  });
  (void)s;  // completion is a convenience: with a read error it offers less
  // Every store knows the built-in relations, also those no claim uses yet.
  for (const BuiltinRelation& builtin : BuiltinRelations()) {
    words_.emplace_back(builtin.id);
    relations_.emplace_back(builtin.id);
    for (const auto& [language, label] : builtin.labels()) {
      labels_.push_back(label);
      relation_labels_.push_back(label);
      if (label.find_first_of(" \t'\"") == std::string::npos) {
        words_.push_back(label);
        relations_.push_back(label);
      }
    }
  }
  for (auto* list : {&words_, &labels_, &nodes_, &node_labels_, &relations_, &relation_labels_}) {
    std::sort(list->begin(), list->end());
    list->erase(std::unique(list->begin(), list->end()), list->end());
  }
  loaded_ = true;
}

std::vector<std::string> Completions::Nodes(const std::string& text, bool in_quote) {
  if (!loaded_) Load();
  std::vector<std::string> out;
  for (const std::string& name : in_quote ? node_labels_ : nodes_) {
    if (StartsWith(name, text, in_quote)) out.push_back(name);
  }
  return out;
}

std::vector<std::string> Completions::Relations(const std::string& text, bool in_quote) {
  if (!loaded_) Load();
  std::vector<std::string> out;
  for (const std::string& name : in_quote ? relation_labels_ : relations_) {
    if (StartsWith(name, text, in_quote)) out.push_back(name);
  }
  return out;
}

// The dot-command that begins `before` and is followed by a blank, in full;
// "" for none (`.lo<Tab>` completes the command itself).
std::string Completions::CommandBefore(const std::string& before) const {
  const std::size_t start = before.find_first_not_of(" \t");
  if (start == std::string::npos || before[start] != '.') return "";
  const std::size_t blank = before.find_first_of(" \t", start);
  if (blank == std::string::npos) return "";
  return CommandNamed(before.substr(start, blank - start));
}

std::vector<std::string> FileNames(const std::string& text) {
  namespace fs = std::filesystem;
  constexpr std::size_t kMostListed = 1000;
  const std::size_t slash = text.rfind('/');
  const std::string folder = slash == std::string::npos ? "" : text.substr(0, slash + 1);
  const std::string name = slash == std::string::npos ? text : text.substr(slash + 1);
  std::vector<std::string> out;
  std::error_code ec;
  fs::directory_iterator it(folder.empty() ? fs::path(".") : fs::path(folder), ec), end;
  for (; !ec && it != end && out.size() < kMostListed; it.increment(ec)) {
    const std::string entry = it->path().filename().string();
    if (entry.rfind(name, 0) != 0 || (entry[0] == '.' && (name.empty() || name[0] != '.'))) {
      continue;
    }
    std::error_code type_ec;
    out.push_back(folder + entry + (it->is_directory(type_ec) ? "/" : ""));
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::optional<std::vector<std::string>> Completions::ForCommandArguments(
    const std::string& command, const std::string& text, bool in_quote,
    const std::string& before) const {
  auto among = [&](std::initializer_list<const char*> values) {
    std::vector<std::string> out;
    for (const char* value : values) {
      if (StartsWith(value, text, true)) out.emplace_back(value);
    }
    return out;
  };
  const std::vector<std::string> words = Words(before);
  if (command == ".load" && !in_quote) return ForLoadArguments(text, words.back());
  if (std::find(file_commands_.begin(), file_commands_.end(), command) != file_commands_.end()) {
    std::vector<std::string> files = FileNames(text);
    if (in_quote) return files;
    // A name with blanks is one argument only in quotes.
    for (std::string& file : files) {
      if (file.find_first_of(" \t'\"") == std::string::npos) continue;
      const bool folder = file.back() == '/';
      file = "'" + file + (folder ? "" : "'");
    }
    return files;
  }
  if (in_quote) return std::nullopt;
  const std::size_t argument = words.size();  // the word's place: 1 the first argument
  if (command == ".mode" || command == ".format") {
    if (argument != 1) return std::vector<std::string>{};
    return among({"table", "json", "csv", "tsv", "markdown", "dot"});
  }
  if (command == ".lang") {
    if (argument != 1) return std::vector<std::string>{};
    return among({"en", "nl", "id"});
  }
  if (command == ".timer" || command == ".pager") {
    if (argument != 1) return std::vector<std::string>{};
    return among({"on", "off"});
  }
  if (command == ".set") {
    if (argument == 1) return among({"dot.verbs", "dot.dpi", "sign.budget"});
    if (argument == 2 && words[1] == "dot.verbs") return among({"on", "off"});
    if (argument == 2 && (words[1] == "dot.dpi" || words[1] == "sign.budget"))
      return among({"default"});
    return std::vector<std::string>{};
  }
  return std::nullopt;
}

std::vector<std::string> Completions::For(const std::string& text, bool in_quote,
                                          const std::string& before) {
  if (answers_) return answers_(text, in_quote, before);
  if (!loaded_) Load();
  std::vector<std::string> out;
  if (earlier_lines_.empty()) {
    const std::string command = CommandBefore(before);
    if (!command.empty()) {
      if (auto arguments = ForCommandArguments(command, text, in_quote, before)) {
        return *arguments;
      }
    }
  }
  switch (WordKindAfter(earlier_lines_ + before)) {
    case WordKind::kSign:
      if (in_quote) return {};
      for (const char* sign : {"+", "-", "?"}) {
        if (StartsWith(sign, text, false)) out.emplace_back(sign);
      }
      return out;
    case WordKind::kNode:
      return Nodes(text, in_quote);
    case WordKind::kRelation:
      return Relations(text, in_quote);
    case WordKind::kFile: {
      std::vector<std::string> files = FileNames(text);
      if (in_quote) return files;
      // The statement takes a file's name in quotes.
      for (std::string& file : files) file = "'" + file + (file.back() == '/' ? "" : "'");
      return files;
    }
    case WordKind::kAny:
      break;
  }
  if (in_quote) {
    for (const std::string& label : labels_) {
      if (StartsWith(label, text, true)) out.push_back(label);
    }
    return out;
  }
  const bool line_start = before.find_first_not_of(" \t") == std::string::npos;
  if (earlier_lines_.empty() && line_start && !text.empty() && text[0] == '.') {
    for (const std::string& command : commands_) {
      if (StartsWith(command, text, false)) out.push_back(command);
    }
    return out;
  }
  const grammar::NextWords next = grammar::WordsAfter(earlier_lines_ + before);
  if (next.format_names) return FormatNames(text);
  if (next.evidence_fields) {
    for (std::string_view field : grammar::kEvidenceFields) {
      if (StartsWith(std::string(field), text, true)) out.emplace_back(field);
    }
    const std::string attributes(grammar::kEvidenceAttributePrefix);
    if (StartsWith(attributes, text, true)) out.push_back(attributes);
    std::sort(out.begin(), out.end());
    return out;
  }
  const bool lower = !text.empty() && std::islower(static_cast<unsigned char>(text[0]));
  for (std::string_view keyword : next.keywords) {
    std::string word(keyword);
    if (!StartsWith(word, text, true)) continue;
    if (lower)
      std::transform(word.begin(), word.end(), word.begin(),
                     [](unsigned char c) { return std::tolower(c); });
    out.push_back(word);
  }
  if (next.names) {
    for (const std::string& word : words_) {
      if (StartsWith(word, text, false)) out.push_back(word);
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace causalkg::cli
