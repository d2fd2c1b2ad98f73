#include "kb/extract/stemmer.hpp"

#include <libstemmer.h>

namespace causalkg::kb::extract {

Stemmer::Stemmer(Language language)
    : stemmer_(sb_stemmer_new(language == Language::kDutch ? "dutch" : "english", "UTF_8")) {}

Stemmer::~Stemmer() { sb_stemmer_delete(stemmer_); }

std::string Stemmer::Stem(std::string_view folded) const {
  // Possessives stem as their noun: the SCP's report, the report.
  if (folded.size() > 2 && (folded.ends_with("'s") || folded.ends_with("'"))) {
    folded.remove_suffix(folded.ends_with("'s") ? 2 : 1);
  }
  if (stemmer_ == nullptr || folded.empty()) return std::string(folded);
  const sb_symbol* stem = sb_stemmer_stem(
      stemmer_, reinterpret_cast<const sb_symbol*>(folded.data()), static_cast<int>(folded.size()));
  if (stem == nullptr) return std::string(folded);  // out of memory: the word as it is
  return std::string(reinterpret_cast<const char*>(stem),
                     static_cast<std::size_t>(sb_stemmer_length(stemmer_)));
}

}  // namespace causalkg::kb::extract
