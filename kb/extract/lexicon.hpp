// A language's lexicon: the cue words of causal statements (verbs, nouns,
// connectives, markers) and the function words and modifiers the rules read
// around them. Read from tab-separated text (kb/extract/README.md): the
// bundled lexicons (kb/extract/lexicons/*.tsv, embedded at build time) and
// any a user adds with --lexicon.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "engine/common/status.hpp"
#include "kb/extract/language.hpp"
#include "kb/extract/stemmer.hpp"
#include "kb/extract/token.hpp"

namespace causalkg::kb::extract {

enum class EntryKind : std::uint8_t {
  // Cues: each starts a rule.
  kVerb,        // X increases Y
  kInfluence,   // X has (great) influence on Y
  kNoun,        // the effect of X on Y
  kChange,      // Y rises; a rise in Y (noun: the change-noun kind)
  kConnective,  // because, therefore: a clause is the cause, or the effect
  kMarker,      // due to X: a noun phrase is the cause
  kComparison,  // as with X: the sentence's claims hold for X too
  kRoot,        // the roots of X
  // Modifiers and function words: they give tokens classes.
  kHedge,
  kNegation,
  kPolarity,
  kComparative,
  kLevel,  // hoge, lage: a level, read as a direction only where a claim is signed
  kDegree,
  kLight,
  kDeterminer,
  kPreposition,
  kPronoun,
  kRelative,
  kCoordinator,
  kSubordinator,
  kAuxiliary,
  kAdverb,
  kReporting,
  kTemporal,
  kOtherVerb,
  kComplement,
  kAgent,
  kDispute,  // protests, anger (English): "over" after one names the dispute's cause
  // Words no class marks, looked up by the rules that read them (English):
  kEvent,        // explosion, attack, clash: an event; killed in one, it is the cause
  kHarm,         // killed, injured, stranded: what an event or an act leaves people
  kState,        // open, harder: a state leave or make puts its object in (left X open)
  kReportNoun,   // reports, claims: a reporting word that is also a plural noun (reports of fraud)
  kIngModifier,  // breathing, drinking: a form in -ing that names a kind before a noun
  kClassing,     // classed, regarded: a verb whose "as" gives a class, no reason
  kDestination,  // moved, diverted: a verb whose "to" after its object names where to, no aim
  kChance,       // kans, risico: a noun of chance whose dat-clause is what it is about (Dutch)
  // Frames around a clause (kb/extract/README.md): the claims inside it are
  // denied (ontkent dat; with "negated": no evidence that) or asked about
  // (examines how): negated or dropped.
  kDenial,
  kQuestion,
};

// The kinds as a lexicon file names them, for messages: "verb, influence, ...".
std::string DescribeEntryKinds();
bool IsCueKind(EntryKind kind);

enum class WordMatch : std::uint8_t { kNo, kYes, kNeedsParticle };

// One word of a lexicon phrase.
struct LexiconWord {
  std::vector<std::string> forms;        // case-folded forms that match
  std::vector<std::string> stems;        // stems that match
  std::vector<std::string> split_forms;  // finite forms that need `particle` later
  std::string particle;                  // Dutch separable particle (toe of toe|nemen)
  enum class Slot : std::uint8_t { kNone, kCause, kEffect } slot = Slot::kNone;
};

struct LexiconEntry {
  EntryKind kind = EntryKind::kVerb;
  std::vector<LexiconWord> words;
  int sign = 0;              // +1, -1, or 0 for ?
  bool reversed = false;     // the subject is the effect: Y depends on X
  bool cause_after = false;  // a connective or marker introduces the cause
  bool condition = false;    // a connective of condition (if, als): the claim is hedged
  // A connective that opens its clause as a verb form and belongs to its
  // phrase: the motive or the result of a participle (demanding X, killing
  // X) or the aim of a purpose infinitive (to X).
  bool participle = false;
  bool purpose = false;  // the purpose infinitive: to X
  bool noun = false;     // a change named by a noun: a rise in Y
  // A verb that makes a claim only with an infinitive after its object (X
  // leads Y to do Z); without one it has another sense (led the march).
  bool infinitive = false;
  // protect X from Y: the phrase after "from" is what the verb holds off,
  // the effect with the sign turned.
  bool from_turns = false;
  // leave X stranded: a claim only with a word of harm after its object (the
  // `harm` kind), which is the effect with it; without one, another sense
  // (left the room).
  bool harm_after = false;
  // put X at risk: a claim only with a phrase of harm (at risk, in danger)
  // after its object, the effect with it; without one, another sense (put
  // the book down, put people off).
  bool risk_after = false;
  // make X more attractive: a claim only with more or less and a word after
  // its object, the object with them the effect, less turning the sign.
  bool comparative_after = false;
  // blame X for Y, blame Y on X: the subject only says so; the object and
  // the phrase after the preposition are the cause and the effect.
  bool blame = false;
  // the blast killed six people: a claim only when the subject's head is an
  // event (the `event` kind); police killed two men is an act.
  bool event_subject = false;
  // add cost to new homes, adds pressure on services: a claim only with "to"
  // or "on" after the object's head; without, an act (added a note).
  bool onto = false;
  // raise prices, not raised 12,000 pounds: no claim when the object is a
  // sum of money (collected, not made to rise).
  bool no_sum = false;
  bool loss_object = false;  // + loss: a claim only where the object names a loss (cost 400 jobs)
  // the outage hit card payments, not the storm hit the coast: no claim when
  // the subject's head is an event (its blow is the event itself).
  bool not_event_subject = false;
  bool negated = false;  // a denial frame that denies only after a negation: no evidence that
  std::string value;     // the third column as written
  std::string relation;  // the relation a claim of this cue takes, if the store has it
  std::string where;     // "en.tsv, line 12"
};

class Lexicon {
 public:
  explicit Lexicon(Language language);

  Language language() const { return language_; }

  // Adds the entries of lexicon text; `name` names it in errors (a Load
  // error with the line). Nothing is added when a line is refused.
  Status Add(std::string_view text, const std::string& name);

  const std::vector<LexiconEntry>& entries() const { return entries_; }
  const Stemmer& stemmer() const { return stemmer_; }

  // Classes of a token from the single-word function entries.
  std::uint32_t ClassesOf(const std::string& fold) const;
  // Marks the tokens of multi-word function entries (in turn, op zijn beurt).
  void MarkPhrases(std::vector<Token>& tokens) const;

  // Ids of the denial and question frames whose first word is `fold`.
  const std::vector<std::uint32_t>* FramesStartingAt(const std::string& fold) const;

  // Ids of the cue entries whose first word `token` may be.
  void CuesStartingAt(const Token& token, std::vector<std::uint32_t>& out) const;
  static WordMatch Matches(const LexiconWord& word, const Token& token);

  // Words that only this language has among its function words: for
  // telling languages apart.
  bool IsFunctionWord(const std::string& fold) const { return classes_.count(fold) > 0; }

  // Whether `fold` is a word of `kind` (event, harm): kinds that give no
  // token class, so that their nouns and participles stay content words.
  bool IsWordOf(EntryKind kind, const std::string& fold) const {
    auto it = word_kinds_.find(fold);
    return it != word_kinds_.end() && (it->second & KindBit(kind)) != 0;
  }

  // A state of sign - (harder, cheaper): make's object falls in it.
  bool LowersState(const std::string& fold) const { return lowering_states_.count(fold) > 0; }

  // A form an entry lists after its first, other than that first: a tense
  // (grew, sought), not a bare form.
  bool IsLaterForm(const std::string& fold) const { return later_forms_.count(fold) > 0; }

 private:
  Status ParseLine(std::string_view line, const std::string& where, LexiconEntry& entry) const;
  void Index(std::uint32_t id);
  static std::uint64_t KindBit(EntryKind kind) { return 1ull << static_cast<int>(kind); }

  Language language_;
  Stemmer stemmer_;
  std::vector<LexiconEntry> entries_;
  std::unordered_map<std::string, std::uint32_t> classes_;
  std::unordered_map<std::string, std::uint64_t> word_kinds_;  // event, harm: KindBit
  std::unordered_set<std::string> lowering_states_;            // state entries of sign -
  std::unordered_set<std::string> later_forms_;                // IsLaterForm
  std::vector<std::uint32_t> phrase_entries_;                  // multi-word function entries
  std::unordered_map<std::string, std::vector<std::uint32_t>> frames_by_form_;
  std::unordered_map<std::string, std::vector<std::uint32_t>> cues_by_form_;
  std::unordered_map<std::string, std::vector<std::uint32_t>> cues_by_stem_;
};

// The bundled lexicon text of a language.
std::string_view BundledLexicon(Language language);

}  // namespace causalkg::kb::extract
