#include "kb/extract/extractor.hpp"

#include <algorithm>
#include <array>
#include <fstream>
#include <sstream>

#include "engine/common/text_fold.hpp"
#include "kb/extract/node_linker.hpp"
#include "kb/extract/segmenter.hpp"
#include "kb/extract/sentence_reader.hpp"

namespace causalkg::kb::extract {

namespace {

// Less belief for a hedged claim (can, may, mogelijk) and a negated one.
constexpr double kHedgeFactor = 0.85;
constexpr double kNegationFactor = 0.8;

std::string BaseName(const std::string& path) {
  const std::size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

bool IsQuestion(const std::vector<Token>& tokens) {
  for (auto it = tokens.rbegin(); it != tokens.rend(); ++it) {
    if (it->word) return false;
    if (it->fold == "?") return true;
  }
  return false;
}

// A title (Chocolate makers raise prices as cocoa hits record high): the
// file's first line, set off from the text by a blank line, that does not end
// as a sentence does. Its claims are read as a sentence's are, but in
// headlinese "to" before a verb tells what is planned (Steel maker to shut
// plant), not an aim. (A line without a full stop further on may be a
// sentence of its own: a corpus of one sentence a paragraph.)
bool IsTitle(std::string_view view, std::uint32_t start, std::uint32_t end,
             const std::vector<Token>& tokens) {
  if (tokens.empty() || !tokens.back().word) return false;
  if (view.substr(start, end - start).find('\n') != std::string_view::npos) return false;
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  for (std::uint32_t i = 0; i < start; ++i) {
    if (!space(view[i])) return false;
  }
  int breaks = 0;
  for (std::uint32_t i = end; i < view.size() && breaks < 2; ++i) {
    const char c = view[i];
    if (c == '\n') {
      ++breaks;
    } else if (!space(c)) {
      return false;
    }
  }
  return breaks == 2;
}

// English words in -ly are adverbs (sharply, significantly), but for
// these and the words a lexicon gives another class.
bool IsLyAdverb(const Token& t) {
  static constexpr std::array<std::string_view, 20> kNotAdverbs = {
      "supply", "family", "ally",  "assembly", "monopoly", "anomaly", "rally",
      "reply",  "july",   "italy", "early",    "daily",    "likely",  "weekly",
      "apply",  "fly",    "belly", "jelly",    "bully",    "holy"};
  if (t.number || t.fold.size() <= 4 || !t.fold.ends_with("ly") || t.classes != 0) return false;
  return std::find(kNotAdverbs.begin(), kNotAdverbs.end(), t.fold) == kNotAdverbs.end();
}

// A word that is both a hedge and a time (May) is the month where the
// modal cannot be: capitalised after the sentence's first word, next to a
// number (3 May, May 2020), or after a preposition or a word of time (in
// May, since May, early May). The modal is written lower-case mid-sentence
// and stands before its verb. English "march" is the month on the same
// terms; elsewhere (halted the march when) it is a protest or a walk.
void ReadMonthsAsTime(std::vector<Token>& tokens, std::string_view view) {
  bool first_word = true;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    Token& t = tokens[i];
    if (!t.word) continue;
    const bool opens = first_word;
    first_word = false;
    const bool march = t.fold == "march";
    if (!(t.Is(kHedge) || march) || !t.Is(kTemporal)) continue;
    const unsigned char initial = static_cast<unsigned char>(view[t.start]);
    const bool capital = initial >= 'A' && initial <= 'Z';
    const Token* before = nullptr;
    for (std::size_t k = i; k-- > 0;) {
      if (tokens[k].word) before = &tokens[k];
      if (tokens[k].word || tokens[k].fold != "-") break;  // mid-May
    }
    const Token* after = i + 1 < tokens.size() ? &tokens[i + 1] : nullptr;
    const bool month = (capital && !opens) || (after != nullptr && after->number) ||
                       (before != nullptr && before->number) ||
                       (before != nullptr && before->Is(kPreposition)) ||
                       (before != nullptr && before->Is(kTemporal) && !before->Is(kHedge)) ||
                       (before != nullptr && before->fold == "mid");
    if (month) {
      t.classes &= ~static_cast<std::uint32_t>(kHedge);
    } else if (march) {
      t.classes &= ~static_cast<std::uint32_t>(kTemporal);
    }
  }
}

// English: a word the lexicon lists as some other verb is a noun right
// after an article or a possessive (evaporation from its leaves cools the
// air, the offered help), and right after a content word and before an
// auxiliary or a modal (Paid leave has cut turnover, Sick leave could rise:
// a verb there would take an object or a complement, not open a second verb
// group): it ends no subject and opens no clause.
void ReadEnglishNounsAfterArticles(std::vector<Token>& tokens) {
  static constexpr std::array<std::string_view, 8> kArticles = {"the",   "a",   "an",  "its",
                                                                "their", "his", "our", "your"};
  constexpr std::uint32_t kContentLike = kComplement | kOtherVerb | kPositive | kNegative;
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    const Token& before = tokens[i - 1];
    if (!tokens[i].word || !before.word) continue;
    const bool after_article =
        std::find(kArticles.begin(), kArticles.end(), before.fold) != kArticles.end();
    const bool before_auxiliary = i + 1 < tokens.size() && tokens[i + 1].word &&
                                  tokens[i + 1].Is(kAuxiliary | kHedge) &&
                                  !tokens[i + 1].Is(kDeterminer) && tokens[i + 1].fold != "to" &&
                                  !before.number && (before.classes & ~kContentLike) == 0;
    if (after_article || before_auxiliary)
      tokens[i].classes &= ~static_cast<std::uint32_t>(kOtherVerb);
  }
}

// a) b) (c) 2) (iv) 3.: a list item's label that opens the sentence is no
// word of it. Returns whether there was one.
bool DropListLabel(std::vector<Token>& tokens) {
  const auto label = [](const Token& t) {
    return t.word && t.fold.size() <= 4 && (t.number || IsListLabelLetters(t.fold));
  };
  std::size_t drop = 0;
  if (tokens.size() > 3 && label(tokens[0]) &&
      (tokens[1].fold == ")" || (tokens[0].number && tokens[1].fold == "."))) {
    drop = 2;
  } else if (tokens.size() > 4 && tokens[0].fold == "(" && label(tokens[1]) &&
             tokens[2].fold == ")") {
    drop = 3;
  }
  tokens.erase(tokens.begin(), tokens.begin() + static_cast<std::ptrdiff_t>(drop));
  return drop > 0;
}

// English: a reporting word that is also a plural noun (report-noun entries)
// is that noun before of, about, over, from, by, on or in (False claims
// about vaccines lowered uptake, Reports of fraud have reduced trust, blamed
// false claims on social media for the drop): it opens no
// reported clause; after a preposition or a determiner it is the noun
// whatever follows (fell on fears that X). Not after a pronoun (he claims
// about), nor before about and a number (claims about 300 jobs were lost).
void ReadEnglishReportNouns(std::vector<Token>& tokens, const Lexicon& lexicon) {
  static constexpr std::array<std::string_view, 7> kNounPrepositions = {
      "of", "about", "over", "from", "by", "on", "in"};
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    Token& t = tokens[i];
    if (!t.word || !t.Is(kReporting)) continue;
    // banned the shows to protect birds: after an article any reporting
    // word is a noun; sickened 87 people in 11 states: a plural after a
    // number too.
    if (i > 0 && tokens[i - 1].word &&
        (tokens[i - 1].fold == "the" || tokens[i - 1].fold == "a" || tokens[i - 1].fold == "an" ||
         (tokens[i - 1].number && t.fold.ends_with("s")))) {
      t.classes &= ~static_cast<std::uint32_t>(kReporting);
      continue;
    }
    // banned poultry shows to curb the virus, closed shows and markets:
    // after a past tense, over a noun or two, and before "to" or "and", the
    // plural is the object (not data collected shows that).
    const std::string& after = tokens[i + 1].fold;
    if (t.fold.ends_with("s") && t.fold.size() > 3 && i > 0 &&
        (after == "to" || after == "and" || after == ",")) {
      bool object = false;
      for (std::size_t k = i; k > 0 && k + 3 > i; --k) {
        const Token& before = tokens[k - 1];
        if (!before.word) break;
        if (before.fold.ends_with("ed") && before.fold.size() > 4 && !before.Is(kAuxiliary)) {
          object = true;
          break;
        }
        if (before.classes != 0) break;  // a function word or a cue: no noun of the object
      }
      if (object) {
        t.classes &= ~static_cast<std::uint32_t>(kReporting);
        continue;
      }
    }
    if (!lexicon.IsWordOf(EntryKind::kReportNoun, t.fold)) continue;
    const Token& next = tokens[i + 1];
    // on fears that X, amid fears that, the fear that: after a preposition
    // (not the infinitive's to) or a determiner the word is the noun.
    const bool after_noun_opener = i > 0 && tokens[i - 1].word && tokens[i - 1].fold != "to" &&
                                   tokens[i - 1].Is(kPreposition | kDeterminer) &&
                                   !tokens[i - 1].Is(kPronoun);
    if (!after_noun_opener &&
        (std::find(kNounPrepositions.begin(), kNounPrepositions.end(), next.fold) ==
             kNounPrepositions.end() ||
         (next.fold == "about" && i + 2 < tokens.size() && tokens[i + 2].number))) {
      continue;
    }
    if (i > 0 && tokens[i - 1].word && tokens[i - 1].Is(kPronoun) &&
        !tokens[i - 1].Is(kDeterminer)) {
      continue;
    }
    t.classes &= ~static_cast<std::uint32_t>(kReporting);
  }
}

// English: a word of direction that is also a word of degree (few, little:
// few jobs, little time are low levels) is only a degree after the article a
// (a few jobs, a little time are amounts).
void ReadEnglishArticleDegrees(std::vector<Token>& tokens) {
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    Token& t = tokens[i];
    if (t.word && t.Is(kDegree) && t.Is(kMore | kLess) && tokens[i - 1].fold == "a") {
      t.classes &= ~static_cast<std::uint32_t>(kMore | kLess);
    }
  }
}

// English `so` before a word of degree or direction, much, many, far or an
// adverb in -ly (so much ash, so high, so far, so badly) says how much: it
// opens no clause; so far is an adverb of time.
void ReadEnglishDegreeSo(std::vector<Token>& tokens) {
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    Token& t = tokens[i];
    const Token& next = tokens[i + 1];
    if (!t.word || t.fold != "so" || !next.word) continue;
    if (next.Is(kDegree | kMore | kLess | kPositive | kNegative) || next.fold == "much" ||
        next.fold == "many" || next.fold == "far" ||
        (next.fold.ends_with("ly") && next.fold.size() > 4)) {
      t.classes &= ~static_cast<std::uint32_t>(kSubordinator);
      // so far: an adverb of time, no subject (have so far had no effect)
      if (next.fold == "far") tokens[i + 1].classes |= kAdverb;
    }
  }
}

// English `long` right after have (had long been a driver) is an adverb of
// time, no subject.
void ReadEnglishLongAfterHave(std::vector<Token>& tokens) {
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    const std::string& before = tokens[i - 1].fold;
    if (tokens[i].fold == "long" && (before == "had" || before == "has" || before == "have")) {
      tokens[i].classes |= kAdverb;
    }
  }
}

// English `once` that opens no clause of its own is an adverb of time or
// number (covered only once, because; once again; once a week; at once):
// it ends no phrase before it.
void ReadEnglishOnceAdverb(std::vector<Token>& tokens) {
  static constexpr std::array<std::string_view, 12> kAdverbAfter = {
      "again", "more", "a",      "an",  "every", "because",
      "since", "when", "before", "and", "or",    "but"};
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    Token& t = tokens[i];
    if (!t.word || t.fold != "once") continue;
    const bool last = i + 1 == tokens.size() || !tokens[i + 1].word;
    const bool before_adverb = !last && std::find(kAdverbAfter.begin(), kAdverbAfter.end(),
                                                  tokens[i + 1].fold) != kAdverbAfter.end();
    const std::string_view prior = i > 0 ? std::string_view(tokens[i - 1].fold) : "";
    if (last || before_adverb || prior == "only" || prior == "at" || prior == "than") {
      t.classes &= ~static_cast<std::uint32_t>(kSubordinator);
      t.classes |= kAdverb;
    }
  }
}

// English: a preposition or a verb joined by a hyphen to the next word, or
// after one to the word before, is part of a compound word (in-work
// poverty, off-peak services, a take-up rate): it opens no phrase and ends
// none. So is a word of direction (low-income households, poor-quality
// provision name a kind, not a level).
void ReadEnglishHyphenCompounds(std::vector<Token>& tokens) {
  constexpr std::uint32_t kPhrase = kPreposition | kInnerPreposition | kAdverb | kLight |
                                    kOtherVerb | kAuxiliary | kComplement | kMore | kLess;
  for (std::size_t i = 1; i + 1 < tokens.size(); ++i) {
    const Token& hyphen = tokens[i];
    if (hyphen.word || hyphen.fold != "-") continue;
    Token& before = tokens[i - 1];
    Token& after = tokens[i + 1];
    if (!before.word || !after.word || before.end != hyphen.start || hyphen.end != after.start) {
      continue;
    }
    before.classes &= ~kPhrase;
    after.classes &= ~kPhrase;
  }
}

// Dutch `weer` is the weather only as a noun: after a determiner, a
// preposition or an adjective (het slechte weer, door slecht weer); elsewhere
// it is the adverb again, in turn (wat weer leidt tot, zorgt weer voor), no
// phrase of its own.
// Jan de Vos, Frans van der Berg: in Dutch a lower-case de, van, der, den or
// ter between two capitalised words (the first not the sentence's first
// word) is part of the name, no determiner or preposition.
void ReadDutchNameParticles(std::vector<Token>& tokens) {
  static constexpr std::array<std::string_view, 5> kParticles = {"de", "van", "der", "den", "ter"};
  bool first_word = true;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (!tokens[i].word) continue;
    const bool opening = first_word;
    first_word = false;
    if (opening || !tokens[i].capital) continue;
    std::size_t j = i + 1;
    while (j < tokens.size() && tokens[j].word && !tokens[j].capital &&
           std::find(kParticles.begin(), kParticles.end(), tokens[j].fold) != kParticles.end()) {
      ++j;
    }
    if (j == i + 1 || j >= tokens.size() || !tokens[j].word || !tokens[j].capital) continue;
    for (std::size_t k = i + 1; k < j; ++k) tokens[k].classes = 0;
    i = j - 1;
  }
}

// het begrijpen van brieven, het opbouwen van een buffer: an infinitive
// between "het" and "van" is a noun, not the verb the lexicon lists.
void ReadDutchVerbalNouns(std::vector<Token>& tokens) {
  for (std::size_t i = 1; i + 1 < tokens.size(); ++i) {
    Token& t = tokens[i];
    if (!t.word || !tokens[i - 1].word || !tokens[i + 1].word) continue;
    if (tokens[i - 1].fold != "het" || tokens[i + 1].fold != "van" || !t.fold.ends_with("en")) {
      continue;
    }
    t.classes &= ~(kOtherVerb | kReporting);
  }
}

void ReadDutchWeerAsAdverb(std::vector<Token>& tokens) {
  static constexpr std::array<std::string_view, 12> kBareAdjectives = {
      "slecht", "goed", "mooi", "warm", "koud", "nat", "droog", "guur", "extreem", "zonnig",
      "wisselvallig", "onstuimig"};
  const Token* before = nullptr;
  for (Token& t : tokens) {
    if (!t.word) {
      before = nullptr;
      continue;
    }
    if (t.fold == "weer") {
      const bool noun =
          before != nullptr &&
          (before->Is(kDeterminer | kPreposition | kPositive | kNegative | kHigh | kLow | kMore |
                      kLess) ||
           (before->classes == 0 && before->fold.size() > 3 && before->fold.ends_with('e')) ||
           std::find(kBareAdjectives.begin(), kBareAdjectives.end(), before->fold) !=
               kBareAdjectives.end());
      if (!noun) t.classes |= kAdverb;
    }
    before = &t;
  }
}

// English words in -ly are adverbs (IsLyAdverb), except between a noun
// phrase's opening and its noun, where they are adjectives (the heaviest
// hourly rainfall, a costly delay, for elderly residents, women's hourly
// pay) and must not end the phrase: a determiner, a preposition or a
// possessive right before the word or before an adjective of degree (-est,
// -er), and a plain word after it that is no participle (by sharply raising
// rates and the shortage of nurses directly contributes keep their adverb).
void ReadEnglishLyAdverbs(std::vector<Token>& tokens) {
  auto plain = [&](std::size_t i) {
    return i < tokens.size() && tokens[i].word && !tokens[i].number && tokens[i].classes == 0;
  };
  // (women's hourly pay: a word the lexicon lists only as some other verb
  // or as taking an infinitive may be the noun)
  auto noun = [&](std::size_t i) {
    return plain(i) || (i < tokens.size() && tokens[i].word && !tokens[i].number &&
                        (tokens[i].classes & ~(kOtherVerb | kComplement)) == 0);
  };
  auto adjective = [&](std::size_t i) {
    const std::string& next = tokens[i + 1].fold;
    if (i == 0 || !noun(i + 1) || next.ends_with("ly") || next.ends_with("ing") ||
        next.ends_with("ed")) {
      return false;
    }
    std::size_t k = i - 1;
    if (k > 0 && plain(k) && (tokens[k].fold.ends_with("est") || tokens[k].fold.ends_with("er"))) {
      --k;
    }
    const Token& opener = tokens[k];
    return opener.word && opener.fold != "to" &&
           (opener.Is(kDeterminer | kPreposition) || PossessiveWord(opener.fold));
  };
  std::vector<std::size_t> adverbs;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (IsLyAdverb(tokens[i]) && (i + 1 == tokens.size() || !adjective(i))) adverbs.push_back(i);
  }
  for (std::size_t i : adverbs) tokens[i].classes |= kAdverb;
}

// Counts of function words only one language has.
struct LanguageVotes {
  int english = 0;
  int dutch = 0;
};

}  // namespace

std::string SourceIdOf(const std::string& path) {
  std::string name = BaseName(path);
  const std::size_t dot = name.find_last_of('.');
  if (dot != std::string::npos && dot > 0) name.resize(dot);
  return name.empty() ? "text" : name;
}

Extractor::Extractor() = default;
Extractor::~Extractor() = default;

Result<std::unique_ptr<Extractor>> Extractor::Create(const ExtractOptions& options,
                                                     const Store* store) {
  std::unique_ptr<Extractor> out(new Extractor());
  out->options_ = options;
  auto segmenter = Segmenter::Create();
  if (!segmenter.ok()) return std::move(segmenter).TakeStatus();
  out->segmenter_ = std::move(*segmenter);
  for (Language language : {Language::kEnglish, Language::kDutch}) {
    auto lexicon = std::make_unique<Lexicon>(language);
    const std::string name = "kb/extract/lexicons/" + std::string(LanguageCode(language)) + ".tsv";
    Status s = lexicon->Add(BundledLexicon(language), name);
    if (!s.ok()) {
      return Status::Internal("the bundled lexicon does not read: " + s.ToString());
    }
    out->lexicons_[static_cast<int>(language)] = std::move(lexicon);
  }
  for (const std::string& path : options.lexicons) {
    CAUSALKG_RETURN_IF_ERROR(out->LoadLexicon(path));
  }
  out->linker_ = std::make_unique<NodeLinker>(store, *out->segmenter_);
  return out;
}

Status Extractor::LoadLexicon(const std::string& path) {
  // The language by the file's name: NAME.nl.tsv, NAME.en.tsv, nl.tsv, en.tsv.
  const std::string name = AsciiLower(BaseName(path));
  std::optional<Language> language;
  for (Language l : {Language::kEnglish, Language::kDutch}) {
    const std::string code(LanguageCode(l));
    if (name == code + ".tsv" || name.ends_with("." + code + ".tsv")) language = l;
  }
  if (!language) language = options_.language;
  if (!language) {
    return Status::Usage("the lexicon " + path + " does not say its language",
                         "name it NAME.nl.tsv or NAME.en.tsv, or give --lang nl or --lang en");
  }
  auto text = ReadSourceText(path);
  if (!text.ok()) return std::move(text).TakeStatus();
  return lexicons_[static_cast<int>(*language)]->Add(text->bytes, path);
}

Result<Language> Extractor::FileLanguage(const SourceText& text) {
  if (options_.language) return *options_.language;
  const Lexicon& english = *lexicons_[static_cast<int>(Language::kEnglish)];
  const Lexicon& dutch = *lexicons_[static_cast<int>(Language::kDutch)];
  LanguageVotes votes;
  std::vector<Token> tokens;
  Status failed;
  Status s = segmenter_->ForEachSentence(text.view, [&](std::uint32_t start, std::uint32_t end) {
    if (start >= kLanguageSampleBytes) return false;
    if (end - start > kMaxSentenceBytes) return true;
    tokens.clear();
    failed = segmenter_->Tokenize(text.view, start, end, tokens);
    if (!failed.ok()) return false;
    for (const Token& t : tokens) {
      if (!t.word) continue;
      const bool en = english.IsFunctionWord(t.fold), nl = dutch.IsFunctionWord(t.fold);
      votes.english += en && !nl;
      votes.dutch += nl && !en;
    }
    return true;
  });
  CAUSALKG_RETURN_IF_ERROR(s);
  CAUSALKG_RETURN_IF_ERROR(failed);
  return votes.dutch > votes.english ? Language::kDutch : Language::kEnglish;
}

Status Extractor::ExtractFile(const std::string& path, const Emit& emit, ExtractStats& stats) {
  auto text = ReadSourceText(path);
  if (!text.ok()) return std::move(text).TakeStatus();
  return ExtractText(*text, emit, stats);
}

Status Extractor::ExtractText(const SourceText& text, const Emit& emit, ExtractStats& stats) {
  ++stats.files;
  stats.bytes += text.bytes.size();
  if (text.bytes.empty()) {
    stats.notes.push_back(text.name + ": the file is empty; no candidates");
    return Status::Ok();
  }
  auto file_language = FileLanguage(text);
  if (!file_language.ok()) return std::move(file_language).TakeStatus();
  const Lexicon& english = *lexicons_[static_cast<int>(Language::kEnglish)];
  const Lexicon& dutch = *lexicons_[static_cast<int>(Language::kDutch)];
  const std::string source = options_.source.empty() ? SourceIdOf(text.name) : options_.source;

  std::uint64_t sentences = 0, long_sentences = 0;
  std::uint32_t first_long = 0;
  std::vector<Token> tokens;
  Status failed;
  Status s = segmenter_->ForEachSentence(text.view, [&](std::uint32_t start, std::uint32_t end) {
    ++sentences;
    if (end - start > kMaxSentenceBytes) {
      if (long_sentences++ == 0) first_long = start;
      return true;
    }
    tokens.clear();
    failed = segmenter_->Tokenize(text.view, start, end, tokens);
    if (!failed.ok()) return false;
    const bool list_item = DropListLabel(tokens);
    if (IsQuestion(tokens)) {
      ++stats.questions;
      return true;
    }
    Language language = *file_language;
    if (!options_.language) {
      LanguageVotes votes;
      for (const Token& t : tokens) {
        if (!t.word) continue;
        const bool en = english.IsFunctionWord(t.fold), nl = dutch.IsFunctionWord(t.fold);
        votes.english += en && !nl;
        votes.dutch += nl && !en;
      }
      if (votes.dutch - votes.english >= kSentenceLanguageMargin) language = Language::kDutch;
      if (votes.english - votes.dutch >= kSentenceLanguageMargin) language = Language::kEnglish;
    }
    ++stats.by_language[std::string(LanguageCode(language))];
    const bool title = language == Language::kEnglish && IsTitle(text.view, start, end, tokens);
    const Lexicon& lexicon = *lexicons_[static_cast<int>(language)];
    for (Token& t : tokens) {
      if (!t.word) continue;
      t.stem = t.number ? t.fold : lexicon.stemmer().Stem(t.fold);
      t.classes = lexicon.ClassesOf(t.fold);
      if (t.fold.size() > 3 && t.fold.ends_with("n't")) t.classes |= kNegation;
      // I'll, they've, it's: a pronoun with its auxiliary is that pronoun.
      if (language == Language::kEnglish && t.classes == 0) {
        const std::size_t mark = std::min(t.fold.find('\''), t.fold.find("\xE2\x80\x99"));
        if (mark != std::string::npos && mark > 0) {
          const std::uint32_t base = lexicon.ClassesOf(t.fold.substr(0, mark));
          if (base & kPronoun) t.classes |= base | kAuxiliary;
        }
      }
    }
    ReadMonthsAsTime(tokens, text.view);
    if (language == Language::kDutch) ReadDutchWeerAsAdverb(tokens);
    if (language == Language::kDutch) ReadDutchNameParticles(tokens);
    if (language == Language::kDutch) ReadDutchVerbalNouns(tokens);
    if (language == Language::kEnglish) ReadEnglishLyAdverbs(tokens);
    if (language == Language::kEnglish) ReadEnglishReportNouns(tokens, lexicon);
    if (language == Language::kEnglish) ReadEnglishHyphenCompounds(tokens);
    if (language == Language::kEnglish) ReadEnglishNounsAfterArticles(tokens);
    if (language == Language::kEnglish) ReadEnglishArticleDegrees(tokens);
    if (language == Language::kEnglish) ReadEnglishDegreeSo(tokens);
    if (language == Language::kEnglish) ReadEnglishLongAfterHave(tokens);
    if (language == Language::kEnglish) ReadEnglishOnceAdverb(tokens);
    lexicon.MarkPhrases(tokens);
    Sentence sentence;
    sentence.start = start;
    sentence.end = end;
    sentence.language = language;
    sentence.tokens = std::move(tokens);
    sentence.list_item = list_item;
    SentenceReader reader(sentence, lexicon);
    std::vector<Claim> claims = reader.Read();
    if (title) std::erase_if(claims, [](const Claim& c) { return c.rule == rules::kPurpose; });
    for (const Claim& claim : claims) {
      auto token = [&](int i) -> const Token& {
        return sentence.tokens[static_cast<std::size_t>(i)];
      };
      Candidate c;
      c.file = text.name;
      c.quote = text.bytes.substr(start, end - start);
      c.start = start;
      c.end = end;
      // A phrase is quoted from the file, so it ends before markup the view
      // blanked inside it (<em>achterstanden</em> bij lezen: achterstanden);
      // a line break the view joined is no markup.
      auto before_markup = [&](Side side) {
        for (int i = side.span.first + 1; i < side.span.last; ++i) {
          bool markup = false;
          for (std::uint32_t k = token(i - 1).end; k < token(i).start && !markup; ++k) {
            const char b = text.bytes[k];
            const bool space = b == ' ' || b == '\n' || b == '\r' || b == '\t';
            markup = b != text.view[k] && !space;
          }
          if (!markup) continue;
          if (side.words.empty() || side.words.front() >= i) break;
          side.span.last = i;
          std::erase_if(side.words, [&](int w) { return w >= i; });
          break;
        }
        return side;
      };
      const Side cause = before_markup(claim.cause), effect = before_markup(claim.effect);
      c.cause_start = token(cause.span.first).start;
      c.cause_end = token(cause.span.last - 1).end;
      c.effect_start = token(effect.span.first).start;
      c.effect_end = token(effect.span.last - 1).end;
      c.cause = text.bytes.substr(c.cause_start, c.cause_end - c.cause_start);
      c.effect = text.bytes.substr(c.effect_start, c.effect_end - c.effect_start);
      c.sign = claim.sign;
      c.negated = claim.negated;
      c.modality = claim.hedged ? "can" : "is";
      const auto calibrated = options_.rule_confidences.find(claim.rule);
      c.confidence =
          (calibrated == options_.rule_confidences.end() ? BaseConfidence(claim.rule, language)
                                                         : calibrated->second) *
          (claim.hedged ? kHedgeFactor : 1.0) * (claim.negated ? kNegationFactor : 1.0);
      c.rule = std::string(claim.rule);
      c.language = language;
      c.source = source;
      auto subject = linker_->Link(sentence, cause, lexicon);
      if (!subject.ok()) {
        failed = std::move(subject).TakeStatus();
        return false;
      }
      auto object = linker_->Link(sentence, effect, lexicon);
      if (!object.ok()) {
        failed = std::move(object).TakeStatus();
        return false;
      }
      auto relation = linker_->RelationFor(claim.entry, claim.sign);
      if (!relation.ok()) {
        failed = std::move(relation).TakeStatus();
        return false;
      }
      c.subject = subject->id;
      c.subject_linked = subject->linked;
      c.subject_match = subject->match;
      c.object = object->id;
      c.object_linked = object->linked;
      c.object_match = object->match;
      c.relation = *relation;
      failed = emit(c);
      if (!failed.ok()) return false;
      ++stats.candidates;
      ++stats.by_rule[c.rule];
    }
    tokens = std::move(sentence.tokens);
    return true;
  });
  CAUSALKG_RETURN_IF_ERROR(s);
  CAUSALKG_RETURN_IF_ERROR(failed);
  stats.sentences += sentences;
  stats.long_sentences += long_sentences;
  if (sentences == 0) stats.notes.push_back(text.name + ": the file holds no text; no candidates");
  if (long_sentences > 0) {
    stats.notes.push_back(text.name + ": " + std::to_string(long_sentences) +
                          (long_sentences == 1 ? " sentence" : " sentences") + " longer than " +
                          std::to_string(kMaxSentenceBytes) +
                          " bytes not read by the rules (the first at byte offset " +
                          std::to_string(first_long) + ")");
  }
  return Status::Ok();
}

}  // namespace causalkg::kb::extract
