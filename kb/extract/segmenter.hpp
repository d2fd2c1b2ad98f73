// Sentences and words by ICU's break iterators (Unicode's text segmentation
// rules), over UTF-8 text in place so that every boundary is a byte offset
// of the file; case folding by ICU.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "engine/common/status.hpp"
#include "kb/extract/token.hpp"

namespace causalkg::kb::extract {

class Segmenter {
 public:
  static Result<std::unique_ptr<Segmenter>> Create();
  ~Segmenter();
  Segmenter(const Segmenter&) = delete;
  Segmenter& operator=(const Segmenter&) = delete;

  // Calls `visit` with each sentence of `view` in order, trimmed of the
  // white space around it; stops when `visit` returns false.
  Status ForEachSentence(std::string_view view,
                         const std::function<bool(std::uint32_t start, std::uint32_t end)>& visit);

  // Appends the words and punctuation of view[start, end) to `out` with
  // their offsets and folded text (white space is dropped).
  Status Tokenize(std::string_view view, std::uint32_t start, std::uint32_t end,
                  std::vector<Token>& out);

  // `text` case-folded (Unicode full case folding), with the typographic
  // apostrophe as '.
  std::string Fold(std::string_view text);

 private:
  struct Icu;
  Segmenter();
  std::unique_ptr<Icu> icu_;
};

}  // namespace causalkg::kb::extract
