// The subject of a verb and the signs its phrases carry: the noun phrase
// before the verb group, over a prepositional phrase or a parenthesis; the
// claim a relative clause (chain) or a coordination continues; comparatives
// and nouns of change that turn a sign (lower prices, a rise in Y).
#include <algorithm>
#include <array>
#include <string_view>

#include "kb/extract/sentence_reader.hpp"

namespace causalkg::kb::extract {

bool SentenceReader::Denies(int i) const {
  // not only, not just, not the only source, niet alleen: a negation that
  // adds to a claim, no denial of it.
  if (!IsWord(i) || !At(i).Is(kNegation) || At(i).Is(kNegativeDeterminer)) return false;
  int k = i + 1;
  if (IsWord(k) && At(k).Is(kDeterminer) && IsWord(k + 1)) ++k;
  static constexpr std::array<std::string_view, 6> kOnly = {"only",   "just",   "merely",
                                                            "solely", "alleen", "slechts"};
  return !(IsWord(k) && std::find(kOnly.begin(), kOnly.end(), At(k).fold) != kOnly.end());
}

bool SentenceReader::DutchSourceAside(int i) const {
  // kan volgens haar leiden tot, hebben Y volgens hem versneld: who says so,
  // a pronoun after volgens, stands inside the verb group (not volgens haar
  // onderzoek: a determiner there).
  static constexpr std::array<std::string_view, 8> kWhom = {"haar", "hem", "hen", "hun",
                                                            "ons",  "mij", "u",   "jou"};
  return Dutch() && IsWord(i) && At(i).fold == "volgens" && IsWord(i + 1) &&
         std::find(kWhom.begin(), kWhom.end(), At(i + 1).fold) != kWhom.end() &&
         (!IsContent(i + 2) || IsVerbal(i + 2) || KnownVerb(i + 2));
}

int SentenceReader::SkipVerbGroupLeft(int end, bool& hedged, bool& negated) const {
  int i = end - 1;
  // The cap risks widening the gap: risk before a causal verb's gerund is a
  // hedge of the verb group, no part of the subject.
  if (!Dutch() && i >= 1 && IsWord(end) && At(end).fold.ends_with("ing") && IsWord(i) &&
      (At(i).fold == "risks" || At(i).fold == "risk" || At(i).fold == "risked") &&
      IsContent(i - 1)) {
    hedged = true;
    --i;
  }
  while (i >= 0 && (IsVerbGroup(i) || (i >= 1 && DutchSourceAside(i - 1)))) {
    if (i >= 1 && DutchSourceAside(i - 1)) {
      i -= 2;
      continue;
    }
    if (At(i).Is(kHedge)) hedged = true;
    if (Denies(i)) negated = true;
    --i;
  }
  return i;
}

int SentenceReader::SkipVerbGroupRight(int begin, bool& hedged, bool& negated) const {
  int i = begin;
  while (i < size() && IsWord(i) && !IsVerbal(i) && !ClauseCue(i)) {
    if (DutchSourceAside(i)) {
      i += 2;
      continue;
    }
    const Token& t = At(i);
    // verlagen zonder de weginrichting aan te passen: zonder opens a phrase
    // after the verb; it denies what is in it, not the verb.
    if (Dutch() && t.Is(kNegation) && t.Is(kPreposition)) break;
    // veroorzaakte dinsdag grote schade: in Dutch a word of time after the
    // verb says when, before the object.
    const bool when = Dutch() && t.Is(kTemporal) && !t.Is(kDeterminer | kPreposition) &&
                      IsWord(i + 1) && !At(i + 1).Is(kPreposition);
    if (t.Is(kHedge) && !t.Is(kHedgeAdjective)) {
      hedged = true;
    } else if (t.Is(kNegation) && !t.Is(kNegativeDeterminer)) {
      negated = negated || Denies(i);
    } else if (!(t.Is(kAdverb) && !t.Is(kMore | kLess)) && !when) {
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

bool SentenceReader::DisagreesInNumber(int noun, int from) const {
  // vehicles, which lengthens: a plural noun and a verb of the singular.
  int verb = from;
  while (IsWord(verb) &&
         (At(verb).Is(kAdverb) || At(verb).fold == "in" || At(verb).fold == "turn")) {
    ++verb;
  }
  if (!IsWord(noun) || !IsWord(verb)) return false;
  const std::string& n = At(noun).fold;
  const std::string& v = At(verb).fold;
  const bool plural_noun = n.size() > 3 && n.ends_with("s") && !n.ends_with("ss");
  const bool singular_verb = v == "has" || v == "is" || v == "was" || v == "does" ||
                             (IsVerbal(verb) && v.ends_with("s") && !v.ends_with("ss"));
  return plural_noun && singular_verb;
}

SentenceReader::Subject SentenceReader::RelativeSubject(int relative) const {
  const bool comma = relative >= 1 && IsComma(At(relative - 1));
  const int before = comma ? AsideStart(relative - 1) : relative - 1;
  const std::string& word = At(relative).fold;
  // de luchtkwaliteit in dorpen, waar houtstook vaker voorkomt: a relative
  // of place or means stands for no subject; the clause has its own.
  if (Dutch() && word.starts_with("waar")) return {};
  // (hetgeen: the formal Dutch "wat")
  const bool stands_for_clause = word == "which" || word == "wat" || word == "hetgeen";
  if (comma && stands_for_clause) {
    // Drivers slow down to protect passengers, which lengthens journeys:
    // after an aim, "which" stands for the act it explains.
    // (Not where "which" agrees with the aim's last noun: to end the blockade,
    // which has crippled life: the blockade did.)
    for (const Cue& aim : cues_) {
      if (Dutch() || !aim.entry->purpose || aim.last >= before) continue;
      if (NextPunctuation(aim.first) != before || PhraseBeforeVerb(aim.last, before)) continue;
      // (diverted ships to avoid the backlog, which has in turn caused
      // congestion: "in turn" goes on from the act, as from a claim's effect)
      bool in_turn = false;
      for (int k = relative + 1; k < relative + 4 && IsWord(k) && !in_turn; ++k) {
        in_turn = At(k).fold == "turn" && At(k - 1).fold == "in";
      }
      if (!in_turn && !DisagreesInNumber(before - 1, relative + 1)) continue;
      const Span act = TrimClause({MainClauseStart(aim.first), aim.first});
      if (!Meaningful(act)) continue;
      Subject out;
      out.sides = {Whole(act)};
      out.rule = rules::kChain;
      return out;
    }
    // ..., which in turn weakens Y: the claim before the comma goes on.
    for (auto it = claims_.rbegin(); it != claims_.rend(); ++it) {
      // (attributed Y to roadworks and to the reallocation of lanes, which
      // reduced Z: so for a cause named after its effect)
      const bool named_after = (it->rule == rules::kVerb || it->rule == rules::kCoordination) &&
                               it->cause.span.first >= it->effect.span.last;
      if (!Dutch() && (it->rule == rules::kPassive || named_after) &&
          it->cause.span.last == before && it->effect.span.last <= before) {
        // Y had been accelerated by X, which allowed Z: "which" stands for the
        // agent right before it.
        Subject out;
        out.sides = {it->cause};
        out.rule = rules::kChain;
        out.sign = it->cause_turn;
        return out;
      }
      if (it->effect.span.last <= before) {
        Subject out;
        out.sides = {it->effect};
        out.rule = rules::kChain;
        out.sign = MovedAsWritten(*it);
        return out;
      }
    }
  }
  if (comma && stands_for_clause) {
    // X werken parttime, wat Y vergroot: the clause before is the cause. (In
    // English over an infinitive's clause: had been reformulated to fall
    // below the threshold, which reduced Y.)
    int start = Dutch() ? SegmentStart(before) : MainClauseStart(before);
    if (Dutch()) {
      // De prijzen stijgen door de hoge vraag, wat ...: a marker's phrase
      // is part of the clause, whose subject is what moved.
      // (opgevangen door collega's of door inhuur, wat: over each of them)
      for (auto cue = cues_.rbegin(); cue != cues_.rend(); ++cue) {
        if (cue->entry->kind == EntryKind::kMarker && cue->last == start - 1 && cue->first > 0) {
          start = SegmentStart(cue->first);
        }
      }
    }
    const Event event = EventOf({start, before});
    if (!Meaningful(event.side.span)) return {};
    Subject out;
    out.sides = {event.side};
    out.rule = rules::kChain;
    out.sign = event.sign;
    return out;
  }
  // sets out what drives resistance: English "what" stands for a thing the
  // sentence does not name (no noun before it is the clause's), so the verb
  // has no subject in the sentence.
  if (!Dutch() && word == "what") return {};
  // The noun the clause is about: the policy that ..., beleid dat ...
  const std::vector<Chunk> chunks = ChunksBefore(comma ? before : relative, 0);
  if (chunks.empty()) return {};
  // claimed responsibility for the blast that injured 15 people: English
  // lets a relative clause belong to the noun of a prepositional phrase.
  if (chunks.back().prepositional && (Dutch() || comma)) return {};
  const Span noun = chunks.back().span;
  if (!Dutch() && !comma) {
    // the militants responsible for the firing that triggered panic: an
    // event's phrase after the last preposition is what the clause is about.
    for (int k = noun.last - 1; k > noun.first; --k) {
      if (!IsWord(k) || !At(k).Is(kPreposition)) continue;
      if (EventHead({k + 1, noun.last})) return SubjectOf({k + 1, noun.last});
      break;
    }
  }
  return SubjectOf(noun);
}

int SentenceReader::RelativeHeadStart(Span run) const {
  // Policies that raise rents reduce demand, Text messages that tell parents
  // how many days their child has missed have reduced absence: the phrase
  // right before the verb stands inside a relative clause (between its word
  // and that phrase, the clause's own verb), so it is the clause's object;
  // the subject is the noun the clause belongs to, with the clause. Not a
  // clause of its own after a verb (said that in May prices ...) nor one
  // whose subject is that phrase (the evidence that rents reduce demand).
  for (int k = run.first - 1; k > 0 && k >= run.first - 16; --k) {
    if (!IsWord(k)) return -1;
    if (!(At(k).Is(kRelative) && IsClauseWord(k))) {
      // (refiners that buy ore said they: a report between them ends it)
      if (IsClauseWord(k) && At(k).Is(kReporting)) return -1;
      continue;
    }
    // letters that compare the prescribing: a word right after the clause's
    // word and before a determiner is its verb, read into the phrase.
    const bool verb_first = k + 1 == run.first && k + 2 < run.last && IsWord(k + 2) &&
                            At(k + 2).Is(kDeterminer) && IsContent(k + 1);
    // the dry months that followed, the jobs that remained: the clause is its
    // verb alone.
    const bool verb_only = k + 1 == run.first && run.size() == 1 &&
                           (At(run.first).fold.ends_with("ed") || At(run.first).Is(kOtherVerb));
    // drivers who entered by mistake have provoked Y: a past right after
    // who or which opens the clause's verb phrase; places where families
    // gather may aggravate Y: where's clause has its subject and its verb.
    const std::string& word = At(k).fold;
    const bool past_phrase =
        k + 1 == run.first && run.size() >= 2 && (word == "who" || word == "which") &&
        (PastParticiple(At(run.first).fold) || CommonIrregularPast(At(run.first).fold));
    const bool where_clause = k + 1 == run.first && run.size() >= 2 && word == "where" &&
                              !At(run.first).Is(kDeterminer | kPronoun);
    // (species that compete with jellyfish, drivers who enter by mistake: a
    // plain present with its phrase after a plural's relative word)
    const Token& first = At(run.first);
    const bool present_phrase = k + 1 == run.first && run.size() >= 2 &&
                                (word == "who" || word == "which" || word == "that") &&
                                first.classes == 0 && !first.number && !first.fold.ends_with("s") &&
                                !first.fold.ends_with("ed") && !first.fold.ends_with("ing") &&
                                At(k - 1).fold.ends_with("s") && IsWord(run.first + 1) &&
                                At(run.first + 1).Is(kPreposition | kDeterminer);
    if ((k + 1 >= run.first && !verb_first && !verb_only && !past_phrase && !where_clause &&
         !present_phrase) ||
        !IsContent(k - 1) || At(k - 1).fold.ends_with("ed") ||
        At(k + 1).Is(kPreposition | kSubordinator) || ClauseCue(k + 1)) {
      return -1;
    }
    int end = k;
    for (int hops = 0; hops < 3; ++hops) {
      const std::vector<Chunk> chunks = ChunksBefore(end, 0);
      if (chunks.empty() || chunks.back().outer.last != end) return -1;
      if (!chunks.back().prepositional) {
        return chunks[RunStart(chunks)].span.first;
      }
      // The share of homes that ...: the noun before the preposition.
      end = chunks.back().outer.first;
      if (!IsContent(end - 1)) return -1;
    }
    return -1;
  }
  return -1;
}

bool SentenceReader::ObjectRunsTo(int last, int j) const {
  // reduce the time workers have for family and leisure and increase
  // congestion: the object's clause that says which one it is runs on past
  // the phrase read (no comma, no verb of a claim), and the verb after "and"
  // is still the first verb's.
  if (last >= j || j - last > 12) return false;
  for (int k = last + 1; k <= j; ++k) {
    if (!IsWord(k) || IsVerbal(k) || ClauseCue(k)) return false;
  }
  return true;
}

Span SentenceReader::ActingAgain(Span subject, int coordinator, int j) const {
  // The storm closed roads and raised prices, the heat dome sent
  // temperatures above 40C and drove demand to a record: where the clause
  // before the coordinator (ending at j) acts on an object of its own, its
  // subject acts again; returns that subject, or an empty span (not Prices
  // rose sharply and hurt households: that rise is the cause; nor where the
  // second verb says the first act led on: knocked down power lines and led
  // to blackouts; nor an agent's acts: the union held a rally and
  // threatened the board).
  int second = coordinator + 1;
  while (second < size() && IsWord(second) && At(second).Is(kAdverb | kAuxiliary | kHedge)) {
    ++second;
  }
  const Cue* later = second < size() ? CueOf(second) : nullptr;
  if (later == nullptr || later->entry->relation == "causes") return {};
  // (The levy closed shops: a past between two nouns of one run is its verb)
  int verb = subject.last;
  for (int k = subject.first + 1; k + 1 < subject.last; ++k) {
    if (IsWord(k) && At(k).fold.ends_with("ed") && IsContent(k - 1) && !IsCapitalised(k) &&
        IsContent(k + 1) && !At(k + 1).Is(kPreposition)) {
      verb = k;
      subject.last = k;
      break;
    }
  }
  if (At(subject.last - 1).Is(kAgent)) return {};
  // (The policy has added homes and has slowed rent growth: over the
  // auxiliary to its verb)
  while (verb < j && IsWord(verb) && At(verb).Is(kAdverb | kAuxiliary) &&
         !At(verb).Is(kDeterminer | kPreposition)) {
    ++verb;
  }
  if (verb >= j || !IsWord(verb) || !IsWord(verb + 1)) return {};
  const Token& acted = At(verb);
  const Token& object = At(verb + 1);
  const bool past = (acted.fold.ends_with("ed") || PastParticiple(acted.fold) || KnownVerb(verb)) &&
                    !acted.Is(kAuxiliary | kPreposition | kDeterminer) && !Copula(acted.fold);
  const bool has_object =
      (object.Is(kDeterminer) && !object.Is(kPreposition)) ||
      (IsContent(verb + 1) && !object.number && !object.Is(kAdverb | kPreposition) &&
       !object.fold.ends_with("ly") && !GerundShape(object.fold));
  return past && has_object ? subject : Span{};
}

SentenceReader::Subject SentenceReader::CoordinatedSubject(int coordinator) const {
  int j = coordinator - 1;
  if (j >= 0 && IsComma(At(j))) --j;
  bool ignored_hedge = false, ignored_negation = false;
  const int end = SkipVerbGroupLeft(j + 1, ignored_hedge, ignored_negation);
  // X kan A doen toenemen en B aantasten: the claim whose verb or object
  // ends right before the coordinator shares its subject.
  for (auto it = claims_.rbegin(); it != claims_.rend(); ++it) {
    if (rules::RelatesClauses(it->rule)) continue;
    const int last = std::max(it->cue.last, it->effect.span.last - 1);
    if (last != j && last != end && !(!Dutch() && ObjectRunsTo(last, j))) continue;
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
  // (would impose costs on sectors where the model is unworkable, and could
  // discourage Y: the clause before runs back over a relative clause)
  const int start = Dutch() ? ClauseStart(j) : MainClauseStart(j + 1);
  const std::vector<Chunk> chunks = ChunksAfter(start, j + 1);
  if (chunks.empty() || chunks.front().prepositional ||
      chunks.front().span.first != Trim({start, j + 1}).first) {
    return {};
  }
  Span subject = chunks.front().span;
  // Silt washed off the cleared slopes could end up in X and push up Y: a
  // participle's phrases after the noun say which one.
  if (const int by = subject.last; !Dutch() && subject.size() >= 2 && IsWord(by) &&
                                   PastParticiple(At(subject.last - 1).fold) &&
                                   (At(by).Is(kPreposition) || OnlyParticle({by, by + 1}))) {
    const std::vector<Chunk> phrase = ChunksAfter(by + 1, j + 1);
    if (!phrase.empty() && !phrase.front().prepositional && phrase.front().span.first == by + 1) {
      subject.last = phrase.front().span.last;
    }
  }
  Subject out = SubjectOf(subject);
  out.rule = rules::kCoordination;
  if (!Dutch()) {
    // Measles is highly contagious and can lead to complications: a clause
    // that only says what its subject is (a form of "be" and an adjective)
    // tells no event; the subject is the cause, as in Dutch.
    const int be = chunks.front().outer.last;
    bool state = be < j && IsWord(be) && Copula(At(be).fold);
    // (common in damp homes: a phrase may follow the adjective)
    for (int k = be + 1; state && k <= j; ++k) {
      const Token& t = At(k);
      const bool phrase = k > be + 1 && t.Is(kPreposition | kDeterminer);
      state = IsWord(k) && !IsVerbal(k) && !ClauseCue(k) && !IsClauseWord(k) &&
              !t.fold.ends_with("ed") && !(t.fold.ends_with("en") && !t.Is(kAdverb)) &&
              !t.Is(kAuxiliary | kPronoun) && (phrase || !t.Is(kPreposition | kDeterminer));
    }
    // Particles can reach the blood, and may provoke Y; a tax would raise
    // revenue and could cut Y: where either verb is a modal's, the clauses
    // say what the subject can do, and the subject is the cause.
    bool modal = false;
    for (int k = start; k <= j && !modal; ++k) {
      modal = IsWord(k) && At(k).Is(kHedge) && !At(k).Is(kHedgeAdjective);
    }
    for (int k = coordinator + 1; k < size() && IsWord(k) && !modal; ++k) {
      if (!At(k).Is(kHedge | kAdverb | kAuxiliary)) break;
      modal = At(k).Is(kHedge) && !At(k).Is(kHedgeAdjective);
    }
    if ((state || modal) && !out.sides.empty()) return out;
    if (const Span acting = ActingAgain(subject, coordinator, j); !acting.empty()) {
      Subject again = SubjectOf(acting);
      again.rule = rules::kCoordination;
      if (!again.sides.empty()) return again;
    }
    const Span clause = TrimClause({start, j + 1});
    if (!Meaningful(clause)) return {};
    out.sides = {Whole(clause)};
    out.clause = true;
  }
  return out;
}

Span SentenceReader::DutchPrefield(int end) const {
  // A main clause has its finite verb second: all before it is one phrase,
  // the subject where it opens with a noun phrase (Vroegsignalering door
  // woningcorporaties, Beleid dat de vaste lasten verlaagt,). Not where a
  // preposition, a conjunction or a pronoun opens it (Volgens het SCP
  // vergroot X ...; Doordat X, ...), nor over a clause that is not relative.
  const int start = AfterOpeningAdverbs(end);
  // (Het verdwijnen van vijanden: "het" before its noun is an article)
  const bool article = At(start).Is(kDeterminer) && IsWord(start + 1) &&
                       (IsContent(start + 1) || IsVerbal(start + 1));
  if (end - start < 2 || !IsWord(start) ||
      (At(start).Is(kPreposition | kPronoun | kSubordinator) && !article) || ClauseCue(start)) {
    return {};
  }
  bool relative = false;
  // Drempels, versmallingen en plateaus: a list whose commas end in en or of.
  int last_comma = -1;
  for (int i = start; i < end; ++i) {
    if (!IsWord(i)) {
      // Het verdwijnen van vijanden, zoals koolmezen en sluipwespen, draagt
      // bij: an example list between commas right before the verb is an
      // aside; the subject stands before it.
      if (IsComma(At(i)) && !relative && IsWord(i + 1) && At(i + 1).fold == "zoals" &&
          NextPunctuation(i + 1) == end - 1 && IsComma(At(end - 1))) {
        const Span span = Trim({start, i});
        return Meaningful(span) ? span : Span{};
      }
      // Only the comma that closes a relative clause, right before the verb.
      if (IsComma(At(i)) && relative && i == end - 1) continue;
      if (IsComma(At(i)) && !relative && i > start && i + 1 < end && IsWord(i - 1) &&
          IsWord(i + 1) && IsContent(i - 1) && !ClauseCue(i + 1) &&
          (IsContent(i + 1) || At(i + 1).Is(kDeterminer)) &&
          !At(i + 1).Is(kPreposition | kSubordinator | kRelative | kAdverb)) {
        last_comma = i;
        continue;
      }
      return {};
    }
    if (At(i).Is(kRelative) && IsClauseWord(i) && i > start) {
      relative = true;
      continue;
    }
    if (relative) continue;  // the relative clause has its own verb
    if (At(i).Is(kHedge) && !At(i).Is(kHedgeAdjective) && i > start && IsWord(i + 1) &&
        At(i + 1).fold == "volgens") {
      // Kleinere klassen zouden volgens onderzoekers Y verlagen: the modal
      // is the finite verb, and who says so follows it.
      const Span span = Trim({start, i});
      return Meaningful(span) ? span : Span{};
    }
    // (Vrijwilligerswerk als trainer, scheidsrechter of bestuurslid: "als"
    // after a noun, before a phrase with no verb, names a role, no clause)
    if (At(i).fold == "als" && i > start && IsContent(i - 1) && ClauseVerb(i + 1, end) < 0) {
      continue;
    }
    if (At(i).fold == "of" && IsNounCoordinator(i)) continue;  // trainer of scheidsrechter
    // (Het verdwijnen van vijanden: an infinitive after its article is a noun)
    const bool noun = i > start && At(i - 1).Is(kDeterminer) && !At(i).Is(kAuxiliary | kLight);
    if ((At(i).Is(kSubordinator | kReporting | kAuxiliary | kLight | kDenial) ||
         (IsVerbal(i) && !noun)) &&
        !ParticipleAsAdjective(i) && !AfterSpanInPhrase(i)) {
      return {};
    }
    if (ClauseCue(i) && !At(i).Is(kPreposition) && !noun) return {};
  }
  if (last_comma >= 0) {
    if (relative) return {};  // X, zoals Y die ...: an aside, no list
    bool listed = false;      // en or of after the last comma closes the list
    for (int i = last_comma + 1; i < end && !listed; ++i) listed = IsNounCoordinator(i);
    if (!listed) return {};
  }
  const Span span = Trim({start, end});
  return Meaningful(span) ? span : Span{};
}

bool SentenceReader::DutchTimePhrase(Span span) const {
  // deze zomer, volgende week, elk jaar: a unit of time after a demonstrative
  // or a word that places it in time says when, like an adverb; after an
  // article alone (de zomer, een droge winter) it is a noun that can act.
  static constexpr std::array<std::string_view, 15> kPlacers = {
      "deze",      "dit",  "vorige", "vorig",  "volgende", "volgend", "komende", "komend",
      "afgelopen", "elke", "elk",    "iedere", "ieder",    "hele",    "heel"};
  int last = span.last - 1;
  while (last >= span.first && !IsWord(last)) --last;
  // heeft zaterdag, op de drukste dag, voor chaos gezorgd: a word of time
  // alone (a day, a month: the lexicon's) says when too.
  if (last == span.first && At(last).Is(kTemporal)) return true;
  if (last <= span.first || last - span.first > 3) return false;
  if (!DutchTimeUnit(At(last).fold)) return false;
  bool placed = false;
  for (int k = span.first; k < last; ++k) {
    if (!IsWord(k)) return false;
    const bool placer = std::find(kPlacers.begin(), kPlacers.end(), At(k).fold) != kPlacers.end();
    // (de komende twintig jaar, de afgelopen paar dagen: a count after the placer)
    const bool count = placed && (NumberAt(k) || At(k).fold == "paar");
    if (!placer && !count && !At(k).Is(kDeterminer)) return false;
    placed = placed || placer;
  }
  return placed;
}

int SentenceReader::ExampleListOpener(int first) const {
  // Back over the items and commas of a list (law, accounting and) to the
  // words that open it as examples of the noun before: such as, including.
  // A list closed by its own coordinator before the comma (such as
  // hospitals and policing, a shorter week) is an aside, not the subject's.
  // (Multi-buy offers such as three-for-two deals: the list is one item)
  if (first >= 2 && IsWord(first - 1) && At(first - 1).fold == "as" && IsWord(first - 2) &&
      At(first - 2).fold == "such") {
    return first - 2;
  }
  if (first >= 1 && IsWord(first - 1) && At(first - 1).fold == "including") return first - 1;
  if (first < 2 || !IsComma(At(first - 1))) return -1;
  for (int k = first - 1; k >= 1 && k >= first - 25; --k) {
    if (IsWord(k) && At(k).fold == "as" && IsWord(k - 1) && At(k - 1).fold == "such") return k - 1;
    if (IsWord(k) && At(k).fold == "including") return k;
    if (!IsComma(At(k)) && !(IsWord(k) && (IsContent(k) || At(k).Is(kDeterminer)))) return -1;
  }
  return -1;
}

int SentenceReader::HangingModifierStart(int first) const {
  if (const int opener = ExampleListOpener(first); opener > 0) return opener;
  // The decision to close the plant: "to" and a bare verb right before the
  // phrase, after a noun that is no verb of its own.
  const int to = first - 2;
  if (to >= 1 && IsWord(to) && At(to).fold == "to" && BareInfinitive(first - 1) &&
      IsContent(to - 1) && !IsVerbal(to - 1) && !At(to - 1).fold.ends_with("ed")) {
    return to;
  }
  return -1;
}

int SentenceReader::MovedAsWritten(const Claim& claim) const {
  // How a claim's effect moved, as the cause of a claim that goes on from it.
  // English: the cause is the phrase as the first claim wrote it, so only its
  // own words of direction sign it (X limits the number of homes, which
  // pushes up prices: +), not the verb that moved it.
  if (!Dutch() && claim.effect_turn != 0) return claim.effect_turn;
  return (claim.sign == 0 ? 1 : claim.sign) * claim.cause_turn;
}

int SentenceReader::LeadingDirection(const Side& side) const {
  for (int w : side.words) {
    if (At(w).Is(kDeterminer) && !At(w).Is(kMore | kLess)) continue;
    return At(w).Is(kMore) ? 1 : At(w).Is(kLess) ? -1 : 0;
  }
  return 0;
}

int SentenceReader::ListOpening(Span run) const {
  bool coordinated = false;
  for (int k = run.first; k < run.last; ++k) coordinated = coordinated || IsNounCoordinator(k);
  if (!coordinated) return -1;
  int first = run.first;
  for (int items = 0; items < 5; ++items) {
    const int comma = first - 1;
    if (comma < 1 || !IsComma(At(comma))) break;
    const std::vector<Chunk> before = ChunksBefore(comma, 0);
    if (before.empty() || before.back().prepositional || before.back().outer.last != comma) break;
    first = before.back().span.first;
  }
  if (first == run.first) return -1;
  // The list opens the clause, and each item is a phrase of its own.
  const bool opens = first == FirstWord() || IsBoundary(first - 1) || IsClauseWord(first - 1);
  return opens && EnglishConjuncts({first, run.last}).size() >= 3 ? first : -1;
}

int SentenceReader::CompanionWith(int opener) const {
  // together with, along with, coupled with, combined with, as well as: where
  // the phrase of the second cause begins, less one.
  if (!IsWord(opener + 1)) return -1;
  const std::string& first = At(opener).fold;
  const std::string& second = At(opener + 1).fold;
  if (second == "with" &&
      (first == "together" || first == "along" || first == "coupled" || first == "combined")) {
    return opener + 1;
  }
  if (first == "as" && second == "well" && IsWord(opener + 2) && At(opener + 2).fold == "as") {
    return opener + 2;
  }
  return -1;
}

SentenceReader::Subject SentenceReader::SubjectBefore(int pos, bool& hedged, bool& negated) const {
  int i = SkipVerbGroupLeft(pos, hedged, negated);
  if (Dutch()) {
    if (const Span prefield = DutchPrefield(i + 1); !prefield.empty()) return SubjectOf(prefield);
    // Ook in Utrecht, Arnhem en Groningen leidden X tot Y: a prefield that
    // opens with a preposition, over its list's commas, holds no subject;
    // the subject follows the verb.
    const int start = AfterOpeningAdverbs(i);
    // (a list's item follows each comma: not , en een langere tijd ...)
    if (IsWord(start) && At(start).Is(kPreposition) && !ClauseCue(start) && start < i &&
        i - start <= 12) {
      bool phrase = true, listed = false;
      for (int k = start; k <= i && phrase; ++k) {
        const bool item = IsComma(At(k)) && IsWord(k + 1) && IsContent(k + 1);
        listed = listed || item;
        phrase = item || (IsWord(k) && !IsVerbal(k) && !IsClauseWord(k) &&
                          !At(k).Is(kAuxiliary | kHedge | kLight | kOtherVerb));
      }
      if (phrase && listed) return {};
    }
  }
  // English puts a noun's modifiers after it (the shift to home working
  // since the pandemic, a rise in fares): the phrases passed over on the way
  // to the subject stay with it, up to the verb group.
  int modifiers_end = -1;
  // Weaker demand, together with higher rates, has driven down Y: the phrase
  // of the aside causes Y beside the subject.
  // (One sign serves all the causes: a companion whose words of direction
  // differ from the subject's is left out.)
  std::vector<Side> companions;
  const auto with_companions = [&](Subject found) {
    if (found.sides.empty() || found.clause || !found.rule.empty()) return found;
    const int direction = LeadingDirection(found.sides.front());
    for (const Side& companion : companions) {
      if (LeadingDirection(companion) == direction) found.sides.push_back(companion);
    }
    return found;
  };
  // Damp homes contribute to X, worsen Y and raise Z: a verb after the comma
  // that ends a claim's object, in a list of verb phrases that "and" and a
  // verb close, shares that claim's subject (not a participle's clause: X
  // rose, boosting Y; nor the verb after an aside: X, which limits Y, had
  // reduced Z).
  if (!Dutch() && i >= 1 && IsComma(At(i)) && IsWord(pos) && !GerundShape(At(pos).fold)) {
    bool closed = false;
    for (int k = pos + 1; k + 1 < size() && k <= pos + 25 && !IsBoundary(k) && !closed; ++k) {
      closed = IsWord(k) && (At(k).fold == "and" || At(k).fold == "or") && IsVerbal(k + 1);
    }
    if (closed) {
      if (Subject shared = CoordinatedSubject(i); !shared.sides.empty()) return shared;
    }
  }
  // Restoring the routes that have been lost would raise Y: a relative
  // clause of its word and a verb group alone (a participle after its
  // auxiliaries) ends before the main clause's verb group; the subject is
  // the noun the clause belongs to, with the clause.
  if (!Dutch() && IsWord(i) && (PastParticiple(At(i).fold) || CommonIrregularPast(At(i).fold)) &&
      !At(i).Is(kAuxiliary)) {
    bool ignored_hedge = false, ignored_negation = false;
    const int relative = SkipVerbGroupLeft(i, ignored_hedge, ignored_negation);
    const std::vector<Chunk> chunks =
        relative < i - 1 && IsWord(relative) && At(relative).Is(kRelative) && IsClauseWord(relative)
            ? ChunksBefore(relative, 0)
            : std::vector<Chunk>{};
    if (!chunks.empty() && !chunks.back().prepositional && chunks.back().outer.last == relative) {
      // (Trim would drop the clause's verb group: the span is set whole)
      if (const Span whole = {chunks[RunStart(chunks)].span.first, i + 1}; Meaningful(whole)) {
        Subject out;
        out.sides = {Whole(whole)};
        return out;
      }
    }
  }
  for (int hops = 0; hops < 4 && i >= 0; ++hops) {
    if (IsWord(i) && At(i).Is(kRelative) && IsClauseWord(i)) {
      return with_companions(RelativeSubject(i));
    }
    if (IsWord(i) && At(i).Is(kCoordinator) && IsStopper(i) && !ClauseCue(i)) {
      return with_companions(CoordinatedSubject(i));
    }
    if (!IsStopper(i)) {
      const std::vector<Chunk> chunks = ChunksBefore(i + 1, 0);
      if (chunks.empty()) return {};
      const Chunk& last = chunks.back();
      if (last.prepositional && !Dutch()) {
        // In May heavy rain raised Y, In 2021 rising rents cut Y: a month, a
        // year or a weekday ends the opening phrase of time, and the words
        // after it are the subject.
        const int opener = last.outer.first;
        const int when = opener + 1;
        const bool month = IsWord(when) && At(when).Is(kTemporal) && IsCapitalised(when);
        if (opener == FirstWord() && (YearAt(when) || month || Weekday(when)) &&
            when + 1 < last.span.last && IsWord(when + 1) && !At(when + 1).Is(kPreposition) &&
            (IsContent(when + 1) || At(when + 1).Is(kDeterminer))) {
          const Span run =
              Trim({when + 1, modifiers_end > last.span.last ? modifiers_end : last.span.last});
          if (Meaningful(run)) return with_companions(SubjectOf(run));
        }
      }
      if (last.prepositional) {
        // A prepositional phrase between subject and verb: Volgens het SCP
        // vergroot ..., X oefent vanuit verschillende kanten invloed uit.
        if (modifiers_end < 0) modifiers_end = last.span.last;
        i = SkipVerbGroupLeft(last.outer.first, hedged, negated);
        // (rates during and after the pandemic: a preposition joined to the
        // phrase's by "and" shares its noun phrase)
        if (i + 1 == last.outer.first && PairedPreposition(last.outer.first) && IsContent(i - 2)) {
          i -= 2;
          continue;
        }
        // A verb or an adverb before the phrase: it belongs to the verb (X
        // has in May cut Y).
        if (i + 1 != last.outer.first) modifiers_end = -2;
        // The money spent on repairs fell, the number of people killed on
        // the roads fell: a participle and its phrase after a noun say which
        // one; the subject runs on back over them.
        // (not punctuality increased from 78 to 85 per cent: a verb and how
        // much it moved)
        // (Cracks found in two of the girders: a count after another
        // preposition says which ones)
        const std::string& preposition = At(last.outer.first).fold;
        const bool amount = IsWord(last.outer.first + 1) && NumberAt(last.outer.first + 1) &&
                            (preposition == "from" || preposition == "to" || preposition == "by");
        if (!Dutch() && i > 0 && i + 1 == last.outer.first && IsWord(i) && IsWord(i - 1) &&
            PastParticiple(At(i).fold) && IsContent(i - 1) && !IsVerbal(i - 1) && !amount &&
            !At(i - 1).Is(kAuxiliary | kPassiveAuxiliary | kPronoun | kAdverb)) {
          --i;
        }
        continue;
      }
      // (heeft dinsdag in Apeldoorn geleid tot: a word of time with a phrase
      // of place after it says when and where)
      const auto time_and_place = [&] {
        int place = last.outer.first;
        while (place < last.outer.last && !Is(place, kPreposition)) ++place;
        return place > last.outer.first && place < last.outer.last &&
               DutchTimePhrase({last.outer.first, place});
      };
      if (Dutch() && (DutchTimePhrase(last.outer) || time_and_place())) {
        // dat de hittegolf deze zomer voor drukte zorgt: the phrase of time
        // between subject and verb says when; the subject stands before it.
        i = SkipVerbGroupLeft(last.outer.first, hedged, negated);
        continue;
      }
      if (!Dutch()) {
        // The whole run before the verb: the noun with its modifiers (the
        // closure of the plant in May), as far back as the clause goes.
        // A run that opens with a preposition is an adverbial (In May the
        // tariffs ...): the subject starts after it.
        Span run = Trim({chunks[RunStart(chunks)].span.first, last.span.last});
        // Charities we spoke to said a later pension age had shrunk Y: what
        // was said starts after the verb of saying.
        for (int k = run.last - 2; k > run.first; --k) {
          // (not Cracks found in the girders: a participle before its phrase
          // that opens no report)
          const bool participle = IsWord(k + 1) && At(k + 1).Is(kPreposition) && !IsClauseWord(k);
          if (IsWord(k) && At(k).Is(kReporting) && !At(k).Is(kDeterminer | kPreposition) &&
              !ParticipleAsAdjective(k) && !participle && Meaningful({k + 1, run.last})) {
            run.first = k + 1;
            break;
          }
        }
        // Last week heavy rain raised Y, This year the levy cut Y: a phrase of
        // time that opens the sentence says when; the subject follows it.
        static constexpr std::array<std::string_view, 4> kWhen = {"last", "this", "next", "every"};
        for (int n = 2; n <= 3; ++n) {
          const int rest = run.first + n;
          if (run.first == FirstWord() && rest < run.last && IsWord(rest) &&
              std::find(kWhen.begin(), kWhen.end(), At(run.first).fold) != kWhen.end() &&
              TimeHead({run.first, rest}) && !At(rest).Is(kPreposition)) {
            run.first = rest;
            break;
          }
        }
        // the hot, still air: adjectives in a row, set off by a comma, after
        // the determiner that opens the phrase (not In the end, higher prices).
        // (a smaller, earlier harvest: a word of direction as the first)
        if (run.size() >= 2 && run.first >= 3 && IsComma(At(run.first - 1)) &&
            (IsContent(run.first - 2) || Is(run.first - 2, kMore | kLess)) &&
            !IsCapitalised(run.first - 2) && At(run.first - 3).Is(kDeterminer) &&
            !At(run.first - 3).Is(kPronoun) &&
            (run.first - 3 == FirstWord() || !IsWord(run.first - 4) ||
             !At(run.first - 4).Is(kPreposition))) {
          run.first -= 3;
        }
        // The Left, the BJP and a few other parties have ...: the list runs
        // back over its commas to where the clause opens.
        if (const int list_first = ListOpening(run); list_first >= 0) run.first = list_first;
        // professions such as law, accounting and architecture deter Y,
        // lenders' rush to reprice their products cut Y: an example list or
        // an infinitive hangs on the noun before it, and the subject runs on
        // back to that noun's phrase.
        if (const int opener = HangingModifierStart(run.first); opener > 0) {
          if (modifiers_end < 0) modifiers_end = last.span.last;
          i = opener - 1;
          continue;
        }
        if (modifiers_end > run.last) run = Trim({run.first, modifiers_end});
        // refiners that buy ore said they, modelling suggests it: a run that
        // ends on a personal pronoun (not a preposition's) holds a clause of
        // its own whose subject is the pronoun; no phrase here is the subject
        // (accepting it: a gerund's object).
        if (run.size() > 1 && IsWord(run.last - 2) && !At(run.last - 2).Is(kPreposition) &&
            !At(run.last - 2).fold.ends_with("ing")) {
          const std::string& end_word = At(run.last - 1).fold;
          if (At(run.last - 1).Is(kPronoun) &&
              (end_word == "it" || end_word == "they" || end_word == "he" || end_word == "she" ||
               end_word == "we" || end_word == "i" || end_word == "you")) {
            return {};
          }
        }
        if (!run.empty()) {
          if (const int head = RelativeHeadStart(run); head >= 0) {
            const Span whole = Trim({head, run.last});
            if (Meaningful(whole)) {
              Subject out;
              out.sides = {Whole(whole)};
              return with_companions(out);
            }
          }
        }
        if (Meaningful(run)) return with_companions(SubjectOf(run));
      }
      return with_companions(SubjectOf(last.span));
    }
    // De hoge participatie van moeders – ruim driekwart werkt – beperkt Y: an
    // aside between dashes stands between the subject and its verb.
    // (a hyphen-minus only with a space before it: not a compound's hyphen)
    const auto dash = [&](int k) {
      return k > 0 && IsDash(At(k)) && (At(k).fold != "-" || At(k - 1).end < At(k).start);
    };
    if (dash(i)) {
      int open = -1;
      for (int k = i - 1; k > 0 && k >= i - 25; --k) {
        if (dash(k)) {
          open = k;
          break;
        }
        if (!IsWord(k) && !IsComma(At(k))) break;
      }
      if (open > 0 && IsWord(open - 1)) {
        i = SkipVerbGroupLeft(open, hedged, negated);
        continue;
      }
      return {};
    }
    if (IsComma(At(i))) {
      // A parenthesis between subject and verb: Inequality, which has grown, weakens ...
      int open = -1;
      for (int k = i - 1; k >= 0 && k >= i - 25; --k) {
        if (IsComma(At(k))) {
          open = k;
          break;
        }
        if (IsBoundary(k)) break;
      }
      if (!Dutch() && open > 0) {
        if (const int with = CompanionWith(open + 1); with > 0) {
          if (const Span companion = Trim({with + 1, i}); Meaningful(companion)) {
            const std::vector<Side> sides = Conjuncts(companion);
            companions.insert(companions.end(), sides.begin(), sides.end());
            i = SkipVerbGroupLeft(open, hedged, negated);
            continue;
          }
        }
      }
      // The levy, a tax on sugary drinks, cut ...: in English an apposition
      // too (a phrase that opens with its determiner).
      // (Shares in Harwick, Greyline's parent, fell: a possessor opens one too)
      const std::string& opener = At(open + 1).fold;
      const bool possessor = opener.ends_with("'s") || opener.ends_with("\xE2\x80\x99s");
      const bool apposition =
          !Dutch() && open > 0 &&
          ((At(open + 1).Is(kDeterminer) && !At(open + 1).Is(kRelative | kPronoun)) || possessor) &&
          ClosesAside(i);
      // Cheaper milk, they argue, drags down Y; the levy, analysts say, cut Y:
      // who says so, between the subject and its verb.
      const bool reported = !Dutch() && open > 0 && i - open <= 5 && IsWord(i - 1) &&
                            At(i - 1).Is(kReporting) && !At(open + 1).Is(kReporting);
      if (open > 0 && open + 1 < i &&
          (At(open + 1).Is(kRelative | kAdverb | kPreposition) || ClauseCue(open + 1) || reported ||
           (!Dutch() && At(open + 1).fold == "if") ||  // which would, if anything, have raised
           apposition)) {
        i = SkipVerbGroupLeft(open, hedged, negated);
        continue;
      }
      if (Dutch()) {
        // De vaste kosten van autobezit, zoals verzekering, belasting en
        // onderhoud, zetten Y onder druk: an example list between the
        // subject's noun and its verb, over the commas of its list.
        for (int k = i - 1; k >= 1 && k >= i - 25; --k) {
          if (!IsWord(k) && !IsComma(At(k)) && !IsJoiner(k)) break;
          if (IsComma(At(k)) && k + 1 < i && IsWord(k + 1) && At(k + 1).fold == "zoals" &&
              IsContent(k - 1)) {
            i = SkipVerbGroupLeft(k, hedged, negated);
            break;
          }
        }
        if (!IsComma(At(i))) continue;
      }
      if (!Dutch()) {
        // Drainage systems , such as paving , gardens and ponds , slow ...;
        // A grant , offered after the floods of 2020 , increased ...: an
        // example list or a participle's phrase between the subject's noun
        // and its verb, over the commas of its list.
        bool passed = false;
        for (int k = i - 1; k >= 1 && k >= i - 25 && !passed; --k) {
          if (!IsWord(k) && !IsComma(At(k)) && !IsJoiner(k)) break;
          if (!IsComma(At(k)) || k + 1 >= i || !IsWord(k + 1) || !IsContent(k - 1)) continue;
          const Token& opener = At(k + 1);
          const bool such_as = opener.fold == "such" && IsWord(k + 2) && At(k + 2).fold == "as";
          // (a causal verb's participle with its agent is a passive of
          // its own: Population growth, fuelled by migration, has ...)
          // (the price of bulk Riesling, sold by the litre to bottlers, rose:
          // an irregular participle too)
          const bool participle =
              (opener.classes & ~(kOtherVerb | kComplement | kObjectComplement)) == 0 &&
              (!IsVerbal(k + 1) || AgentAfter(k + 2)) && PastParticiple(opener.fold);
          // The slump, coming just as grain has grown dearer, has eroded Y;
          // the cap, rather than a slackening of demand, reduced Y: a
          // present participle's phrase, or the cause the text sets aside.
          const bool present_participle = opener.fold.ends_with("ing") && !IsCapitalised(k + 1) &&
                                          !opener.Is(kDeterminer | kPreposition);
          const bool rather_than =
              opener.fold == "rather" && IsWord(k + 2) && At(k + 2).fold == "than";
          if (such_as || opener.fold == "including" || participle || present_participle ||
              rather_than) {
            i = SkipVerbGroupLeft(k, hedged, negated);
            passed = true;
          }
        }
        if (passed) continue;
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
    if (after != "in" && after != "of" && after != "van" && !(Dutch() && after == "aan")) continue;
    if (const Cue* change = NounChangeAt(noun)) {
      const Span inner = Trim({noun + 2, object.last});
      if (Meaningful(inner)) {
        sign *= change->entry->sign;
        // The phrase stays as written (the drop in uptake); its node is the
        // quantity that moves (uptake).
        std::vector<Side> sides = Conjuncts(inner);
        if (sides.size() == 1) sides.front().span = Trim(object);
        return sides;
      }
    }
  }
  if (const Span moved = MovedFrom(object, sign); !moved.empty()) return Conjuncts(moved);
  std::vector<Side> sides = Conjuncts(object);
  if (Dutch() && sign != 0 && sides.size() == 1 && k + 1 < object.last && At(k).Is(kLow) &&
      IsWord(k + 1) && Meaningful({k + 1, object.last})) {
    // leidt tot lage lonen: wages are low, a direction down; the level stays in the node.
    sign = -sign;
  }
  if (sign != 0 && k < object.last && At(k).Is(kMore | kLess) && Meaningful({k + 1, object.last})) {
    // leads to lower prices: prices go down.
    if (At(k).Is(kLess)) sign = -sign;
    for (Side& side : sides) {
      side.words.erase(std::remove(side.words.begin(), side.words.end(), k), side.words.end());
    }
  }
  return sides;
}

int SentenceReader::ShareOfChange(Span phrase) const {
  // Part of the fall, some of the decline: a share of a change whose
  // quantity is left unnamed moves as the change does.
  if (Dutch()) return 1;
  const int share = phrase.first;
  int end = share;
  while (end < phrase.last && !IsClauseBreak(end)) ++end;
  if (end - share < 4 || At(share + 1).fold != "of" || !At(share + 2).Is(kDeterminer)) return 1;
  const Cue* change = NounChangeAt(end - 1);
  return change != nullptr ? change->entry->sign : 1;
}

const Cue* SentenceReader::NounChangeAt(int i) const {
  for (const Cue& change : changes_) {
    if (!change.verbal && change.tokens[0] == i) return &change;
  }
  return nullptr;
}

Span SentenceReader::MovedFrom(Span object, int& sign) const {
  // prevented prices from falling: the object is a thing and how it would
  // have moved; the thing moves as the change says, the verb's sign on it.
  if (Dutch() || sign == 0) return {};
  const int k = FromWithin(object);
  if (k < 0) return {};
  const Span thing = Trim({object.first, k});
  if (!Meaningful(thing)) return {};
  for (const Cue& change : changes_) {
    if (change.tokens[0] != k + 1 || !At(k + 1).fold.ends_with("ing")) continue;
    sign *= change.entry->sign;
    return thing;
  }
  return {};
}

int SentenceReader::FromWithin(Span object) const {
  for (int k = object.first + 1; k + 1 < object.last; ++k) {
    if (IsWord(k) && At(k).fold == "from") return k;
  }
  return -1;
}

Span SentenceReader::HeldOff(Span object) const {
  const int k = FromWithin(object);
  if (k < 0) return {};
  const Span held = Trim({k + 1, object.last});
  return Meaningful(held) ? held : Span{};
}

void SentenceReader::SignSubject(Subject& subject, int& sign) const {
  // Falling prices boost demand: prices go down, demand up.
  if (sign == 0 || subject.sides.empty()) return;
  if (SignChangeNounSubject(subject, sign)) return;
  for (int w : subject.sides.front().words) {
    if (At(w).Is(kDeterminer) && !At(w).Is(kMore | kLess)) continue;
    if (Dutch() && At(w).Is(kHigh | kLow)) {
      // De lage werkloosheid stuwt de vraag op: unemployment is low, demand up: -.
      // Not in a compound (het lage-inkomensvoordeel) nor for one of several
      // causes, whose levels differ (de lage prijzen en de stijgende kosten).
      if (subject.sides.size() != 1 || !IsWord(w + 1)) return;
      bool rest = false;
      for (int v : subject.sides.front().words) rest = rest || (v > w && IsContent(v));
      if (rest && At(w).Is(kLow)) sign = -sign;
      return;
    }
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

bool SentenceReader::SignChangeNounSubject(Subject& subject, int& sign) const {
  // The loss of those services discouraged passengers, a fall in demand cut
  // output: the subject names a change of what follows "of"/"in", which moves
  // as the change noun says; the cause is that thing, as for an object (leads
  // to a rise in inflation) and for "Falling prices".
  std::vector<int>& words = subject.sides.front().words;
  std::size_t i = 0;
  while (i < words.size() && At(words[i]).Is(kDeterminer | kDegree) &&
         !At(words[i]).Is(kMore | kLess)) {
    ++i;
  }
  // a sharp reduction in, a one-standard-deviation reduction in: adjectives
  // may stand before the change noun (in Dutch with their -e: een snelle
  // daling van).
  const std::size_t last_start = std::min(words.size(), i + (Dutch() ? 2 : 4));
  for (std::size_t n = i; n <= last_start; ++n) {
    if (n + 2 >= words.size() || words[n + 1] != words[n] + 1) continue;
    const std::string& link = At(words[n + 1]).fold;
    // (cuts to the highways budget, increases to benefits: a plural change
    // with "to" names what it changed)
    const bool plural_to = !Dutch() && link == "to" && At(words[n]).fold.ends_with("s");
    if (Dutch() ? link != "van" && link != "aan" : link != "of" && link != "in" && !plural_to) {
      continue;
    }
    bool plain = true;  // only adjectives before it, no noun of its own with of
    for (std::size_t j = i; j < n; ++j) {
      plain = plain && IsContent(words[j]) && !IsVerbal(words[j]) &&
              (!Dutch() || At(words[j]).fold.ends_with("e"));
    }
    if (!plain) return false;
    const Cue* change = NounChangeAt(words[n]);
    if (change == nullptr) return false;
    bool rest = false;
    for (std::size_t j = n + 2; j < words.size(); ++j) rest = rest || IsContent(words[j]);
    if (!rest) return false;
    sign *= change->entry->sign;
    words.erase(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(n + 2));
    return true;
  }
  return false;
}

}  // namespace causalkg::kb::extract
