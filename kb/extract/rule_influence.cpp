// Influence: a light verb or copula, a noun and its preposition. X has a
// great influence on Y, X oefent invloed uit op Y, X is the leading cause
// of Y, X vormt een bedreiging voor Y.
#include <algorithm>

#include "kb/extract/sentence_reader.hpp"

namespace causalkg::kb::extract {

void SentenceReader::ReadInfluence(const Cue& cue) {
  if (ReadPossessorInfluence(cue)) return;
  const int noun = cue.tokens[0];
  const int preposition = cue.tokens[1];
  int sign = cue.entry->sign;
  bool hedged = false, negated = false;
  // grote, negatieve, geen: what stands before the noun.
  int k = noun - 1;
  bool modifiers = true;  // only adjectives and determiners passed so far
  while (k >= 0 && IsWord(k) && !IsVerbal(k) && !IsClauseWord(k) &&
         !At(k).Is(kAuxiliary | kLight)) {
    if (!At(k).Is(kDeterminer | kDegree | kPositive | kNegative | kNegativeDeterminer | kAdverb |
                  kHedge | kMore | kLess)) {
      // the leading cause, de belangrijkste oorzaak: adjectives after a determiner.
      if (!modifiers) break;
      // (dat de acties gevolgen hebben voor: a Dutch word of a plural noun's
      // shape before the noun is the subject, no adjective)
      const auto plural = [&](int w) {
        const std::string& f = At(w).fold;
        return Dutch() && (f.ends_with("s") || f.ends_with("en")) && !At(w).Is(kMore | kLess);
      };
      int d = k;
      while (d >= 0 && d > k - 3 && IsContent(d) && !IsVerbal(d) && !plural(d)) --d;
      if (d < 0 || d == k || !IsWord(d) || IsClauseWord(d)) break;
      if (At(d).Is(kLight)) {  // has serious consequences for
        k = d;
        break;
      }
      // no measurable impact on, geen aantoonbaar effect op: "no" and "geen"
      // stand where a determiner does, and they deny the claim.
      if (!At(d).Is(kDeterminer | kNegativeDeterminer)) break;
      // (dat de uitkoop gevolgen heeft voor: after a Dutch definite
      // determiner an adjective ends in -e, de grote gevolgen; a word that
      // does not is the subject's noun)
      const std::string& article = At(d).fold;
      if (Dutch() && (article == "de" || article == "het") &&
          std::any_of(tokens_.begin() + d + 1, tokens_.begin() + k + 1,
                      [](const Token& t) { return !t.fold.ends_with("e"); })) {
        break;
      }
      k = d;
    }
    if (At(k).Is(kPositive)) sign = 1;
    if (At(k).Is(kNegative)) sign = -1;
    if (At(k).Is(kNegativeDeterminer) || Denies(k) || LittleOf(k)) negated = true;  // no effect on
    if (At(k).Is(kHedge)) hedged = true;
    if (At(k).Is(kDeterminer)) modifiers = false;  // the noun phrase begins here
    if (At(k).Is(kAdverb | kHedge) && !At(k).Is(kHedgeAdjective)) modifiers = false;
    --k;
  }
  // trying to establish the cause of the crash, investigating the causes of:
  // the noun is an infinitive's or a gerund's object, what is sought.
  if (!Dutch() && IsWord(k) && !At(k).Is(kLight | kAuxiliary) &&
      ((IsWord(k - 1) && At(k - 1).fold == "to" && BareInfinitive(k)) ||
       (At(k).fold.ends_with("ing") && !IsContent(k - 1)))) {
    return;
  }
  // A light verb makes it a claim: has, heeft, oefent ... uit.
  // (sentenced for their role in the attack: a role is a claim only where
  // the cause plays or has it)
  const bool role = !Dutch() && At(noun).fold == "role";
  bool light = false;
  for (int j = ClauseStart(noun); j < preposition; ++j) {
    if (j == noun || !IsWord(j) || !At(j).Is(kLight)) continue;
    const std::string& verb = At(j).fold;
    if (role && !verb.starts_with("play") && verb != "has" && verb != "have" && verb != "had") {
      continue;
    }
    light = true;
  }
  if (!light) return;
  for (int j = noun + 1; j < preposition; ++j) {
    if (At(j).Is(kHedge) && !At(j).Is(kHedgeAdjective)) hedged = true;
    if (Denies(j)) negated = true;
  }
  std::vector<Chunk> objects = ChunksAfter(preposition + 1, ClauseEnd(preposition));
  if (objects.empty() || objects.front().prepositional || !Meaningful(objects.front().span)) return;
  Span object = objects.front().span;
  // the reason teachers give for leaving the profession: a gerund with its
  // object.
  if (!Dutch() && object.size() == 1 && At(object.first).fold.ends_with("ing") &&
      objects.size() >= 2 && !objects[1].prepositional) {
    object = Trim({object.first, objects[1].span.last});
  }
  Subject subject = SubjectBefore(k + 1, hedged, negated);
  if (subject.sides.empty() || subject.clause) return;
  // There is no reason for concern: "there" only opens the clause.
  if (!Dutch() && subject.sides.front().span.size() == 1 &&
      At(subject.sides.front().span.first).fold == "there") {
    return;
  }
  // Less time on low-value tasks is the main source of the gains: the
  // subject's own words of direction sign it, as a verb's subject.
  if (subject.rule.empty()) SignSubject(subject, sign);
  std::vector<Side> effects = SignedSides(object, sign);
  if (sign != 0) sign *= subject.sign;
  Emit(subject.sides, effects, sign, hedged || subject.hedged, negated,
       subject.rule.empty() ? rules::kInfluence : subject.rule, cue);
}

int SentenceReader::PossessorBefore(int noun) const {
  // the ban's likely effect: up to two adjectives between the two.
  for (int p = noun - 1; p >= 0 && p >= noun - 3 && IsWord(p); --p) {
    const std::string& w = At(p).fold;
    if (PossessiveWord(w)) return w.size() > 3 ? p : -1;
    if (IsVerbal(p) || IsClauseWord(p) || At(p).Is(kDeterminer | kPronoun | kPreposition)) break;
  }
  return -1;
}

bool SentenceReader::ReadPossessorInfluence(const Cue& cue) {
  // the quake's impact on Y, the levy's effect on Y: the possessor is the
  // cause, as in the effect of X on Y, whether a verb makes it a claim or
  // the phrase is a verb's object (officials underestimated the ban's effect
  // on supply).
  const int noun = cue.tokens[0];
  const int preposition = cue.tokens[1];
  if (Dutch() || preposition != noun + 1) return false;
  // (one of Egypt's main sources of foreign currency: before "of" the
  // possessor owns the source; it causes nothing)
  if (At(preposition).fold == "of") return false;
  const int possessor = PossessorBefore(noun);
  if (possessor < 0) return false;
  const std::vector<Chunk> owners = ChunksBefore(possessor + 1, ClauseStart(possessor));
  if (owners.empty() || owners.back().span.last != possessor + 1 ||
      !Meaningful(owners.back().span)) {
    return false;
  }
  std::vector<Chunk> objects = ChunksAfter(preposition + 1, ClauseEnd(preposition));
  if (objects.empty() || objects.front().prepositional || !Meaningful(objects.front().span)) {
    return false;
  }
  int sign = cue.entry->sign;
  bool hedged = false;  // the ban's likely effect
  for (int k = possessor + 1; k < noun; ++k) {
    if (At(k).Is(kPositive)) sign = 1;
    if (At(k).Is(kNegative)) sign = -1;
    if (At(k).Is(kHedgeAdjective)) hedged = true;
  }
  std::vector<Side> effects = SignedSides(objects.front().span, sign);
  Emit({Whole(owners.back().span)}, effects, sign, hedged, false, rules::kInfluence, cue);
  return true;
}

}  // namespace causalkg::kb::extract
