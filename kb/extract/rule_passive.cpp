// Passives: Y is increased by X, Y wordt vergroot door X, dat Y door X is
// verzwakt. The agent is the cause; a passive without one claims nothing.
#include <algorithm>
#include <array>

#include "kb/extract/sentence_reader.hpp"

namespace causalkg::kb::extract {

namespace {

bool Contains(const std::vector<int>& list, int value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

}  // namespace

bool SentenceReader::AgentAfter(int begin) const {
  // fuelled mainly by migration: "by" after a participle's adverbs (or
  // after "both": helped both by X and by Y).
  int k = begin;
  while (IsWord(k) && At(k).Is(kAdverb) && !At(k).Is(kPreposition)) ++k;
  if (IsWord(k) && At(k).fold == "both") ++k;
  return IsWord(k) && At(k).fold == "by" && IsWord(k + 1);
}

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
    // Population growth, fuelled by migration, has ...: a participle with
    // its agent between commas after a noun is a passive without its
    // auxiliary; the noun's phrase is what it moved.
    const std::string& form = At(verb).fold;
    // (held back by, hit by: a participle of any shape, no -ing or -s form)
    const bool reduced = j > 0 && !IsWord(j) && IsComma(At(j)) &&
                         (IsContent(j - 1) || (IsWord(j - 1) && At(j - 1).fold.ends_with("ly"))) &&
                         !form.ends_with("ing") &&
                         !(form.ends_with("s") && !form.ends_with("ss")) &&
                         AgentAfter(cue.last + 1);
    if (!(IsWord(j) && At(j).Is(kPassiveAuxiliary)) && !reduced) return false;
    int by = SkipVerbGroupRight(cue.last + 1, hedged, negated);
    // were left stranded by the strike: the state the verb leaves them in.
    if (entry.harm_after && IsWord(by) && lexicon_.IsWordOf(EntryKind::kHarm, At(by).fold)) {
      by = SkipVerbGroupRight(by + 1, hedged, negated);
    }
    if (IsWord(by) && At(by).fold == "both" && IsWord(by + 1) && At(by + 1).fold == "by") ++by;
    // has been limited above all by, was caused in part by: a phrase of
    // degree between the participle and its agent
    if (IsWord(by + 1) && IsWord(by + 2) && At(by + 2).fold == "by" &&
        ((At(by).fold == "above" && At(by + 1).fold == "all") ||
         (At(by).fold == "in" && At(by + 1).fold == "part"))) {
      by += 2;
    }
    // was held up for nearly two weeks by a customs dispute: a span of time
    // between the participle and its agent
    if (IsWord(by) && At(by).fold == "for") {
      static constexpr std::array<std::string_view, 6> kUnits = {"hours",  "days",  "weeks",
                                                                 "months", "years", "minutes"};
      bool span = false;
      int k = by + 1;
      for (; k < size() && k <= by + 5 && IsWord(k) && At(k).fold != "by"; ++k) {
        span = span || std::find(kUnits.begin(), kUnits.end(), At(k).fold) != kUnits.end();
      }
      if (span && IsWord(k) && At(k).fold == "by") by = k;
    }
    if (by >= size() || At(by).fold != "by") return true;  // no agent: nothing to say
    // was cut by 35 per cent: by and an amount say how much, no agent.
    // (prompted by a 50 per cent increase: an agent that opens with a)
    if (IsWord(by + 1) && (At(by + 1).number || AmountPreposition(by + 1))) return true;
    // (cut by a third, by half, by two-thirds: a fraction is an amount too;
    // not hit by a third wave, an ordinal before its noun)
    for (int k = by + 1; k <= by + 3 && IsWord(k); ++k) {
      if (Fraction(At(k).fold)) {
        if (!IsWord(k + 1) || At(k + 1).Is(kPreposition | kAdverb | kTemporal)) return true;
        break;
      }
      if (!(At(k).fold == "a" || At(k).fold == "one" || At(k).fold == "two" ||
            At(k).fold == "three" || At(k).fold == "-")) {
        break;
      }
    }
    std::vector<Chunk> agents = ChunksAfter(by + 1, ClauseEnd(by));
    if (agents.empty() || agents.front().prepositional) return true;
    // had been cut by Sunday, by March, by then: the time it was done by.
    bool time = true;
    for (int k = agents.front().span.first; k < agents.front().span.last && time; ++k) {
      time = IsWord(k) && (Weekday(k) || (At(k).Is(kTemporal) && !At(k).Is(kHedge)));
    }
    if (time) return true;
    consumed_[static_cast<std::size_t>(by)] = 1;
    Subject effect = SubjectBefore(reduced ? j : verb, hedged, negated);
    // (rose by 64 percent, driven by X: no phrase before the comma names
    // what moved; the clause's change below does)
    const bool unnamed = reduced && (effect.sides.empty() || effect.clause);
    if (!unnamed && (effect.sides.empty() || effect.clause)) return true;
    // ... doubled to 250 pounds, driven up by demand: after a clause the
    // participle says why it happened, not what moved the noun before it;
    // the reduced passive stands after its clause's subject only. Where that
    // clause tells a quantity's change (Sales rose 5 per cent, helped by
    // warm weather), the quantity is what the agent moved.
    if (reduced && (unnamed || effect.sides.front().span.first != MainClauseStart(j))) {
      const Span clause = TrimClause({MainClauseStart(j), j});
      const Event event = EventOf(clause, true, false, true);
      if (event.side.span == clause || !Meaningful(event.side.span)) {
        // The fires spread quickly, fanned by strong winds: where the clause
        // tells no change, the agent moved its subject, when the clause opens
        // the sentence with it and goes on with its verb alone.
        const int verb_at = ClauseVerb(clause.first, clause.last);
        if (clause.first != FirstWord() || verb_at < 0) return true;
        int subject_end = verb_at;
        while (subject_end > clause.first && IsWord(subject_end - 1) &&
               At(subject_end - 1).Is(kAuxiliary | kHedge | kAdverb) &&
               !IsContent(subject_end - 1)) {
          --subject_end;
        }
        const Span subject = Trim({clause.first, subject_end});
        bool object = false;  // (police arrested 30 people, ...: an act on an object)
        int after_verb = verb_at + 1;
        if (At(verb_at).Is(kAuxiliary)) {
          while (after_verb < clause.last && IsWord(after_verb) &&
                 At(after_verb).Is(kAuxiliary | kAdverb | kNegation) && !IsContent(after_verb)) {
            ++after_verb;
          }
          ++after_verb;  // the participle
        }
        for (int k = after_verb; k < clause.last && !object && IsWord(k); ++k) {
          if (At(k).Is(kPreposition)) break;
          object = IsContent(k) && !At(k).Is(kAdverb) && !At(k).fold.ends_with("ly");
        }
        if (object || !SubjectPhrase(subject) || !Meaningful(subject)) return true;
        effect.sides = {Whole(subject)};
      } else {
        effect.sides = {event.side};
      }
    }
    // made worse by a cut in the service, cut by lower demand: the agent's
    // own word of change says how it moved.
    // driven by cheaper air travel and by the spread of rental platforms:
    // each agent after its own "by" is a cause, signed by its own words.
    // caused not by panic buying but by lorries being unable to reach the
    // depots: the agent after "not by" is denied; one with "being" and its
    // state is that clause.
    int from = agents.front().span.first;
    bool denied = IsWord(by - 1) && At(by - 1).fold == "not";
    if (denied) negated = false;  // that "not" is the agent's, not the verb's
    while (true) {
      Span agent = Trim(ObjectClause(from, ClauseEnd(by), false));
      if (!Meaningful(agent)) break;
      if (IsWord(agent.last) && At(agent.last).fold == "being" && IsWord(agent.last + 1)) {
        agent = TrimClause({agent.first, NextPunctuation(agent.last)});
      }
      int sign = entry.sign;
      const std::vector<Side> causes = SignedSides(agent, sign);
      Emit(causes, effect.sides, sign, hedged || effect.hedged, negated || denied, rules::kPassive,
           cue);
      denied = false;
      int k = agent.last;
      if (k < size() && IsComma(At(k))) ++k;
      if (!IsWord(k) || !At(k).Is(kCoordinator) || !IsWord(k + 1) || At(k + 1).fold != "by") break;
      from = k + 2;
    }
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
  if (effect.sides.empty() && comma > FirstWord() + 2 && auxiliary == start && !At(comma).word &&
      At(comma).fold == "," && At(FirstWord()).fold == "dat") {
    // Dat ouderen vaker gewond raken, wordt verklaard door X: the clause
    // that opens the sentence is the passive's subject.
    const Span clause = TrimClause({FirstWord() + 1, comma});
    if (Meaningful(clause)) effect.sides = {Whole(clause)};
  }
  if (effect.sides.empty()) return true;
  Emit(Conjuncts(agents.front().span), effect.sides, entry.sign, hedged || effect.hedged, negated,
       rules::kPassive, cue);
  // niet alleen door X, maar ook door Y; door X en door Y: a second agent.
  const int again = PrepositionAgain(agents.front().span.last, "door");
  if (again < 0) return true;
  const std::vector<Chunk> more = ChunksAfter(again + 1, ClauseEnd(again));
  if (more.empty() || more.front().prepositional || !Meaningful(more.front().span)) return true;
  consumed_[static_cast<std::size_t>(again)] = 1;
  Emit(Conjuncts(more.front().span), effect.sides, entry.sign, hedged || effect.hedged, negated,
       rules::kPassive, cue);
  return true;
}

void SentenceReader::ReadHarm() {
  // Three people were killed in the explosion, Six protesters were injured
  // in the firing: a word of harm used as a verb, then "in" or "during" and
  // a phrase whose head is an event (the lexicon's `event` and `harm`
  // kinds): the event is the cause, the clause up to the harm its effect.
  // Killed in Kohima, injured in 2009, died in hospital: a place or a time,
  // no cause.
  if (Dutch()) return;
  static const LexiconEntry kCauses = [] {
    LexiconEntry entry;
    entry.sign = 1;
    entry.relation = "causes";
    return entry;
  }();
  for (int harm = 0; harm < size(); ++harm) {
    if (!IsWord(harm) || !lexicon_.IsWordOf(EntryKind::kHarm, At(harm).fold)) continue;
    // the injured in the attack: a noun after a determiner, no verb.
    int before = harm - 1;
    while (IsWord(before) && At(before).Is(kAdverb) && !At(before).Is(kAuxiliary)) --before;
    if (!IsWord(before) ||
        (At(before).Is(kDeterminer | kPreposition) && !At(before).Is(kAuxiliary))) {
      continue;
    }
    int in = harm + 1;
    while (IsWord(in) && At(in).Is(kAdverb) && !At(in).Is(kPreposition)) ++in;
    // died on the spot in the blast, killed on Monday in an attack, killed
    // at Bharatpur in the same district during a clash: up to two short
    // phrases of place or time may come first (not "in" an event itself).
    // were killed, allegedly by police, during the protests: an aside
    // between commas may stand there too.
    if (in < size() && IsComma(At(in))) {
      int close = in + 1;
      while (close < size() && close <= in + 7 && IsWord(close)) ++close;
      const std::string& after = At(close + 1).fold;
      if (close < size() && close > in + 1 && IsComma(At(close)) && IsWord(close + 1) &&
          (after == "in" || after == "during" || after == "on" || after == "at")) {
        in = close + 1;
      }
    }
    for (int hop = 0; hop < 2 && IsWord(in); ++hop) {
      const std::string& p = At(in).fold;
      if (p != "on" && p != "at" && !(hop > 0 && p == "in")) break;
      int k = in + 1;
      bool event = false;
      while (k < in + 5 && IsWord(k) && !At(k).Is(kPreposition)) {
        event = event || lexicon_.IsWordOf(EntryKind::kEvent, At(k).fold);
        ++k;
      }
      if (k == in + 1 || (p == "in" && event)) break;
      in = k;
    }
    if (!IsWord(in) || (At(in).fold != "in" && At(in).fold != "during") || ClauseCue(in)) continue;
    const int end = MarkerClauseEnd(in + 1, ClauseEnd(in));
    const std::vector<Chunk> chunks = ChunksAfter(in + 1, end);
    if (chunks.empty() || chunks.front().prepositional) continue;
    // the attack on the depot, an ambush near the station: an event's word
    // before the phrase's first preposition (a word the lexicon does not
    // know, near, may end the chunk after the noun).
    bool event = false;
    for (int k = chunks.front().span.first; k < chunks.front().span.last && !event; ++k) {
      if (IsWord(k) && At(k).Is(kPreposition) && k > chunks.front().span.first) break;
      event = IsWord(k) && lexicon_.IsWordOf(EntryKind::kEvent, At(k).fold);
    }
    if (!event) continue;
    // an ambush by Maoists at Laheri police station, the clash that lasted
    // for hours: the event with what hangs on it.
    const Span cause = Trim(ObjectClause(chunks.front().span.first, end, false));
    // Six persons , including a porter , were killed; Seven people - four
    // militants and three policemen - were killed: the clause runs back over
    // what stands between its subject and its verb, to a clause word, a
    // colon or a semicolon, or a comma and a coordinator.
    int start = harm, comma = -1;
    while (start > 0) {
      const int k = start - 1;
      if (!IsWord(k) && (At(k).fold == ";" || At(k).fold == ":")) break;
      if (IsWord(k) && At(k).Is(kCoordinator) && IsComma(At(k - 1))) break;
      // Three people were killed and 69 others injured: harms joined by
      // "and" are one effect; Protesters blocked the road and two were
      // injured: the clause before is another event (not an "and" inside an
      // apposition: Six persons , including police and a porter , were killed).
      if (IsWord(k) && (At(k).fold == "and" || At(k).fold == "but") && comma < 0) {
        bool harm_before = false;
        for (int m = k - 1; m >= 0 && !harm_before && !IsClauseBreak(m) && !IsClauseWord(m); --m) {
          harm_before = IsWord(m) && lexicon_.IsWordOf(EntryKind::kHarm, At(m).fold);
        }
        if (!harm_before) break;
      }
      // three persons who included two workers died: a relative clause
      // after its noun lies inside the clause.
      const bool relative =
          IsWord(k) && At(k).Is(kRelative) && IsContent(k - 1) && !At(k - 1).Is(kReporting);
      if (IsClauseWord(k) && !relative) {
        // As the two groups clashed , eight people were injured: the clause
        // a subordinator opens ends at its comma.
        if (comma > k) start = comma + 1;
        break;
      }
      if (IsComma(At(k)) && comma < 0) comma = k;
      --start;
    }
    const Span effect = TrimClause({start, harm + 1});
    // No one was hurt in the blast: a harm denied is no effect of it.
    if (!Meaningful(cause) || !Meaningful(effect) || HasVerbal(effect, kNegation)) continue;
    bool none = false;
    for (int k = effect.first; k < effect.last && !none; ++k) none = At(k).Is(kNegativeDeterminer);
    if (none) continue;
    Cue cue;
    cue.entry = &kCauses;
    cue.tokens = {harm, in};
    cue.first = harm;
    cue.last = in;
    Emit({Whole(cause)}, {Whole(effect)}, 1, HasVerbal(effect, kHedge), false, rules::kPassive,
         cue);
  }
}

}  // namespace causalkg::kb::extract
