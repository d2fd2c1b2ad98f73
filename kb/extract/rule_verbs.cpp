// Verbs and their arguments: X increases Y, dat X Y vergroot, X kan Y doen
// toenemen, voor Y zorgen, tast Y aan, Y is increased by X, X has influence
// on Y; the subject a relative clause (chain) or a coordination carries.
#include <algorithm>

#include "kb/extract/sentence_reader.hpp"

namespace causalkg::kb::extract {

namespace {

bool IsComma(const Token& t) { return !t.word && t.fold == ","; }

bool Contains(const std::vector<int>& list, int value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

}  // namespace

int SentenceReader::SkipVerbGroupLeft(int end, bool& hedged, bool& negated) const {
  int i = end - 1;
  while (i >= 0 && IsVerbGroup(i)) {
    if (At(i).Is(kHedge)) hedged = true;
    if (At(i).Is(kNegation)) negated = true;
    --i;
  }
  return i;
}

int SentenceReader::SkipVerbGroupRight(int begin, bool& hedged, bool& negated) const {
  int i = begin;
  while (i < size() && IsWord(i) && !IsVerbal(i) && !ClauseCue(i)) {
    const Token& t = At(i);
    if (t.Is(kHedge) && !t.Is(kHedgeAdjective)) {
      hedged = true;
    } else if (t.Is(kNegation) && !t.Is(kNegativeDeterminer)) {
      negated = true;
    } else if (!(t.Is(kAdverb) && !t.Is(kMore | kLess))) {
      break;
    }
    ++i;
  }
  return i;
}

SentenceReader::Subject SentenceReader::SubjectOf(Span span) const {
  Subject out;
  if (!span.empty() && Meaningful(span)) out.sides = Conjuncts(span);
  return out;
}

SentenceReader::Subject SentenceReader::RelativeSubject(int relative) const {
  const int before = relative - 1;
  const bool comma = before >= 0 && IsComma(At(before));
  const std::string& word = At(relative).fold;
  if (comma && (word == "which" || word == "wat")) {
    // ..., which in turn weakens Y: the claim before the comma goes on.
    for (auto it = claims_.rbegin(); it != claims_.rend(); ++it) {
      if (it->effect.span.last <= before) {
        Subject out;
        out.sides = {it->effect};
        out.rule = rules::kChain;
        out.sign = it->sign == 0 ? 1 : it->sign;
        return out;
      }
    }
  }
  if (comma && (word == "which" || word == "wat")) {
    // X werken parttime, wat Y vergroot: the clause before is the cause.
    const Event event = EventOf({SegmentStart(before), before});
    if (!Meaningful(event.side.span)) return {};
    Subject out;
    out.sides = {event.side};
    out.rule = rules::kChain;
    out.sign = event.sign;
    return out;
  }
  // The noun the clause is about: the policy that ..., beleid dat ...
  const std::vector<Chunk> chunks = ChunksBefore(comma ? before : relative, 0);
  if (chunks.empty() || chunks.back().prepositional) return {};
  return SubjectOf(chunks.back().span);
}

SentenceReader::Subject SentenceReader::CoordinatedSubject(int coordinator) const {
  int j = coordinator - 1;
  if (j >= 0 && IsComma(At(j))) --j;
  bool ignored_hedge = false, ignored_negation = false;
  const int end = SkipVerbGroupLeft(j + 1, ignored_hedge, ignored_negation);
  // X kan A doen toenemen en B aantasten: the claim whose verb or object
  // ends right before the coordinator shares its subject.
  for (auto it = claims_.rbegin(); it != claims_.rend(); ++it) {
    if (it->rule == rules::kConnective || it->rule == rules::kMarker) continue;
    const int last = std::max(it->cue.last, it->effect.span.last - 1);
    if (last != j && last != end) continue;
    Subject out;
    for (const Claim& claim : claims_) {
      if (!(claim.cue == it->cue)) continue;
      const bool seen = std::any_of(out.sides.begin(), out.sides.end(), [&](const Side& s) {
        return s.span == claim.cause.span && s.words == claim.cause.words;
      });
      if (!seen) out.sides.push_back(claim.cause);
    }
    out.rule = rules::kCoordination;
    out.hedged = it->hedged;
    out.sign = it->subject_sign;
    return out;
  }
  // dat X veel aspecten raakt en invloed heeft op Y; X is begrijpelijk,
  // maar zorgt voor Y: the subject of the clause before.
  const std::string& word = At(coordinator).fold;
  if (word != "and" && word != "en" && word != "but" && word != "maar") return {};
  if (j < 0 || !IsWord(j)) return {};
  const int start = ClauseStart(j);
  const std::vector<Chunk> chunks = ChunksAfter(start, j + 1);
  if (chunks.empty() || chunks.front().prepositional ||
      chunks.front().span.first != Trim({start, j + 1}).first) {
    return {};
  }
  Subject out = SubjectOf(chunks.front().span);
  out.rule = rules::kCoordination;
  return out;
}

SentenceReader::Subject SentenceReader::SubjectBefore(int pos, bool& hedged, bool& negated) const {
  int i = SkipVerbGroupLeft(pos, hedged, negated);
  for (int hops = 0; hops < 3 && i >= 0; ++hops) {
    if (IsWord(i) && At(i).Is(kRelative) && IsClauseWord(i)) return RelativeSubject(i);
    if (IsWord(i) && At(i).Is(kCoordinator) && IsStopper(i) && !ClauseCue(i)) {
      return CoordinatedSubject(i);
    }
    if (!IsStopper(i)) {
      const std::vector<Chunk> chunks = ChunksBefore(i + 1, 0);
      if (chunks.empty()) return {};
      const Chunk& last = chunks.back();
      if (last.prepositional) {
        // A prepositional phrase between subject and verb: Volgens het SCP
        // vergroot ..., X oefent vanuit verschillende kanten invloed uit.
        i = SkipVerbGroupLeft(last.outer.first, hedged, negated);
        continue;
      }
      return SubjectOf(last.span);
    }
    if (IsComma(At(i))) {
      // A parenthesis between subject and verb: Inequality, which has grown, weakens ...
      int open = -1;
      for (int k = i - 1; k >= 0 && k >= i - 15; --k) {
        if (IsComma(At(k))) {
          open = k;
          break;
        }
        if (IsBoundary(k)) break;
      }
      if (open > 0 && open + 1 < i &&
          (At(open + 1).Is(kRelative | kAdverb | kPreposition) || ClauseCue(open + 1))) {
        i = SkipVerbGroupLeft(open, hedged, negated);
        continue;
      }
    }
    return {};
  }
  return {};
}

std::vector<Side> SentenceReader::SignedSides(Span object, int& sign) const {
  int k = object.first;
  while (k < object.last && At(k).Is(kDeterminer | kDegree) && !At(k).Is(kMore | kLess)) ++k;
  // a (sharp) rise in unemployment, een (forse) daling van de werkloosheid
  for (int noun = k; sign != 0 && noun <= k + 1 && noun + 2 < object.last; ++noun) {
    const std::string& after = At(noun + 1).fold;
    if (after != "in" && after != "of" && after != "van") continue;
    for (const Cue& change : changes_) {
      if (change.verbal || change.tokens[0] != noun) continue;
      const Span inner = Trim({noun + 2, object.last});
      if (!Meaningful(inner)) break;
      sign *= change.entry->sign;
      return Conjuncts(inner);
    }
  }
  std::vector<Side> sides = Conjuncts(object);
  if (sign != 0 && k < object.last && At(k).Is(kMore | kLess) && Meaningful({k + 1, object.last})) {
    // leads to lower prices: prices go down.
    if (At(k).Is(kLess)) sign = -sign;
    for (Side& side : sides) {
      side.words.erase(std::remove(side.words.begin(), side.words.end(), k), side.words.end());
    }
  }
  return sides;
}

void SentenceReader::SignSubject(Subject& subject, int& sign) const {
  // Falling prices boost demand: prices go down, demand up.
  if (sign == 0 || subject.sides.empty()) return;
  for (int w : subject.sides.front().words) {
    if (At(w).Is(kDeterminer) && !At(w).Is(kMore | kLess)) continue;
    if (!At(w).Is(kMore | kLess)) return;
    bool rest = false;
    for (int v : subject.sides.front().words) rest = rest || (v > w && IsContent(v));
    if (!rest) return;
    if (At(w).Is(kLess)) sign = -sign;
    for (Side& side : subject.sides) {
      side.words.erase(std::remove(side.words.begin(), side.words.end(), w), side.words.end());
    }
    return;
  }
}

void SentenceReader::ReadVerb(const Cue& cue) {
  if (!cue.verbal) return;
  const LexiconEntry& entry = *cue.entry;
  bool hedged = false, negated = false;
  for (int k = cue.first + 1; k < cue.last; ++k) {
    if (Contains(cue.tokens, k)) continue;
    if (At(k).Is(kNegation) && !At(k).Is(kNegativeDeterminer)) negated = true;  // leidt niet tot
    if (At(k).Is(kHedge) && !At(k).Is(kHedgeAdjective)) hedged = true;
  }
  if (At(cue.last).Is(kSubordinator) && !cue.prep_first) {
    // X heeft ertoe geleid dat Y, X zorgt ervoor dat Y: the clause is the effect.
    const Event effect = EventOf({cue.last + 1, NextPunctuation(cue.last + 1)});
    if (!Meaningful(effect.side.span)) return;
    Subject subject = SubjectBefore(cue.first, hedged, negated);
    if (subject.sides.empty()) return;
    int sign = cue.entry->sign * effect.sign;
    if (subject.rule.empty()) SignSubject(subject, sign);
    sign *= subject.sign;
    Emit(subject.sides, {effect.side}, sign, hedged || subject.hedged, negated,
         subject.rule.empty() ? rules::kVerb : subject.rule, cue);
    return;
  }
  if (ReadPassive(cue, hedged, negated)) return;
  const int verb = cue.tokens[0];
  const int clause_end = ClauseEnd(cue.last);
  std::string_view rule = rules::kVerb;
  Span object;
  Subject subject;
  const bool split = !cue.prep_first && cue.tokens.size() >= 2 &&
                     Lexicon::Matches(entry.words[0], At(verb)) == WordMatch::kNeedsParticle;
  if (cue.prep_first) {
    // voor grotere afstanden kan zorgen: the object between the preposition
    // and the verb group.
    const int preposition = cue.tokens[1];
    const int end = SkipVerbGroupLeft(verb, hedged, negated);
    object = Trim({preposition + 1, end + 1});
    for (int k = preposition + 1; k <= end; ++k) {
      if (IsStopper(k) && !At(k).Is(kPreposition | kAdverb)) return;
    }
    subject = SubjectBefore(preposition, hedged, negated);
    rule = rules::kVerbFinal;
  } else if (split && entry.words.size() == 1) {
    // tast de samenhang aan: the object between the verb and its particle.
    const int particle = cue.tokens[1];
    const int begin = SkipVerbGroupRight(verb + 1, hedged, negated);
    std::vector<Chunk> chunks = ChunksAfter(begin, particle);
    subject = SubjectBefore(verb, hedged, negated);
    if (subject.sides.empty() && chunks.size() >= 2 && !chunks[0].prepositional) {
      subject = SubjectOf(chunks[0].span);  // Daarom tast digitalisering de samenhang aan
      object = chunks[1].span;
    } else if (!chunks.empty() && !chunks[0].prepositional) {
      object = chunks[0].span;
    }
    for (int k = object.last; k < particle; ++k) {
      if (At(k).Is(kNegation) && !At(k).Is(kNegativeDeterminer)) negated = true;
    }
  } else {
    const int begin = SkipVerbGroupRight(cue.last + 1, hedged, negated);
    std::vector<Chunk> chunks = ChunksAfter(begin, clause_end);
    if (!chunks.empty() && !chunks[0].prepositional && Meaningful(chunks[0].span)) {
      subject = SubjectBefore(cue.first, hedged, negated);
      if (Dutch() && subject.sides.empty() && cue.tokens.size() >= 2 && cue.tokens[1] > verb + 1) {
        // Bovendien leidt het lesuitval tot Y: the subject between the verb
        // and its preposition.
        const int inner = SkipVerbGroupRight(verb + 1, hedged, negated);
        std::vector<Chunk> between = ChunksAfter(inner, cue.tokens[1]);
        if (!between.empty() && !between.front().prepositional) {
          subject = SubjectOf(between.front().span);
        }
      }
      if (Dutch() && subject.sides.empty() && chunks.size() >= 2 && !chunks[1].prepositional) {
        subject = SubjectOf(chunks[0].span);  // Daarnaast versterkt X de individualisering
        object = chunks[1].span;
      } else {
        object = chunks[0].span;
      }
      if (Dutch()) {
        for (int k = object.last; k < clause_end; ++k) {
          if (IsWord(k) && At(k).Is(kNegation) && !At(k).Is(kNegativeDeterminer)) negated = true;
        }
      }
      if (subject.sides.empty() && !Dutch() && At(verb).fold.ends_with("ing")) {
        // Prices rose, leading to unrest: the clause before the comma.
        int k = cue.first - 1;
        while (k >= 0 && IsWord(k) && (IsVerbGroup(k) || ClauseCue(k))) --k;
        bool connective = false;  // ..., thereby reducing Y: the connective's
        for (int c = k + 1; c < cue.first; ++c) connective |= ClauseCue(c) != 0;
        if (connective) return;
        if (k >= 0 && IsComma(At(k))) {
          const Event before = EventOf({SegmentStart(k), k});
          if (Meaningful(before.side.span)) {
            int sign = entry.sign;
            std::vector<Side> objects = SignedSides(object, sign);
            Emit({before.side}, objects, sign * before.sign, hedged, negated, rules::kChain, cue);
          }
          return;
        }
      }
    } else if (Dutch() && !split) {
      // Verb last: dat X Y vergroot, X kan Y vergroten.
      const int end = SkipVerbGroupLeft(cue.first, hedged, negated);
      std::vector<Chunk> before = ChunksBefore(end + 1, 0);
      while (!before.empty() && before.back().prepositional) before.pop_back();
      if (before.empty()) return;
      object = before.back().span;
      rule = rules::kVerbFinal;
      if (before.size() >= 2 && !before[before.size() - 2].prepositional) {
        subject = SubjectOf(before[before.size() - 2].span);
        // Daarnaast kan X Y verlagen: the hedge before the subject.
        SkipVerbGroupLeft(before[before.size() - 2].outer.first, hedged, negated);
      }
      if (subject.sides.empty())
        subject = SubjectBefore(before.back().outer.first, hedged, negated);
    } else {
      return;  // no object: Inequality increases.
    }
  }
  if (object.empty() || !Meaningful(object) || subject.sides.empty()) return;
  if (!subject.rule.empty()) rule = subject.rule;
  hedged = hedged || subject.hedged;
  int sign = entry.sign;
  std::vector<Side> objects = SignedSides(object, sign);
  if (subject.rule.empty()) SignSubject(subject, sign);
  sign *= subject.sign;
  if (entry.reversed) {
    Emit(objects, subject.sides, sign, hedged, negated, rule, cue);
  } else {
    Emit(subject.sides, objects, sign, hedged, negated, rule, cue);
  }
  for (Claim& claim : claims_) {
    if (claim.cue == Span{cue.first, cue.last}) claim.subject_sign = subject.sign;
  }
}

bool SentenceReader::ReadPassive(const Cue& cue, bool hedged, bool negated) {
  if (cue.prep_first) return false;
  const int verb = cue.tokens[0];
  const LexiconEntry& entry = *cue.entry;
  if (!Dutch()) {
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
    if (effect.sides.empty()) return true;
    Emit(Conjuncts(agents.front().span), effect.sides, entry.sign, hedged || effect.hedged, negated,
         rules::kPassive, cue);
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
  if (effect.sides.empty()) return true;
  Emit(Conjuncts(agents.front().span), effect.sides, entry.sign, hedged || effect.hedged, negated,
       rules::kPassive, cue);
  return true;
}

void SentenceReader::ReadInfluence(const Cue& cue) {
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
      int d = k;
      while (d >= 0 && d > k - 3 && IsContent(d) && !IsVerbal(d)) --d;
      if (d < 0 || d == k || !IsWord(d) || IsClauseWord(d)) break;
      if (At(d).Is(kLight)) {  // has serious consequences for
        k = d;
        break;
      }
      if (!At(d).Is(kDeterminer)) break;
      k = d;
    }
    if (At(k).Is(kPositive)) sign = 1;
    if (At(k).Is(kNegative)) sign = -1;
    if (At(k).Is(kNegation)) negated = true;
    if (At(k).Is(kHedge)) hedged = true;
    if (At(k).Is(kDeterminer)) modifiers = false;  // the noun phrase begins here
    if (At(k).Is(kAdverb | kHedge) && !At(k).Is(kHedgeAdjective)) modifiers = false;
    --k;
  }
  // A light verb makes it a claim: has, heeft, oefent ... uit.
  bool light = false;
  for (int j = ClauseStart(noun); j < preposition; ++j) {
    if (j != noun && IsWord(j) && At(j).Is(kLight)) light = true;
  }
  if (!light) return;
  for (int j = noun + 1; j < preposition; ++j) {
    if (At(j).Is(kHedge) && !At(j).Is(kHedgeAdjective)) hedged = true;
    if (At(j).Is(kNegation) && !At(j).Is(kNegativeDeterminer)) negated = true;
  }
  std::vector<Chunk> objects = ChunksAfter(preposition + 1, ClauseEnd(preposition));
  if (objects.empty() || objects.front().prepositional || !Meaningful(objects.front().span)) return;
  const Subject subject = SubjectBefore(k + 1, hedged, negated);
  if (subject.sides.empty()) return;
  std::vector<Side> effects = SignedSides(objects.front().span, sign);
  if (sign != 0) sign *= subject.sign;
  Emit(subject.sides, effects, sign, hedged || subject.hedged, negated,
       subject.rule.empty() ? rules::kInfluence : subject.rule, cue);
}

}  // namespace causalkg::kb::extract
