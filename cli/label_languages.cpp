#include "cli/label_languages.hpp"

#include <cctype>
#include <set>

#include "engine/common/visible_text.hpp"

namespace causalkg::cli {

namespace {

std::string Lower(const std::string& text) {
  std::string out = text;
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

Result<std::string> LabelLanguage(const Store& store, const std::string& name) {
  const std::string lower = Lower(name);
  if (lower == "en" || lower == "nl" || lower == "id") return lower;
  // Others only when some label has them: a name that none has would show
  // ids where labels were asked for, without a word.
  std::set<std::string> others;
  std::string found;
  Status s = store.ForEachTerm([&](TermId, const std::string&, const TermInfo& info) {
    for (const auto& [language, label] : info.labels) {
      if (Lower(language) == lower) found = language;
      if (language != "en" && language != "nl") others.insert(language);
    }
    return found.empty();
  });
  if (!found.empty()) return found;
  if (!s.ok()) return s;
  std::string known = "en, nl, ";
  for (const std::string& language : others) known += Visible(language) + ", ";
  return Status::Usage("no labels are in the language '" + Visible(name) + "'",
                       "use " + known + "or id (ids instead of labels)");
}

}  // namespace causalkg::cli
