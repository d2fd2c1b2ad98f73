// Finding the lexicon's cues in a sentence: each phrase's words in order,
// with small gaps (leads directly to), Dutch particles apart from their verb
// (neemt ... toe) and prepositions before it (voor ... zorgen); then the
// longest cues where they overlap, and whether a verb is used as one.
#include <algorithm>
#include <array>
#include <string_view>

#include "kb/extract/sentence_reader.hpp"

namespace causalkg::kb::extract {

namespace {

// How many tokens may come between the words of a phrase.
int MaxGap(EntryKind kind) {
  switch (kind) {
    case EntryKind::kVerb:
      return 3;
    case EntryKind::kInfluence:
      return 5;
    default:
      return 0;
  }
}

// Which kind wins where cues of the same length overlap.
int Priority(EntryKind kind) {
  switch (kind) {
    case EntryKind::kNoun:
      return 0;
    case EntryKind::kRoot:
      return 1;
    case EntryKind::kMarker:
      return 2;
    case EntryKind::kConnective:
      return 3;
    case EntryKind::kComparison:
      return 4;
    case EntryKind::kInfluence:
      return 5;
    default:
      return 6;
  }
}

// following year, next morning: words of order before a noun of time.
bool AdjectiveOfTime(const Token& t) {
  return t.fold == "next" || t.fold == "same" || t.fold == "previous" || t.fold == "first" ||
         t.fold == "few" || t.number;
}

bool IsParticipleLike(const std::string& fold) {
  return fold.ends_with("ed") || fold.ends_with("en") || fold.ends_with("wn");
}

}  // namespace

bool SentenceReader::MatchCue(const LexiconEntry& entry, int at, Cue& cue) const {
  const WordMatch first = Lexicon::Matches(entry.words[0], At(at));
  if (first == WordMatch::kNo) return false;
  // cause of, threat to: a noun; causing the anger of residents is the verb,
  // and the "of" a few words on belongs to its object.
  if (entry.kind == EntryKind::kInfluence && !Dutch() &&
      (At(at).fold.ends_with("ing") || At(at).fold.ends_with("ed"))) {
    return false;
  }
  cue.entry = &entry;
  cue.tokens = {at};
  int last = at;
  if (first == WordMatch::kNeedsParticle) {
    // The particle stands at the end of the clause's middle field: before a
    // boundary, another verb, or a prepositional phrase.
    // A marker that is a preposition (door, vanwege) opens a phrase of the
    // middle field, not a clause: neemt door de crisis toe.
    int middle_end = at + 1;
    while (
        middle_end < size() && !IsBoundary(middle_end) &&
        (!IsClauseWord(middle_end) || (ClauseCue(middle_end) && At(middle_end).Is(kPreposition)))) {
      ++middle_end;
    }
    // (drijft op de markt de prijzen op: a word of the particle before a
    // determiner opens a phrase when the particle itself comes later)
    int particle = -1;
    for (int j = at + 1; j < middle_end && j <= at + 15; ++j) {
      if (At(j).fold != entry.words[0].particle) continue;
      const int next = j + 1;
      if (next >= size() || IsBoundary(next) || !IsContent(next) || IsClauseWord(next)) {
        const bool phrase = Dutch() && next < size() && IsWord(next) && At(next).Is(kDeterminer) &&
                            !IsClauseWord(next);
        if (phrase && particle < 0) {
          particle = j;
          continue;
        }
        particle = j;
        break;
      }
    }
    if (particle < 0 && Dutch() && entry.words.size() == 1 && at - 2 > FirstWord() &&
        IsWord(at - 1) && At(at - 1).fold == entry.words[0].particle &&
        !entry.words[0].particle.empty() && IsWord(at - 2) && At(at - 2).Is(kPreposition)) {
      // dat de vertraging hun marges onder druk zet: a particle that is a
      // noun stands apart before the verb at the clause's end, with its
      // preposition before it.
      cue.tokens = {at - 2, at - 1, at};
      cue.first = at - 2;
      cue.last = at;
      return true;
    }
    if (particle < 0) return false;
    cue.tokens.push_back(particle);
    last = particle;
  }
  // Dutch: a causative's object stands before its infinitive (doet de vraag
  // naar woningen dalen), and after a fronted phrase its subject too.
  const bool causative = Dutch() && entry.kind == EntryKind::kVerb && entry.words.size() == 2 &&
                         !entry.words[1].forms.empty() &&
                         (lexicon_.ClassesOf(entry.words[1].forms[0]) & kPreposition) == 0 &&
                         first != WordMatch::kNeedsParticle;
  // A Dutch marker that opens with a verb takes adverbs between its words
  // (komt mede door, is grotendeels te wijten aan); nothing else.
  const bool adverbs_between = Dutch() && entry.kind == EntryKind::kMarker;
  // An English marker takes adjectives after its article (as a direct result
  // of, is the unavoidable result of).
  const bool words_between = !Dutch() && entry.kind == EntryKind::kMarker;
  // (Naar verwachting leidt de verlaging van de eigen bijdrage tot: after a
  // fronted phrase the subject, with its own phrases, stands before the
  // preposition)
  const bool inverted = Dutch() && entry.kind == EntryKind::kVerb && entry.words.size() == 2 &&
                        first != WordMatch::kNeedsParticle && !causative;
  // (Volgens de organisatie komt de tegenvallende oogst vooral door X: after a
  // fronted phrase the subject stands between komt and door)
  const bool subject_between = adverbs_between && entry.words.size() == 2 &&
                               std::find(entry.words[1].forms.begin(), entry.words[1].forms.end(),
                                         "door") != entry.words[1].forms.end() &&
                               !At(at).Is(kPreposition | kAdverb | kNegation | kHedge) &&
                               at > FirstWord();
  const int gap = causative || inverted || subject_between ? 8
                  : adverbs_between || words_between       ? 2
                                                           : MaxGap(entry.kind);
  for (std::size_t w = 1; w < entry.words.size(); ++w) {
    int found = -1;
    const int from = (w == 1 && first == WordMatch::kNeedsParticle) ? at + 1 : last + 1;
    int aside = 0;  // the words of a companion's aside passed over
    for (int j = from; j < size() && j <= last + 1 + gap + aside; ++j) {
      // (leidt, samen met de afbouw van de zorgtoeslag, tot Y: a companion
      // set off by commas between the verb and its preposition)
      if (Dutch() && entry.kind == EntryKind::kVerb && w == 1 && IsComma(At(j)) && IsWord(j + 2) &&
          At(j + 1).fold == "samen" && At(j + 2).fold == "met") {
        const int close = NextPunctuation(j + 1);
        if (close < size() && IsComma(At(close)) && close - j <= 15) {
          aside += close - j + 1;
          j = close;
          continue;
        }
      }
      if (IsBoundary(j)) break;
      // werkt door in: the particle, itself a marker (door), is passed over
      if (first == WordMatch::kNeedsParticle && j == cue.tokens[1]) continue;
      // cut off-peak services: a word hyphened to the next is no particle.
      if (Lexicon::Matches(entry.words[w], At(j)) == WordMatch::kYes &&
          !(IsJoiner(j + 1) && At(j + 1).fold == "-")) {
        found = j;
        break;
      }
      if (IsClauseWord(j)) break;
      const bool subject_word =
          subject_between && (At(j).Is(kDeterminer) || IsContent(j)) && !IsVerbal(j);
      if (adverbs_between && !subject_word && (!At(j).Is(kAdverb) || At(j).Is(kNegation))) break;
      // (is widely attributed to, was most likely the result of: an adverb
      // or a hedge of one or two words after the marker's form of be)
      const auto adverb_word = [&](int k) {
        return At(k).fold == "most" ||
               (At(k).Is(kAdverb | kHedge) && !At(k).Is(kNegation | kDeterminer | kAuxiliary));
      };
      const bool adverb_after_be = At(last).Is(kPassiveAuxiliary) && j <= last + 2 &&
                                   adverb_word(j) && (j == last + 1 || adverb_word(last + 1));
      if (words_between && !adverb_after_be &&
          !(IsWord(j - 1) && At(j - 1).Is(kDeterminer) && AdjectiveLike(At(j), language_) &&
            !IsVerbal(j))) {
        break;
      }
      if (causative && At(j).Is(kCoordinator) && !IsNounCoordinator(j)) break;  // deed X en liet
      // drivers' share of costs: a possessive's apostrophe makes the noun a
      // possessor; the "of" belongs to the noun it owns.
      if (entry.kind == EntryKind::kInfluence && !Dutch() && !IsWord(j) &&
          PossessiveMark(At(j).fold)) {
        break;
      }
      // drivers onto a detour of: another preposition after the noun opens a
      // phrase of its own (only the impact of X on Y passes over of).
      if (entry.kind == EntryKind::kInfluence && !Dutch() && At(j).Is(kPreposition) &&
          At(j).fold != "of") {
        break;
      }
      // The trigger would reduce the number of: a verb group between the
      // noun and its preposition ends the phrase.
      if (entry.kind == EntryKind::kInfluence && !Dutch() &&
          (At(j).Is(kAuxiliary | kHedge) || IsVerbal(j)) && !At(j).Is(kDeterminer)) {
        break;
      }
      // leads directly to, leidt niet tot; not: leads the delegation to. In
      // Dutch the subject may stand there: Bovendien leidt het lesuitval tot.
      // (weighs heavily on, weighed most heavily on: an adverb in -ly the
      // lexicon does not list, or the word of degree before it, stands there
      // too)
      const auto manner = [&](int k) {
        return IsWord(k) && At(k).fold.size() > 4 && At(k).fold.ends_with("ly") &&
               !At(k).Is(kDeterminer | kPreposition | kHedge | kAuxiliary | kPronoun);
      };
      if (entry.kind == EntryKind::kVerb && !Dutch() && !IsVerbGroup(j) && !manner(j) &&
          !((At(j).Is(kDegree | kMore | kLess) || At(j).fold == "most") && manner(j + 1))) {
        break;
      }
    }
    if (found < 0 && Dutch() && entry.kind == EntryKind::kVerb && w == 1 &&
        entry.words.size() == 2 && first != WordMatch::kNeedsParticle) {
      // voor grotere afstanden kan zorgen: the preposition before the verb,
      // its object between them.
      const int start = ClauseStart(at);
      for (int j = at - 1; j >= start && j >= at - 15; --j) {
        // (tot een afname met 5 tot 9 procent zullen leiden: "tot" between
        // two numbers is a range's)
        if (Lexicon::Matches(entry.words[1], At(j)) == WordMatch::kYes && At(j).Is(kPreposition) &&
            !(NumberAt(j - 1) && NumberAt(j + 1))) {
          found = j;
          break;
        }
      }
      if (found >= 0) {
        cue.prep_first = true;
        cue.tokens.push_back(found);
        cue.first = found;
        cue.last = at;
        return true;
      }
    }
    if (found < 0) return false;
    cue.tokens.push_back(found);
    last = std::max(last, found);
  }
  cue.first = *std::min_element(cue.tokens.begin(), cue.tokens.end());
  cue.last = *std::max_element(cue.tokens.begin(), cue.tokens.end());
  return true;
}

bool SentenceReader::MatchNounPattern(const LexiconEntry& entry, int at, Cue& cue) const {
  // noun, preposition, X, preposition, Y
  if (Lexicon::Matches(entry.words[0], At(at)) != WordMatch::kYes) return false;
  if (at + 2 >= size() || Lexicon::Matches(entry.words[1], At(at + 1)) != WordMatch::kYes) {
    return false;
  }
  const int clause_end = ClauseEnd(at);
  int second = -1;
  for (int j = at + 3; j < clause_end && j <= at + 22; ++j) {
    if (Lexicon::Matches(entry.words[3], At(j)) == WordMatch::kYes) {
      second = j;
      break;
    }
  }
  if (second < 0) return false;
  const Span cause = Trim({at + 2, second});
  if (!Meaningful(cause)) return false;
  for (int i = at + 2; i < second; ++i) {
    if (IsStopper(i) && !At(i).Is(kPreposition)) return false;
  }
  const std::vector<Chunk> effects = ChunksAfter(second + 1, ClauseEnd(second));
  if (effects.empty() || effects.front().prepositional || !Meaningful(effects.front().span)) {
    return false;
  }
  cue.entry = &entry;
  cue.tokens = {at, at + 1, second};
  cue.first = at;
  cue.last = second;
  cue.cause_slot = cause;
  cue.effect_slot = effects.front().span;
  // the cause of Y is X, de oorzaak van Y is X: the pattern names the effect
  // first; what follows the copula names the cause with a phrase of its own
  // (not: the cause of the fire is unknown).
  if (entry.words[2].slot == LexiconWord::Slot::kEffect) {
    const Span named = cue.effect_slot;
    if (named.size() < 2 && !At(named.first).Is(kDeterminer)) return false;
    std::swap(cue.cause_slot, cue.effect_slot);
  }
  return true;
}

bool SentenceReader::TemporalSince(const Cue& cue) const {
  // since 2010, since then, since the start of the year, since Sunday: time,
  // not a cause.
  if (At(cue.first).fold != "since") return false;
  for (int k = cue.last + 1; k < size() && k <= cue.last + 3; ++k) {
    if (At(k).number || At(k).Is(kTemporal) || Weekday(k)) return true;
    if (IsContent(k)) break;
  }
  // Since privatisation in 1989, ...: a noun phrase that names its time, with
  // no verb before the comma, is when; a reason is a clause.
  bool dated = false;
  for (int k = cue.last + 1; k < size() && !IsBoundary(k) && !IsComma(At(k)); ++k) {
    const Token& t = At(k);
    if (!t.word) continue;
    if (IsVerbal(k) || ClauseCue(k) || t.fold.ends_with("ed") ||
        (t.Is(kAuxiliary | kLight | kOtherVerb | kReporting | kPronoun) &&
         !t.Is(kDeterminer | kPreposition))) {
      dated = false;
      break;
    }
    dated = dated || t.number || (t.Is(kTemporal) && !t.Is(kHedge));
  }
  if (dated) return true;
  // Since the outbreak began, since the premium was introduced, since the
  // disease was first found: a clause that names when something started
  // counts from that time.
  static constexpr std::array<std::string_view, 10> kStarted = {
      "began",    "begun",      "started", "opened", "reopened",
      "launched", "introduced", "arrived", "broke",  "erupted"};
  for (int k = cue.last + 1; k < size() && k <= cue.last + 10 && IsWord(k); ++k) {
    const std::string& f = At(k).fold;
    if (std::find(kStarted.begin(), kStarted.end(), f) != kStarted.end() ||
        (f == "first" && IsWord(k + 1) && At(k + 1).fold.ends_with("ed"))) {
      return true;
    }
    if (k > cue.last + 1 && ClauseCue(k)) break;
  }
  const int prev = cue.first - 1;
  // the largest increase since the wage was introduced, the first since:
  // a superlative counts from a time.
  // (their steepest one-day drop since: over a hyphen)
  for (int k = prev; k >= 1 && k >= prev - 6 && (IsWord(k) || At(k).fold == "-"); --k) {
    if (!IsWord(k)) continue;
    const std::string& w = At(k).fold;
    if (At(k - 1).Is(kDeterminer) &&
        (w == "first" || w == "worst" || w == "best" || (w.size() >= 6 && w.ends_with("est")))) {
      return true;
    }
  }
  // (rose 15% since Sunday: a percent sign is part of an amount, no punctuation)
  if (cue.first == FirstWord() || (prev >= 0 && !IsWord(prev) && At(prev).fold != "%"))
    return false;  // , since X: a reason
  // The shift to home working since the pandemic has weighed on ...: only a
  // noun phrase before it, no clause for a reason to join; the time of that noun.
  bool clause_before = false;
  for (int k = prev; k >= 0 && !clause_before; --k) {
    if (!IsWord(k) || IsClauseWord(k) || IsVerbal(k)) {
      clause_before = true;
      continue;
    }
    const Token& t = At(k);
    // We support the strike since ...: a pronoun or an adverb is a clause's.
    clause_before = t.Is(kPronoun | kAdverb) ||
                    (t.Is(kAuxiliary | kLight | kOtherVerb | kReporting | kHedge) &&
                     !t.Is(kDeterminer | kPreposition)) ||
                    (t.fold.ends_with("ed") && !AdjectiveOfTime(t));
  }
  if (!clause_before) return true;
  // has grown since the war (a noun phrase, no clause), has festered since
  // the war ended (a perfect before it): the time from which.
  bool verb = false;
  for (int k = cue.last + 1; k < size() && !IsBoundary(k); ++k) {
    const Token& t = At(k);
    if (!t.word) continue;
    if ((t.Is(kAuxiliary | kLight | kOtherVerb | kReporting) &&
         !t.Is(kDeterminer | kPreposition)) ||
        (t.fold.ends_with("ed") && !AdjectiveOfTime(t))) {
      verb = true;
      break;
    }
  }
  if (!verb) return true;
  for (int k = prev; k >= 0 && !IsBoundary(k); --k) {
    const std::string& w = At(k).fold;
    if (w == "has" || w == "have" || w == "had" || w == "'ve") return true;
  }
  return false;
}

bool SentenceReader::AsClauseInside(const Cue& cue) const {
  // Tension rose as protesters blocked the road: after a clause (a noun or a
  // comma before it), "as" with a clause of its own (a subject, then a verb
  // before any clause word) is a cause. Not a role or a comparison: known
  // as, such as, as well as, served as the head of a committee that ...
  // (rose to 52 percent, possibly as drivers grew used to it: an adverb of
  // degree or likelihood before it leaves the clause before where it was)
  int prev = cue.first - 1;
  const int next = cue.last + 1;
  // (the lexicon's adverbs and hedges: partly, largely, possibly; not
  // exactly as predicted)
  if (IsWord(prev) && At(prev).fold.ends_with("ly") &&
      (At(prev).Is(kHedge) || lexicon_.IsFunctionWord(At(prev).fold)) && !IsWord(prev - 1) &&
      IsComma(At(prev - 1))) {
    --prev;
  }
  // (will continue as the talks failed: a verb before it ends a clause too;
  // so does a change, with how much it moved: bonds rallied as, shares
  // closed 5 percent lower as)
  const auto moved_by = [&] {
    if (!IsWord(prev) || !At(prev).Is(kMore | kLess)) return false;
    for (int k = prev - 1; k >= 0 && k >= prev - 3; --k) {
      if (At(k).number) return true;
    }
    return false;
  };
  const bool after_verb =
      IsWord(prev) &&
      ((At(prev).Is(kAuxiliary) && !At(prev).Is(kDeterminer | kPreposition | kPronoun)) ||
       AfterChange(cue.first) || moved_by());
  // (rose 6% as investors bet: how much it moved)
  const bool after_percent = !IsWord(prev) && At(prev).fold == "%" && NumberAt(prev - 1);
  if (IsWord(prev) ? (!IsContent(prev) && !after_verb) || At(prev).Is(kAdverb)
                   : At(prev).fold != "," && !after_percent) {
    return false;
  }
  // as at least nine blasts rocked the city: how many opens the subject.
  // (as higher repayments put off buyers: a word of direction before its
  // noun too; not as long as, as much as)
  const bool direction_noun = IsWord(next) && At(next).Is(kMore | kLess) && IsContent(next + 1) &&
                              At(next + 1).fold != "as" && At(next + 1).fold != "than";
  if (!IsWord(next) || !(At(next).Is(kDeterminer | kPronoun) || IsContent(next) ||
                         AmountPreposition(next) || direction_noun)) {
    return false;
  }
  if ((At(next).Is(kMore | kLess | kDegree | kAdverb) && !AmountPreposition(next) &&
       !direction_noun) ||
      At(next).fold == "it") {
    return false;
  }
  // as bad as the ministry feared, the same as, so much as: a comparison.
  for (int k = prev - 1; k >= 0 && k >= prev - 3; --k) {
    const std::string& w = At(k).fold;
    if (w == "as" || w == "so" || w == "same" || w == "such") return false;
  }
  bool subject = false;
  for (int k = next; k < size() && k <= next + 12 && !IsClauseBreak(k); ++k) {
    const Token& t = At(k);
    if (k > next && IsClauseWord(k)) return false;
    if (!subject) {
      subject = IsContent(k) || t.Is(kPronoun);
      continue;
    }
    // (as they cannot find boxes: the modal with its negation)
    if ((t.Is(kAuxiliary | kLight | kOtherVerb | kReporting) &&
         !t.Is(kDeterminer | kPreposition)) ||
        t.fold == "cannot") {
      return true;
    }
    if (t.fold.ends_with("ed") && !AdjectiveOfTime(t)) return true;
    if (CommonIrregularPast(t.fold)) return true;  // rose as investors bet that
    // (fell as higher repayments put off buyers: a causal verb is the clause's)
    if (KnownVerb(k) && !At(k - 1).Is(kDeterminer)) return true;
    for (const Cue& change : changes_) {
      if (change.first == k) return true;
    }
  }
  return false;
}

int SentenceReader::ClauseVerb(int from, int end) const {
  // A clause of its own from `from` on: a subject, then a verb, before a
  // clause word or `end` (they refused to work, talks with the firm failed).
  bool subject = false;
  for (int k = from; k < end && k <= from + 12 && !IsClauseBreak(k); ++k) {
    const Token& t = At(k);
    // engineers found that, the police said: a reporting verb is the verb.
    if (subject && t.Is(kReporting) && !ClauseCue(k)) return k;
    if (k > from && IsClauseWord(k)) return -1;
    if (!subject) {
      // after 300 students clashed, after over 50 homes flooded: how many
      // opens the subject (not after 10 days, a span of time).
      if (!Dutch() && (AmountPreposition(k) ||
                       (t.number && IsWord(k + 1) && IsContent(k + 1) && !TimeHead({k, k + 2})))) {
        continue;
      }
      if (t.Is(kPreposition) || t.number) return -1;  // after 10 days, after in
      subject = IsContent(k) || t.Is(kPronoun);
      continue;
    }
    if (t.Is(kAuxiliary | kLight | kOtherVerb | kReporting) && !t.Is(kDeterminer | kPreposition)) {
      return k;
    }
    if (t.fold.ends_with("ed") && !AdjectiveOfTime(t)) return k;
    if (CommonIrregularPast(t.fold)) return k;
    for (const Cue& change : changes_) {
      if (change.first == k) return k;
    }
    if (!Dutch() && PresentVerb(k)) return k;
  }
  return -1;
}

bool SentenceReader::PresentVerb(int k) const {
  // English present tense the lists do not know (the company pays its staff,
  // inspectors certify that, it hits the coast): a plain lower-case word right
  // after its subject's head, before what would be its object: a noun ending
  // a compound (after the bank shares fell) has none.
  if (!IsWord(k) || !IsWord(k - 1) || !IsWord(k + 1)) return false;
  const Token& t = At(k);
  if (t.classes != 0 || t.number || IsCapitalised(k) || t.fold.size() < 3) return false;
  const Token& head = At(k - 1);
  static constexpr std::array<std::string_view, 5> kSubjects = {"it", "he", "she", "they", "we"};
  const bool pronoun = std::find(kSubjects.begin(), kSubjects.end(), head.fold) != kSubjects.end();
  const std::string& w = t.fold;
  const bool third = w.ends_with("s") && !w.ends_with("ss") && !w.ends_with("us") &&
                     !w.ends_with("is") && !w.ends_with("'s");
  if (!pronoun) {
    if (!IsContent(k - 1) || head.number || head.Is(kTemporal)) return false;
    // a singular head with a verb in -s, a plural head with the bare form
    const bool plural_head = head.fold.ends_with("s") && !head.fold.ends_with("ss");
    if (third == plural_head) return false;
    // the head follows a determiner or opens the subject: the company pays
    if (IsWord(k - 2) && !At(k - 2).Is(kDeterminer) && !IsContent(k - 2) &&
        !At(k - 2).Is(kSubordinator | kRelative)) {
      return false;
    }
  } else if (head.fold == "it" || head.fold == "he" || head.fold == "she") {
    if (!third) return false;
  } else if (third) {
    return false;
  }
  if (w.ends_with("ing") || w.ends_with("ly")) return false;
  // what follows: an object or a clause (its staff, the coast, that); not a
  // span of time, which ends a compound noun (after the union talks this week).
  const Token& next = At(k + 1);
  if (IsWord(k + 2) && TimeHead({k + 1, k + 3})) return false;
  return next.Is(kDeterminer | kPronoun) || next.fold == "that" ||
         (pronoun && next.Is(kPreposition));
}

bool SentenceReader::TimeAdverbialEnd(int unit) const {
  // was closed last week after students clashed, on Tuesday night when
  // violence erupted: a unit of time after last, this, next or a weekday
  // says when the main clause happened; the clause after it is its reason.
  // Not after a determiner or a number (the day when, six months after).
  static constexpr std::array<std::string_view, 5> kWhen = {"last", "this", "next", "yesterday",
                                                            "tomorrow"};
  return IsWord(unit - 1) && (Weekday(unit - 1) || std::find(kWhen.begin(), kWhen.end(),
                                                             At(unit - 1).fold) != kWhen.end());
}

bool SentenceReader::Weekday(int i) const {
  static constexpr std::array<std::string_view, 7> kDays = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  return IsWord(i) && std::find(kDays.begin(), kDays.end(), At(i).fold) != kDays.end();
}

bool SentenceReader::PairedPreposition(int i) const {
  // during and after the pandemic, before and after the closure: a
  // preposition joined to another by "and" or "or" shares its noun phrase;
  // no clause opens.
  const int prev = i - 1;
  return !Dutch() && IsWord(i) && At(i).Is(kPreposition) && IsWord(prev) &&
         (At(prev).fold == "and" || At(prev).fold == "or") && IsWord(prev - 1) &&
         At(prev - 1).Is(kPreposition) && !At(prev - 1).Is(kDeterminer | kAdverb);
}

bool SentenceReader::ReasonAfter(const Cue& cue) const {
  // English "after" is a cause where a clause of its own or a gerund with
  // its object follows (was shot after protesters blocked the road, jailed
  // after being convicted, After talks failed, workers struck); before a
  // noun phrase (after the meeting, after four hours) it is a time.
  const int a = cue.first, prev = a - 1;
  if (a != FirstWord() && IsWord(prev)) {
    // look after, named after, day after day, soon after, six months
    // after: a time or no reason.
    static constexpr std::array<std::string_view, 33> kNotReason = {
        "look",  "looks",  "looked", "looking",   "named",   "takes",   "took",
        "day",   "year",   "one",    "just",      "soon",    "shortly", "minutes",
        "hours", "days",   "weeks",  "months",    "years",   "moments", "decades",
        "long",  "week",   "month",  "summers",   "winters", "seasons", "quarters",
        "hour",  "minute", "decade", "fortnight", "while"};
    if (std::find(kNotReason.begin(), kNotReason.end(), At(prev).fold) != kNotReason.end() &&
        !TimeAdverbialEnd(prev)) {
      return false;
    }
  }
  if (AfterSpanInPhrase(a)) return false;
  int end = size();
  if (a == FirstWord()) {
    end = cue.last + 1;
    while (end < size() && At(end).word) ++end;
    if (end >= size() || At(end).fold != "," || end - cue.last > 25) return false;
  }
  int k = cue.last + 1;
  // the move to remote working after 2020 cut rents: a year says when (not
  // after 1500 workers lost their jobs: a count before its noun).
  if (YearAt(k) && !(IsContent(k + 1) && !IsVerbal(k + 1))) return false;
  // (footfall after midnight fell, after March: a time of day or a month
  // alone, not after dawn raids)
  if (IsWord(k) && At(k).Is(kTemporal) && !At(k).Is(kDeterminer | kAdverb) &&
      !(IsContent(k + 1) && At(k + 1).fold.ends_with("s"))) {
    return false;
  }
  while (IsWord(k) && At(k).fold.ends_with("ly") && !At(k).Is(kTemporal)) ++k;  // reportedly
  // (after allowing for age, after controlling for income: what a measure
  // was adjusted for; before and after: a time)
  static constexpr std::array<std::string_view, 5> kAdjusting = {
      "allowing", "controlling", "adjusting", "accounting", "correcting"};
  if (IsWord(k) && IsWord(k + 1) && At(k + 1).fold == "for" &&
      std::find(kAdjusting.begin(), kAdjusting.end(), At(k).fold) != kAdjusting.end()) {
    return false;
  }
  if (a >= 2 && IsWord(a - 1) && At(a - 1).fold == "and" && IsWord(a - 2) &&
      At(a - 2).fold == "before") {
    return false;
  }
  if (IsWord(k) && !IsCapitalised(k) && At(k).fold.ends_with("ing") &&
      !At(k).Is(kDeterminer | kPreposition | kTemporal)) {
    // after being shot, after dumping waste: a gerund with what follows it.
    return k + 1 < end && IsWord(k + 1);
  }
  // the return of holiday traffic after Epiphany had not caused the spike:
  // "after" right after a noun of a subject that has no verb yet says when;
  // the verb after it is the main clause's.
  if (a != FirstWord() && IsContent(prev)) {
    const int start = MainClauseStart(a);
    // (not after a clause word or a time's colon: shortly after 7pm after X)
    bool subject_only = start <= prev && a - start <= 8 &&
                        (start == FirstWord() || (!IsWord(start - 1) && At(start - 1).fold != ":"));
    for (int k = start; k < a && subject_only; ++k) {
      const Token& t = At(k);
      subject_only = IsWord(k) && !IsVerbal(k) && !KnownVerb(k) && !PresentVerb(k) &&
                     !t.Is(kAuxiliary | kHedge | kLight | kReporting) && !t.fold.ends_with("ed") &&
                     !CommonIrregularPast(t.fold);
    }
    if (subject_only && ClauseVerb(start, a) < 0) return false;
  }
  if (ClauseFollows(cue.last + 1, end)) return true;
  // rose after the reduction of supplies, were arrested after clashes in
  // the city: a noun phrase whose head is an event or a change is the
  // cause; after the meeting, after four hours is a time. (A grant, offered
  // after the floods, increased ...: inside an aside it dates the aside.)
  if (IsWord(prev) && At(prev).fold.ends_with("ed") && prev >= 1 && IsComma(At(prev - 1))) {
    return false;
  }
  for (int j = k; j < end && j <= k + 5 && IsWord(j); ++j) {
    if (!IsContent(j) || At(j).number) {
      if (At(j).Is(kDeterminer | kMore | kLess | kDegree)) continue;
      return false;
    }
    if (IsWord(j + 1) && !At(j + 1).Is(kPreposition) && j + 1 < end) continue;
    const bool change = std::any_of(changes_.begin(), changes_.end(), [&](const Cue& c) {
      return (c.entry->noun || !c.verbal) && c.tokens[0] == j;
    });
    return change || lexicon_.IsWordOf(EntryKind::kEvent, At(j).fold);
  }
  return false;
}

bool SentenceReader::ReasonWhen(const Cue& cue) const {
  // English "when" with a clause of its own after a clause of the event
  // it brought about (two were injured when the roof collapsed; When talks
  // failed, the union struck). Not a relative after a time (the day when,
  // in 2010 when), nor a question (asked when, know when).
  const int a = cue.first, prev = a - 1;
  if (!OpensLikeSentence(a)) {
    // (Summer is when carriers make their profit: after a form of be, a time)
    if (!IsWord(prev) || At(prev).number ||
        At(prev).Is(kTemporal | kReporting | kComplement | kPassiveAuxiliary)) {
      return false;
    }
    static constexpr std::array<std::string_view, 40> kNotReason = {
        "time",   "times",   "day",      "days",    "year",    "years",   "moment",   "period",
        "era",    "age",     "morning",  "night",   "evening", "week",    "month",    "since",
        "weeks",  "months",  "decade",   "season",  "stage",   "point",   "occasion", "occasions",
        "until",  "except",  "know",     "knows",   "knew",    "ask",     "asks",     "asked",
        "wonder", "wonders", "wondered", "unclear", "decide",  "decided", "tell",     "told"};
    if (std::find(kNotReason.begin(), kNotReason.end(), At(prev).fold) != kNotReason.end() &&
        !TimeAdverbialEnd(prev)) {
      return false;
    }
    // (the company had held ten days of stock when the fire broke out: a
    // pluperfect before it says what stood by then; not had been injured
    // when, a harm the event did)
    for (int k = a - 2; k >= 0 && k >= a - 14 && IsWord(k); --k) {
      if (At(k).fold != "had") continue;
      int v = k + 1;
      while (v < a && IsWord(v) && At(v).Is(kAdverb) && !At(v).Is(kAuxiliary)) ++v;
      if (v >= a || !IsWord(v)) continue;
      const std::string& form = At(v).fold;
      const bool harmed =
          form == "been" && IsWord(v + 1) && lexicon_.IsWordOf(EntryKind::kHarm, At(v + 1).fold);
      if (!harmed && (form == "been" || form.ends_with("ed") || CommonIrregularPast(form))) {
        return false;
      }
    }
    return ClauseFollows(cue.last + 1, size());
  }
  int comma = cue.last + 1;
  while (comma < size() && At(comma).word) ++comma;
  if (comma >= size() || At(comma).fold != "," || comma - cue.last > 25) return false;
  return ClauseFollows(cue.last + 1, comma);
}

bool SentenceReader::OpensCausalClause(const Cue& cue) const {
  // As prices rose, demand fell: "as" is a cause where it opens the sentence
  // and its clause, ended by a comma, has a subject and a verb. Elsewhere it
  // is a comparison, a role or a time (as well as, as part of, as expected).
  if (!OpensLikeSentence(cue.first)) return AsClauseInside(cue);
  int comma = cue.last + 1;
  while (comma < size() && At(comma).word) ++comma;
  if (comma >= size() || At(comma).fold != "," || comma - cue.last > 25) return false;
  bool subject = false;
  for (int k = cue.last + 1; k < comma; ++k) {
    const Token& t = At(k);
    if (!subject) {
      subject = IsContent(k) || t.Is(kPronoun);
      continue;
    }
    if (t.Is(kAuxiliary | kLight | kOtherVerb | kReporting) && !t.Is(kDeterminer | kPreposition)) {
      return true;
    }
    if (t.fold.ends_with("ed") && !AdjectiveOfTime(t)) return true;  // prices rose: changes below
  }
  for (const Cue& change : changes_) {
    if (change.first > cue.last && change.first < comma && change.first > cue.last + 1) return true;
  }
  return false;
}

bool SentenceReader::AfterChange(int at) const {
  // Shares rose on hopes of a deal, fell 3 per cent on fears that: a change
  // of a quantity, with how much it moved, where and when, right before
  // (fell 80 percent over that period as, rose 5 percent on Wednesday as,
  // fell 3.8 per cent in Paris on, had risen by 15 per cent over the past
  // week on).
  int k = at - 1;
  for (int phrases = 0; phrases < 4 && k >= 0; ++phrases) {
    const int before = PhraseOfTimeOrPlaceBefore(k + 1);
    int amount = before - 1;
    for (int steps = 0; amount >= 0 && steps < 5; ++steps, --amount) {
      const Token& t = At(amount);
      // (fell by nearly 80 percent: "by" opens the amount)
      const bool in_amount =
          t.number || t.fold == "per" || t.fold == "cent" || t.fold == "percent" || t.fold == "%" ||
          (IsWord(amount) && t.Is(kAdverb | kDegree)) || (t.fold == "by" && amount < before - 1) ||
          (NumberAt(amount + 1) &&
           (t.fold == "about" || t.fold == "around" || t.fold == "some" || t.fold == "over"));
      if (!in_amount) break;
    }
    if (amount == k) break;  // neither a phrase nor an amount: stop here
    k = amount;
  }
  return k >= 0 && std::any_of(changes_.begin(), changes_.end(),
                               [&](const Cue& change) { return change.tokens.back() == k; });
}

int SentenceReader::PhraseOfTimeOrPlaceBefore(int end) const {
  // over the past week, last year, on Tuesday, in Paris: where such a phrase
  // ends right before `end`, where it opens; else `end`.
  int time = -1;  // where the longest time phrase before `end` opens
  for (int p = end - 1; p >= 1 && p >= end - 4 && IsWord(p); --p) {
    if (TimeHead({p, end})) time = p;
  }
  if (time >= 0 && IsWord(time - 1) && At(time - 1).Is(kPreposition)) return time - 1;
  if (time >= 0 && At(time).Is(kDeterminer | kTemporal)) return time;  // last year, this month
  int name = end;
  while (name - 1 >= 0 && name > end - 3 && IsWord(name - 1) && IsCapitalised(name - 1) &&
         !At(name - 1).Is(kPreposition | kDeterminer)) {
    --name;
  }
  if (name < end && name - 1 >= 0 && (At(name - 1).fold == "in" || At(name - 1).fold == "at")) {
    return name - 1;  // in Paris, at Heathrow
  }
  return end;
}

bool SentenceReader::MarkerUse(const Cue& cue) const {
  // following: a cause only as a preposition. Not the adjective (the
  // following measures, the following day), the verb (police were following
  // the suspects), or a list's opening (following is, the following:).
  const LexiconEntry& entry = *cue.entry;
  if (entry.participle) return ParticipleUse(cue);
  if (entry.kind == EntryKind::kInfluence && !Dutch() && cue.tokens.size() >= 2 &&
      cue.tokens[1] > cue.first + 1) {
    // could cause shortages of goods, delays cause shortages of: a noun of
    // influence used as a verb (after a modal, "to" or a plural subject),
    // with its object before the preposition, is the verb.
    const int prev = cue.first - 1;
    if (IsWord(prev) &&
        ((At(prev).Is(kAuxiliary | kHedge) && !At(prev).Is(kDeterminer)) || At(prev).fold == "to" ||
         (IsContent(prev) && At(prev).fold.ends_with("s") && IsContent(cue.first + 1)))) {
      return false;
    }
  }
  // Restore the lane, even if that means narrowing the footway: "even"
  // concedes the clause after it; the claim holds whether or not it does.
  if (entry.kind == EntryKind::kConnective && !Dutch() && cue.tokens.size() == 1 &&
      IsWord(cue.first - 1) && At(cue.first - 1).fold == "even") {
    return false;
  }
  if (entry.kind == EntryKind::kConnective && ZowelBefore(cue.first) >= 0) return false;
  if (entry.kind == EntryKind::kConnective && !Dutch() && cue.tokens.size() == 1 &&
      At(cue.first).fold == "as") {
    return !ComparedAs(cue.first) && !AsTheyDid(cue.first) && !AsNamesOrClasses(cue.first) &&
           OpensCausalClause(cue);
  }
  if (entry.kind == EntryKind::kConnective && !Dutch() && !OpeningClauseWord(cue)) {
    return false;
  }
  if (entry.kind == EntryKind::kConnective && !Dutch() && cue.tokens.size() == 1 &&
      At(cue.first).fold == "after") {
    return ReasonAfter(cue);
  }
  if (entry.kind == EntryKind::kConnective && !Dutch() && cue.tokens.size() == 1 &&
      At(cue.first).fold == "when") {
    return ReasonWhen(cue);
  }
  // Once rivals adopted the schedule, the advantage disappeared: only
  // opening the sentence, as when does there. Inside a clause it mostly sets
  // a condition of measurement (once age is taken into account) or is an
  // adverb (would once have been, once again, a once-off payment).
  if (entry.kind == EntryKind::kConnective && !Dutch() && cue.tokens.size() == 1 &&
      At(cue.first).fold == "once") {
    const std::string& after = At(cue.last + 1).fold;
    return OpensLikeSentence(cue.first) && IsWord(cue.last + 1) && after != "again" &&
           after != "more" && ReasonWhen(cue);
  }
  // Where support is delayed, pupils struggle: a condition only where it
  // opens the sentence (or follows a colon) before a clause of its own; else
  // a place (the town where the plant closed).
  if (entry.kind == EntryKind::kConnective && !Dutch() && cue.tokens.size() == 1 &&
      At(cue.first).fold == "where") {
    const int next = cue.last + 1;
    // (Where a surgery closes, boards should fund transport: a clause ended
    // by a comma, whatever its verb, before the main clause)
    const int end = NextPunctuation(next);
    const bool set_off =
        end < size() && IsComma(At(end)) && end - next >= 2 && end - next <= 20 &&
        At(next).Is(kDeterminer | kPronoun) &&
        (ClauseFollows(end + 1, size()) || HasVerbal({end + 1, std::min(size(), end + 6)}, kHedge));
    return OpensLikeSentence(cue.first) && IsWord(next) && (ClauseFollows(next, end) || set_off);
  }
  // until the wage is paid: a connective only before a clause of its own;
  // before a time or a phrase (until April, till late in the evening) it
  // bounds the time.
  if (entry.kind == EntryKind::kConnective && !Dutch() && cue.tokens.size() == 1 &&
      (At(cue.first).fold == "until" || At(cue.first).fold == "till")) {
    const int next = cue.last + 1;
    if (!IsWord(next) || At(next).number || At(next).Is(kTemporal | kPreposition)) return false;
    // (taught at the middle school until temporary buildings can be
    // installed: a clause of what becomes possible names when, not what
    // ends the state)
    const int end = NextPunctuation(next);
    for (int k = next; k < end; ++k) {
      if (IsWord(k) && (At(k).fold == "can" || At(k).fold == "could")) return false;
    }
    return ClauseFollows(next, end);
  }
  // which would, if anything, have raised Y; if so, if necessary: "if" and a
  // word set off by a comma qualify the clause, and set no condition.
  if (entry.kind == EntryKind::kConnective && !Dutch() && cue.tokens.size() == 1 &&
      At(cue.first).fold == "if" && IsWord(cue.last + 1) && !IsWord(cue.last + 2)) {
    static constexpr std::array<std::string_view, 8> kAside = {
        "anything", "so", "not", "any", "ever", "necessary", "possible", "needed"};
    if (std::find(kAside.begin(), kAside.end(), At(cue.last + 1).fold) != kAside.end()) {
      return false;
    }
  }
  // made in London, not because our members failed: "not" right before
  // "because" sets a reason aside for another, stated or not; it claims
  // nothing (not only because, did not fall because: other readings).
  if (entry.kind == EntryKind::kConnective && !Dutch() && cue.tokens.size() == 1 &&
      At(cue.first).fold == "because" && IsWord(cue.first - 1) && At(cue.first - 1).fold == "not") {
    return false;
  }
  // rose on hopes of a deal: "on" and the grounds a price moves on
  if (entry.kind == EntryKind::kMarker && !Dutch() && entry.words.size() == 2 &&
      At(cue.first).fold == "on") {
    return AfterChange(cue.first);
  }
  // The race, due to be run on Sunday, ...: due to before a verb is a plan.
  if (entry.kind == EntryKind::kMarker && !Dutch() && cue.tokens.size() == 2 &&
      At(cue.first).fold == "due" && IsWord(cue.last + 1) &&
      (At(cue.last + 1).fold == "be" ||
       (BareInfinitive(cue.last + 1) && KnownVerb(cue.last + 1)))) {
    return false;
  }
  if (entry.kind != EntryKind::kMarker || cue.tokens.size() != 1) return true;
  const Token& word = At(cue.first);
  if (!Dutch() && (word.fold == "given" || word.fold == "without")) {
    // Given existing vacancies, employers would struggle; Without help, many
    // families will go hungry: a cause only where it opens the sentence, its
    // noun phrase ended by a comma (not was given a fine, given the chance
    // to, left without power).
    if (!OpensLikeSentence(cue.first)) return false;
    // (Without naming the minister: a gerund says how, not why)
    if (word.fold == "without" && IsWord(cue.last + 1) && At(cue.last + 1).fold.ends_with("ing")) {
      return false;
    }
    // (Without doubt, without warning: a manner, no cause)
    static constexpr std::array<std::string_view, 5> kManners = {"doubt", "question", "warning",
                                                                 "exception", "fail"};
    for (int k = cue.last + 1; k <= cue.last + 2 && IsWord(k); ++k) {
      if (std::find(kManners.begin(), kManners.end(), At(k).fold) != kManners.end()) return false;
    }
    const int comma = NextPunctuation(cue.last + 1);
    return comma < size() && IsComma(At(comma)) && comma - cue.last <= 12 &&
           !ClauseFollows(cue.last + 1, comma);
  }
  if (!Dutch() && word.fold == "over") return GrievanceOver(cue);
  if (!Dutch() && (word.fold == "against" || word.fold == "about")) return ProtestAgainst(cue);
  if (Dutch() && word.fold == "door") return !DutchParticleDoor(cue);
  if (!word.fold.ends_with("ing")) return true;
  const int prev = cue.first - 1;
  if (IsWord(prev) && At(prev).Is(kDeterminer | kAuxiliary | kLight | kPronoun | kDegree) &&
      !At(prev).Is(kPreposition | kRelative)) {
    return false;
  }
  const int next = cue.last + 1;
  if (next >= size() || !IsWord(next) || At(next).Is(kAuxiliary | kLight)) return false;
  static constexpr std::array<std::string_view, 14> kTimes = {
      "day",   "days",    "week",    "weeks", "month",  "months", "year",
      "years", "morning", "evening", "night", "season", "decade", "weekend"};
  for (int k = next; k < size() && k <= next + 2 && IsWord(k); ++k) {
    if (std::find(kTimes.begin(), kTimes.end(), At(k).fold) != kTimes.end()) return false;
    if (!At(k).Is(kDeterminer | kTemporal) && !AdjectiveOfTime(At(k))) break;
  }
  return true;
}

bool SentenceReader::GrievanceOver(const Cue& cue) const {
  // English "over" names a cause only after a noun of dispute or feeling
  // (the lexicon's dispute entries: protests over the arrests, anger over
  // prices, a row over funding); elsewhere it is a place, an amount or a
  // topic (over the river, over 50 people, took over the firm).
  const int prev = cue.first - 1;
  const int next = cue.last + 1;
  if (!IsWord(prev) || !At(prev).Is(kDispute) || !IsWord(next) || At(next).number ||
      At(next).Is(kMore | kLess | kDegree)) {
    return false;
  }
  // strikes over the winter, protests over the past week: a time.
  static constexpr std::array<std::string_view, 16> kTimes = {
      "winter", "summer", "spring", "autumn", "weekend",  "weekends", "years",  "months",
      "weeks",  "days",   "period", "decade", "holidays", "past",     "coming", "last"};
  for (int k = next; k < size() && k <= next + 2 && IsWord(k); ++k) {
    if (At(k).Is(kTemporal) || At(k).number ||
        std::find(kTimes.begin(), kTimes.end(), At(k).fold) != kTimes.end()) {
      return false;
    }
  }
  return true;
}

bool SentenceReader::OpposedPhrase(const LexiconEntry& entry) const {
  // raised slogans against the police, demanding X: what a protest opposes
  // stays inside the protest's clause for the other rules; "against" opens
  // no clause.
  return !Dutch() && entry.kind == EntryKind::kMarker && entry.words.size() == 1 &&
         entry.words.front().forms.size() == 1 && entry.words.front().forms.front() == "against";
}

bool SentenceReader::ProtestAgainst(const Cue& cue) const {
  // English "against" and "about" name a cause after a word of protest in
  // its clause (protested against the arrests, raised slogans against the
  // government, started protesting about a water shortage, staged a protest
  // on Saturday against plans to ...): what the protest
  // opposes moved it. Elsewhere it is a place, a contest or a rule (leaned
  // against the wall, played against Spain, a law against fraud).
  const int a = cue.first, next = cue.last + 1;
  if (!IsWord(next) || At(next).number) return false;
  if (At(a).fold == "about") {
    // protesting (on Sunday) about a water shortage: "about" only after the
    // act of protest itself, no other verb between (not The protesters
    // talked about the weather).
    for (int k = a - 1, words = 0; k >= 0 && words < 5 && IsWord(k); --k, ++words) {
      const std::string& w = At(k).fold;
      if (w.starts_with("protest") || w.starts_with("agitat") || w.starts_with("demonstrat")) {
        return !w.ends_with("er") && !w.ends_with("ers") && !w.ends_with("or") &&
               !w.ends_with("ors");
      }
      if (IsVerbal(k) || w.ends_with("ed") || At(k).Is(kReporting | kOtherVerb)) return false;
    }
    return false;
  }
  static constexpr std::array<std::string_view, 14> kProtest = {
      "protest", "demonstrat", "agitat", "slogan", "dharna", "rall",  "march",
      "boycott", "crackdown",  "picket", "hunger", "sit-in", "bandh", "hartal"};
  for (int k = a - 1, words = 0; k >= 0 && words < 8 && !IsClauseBreak(k); --k) {
    if (!IsWord(k)) continue;
    if (IsClauseWord(k)) break;
    ++words;
    const Token& t = At(k);
    if (IsCapitalised(k)) continue;  // March, the Campaign for ...: a name
    if (t.Is(kDispute)) return true;
    for (std::string_view stem : kProtest) {
      if (t.fold.starts_with(stem)) return true;
    }
  }
  return false;
}

bool SentenceReader::SanctionFor(const Cue& cue) const {
  // arrested for the murder, fined for late payment, blamed X for the
  // attack: after a verb of sanction or blame, "for" and a noun phrase name
  // the deed it answers. Not a time or a term (jailed for life, held for two
  // days, for the first time), nor a person (arrested for them).
  const int a = cue.first, next = cue.last + 1;
  const Token& n = At(next);
  if (n.number || n.Is(kTemporal | kPreposition | kDegree | kMore | kLess | kNegativeDeterminer) ||
      (n.Is(kPronoun) && !n.Is(kDeterminer))) {
    return false;
  }
  static constexpr std::array<std::string_view, 10> kTerms = {
      "life",  "questioning", "trial", "years", "months",
      "weeks", "days",        "hours", "first", "while"};
  for (int k = next; k < size() && k <= next + 2 && IsWord(k); ++k) {
    if (std::find(kTerms.begin(), kTerms.end(), At(k).fold) != kTerms.end()) return false;
  }
  // blamed X for Y: the verb rule reads X as Y's cause. Verbs whose other
  // forms are nouns or adjectives with another sense (a fine for, book for,
  // charge for, punishment for the guilty) count in the past tense only;
  // the rest in every form (criticise him for, arrests for).
  static constexpr std::array<std::string_view, 12> kSanctionPasts = {
      "booked",    "charged", "sentenced", "fined",    "suspended",  "sacked",
      "dismissed", "sued",    "slammed",   "punished", "apologised", "apologized"};
  static constexpr std::array<std::string_view, 16> kSanctionStems = {
      "arrest", "detain",   "jail",    "imprison", "convict", "criticis", "criticiz",  "condemn",
      "expel",  "prosecut", "penalis", "penaliz",  "rebuk",   "admonish", "reprimand", "censur"};
  for (int k = a - 1; k >= 0 && k >= a - 6 && !IsClauseBreak(k) && !IsClauseWord(k); --k) {
    const std::string& fold = At(k).fold;
    if (std::find(kSanctionPasts.begin(), kSanctionPasts.end(), fold) != kSanctionPasts.end()) {
      return true;
    }
    for (std::string_view stem : kSanctionStems) {
      if (fold.starts_with(stem)) return true;
    }
  }
  return false;
}

bool SentenceReader::ListedAfterComplement(const LexiconEntry& entry, int to) const {
  // more likely to drink heavily, to eat poorly and to stop taking their
  // medication: a later item of a list of infinitives (after its "and" or
  // "or", or after a comma with "and to" still to come) whose first item
  // completes a word is no aim either.
  const auto coordinator = [&](int k) {
    return IsWord(k) && (At(k).fold == "and" || At(k).fold == "or");
  };
  bool listed = coordinator(to - 1);
  if (!listed && to > 0 && IsComma(At(to - 1))) {
    for (int k = to + 1; k + 1 < size() && !IsClauseBreak(k) && !listed; ++k) {
      listed = coordinator(k) && At(k + 1).fold == "to";
    }
  }
  if (!listed) return false;
  for (int k = to - 2; k >= 0 && k >= to - 16 && (IsWord(k) || IsComma(At(k))); --k) {
    if (At(k).fold != "to" || !IsWord(k)) continue;
    Cue first;
    if (!BareInfinitive(k + 1) || !MatchCue(entry, k, first)) return false;
    // (the earlier item itself after the list's comma: the first is further back)
    if (ListedAfterComplement(entry, k)) return true;
    return !ParticipleUse(first);
  }
  return false;
}

bool SentenceReader::InGerundSubject(int to) const {
  int first = to - 1;
  while (first > 0 && IsWord(first - 1) && !ClauseCue(first - 1) && At(first - 1).fold != "that") {
    --first;
  }
  // (the gerund opens the sentence or follows "that": its clause's subject)
  const bool opens = first == FirstWord() || (IsWord(first - 1) && At(first - 1).fold == "that");
  if (first >= to - 1 || !opens || !At(first).fold.ends_with("ing") || !IsContent(first + 1)) {
    return false;
  }
  for (int k = to + 2; k < size() && IsWord(k) && !ClauseCue(k); ++k) {
    if ((At(k).Is(kAuxiliary | kHedge) || Copula(At(k).fold)) && At(k).fold != "to") {
      return true;
    }
  }
  return false;
}

bool SentenceReader::ParticipleUse(const Cue& cue) const {
  const LexiconEntry& entry = *cue.entry;
  const int a = cue.first, next = cue.last + 1;
  // closed the road partly to protect pedestrians: an adverb of degree in
  // -ly before an aim says how much of the act it explains; the word before
  // it is what the aim follows.
  int prev = a - 1;
  if (!Dutch() && entry.purpose && IsWord(prev) && At(prev).Is(kAdverb) &&
      !At(prev).Is(kNegation) && At(prev).fold.ends_with("ly") && prev > 0 && IsWord(prev - 1) &&
      IsContent(prev - 1)) {
    --prev;
  }
  // drafted in to help with surveillance, moved quickly to fill the gap: a
  // particle or an adverb in -ly after a verb's past, then a bare verb with
  // its object, is the act's; the infinitive is its aim.
  bool act_before = false;
  if (const int between = a - 1; !Dutch() && entry.purpose && between > 0 && IsWord(between) &&
                                 IsWord(between - 1) && At(between - 1).fold.ends_with("ed") &&
                                 IsWord(next + 1) &&
                                 (BareInfinitive(next) || ComplementVerbWithObject(next))) {
    const std::string& word = At(between).fold;
    act_before = ParticleWord(word) ||
                 (At(between).Is(kAdverb) && word.ends_with("ly") && !At(between).Is(kNegation));
    if (act_before) prev = between - 1;
  }
  if (a != FirstWord() && IsCapitalised(a)) return false;  // a name: the Demanding Times
  if (!IsWord(next)) return false;
  const bool after_comma = prev >= 0 && !IsWord(prev) && At(prev).fold == ",";
  if (prev >= 0 && !IsWord(prev) && !after_comma) return false;  // after a quote or a dash
  // , blaming high energy costs for losses: with "for" after its object the
  // verb names both the cause and the effect (blame's own reading).
  if (!Dutch() && At(a).fold == "blaming") {
    const int end = NextPunctuation(next);
    for (int k = next + 1; k < end; ++k) {
      if (IsWord(k) && At(k).fold == "for") return false;
    }
  }
  if (!Dutch() && entry.participle && !entry.cause_after && At(a).fold == "so") {
    // was so intense that the bike split: a degree whose "that" opens a
    // clause of its own names what the degree brought about (not so far, or
    // so that, a purpose).
    // X, so Y: after a comma, before a clause of its own, "so" opens what
    // X brought about (not , so far, or , so many).
    if (after_comma &&
        (At(next).Is(kDeterminer) || !At(next).Is(kDegree | kMore | kLess | kAdverb | kTemporal)) &&
        (ClauseFollows(next, NextPunctuation(next)) ||
         (At(next).Is(kDeterminer | kPronoun) && NextPunctuation(next) - next >= 3))) {
      return true;
    }
    const int that = next + 1;
    // The clause may have a verb no list knows (the motorbike split): a
    // subject's determiner or pronoun right after "that" opens it too.
    // (Demand was so high that, rose so sharply that: a word of level or an
    // adverb too; not so far that, a time)
    const bool adjective = (IsContent(next) || At(next).Is(kDegree | kPositive | kNegative | kHigh |
                                                           kLow | kAdverb | kMore | kLess)) &&
                           At(next).fold != "far";
    return adjective && !At(next).number && IsWord(that) && At(that).fold == "that" &&
           IsWord(that + 1) &&
           (At(that + 1).Is(kDeterminer | kPronoun) ||
            ClauseFollows(that + 1, NextPunctuation(that + 1)));
  }
  if (!Dutch() && !entry.purpose && cue.tokens.size() >= 2 && !At(a).fold.ends_with("ing")) {
    // On hearing the news, ...: a preposition and a gerund of learning that
    // open the sentence, their phrase ended by a comma, move the main clause
    // after it; elsewhere they are a time or a topic.
    if (a != FirstWord()) return false;
    const int comma = NextPunctuation(next);
    return comma < size() && At(comma).fold == "," && comma - cue.last <= 25 &&
           ClauseFollows(comma + 1, NextPunctuation(comma + 1));
  }
  if (!entry.purpose && !At(a).fold.ends_with("ing")) {
    // A preposition before a gerund: criticised him for failing to act.
    const Token& gerund = At(next);
    if (!gerund.fold.ends_with("ing") && !IsCapitalised(next)) return SanctionFor(cue);
    if (!gerund.fold.ends_with("ing") || IsCapitalised(next) ||
        gerund.Is(kDeterminer | kPreposition | kTemporal | kDegree | kMore | kLess)) {
      return false;
    }
    // After a verb of sanction or blame the gerund is the deed it answers,
    // whatever follows it (arrested for indulging in violence).
    if (SanctionFor(cue)) return true;
    // (admissions for breathing problems, demand for drinking water: a form
    // in -ing that names a kind of its noun, no deed)
    if (lexicon_.IsWordOf(EntryKind::kIngModifier, gerund.fold) && IsContent(next + 1)) {
      return false;
    }
    // A gerund takes an object (for dumping waste, for failing to act); a
    // noun in -ing ends its phrase (demand for housing in the town).
    const int after = next + 1;
    if (!IsWord(after) || (At(after).Is(kPreposition) && At(after).fold != "to") ||
        (At(after).Is(kCoordinator | kAuxiliary | kLight | kRelative) && At(after).fold != "to")) {
      return false;
    }
    // (There is no case for abandoning it, the methods for predicting: a
    // noun after its determiner, or after its modifier and determiner, that
    // opens its clause or follows a copula or a preposition of place or part
    // is what the gerund completes; not an object: blamed the police for
    // remaining, held by the police for attempting)
    const auto determined = [&](int k) {
      if (!IsWord(k) || !At(k).Is(kDeterminer | kNegativeDeterminer)) return false;
      if (k == 0 || !IsWord(k - 1)) return true;
      const std::string& before = At(k - 1).fold;
      return before == "of" || before == "in" || before == "on" || before == "over" ||
             before == "as" || Copula(before);
    };
    const bool noun = IsContent(prev) && !At(prev).fold.ends_with("ed") && !KnownVerb(prev) &&
                      (determined(prev - 1) || (IsContent(prev - 1) && determined(prev - 2)));
    return a != FirstWord() && IsWord(prev) && !noun &&
           !At(prev).Is(kDeterminer | kPreposition | kDegree | kMore | kLess | kAuxiliary | kLight |
                        kOtherVerb | kComplement);  // used for, paid for
  }
  // A verb form of the clause before: were demanding, the killing of, to
  // want to, able to, went to: the word before takes it as a complement.
  constexpr std::uint32_t kTakesIt = kAuxiliary | kLight | kDeterminer | kPreposition | kPronoun |
                                     kDegree | kReporting | kHedge | kNegation | kAdverb |
                                     kComplement | kMore | kLess | kCoordinator;
  // (introduced in May 2019 to reduce harm: a year is no amount the
  // infinitive completes)
  const bool year = YearAt(prev);
  // raised bills over five years to fund investment, closed the plant for
  // two years to cut costs: a span of time after a preposition says when the
  // act ran; the infinitive is its aim (took five years to build fills it).
  bool adverbial_span = false;
  for (int k = prev - 1; !Dutch() && k >= 0 && k >= prev - 4 && IsWord(k); --k) {
    if (!At(k).Is(kPreposition)) continue;
    // (takes two to three weeks to reach: "to" inside a range is no preposition)
    if (At(k).fold == "to" && NumberAt(k - 1)) continue;
    adverbial_span = TimeHead({k + 1, prev + 1});
    break;
  }
  // (will be used to reopen airspace: the passive of use, whose infinitive
  // is the aim; not used to the noise, nor the habit: used to live)
  // (were sent to direct traffic, were rushed to clear the road: the passive
  // of a verb of sending, a verb and its object after "to"; not was sent to
  // prison for, was forced to close, a complement)
  static constexpr std::array<std::string_view, 6> kSent = {"sent",  "brought",    "rushed",
                                                            "moved", "dispatched", "flown"};
  const bool passive = !Dutch() && IsWord(prev) && IsWord(prev - 1) &&
                       At(prev - 1).Is(kPassiveAuxiliary) &&
                       (BareInfinitive(next) || ComplementVerbWithObject(next));
  const bool used_for =
      passive &&
      (At(prev).fold == "used" ||
       (std::find(kSent.begin(), kSent.end(), At(prev).fold) != kSent.end() && IsWord(next + 1) &&
        !At(next + 1).Is(kPreposition) && (At(next + 1).Is(kDeterminer) || IsContent(next + 1))));
  // (was raised at the same time to keep cigarettes dearer: a time the act
  // shares, not one the infinitive fills)
  const bool same_time = IsWord(prev - 1) && At(prev - 1).fold == "same";
  // zette een drone in om de brandhaard te vinden: right before om a
  // preposition has no object, so it is a separable verb's particle and the
  // act ends with it.
  const bool particle = Dutch() && entry.purpose && IsWord(prev) && At(prev).Is(kPreposition) &&
                        !At(prev).Is(kDeterminer | kPronoun | kAdverb) && IsWord(prev - 1) &&
                        !At(prev - 1).Is(kPreposition);
  // (stops itself to make sure: a reflexive is the act's object, no word
  // that takes the infinitive)
  const bool reflexive = !Dutch() && Reflexive(prev) && IsWord(prev - 1) &&
                         !At(prev - 1).Is(kPreposition | kAuxiliary);
  // (cut the price from £1.65 to £1.45 to win back shoppers: an amount that
  // ends a range or a move is no range's start)
  int amount_first = prev;
  if (amount_first > 0 && CurrencySign(At(amount_first - 1).fold)) --amount_first;
  const bool amount_reached =
      !Dutch() && At(prev).number && IsWord(amount_first - 1) &&
      (At(amount_first - 1).fold == "to" || At(amount_first - 1).fold == "by") &&
      BareInfinitive(next);
  if (IsWord(prev) && !act_before && !particle && !reflexive &&
      ((At(prev).Is(kTakesIt) && !adverbial_span && !used_for && !same_time) ||
       (At(prev).number && !year && !amount_reached))) {
    return false;
  }
  if (entry.purpose && Dutch()) {
    // de plannen van het kabinet om, de ECB ruimte geven om: a noun that takes
    // om ... te as its complement, a few words back in the same clause.
    for (int k = prev; k >= 0 && k >= prev - 5 && IsWord(k) && !ClauseCue(k); --k) {
      if (At(k).Is(kComplement)) return false;
    }
    if (OmAfterComplement(a)) return false;
    return PurposeTe(a) > a;
  }
  if (entry.purpose && !Dutch() && (ListedAfterComplement(entry, a) || InGerundSubject(a))) {
    return false;
  }
  // the first city region to franchise, the only airline to fly there: after
  // an ordinal or "only" with "the" and a noun, the infinitive says which
  // one (not a second van to reach villages, for the first year to protect).
  for (int k = a - 1; entry.purpose && !Dutch() && k >= 1 && k >= a - 4 && IsWord(k); --k) {
    static constexpr std::array<std::string_view, 6> kWhichOne = {"first",  "last",  "only",
                                                                  "second", "third", "next"};
    if (std::find(kWhichOne.begin(), kWhichOne.end(), At(k).fold) != kWhichOne.end()) {
      if (k < a - 1 && IsWord(k - 1) && At(k - 1).fold == "the") return false;
      break;
    }
    if (!IsContent(k) || IsVerbal(k) || At(k).Is(kTemporal) || TimeHead({k, k + 1})) break;
  }
  // places to meet, a bus to catch, billions of pounds to replace: an
  // infinitive with nothing after it, right after a noun phrase that is no
  // preposition's object, says what the noun is for (not marched in the
  // streets to protest, gathered to mourn: after a place or a verb, an aim).
  if (entry.purpose && !Dutch() && IsWord(next) &&
      (!IsWord(next + 1) || At(next + 1).fold == "but") && IsContent(prev) && !IsVerbal(prev) &&
      !At(prev).fold.ends_with("ed") && !KnownVerb(prev)) {
    int k = prev - 1;
    while (k >= 0 && IsWord(k) && k >= prev - 6 &&
           (IsContent(k) || At(k).number || At(k).Is(kDeterminer | kCoordinator) ||
            At(k).fold == "of") &&
           !IsVerbal(k)) {
      --k;
    }
    if (k < 0 || !IsWord(k) || !At(k).Is(kPreposition)) return false;
  }
  if (entry.purpose) {
    // to + a verb: not to the city, to them, to 2010, to workers, to working.
    const Token& verb = At(next);
    if (IsCapitalised(next) || verb.number || WhWord(verb.fold) ||
        verb.Is(kDeterminer | kPronoun | kPreposition | kTemporal | kDegree | kMore | kLess |
                kNegativeDeterminer) ||
        (verb.Is(kComplement) && !ComplementVerbWithObject(next))) {
      return false;
    }
    const std::string& form = verb.fold;
    // cuts to government funding, letters to out-of-hours services: a body
    // that acts or a hyphened compound is a noun phrase, no verb (a prefix
    // makes one: to re-design).
    static constexpr std::array<std::string_view, 6> kPrefixes = {"re", "co", "pre",
                                                                  "de", "un", "mis"};
    // (half-price crossings to people who live there: a relative right
    // after the word makes it a noun; a verb takes its object first)
    if (IsWord(next + 1) && (At(next + 1).fold == "who" || At(next + 1).fold == "whom" ||
                             At(next + 1).fold == "whose")) {
      return false;
    }
    if (verb.Is(kAgent) ||
        (IsJoiner(next + 1) && At(next + 1).fold == "-" &&
         std::find(kPrefixes.begin(), kPrefixes.end(), form) == kPrefixes.end())) {
      return false;
    }
    // (who drive alone to work fell from 46 to 38 per cent: a past right
    // after the word, and no noun after the past, makes it a noun ending a
    // phrase; not to recover lost revenue)
    if (IsWord(next + 1) && CommonIrregularPast(At(next + 1).fold) &&
        (!IsWord(next + 2) || At(next + 2).Is(kPreposition | kAdverb) || NumberAt(next + 2))) {
      return false;
    }
    // face to face, door to door: a word to itself is a manner.
    if (At(prev).fold == form) return false;
    if (NamesDestination(a)) return false;
    // to be named, to have had: a complement's tense, seldom an aim.
    // (to get stranded passengers home, to get them back: "get" with an
    // object is the act; to get hurt is a passive)
    const bool get_object = form == "get" && IsWord(next + 1) &&
                            (At(next + 1).Is(kDeterminer | kPronoun) ||
                             (IsContent(next + 1) && IsWord(next + 2) && IsContent(next + 2)));
    if ((verb.Is(kPassiveAuxiliary) && !get_object) || form == "have") return false;
    // had ten minutes to pack, given 30 days to leave: a span of time the
    // infinitive fills, no aim; but a span after a preposition is an
    // adverbial of the act (blocked the road for three hours to protest).
    static constexpr std::array<std::string_view, 6> kSpans = {"minutes", "hours", "days",
                                                               "minute",  "hour",  "day"};
    // (paying consultants £250 an hour to fill gaps: a rate, no span)
    const bool rate = IsWord(prev - 1) && (At(prev - 1).fold == "an" || At(prev - 1).fold == "a") &&
                      NumberAt(prev - 2);
    if (!rate && std::find(kSpans.begin(), kSpans.end(), At(prev).fold) != kSpans.end()) {
      bool adverbial = false;
      // (shift production to night-time hours to cut costs: over a hyphen)
      for (int k = prev - 1;
           k >= 0 && k >= prev - 5 && (IsWord(k) || At(k).fold == "-") && !adverbial; --k) {
        // (not a rate: add $2 per kilowatt-hour to cell costs)
        adverbial = IsWord(k) && At(k).Is(kPreposition) && At(k).fold != "per";
      }
      if (!adverbial) return false;
    }
    // still has 250 hectares to cut.: what is left to do, no aim (an
    // infinitive that ends the clause after "have" and its object; has
    // hired staff to help: "have" of a tense).
    if (!IsWord(next + 1)) {
      for (int k = prev - 1; k >= 0 && k >= prev - 6 && IsWord(k); --k) {
        const std::string& have = At(k).fold;
        if (have != "has" && have != "have" && have != "had") continue;
        int object = k + 1;  // (has already hired staff to help, have been sent in to help)
        while (object < prev && (At(object).Is(kAdverb) || At(object).fold.ends_with("ly"))) {
          ++object;
        }
        const std::string& word = At(object).fold;
        if (!word.ends_with("ed") && !word.ends_with("en") && !CommonIrregularPast(word) &&
            !At(object).Is(kAuxiliary)) {
          return false;
        }
        break;
      }
    }
    // from 5 to 8 percent, ranging from letters to expulsion: a range's end
    // (lowered from 30 mph to 20 mph to reduce: the range has ended).
    // (bans from next week to protect supplies: a known verb ends no range)
    // (vets from Devon have been drafted in to help: a verb group between
    // them ends any range)
    for (int k = prev; k >= 0 && k >= prev - 8 && !IsClauseBreak(k) && At(k).fold != "to"; --k) {
      if (k < prev && Is(k, kAuxiliary)) break;
      if (At(k).fold != "from") continue;
      // (chartered a ship from a Norwegian operator to restore a service:
      // "from" and a determiner name a source, and the infinitive has its
      // object)
      // (buy in wine from other regions to meet its contracts: a source that
      // is no amount, then a verb with its object)
      if (IsWord(k + 1) &&
          (At(k + 1).Is(kDeterminer) || (!NumberAt(k + 1) && !At(k + 1).Is(kPreposition))) &&
          k + 1 < prev && BareInfinitive(next) && IsWord(next + 1) &&
          (At(next + 1).Is(kDeterminer) || IsContent(next + 1))) {
        break;
      }
      // (from Norway to keep its lines running: a verb that takes a
      // complement, with its object, ends no range either)
      if (!((BareInfinitive(next) || verb.Is(kComplement)) && KnownVerb(next))) return false;
      // (goes from milling to feed.: a range from a bare noun or a gerund
      // to a word that ends the clause names no act)
      if (!IsWord(next + 1) && IsWord(k + 1) && !IsCapitalised(k + 1) &&
          !At(k + 1).Is(kDeterminer | kPronoun)) {
        return false;
      }
      break;
    }
    // came too late to prevent, too few staff to cope, too dangerous for
    // survey teams to reach, enough fuel to fly our full schedule: a limit
    // or a measure the infinitive completes, no aim.
    for (int k = prev; k >= 0 && k >= prev - 6 && IsWord(k) && !ClauseCue(k) && !IsVerbal(k); --k) {
      // (not The workers too came out to confront them: "too" as "also")
      const bool verb_next =
          IsWord(k + 1) && (IsVerbal(k + 1) || CommonIrregularPast(At(k + 1).fold) ||
                            At(k + 1).fold.ends_with("ed"));
      if ((At(k).fold == "too" || At(k).fold == "enough") && !verb_next &&
          ClauseVerb(k + 1, prev + 1) < 0) {
        return false;
      }
      // (the first professionals to notice, the only way to stop it: an
      // ordinal after its determiner picks one out by what the infinitive
      // does; not after a preposition: for the first year to protect X)
      if ((At(k).fold == "first" || At(k).fold == "last" || At(k).fold == "only") &&
          Is(k - 1, kDeterminer) && !Is(k - 2, kPreposition) && ClauseVerb(k + 1, prev + 1) < 0) {
        return false;
      }
    }
    // asked the police to leave, forced thousands to flee: the object of a
    // verb that takes it with an infinitive. The object is a noun phrase of
    // up to eight words, over a hyphen, a name's full stop and "and" (required
    // non-white South Africans to carry, require a woman and her doctor to,
    // caused all four engines of a passenger jet to fail).
    bool noun_phrase = IsContent(prev);
    bool list_closed = false;
    for (int k = prev - 1, words = 1; k >= 0 && words <= 8 && !ClauseCue(k); --k) {
      if (!IsWord(k)) {
        // (allowed most A&E units to stay open: a name's ampersand)
        if (At(k).fold == "-" || At(k).fold == "." || At(k).fold == "&") continue;
        // (asked residents, shops and schools to save water: a list's comma,
        // the list closed by "and" or "or" before the infinitive)
        if (!Dutch() && IsComma(At(k)) && IsWord(k - 1) && IsContent(k - 1) && list_closed)
          continue;
        break;
      }
      list_closed = list_closed || (At(k).Is(kCoordinator) && At(k).fold != "but");
      ++words;
      // (bringing orders forward to avoid gaps: a plural after a verb's
      // form or a determiner is a noun, not a verb that takes an object)
      const bool noun = At(k).fold.ends_with("s") && IsWord(k - 1) &&
                        (At(k - 1).Is(kDeterminer) || At(k - 1).fold.ends_with("ing"));
      if (At(k).Is(kObjectComplement) && !noun) return false;
      // "of" keeps the phrase its head's (prompted two of Europe's largest
      // firms to raise prices); another preposition ends it.
      // (a name's capitalised words: the Higher Education department)
      // (dozens of smaller parts makers: a comparative adjective)
      noun_phrase = noun_phrase &&
                    (IsContent(k) || IsCapitalised(k) ||
                     At(k).Is(kDeterminer | kCoordinator | kMore | kLess) || At(k).fold == "of");
      // beyond three words only over a noun phrase (hired staff in the spring
      // to cut: the infinitive is the hiring's aim)
      if (words >= 4 && !noun_phrase) break;
      if (words > 4) continue;
      // more prudent to, was wise to: an adjective after a copula or a
      // degree word (a participle there is a passive: were sent to help).
      const std::string& word = At(prev).fold;
      const bool participle = word.ends_with("ed") || word.ends_with("en") || used_for;
      // (reduced frequencies on four more, to close a deficit: after a comma
      // the aim is the whole clause's)
      if (k == prev - 1 && IsWord(prev) && At(k).Is(kLight | kMore | kLess | kDegree | kPronoun) &&
          !At(k).Is(kDeterminer) && !participle) {
        return false;
      }
    }
    // twice as likely as men to say, not enough on its own to tip: a
    // complement's word, a phrase after it, then its infinitive.
    for (int k = prev - 1; !Dutch() && k >= 0 && k >= prev - 4 && IsWord(k) && !IsVerbal(k); --k) {
      if (!At(k).Is(kComplement) || !IsWord(k + 1)) continue;
      const bool compared = At(k + 1).fold == "as";
      const bool alone = At(k + 1).fold == "on" && k + 3 <= prev && At(k + 3).fold == "own";
      if (compared || alone) return false;
    }
    // told some 3,000 residents living within two kilometres of the plant to
    // stay indoors, pushed firms in these industries to invest, asked a court
    // in Hamburg to limit the strike: an object with a participle's phrase or
    // a preposition's after its noun (not a time: hired staff in the spring
    // to cut waiting lists is an aim; a name only after "in": ordered cod
    // from Norway to keep its lines running buys the cod).
    for (int k = prev - 1; k > 1 && k >= prev - 10 && IsWord(k) && !ClauseCue(k); --k) {
      const bool participle = At(k).fold.ends_with("ing") && !IsCapitalised(k);
      // (for the government to step in names who acts; on Tuesday, in May: when)
      const bool phrase = At(k).Is(kPreposition) && At(k).fold != "of" && At(k).fold != "to" &&
                          At(k).fold != "for" && At(k).fold != "on" && IsWord(k + 1) &&
                          (!IsCapitalised(k + 1) || At(k).fold == "in") &&
                          !At(k + 1).Is(kTemporal) && !TimeHead({k + 1, prev + 1});
      if (!(participle || phrase) || !IsContent(k - 1)) continue;
      // (told about 45,000 customers: a word before a count is the count's)
      for (int j = k - 2, words = 1;
           j >= 0 && words <= 6 && IsWord(j) && (!ClauseCue(j) || NumberAt(j + 1)); --j, ++words) {
        if (At(j).Is(kObjectComplement)) return false;
        if (!IsContent(j) && !At(j).Is(kDeterminer) && !At(j).number && !NumberAt(j + 1)) break;
      }
    }
    // require lenders whose loan books grow by more than 25 per cent to hold,
    // landlords who take land back to compensate: an object with a relative
    // clause after its noun.
    for (int k = prev - 1; !Dutch() && k > 1 && k >= prev - 16 && IsWord(k) && !ClauseCue(k); --k) {
      const std::string& w = At(k).fold;
      if (!(w == "who" || w == "whose" || w == "which") || !IsContent(k - 1)) continue;
      for (int j = k - 2, words = 1; j >= 0 && words <= 6 && IsWord(j); --j, ++words) {
        if (At(j).Is(kObjectComplement)) return false;
        if (!IsContent(j) && !At(j).Is(kDeterminer) && !At(j).number) break;
      }
      break;
    }
    // the need for providers to cross-subsidise, time for parents to work:
    // "for" names who is to act; the infinitive completes the noun before it.
    // (aims for gigabit-capable broadband to reach: over a hyphen)
    for (int k = prev; k >= 0 && k >= prev - 5 && (IsWord(k) || At(k).fold == "-"); --k) {
      if (!IsWord(k)) continue;
      // (still waiting for the government to confirm: after a wait too; not
      // waited for hours to see a doctor: a span of time, no one who acts)
      if (At(k).fold == "for" && k < prev && k > 0 &&
          (At(k - 1).Is(kComplement) || At(k - 1).fold.starts_with("wait")) &&
          !TimeHead({k + 1, prev + 1})) {
        return false;
      }
      // (harder for new entrants to start farming and for tenants to buy:
      // a second "for" after "and" goes with the first)
      if (At(k).fold == "for" && k < prev && k > 1 &&
          (At(k - 1).fold == "and" || At(k - 1).fold == "or")) {
        for (int j = k - 2; j > 0 && j >= k - 15 && !IsClauseBreak(j); --j) {
          if (IsWord(j) && At(j).fold == "for" && IsWord(j - 1) && At(j - 1).Is(kComplement)) {
            return false;
          }
        }
      }
      if (ClauseCue(k) || (!IsContent(k) && !At(k).Is(kDeterminer))) break;
    }
    if (GerundShape(form)) return false;
    if (ToInsideSubject(a)) return false;
    // (adding about 25 minutes to journey times: "to" names what the amount
    // is added to)
    for (int k = prev; k >= 0 && k >= prev - 6 && !IsClauseBreak(k); --k) {
      const std::string& f = At(k).fold;
      // (not added sugar: the verb is followed by its amount)
      const bool amount_next = NumberAt(k + 1) || NumberAt(k + 2) ||
                               (IsWord(k + 1) && (At(k + 1).fold == "a" || At(k + 1).fold == "an"));
      if ((f == "add" || f == "adds" || f == "added" || f == "adding") && amount_next) return false;
    }
    // add 0.2 percentage points to headline inflation: after an amount,
    // "to" names what it is added to.
    static constexpr std::array<std::string_view, 6> kUnits = {"points", "point", "percent",
                                                               "cent",   "%",     "pence"};
    if (std::find(kUnits.begin(), kUnits.end(), At(prev).fold) != kUnits.end()) {
      // (not trim its timetable by 5 percent to build a reserve, raised it
      // to 27.25 percent to stem capital flight: how much the act moved)
      for (int k = prev - 1; k >= 0 && k >= prev - 3 && IsWord(k); --k) {
        if (!At(k).number) continue;
        const std::string& before = At(k - 1).fold;
        if (before != "by" && before != "to" && before != "from") return false;
        break;
      }
    }
    // (journeys to or from work, flights to and from British airports: a
    // place's "to")
    if (verb.Is(kCoordinator)) return false;
    // cut the tariff to zero, fell to minus 4.5 degrees: a number in words.
    if (form == "zero" || form == "nil" || form == "minus" || form == "plus") return false;
    // fallen to almost nil, to nearly 40: how near the level came.
    if (NearWord(form) && next + 1 < size() &&
        (NumberAt(next + 1) || CurrencySign(At(next + 1).fold) || At(next + 1).fold == "zero" ||
         At(next + 1).fold == "nil")) {
      return false;
    }
    // to €400m, to $2 billion: a sum.
    if (CurrencySign(form)) return false;
    // rose sharply to record highs: "record" before a level is no verb.
    if (form == "record" && IsWord(next + 1)) {
      static constexpr std::array<std::string_view, 6> kLevels = {"high", "highs",  "low",
                                                                  "lows", "levels", "level"};
      if (std::find(kLevels.begin(), kLevels.end(), At(next + 1).fold) != kLevels.end()) {
        return false;
      }
    }
    // raising the floor to 65p: a word that opens with a digit is an amount.
    if (!form.empty() && form.front() >= '0' && form.front() <= '9') return false;
    // attributable to alcohol, vulnerable to cold: an adjective's own "to".
    const std::string& before = At(prev).fold;
    if (before.size() > 6 && AbleShape(before)) return false;
    // to public transport, to unreliable links, to industry: no verb's shape.
    // to healthy bunches, to elderly residents, to weekly checks: an
    // adjective's ending (not to apply, to rely; to completely withdraw the
    // bill: an adverb inside the infinitive)
    if (form.size() >= 6 && form.ends_with("thy")) return false;
    if (form.size() >= 5 && form.ends_with("ly")) {
      static constexpr std::array<std::string_view, 10> kVerbsInLy = {
          "apply", "supply", "reply",    "rely",  "comply",
          "imply", "rally",  "multiply", "tally", "bully"};
      if (std::find(kVerbsInLy.begin(), kVerbsInLy.end(), form) != kVerbsInLy.end()) return true;
      return IsWord(next + 1) && !At(next + 1).Is(kDeterminer | kPreposition | kPronoun) &&
             (KnownVerb(next + 1) || !IsContent(next + 2)) && BareVerbShape(At(next + 1).fold);
    }
    return BareVerbShape(form);
  }
  // demanding X, killing X: a present participle after a noun or a comma.
  if (!At(a).fold.ends_with("ing")) return false;
  return after_comma || IsContent(prev) || a == FirstWord();
}

bool SentenceReader::ToInsideSubject(int to) const {
  // The disruption to pipeline deliveries has raised prices: with no verb
  // before it in its clause, "to" and a noun that a finite verb follows
  // belong to the subject; there is no act yet for an aim to explain.
  if (to == FirstWord() || !IsWord(to - 1) || !IsContent(to - 1)) return false;
  for (int k = to - 1; k >= 0 && !IsClauseBreak(k) && !ClauseCue(k); --k) {
    if (!IsWord(k)) continue;
    if (IsVerbal(k) || At(k).Is(kAuxiliary | kLight | kOtherVerb | kHedge | kComplement) ||
        At(k).fold.ends_with("ed")) {
      return false;
    }
  }
  for (int k = to + 2; k < size() && IsWord(k) && k <= to + 6; ++k) {
    if (At(k).Is(kAuxiliary) && !At(k).Is(kPreposition) && IsContent(k - 1)) return true;
    if (!IsContent(k) && !At(k).Is(kDeterminer)) return false;
  }
  return false;
}

bool SentenceReader::OmAfterComplement(int om) const {
  // het vermogen om emoties te reguleren, de bereidheid om te bewegen: the
  // noun takes om ... te as its complement, which says which one.
  if (om <= 0 || !IsWord(om) || At(om).fold != "om" || !IsWord(om - 1)) return false;
  if (At(om - 1).Is(kComplement)) return true;
  // Een hoger tarief om het nultarief te betalen zou X verlagen, kan de druk
  // om te volgen vergroten: after a noun, an om-clause with the clause's
  // verb right after its infinitive says which one; no aim.
  if (!IsContent(om - 1) || IsVerbal(om - 1)) return false;
  const int te = PurposeTe(om);
  const int after = te + 2;
  return te > om && after < size() && IsWord(after) &&
         (At(after).Is(kAuxiliary | kHedge | kLight) || IsVerbal(after) || KnownVerb(after)) &&
         !At(after).Is(kDeterminer | kPreposition);
}

int SentenceReader::PurposeTe(int om) const {
  // om de inflatie te beteugelen: a "te" and its infinitive later in the
  // clause, a few words on (om 8 uur, om de hoek, om te veel: no purpose;
  // om de toegankelijkheid voor studenten uit lagere inkomensgroepen verder
  // te vergroten: a noun with its phrases between).
  if (At(om + 1).number) return -1;
  for (int k = om + 1; k < size() && k <= om + 14 && IsWord(k) && !IsClauseWord(k); ++k) {
    if (At(k).fold != "te") continue;
    const int verb = k + 1;
    if (!IsWord(verb) || At(verb).Is(kDegree | kMore | kLess | kDeterminer) || At(verb).number) {
      return -1;
    }
    return k;
  }
  return -1;
}

bool SentenceReader::SingularNoun(int i) const {
  if (!IsWord(i)) return false;
  const Token& t = At(i);
  // A dispute noun (protest, row) is a noun as any other; other classes are function words.
  if ((t.classes & ~kDispute) != 0 || t.number || IsCapitalised(i) || IsVerbal(i)) return false;
  const std::string& f = t.fold;
  if (f.size() < 3 || f.ends_with("s") || f.ends_with("ly") || f.ends_with("ed")) return false;
  // waiting lists for social housing, poverty and poor housing: a head
  // before a preposition or a coordination may be plural.
  for (int k = i - 1; k >= 0 && k >= i - 4 && IsWord(k); --k) {
    if (At(k).Is(kPreposition | kCoordinator)) return false;
    if (At(k).Is(kDeterminer) || IsVerbal(k)) break;
  }
  // plurals without -s.
  static constexpr std::array<std::string_view, 9> kPlurals = {
      "people", "police", "children", "men", "women", "data", "media", "staff", "personnel"};
  return std::find(kPlurals.begin(), kPlurals.end(), f) == kPlurals.end();
}

bool SentenceReader::BareForm(std::string_view fold) {
  if (fold.ends_with("s") || fold.ends_with("ed") || fold.ends_with("ing") ||
      fold.ends_with("en")) {
    return false;
  }
  // verbs whose past is their bare form: the budget cut jobs.
  static constexpr std::array<std::string_view, 10> kBarePast = {
      "cut", "hit", "spread", "set", "put", "hurt", "cost", "let", "shut", "upset"};
  return std::find(kBarePast.begin(), kBarePast.end(), fold) == kBarePast.end();
}

bool SentenceReader::VerbAfter(int i) const {
  while (IsWord(i) && (At(i).Is(kAdverb) || At(i).fold.ends_with("ly"))) ++i;
  if (!IsWord(i)) return false;
  const Token& t = At(i);
  if (t.Is(kOtherVerb) && !t.Is(kDeterminer | kPreposition)) return true;
  // cordoned off the area, shot four militants: a past with its object.
  if (t.classes == 0 && (t.fold.ends_with("ed") || t.fold == "shot") && IsWord(i + 1)) {
    const Token& n = At(i + 1);
    return n.Is(kDeterminer | kPreposition | kPronoun) || n.number || ParticleWord(n.fold);
  }
  return false;
}

bool SentenceReader::ClosesAside(int comma) const {
  // The policy, introduced in 2019, reduced waiting times; The levy, a tax
  // on sugary drinks, cut intake: a comma that closes an aside between a
  // subject and its verb. The subject opens its clause with a determiner or
  // a noun and has no verb of its own (not In 2020, nor a list).
  if (Dutch() || comma <= 0 || !IsComma(At(comma))) return false;
  // (the fourth-largest carrier: over a hyphen's joiner)
  int open = comma - 1;
  while (open >= 0 && (IsWord(open) || IsJoiner(open))) --open;
  if (open < 0 || open + 1 >= comma || !IsComma(At(open))) return false;
  int first = open - 1;
  while (first >= 0 && (IsWord(first) || IsJoiner(first))) --first;
  ++first;
  if (first >= open || open - first > 10) return false;
  const Token& opener = At(first);
  if (!(opener.Is(kDeterminer) || IsContent(first)) ||
      opener.Is(kPreposition | kAdverb | kTemporal | kSubordinator | kRelative) || opener.number) {
    return false;
  }
  for (int k = first; k < open; ++k) {
    // A grant of up to 500 pounds: the "to" of an amount is no verb's.
    if (k > first && AmountPreposition(k - 1)) continue;
    if (IsVerbal(k) || IsClauseWord(k) ||
        At(k).Is(kAuxiliary | kLight | kOtherVerb | kCoordinator)) {
      return false;
    }
  }
  return true;
}

bool SentenceReader::OpeningClauseWord(const Cue& cue) const {
  // with is a clause word only opening a sentence's state (cut with a knife:
  // no connective).
  // (without too: Without help, Y; not after weeks without rain)
  if (cue.tokens.size() == 1 && At(cue.first).fold == "without") {
    return OpensLikeSentence(cue.first);
  }
  return cue.tokens.size() != 1 || At(cue.first).fold != "with" || WithAbsolute(cue);
}

bool SentenceReader::WithAbsolute(const Cue& cue) const {
  // With the road closed, with feed wheat now dearer than maize, with my
  // mortgage up by 400 pounds: a noun and what became of it, opening the
  // sentence before a comma, say why the main clause holds (not With 20
  // years of experience, With the help of: no state).
  const int a = cue.first;
  if (!OpensLikeSentence(a)) return false;
  const int comma = NextPunctuation(a + 1);
  if (comma >= size() || !IsComma(At(comma)) || comma - a < 3 || comma - a > 14) return false;
  if (!Meaningful(TrimClause({comma + 1, NextPunctuation(comma + 1)}))) return false;
  for (int k = a + 2; k < comma; ++k) {
    if (!IsWord(k) || IsClauseWord(k)) return false;
    const Token& t = At(k);
    // (not after a name: With the Marlins Floyd batted .287)
    const bool noun_before =
        IsContent(k - 1) && !At(k - 1).Is(kPreposition) && !IsCapitalised(k - 1);
    const bool participle =
        noun_before && (t.fold.ends_with("ed") || t.fold.ends_with("ing") || t.fold == "shut") &&
        !IsCapitalised(k) && !t.Is(kDeterminer | kPreposition);
    const bool comparative = (t.Is(kMore | kLess) || (IsWord(k + 1) && At(k + 1).fold == "than")) &&
                             t.fold.ends_with("er") && k > a + 2 &&
                             !At(k - 1).Is(kDeterminer | kPreposition);
    const bool moved = (t.fold == "up" || t.fold == "down") && noun_before && IsWord(k + 1) &&
                       (At(k + 1).fold == "by" || NumberAt(k + 1));
    // (With the grazing gone, with traffic lights dark at every junction: a
    // state the noun is left in)
    static constexpr std::array<std::string_view, 9> kStates = {
        "gone", "dark", "empty", "idle", "off", "dry", "full", "low", "high"};
    // (With many back roads impassable: a word of state, or an adjective in
    // -able or -ible, that closes the phrase)
    const bool closing_state = k == comma - 1 && t.fold.size() > 6 &&
                               (lexicon_.IsWordOf(EntryKind::kState, t.fold) || AbleShape(t.fold));
    const bool state =
        noun_before && !At(k - 1).Is(kDeterminer) &&
        (closing_state || std::find(kStates.begin(), kStates.end(), t.fold) != kStates.end());
    if (participle || comparative || moved || state) return true;
  }
  return false;
}

bool SentenceReader::VerbalUse(const Cue& cue) const {
  const EntryKind kind = cue.entry->kind;
  if (kind == EntryKind::kInfluence && !Dutch()) {
    // has weakened its impact on prices: the phrase is a causal verb's
    // object, with no subject of its own.
    const int det = cue.first - 1;
    if (IsWord(det) && At(det).Is(kDeterminer | kPronoun) && det > 0 && IsWord(det - 1)) {
      if (const Cue* c = CueOf(det - 1); c != nullptr && c->entry->kind == EntryKind::kVerb) {
        return false;
      }
    }
  }
  if (kind != EntryKind::kVerb && kind != EntryKind::kChange) return true;
  if (cue.entry->noun) return false;  // a rise in Y
  const int v = cue.tokens[0];
  const Token& verb = At(v);
  // drivers have grown used to the limit, grew tired of: "grow" as
  // "become" before a participle's state, no quantity's change.
  if (!Dutch() && kind == EntryKind::kChange &&
      (verb.fold.starts_with("grow") || verb.fold == "grew") && IsWord(v + 1) &&
      At(v + 1).fold.ends_with("ed")) {
    return false;
  }
  const int prev = v - 1;
  // cause/effect, cost-cutting: part of a compound word.
  // (Not a joiner that binds the next words: caused $2 million.)
  if ((IsJoiner(v - 1) && At(v - 1).end == At(v).start) ||
      (IsJoiner(v + 1) && At(v).end == At(v + 1).start)) {
    return false;
  }
  if (Dutch()) {
    if (cue.prep_first) return true;
    if (IsWord(prev) && At(prev).Is(kDeterminer) && !IsClauseWord(prev) &&
        !DutchSourceAside(prev - 1)) {
      // het vergroten van, de aangetaste samenhang; but het vergroot (it increases)
      if (!At(prev).Is(kPronoun) || verb.fold.ends_with("en") || verb.fold.ends_with("e")) {
        return false;
      }
    }
    // Dalende prijzen stimuleren de vraag: a participle the lexicon knows as
    // a word of direction, before its noun, is an adjective there too.
    if (verb.Is(kMore | kLess) && IsContent(v + 1)) return false;
    // Een hogere aanvullende beurs: a present participle before its noun is
    // an adjective; a finite verb never ends in -ende.
    if (cue.tokens.size() == 1 && verb.fold.ends_with("ende") && IsContent(v + 1) &&
        !IsVerbal(v + 1)) {
      return false;
    }
    return true;
  }
  // lead to lower savings, due to lower demand: after another cue, a word
  // of its object.
  if (prev >= 0 && CueOf(prev) != nullptr && CueOf(prev) != CueOf(v) && At(prev).Is(kPreposition) &&
      CueOf(prev)->entry->kind != EntryKind::kConnective) {
    return false;
  }
  // can help reduced families, caused reduced output: a participle right
  // after a causal verb (a past, or after a modal) and before a noun says
  // which ones its object names (not the tax cut raised wages: cut is a noun).
  if (cue.tokens.size() == 1 && verb.fold.ends_with("ed") && CueOf(prev) != nullptr &&
      CueOf(prev) != CueOf(v) && CueOf(prev)->entry->kind == EntryKind::kVerb &&
      (At(prev).fold.ends_with("ed") || (IsWord(prev - 1) && At(prev - 1).Is(kAuxiliary | kHedge) &&
                                         !At(prev - 1).Is(kDeterminer))) &&
      IsContent(v + 1) && !At(v + 1).Is(kDeterminer | kPreposition)) {
    return false;
  }
  if (kind == EntryKind::kVerb && cue.tokens.size() == 1 && !verb.fold.ends_with("ed") &&
      IsWord(v + 1) &&
      (At(v + 1).fold.ends_with("ed") || At(v + 1).fold == "rose" || At(v + 1).fold == "fell" ||
       At(v + 1).fold == "grew")) {
    // claims for vehicle damage rose: a past of change right after the cue
    // is the clause's verb, and the cue the last word of its subject (of a
    // coordination too: spending on food and fuel rose).
    const bool change_after = std::any_of(changes_.begin(), changes_.end(),
                                          [&](const Cue& c) { return c.tokens[0] == v + 1; });
    const bool conjunct = IsWord(prev) && At(prev).Is(kCoordinator) && IsContent(prev - 1);
    if (change_after && IsWord(prev) && (IsContent(prev) || At(prev).Is(kDeterminer) || conjunct)) {
      return false;
    }
  }
  if (cue.tokens.size() == 1) {
    // The minimum wage increase boosts ..., Budget cuts have ...: a noun
    // before a verb; costs and delays.: a noun with nothing after it (a
    // change is a verb there: household debt increased.).
    const int next = v + 1;
    if (next >= size() || IsBoundary(next)) {
      if (kind == EntryKind::kVerb) return false;
    } else if (kind == EntryKind::kVerb && !cue.entry->infinitive &&
               (verb.fold.ends_with("s") ||
                (IsContent(prev) && !verb.fold.ends_with("ed") && !verb.fold.ends_with("ing"))) &&
               At(next).fold == "to" && IsWord(next + 1) && !At(next + 1).number &&
               (At(next + 1).Is(kDeterminer) || CueOf(next + 1) == nullptr)) {
      // that cuts to the staff have weakened, increases to benefits, pothole
      // damage to tyres: a noun with its "to"; the verb takes its object
      // first (cuts staff).
      return false;
    } else if (At(next).Is(kAuxiliary | kHedge | kLight) &&
               !At(next).Is(kDeterminer | kPreposition)) {
      // encourage further attacks: an adverb before a word that is no verb
      // cue modifies the object (the rise further reduces demand: a noun).
      // (Not after a past that follows the subject's noun: lights caused
      // further delays; nor where the adverb ends the clause: prices could
      // climb further if ...)
      const bool ends_clause = At(next).Is(kAdverb) && (!IsWord(next + 1) || ClauseCue(next + 1) ||
                                                        At(next + 1).Is(kSubordinator));
      const bool modifies_object =
          ends_clause ||
          (At(next).Is(kAdverb) && IsWord(next + 1) &&
           !At(next + 1).Is(kAuxiliary | kHedge | kLight) &&
           (CueOf(next + 1) == nullptr ||
            (verb.fold.ends_with("ed") && IsContent(prev) && !At(prev).Is(kDeterminer))));
      if (!modifies_object) return false;
    } else if (CueOf(next) != nullptr && CueOf(next) != CueOf(v)) {
      const EntryKind next_kind = CueOf(next)->entry->kind;
      // raised fuel prices: a past tense before a bare form is the verb, the
      // bare form a noun of its object.
      const std::string& after = At(next).fold;
      // (roadworks caused delays: after the subject's noun, a past before a
      // plural is the verb too)
      // (which in turn caused delays: after a relative word too)
      const bool after_relative =
          IsWord(prev) && (At(prev).Is(kRelative) || (At(prev).fold == "turn" && IsWord(prev - 1) &&
                                                      At(prev - 1).fold == "in"));
      const bool past_then_bare =
          verb.fold.ends_with("ed") && !after.ends_with("ed") &&
          (!after.ends_with("s") || (IsContent(prev) && !At(prev).Is(kDeterminer)) ||
           after_relative);
      // causing damage, causing delays: a participle takes no finite verb
      // after it, so what follows is its object.
      const bool participle_then_noun =
          verb.fold.ends_with("ing") && !after.ends_with("ed") && !after.ends_with("ing");
      // caused reduced output: the second participle says which output.
      const bool then_adjective = verb.fold.ends_with("ed") && after.ends_with("ed") &&
                                  IsContent(next + 1) &&
                                  !At(next + 1).Is(kDeterminer | kPreposition);
      // could force cuts: a bare form after a modal is the verb, the plural
      // after it its object (not would help ensure: two verbs).
      const bool after_modal = !Dutch() && IsWord(prev) && At(prev).Is(kHedge) &&
                               !At(prev).Is(kHedgeAdjective | kDeterminer) &&
                               !verb.fold.ends_with("s") && !verb.fold.ends_with("ed") &&
                               after.ends_with("s") && !after.ends_with("ss");
      // also raises fuel use: a present after an adverb is the verb, the
      // bare form after it a noun of its object (not tax cuts fuel inflation:
      // after a noun, the plural is the subject).
      const bool adverb_then_bare =
          IsWord(prev) && At(prev).Is(kAdverb) && !At(prev).Is(kDeterminer | kPreposition) &&
          verb.fold.ends_with("s") && !verb.fold.ends_with("ss") && !after.ends_with("s") &&
          !after.ends_with("ed") && !after.ends_with("ing");
      if ((next_kind == EntryKind::kVerb || next_kind == EntryKind::kInfluence) &&
          !past_then_bare && !participle_then_noun && !then_adjective && !after_modal &&
          !adverb_then_bare) {
        return false;
      }
    }
  }
  if (cue.tokens.size() == 1) {
    // that lower pollution has reduced absence, record lower scores than: a
    // word of direction before a noun whose own verb or than follows is an
    // adjective (lower the rate: a verb).
    // Schools close to busy roads: close before to is near.
    const int next = v + 1;
    if (verb.Is(kMore | kLess) && IsContent(next) && !At(next).Is(kDeterminer)) {
      for (int k = next + 1; k < size() && k <= next + 4 && IsWord(k) && !IsClauseWord(k); ++k) {
        if (At(k).Is(kAuxiliary | kHedge) && !At(k).Is(kDeterminer | kPreposition)) return false;
        if (At(k).fold == "than") return false;  // record lower test scores than
        if (!IsContent(k)) break;  // slow economic growth and could push: the noun phrase ends
      }
    }
    if (verb.fold == "close" && IsWord(next) && At(next).fold == "to") return false;
    // the only 1933 double eagle: after a determiner and a number, an
    // adjective (in 2019 reduced demand: a verb).
    if (kind == EntryKind::kVerb && IsWord(prev) && At(prev).number && IsWord(prev - 1) &&
        (At(prev - 1).Is(kDeterminer | kDegree) || At(prev - 1).fold == "only") &&
        !At(prev - 1).Is(kPreposition)) {
      return false;
    }
    // spend increasing amounts of time, growing numbers of: a participle of
    // direction before a noun is an adjective unless a form of be makes it a
    // verb (are increasing costs).
    if (verb.fold.ends_with("ing") && verb.Is(kMore | kLess) && IsContent(next) &&
        IsWord(next + 1) && At(next + 1).fold == "of" &&
        !(IsWord(prev) && At(prev).Is(kAuxiliary))) {
      return false;
    }
    // debris had fallen onto the track, dropped into the sea: a move from
    // place to place, no change of a quantity.
    // Production was slowed because ...: a change verb's participle after a
    // form of be is a passive, the clause its event.
    if (kind == EntryKind::kChange && verb.fold.ends_with("ed") && IsWord(prev) &&
        At(prev).Is(kPassiveAuxiliary) && !At(prev).Is(kAdverb)) {
      return false;
    }
    // 30cm of snow fell, rain had fallen on the site: weather that falls
    // moves no quantity down.
    if (kind == EntryKind::kChange && cue.entry->sign < 0 &&
        (verb.fold == "fell" || verb.fold == "fallen" || verb.fold == "fall" ||
         verb.fold == "falls" || verb.fold == "falling")) {
      static constexpr std::array<std::string_view, 7> kWeather = {
          "snow", "rain", "rainfall", "snowfall", "hail", "sleet", "showers"};
      for (int k = prev; k >= 0 && k >= prev - 4 && IsWord(k); --k) {
        if (std::find(kWeather.begin(), kWeather.end(), At(k).fold) != kWeather.end()) {
          return false;
        }
        if (IsClauseWord(k)) break;
      }
    }
    int particle = next;  // (fall further behind)
    while (IsWord(particle) && At(particle).Is(kAdverb) && particle < next + 2) ++particle;
    // the burden falls mainly on poorer drivers, the cuts have fallen
    // hardest on night workers: who bears it, no quantity falling (prices
    // fell on Monday: no word of how between).
    static constexpr std::array<std::string_view, 8> kBorne = {
        "mainly",    "largely", "mostly",  "chiefly",
        "primarily", "heavily", "hardest", "disproportionately"};
    // (falls more heavily on them)
    const int borne =
        IsWord(next) && (At(next).fold == "more" || At(next).fold == "most") ? next + 1 : next;
    if (kind == EntryKind::kChange && cue.entry->sign < 0 &&
        (verb.fold.starts_with("fall") || verb.fold == "fell") && IsWord(borne) &&
        std::find(kBorne.begin(), kBorne.end(), At(borne).fold) != kBorne.end() &&
        IsWord(borne + 1) && At(borne + 1).fold == "on") {
      return false;
    }
    if (kind == EntryKind::kChange && IsWord(next) &&
        (At(next).fold == "onto" || At(next).fold == "into" || At(next).fold == "off" ||
         At(next).fold == "through" || At(next).fold == "apart" ||
         (IsWord(particle) && At(particle).fold == "behind"))) {
      return false;  // (fall behind on rent: lag, no fall; sales fall through: fail)
    }
    // some visitors cut short their stays: the phrase is the act, no cut of
    // what follows; a strategy that is likely to fall short of its target
    // fails it, no quantity falls.
    if ((kind == EntryKind::kVerb || kind == EntryKind::kChange) && IsWord(next) &&
        At(next).fold == "short") {
      return false;
    }
    // Tobacco taxes have helped to reduce smoking: the verb after "to" makes
    // the claim, the first only helps it.
    if (kind == EntryKind::kVerb && !cue.entry->infinitive && IsWord(next) &&
        At(next).fold == "to" && CueOf(next + 1) != nullptr &&
        CueOf(next + 1)->entry->kind == EntryKind::kVerb) {
      return false;
    }
    // The closure helped push up prices: a causal verb that is an auxiliary
    // too, right before another's bare form, only helps it as well.
    if (const Cue* helped = IsWord(next) ? CueOf(next) : nullptr;
        kind == EntryKind::kVerb && !Dutch() && verb.Is(kAuxiliary) && helped != nullptr &&
        helped != CueOf(v) && helped->entry->kind == EntryKind::kVerb &&
        !At(next).fold.ends_with("s") && !At(next).fold.ends_with("ed") &&
        !At(next).fold.ends_with("ing")) {
      return false;
    }
    // drinkers cut back on food: people economising, no cut of what follows;
    // the Maoists hit back with a vengeance, queues stretched back more than
    // two miles: "back" before a preposition, an amount or a pause has no
    // object after it.
    if (kind == EntryKind::kVerb && IsWord(next) && At(next).fold == "back" &&
        (!IsWord(next + 1) || At(next + 1).Is(kPreposition | kMore) || NumberAt(next + 1))) {
      return false;
    }
  }
  // the Air Force, Lower Manhattan: capitalised inside the sentence, a name.
  if (v != FirstWord() && IsCapitalised(v)) return false;
  // raised fuel prices: a word right after a verb used as one is its object's.
  if (cue.tokens.size() == 1 && IsVerbal(prev) && CueOf(prev) != CueOf(v)) return false;
  // Ofwat approved increases, the proposed cuts: a form in -s right after a
  // word in -ed is a plural noun, the object of that verb or the noun of
  // that adjective.
  if (!Dutch() && cue.tokens.size() == 1 && verb.fold.ends_with("s") &&
      !verb.fold.ends_with("ss") && IsWord(prev) && At(prev).fold.ends_with("ed") &&
      !At(prev).Is(kAuxiliary)) {
    return false;
  }
  // had recorded damages, has seen cuts: after a perfect's participle, a word
  // of its object.
  if (cue.tokens.size() == 1 && IsWord(prev) && IsWord(prev - 1) && !At(prev).Is(kAuxiliary) &&
      (At(prev).fold.ends_with("ed") || At(prev).fold.ends_with("en"))) {
    const std::string& have = At(prev - 1).fold;
    if (have == "have" || have == "has" || have == "had" || have == "having") return false;
  }
  // a risk that squeezing five days' work into four raises stress: a gerund
  // after "that" with a verb cue later in its clause is that verb's subject.
  const bool gerund_after_that = verb.fold.ends_with("ing") && IsWord(prev) &&
                                 At(prev).fold == "that" && At(prev).Is(kRelative);
  if (kind == EntryKind::kVerb && (v == FirstWord() || gerund_after_that)) {
    // Cool roofs could reduce ...: a sentence that opens with a cue and has
    // another verb cue later opens with an adjective, not an imperative.
    const int end = gerund_after_that ? ClauseEnd(cue.last) : size();
    for (const Cue& other : cues_) {
      if (other.first > cue.last && other.first < end && other.entry->kind == EntryKind::kVerb) {
        return false;
      }
    }
  }
  if (IsWord(prev)) {
    const Token& p = At(prev);
    if (p.Is(kPronoun) && !p.Is(kPreposition)) {
      // this increases, it drives
    } else if (!Dutch() && (p.fold == "all" || p.fold == "both") && IsVerbGroup(prev)) {
      // Low income and poor health all raise: a quantifier floating before the verb
    } else if (p.Is(kDeterminer | kDegree | kPositive | kNegative | kMore | kLess |
                    kNegativeDeterminer | kHedgeAdjective)) {
      return false;
    } else if (p.Is(kAdverb) && IsWord(prev - 1) && At(prev - 1).Is(kDeterminer) &&
               !At(prev - 1).Is(kPronoun) && IsContent(v + 1)) {
      return false;  // an already stretched market: the adverb's participle is an adjective
    } else if (p.Is(kPreposition) && p.fold != "to" && !p.Is(kAuxiliary)) {
      return false;
    }
    if (p.fold.ends_with("'s")) return false;
    // struggled to reach damaged lines: a participle right after an
    // infinitive's verb, before a noun, is its object's adjective.
    if (!Dutch() && verb.fold.ends_with("ed") && IsWord(prev - 1) && At(prev - 1).fold == "to" &&
        BareInfinitive(prev) && !KnownVerb(prev) && IsWord(v + 1) && IsContent(v + 1)) {
      return false;
    }
    // the police ’ s slow response: a possessive split by its apostrophe.
    if (p.fold == "s" && prev >= 1 && (At(prev - 1).fold == "'" || At(prev - 1).fold == "’")) {
      return false;
    }
    // security force personnel: a bare form after a singular noun is no verb
    // (its present would take -s, its past -ed); unless its past is bare too.
    // The lexicon's forms after the first are irregular tenses (grew, drove).
    const std::vector<std::string>& forms = cue.entry->words[0].forms;
    const bool irregular = !forms.empty() && verb.fold != forms[0] &&
                           std::find(forms.begin(), forms.end(), verb.fold) != forms.end();
    if (!irregular && BareForm(verb.fold) && SingularNoun(prev)) return false;
  }
  // security forces immediately cordoned off X: a plural before the verb.
  if (cue.tokens.size() == 1 && verb.fold.ends_with("s") && !verb.fold.ends_with("ss") &&
      VerbAfter(v + 1)) {
    return false;
  }
  // the increase in, the causes of: a noun (not a past: spending fell in
  // the second year).
  if (cue.tokens.size() == 1 && cue.last + 1 < size()) {
    const std::string& next = At(cue.last + 1).fold;
    const bool after_auxiliary = IsWord(prev) && At(prev).Is(kAuxiliary | kHedge);
    const bool past = verb.fold.ends_with("ed") || lexicon_.IsLaterForm(verb.fold);
    if ((next == "of" || next == "in") && !after_auxiliary && !past) return false;
  }
  const bool after_group =
      IsWord(prev) && !ClauseCue(prev) && (IsVerbGroup(prev) || At(prev).Is(kAuxiliary));
  const bool starts = prev < 0 || IsBoundary(prev) || IsClauseWord(prev);
  if (verb.fold.ends_with("ing")) {
    if (after_group) return true;
    if (kind == EntryKind::kChange) return false;  // due to falling demand
    // (opened 30 cooling centres: after a count, before its noun, a form in
    // -ing names a kind; not a date's: on May 9 sparking off violence)
    if (!Dutch() && IsWord(prev) && At(prev).number && !YearAt(prev) && !Is(prev - 1, kTemporal) &&
        IsWord(cue.last + 1) && IsContent(cue.last + 1) &&
        !At(cue.last + 1).Is(kPreposition | kDeterminer)) {
      return false;
    }
    // (..., damaging homes and cutting power: a second participle)
    if (IsWord(prev)) {
      return IsContent(prev) || IsClauseWord(prev) ||
             (!Dutch() && At(prev).Is(kCoordinator) && ParticipleCommaBefore(prev) >= 0);
    }
    return prev >= 0 && At(prev).fold == ",";
  }
  if (IsParticipleLike(verb.fold) && starts && !after_group && IsContent(cue.last + 1)) {
    // The levy, which raised prices, the blast that injured 15 people: right
    // after a relative word that follows its noun, the form is the clause's
    // past tense; unless a verb cue comes later in the clause (the evidence
    // that reduced funding harms schools: there it is the subject's adjective).
    if (IsWord(prev) && At(prev).Is(kRelative) && prev > 0 &&
        (IsComma(At(prev - 1)) || (IsContent(prev - 1) && !IsVerbal(prev - 1)))) {
      const int end = NextPunctuation(cue.last + 1);
      bool verb_later = false;
      for (const Cue& other : cues_) {
        // (which caused damage, which led to long delays to flights: a cue
        // that ends the clause or takes a preposition is the object's noun)
        const bool takes_object = IsWord(other.last + 1) && !At(other.last + 1).Is(kPreposition);
        verb_later |=
            other.first > cue.last && other.first < end && takes_object &&
            (other.entry->kind == EntryKind::kVerb || other.entry->kind == EntryKind::kInfluence);
      }
      if (!verb_later) return true;
    }
    if (ClosesAside(prev)) return true;
    return false;  // Reduced funding harms schools: an adjective
  }
  return true;
}

bool SentenceReader::DutchParticleDoor(const Cue& cue) const {
  // Dutch: rekenen de kosten door aan hun klanten, werkt door in de
  // hypotheekrente: `door` right before another preposition inside a clause
  // is a separable verb's particle, since a preposition takes a noun phrase
  // next; it opens no clause. Not before `te` (door in te grijpen: by
  // stepping in).
  const int next = cue.first + 1;
  if (cue.first == FirstWord() || !IsWord(cue.first - 1) || !IsWord(next)) return false;
  if (!At(next).Is(kPreposition) || At(next).fold == "te") return false;
  return !(IsWord(next + 1) && At(next + 1).fold == "te");
}

bool SentenceReader::PassiveAgent(const Cue& cue) const {
  // Dutch: werd in 2014 door de Raad van State teruggedraaid, werden de
  // ontslagen door flexwerkers opgevangen: door between a form of worden
  // and the participle that ends the clause names the passive's agent. It
  // opens no clause, so a clause read around it runs over it.
  // (wordt vooral door de oppositie gesteund: so after a word of measure)
  if (!Dutch() || At(cue.last).fold != "door") return false;
  if (cue.first == FirstWord() || !IsWord(cue.first - 1)) return false;
  bool worden = false;
  for (int k = cue.first - 1; k >= 0 && IsWord(k) && !worden; --k) {
    worden = WordenForm(At(k).fold);
  }
  if (!worden) return false;
  int last = cue.last + 1;
  while (last + 1 < size() && IsWord(last + 1)) ++last;
  const std::string& participle = At(last).fold;
  return last > cue.last + 1 && participle.size() > 4 && !At(last).capital &&
         (participle.ends_with("d") || participle.ends_with("t") || participle.ends_with("en"));
}

bool SentenceReader::HyphenBound(int i) const {
  // after-school sessions, a because-of-you tone: a word joined by a hyphen
  // is part of a compound, no connective.
  return (IsJoiner(i + 1) && At(i + 1).fold == "-") || (IsJoiner(i - 1) && At(i - 1).fold == "-");
}

void SentenceReader::FindCues() {
  verbal_.assign(tokens_.size(), 0);
  clause_cue_.assign(tokens_.size(), 0);
  cue_token_.assign(tokens_.size(), 0);
  std::vector<Cue> found;
  std::vector<std::uint32_t> ids;
  // Connectives and markers first: a verb's particle and a phrase's end are
  // found by the clause boundaries they make (nam toe omdat ...).
  for (int i = 0; i < size(); ++i) {
    if (!At(i).word) continue;
    ids.clear();
    lexicon_.CuesStartingAt(At(i), ids);
    for (std::uint32_t id : ids) {
      const LexiconEntry& entry = lexicon_.entries()[id];
      if (entry.kind != EntryKind::kConnective && entry.kind != EntryKind::kMarker) continue;
      if (HyphenBound(i)) continue;
      if (entry.participle) continue;  // a clause word only where ParticipleUse says so
      if (OpposedPhrase(entry)) continue;
      Cue cue;
      if (!MatchCue(entry, i, cue)) continue;
      if (!Dutch() && !OpeningClauseWord(cue)) continue;
      for (int t : cue.tokens) clause_cue_[static_cast<std::size_t>(t)] = 1;
    }
  }
  for (int i = 0; i < size(); ++i) {
    if (!At(i).word) continue;
    ids.clear();
    lexicon_.CuesStartingAt(At(i), ids);
    for (std::uint32_t id : ids) {
      const LexiconEntry& entry = lexicon_.entries()[id];
      if ((entry.kind == EntryKind::kConnective || entry.kind == EntryKind::kMarker) &&
          HyphenBound(i)) {
        continue;
      }
      Cue cue;
      const bool matched = entry.kind == EntryKind::kNoun ? MatchNounPattern(entry, i, cue)
                                                          : MatchCue(entry, i, cue);
      if (!matched) continue;
      if (entry.kind == EntryKind::kChange) {
        changes_.push_back(std::move(cue));
      } else {
        found.push_back(std::move(cue));
      }
    }
  }
  // The longest cue wins where cues share a token: as a result of over as a
  // result, caused by over causes.
  std::stable_sort(found.begin(), found.end(), [](const Cue& a, const Cue& b) {
    if (a.tokens.size() != b.tokens.size()) return a.tokens.size() > b.tokens.size();
    if (Priority(a.entry->kind) != Priority(b.entry->kind)) {
      return Priority(a.entry->kind) < Priority(b.entry->kind);
    }
    return a.first < b.first;
  });
  std::vector<char> taken(tokens_.size(), 0);
  for (Cue& cue : found) {
    if (!MarkerUse(cue)) continue;
    bool free = true;
    for (int t : cue.tokens) free &= !taken[static_cast<std::size_t>(t)];
    if (!free) continue;
    for (int t : cue.tokens) taken[static_cast<std::size_t>(t)] = 1;
    cues_.push_back(std::move(cue));
  }
  std::sort(cues_.begin(), cues_.end(),
            [](const Cue& a, const Cue& b) { return a.first < b.first; });
  // Connectives and markers open clauses; they are marked before a verb's
  // use is judged, since that reads clause boundaries.
  clause_cue_.assign(tokens_.size(), 0);
  cue_token_.assign(tokens_.size(), 0);
  for (std::size_t c = 0; c < cues_.size(); ++c) {
    for (int t : cues_[c].tokens) cue_token_[static_cast<std::size_t>(t)] = static_cast<int>(c) + 1;
  }
  for (const Cue& cue : cues_) {
    const EntryKind kind = cue.entry->kind;
    if (kind == EntryKind::kConnective && (TemporalSince(cue) || PairedPreposition(cue.first)))
      continue;
    if (kind == EntryKind::kMarker && PassiveAgent(cue)) continue;
    if (OpposedPhrase(*cue.entry)) continue;
    if (kind == EntryKind::kConnective || kind == EntryKind::kMarker ||
        kind == EntryKind::kComparison) {
      for (int t : cue.tokens) clause_cue_[static_cast<std::size_t>(t)] = 1;
    }
  }
  for (Cue& cue : cues_) {
    const EntryKind kind = cue.entry->kind;
    if (kind != EntryKind::kVerb && kind != EntryKind::kInfluence) continue;
    cue.verbal = VerbalUse(cue);
    if (!cue.verbal) continue;
    for (int t : cue.tokens) verbal_[static_cast<std::size_t>(t)] = 1;
  }
  for (Cue& cue : changes_) {
    cue.verbal = VerbalUse(cue);
    if (cue.verbal) {
      for (int t : cue.tokens) verbal_[static_cast<std::size_t>(t)] = 1;
    }
  }
}

}  // namespace causalkg::kb::extract
