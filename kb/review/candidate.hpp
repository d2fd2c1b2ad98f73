// Candidate claims, as `causalkg extract` writes them: one JSON object a
// line, each a causal statement found in a text with its verbatim sentence,
// where that sentence lies in the file, which rule found it, and the claim
// it proposes (`subject relation object`, its ends linked to nodes of the
// database where the phrases matched one).
//
// A review (kb/review/review_session.hpp) reads them to show each to a
// person and load the ones accepted.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/common/status.hpp"

namespace causalkg::kb {

// A part of the quote, in bytes from the quote's first byte.
struct QuoteSpan {
  std::size_t begin = 0;
  std::size_t end = 0;  // one past the last byte
};

struct Candidate {
  std::size_t number = 0;  // 1-based, among the file's candidates
  std::size_t line = 0;    // the line of the file that holds it

  std::string cause, effect;  // phrases as they stand in the text
  char sign = '?';            // '+', '-' or '?'
  std::string quote;          // the sentence, verbatim
  std::uint64_t start = 0;    // byte offsets of the quote in its source file
  std::uint64_t end = 0;
  std::string modality;
  std::optional<double> confidence;
  std::string rule;  // empty when the file names none
  bool negated = false;
  std::string lang;    // the language of the text ("nl", "en"); may be empty
  std::string source;  // a source id; may be empty

  // The claim proposed.
  std::string subject, relation, object;

  // Where the cause and the effect are in the quote: from the file's
  // cause_start..effect_end when it gives them, else where the phrase is
  // found in the quote; nullopt when neither says.
  std::optional<QuoteSpan> cause_span, effect_span;

  // What identifies the candidate across runs of the extractor and edits of
  // the file (not its place, confidence or the ids it was linked to): a
  // review log names candidates by it.
  std::string fingerprint;
};

struct CandidateFile {
  std::string path;
  std::vector<Candidate> candidates;
  // What is odd but not wrong ("FILE, line 4: the quote is 52 bytes, but
  // start..end spans 60"), for the person reviewing.
  std::vector<std::string> warnings;
};

// Reads the candidates file at `path`. A line that is not a JSON object, a
// required field that is missing or of the wrong type, a sign other than
// +, - or ?, or offsets out of order is a Load error with the file and
// line; blank lines are skipped.
Result<CandidateFile> ReadCandidates(const std::string& path);

}  // namespace causalkg::kb
