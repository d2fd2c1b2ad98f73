// Noun phrases that make claims: the effect of X on Y, de gevolgen van X
// voor Y; the roots of Y; and a comparison that extends the sentence's
// claims (as with Z, X drives Y: X drives Z too).
#include "kb/extract/sentence_reader.hpp"

namespace causalkg::kb::extract {

void SentenceReader::ReadNominal(const Cue& cue) {
  const int noun = cue.tokens[0];
  int sign = cue.entry->sign;
  bool hedged = false, negated = false;
  // De mogelijke negatieve gevolgen van X voor Y: a hedge and a sign.
  for (int k = noun - 1; k >= 0 && IsWord(k) && !IsVerbal(k) && !IsClauseWord(k); --k) {
    const Token& t = At(k);
    if (!t.Is(kDeterminer | kDegree | kPositive | kNegative | kNegativeDeterminer | kAdverb |
              kHedgeAdjective | kMore | kLess)) {
      // no measurable effect of X on Y: "no" before an adjective or two
      // denies the claim too.
      for (int d = k - 1; d >= 0 && d >= k - 2 && IsWord(d); --d) {
        if (At(d).Is(kNegativeDeterminer)) negated = true;
        if (!IsContent(d)) break;
      }
      break;
    }
    if (t.Is(kPositive)) sign = 1;
    if (t.Is(kNegative)) sign = -1;
    if (t.Is(kNegativeDeterminer) || LittleOf(k)) negated = true;
    if (t.Is(kHedgeAdjective)) hedged = true;
  }
  Emit(Conjuncts(cue.cause_slot), Conjuncts(cue.effect_slot), sign, hedged, negated,
       rules::kNominal, cue);
}

bool SentenceReader::LittleOf(int k) const {
  // has little effect on, little impact of: next to none, so the claim is
  // denied (a little effect is some).
  return !Dutch() && At(k).fold == "little" && !(IsWord(k - 1) && At(k - 1).fold == "a");
}

void SentenceReader::ReadRoot(const Cue& cue) {
  std::vector<Chunk> chunks = ChunksAfter(cue.last + 1, ClauseEnd(cue.last));
  if (chunks.empty() || chunks.front().prepositional || !Meaningful(chunks.front().span)) return;
  const Span effect = chunks.front().span;
  int start = cue.first;
  if (start > 0 && IsWord(start - 1) && At(start - 1).Is(kDeterminer) && !IsClauseWord(start - 1)) {
    --start;
  }
  Emit({Whole({start, effect.last})}, Conjuncts(effect), 1, false, false, rules::kRoot, cue);
}

void SentenceReader::ReadComparison(const Cue& cue) {
  std::vector<Chunk> chunks = ChunksAfter(cue.last + 1, ClauseEnd(cue.last));
  if (chunks.empty() || chunks.front().prepositional || !Meaningful(chunks.front().span)) return;
  const Span compared = chunks.front().span;
  const std::vector<Side> others = Conjuncts(compared);
  const std::size_t count = claims_.size();
  for (std::size_t c = 0; c < count; ++c) {
    const Claim claim = claims_[c];
    if (claim.cue.first < compared.last || claim.rule == rules::kComparison) continue;
    if (rules::RelatesClauses(claim.rule)) continue;
    for (const Side& other : others) {
      Claim extended = claim;
      extended.effect = other;
      extended.rule = rules::kComparison;
      extended.cue = {cue.first, cue.last + 1};
      claims_.push_back(extended);
    }
  }
}

}  // namespace causalkg::kb::extract
