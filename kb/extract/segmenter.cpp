#include "kb/extract/segmenter.hpp"

#include <algorithm>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/ucasemap.h>
#include <unicode/utext.h>

#include "kb/extract/abbreviations.hpp"

namespace causalkg::kb::extract {

struct Segmenter::Icu {
  std::unique_ptr<icu::BreakIterator> sentences;
  std::unique_ptr<icu::BreakIterator> words;
  UCaseMap* casemap = nullptr;
  UText text = UTEXT_INITIALIZER;
  UText slice = UTEXT_INITIALIZER;
  ~Icu() {
    utext_close(&text);
    utext_close(&slice);
    ucasemap_close(casemap);
  }
};

namespace {

bool IsSpaceByte(char c) {
  return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v';
}

Status IcuError(const char* what, UErrorCode code) {
  return Status::Internal(std::string("ICU could not ") + what + " (" + u_errorName(code) + ")");
}

}  // namespace

Segmenter::Segmenter() : icu_(std::make_unique<Icu>()) {}
Segmenter::~Segmenter() = default;

Result<std::unique_ptr<Segmenter>> Segmenter::Create() {
  std::unique_ptr<Segmenter> out(new Segmenter());
  UErrorCode code = U_ZERO_ERROR;
  out->icu_->sentences.reset(
      icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), code));
  if (U_FAILURE(code)) return IcuError("make its sentence splitter", code);
  out->icu_->words.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), code));
  if (U_FAILURE(code)) return IcuError("make its word splitter", code);
  out->icu_->casemap = ucasemap_open("", U_FOLD_CASE_DEFAULT, &code);
  if (U_FAILURE(code)) return IcuError("make its case folder", code);
  return out;
}

Status Segmenter::ForEachSentence(std::string_view view,
                                  const std::function<bool(std::uint32_t, std::uint32_t)>& visit) {
  UErrorCode code = U_ZERO_ERROR;
  utext_openUTF8(&icu_->text, view.data(), static_cast<int64_t>(view.size()), &code);
  if (U_FAILURE(code)) return IcuError("read the text", code);
  icu_->sentences->setText(&icu_->text, code);
  if (U_FAILURE(code)) return IcuError("read the text", code);
  std::int32_t start = icu_->sentences->first();
  for (std::int32_t end = icu_->sentences->next(); end != icu::BreakIterator::DONE;
       start = end, end = icu_->sentences->next()) {
    // Mr. Smith, the U.S. economy: the sentence goes on past the abbreviation.
    while (static_cast<std::size_t>(end) < view.size() &&
           BreaksAfterAbbreviation(view, static_cast<std::uint32_t>(end))) {
      const std::int32_t further = icu_->sentences->next();
      if (further == icu::BreakIterator::DONE) break;
      end = further;
    }
    std::uint32_t s = static_cast<std::uint32_t>(start), e = static_cast<std::uint32_t>(end);
    while (s < e && IsSpaceByte(view[s])) ++s;
    while (e > s && IsSpaceByte(view[e - 1])) --e;
    if (s == e) continue;
    if (!visit(s, e)) break;
  }
  return Status::Ok();
}

std::string Segmenter::Fold(std::string_view text) {
  std::string out;
  bool ascii = true;
  for (char c : text) ascii &= static_cast<unsigned char>(c) < 0x80;
  if (ascii) {
    out.assign(text);
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
  }
  UErrorCode code = U_ZERO_ERROR;
  out.resize(text.size() * 3 + 8);
  const std::int32_t length =
      ucasemap_utf8FoldCase(icu_->casemap, out.data(), static_cast<std::int32_t>(out.size()),
                            text.data(), static_cast<std::int32_t>(text.size()), &code);
  if (U_FAILURE(code)) return std::string(text);
  out.resize(static_cast<std::size_t>(length));
  // The typographic apostrophe (U+2019) folds as the typewriter one: don’t, don't.
  for (std::size_t at = out.find("\xE2\x80\x99"); at != std::string::npos;
       at = out.find("\xE2\x80\x99", at)) {
    out.replace(at, 3, "'");
  }
  return out;
}

Status Segmenter::Tokenize(std::string_view view, std::uint32_t start, std::uint32_t end,
                           std::vector<Token>& out) {
  UErrorCode code = U_ZERO_ERROR;
  const std::string_view slice = view.substr(start, end - start);
  utext_openUTF8(&icu_->slice, slice.data(), static_cast<int64_t>(slice.size()), &code);
  if (U_FAILURE(code)) return IcuError("read a sentence", code);
  icu::BreakIterator& words = *icu_->words;
  words.setText(&icu_->slice, code);
  if (U_FAILURE(code)) return IcuError("read a sentence", code);
  std::int32_t from = words.first();
  for (std::int32_t to = words.next(); to != icu::BreakIterator::DONE;
       from = to, to = words.next()) {
    const std::int32_t status = words.getRuleStatus();
    const std::string_view text =
        slice.substr(static_cast<std::size_t>(from), static_cast<std::size_t>(to - from));
    Token token;
    token.start = start + static_cast<std::uint32_t>(from);
    token.end = start + static_cast<std::uint32_t>(to);
    if (status >= UBRK_WORD_NONE && status < UBRK_WORD_NONE_LIMIT) {
      bool blank = true;
      for (char c : text) blank &= IsSpaceByte(c);
      // No-break spaces and other Unicode spaces.
      if (blank || text == "\xC2\xA0" || text == "\xE2\x80\xAF" || text == "\xE2\x80\x89") continue;
      token.fold = std::string(text);
    } else {
      token.word = true;
      token.number = status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT;
      token.capital = text[0] >= 'A' && text[0] <= 'Z';
      token.acronym =
          token.capital && text.size() >= 2 &&
          std::all_of(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
      token.fold = Fold(text);
    }
    // at 23:40, from 22:00: a time of day in a sentence is one number, its
    // colon no pause. (A dateline's time, after a date or a comma, still
    // parts a headline from its story: 2011 00:00 IST.)
    const std::size_t n = out.size();
    const bool in_sentence = n >= 3 && out[n - 3].word && !out[n - 3].number &&
                             !out[n - 3].capital && out[n - 3].fold.size() > 1;
    if (token.number && in_sentence && out[n - 1].fold == ":" && out[n - 2].number &&
        out[n - 1].start == out[n - 2].end && out[n - 1].end == token.start) {
      out.pop_back();
      Token& hours = out.back();
      hours.end = token.end;
      hours.fold += ":" + token.fold;
      continue;
    }
    out.push_back(std::move(token));
  }
  return Status::Ok();
}

}  // namespace causalkg::kb::extract
