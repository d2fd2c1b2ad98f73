// Tab completion for the shell: the keywords that fit where the cursor is
// (grammar/keywords.hpp), dot-commands, node ids and labels (both languages;
// quoted when they hold spaces), relations.
#pragma once

#include <string>
#include <vector>

#include "engine/storage/store.hpp"

namespace causalkg::cli {

class Completions {
 public:
  // `commands`: the dot-command names, with their dot.
  Completions(const Store& store, std::vector<std::string> commands)
      : store_(store), commands_(std::move(commands)) {}

  // Candidates for `text`, sorted; `before` is the line up to it. Keywords
  // match case-insensitively and come back in the case typed; names match by
  // prefix as written.
  std::vector<std::string> For(const std::string& text, bool in_quote, const std::string& before);

  // The lines of the statement typed so far, before the line being edited
  // ("" at the prompt that begins a statement).
  void SetEarlierLines(std::string lines) { earlier_lines_ = std::move(lines); }

  // Forget the names read, after a write added some.
  void Invalidate() { loaded_ = false; }

 private:
  void Load();

  const Store& store_;
  std::vector<std::string> commands_;
  std::string earlier_lines_;
  bool loaded_ = false;
  std::vector<std::string> words_;   // ids, relations, labels without spaces
  std::vector<std::string> labels_;  // every label, for completion inside quotes
};

}  // namespace causalkg::cli
