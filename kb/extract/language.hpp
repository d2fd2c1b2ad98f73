// The languages causalkg extract reads.
#pragma once

#include <optional>
#include <string_view>

namespace causalkg::kb::extract {

enum class Language { kEnglish, kDutch };
inline constexpr int kLanguageCount = 2;

// "en" or "nl".
std::string_view LanguageCode(Language language);
// The language of the code "en" or "nl"; nullopt for any other.
std::optional<Language> LanguageFromCode(std::string_view code);

}  // namespace causalkg::kb::extract
