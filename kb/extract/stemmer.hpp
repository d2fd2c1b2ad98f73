// Snowball stems (libstemmer), so that inflected forms of a word match:
// increases, increased and increasing all stem to "increas".
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "kb/extract/language.hpp"

struct sb_stemmer;

namespace causalkg::kb::extract {

class Stemmer {
 public:
  explicit Stemmer(Language language);
  ~Stemmer();
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;

  // The stem of a case-folded word; the word itself if Snowball has none
  // for it. Not thread-safe: Snowball keeps its result in the stemmer.
  std::string Stem(std::string_view folded) const;

 private:
  sb_stemmer* stemmer_ = nullptr;
};

}  // namespace causalkg::kb::extract
