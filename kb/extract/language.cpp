#include "kb/extract/language.hpp"

namespace causalkg::kb::extract {

std::string_view LanguageCode(Language language) {
  return language == Language::kDutch ? "nl" : "en";
}

std::optional<Language> LanguageFromCode(std::string_view code) {
  if (code == "en") return Language::kEnglish;
  if (code == "nl") return Language::kDutch;
  return std::nullopt;
}

}  // namespace causalkg::kb::extract
