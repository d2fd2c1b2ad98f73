// Passives: Y is increased by X, Y wordt vergroot door X, dat Y door X is
// verzwakt. The agent is the cause; a passive without one claims nothing.
#include <algorithm>

#include "kb/extract/sentence_reader.hpp"

namespace causalkg::kb::extract {

namespace {

bool Contains(const std::vector<int>& list, int value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

}  // namespace

bool SentenceReader::ReadPassive(const Cue& cue, bool hedged, bool negated) {
  if (cue.prep_first) return false;
  const int verb = cue.tokens[0];
  const LexiconEntry& entry = *cue.entry;
  if (!Dutch()) {
    // are causing, is driving: a progressive, active; a passive has a
    // participle.
    if (At(verb).fold.ends_with("ing")) return false;
    int j = verb - 1;
    while (j >= 0 && IsWord(j) && At(j).Is(kAdverb | kNegation) && !At(j).Is(kAuxiliary)) {
      if (At(j).Is(kNegation)) negated = true;
      --j;
    }
    if (!(IsWord(j) && At(j).Is(kPassiveAuxiliary))) return false;
    const int by = SkipVerbGroupRight(cue.last + 1, hedged, negated);
    if (by >= size() || At(by).fold != "by") return true;  // no agent: nothing to say
    std::vector<Chunk> agents = ChunksAfter(by + 1, ClauseEnd(by));
    if (agents.empty() || agents.front().prepositional) return true;
    consumed_[static_cast<std::size_t>(by)] = 1;
    const Subject effect = SubjectBefore(verb, hedged, negated);
    if (effect.sides.empty() || effect.clause) return true;
    // made worse by the loss of the service, cut by lower demand: the agent's
    // own word of change says how it moved.
    int sign = entry.sign;
    const std::vector<Side> causes = SignedSides(agents.front().span, sign);
    Emit(causes, effect.sides, sign, hedged || effect.hedged, negated, rules::kPassive, cue);
    return true;
  }
  // The agent may stand past a marker's door: wordt aangejaagd door X, dat
  // Y door X is verzwakt.
  int start = cue.first;
  while (start > 0 && !IsBoundary(start - 1) &&
         (!IsClauseWord(start - 1) || At(start - 1).fold == "door")) {
    --start;
  }
  int end = cue.last + 1;
  while (end < size() && !IsBoundary(end) && (!IsClauseWord(end) || At(end).fold == "door")) {
    ++end;
  }
  int auxiliary = -1, door = -1;
  for (int k = start; k < end; ++k) {
    if (Contains(cue.tokens, k)) continue;
    if (auxiliary < 0 && At(k).Is(kPassiveAuxiliary) && !At(k).Is(kAdverb) &&
        !(At(k).Is(kDeterminer) && !IsContent(k - 1))) {
      auxiliary = k;
    }
    if (door < 0 && At(k).fold == "door") door = k;
  }
  if (auxiliary < 0) return false;
  // zijn + participle is passive only with a transitive verb's participle;
  // a finite form after it (is vergroot / zijn vergroot) reads the same.
  if (door < 0) return true;
  std::vector<Chunk> agents = ChunksAfter(door + 1, ClauseEnd(door));
  if (agents.empty() || agents.front().prepositional) return true;
  consumed_[static_cast<std::size_t>(door)] = 1;
  Subject effect = SubjectBefore(std::min(auxiliary, door), hedged, negated);
  if (effect.sides.empty() && auxiliary < cue.first) {
    // Volgens de gemeente werden de overstromingen verergerd door X: the
    // subject after the auxiliary.
    std::vector<Chunk> between =
        ChunksAfter(auxiliary + 1, std::min(cue.first, door < auxiliary ? cue.first : door));
    if (!between.empty() && !between.front().prepositional)
      effect = SubjectOf(between.front().span);
  }
  const int comma = start - 1;
  if (effect.sides.empty() && comma > FirstWord() + 2 && auxiliary == start &&
      !At(comma).word && At(comma).fold == "," && At(FirstWord()).fold == "dat") {
    // Dat ouderen vaker gewond raken, wordt verklaard door X: the clause
    // that opens the sentence is the passive's subject.
    const Span clause = TrimClause({FirstWord() + 1, comma});
    if (Meaningful(clause)) effect.sides = {Whole(clause)};
  }
  if (effect.sides.empty()) return true;
  Emit(Conjuncts(agents.front().span), effect.sides, entry.sign, hedged || effect.hedged, negated,
       rules::kPassive, cue);
  return true;
}

}  // namespace causalkg::kb::extract
