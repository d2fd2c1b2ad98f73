// Tab completion for the shell: the keywords that fit where the cursor is
// (grammar/keywords.hpp), dot-commands, node ids and labels (both languages;
// quoted when they hold spaces), relations, file names after a dot-command
// that takes files, the names of the formats causalkg reads after FORMAT
// and .load's --format, and the values of the settings (.mode, .lang,
// .timer, .pager, .set). By the keyword before the word
// (completion_context.hpp): only signs after SIGN, relations after VIA,
// nodes after FROM, TO, OF, FOR and THROUGH, files after LOAD and AS ... TO. A question the shell
// asks in the middle of a command (.review's) completes its own answers instead.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "engine/storage/store.hpp"

namespace causalkg::cli {

class Completions {
 public:
  // `commands`: the dot-command names, with their dot; `file_commands`
  // those of them whose arguments are file names.
  Completions(const Store& store, std::vector<std::string> commands,
              std::vector<std::string> file_commands = {})
      : store_(store), commands_(std::move(commands)), file_commands_(std::move(file_commands)) {}

  // Candidates for `text`, sorted; `before` is the line up to it. Keywords
  // match case-insensitively and come back in the case typed; names match by
  // prefix as written.
  std::vector<std::string> For(const std::string& text, bool in_quote, const std::string& before);

  // The lines of the statement typed so far, before the line being edited
  // ("" at the prompt that begins a statement).
  void SetEarlierLines(std::string lines) { earlier_lines_ = std::move(lines); }

  // Forget the names read, after a write added some.
  void Invalidate() { loaded_ = false; }

  // The node ids and labels that start with `text` (every label of a node
  // when `in_quote`, else those without spaces), sorted.
  std::vector<std::string> Nodes(const std::string& text, bool in_quote);

  // While a question is asked: what completes its answer, in place of For.
  using Answers = std::function<std::vector<std::string>(const std::string& text, bool in_quote,
                                                         const std::string& before)>;
  // Returns what completed answers before, for a question within a question
  // to put back.
  Answers SetAnswers(Answers answers) { return std::exchange(answers_, std::move(answers)); }
  void ClearAnswers() { answers_ = nullptr; }

 private:
  void Load();
  std::string CommandBefore(const std::string& before) const;
  std::vector<std::string> ForLoadArguments(const std::string& text,
                                            const std::string& previous) const;
  // The arguments of dot-command `command`; nullopt for one whose
  // arguments complete as a statement's words.
  std::optional<std::vector<std::string>> ForCommandArguments(const std::string& command,
                                                              const std::string& text,
                                                              bool in_quote,
                                                              const std::string& before) const;
  // The relation ids and labels that start with `text` (every label of a
  // relation when `in_quote`, else those without blanks).
  std::vector<std::string> Relations(const std::string& text, bool in_quote);
  std::string CommandNamed(const std::string& word) const;

  const Store& store_;
  std::vector<std::string> commands_;
  std::vector<std::string> file_commands_;
  Answers answers_;
  std::string earlier_lines_;
  bool loaded_ = false;
  std::vector<std::string> words_;            // ids, relations, labels without spaces
  std::vector<std::string> labels_;           // every label, for completion inside quotes
  std::vector<std::string> nodes_;            // node ids, and their labels without spaces
  std::vector<std::string> node_labels_;      // every label of a node
  std::vector<std::string> relations_;        // relation ids, their labels without spaces
  std::vector<std::string> relation_labels_;  // every label of a relation
};

// The files and folders whose path starts with `text` (a folder with a
// slash after it), sorted; hidden ones only when the name typed starts
// with a dot.
std::vector<std::string> FileNames(const std::string& text);

}  // namespace causalkg::cli
