// A sentence as the rules see it: its words and punctuation, each with its
// place in the file, its case-folded text, its stem and the word classes the
// lexicon gives it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "kb/extract/language.hpp"

namespace causalkg::kb::extract {

// What the lexicon's function words and modifiers say of a token; a token
// may be several (that: determiner, pronoun, relative).
enum TokenClass : std::uint32_t {
  kDeterminer = 1u << 0,
  kPreposition = 1u << 1,
  kInnerPreposition = 1u << 2,  // may join a noun phrase: the cohesion *of* society
  kPronoun = 1u << 3,
  kRelative = 1u << 4,
  kCoordinator = 1u << 5,
  kSubordinator = 1u << 6,
  kAuxiliary = 1u << 7,
  kPassiveAuxiliary = 1u << 8,
  kAdverb = 1u << 9,
  kReporting = 1u << 10,
  kHedge = 1u << 11,
  kHedgeAdjective = 1u << 12,  // possible, mogelijke: a hedge inside a noun phrase
  kNegation = 1u << 13,
  kNegativeDeterminer = 1u << 14,  // no, geen
  kPositive = 1u << 15,            // a polarity adjective of sign +
  kNegative = 1u << 16,            // a polarity adjective of sign -
  kMore = 1u << 17,                // a comparative of sign +: more, higher
  kLess = 1u << 18,                // a comparative of sign -: fewer, lower
  kDegree = 1u << 19,
  kLight = 1u << 20,  // a light verb: has (an effect on), oefent (invloed) uit
  kTemporal = 1u << 21,
  kOtherVerb = 1u << 22,         // a verb that is no cue: it ends a noun phrase
  kComplement = 1u << 23,        // want, able, went: a "to" after it is no purpose
  kObjectComplement = 1u << 24,  // asked (the police) to: nor after its object
  kAgent = 1u << 25,             // protesters, police: people whose acts are no causal claim
  kDenial = 1u << 26,            // ontkent (dat): a verb that denies the clause after it
  kHigh = 1u << 27,              // hoge: a level of sign +; signs a claim, else an adjective
  kLow = 1u << 28,               // lage: a level of sign -
  kDispute = 1u << 29,           // protests, anger: "over" after one names a cause
};

struct Token {
  std::uint32_t start = 0;  // byte offsets in the file
  std::uint32_t end = 0;
  std::string fold;  // case-folded
  std::string stem;  // Snowball stem of `fold` (words only)
  std::uint32_t classes = 0;
  bool word = false;     // letters or digits; else punctuation or a symbol
  bool number = false;   // digits
  bool capital = false;  // its first letter a capital A-Z as written
  bool acronym = false;  // two letters or more, all capitals A-Z as written (NS, ECB)
  bool Is(std::uint32_t cls) const { return (classes & cls) != 0; }
};

inline bool IsComma(const Token& t) { return !t.word && t.fold == ","; }
// -, – and —: a hyphen-minus, an en dash or an em dash.
inline bool IsDash(const Token& t) {
  return !t.word && (t.fold == "-" || t.fold == "\xE2\x80\x93" || t.fold == "\xE2\x80\x94");
}

// Dutch: a finite form of worden, the passive's auxiliary (wordt gesteund door).
inline bool WordenForm(const std::string& fold) {
  return fold == "word" || fold == "wordt" || fold == "werd" || fold == "werden" ||
         fold == "worden";
}

// English: a possessive (children's, the quake’s).
inline bool PossessiveWord(const std::string& fold) {
  return fold.ends_with("'s") || fold.ends_with("\xE2\x80\x99s");
}

struct Sentence {
  std::uint32_t start = 0;  // byte offsets of the sentence in the file
  std::uint32_t end = 0;
  Language language = Language::kEnglish;
  std::vector<Token> tokens;
  bool list_item = false;  // its list label (a), (iv), 2)) dropped before reading
};

}  // namespace causalkg::kb::extract
