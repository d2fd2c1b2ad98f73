// causalkg extract: text in, candidate claims out. Reads each file
// (source_text.hpp), splits it into sentences and words (segmenter.hpp),
// tells its language, runs the rules (sentence_reader.hpp) with the
// language's lexicon, and names causes and effects by the database's nodes
// (node_linker.hpp).
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/common/status.hpp"
#include "engine/storage/store.hpp"
#include "kb/extract/calibration.hpp"
#include "kb/extract/candidate.hpp"
#include "kb/extract/lexicon.hpp"
#include "kb/extract/source_text.hpp"

namespace causalkg::kb::extract {

// Sentences longer than this are not read by the rules (a table or a file
// without punctuation read as one sentence): counted, and the first one's
// offset said, so that a run stays linear in the text.
inline constexpr std::uint32_t kMaxSentenceBytes = 4000;

// With --lang auto, a sentence is in the language it has this many more
// function words of; otherwise in the language of its file's first
// megabyte.
inline constexpr int kSentenceLanguageMargin = 2;
inline constexpr std::size_t kLanguageSampleBytes = 1 << 20;

struct ExtractOptions {
  std::optional<Language> language;   // nullopt: tell by the text
  std::string source;                 // empty: each file's name without folder and extension
  std::vector<std::string> lexicons;  // more lexicon files (--lexicon)
  // Rule confidences earned in reviews (--calibration), in place of the
  // rules' own.
  RuleConfidences rule_confidences;
};

struct ExtractStats {
  std::uint64_t files = 0;
  std::uint64_t bytes = 0;
  std::uint64_t sentences = 0;
  std::uint64_t candidates = 0;
  std::uint64_t questions = 0;
  std::uint64_t long_sentences = 0;
  std::map<std::string, std::uint64_t> by_rule;
  std::map<std::string, std::uint64_t> by_language;  // sentences read, by language
  std::vector<std::string> notes;
};

class Segmenter;
class NodeLinker;

class Extractor {
 public:
  // `store` (may be null) names the nodes candidates link to; it must
  // outlive the extractor.
  static Result<std::unique_ptr<Extractor>> Create(const ExtractOptions& options,
                                                   const Store* store);
  ~Extractor();

  using Emit = std::function<Status(const Candidate&)>;
  Status ExtractFile(const std::string& path, const Emit& emit, ExtractStats& stats);
  Status ExtractText(const SourceText& text, const Emit& emit, ExtractStats& stats);

 private:
  Extractor();
  Status LoadLexicon(const std::string& path);
  Result<Language> FileLanguage(const SourceText& text);

  ExtractOptions options_;
  std::unique_ptr<Segmenter> segmenter_;
  std::unique_ptr<NodeLinker> linker_;
  std::unique_ptr<Lexicon> lexicons_[kLanguageCount];
};

// The source id of a file: its name without folder and extension.
std::string SourceIdOf(const std::string& path);

}  // namespace causalkg::kb::extract
