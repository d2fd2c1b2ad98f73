// Connectives and markers: one clause (or noun phrase) is the cause of
// another. Y because X, Omdat X, Y, X, waardoor Y; Y due to X, Door X neemt
// Y toe. Each side is read as an event: "prices rose" is prices, +.
#include <algorithm>
#include <array>
#include <string_view>

#include "kb/extract/dutch_irregular_verbs.hpp"
#include "kb/extract/sentence_reader.hpp"

namespace causalkg::kb::extract {

namespace {

// A finite verb's shape: plural or infinitive -en, -t, a past in -de or -te.
bool FiniteShape(const std::string& fold) {
  return fold.ends_with("en") || fold.ends_with("t") || fold.ends_with("de") ||
         fold.ends_with("te");
}

// Dutch forms of komen and of ontstaan: verbs of coming about (Die daling
// komt door X, De schade ontstond doordat X).
bool KomenForm(const std::string& fold) {
  return fold == "komt" || fold == "komen" || fold == "kwam" || fold == "kwamen";
}

bool ComesAboutForm(const std::string& fold) {
  return KomenForm(fold) || fold == "ontstaat" || fold == "ontstond" || fold == "ontstaan" ||
         fold == "ontstonden";
}

}  // namespace

bool SentenceReader::DutchClosingDoor(int a) const {
  // (komt niet door X: a reason set aside)
  if (!Dutch() || At(a).fold != "door" || !IsWord(a - 1) || At(a - 1).Is(kNegation)) return false;
  const int start = ClauseStart(a), end = ClauseEnd(a);
  if (a - start < 3 || (IsWord(start) && At(start).Is(kSubordinator | kRelative)) ||
      (start > FirstWord() && IsWord(start - 1) && IsClauseWord(start - 1))) {
    return false;
  }
  // (komt voor een deel door X: another cue of the clause reads it)
  for (const Cue& other : cues_) {
    if (other.first < a && other.first >= start) return false;
  }
  for (int k = start; k < a; ++k) {
    const std::string& w = At(k).fold;
    // (vervangen X door Y: replaced by Y; komt ... door X: what comes about
    // is the clause before)
    if (w.starts_with("vervang") || w.starts_with("verving") || KomenForm(w)) return false;
    // (reden door de hoofdstraat: the way a verb of moving takes)
    if (lexicon_.IsWordOf(EntryKind::kDestination, w)) return false;
    if (WordenForm(w) || (w.size() > 5 && DutchParticipleShape(w))) return false;
  }
  for (int k = a + 1; k < end; ++k) {
    if (IsVerbal(k) || (At(k).Is(kAuxiliary | kOtherVerb | kLight) && !At(k).Is(kDeterminer))) {
      return false;
    }
  }
  // (kan door de rentestijging 60.000 euro minder lenen: a noun phrase after
  // door's own is the clause's, which goes on)
  const std::vector<Chunk> after = ChunksAfter(a + 1, end);
  for (std::size_t c = 1; c < after.size(); ++c) {
    if (!after[c].prepositional || At(after[c].outer.first).fold == "om") return false;
  }
  const Span phrase = Trim({a + 1, end});
  const int head = HeadOf(phrase);
  if (phrase.empty() || head < 0 || NumberAt(a + 1) || At(a + 1).Is(kPronoun) ||
      IsCapitalised(head) || At(head).Is(kAgent) || At(head).fold.ends_with("ers")) {
    return false;
  }
  return true;
}

int SentenceReader::CommaBefore(int end) const {
  int k = end - 1;
  while (k > 0 && IsWord(k)) --k;
  return k > 0 && IsComma(At(k)) ? k : -1;
}

bool SentenceReader::ReportingAside(Span span) const {
  // the company said on Tuesday, officials told reporters: a short clause
  // whose verb is one of saying, its subject before it.
  if (span.size() > 8) return false;
  for (int k = span.first + 1; k < span.last && k <= span.first + 4; ++k) {
    if (!IsWord(k) || IsVerbal(k)) return false;
    if (At(k).Is(kReporting) && !At(k).Is(kDeterminer | kPreposition) &&
        !At(k - 1).Is(kDeterminer)) {
      return true;
    }
  }
  return false;
}

int SentenceReader::AfterOpeningAdverbs(int end) const {
  int k = FirstWord();
  while (k < end && IsWord(k) && At(k).Is(kAdverb) && !At(k).Is(kMore | kLess)) ++k;
  return k;
}

int SentenceReader::FirstWord() const {
  int i = 0;
  while (i < size() && !At(i).word) ++i;
  return i;
}

int SentenceReader::MainClauseAfter(int from, int end) const {
  // If an agreement was not reached the protests would continue: without a
  // comma the main clause opens at the first phrase after the reason's own
  // verb group that a verb group follows (the protests would). Returns its
  // first token, or -1.
  // (a past tense in -ed right after a noun is a verb too: the talks failed)
  auto verb = [&](int i) {
    return IsWord(i) &&
           (At(i).Is(kAuxiliary) || IsVerbal(i) ||
            (At(i).fold.ends_with("ed") && IsContent(i - 1) &&
             !At(i).Is(kDeterminer | kPreposition) && !At(i - 1).Is(kDeterminer | kPreposition)));
  };
  int k = from;
  while (k < end && !verb(k)) ++k;
  while (k < end && IsWord(k) && (IsVerbGroup(k) || verb(k))) ++k;
  for (int d = k; d < end; ++d) {
    if (!IsWord(d)) return -1;
    if (!At(d).Is(kDeterminer | kPronoun) || At(d).Is(kRelative)) continue;
    if (IsWord(d - 1) && At(d - 1).Is(kPreposition)) continue;  // in the north
    int v = d + 1;
    while (v < end && v - d <= 4 && IsWord(v) && (IsContent(v) || At(v).Is(kDeterminer)) &&
           !verb(v)) {
      ++v;
    }
    if (v < end && v > d && (At(v).Is(kHedge) || verb(v)) && (v > d + 1 || At(d).Is(kPronoun))) {
      return d;
    }
  }
  return -1;
}

bool SentenceReader::OpensLikeSentence(int a) const {
  // Where a clause opens as at a sentence's start: the first word; after a
  // colon or a semicolon; in English after a sentence adverb or a
  // conjunction that opens the sentence (However, as the JCBs moved in, ...;
  // But when talks failed, ...) or a source before its comma (According to
  // the SABC, when Mbeki took the podium, ...).
  const int first = FirstWord();
  if (a == first) return true;
  const int prev = a - 1;
  if (prev < 0) return false;
  if (!IsWord(prev) && (At(prev).fold == ":" || At(prev).fold == ";")) return true;
  static constexpr std::array<std::string_view, 10> kOpeners = {
      "however", "meanwhile", "but", "and", "still", "moreover", "yet", "instead", "then", "so"};
  // (Maar als iedereen blijft sproeien, vallen de sloten droog)
  static constexpr std::array<std::string_view, 4> kDutchOpeners = {"maar", "en", "toch", "want"};
  const int opener = IsComma(At(prev)) ? prev - 1 : prev;
  const std::string& first_word = At(first).fold;
  if (opener == first &&
      (Dutch() ? std::find(kDutchOpeners.begin(), kDutchOpeners.end(), first_word) !=
                     kDutchOpeners.end()
               : std::find(kOpeners.begin(), kOpeners.end(), first_word) != kOpeners.end())) {
    return true;
  }
  if (Dutch()) return false;
  // Split skins let in moisture, and if the weather stays warm, rot spreads:
  // after a comma and a coordinator a condition opens as a sentence does
  // (not but because: a reason set against another); so does a reason after
  // "and" (A mild winter let aphids survive, and because April was warm, the
  // insects came early); not a second reason (harder, because X, and because
  // Y: it explains what the first does).
  const auto second_reason = [&] {
    for (int k = first; k < prev - 1; ++k) {
      if (IsWord(k) && At(k).fold == "because" && ClauseCue(k)) return true;
    }
    return false;
  };
  if (IsWord(a) && IsWord(prev) && prev - 1 > first && IsComma(At(prev - 1)) &&
      (((At(a).fold == "if" || At(a).fold == "unless") &&
        (At(prev).fold == "and" || At(prev).fold == "but")) ||
       (At(a).fold == "because" && At(prev).fold == "and" && !second_reason()))) {
    return true;
  }
  // He warned that if X, Y: a clause a report opens with "that" (modelling
  // suggests that if X, Y; the fear that if X, Y: "that" before a condition
  // opens a clause, it names nothing).
  if (IsWord(prev) && At(prev).fold == "that" && IsWord(prev - 1) &&
      ((At(prev - 1).Is(kReporting) && !At(prev - 1).Is(kDeterminer)) ||
       (IsWord(a) && At(a).fold == "if"))) {
    return true;
  }
  if (IsComma(At(prev)) && prev - first <= 10 && At(first).fold == "according" &&
      IsWord(first + 1) && At(first + 1).fold == "to") {
    for (int k = first + 2; k < prev; ++k) {
      if (!IsWord(k) || IsVerbal(k) || IsClauseWord(k)) return false;
    }
    return true;
  }
  return false;
}

int SentenceReader::BackOverMarkers(int k) const {
  // Back from k to the token before its clause, over the phrases markers
  // open inside it (X rose because of Y: one clause).
  while (
      k >= 0 && !IsClauseBreak(k) &&
      (!IsClauseWord(k) || (CueOf(k) != nullptr && CueOf(k)->entry->kind == EntryKind::kMarker))) {
    --k;
  }
  return k;
}

int SentenceReader::NextPunctuation(int i) const {
  while (i < size() && !IsClauseBreak(i)) ++i;
  return i;
}

int SentenceReader::ClauseEndPastAside(int from) const {
  // so that the gym, which sits under a separate roof, can reopen: a
  // relative clause between commas after a subject that has no verb yet;
  // the clause goes on after it.
  // (because the fans, installed in 1986, were worn out: so a participle's
  // phrase, where an auxiliary or a modal goes on after it)
  const int end = NextPunctuation(from);
  if (Dutch() || end + 1 >= size() || !IsComma(At(end)) || !IsWord(end + 1) ||
      ClauseVerb(from, end) >= 0) {
    return end;
  }
  const bool relative = At(end + 1).Is(kRelative);
  const bool participle = At(end + 1).fold.ends_with("ed") && !At(end + 1).Is(kAuxiliary);
  if (!relative && !participle) return end;
  const int close = NextPunctuation(end + 1);
  if (close + 1 < size() && IsComma(At(close)) && IsWord(close + 1) &&
      (relative || At(close + 1).Is(kAuxiliary | kHedge))) {
    return NextPunctuation(close + 1);
  }
  return end;
}

int SentenceReader::SegmentEnd(int i) const {
  while (i < size() && !IsClauseBreak(i) && !IsClauseWord(i)) ++i;
  return i;
}

int SentenceReader::ParticipleEnd(int cue_last) const {
  // to serve a notice which came under attack, to mourn but were stopped:
  // a participle's or an infinitive's clause ends where a relative clause
  // about its object or a contrasting clause begins.
  int k = cue_last + 1;
  for (; k < size() && !IsClauseBreak(k); ++k) {
    const std::string& w = At(k).fold;
    // (to limit the costs for those who have no alternative, to reduce the
    // number of apprentices who leave early: "who" right after a plural
    // noun says which ones)
    if (!Dutch() && w == "who" && IsWord(k - 1) &&
        (At(k - 1).fold == "those" || (IsContent(k - 1) && At(k - 1).fold.ends_with("s")))) {
      continue;
    }
    if (IsWord(k) && (w == "which" || w == "who" || w == "whom" || w == "but" || w == "whereas" ||
                      w == "while")) {
      return k;
    }
    // withdrew late buses to protect drivers after a series of incidents,
    // cut prices to win back shoppers after sales fell: a reason or a time
    // after the aim is the act's, no part of the aim.
    if (!Dutch() && At(cue_last).fold == "to" && k > cue_last + 2 && IsWord(k) &&
        (w == "after" || w == "following" || w == "amid" || w == "because") && IsWord(k + 1) &&
        (At(k + 1).Is(kDeterminer) || IsContent(k + 1))) {
      return k;
    }
  }
  const int end = Dutch() ? k : ListEnd(k);
  // leaving thousands of residents stranded at the height of the season: the
  // result ends with its word of harm, as after leave used as a verb; a place
  // or a time after it is no part of it (but or unable to reach it is, and
  // what they are left with).
  if (!Dutch() && At(cue_last).fold == "leaving") {
    int harm = -1;
    for (int h = cue_last + 1; h < end; ++h) {
      if (IsWord(h) && lexicon_.IsWordOf(EntryKind::kHarm, At(h).fold)) harm = h;
    }
    if (harm < 0 || !IsWord(harm + 1) || !At(harm + 1).Is(kPreposition) ||
        At(harm + 1).fold == "with" || At(harm + 1).fold == "without") {
      return end;
    }
    for (int h = harm + 1; h < end; ++h) {
      if (!IsWord(h) || At(h).Is(kCoordinator)) return end;
    }
    return harm + 1;
  }
  return end;
}

int SentenceReader::ReasonEnd(int from) const {
  // English: Y when X stormed the hall which Z had rented: the reason's
  // clause ends where a relative clause about its object begins.
  if (Dutch()) {
    // omdat X en omdat Y, doordat X en voor een ander deel doordat Y: the
    // second reason is its own.
    int end = NextPunctuation(from);
    // doordat het schip, een leeg tankschip van 110 meter, te snel de kolk
    // in voer: a subject alone before a comma has its verb still to come;
    // the apposition between the commas is part of the reason.
    if (const int next = end + 1 < size() ? NextPunctuation(end + 1) : end;
        end < size() && IsComma(At(end)) && next < size() && IsComma(At(next)) && IsWord(end + 1) &&
        At(end + 1).Is(kDeterminer) && NounPhraseAlone({from, end}) &&
        NounPhraseAlone({end + 1, next})) {
      end = NextPunctuation(next + 1);
    }
    for (int k = from + 1; k < end; ++k) {
      if (IsWord(k) && At(k).Is(kCoordinator) && SecondReason(k) > k) return k;
    }
    return end;
  }
  const int end = std::max(ListEnd(NextPunctuation(from)), ClauseEndPastAside(from));
  // because pupils who miss school differ ...: a relative clause before the
  // reason's verb is about its subject and inside the reason.
  bool verb = false;
  for (int k = from + 1; k < end; ++k) {
    if (!IsWord(k)) continue;
    // (relied on referrals from services that older people had stopped
    // using: "that" right after its noun says which ones, and stays)
    if (verb && At(k).Is(kRelative) && !At(k).Is(kDeterminer) && IsContent(k - 1) &&
        At(k).fold != "that") {
      return k;
    }
    verb = verb || IsVerbal(k) || At(k).Is(kAuxiliary | kLight | kOtherVerb | kHedge) ||
           At(k).fold.ends_with("ed");
    // since the tax is unjust but the shops have to open: a contrasting
    // clause is no part of the reason.
    if (At(k).fold == "but" || At(k).fold == "whereas") return k;
    // because they must deliver the agreed volumes even if that means buying
    // in: a concession after the reason's verb is no part of it.
    if (verb && At(k).fold == "even" && IsWord(k + 1) &&
        (At(k + 1).fold == "if" || At(k + 1).fold == "though")) {
      return k;
    }
    // because X or because Y: the second reason is its own.
    if (At(k).Is(kCoordinator) && k + 1 < end && IsWord(k + 1) && ClauseCue(k + 1)) return k;
  }
  return end;
}

bool SentenceReader::HowMuchWord(int i) const {
  // voor een groot deel, in belangrijke mate, tot op zekere hoogte: the words
  // that say how much a Dutch reason or cause explains.
  static constexpr std::array<std::string_view, 7> kHowMuch = {
      "tot", "stand", "deel", "ander", "grote", "belangrijke", "mate"};
  return IsWord(i) && (At(i).Is(kAdverb | kPreposition | kDeterminer | kDegree) ||
                       std::find(kHowMuch.begin(), kHowMuch.end(), At(i).fold) != kHowMuch.end());
}

bool SentenceReader::Fraction(const std::string& fold) {
  // a third, half, two-thirds: a share of a whole, an amount
  static constexpr std::array<std::string_view, 10> kFractions = {
      "half",  "third",  "thirds", "quarter", "quarters",
      "fifth", "fifths", "tenth",  "tenths",  "sixth"};
  return std::find(kFractions.begin(), kFractions.end(), fold) != kFractions.end();
}

int SentenceReader::PrepositionAgain(int phrase_end, const std::string& word) const {
  // door X en door Z, by X and by Z, niet alleen door X, maar ook door Z: the
  // same preposition after a coordinator (and "ook", over the comma of "maar
  // ook") names a second phrase; its position, or -1.
  int k = phrase_end;
  while (k < size() && !IsWord(k) && !IsClauseBreak(k)) ++k;
  const auto also = [&](int w) {
    return IsWord(w) && (At(w).fold == "ook" || At(w).fold == "also");
  };
  if (k < size() && IsComma(At(k)) && IsWord(k + 1) &&
      (At(k + 1).fold == "maar" || At(k + 1).fold == "but") && also(k + 2)) {
    ++k;
  }
  const int again = also(k + 1) ? k + 2 : k + 1;
  return IsWord(k) && At(k).Is(kCoordinator) && IsWord(again) && At(again).fold == word ? again
                                                                                        : -1;
}

int SentenceReader::SecondReason(int coordinator) const {
  // en omdat Y, en voor een deel doordat Y: a reason's word after a
  // coordinator, right after it or after a few words that say how much it
  // explains (no verb among them); -1 where none follows.
  for (int t = coordinator + 1; t <= coordinator + 5 && IsWord(t); ++t) {
    const Cue* cue = ClauseCue(t) ? CueOf(t) : nullptr;
    if (cue != nullptr && cue->first == t && cue->entry->kind == EntryKind::kConnective &&
        cue->entry->cause_after && !cue->entry->purpose) {
      return t;
    }
    // (the words between open with a preposition or an adverb: not de
    // aanleg van kabels en stations duurt jaren doordat)
    if (t == coordinator + 1 && !At(t).Is(kPreposition | kAdverb)) break;
    if (IsVerbal(t) || At(t).Is(kAuxiliary | kLight | kHedge | kSubordinator | kRelative)) break;
  }
  return -1;
}

bool SentenceReader::SubjectPhrase(Span span) const {
  // a phrase with no verb, clause word, auxiliary or light verb in it
  if (!Meaningful(span)) return false;
  for (int w = span.first; w < span.last; ++w) {
    if (IsVerbal(w) || IsClauseWord(w) || At(w).Is(kAuxiliary | kLight | kOtherVerb)) return false;
  }
  return true;
}

SentenceReader::Event SentenceReader::RecordedMove(Span span) const {
  static constexpr std::array<std::string_view, 13> kRecords = {
      "posted", "recorded", "reported", "saw",     "suffered", "logged",    "notched",
      "booked", "reached",  "hit",      "touched", "marked",   "registered"};
  Event out;
  int verb = span.first + 1;
  while (verb + 1 < span.last && !(IsWord(verb) && std::find(kRecords.begin(), kRecords.end(),
                                                             At(verb).fold) != kRecords.end())) {
    ++verb;
  }
  if (verb + 1 >= span.last) return out;
  int sign = 0;
  for (int k = verb + 1; k < span.last && k <= verb + 7 && (IsWord(k) || IsJoiner(k)) && sign == 0;
       ++k) {
    const std::string& w = At(k).fold;
    if (w == "high" || w == "highest" || w == "record" || w == "peak") sign = 1;
    if (w == "low" || w == "lowest") sign = -1;
    if (const Cue* change = NounChangeAt(k)) sign = change->entry->sign;
  }
  const Span subject = Trim({span.first, verb});
  if (sign != 0 && SubjectPhrase(subject)) {
    out.side = Whole(subject);
    out.sign = sign;
  }
  return out;
}

bool SentenceReader::PhraseBeforeVerb(int to, int end) const {
  // the extension of rent control to small buildings reduced supply: a
  // past of a causal verb after the word that would open the aim is the
  // sentence's verb; "to" opened a phrase, no aim.
  for (int k = to + 2; k < end; ++k) {
    if (IsVerbal(k) && At(k).fold.ends_with("ed") && IsWord(k - 1) &&
        !At(k - 1).Is(kAuxiliary | kPassiveAuxiliary | kHedge) && IsContent(k - 1)) {
      return true;
    }
  }
  return false;
}

bool SentenceReader::NounPhraseAlone(Span span) const {
  // A peaceful march in the town of Yuen Long: one noun's phrase and the
  // phrases after it, no verb of its own.
  if (ClauseVerb(span.first, span.last) >= 0) return false;
  // (they lack adequate channels: a pronoun is a subject, a verb follows)
  if (At(span.first).Is(kPronoun) && !At(span.first).Is(kDeterminer)) return false;
  const std::vector<Chunk> chunks = ChunksAfter(span.first, span.last);
  if (chunks.empty() || chunks.front().prepositional || chunks.front().outer.first != span.first ||
      chunks.back().outer.last != span.last) {
    return false;
  }
  for (std::size_t c = 1; c < chunks.size(); ++c) {
    if (!chunks[c].prepositional || chunks[c].outer.first != chunks[c - 1].outer.last) return false;
  }
  return true;
}

bool SentenceReader::ListedProposal(int start) const {
  // b) introduce a rural service guarantee, - extend free meals: an item of
  // a list of recommendations, its label (dropped before reading: a), (iv))
  // or its marker (a dash, a bullet, a number and its full stop) then a
  // verb in small letters.
  int k = 0;
  while (k < size() &&
         (IsDash(At(k)) || (!IsWord(k) && (At(k).fold == "*" || At(k).fold == "\xE2\x80\xA2")))) {
    ++k;
  }
  // (not b) rents rose, so that ...: a subject in a list of findings)
  return (sentence_.list_item || k > 0) && k >= start && IsWord(k) && !At(k).capital &&
         !At(k).number && !At(k).Is(kDeterminer | kPronoun | kPreposition) &&
         BareVerbShape(At(k).fold);
}

int SentenceReader::ActClauseStart(int end) const {
  // offer relief to shops that move into empty units, so that ...: the act
  // runs back over a relative clause without a comma to its own clause.
  int start = MainClauseStart(end);
  // (set aside money to hire props, so that ...: over an aim of the act too)
  for (int hops = 0; hops < 2 && !Dutch() && start >= 2; ++hops) {
    const int opener = start - 1;
    const bool relative = IsWord(opener) && At(opener).Is(kRelative) && IsContent(opener - 1);
    const bool aim = IsWord(opener) && At(opener).fold == "to" && ClauseCue(opener);
    if (!relative && !aim) break;
    start = MainClauseStart(opener);
  }
  return start;
}

int SentenceReader::MainClauseStart(int end) const {
  // English: Two of the members , Justice X and Justice Y , did not take
  // part because ...: the clause a reason or a marker follows runs back
  // over commas (an apposition, an adverbial) to a clause word or the
  // sentence's start.
  if (Dutch()) return SegmentStart(end);
  int k = end - 1;
  int last_comma = -1;  // the comma passed that lies nearest the start
  while (k >= 0) {
    // rose 4 per cent after the announcement , as investors ...: "after"
    // before a noun phrase is a preposition inside the clause, no clause word.
    // (pumping water out of what is left: "what" after a preposition names
    // a thing, and opens no clause)
    const auto prepositional = [&](int i) {
      if (IsWord(i) && At(i).fold == "what" && i > 0 && IsWord(i - 1) &&
          At(i - 1).Is(kPreposition)) {
        return true;
      }
      return IsWord(i) && At(i).Is(kPreposition) && At(i).Is(kSubordinator) && !ClauseCue(i) &&
             ClauseVerb(i + 1, NextPunctuation(i + 1)) < 0;
    };
    while (k >= 0 && !(IsClauseBreak(k) && At(k).fold != ",") &&
           (!IsClauseWord(k) || prepositional(k))) {
      // X, but Y because Z: a coordinator after a comma opens another clause.
      if (IsWord(k) && At(k).Is(kCoordinator) && k > 0 && !IsWord(k - 1) && At(k - 1).fold == ",") {
        break;
      }
      if (!IsWord(k) && At(k).fold == ",") last_comma = k;
      --k;
    }
    // X , who was wounded at the scene , was jailed after ...: a relative
    // clause between commas lies inside the clause of its noun.
    // The comma may be the one before the cue (rescheduled the exams ,
    // which were to start on Monday , due to the strike).
    const bool closed = last_comma > k || (end < size() && IsComma(At(end)));
    // (Youth services, for which councils have only a loose duty, were cut:
    // a preposition may open the relative clause)
    const int opener = k >= 3 && IsWord(k - 1) && At(k - 1).Is(kPreposition) &&
                               (At(k).fold == "which" || At(k).fold == "whom")
                           ? k - 1
                           : k;
    if (opener >= 2 && IsWord(k) && At(k).Is(kRelative) && !At(k).Is(kDeterminer) &&
        At(opener - 1).fold == "," && closed && IsWord(opener - 2) && IsContent(opener - 2)) {
      k = opener - 2;
      continue;
    }
    // protesters gathered outside a hotel where briefings were held to
    // demand ...: a relative clause right after its noun, without a comma,
    // says which one it is and lies inside the clause the cue follows.
    if (k >= 1 && IsWord(k) && IsWord(k - 1) && IsContent(k - 1) && !At(k - 1).Is(kTemporal) &&
        !At(k - 1).number) {
      const std::string& w = At(k).fold;
      if (w == "who" || w == "whom" || w == "whose" || w == "which" || w == "where") {
        --k;
        continue;
      }
      // premises that will not be reached: "that" with its verb group right
      // after a noun (not after a verb of saying: found that it will).
      const Token& noun = At(k - 1);
      const bool noun_before = !noun.Is(kReporting | kOtherVerb | kComplement) &&
                               !IsVerbal(k - 1) && !noun.fold.ends_with("ed");
      if (w == "that" && IsWord(k + 1) && At(k + 1).Is(kAuxiliary | kHedge) && noun_before) {
        --k;
        continue;
      }
      // caused by two gas-fired plants that tripped offline because X: with
      // a past after it, the clause is its noun phrase's, back to the word
      // before that phrase.
      if (w == "that" && IsWord(k + 1) &&
          (At(k + 1).fold.ends_with("ed") || CommonIrregularPast(At(k + 1).fold)) &&
          !At(k + 1).Is(kDeterminer | kPreposition) && noun_before) {
        int first = k - 1;
        while (first >= 1 &&
               (At(first - 1).fold == "-" ||
                (IsWord(first - 1) && (IsContent(first - 1) || At(first - 1).Is(kDeterminer)) &&
                 !At(first - 1).Is(kPreposition) && !IsVerbal(first - 1) && !KnownVerb(first - 1) &&
                 (!At(first - 1).fold.ends_with("ed") || IsJoiner(first - 2))))) {
          --first;
        }
        return TrimClause({first, end}).first;
      }
    }
    // would break that structure and prompt Y: "that" after a verb other
    // than one of saying, with no verb of its own before the end, is a
    // determiner.
    const auto verb_before = [&](int i) {  // (would break, to break: after a modal)
      return IsVerbal(i) || KnownVerb(i) ||
             (IsWord(i - 1) && (At(i - 1).Is(kHedge | kAuxiliary) || At(i - 1).fold == "to"));
    };
    if (k >= 2 && IsWord(k) && At(k).fold == "that" && IsWord(k - 1) && verb_before(k - 1) &&
        !At(k - 1).Is(kReporting | kOtherVerb | kComplement) && k + 1 < end && IsWord(k + 1) &&
        IsContent(k + 1) && ClauseVerb(k + 1, end) < 0 && end - k <= 4 &&
        !HasVerbal({k + 1, end}, kAuxiliary | kHedge)) {
      --k;
      continue;
    }
    break;
  }
  // When X, Y because Z: the clause a subordinator opens ends at its comma.
  // (not a verb of saying: told us it had started a minibus, at £310,000 a
  // year, to: the reported clause runs over its commas)
  const bool says = k >= 0 && At(k).Is(kReporting) && At(k).fold != "to" &&
                    At(k).fold != "according";  // (According to X, Y)
  if (k >= 0 && IsClauseWord(k) && !says && last_comma > k) {
    return TrimClause({last_comma + 1, end}).first;
  }
  // In 2009, Earlier, On Monday,: an adverbial before the first comma is
  // not part of the clause.
  if (k < 0 && last_comma > 0) {
    const int first = FirstWord();
    int words = 0;
    for (int w = first; w < last_comma; ++w) words += IsWord(w) ? 1 : 0;
    // (not an amount: More than 1,400 schools across Yorkshire, Lancashire)
    const bool amount = IsWord(first + 1) && At(first + 1).fold == "than";
    // (nor a name with an apposition after it: Hollins Bakery, a family
    // chain, raised; not Second, the government should; Earlier, a group had)
    const std::string& opener = At(last_comma + 1).fold;
    const int close = NextPunctuation(last_comma + 1);
    bool apposition = IsWord(last_comma + 1) && (opener == "a" || opener == "an") && close < end &&
                      IsComma(At(close)) && ClauseVerb(last_comma + 1, close) < 0;
    for (int w = first; w < last_comma && apposition; ++w) {
      apposition = IsWord(w) && At(w).capital && !At(w).Is(kPreposition | kAdverb | kTemporal);
    }
    if (!amount && !apposition &&
        (words <= 2 || At(first).Is(kPreposition | kAdverb | kTemporal))) {
      return TrimClause({last_comma + 1, end}).first;
    }
  }
  return TrimClause({k + 1, end}).first;
}

int SentenceReader::AsideStart(int comma) const {
  // stocks had fallen, according to the council, which means that: the
  // source between commas is no part of the clause before.
  if (Dutch()) return comma;
  // rose to £3.40 a kilo, from £2.60 a week earlier, as X; fell to 4 per
  // cent, down from 5 per cent, after X: where a quantity came from.
  int opening = comma - 1;
  while (opening >= 0 && opening > comma - 10 && !IsComma(At(opening)) &&
         (IsWord(opening) || !IsClauseBreak(opening))) {
    --opening;
  }
  if (opening > 0 && IsComma(At(opening))) {
    const std::string& first = At(opening + 1).fold;
    const int from = (first == "up" || first == "down") ? opening + 2 : opening + 1;
    bool number = false;
    for (int p = from + 1; p < comma && !number; ++p) number = NumberAt(p);
    if (from < comma && At(from).fold == "from" && number) return opening;
  }
  // (according to building-access data: over a compound's hyphen)
  int k = comma - 1;
  while (k >= 0 && (IsWord(k) || IsJoiner(k))) --k;
  if (k < 1 || !IsComma(At(k))) return comma;
  if (At(k + 1).fold == "according" && At(k + 2).fold == "to") return k;
  // (fell sharply, as analysts had expected, because X)
  if (AsTheyDid(k + 1)) return k;
  // capped at seven, even though this would raise costs, because X: a
  // concession between commas is no part of it either.
  const std::string& opener = At(k + 1).fold;
  if (opener == "although" || opener == "though" ||
      (opener == "even" && (At(k + 2).fold == "though" || At(k + 2).fold == "if"))) {
    return k;
  }
  // spread across East Africa, officials said on Thursday, after X: a
  // source and its verb of saying (and when it spoke) between commas.
  int verb = comma - 1;
  for (int p = comma - 1; p > k + 1 && p >= comma - 3; --p) {
    if (Weekday(p) || TimeHead({p, comma})) verb = p - 1;
  }
  if (verb > k + 1 && At(verb).Is(kPreposition)) --verb;
  const bool said = verb > k + 1 && At(verb).Is(kReporting) && At(verb).fold.ends_with("d") &&
                    !At(verb).Is(kDeterminer) && verb - k <= 6;
  // would reopen a furnace, creating 400 jobs, if X: a result's participle
  // between commas hangs on the clause before it.
  const Cue* result = CueOf(k + 1);
  const bool hangs = result != nullptr && result->entry->participle &&
                     !result->entry->cause_after && At(k + 1).fold.ends_with("ing");
  return said || hangs ? k : comma;
}

int SentenceReader::SegmentStart(int end) const {
  int k = end - 1;
  while (k >= 0 && !IsClauseBreak(k) && !IsClauseWord(k)) --k;
  return k + 1;
}

Span SentenceReader::BeforeReason(Span clause) const {
  // Tracks buckled because the steel expanded, forcing engineers to close
  // routes; my train was cancelled because of the heat, so I'll lose pay: the
  // result follows from the clause the reason explains, not from the reason.
  if (Dutch() || clause.first < 2) return clause;
  const Cue* at = CueOf(clause.first - 1);
  if (at == nullptr) return clause;
  const Cue& cue = *at;
  // (slowed the rate of arrivals to keep planes apart, causing delays: so
  // after an aim, which the act serves)
  const bool reason =
      cue.entry->kind == EntryKind::kMarker || (cue.entry->kind == EntryKind::kConnective &&
                                                cue.entry->cause_after && !cue.entry->condition);
  if (!reason || cue.last != clause.first - 1 || cue.first <= FirstWord()) return clause;
  const Span main = TrimClause({SegmentStart(cue.first), cue.first});
  return Meaningful(main) ? main : clause;
}

bool SentenceReader::HasVerbal(Span span, std::uint32_t cls) const {
  for (int i = span.first; i < span.last; ++i) {
    if (!IsWord(i) || !At(i).Is(cls)) continue;
    if (cls == kHedge && At(i).Is(kHedgeAdjective)) continue;
    if (cls == kNegation && At(i).Is(kNegativeDeterminer)) continue;
    return true;
  }
  return false;
}

const Claim* SentenceReader::ClaimInside(Span span) const {
  for (auto it = claims_.rbegin(); it != claims_.rend(); ++it) {
    if (rules::RelatesClauses(it->rule) || it->rule == rules::kRoot ||
        it->rule == rules::kComparison || it->negated) {
      continue;
    }
    if (it->cue.first >= span.first && it->cue.last < span.last) return &*it;
  }
  return nullptr;
}

int SentenceReader::LessOrMoreOften(Span span) const {
  // werknemers nemen minder vaak deel, ouders vaker werken: how often the
  // event happens moves so.
  for (int k = span.first; k + 1 < span.last; ++k) {
    if (!IsWord(k) || Is(k - 1, kPreposition | kDeterminer)) continue;
    if (At(k).Is(kMore | kLess) && At(k + 1).fold == "vaak") return At(k).Is(kLess) ? -1 : 1;
    if (At(k).fold == "vaker") return 1;
  }
  return 0;
}

int SentenceReader::JointSign(const Event& from, const Event& to) {
  if (to.event && !from.event && from.sign == 1) return 1;
  if (from.event && !to.event && to.sign == 1) return 1;
  return from.sign * to.sign;
}

SentenceReader::Event SentenceReader::EventOf(Span clause, bool effect_side, bool reason,
                                              bool whole) const {
  const Span span = TrimClause(clause);
  Event out;
  out.side = Whole(span);
  if (span.empty()) return out;
  // A claim inside the clause: its effect is what the clause says happens.
  if (const Claim* inner = ClaimInside(span)) {
    if (whole) return out;
    out.side = inner->effect;
    out.sign = (inner->sign == 0 ? 1 : inner->sign) * inner->cause_turn;
    return out;
  }
  // A verb cue opening the clause, its subject elsewhere: ..., thereby
  // reducing Y. A clause named whole keeps its verb (in order to reduce
  // compulsive use: the aim is the act of reducing).
  for (const Cue& cue : cues_) {
    if (whole) break;
    if (cue.entry->kind != EntryKind::kVerb || !cue.verbal || cue.first != span.first) continue;
    bool hedged = false, negated = false;
    const int begin = SkipVerbGroupRight(cue.last + 1, hedged, negated);
    std::vector<Chunk> chunks = ChunksAfter(begin, span.last);
    if (chunks.empty() || chunks.front().prepositional || !Meaningful(chunks.front().span)) break;
    int sign = cue.entry->sign == 0 ? 1 : cue.entry->sign;
    Span object = chunks.front().span;
    // thereby protecting households from the rise in costs: the rise is held
    // off, the sign turned, as after a subject.
    if (const Span held = HeldOff(object); !Dutch() && cue.entry->from_turns && !held.empty()) {
      object = held;
      sign = -sign;
    }
    std::vector<Side> sides = SignedSides(object, sign);
    out.side = sides.front();
    out.sign = sign;
    return out;
  }
  // A change: Y rises, Y neemt toe, neemt Y toe, stijgen de prijzen.
  for (const Cue& change : changes_) {
    const int verb = change.tokens[0];
    if (!change.verbal || verb < span.first || verb >= span.last) continue;
    if (!Dutch() && change.tokens.size() == 1 && TransitiveChange(verb, span.last)) continue;
    // (have been slow to adopt them: after a form of be only a participle
    // is a verb; a bare form is an adjective, no change)
    if (const std::string& form = At(verb).fold;
        !Dutch() && change.tokens.size() == 1 && verb > span.first && IsWord(verb - 1) &&
        (Copula(At(verb - 1).fold) || At(verb - 1).fold == "been" || At(verb - 1).fold == "be") &&
        !form.ends_with("ing") && !form.ends_with("en") && !PastParticiple(form)) {
      continue;
    }
    // (a worker fell from the roof, a car fell into the river: a fall through
    // space, not of a quantity; not rose with income, fell from a peak of 40)
    const bool falls = At(verb).fold.starts_with("fall") || At(verb).fold == "fell";
    if (const int next = change.last + 1; !Dutch() && falls && IsWord(next) && next < span.last) {
      const std::string& f = At(next).fold;
      const bool place = f == "into" || f == "onto" || f == "off" || f == "through" ||
                         f == "overboard" ||
                         (f == "from" && IsWord(next + 1) && At(next + 1).Is(kDeterminer) &&
                          !At(next + 1).Is(kDegree) && !NumberAt(next + 2));
      if (place) continue;
    }
    // (the system needs demand that can rise and fall: a change in a
    // relative clause says which thing, not what happened)
    // (not respondents who still travel by bus rose: the relative clause has
    // its own verb, the change is the main clause's)
    bool relative = false;
    for (int k = span.first + 1; !Dutch() && k < verb && !relative; ++k) {
      const std::string& f = At(k).fold;
      if (!IsWord(k) || (f != "that" && f != "which" && f != "who") || !IsContent(k - 1) ||
          At(k - 1).Is(kReporting)) {
        continue;
      }
      relative = true;
      for (int w = k + 1; w < verb && relative; ++w) {
        relative = IsWord(w) && At(w).Is(kAuxiliary | kHedge | kAdverb | kNegation);
      }
    }
    if (relative) continue;
    const bool split = change.tokens.size() == 2 && change.tokens[1] > verb + 1;
    Span np;
    if (split) {
      bool hedged = false, negated = false;
      std::vector<Chunk> chunks =
          ChunksAfter(SkipVerbGroupRight(verb + 1, hedged, negated), change.tokens[1]);
      if (!chunks.empty() && !chunks.front().prepositional) np = chunks.front().span;
    }
    // (zal het beroep op mantelzorgers de komende jaren naar verwachting
    // toenemen: after a fronted phrase the subject follows the finite verb,
    // with the phrases after its noun; not naar verwachting, naar schatting,
    // which hedge)
    if (np.empty() && Dutch() && At(span.first).Is(kAuxiliary | kHedge) && verb > span.first + 1) {
      std::vector<Chunk> chunks = ChunksAfter(span.first + 1, verb);
      if (!chunks.empty() && !chunks.front().prepositional) {
        Span first = chunks.front().span;
        for (std::size_t c = 1; c < chunks.size() && chunks[c].prepositional &&
                                At(chunks[c].outer.first).fold != "naar";
             ++c) {
          first.last = chunks[c].span.last;  // het beroep op mantelzorgers
        }
        np = first;
      }
    }
    if (np.empty()) {
      bool hedged = false, negated = false;
      const int end = SkipVerbGroupLeft(change.first, hedged, negated);
      if (end >= span.first) {
        std::vector<Chunk> chunks = ChunksBefore(end + 1, span.first);
        // (Het aantal ongevallen zou met 3 tot 6 procent kunnen dalen doordat:
        // by how much stands between the subject and its verb; in a main
        // clause that opens the sentence, whose quantity is the effect)
        const auto amount = [&](const Chunk& chunk) {
          if (!Dutch() || span.first != FirstWord() || !chunk.prepositional ||
              At(chunk.outer.first).fold != "met") {
            return false;
          }
          for (int k = chunk.outer.first + 1; k < chunk.outer.last; ++k) {
            if (NumberAt(k)) return true;
          }
          return false;
        };
        if (!chunks.empty() && amount(chunks.back()) && chunks.back().outer.first > span.first) {
          const int before = SkipVerbGroupLeft(chunks.back().outer.first, hedged, negated);
          chunks =
              before >= span.first ? ChunksBefore(before + 1, span.first) : std::vector<Chunk>{};
        }
        if (!chunks.empty() && !chunks.back().prepositional) np = chunks.back().span;
      }
    }
    if (np.empty() && !Dutch()) {
      // Shares in Harlow, the British retailer, fell: the subject before an
      // apposition between commas.
      bool hedged = false, negated = false;
      const Subject subject = SubjectBefore(change.first, hedged, negated);
      if (subject.sides.size() == 1 && subject.rule.empty() && !subject.clause &&
          subject.sides.front().span.first >= span.first) {
        np = subject.sides.front().span;
      }
    }
    if (np.empty() && Dutch() && At(span.first).Is(kAuxiliary | kLight) && verb > span.first + 1) {
      // (Door X) is het aantal Y sterk gestegen: the subject after the
      // finite verb that opens the clause.
      std::vector<Chunk> chunks = ChunksAfter(span.first + 1, verb);
      if (!chunks.empty() && !chunks.front().prepositional) np = chunks.front().span;
    }
    if (np.empty() && Dutch()) {
      bool hedged = false, negated = false;
      std::vector<Chunk> chunks =
          ChunksAfter(SkipVerbGroupRight(change.last + 1, hedged, negated), span.last);
      if (!chunks.empty() && !chunks.front().prepositional) np = chunks.front().span;
    }
    if (np.empty() || !Meaningful(np)) continue;
    // (a home whose use never falls to zero can be flagged: the change of a
    // relative clause says which home, not what happened)
    if (!Dutch() && np.first - 1 > span.first && IsWord(np.first - 1) &&
        At(np.first - 1).fold == "whose") {
      continue;
    }
    // A Dutch reason is named by its clause (als het inkomen stijgt, doordat
    // de loonkosten sneller stijgen dan de productiviteit): the quantity
    // only signs it. So is an effect that opens with its finite verb, the
    // rest of a main clause after a fronted cause (Doordat X, nam de schuld
    // toe; zal het beroep op mantelzorgers toenemen). Elsewhere an effect is
    // the quantity (dat het aantal storingen toenam).
    const bool verb_first = Dutch() && np.first > span.first &&
                            (verb == span.first || At(span.first).Is(kAuxiliary | kHedge | kLight));
    if (!Dutch() || (!reason && !verb_first)) out.side = Whole(np);
    out.sign = change.entry->sign;
    return out;
  }
  // Het verbruik lag 30 procent hoger dan normaal, doordat; het bedrag valt
  // hoger uit als: a comparative after liggen or uitvallen says how the
  // subject's quantity came out; in a main clause that opens the sentence,
  // that quantity is the effect (after a form of zijn the clause stays whole:
  // het effect is kleiner dan bij een spitsheffing).
  if (Dutch() && effect_side && !reason && span.first == FirstWord()) {
    static constexpr std::array<std::string_view, 8> kCameOut = {
        "ligt", "lag", "lagen", "liggen", "valt", "viel", "vielen", "vallen"};
    for (int k = span.first + 1; k < span.last; ++k) {
      if (!IsWord(k) || std::find(kCameOut.begin(), kCameOut.end(), At(k).fold) == kCameOut.end()) {
        continue;
      }
      const Span subject = Trim({span.first, k});
      for (int c = k + 1; c < span.last && c <= k + 10 && IsWord(c); ++c) {
        if (!At(c).Is(kMore | kLess) ||
            !(At(c).fold.ends_with("er") || At(c).fold == "meer" || At(c).fold == "minder")) {
          continue;
        }
        if (Meaningful(subject) && ClauseVerb(subject.first, subject.last) < 0) {
          out.side = Whole(subject);
          out.sign = At(c).Is(kLess) ? -1 : 1;
          return out;
        }
        break;
      }
      break;
    }
  }
  if (!Dutch()) {
    // Rates were cut, services were expanded: a passive of a causal verb
    // without its agent names an event, and the whole clause stays the side
    // (the annotated news binds it so: six men were arrested). Its verb's
    // direction counts only against a side with a direction of its own
    // (Shifts were cut because of a drop in orders: both fell); an event
    // that another brings about is "+" (Power was cut to 20,000 homes after
    // flames damaged overhead lines).
    for (const Cue& cue : cues_) {
      if (cue.entry->kind != EntryKind::kVerb || !cue.verbal || cue.entry->sign == 0 ||
          cue.first <= span.first || cue.last >= span.last) {
        continue;
      }
      int j = cue.first - 1;
      while (j > span.first && IsWord(j) && At(j).Is(kAdverb) && !At(j).Is(kAuxiliary)) --j;
      if (!IsWord(j) || !At(j).Is(kPassiveAuxiliary)) continue;
      // are delaying household formation: "be" before a verb in -ing is its
      // progressive, an act of the subject, no passive.
      if (At(cue.first).fold.ends_with("ing")) continue;
      bool hedged = false, negated = false;
      const int end = SkipVerbGroupLeft(cue.first, hedged, negated);
      if (end < span.first) continue;
      std::vector<Chunk> chunks = ChunksBefore(end + 1, span.first);
      // Production at its plant in Gothenburg will be slowed: back over the
      // phrases that hang on the subject's noun.
      for (int hops = 0; hops < 3 && !chunks.empty() && chunks.back().prepositional; ++hops) {
        chunks = ChunksBefore(chunks.back().outer.first, span.first);
      }
      if (chunks.empty() || chunks.back().prepositional || !Meaningful(chunks.back().span))
        continue;
      out.sign = cue.entry->sign;
      out.event = true;
      return out;
    }
    // Insurers' losses may be larger still, waits would be longer: a
    // comparative as the predicate of a form of be says how the subject's
    // quantity moves; the subject is the side (not a level: take-up remains
    // low).
    for (int k = span.first + 1; effect_side && k + 1 < span.last; ++k) {
      if (!IsWord(k) || !At(k).Is(kPassiveAuxiliary)) continue;
      int c = k + 1;
      // (is far slower, much higher: a word of degree too)
      while (c < span.last && IsWord(c) && (At(c).Is(kAdverb | kDegree) || At(c).fold == "far") &&
             !At(c).Is(kMore | kLess)) {
        ++c;
      }
      // (losses were roughly twice as large, half as high, three times as
      // common: a multiple says how the subject's quantity stands too)
      int multiple = 0;
      if (!Dutch() && IsWord(c + 1) && At(c + 1).fold == "as" &&
          (At(c).fold == "twice" || At(c).fold == "half")) {
        multiple = At(c).fold == "half" ? -1 : 1;
      } else if (!Dutch() && NumberAt(c) && At(c + 1).fold == "times" && At(c + 2).fold == "as") {
        multiple = 1;
      } else if (!Dutch() && IsWord(c) && At(c).fold.size() >= 6 && At(c).fold.ends_with("est") &&
                 (!IsWord(c + 1) || At(c + 1).Is(kPreposition))) {
        // (opposition was strongest in rural towns, waits were longest in
        // May: where it stood highest; lowest, fewest turn as lower does;
        // not modest, honest)
        const std::string stem = At(c).fold.substr(0, At(c).fold.size() - 3);
        const std::uint32_t comparative = lexicon_.ClassesOf(stem + "er");
        if (stem.size() >= 4 || (comparative & (kMore | kLess)) != 0) {
          multiple = (comparative & kLess) != 0 ? -1 : 1;
        }
      }
      if (multiple == 0 && (c >= span.last || !IsWord(c) || !At(c).Is(kMore | kLess))) break;
      const std::string& word = At(c).fold;
      if (multiple == 0 && !word.ends_with("er") && word != "more" && word != "less" &&
          word != "fewer") {
        break;
      }
      // (more likely to attend, slower to work: what follows is the claim)
      const int after = word == "more" || word == "less" ? c + 2 : c + 1;
      if (after < span.last && IsWord(after) &&
          (At(after).fold == "to" || At(after).fold == "that")) {
        break;
      }
      int first_verb = k;
      while (first_verb - 1 > span.first && IsWord(first_verb - 1) &&
             At(first_verb - 1).Is(kAuxiliary | kHedge | kAdverb) && !IsContent(first_verb - 1)) {
        --first_verb;
      }
      Span subject = Trim({span.first, first_verb});
      // At the cafe counter the impact has been smaller: a phrase that opens
      // with a preposition says where or when; the subject follows it.
      int opener = span.first;
      if (opener > clause.first && IsWord(opener - 1) && At(opener - 1).Is(kPreposition)) --opener;
      if (IsWord(opener) && At(opener).Is(kPreposition)) {
        // (at, over: a preposition that stops a phrase opens the run after it)
        const bool stops = IsStopper(opener);
        const std::vector<Chunk> chunks = ChunksAfter(stops ? opener + 1 : opener, first_verb);
        if (chunks.size() >= 2 && (stops || chunks.front().prepositional) &&
            !chunks[1].prepositional) {
          subject = Trim({chunks[1].span.first, first_verb});
        }
      }
      if (!SubjectPhrase(subject)) break;
      out.side = Whole(subject);
      out.sign = multiple != 0 ? multiple : At(c).Is(kLess) ? -1 : 1;
      return out;
    }
    // Shares closed 5 percent lower, the index ended the day 4 percent
    // higher(, its steepest fall): a clause that ends on how much its subject
    // moved names the subject's move.
    int last = span.first;
    while (last < span.last && IsWord(last)) ++last;
    --last;
    if (effect_side && last > span.first && At(last).Is(kMore | kLess) &&
        At(last).fold.ends_with("er")) {
      int number = -1;
      for (int k = last - 1; k > span.first && k >= last - 3 && number < 0; --k) {
        if (At(k).number) number = k;
      }
      int verb = span.first + 1;
      while (verb < number &&
             !(IsWord(verb) && !At(verb).Is(kDeterminer | kPreposition) &&
               (At(verb).fold.ends_with("ed") || At(verb).Is(kOtherVerb | kAuxiliary)))) {
        ++verb;
      }
      const Span subject = Trim({span.first, verb});
      if (number > 0 && verb < number && SubjectPhrase(subject)) {
        out.side = Whole(subject);
        out.sign = At(last).Is(kLess) ? -1 : 1;
        return out;
      }
    }
    // Prices posted their biggest gain in two years, demand reached its
    // highest level since 2021: a verb of record and, within a few words, a
    // change's noun or a level name the subject's move.
    if (effect_side) {
      if (const Event moved = RecordedMove(span); !moved.side.words.empty()) return moved;
    }
    // A clause whose quantity is more or less (shoppers bought fewer
    // products, less water would enter the sewers): it moves so, as the
    // guideline's words of direction say. The whole clause stays the side.
    // Not an amount (more than 20 people), nor a level told by a predicate
    // (take-up remains low: the event is its staying so).
    for (int k = span.first; k < span.last; ++k) {
      if (!IsWord(k) || !At(k).Is(kMore | kLess)) continue;
      const bool amount = IsWord(k + 1) && (At(k + 1).fold == "than" || At(k + 1).number);
      if (amount || Is(k - 1, kPreposition | kDeterminer | kNegation)) continue;
      if (k + 1 >= span.last || !IsWord(k + 1) || !IsContent(k + 1)) continue;
      out.sign = At(k).Is(kLess) ? -1 : 1;
      break;
    }
  }
  // Dutch, a clause whose subject is a quantity that is more or less (kopen
  // minder mensen een huis, dat minder mensen een huis kopen): that quantity
  // moves so. The whole clause stays the side: it names the event.
  if (Dutch()) {
    int k = span.first;
    // the finite verb first, and a pronoun subject: kunnen zij minder lenen
    if (k + 1 < span.last && (IsContent(k) || At(k).Is(kHedge | kAuxiliary)) && !At(k).capital &&
        !At(k).Is(kMore | kLess)) {
      ++k;
      if (k + 1 < span.last && At(k).Is(kPronoun) && !At(k).Is(kDeterminer)) ++k;
      while (k + 1 < span.last && At(k).Is(kAdverb | kTemporal) && !At(k).Is(kMore | kLess)) ++k;
    }
    // geen with a noun (reden urenlang geen treinen): the quantity is none.
    // Only on the effect's side: as a cause, a clause of absence brings its
    // effect about (omdat er geen alternatieven zijn, blijven ouderen wonen).
    bool none = false;
    for (int g = span.first; effect_side && g + 1 < span.last && !none; ++g) {
      none = At(g).Is(kNegativeDeterminer) && IsContent(g + 1) && !Is(g - 1, kPreposition);
    }
    // (dat er minder blik in het restafval zit: "er" before the quantity)
    if (k + 2 < span.last && At(k).fold == "er" && At(k + 1).Is(kMore | kLess)) ++k;
    if (k + 1 < span.last && At(k).Is(kMore | kLess) && IsWord(k + 1) &&
        (IsContent(k + 1) || At(k + 1).Is(kOtherVerb))) {
      out.sign = At(k).Is(kLess) ? -1 : 1;
    } else if (const int often = LessOrMoreOften(span); often != 0) {
      out.sign = often;
    } else if (none) {
      out.sign = -1;
    } else {
      // a comparative predicate, before a final copula or at the end: is de
      // kans kleiner, dat de problemen groter zijn
      int last = span.last - 1;
      if (last > span.first && At(last).Is(kAuxiliary)) --last;
      if (last > span.first + 1 && At(last).Is(kMore | kLess)) {
        for (int c = span.first; c < last; ++c) {
          if (At(c).Is(kAuxiliary | kLight)) {
            out.sign = At(last).Is(kLess) ? -1 : 1;
            break;
          }
        }
      } else if (const int turn = VerbGroupComparative(span); turn != 1) {
        out.sign *= turn;
      } else {
        // is in 2040 ongeveer 150.000 minder personeel nodig, worden lozingen
        // minder verdund: the clause's first word of direction, before a noun
        // or a participle, moves it so (not van minder belang).
        for (int m = span.first; m + 1 < span.last; ++m) {
          if (!IsWord(m) || !At(m).Is(kMore | kLess) || Is(m - 1, kPreposition | kDeterminer)) {
            continue;
          }
          // (kopen minder zorg in dan instellingen kunnen leveren: compared
          // with another amount, not moved)
          bool compared = false;
          for (int d = m + 1; d < span.last && !compared; ++d) compared = At(d).fold == "dan";
          const Token& next = At(m + 1);
          if (!compared && IsWord(m + 1) && !next.number && IsContent(m + 1)) {
            out.sign = At(m).Is(kLess) ? -out.sign : out.sign;
          }
          break;
        }
      }
    }
  }
  return out;
}

bool SentenceReader::BareInfinitive(int i) const {
  // to intervene, to enforce: a verb's bare form after "to", not a noun
  // phrase (to the city, to workers, to 2010), a gerund or a participle.
  if (i >= size() || !IsWord(i) || IsCapitalised(i)) return false;
  const Token& verb = At(i);
  if (verb.number || verb.Is(kDeterminer | kPronoun | kPreposition | kTemporal | kDegree | kMore |
                             kLess | kNegativeDeterminer | kComplement | kPassiveAuxiliary)) {
    return false;
  }
  const std::string& form = verb.fold;
  if (form == "have" || GerundShape(form) || WhWord(form)) return false;
  // to night-time hours: a word hyphened to the next opens a compound noun
  // (a verb's prefix does not: to re-open; nor does a verb's own ending
  // after it: to cross-subsidise, to co-ordinate).
  if (i + 1 < size() && IsJoiner(i + 1) && At(i + 1).fold == "-" && At(i + 1).start == verb.end &&
      form.size() > 3) {
    const std::string& second = i + 2 < size() ? At(i + 2).fold : form;
    const bool verb_ending =
        second.size() > 5 && (second.ends_with("ise") || second.ends_with("ize") ||
                              second.ends_with("ify") || second.ends_with("ate"));
    if (!verb_ending || !IsWord(i + 2)) return false;
  }
  return BareVerbShape(form);
}

bool SentenceReader::WhWord(std::string_view form) {
  // (took the vaccine to where people are, to whoever needs it: after "to"
  // a place or a person named by a clause, no infinitive)
  static constexpr std::array<std::string_view, 8> kWho = {"where", "wherever", "what", "whatever",
                                                           "which", "who",      "whom", "whoever"};
  return std::find(kWho.begin(), kWho.end(), form) != kWho.end();
}

bool SentenceReader::NamesDestination(int to) const {
  // moved some deliveries to rail and lorries, diverted to mainland
  // airports, the transfer of patients to mainland hospitals: after a verb of
  // moving in its clause, "to" names where to; an aim's verb is one this
  // lexicon knows, or one with its object's determiner after it (moved staff
  // to keep lines running, diverted funds to cover the costs).
  // (moved in to completely clear the square: an adverb splits an infinitive)
  if (Dutch() || At(to).fold != "to" || !IsWord(to + 1) || At(to + 1).Is(kAdverb) ||
      At(to + 1).fold.ends_with("ly") ||
      (IsWord(to + 2) && At(to + 2).Is(kDeterminer | kPronoun))) {
    return false;
  }
  bool moving = false;
  for (int k = to - 1; k >= 0 && k >= to - 7 && IsWord(k) && !moving; --k) {
    // (added up to 90 minutes to journey times: "up to" says how much)
    if (At(k).fold == "to") {
      if (k == 0 || At(k - 1).fold != "up") break;
      --k;
      continue;
    }
    moving = lexicon_.IsWordOf(EntryKind::kDestination, At(k).fold);
    if (!moving && (At(k).Is(kRelative | kSubordinator) || IsVerbal(k))) break;
  }
  // (the next word's cue look-up last: most "to" has no verb of moving before it)
  return moving && !KnownVerb(to + 1);
}

std::vector<Span> SentenceReader::Aims(Span aim, int from) const {
  // to care for siblings or to earn money, to cut costs and make vacancies
  // more attractive: a coordinator before a second infinitive, with its "to"
  // or without it (a known verb in its bare form and its object: not demanded
  // X to resign and sought an apology), opens a second aim.
  for (int k = from; k + 2 < aim.last; ++k) {
    if (!IsWord(k) || !At(k).Is(kCoordinator)) continue;
    const bool again_to = At(k + 1).fold == "to";
    const int verb = again_to ? k + 2 : k + 1;
    const bool second_aim = again_to ? BareInfinitive(verb) || ComplementVerbWithObject(verb)
                                     : KnownVerb(verb) && !At(verb).Is(kAuxiliary) &&
                                           BareVerbShape(At(verb).fold) &&
                                           !lexicon_.IsLaterForm(At(verb).fold) &&
                                           (At(verb + 1).Is(kDeterminer) || IsContent(verb + 1));
    if (!second_aim) continue;
    // (to give them the stability they need to recruit and keep volunteers:
    // a bare verb after "and" goes with the nearer infinitive inside the aim)
    bool inner = false;
    for (int j = aim.first + 1; !again_to && j < k && !inner; ++j) {
      inner = IsWord(j) && At(j).fold == "to" && BareInfinitive(j + 1);
    }
    if (inner) continue;
    const Span first = TrimClause({aim.first, k}), second = TrimClause({k + 1, aim.last});
    if (!Meaningful(first) || !Meaningful(second)) break;
    return {first, second};
  }
  return {aim};
}

bool SentenceReader::KnownVerb(int i) const {
  const Token& verb = At(i);
  if (verb.Is(kOtherVerb | kAuxiliary)) return true;
  std::vector<std::uint32_t> ids;
  lexicon_.CuesStartingAt(verb, ids);
  return std::any_of(ids.begin(), ids.end(), [&](std::uint32_t id) {
    return lexicon_.entries()[id].kind == EntryKind::kVerb;
  });
}

bool SentenceReader::ComplementVerb(const std::string& form) const {
  // (to pay for testing, to get the vaccine: a complement entry with its
  // third person in -s too is a verb's, not a noun's such as death)
  return (lexicon_.ClassesOf(form + "s") & kComplement) != 0;
}

bool SentenceReader::ComplementVerbWithObject(int i) const {
  // (to keep prices down, to send a message, to keep labourers out: a verb
  // that takes "to" after it is an aim's verb too, before its object; the
  // complement entries' nouns, numbers and adjectives are none)
  const Token& verb = At(i);
  const Token& object = At(i + 1);
  // (to help with the costs: a preposition of the verb's own, then its object)
  const bool prepositional = !object.Is(kDeterminer) && object.Is(kPreposition) &&
                             object.fold != "to" && IsWord(i + 2) &&
                             (At(i + 2).Is(kDeterminer) || IsContent(i + 2));
  // (to direct traffic, to help it adjust: a verb that takes an object
  // before its infinitive is a verb, and a pronoun may be that object)
  const bool pronoun = object.Is(kPronoun) && !object.Is(kDeterminer | kRelative);
  // (to bring 31 empty properties back: a count opens a known verb's object)
  const bool count = object.number && KnownVerb(i) && IsWord(i + 2) && IsContent(i + 2);
  return verb.Is(kComplement) && IsWord(i + 1) && BareVerbShape(verb.fold) &&
         (prepositional || pronoun || count ||
          ((object.Is(kDeterminer) || (IsContent(i + 1) && !object.number)) &&
           !object.Is(kPreposition))) &&
         (KnownVerb(i) || verb.Is(kObjectComplement) || ComplementVerb(verb.fold) ||
          (object.Is(kDeterminer) && !object.Is(kPronoun | kPreposition)));
}

bool SentenceReader::GerundShape(const std::string& form) {
  // bring, spring, swing: verbs whose bare form ends in -ing.
  static constexpr std::array<std::string_view, 9> kBare = {
      "bring", "ring", "sing", "sting", "string", "swing", "spring", "cling", "fling"};
  return form.ends_with("ing") && std::find(kBare.begin(), kBare.end(), form) == kBare.end();
}

bool SentenceReader::BareVerbShape(const std::string& form) {
  // to democratic values, to initial training, to industry, to independent
  // shops, to employment: an ending of an adjective or a noun no verb has
  // (but implement, document ...); a plural or a past is no bare form.
  for (std::string_view suffix : {"ic", "ous", "ful", "less", "ible", "able", "ial", "ical", "ity",
                                  "stry", "ary", "dent", "ient", "ness", "hood", "ery"}) {
    if (form.size() >= suffix.size() + 4 && form.ends_with(suffix)) return false;
  }
  // to autism, to tourism: no verb ends in -ism
  if (form.size() >= 5 && form.ends_with("ism")) return false;
  // to maintenance crews, to insurance claims (not to influence, to experience)
  if (form.size() >= 9 && (form.ends_with("ance") || form.ends_with("ence"))) {
    static constexpr std::array<std::string_view, 5> kVerbsInCe = {
        "influence", "experience", "reference", "outbalance", "counterbalance"};
    return std::find(kVerbsInCe.begin(), kVerbsInCe.end(), form) != kVerbsInCe.end();
  }
  // to congestion, to the provision of (not to question, to mention)
  if (form.size() >= 8 && (form.ends_with("tion") || form.ends_with("sion"))) {
    static constexpr std::array<std::string_view, 10> kVerbsInTion = {
        "question", "function", "mention",    "position", "auction",
        "caution",  "sanction", "commission", "petition", "condition"};
    return std::find(kVerbsInTion.begin(), kVerbsInTion.end(), form) != kVerbsInTion.end();
  }
  if (form.size() >= 8 && form.ends_with("ment")) {
    static constexpr std::array<std::string_view, 6> kVerbsInMent = {
        "implement", "supplement", "complement", "document", "experiment", "compliment"};
    return std::find(kVerbsInMent.begin(), kVerbsInMent.end(), form) != kVerbsInMent.end();
  }
  if (form.ends_with("ed") && !form.ends_with("eed")) return false;
  // to local teams, to rural areas (not to reveal, to appeal, to signal)
  if (form.size() >= 5 && form.ends_with("al") && !form.ends_with("eal") && form != "signal" &&
      form != "total" && form != "rival") {
    return false;
  }
  // to northern Europe, to liquid egg, to rapid tests (not to avoid, to forbid)
  static constexpr std::array<std::string_view, 5> kCompass = {"northern", "southern", "eastern",
                                                               "western", "modern"};
  if (std::find(kCompass.begin(), kCompass.end(), form) != kCompass.end()) return false;
  if (form.size() >= 5 && form.ends_with("id") && !form.ends_with("oid") && form != "forbid" &&
      form != "outbid") {
    return false;
  }
  return !(form.ends_with("s") && !form.ends_with("ss") && !form.ends_with("us"));
}

SentenceReader::Event SentenceReader::ActedOn(Span span) const {
  for (const Cue& cue : cues_) {
    if (cue.entry->kind != EntryKind::kVerb || !cue.verbal || cue.entry->sign == 0 ||
        cue.first <= span.first || cue.last + 1 >= span.last) {
      continue;
    }
    // (a verb that raises or lowers a quantity; what causes or damages
    // something is an event told by its clause: is causing huge disruptions)
    const std::string_view relation = cue.entry->relation;
    if (cue.entry->infinitive || cue.entry->comparative_after || cue.entry->from_turns ||
        cue.entry->harm_after || cue.entry->onto || cue.tokens.size() > 1 ||
        (relation != "increases" && relation != "reduces" && relation != "decreases")) {
      return {};
    }
    // the clause's own verb: nothing verbal or clause-opening before it
    for (int k = span.first; k < cue.first; ++k) {
      if (IsVerbal(k) || IsClauseWord(k) || ClauseCue(k)) return {};
    }
    // (hours were cut last year: a passive's subject is what was acted on)
    int auxiliary = cue.first - 1;
    while (auxiliary > span.first && IsWord(auxiliary) && At(auxiliary).Is(kAdverb)) --auxiliary;
    if (IsWord(auxiliary) && At(auxiliary).Is(kPassiveAuxiliary)) return {};
    bool hedged = false, negated = false;
    const int begin = SkipVerbGroupRight(cue.last + 1, hedged, negated);
    const std::vector<Chunk> chunks = ChunksAfter(begin, span.last);
    if (chunks.empty() || chunks.front().prepositional || !Meaningful(chunks.front().span)) {
      return {};
    }
    // (by 14 percent, to 31.2 million: the object ends before how much;
    // from November: nor when)
    const Span object =
        Trim(WithoutWhenOrRange(ObjectClause(chunks.front().span.first, span.last, false)));
    if (!Meaningful(object) || TimeHead(object)) return {};
    int sign = cue.entry->sign;
    const std::vector<Side> sides = SignedSides(object, sign);
    if (sides.size() != 1) return {};
    return {sides.front(), sign};
  }
  return {};
}

bool SentenceReader::TransitiveChange(int verb, int end) const {
  // after a wildfire jumped a motorway, when several teachers fell ill: a
  // verb of change with an object, or "fall" as a copula, tells no quantity
  // moving; the clause is the event.
  const int next = verb + 1;
  if (next >= end || !IsWord(next)) return false;
  const Token& t = At(next);
  // jumped a motorway: "a" is a degree word too (rose a third, fell a
  // further 5%); before a noun it opens the object.
  if ((t.fold == "a" || t.fold == "an") && IsContent(next + 1) && !At(next + 1).number &&
      !At(next + 1).Is(kMore | kLess | kDegree)) {
    static constexpr std::array<std::string_view, 5> kAmounts = {"further", "record", "lot", "bit",
                                                                 "fraction"};
    if (!Fraction(At(next + 1).fold) &&
        std::find(kAmounts.begin(), kAmounts.end(), At(next + 1).fold) == kAmounts.end()) {
      return true;
    }
  }
  // would drop out of school, fell out with: "out" makes another verb.
  if (t.fold == "out") return true;
  // rose fivefold, grew tenfold: how much, no object.
  if (t.fold.ends_with("fold")) return false;
  if (t.number || t.Is(kMore | kLess | kDegree | kPreposition | kAdverb | kTemporal)) return false;
  if (t.Is(kDeterminer) || (t.Is(kPronoun) && !t.Is(kRelative))) return true;
  // will expand capacity, ease restrictions: a bare noun is the object too
  // (not a time: sales doubled last year; nor an adverb the lexicon does not
  // list: rose steadily).
  if (!Dutch() && IsContent(next) && !t.fold.ends_with("ly")) {
    const std::vector<Chunk> chunks = ChunksAfter(next, end);
    if (!chunks.empty() && !chunks.front().prepositional && !TimeHead(chunks.front().span)) {
      return true;
    }
  }
  static constexpr std::array<std::string_view, 6> kStates = {"ill",    "sick",  "silent",
                                                              "asleep", "apart", "victim"};
  return std::find(kStates.begin(), kStates.end(), t.fold) != kStates.end();
}

int SentenceReader::VerbGroupComparative(Span span) const {
  // minder or a comparative right before the verbs that end a Dutch clause
  // says how the event goes (kennis minder wordt opgebouwd, het verlies
  // kleiner zou zijn uitgevallen): -1 for less, 1 otherwise.
  int last = span.last - 1;
  while (last > span.first && !IsWord(last)) --last;
  for (int m = last - 1; m > span.first && m >= last - 2; --m) {
    if (!IsWord(m) || !At(m).Is(kMore | kLess)) continue;
    if (!IsWord(m - 1) || At(m - 1).Is(kPreposition | kDeterminer | kCoordinator | kMore | kLess)) {
      return 1;
    }
    for (int v = m + 1; v <= last; ++v) {
      if (!IsWord(v) || At(v).number ||
          At(v).Is(kDeterminer | kPronoun | kPreposition | kMore | kLess)) {
        return 1;
      }
    }
    // one word after it is the clause's final verb (dat zij minder verdienen);
    // of two the first is an auxiliary (minder worden opgebouwd), not an
    // adjective of a predicate (minder wendbaar is)
    if (m == last - 2 && !At(m + 1).Is(kAuxiliary | kHedge)) return 1;
    return At(m).Is(kLess) ? -1 : 1;
  }
  return 1;
}

void SentenceReader::ReadConnective(const Cue& cue) {
  const int a = cue.first, b = cue.last;
  const LexiconEntry& entry = *cue.entry;
  if (TemporalSince(cue) || PairedPreposition(cue.first)) return;
  if (!Dutch() && entry.participle && !entry.cause_after && At(a).fold == "so") {
    if (a > 0 && IsComma(At(a - 1))) {
      // Households spend more on energy, so a rise in prices hits them
      // harder: the clause before the comma brought about the one after.
      // Where that clause makes a claim, its effect did (Rain cut the time
      // bees could forage, so colonies stored too little), as after which.
      const Span before = BeforeReason(TrimClause({MainClauseStart(a - 1), a - 1}));
      const Span after = TrimClause({b + 1, NextPunctuation(b + 1)});
      if (!Meaningful(before) || !Meaningful(after)) return;
      Event from = EventOf(before, false, true, true);
      if (const Claim* inner = ClaimInside(before)) {
        from.side = inner->effect;
        from.sign = inner->sign == 0 ? 1 : inner->sign;
      }
      const Event to = EventOf(after, true, false, true);
      Emit({from.side}, {to.side}, JointSign(from, to),
           HasVerbal(after, kHedge) || HasVerbal(before, kHedge), Denies(cue.first - 1),
           rules::kConnective, cue);
      return;
    }
    // The blast was so intense that the bike split: the degree with its
    // verb group (was so intense) is the cause, the clause after "that" the
    // effect.
    int first = a;
    while (first > 0 && IsWord(first - 1) &&
           At(first - 1).Is(kAuxiliary | kPassiveAuxiliary | kHedge | kNegation | kAdverb) &&
           !ClauseCue(first - 1)) {
      --first;
    }
    Span degree = TrimClause({first, b + 2});
    // was so strong: an adjective the lexicon knows names nothing alone; the
    // clause's subject does (the storm was so strong). So does a verb of
    // the clause's own before "so" (calls came in so fast that).
    const bool own_verb = first > 0 && IsWord(first - 1) && !At(first - 1).Is(kLight) &&
                          (IsVerbal(first - 1) || At(first - 1).Is(kPreposition) ||
                           At(first - 1).fold.ends_with("ed"));
    if (!Meaningful(degree) || own_verb) degree = TrimClause({MainClauseStart(first), b + 2});
    const Span result = TrimClause({b + 3, NextPunctuation(b + 3)});
    if (!Meaningful(degree) || !Meaningful(result)) return;
    Emit({Whole(degree)}, {Whole(result)}, 1, HasVerbal(result, kHedge), Denies(cue.first - 1),
         rules::kConnective, cue);
    return;
  }
  // If X, Y: a condition, hedged; in Dutch only where it opens the sentence
  // (als is also as and like).
  if (entry.condition && Dutch() && !OpensLikeSentence(a)) return;
  // asked if, wonder if, see if: whether, after a verb of asking or knowing.
  // (The bigger risk is if it drags on: after a copula the condition is
  // what the subject is, no cause)
  if (entry.condition && a != FirstWord() && IsWord(a - 1) &&
      (At(a - 1).Is(kReporting | kOtherVerb | kComplement) || Copula(At(a - 1).fold))) {
    return;
  }
  // get nothing when they are off sick, go in when they are unwell: a
  // person's state says when, not what brought it about.
  if (!Dutch() && cue.tokens.size() == 1 && At(a).fold == "when" && IsWord(a + 1) &&
      IsWord(a + 2) && At(a + 1).Is(kPronoun)) {
    // (not when he was arrested, when she was examining patients: a passive
    // or a progressive tells an event)
    const std::string& state = IsWord(a + 3) ? At(a + 3).fold : At(a + 2).fold;
    if (PersonPronoun(At(a + 1).fold) && Copula(At(a + 2).fold) && !state.ends_with("ed") &&
        !state.ends_with("ing")) {
      return;
    }
  }
  Span cause, effect;
  Span second_result;  // a second participle of result after "and"
  int second_sign = 1;
  bool reason_hedged = false;  // probably because X
  // A participle or an infinitive is part of its clause's phrase (demanding
  // higher pay, to protest the arrests); a conjunction is not.
  // On learning of the attack, ...: the phrase of what was learnt opens at
  // its gerund, without the preposition.
  const bool learning = !Dutch() && entry.participle && entry.cause_after && !entry.purpose &&
                        cue.tokens.size() >= 2 && !At(a).fold.ends_with("ing");
  // Angered by the arrests, ...: what moved the feeling opens after its
  // preposition.
  const bool feeling = learning && At(b).Is(kPreposition);
  const int opens = feeling ? b + 1 : learning ? b : entry.participle ? a : b + 1;
  if (entry.purpose && Dutch()) {
    // om X te Y: the aim ends with its infinitive; the main clause comes
    // before it, or after it with the verb first (Om X te Y verhoogde Z ...).
    const int te = PurposeTe(a);
    if (te < 0) return;
    // om te voorkomen dat lessen uitvielen: the infinitive's dat-clause is
    // part of the aim.
    int aim_end = te + 2;
    if (IsWord(aim_end) && At(aim_end).fold == "dat") aim_end = NextPunctuation(aim_end + 1);
    cause = {a, aim_end};
    if (a == FirstWord()) {
      // (Om bedden vrij te maken voor acute patiënten hebben ziekenhuizen
      // ...: a phrase after the infinitive belongs to the aim, up to the
      // main clause's finite verb)
      if (IsWord(aim_end) && At(aim_end).Is(kPreposition) && !ClauseCue(aim_end)) {
        const int verb = FrontedVerb({aim_end, SegmentEnd(aim_end)});
        if (verb > aim_end + 1) cause.last = aim_end = verb;
      }
      int k = aim_end;
      if (k < size() && IsComma(At(k))) ++k;
      effect = {k, SegmentEnd(k)};
    } else {
      cause.last = std::max(cause.last, SegmentEnd(aim_end));  // te protesteren tegen X
      int j = a - 1;
      if (j >= 0 && IsComma(At(j))) --j;
      effect = {SegmentStart(j + 1), j + 1};
      // (stellen een bovengrens, bijvoorbeeld 45 minuten, om te voorkomen;
      // bezuinigen op andere uitgaven, zoals voedsel, om: the example is no
      // act; the clause before it is)
      const bool example = ExampleMarker(effect.first) > 0 ||
                           (IsWord(effect.first) && At(effect.first).fold == "zoals");
      if (example && effect.first >= 2 && IsComma(At(effect.first - 1))) {
        int start = effect.first - 2;
        while (start > FirstWord() && IsWord(start - 1)) --start;
        effect = {start, effect.first - 1};
      }
    }
  } else if (entry.cause_after) {
    // After a colon, a sentence adverb or a source, a clause opens as a
    // sentence does (Absence is driven by unmet needs: where support is
    // delayed, ...).
    if (OpensLikeSentence(a)) {
      // Because X, Y / Omdat X, Y
      int comma = NextPunctuation(b + 1);
      bool bare = false;  // If X Y, without the comma
      // (If X Y, Gumede said: the comma before a report is not the reason's)
      bool report_tail = false;
      if (!Dutch() && comma < size() && IsComma(At(comma))) {
        const int tail_end = NextPunctuation(comma + 1);
        for (int k = comma + 1; k < tail_end && k <= comma + 4; ++k) {
          report_tail = report_tail || (IsWord(k) && At(k).Is(kReporting));
        }
        report_tail = report_tail && tail_end - comma <= 5;
      }
      if (comma >= size() || !IsComma(At(comma)) || report_tail) {
        const int main = Dutch() ? -1 : MainClauseAfter(opens, comma);
        if (main < 0 && !report_tail) return;
        if (main >= 0) {
          comma = main;
          bare = true;
        }
      }
      // Doordat steeds meer mensen kleding, speelgoed en huishoudartikelen
      // online bestellen, kwamen er minder klanten: a list's commas inside the
      // reason; the main clause opens after the comma of the list's last part
      // with its finite verb.
      if (Dutch() && !bare && comma < size() && IsComma(At(comma))) {
        const int close = NextPunctuation(comma + 1);
        bool joined = false;
        for (int k = comma + 1; k < close; ++k) {
          joined = joined || (IsWord(k) && (At(k).fold == "en" || At(k).fold == "of"));
        }
        const int verb = close + 1;
        const bool finite_next = IsWord(verb) && (At(verb).Is(kAuxiliary | kHedge | kLight) ||
                                                  DutchIrregularFinite(At(verb).fold) ||
                                                  (KnownVerb(verb) && FiniteShape(At(verb).fold)));
        if (joined && close < size() && IsComma(At(close)) && finite_next && IsWord(comma + 1) &&
            !At(comma + 1).Is(kSubordinator | kRelative)) {
          comma = close;
        }
      }
      cause = {opens, comma};
      // If carmakers move production abroad because steel is cheaper there,
      // Y: the reason inside the condition is a claim of its own; the
      // condition ends where it begins.
      for (int k = opens + 2; !Dutch() && k < comma; ++k) {
        if (IsWord(k) && At(k).fold == "because" && ClauseCue(k) &&
            Meaningful(TrimClause({opens, k}))) {
          cause.last = k;
          break;
        }
      }
      effect = {bare ? comma : comma + 1, SegmentEnd(bare ? comma : comma + 1)};
      // (worden voorgesneden groente, maaltijdsalades en diepvriesgroente
      // duurder: the main clause runs over its list's commas too)
      if (Dutch() && effect.last < size() && IsComma(At(effect.last))) {
        if (const int end = ListEnd(effect.last); end != effect.last) effect.last = end;
      }
      // If the drought persists into November, when flowering ends, the crop
      // could be hit: a clause on the condition's time or place between
      // commas; the effect follows it.
      // (When the rains go on for months, as they did here, you can get Y:
      // so after a comparison with another time)
      // (Als zo'n bedrijf sluit, bijvoorbeeld doordat X, valt Y weg; If the
      // plant shuts, for example because X, Y: an example between commas)
      const std::string& aside = At(comma + 1).fold;
      const bool example = ExampleMarker(comma + 1) > 0 || aside == "zoals";
      if (!bare && IsWord(comma + 1) &&
          (example ||
           (!Dutch() && (aside == "when" || aside == "where" || AsTheyDid(comma + 1))))) {
        const int close = NextPunctuation(comma + 2);
        if (close + 1 < size() && IsComma(At(close)) && IsWord(close + 1)) {
          effect = {close + 1, SegmentEnd(close + 1)};
        }
      }
      // Because X, the minister assured them that Y: in English the effect
      // is the main clause to its end, over a clause that hangs on it; a
      // report after it (Y, Gumede said) is read below.
      // (shoppers could find gaps on shelves: a verb of reporting after a
      // modal, with an object and neither "that" nor an infinitive after it,
      // is the clause's own verb; we would expect X to fall is read below)
      const int said = effect.last;
      if (!Dutch() && IsWord(said)) {
        const int end = NextPunctuation(said);
        bool own_verb = !At(said).Is(kReporting) ||
                        (Is(said - 1, kHedge) && IsWord(said + 1) && At(said + 1).fold != "that" &&
                         !At(said + 1).Is(kPreposition));
        for (int k = said + 1; own_verb && At(said).Is(kReporting) && k < end; ++k) {
          own_verb = At(k).fold != "to";
        }
        if (own_verb) effect.last = end;
      }
      // Doordat X, worden mensen die niet om hulp vragen nauwelijks bereikt:
      // in Dutch the rest of the main clause runs on over a relative clause
      // after a noun.
      if (Dutch() && effect.last + 1 < size() && IsWord(effect.last) && IsWord(effect.last + 1) &&
          At(effect.last).Is(kRelative) && IsContent(effect.last - 1)) {
        effect.last = NextPunctuation(effect.last);
      }
      // If X, the minister said, Y: the effect after the report.
      const int next = effect.last;
      bool reported = false;
      for (int k = effect.first; k < next; ++k) reported = reported || At(k).Is(kReporting);
      if (reported && next < size() && IsComma(At(next)) && next - effect.first <= 6) {
        effect = {next + 1, SegmentEnd(next + 1)};
      } else if (next < size() && IsWord(next) && At(next).Is(kReporting) &&
                 next - effect.first <= 4) {
        // If X Y, Gumede said.: the condition and its consequence stand
        // together before the comma, the report after it is no effect.
        if (!IsWord(next + 1)) return;
        // If X, the Department estimates that Y: the effect is what is
        // reported.
        if (!Dutch() && At(next + 1).fold == "that" &&
            Meaningful(TrimClause({next + 2, NextPunctuation(next + 2)}))) {
          effect = {next + 2, NextPunctuation(next + 2)};
        } else if (!Dutch() && (!Meaningful(TrimClause(effect)) || At(next + 1).fold == "to")) {
          // If X, I would expect diesel to rise, the trusts expect to cut Y:
          // what is expected, an infinitive's clause, is the effect.
          int to = next + 1;
          while (to < size() && IsWord(to) && At(to).fold != "to" && to <= next + 6) ++to;
          if (IsWord(to) && At(to).fold == "to" && BareInfinitive(to + 1) &&
              Meaningful(TrimClause({next + 1, NextPunctuation(next + 1)}))) {
            effect = to == next + 1 ? Span{to + 1, NextPunctuation(to + 1)}
                                    : Span{next + 1, NextPunctuation(next + 1)};
          }
        }
      }
    } else {
      const int from = entry.participle ? a : b + 1 < size() && IsComma(At(b + 1)) ? b + 2 : b + 1;
      cause = {from, entry.participle ? ParticipleEnd(b) : ReasonEnd(std::max(from, b + 1))};
      int j = a - 1;
      // not because X but because Y, niet omdat X maar omdat Y: the second
      // reason explains the clause the denied first one did.
      // (en voor een ander deel doordat Y: back over the words between)
      int second_after = -1;  // Dutch: the coordinator before this second reason
      if (Dutch()) {
        for (int t = j; t >= j - 4 && IsWord(t) && !IsClauseBreak(t); --t) {
          if (At(t).Is(kCoordinator) && SecondReason(t) == a) {
            j = second_after = t;
            break;
          }
        }
      }
      if (int k = j >= 0 && IsComma(At(j)) ? j - 1 : j;
          k > 0 && IsWord(k) && At(k).Is(kCoordinator)) {
        const auto reason_word = [&](int t) {
          std::vector<std::uint32_t> ids;
          lexicon_.CuesStartingAt(At(t), ids);
          return std::any_of(ids.begin(), ids.end(), [&](std::uint32_t id) {
            const EntryKind kind = lexicon_.entries()[id].kind;
            return kind == EntryKind::kConnective || kind == EntryKind::kMarker;
          });
        };
        for (int t = k - 2; t > FirstWord(); --t) {
          if (Denies(t) && IsWord(t + 1) && reason_word(t + 1)) {
            j = t;
            break;
          }
        }
        // because X or because Y: the second reason explains what the first
        // does.
        const std::string& joint = At(k).fold;
        if ((Dutch() ? k == second_after
                     : j == a - 1 - (IsComma(At(a - 1)) ? 1 : 0) &&
                           (joint == "or" || joint == "and"))) {
          // (because X, and because Y: over the comma before the coordinator)
          const int before = k - 1 > FirstWord() && IsComma(At(k - 1)) ? k - 2 : k - 1;
          for (int t = before; t > FirstWord() && !IsClauseBreak(t); --t) {
            if (IsWord(t) && At(t).fold == At(a).fold && ClauseCue(t)) {
              j = t - 1;
              break;
            }
          }
        }
      }
      // not because X, partly because X, probably because X: the words that
      // qualify the reason.
      while (j >= 0 && IsWord(j) && At(j).Is(kAdverb | kNegation | kHedge) &&
             !At(j).Is(kNegativeDeterminer | kAuxiliary) && !ClauseCue(j)) {
        reason_hedged = reason_hedged || At(j).Is(kHedge);
        --j;
      }
      // schools were closed, most of them because X: how many of them the
      // reason explains.
      if (!Dutch() && j >= 2 && IsWord(j) && IsWord(j - 1) && At(j - 1).fold == "of" &&
          (At(j).fold == "them" || At(j).fold == "these" || At(j).fold == "those") &&
          At(j - 2).Is(kDegree | kDeterminer)) {
        j -= 3;
      }
      // X, bijvoorbeeld doordat Y; X, for example because Y: the example's
      // word stands between the clause and its reason.
      if (ExampleMarker(j) == 1) {
        --j;
      } else if (j >= 1 && ExampleMarker(j - 1) == 2) {
        j -= 2;
      }
      const bool after_comma = j >= 0 && IsComma(At(j));
      if (after_comma) --j;
      if (after_comma) j = AsideStart(j + 1) - 1;
      effect = {MainClauseStart(j + 1), j + 1};
      // Die daling komt vooral doordat X, De schade ontstond doordat X: a
      // verb of coming about says only that the subject before it has the
      // reason; the subject is the effect.
      if (Dutch()) {
        // (not where the verb is part of a phrase: komen in de knel, kwam op
        // gang; only words that say how much or by whose account follow it)
        const auto how_much = [&](int from) {
          for (int w = from; w < effect.last; ++w) {
            if (!IsWord(w)) return false;
            if (At(w).fold == "volgens") return true;
            if (!HowMuchWord(w)) return false;
          }
          return true;
        };
        for (int k = effect.first + 1; k < effect.last && IsWord(k); ++k) {
          if (ComesAboutForm(At(k).fold)) {
            if (SubjectPhrase({effect.first, k}) && !At(effect.first).Is(kAdverb) &&
                how_much(k + 1)) {
              effect.last = k;
            }
            break;
          }
          if (IsVerbal(k) || At(k).Is(kAuxiliary | kHedge)) break;
        }
        // Dat de griepgolf zo hevig is, komt doordat X: the clause before
        // the verb of coming about, with its dat, is what has the reason.
        if (const int comma = effect.first - 1;
            IsWord(effect.first) && ComesAboutForm(At(effect.first).fold) &&
            how_much(effect.first + 1) && comma > FirstWord() + 1 && IsComma(At(comma)) &&
            At(FirstWord()).fold == "dat" && NextPunctuation(FirstWord()) == comma) {
          effect = {FirstWord(), comma};
        }
      }
      // postponed operations to free up beds, as pressure grew: the reason
      // explains the act, not its aim.
      if (!Dutch() && after_comma) {
        for (const Cue& aim : cues_) {
          if (!aim.entry->purpose || aim.last + 1 != effect.first) continue;
          const int act = MainClauseStart(aim.first);
          if (act < aim.first && Meaningful(TrimClause({act, aim.first})))
            effect = {act, aim.first};
          break;
        }
      }
      // a shorter week, if adopted across the economy, would weigh on output:
      // a condition set between commas after a subject is the main clause's,
      // which goes on after it; the subject alone is no effect.
      if (!Dutch() && entry.condition && after_comma && cause.last < size() &&
          IsComma(At(cause.last)) && !ClauseFollows(effect.first, effect.last)) {
        return;
      }
      if (entry.purpose && !Dutch() && !after_comma) {
        // asked the police to intervene to curb the violence, came out to
        // enforce a blockade to demand X: the aim moves the infinitive's act
        // right before it (after a comma, the clause's: be allowed to file
        // annual returns, to reduce costs).
        for (int k = j; k > effect.first; --k) {
          if (IsWord(k) && At(k).fold == "to" && BareInfinitive(k + 1) && !NamesDestination(k)) {
            effect.first = k;
            break;
          }
        }
      }
    }
  } else {
    if (a == FirstWord()) return;  // Therefore, Y: the cause is in another sentence
    // Premiums have risen, and some growers have dropped their cover as a
    // result: at the end of its clause the connective follows its effect;
    // the clause before the comma or semicolon is the cause.
    const auto ends_sentence = [&](int k) {
      if (k >= size()) return true;
      const std::string& f = At(k).fold;
      return !IsWord(k) && (f == "." || f == ";" || f == "!" || f == "\"" || f == "\xE2\x80\x9D");
    };
    if (!Dutch() && ends_sentence(b + 1)) {
      int sep = a - 1;
      while (sep > FirstWord() && !(!IsWord(sep) && (IsComma(At(sep)) || At(sep).fold == ";"))) {
        --sep;
      }
      if (sep <= FirstWord()) return;
      Span effect_clause = TrimClause({sep + 1, a});
      if (!effect_clause.empty() && IsWord(effect_clause.first) &&
          At(effect_clause.first).Is(kCoordinator)) {
        ++effect_clause.first;
      }
      // (the clause runs back over a marker's phrase: have risen because of
      // a run of costly storms)
      const Span cause_clause = TrimClause({BackOverMarkers(sep - 1) + 1, sep});
      if (ClauseVerb(effect_clause.first, effect_clause.last) < 0 ||
          ClauseVerb(cause_clause.first, cause_clause.last) < 0) {
        return;
      }
      const Event from = EventOf(cause_clause, false, true, false);
      const Event to = EventOf(effect_clause, true, false, false);
      if (!Meaningful(from.side.span) || !Meaningful(to.side.span)) return;
      Emit({from.side}, {to.side}, JointSign(from, to),
           HasVerbal(effect_clause, kHedge) || HasVerbal(cause_clause, kHedge), false,
           rules::kConnective, cue);
      return;
    }
    int j = a - 1;
    bool joined = false;
    while (j >= 0 && IsWord(j) && At(j).Is(kAdverb | kCoordinator) && !ClauseCue(j)) {
      joined = joined || At(j).Is(kCoordinator);
      --j;
    }
    if (j >= 0 && !IsWord(j) && (At(j).fold == "," || At(j).fold == ";" || IsDash(At(j)))) {
      joined = true;
      --j;
      j = AsideStart(j + 1) - 1;
    }
    // X so that Y can ...: the aim that moves X; without a comma always, and
    // after one where a modal of ability or intent follows (so that any
    // effects can be measured; the river flooded, so that the road was
    // closed, so that pollution may widen the gaps: the result).
    // So too after an act proposed or promised (councils could offer relief,
    // so that fewer frontages stand vacant; we will require stocks, so that
    // patients are protected), not after one that can happen (the cost can
    // exceed pay, so that working more leaves the family no better off).
    bool purpose = b == a + 1 && At(a).fold == "so" && At(b).fold == "that";
    if (purpose && joined) {
      bool modal = false;
      for (int k = b + 1; k < NextPunctuation(b + 1) && !modal; ++k) {
        const std::string& f = At(k).fold;
        modal = IsWord(k) && (f == "can" || f == "could" || f == "will" || f == "would" ||
                              f == "cannot" || f == "can't" || f == "won't");
      }
      if (!Dutch()) {
        const int act = ActClauseStart(j);
        modal = modal || ListedProposal(act);
        for (int k = act; k <= j && !modal; ++k) {
          const std::string& f = At(k).fold;
          modal = IsWord(k) && (f == "should" || f == "must" || f == "shall" || f == "ought" ||
                                f == "could" || f == "will" || f == "recommend");
        }
      }
      purpose = modal;
    }
    // attacked the bus injuring five people: a participle of harm (its -ed
    // form a harm entry: injuring, injured) right after the act's noun needs
    // no comma; leaving and creating do (a man leaving the building). Not a
    // noun before its preposition (a suspected honour killing in Udumalpet),
    // a gerund after a verb that takes one (stop killing women), nor where
    // the act has no verb of its own (The stampede injuring dozens was ...).
    bool harm =
        !Dutch() && entry.participle && !joined && IsWord(j) && IsContent(j) &&
        At(a).fold.ends_with("ing") &&
        lexicon_.IsWordOf(EntryKind::kHarm, At(a).fold.substr(0, At(a).fold.size() - 3) + "ed");
    static constexpr std::array<std::string_view, 12> kTakesGerund = {
        "stop",  "stopped", "start", "started", "keep",  "kept",
        "begin", "began",   "avoid", "end",     "ended", "quit"};
    if (harm &&
        (!IsWord(b + 1) || At(b + 1).Is(kPreposition) ||
         std::find(kTakesGerund.begin(), kTakesGerund.end(), At(j).fold) != kTakesGerund.end())) {
      harm = false;
    }
    if (harm) {
      bool verb = false;
      for (int k = SegmentStart(j + 1) + 1; k <= j && !verb; ++k) {
        verb = IsWord(k) && (IsVerbal(k) || At(k).Is(kAuxiliary) || At(k).fold.ends_with("ed"));
      }
      harm = verb;
    }
    // Prices are therefore rising: the cause is elsewhere.
    if (!joined && !purpose && !harm) return;
    // (read a best-before date as a deadline, and as a result they discard
    // Y: in English the clause runs back over a phrase with as)
    cause = {Dutch() ? SegmentStart(j + 1) : MainClauseStart(j + 1), j + 1};
    // Door de droge zomers stond het grondwater lager, waardoor X: after a
    // fronted marker's phrase the clause that explains X opens with the
    // finite verb; the marker's phrase is its own claim's cause.
    if (const Cue* marker = Dutch() && IsWord(cause.first - 1) ? CueOf(cause.first - 1) : nullptr;
        marker != nullptr && marker->entry->kind == EntryKind::kMarker &&
        marker->first == FirstWord()) {
      if (const int verb = FrontedVerb({cause.first, cause.last}); verb > cause.first) {
        cause.first = verb;
      }
    }
    // verzwakt het vermogen om emoties te reguleren, waardoor ...: "om"
    // after a noun that takes it opens no clause of its own.
    if (Dutch() && OmAfterComplement(cause.first - 1)) cause.first = SegmentStart(cause.first - 1);
    // gebruikt de telefoon als wekker, waardoor: "als" before a phrase with
    // no verb of its own is "as", no clause.
    if (const int als = cause.first - 1;
        Dutch() && IsWord(als) && At(als).fold == "als" &&
        (CueOf(als) == nullptr || CueOf(als)->tokens.size() == 1) &&
        ClauseVerb(cause.first, cause.last) < 0) {
      cause.first = SegmentStart(cause.first - 1);
    }
    // De weg was afgesloten vanwege de rook, waardoor X: the clause before
    // goes on from what its marker's claim brought about (the road closed),
    // as a chain goes on from a claim's effect; so after a reason's clause
    // (stopte met leveren omdat rekeningen onbetaald bleven, waardoor).
    if (const Cue* inner = Dutch() && IsWord(cause.first - 1) ? CueOf(cause.first - 1) : nullptr;
        inner != nullptr &&
        (inner->entry->kind == EntryKind::kMarker ||
         (inner->entry->kind == EntryKind::kConnective && inner->entry->cause_after &&
          !inner->entry->condition && !inner->entry->purpose)) &&
        inner->first > FirstWord() && !IsClauseBreak(inner->first - 1)) {
      const int start = SegmentStart(inner->first);
      if (Meaningful(TrimClause({start, inner->first}))) cause = {start, inner->first};
    }
    // (imposed a weight limit to protect the bridge from lorries, which means
    // that Y: after an aim, the result is the act's)
    if (const Cue* aim = !Dutch() && IsWord(cause.first - 1) ? CueOf(cause.first - 1) : nullptr;
        aim != nullptr && aim->entry->purpose && aim->first > FirstWord()) {
      const int start = MainClauseStart(aim->first);
      if (Meaningful(TrimClause({start, aim->first}))) cause = {start, aim->first};
    }
    // (publish a list of premises that will not be reached so that ...: the
    // act runs back over a relative clause to its own clause)
    if (purpose) cause = {ActClauseStart(joined ? j : j + 1), j + 1};
    if (purpose) {
      // X so that Y can ...: without a comma, the aim that moves X (with one,
      // the result: the river flooded, so that ...).
      effect = TrimClause(cause);
      cause = TrimClause({b + 1, ClauseEndPastAside(b + 1)});
      if (!Meaningful(cause) || !Meaningful(effect)) return;
      Emit({Whole(cause)}, {Whole(effect)}, 1, false, false, rules::kPurpose, cue);
      return;
    }
    if (entry.participle) {
      // X in protest against Y, killing Z: the act is the whole clause,
      // over the markers inside it.
      int k = BackOverMarkers(cause.first - 1);
      // stormed a police camp in Silda, West Bengal, killing 24: a place's
      // name between commas belongs to the clause before it.
      bool name = k >= 0 && IsComma(At(k)) && cause.last - (k + 1) <= 3 && cause.last > k + 1;
      for (int n = k + 1; name && n < cause.last; ++n) name = IsWord(n) && IsCapitalised(n);
      if (name) k = BackOverMarkers(k - 1);
      cause.first = k + 1;
      // suspended trains because debris had fallen on the track, leaving
      // thousands stranded: after a reason's clause (because, since), the
      // result is the main clause's, which the reason only explains. After
      // when, as or after the clause is the event itself (as blasts rocked
      // the city, leaving two dead).
      // ran down their stocks to free up cash, leaving them exposed: after
      // an aim, too, the result is the act's.
      const bool aim = IsWord(k) && CueOf(k) != nullptr && CueOf(k)->entry->purpose;
      if (!Dutch() && k > FirstWord() && IsWord(k) &&
          ((At(k).fold == "because" || At(k).fold == "since") || aim) && ClauseCue(k)) {
        const int main_first = BackOverMarkers(k - 1) + 1;
        if (main_first < k && Meaningful(TrimClause({main_first, k}))) cause = {main_first, k};
      }
    }
    const int from = entry.participle                       ? a
                     : b + 1 < size() && IsComma(At(b + 1)) ? b + 2
                                                            : b + 1;  // ; as a result, Y
    effect = {from, entry.participle ? ParticipleEnd(b) : NextPunctuation(std::max(from, b + 1))};
    // leaving 600 workers at home and raising the prospect of gaps: a second
    // participle after "and", a verb's, is a result of its own (killing two
    // and injuring five: the harms of one act are one).
    for (int k = b + 2; !Dutch() && entry.participle && !entry.purpose && k + 1 < effect.last;
         ++k) {
      const Cue* next = IsWord(k + 1) ? CueOf(k + 1) : nullptr;
      if (IsWord(k) && At(k).fold == "and" && IsWord(k + 1) && At(k + 1).fold.ends_with("ing") &&
          (next == nullptr ? KnownVerb(k + 1)
                           : !next->entry->participle && !next->entry->event_subject)) {
        second_result = TrimClause({k + 1, effect.last});
        // (halting most deliveries: a causal verb's participle signs it;
        // pushing egg prices to a record high: its object is what moved)
        if (next != nullptr && next->entry->kind == EntryKind::kVerb && next->entry->sign != 0) {
          second_sign = next->entry->sign;
          const std::vector<Chunk> objects = ChunksAfter(next->last + 1, effect.last);
          if (!objects.empty() && !objects.front().prepositional &&
              Meaningful(objects.front().span)) {
            second_result = objects.front().span;
          }
        }
        effect.last = k;
        break;
      }
    }
  }
  cause = TrimClause(cause);
  effect = TrimClause(effect);
  if (!Meaningful(cause) || !Meaningful(effect)) return;
  if (entry.participle) {
    // To speed deliveries, the government waived the rules so that tankers
    // can carry fuel: the act ends where its own aim begins.
    // (set aside money to hire props so that the gym can reopen: the aim
    // ends where the aim of its own verb begins)
    for (Span* act_or_aim : {&cause, &effect}) {
      if (!entry.purpose || Dutch()) break;
      for (int k = act_or_aim->first + 1; k + 1 < act_or_aim->last; ++k) {
        if (IsWord(k) && At(k).fold == "so" && At(k + 1).fold == "that" && ClauseCue(k)) {
          *act_or_aim = TrimClause({act_or_aim->first, k});
          break;
        }
      }
    }
    // The act and its motive, result or aim, each the whole clause: what a
    // claim inside says is part of it (staged a protest demanding X).
    const auto without_cue = [&](Span span) {
      Side side = Whole(span);
      std::erase_if(side.words, [&](int w) { return w >= a && w <= b; });
      return side;
    };
    const Side from = without_cue(cause), to = without_cue(effect);
    // The act is a clause: a word alone (Thanks for coming) is none.
    const Side& act = cause.first <= a && a < cause.last ? to : from;
    if (act.words.size() < 2) return;
    if (!Meaningful(cause.first == a ? Span{b + 1, cause.last} : cause) ||
        !Meaningful(effect.first == a ? Span{b + 1, effect.last} : effect)) {
      return;
    }
    // Not negated: a negation inside one clause (leaving thousands without
    // power) is what happened, not a denial of the link.
    const bool hedged = HasVerbal(effect, kHedge) || HasVerbal(cause, kHedge);
    const auto rule = entry.purpose ? rules::kPurpose : rules::kParticiple;
    if (entry.purpose && !Dutch() && cause.first == a && PhraseBeforeVerb(b, cause.last)) return;
    // Referrals of under-18s to child and adolescent mental health services
    // rose by 60 per cent: where what would be the act is a noun's phrase
    // alone, a past after a noun in what would be the aim is the sentence's
    // verb; "to" opened a phrase.
    if (entry.purpose && !Dutch() && cause.first == a && effect.last == a &&
        NounPhraseAlone(effect) && !ListedProposal(effect.first)) {
      for (int k = b + 2; k < cause.last && IsWord(k) && !IsClauseWord(k); ++k) {
        // (not the proof submitted by the candidates, a blocked road: a
        // participle that says which one)
        const bool finite_ed = At(k).fold.ends_with("ed") && IsWord(k + 1) &&
                               At(k + 1).fold != "by" && !IsContent(k + 1);
        const bool past = finite_ed || CommonIrregularPast(At(k).fold) ||
                          std::any_of(changes_.begin(), changes_.end(),
                                      [&](const Cue& change) { return change.first == k; });
        if (past && IsContent(k - 1) && !At(k - 1).Is(kPreposition | kDeterminer)) return;
      }
    }
    // A bill to introduce one died in committee, a national fund to replace
    // lost income would cost X: right after a noun and its article that open
    // the sentence (an adjective between them), the infinitive says what the
    // noun is for; no act stands before it (not Some schools buy pouches to).
    const std::string& article = At(effect.first).fold;
    if (entry.purpose && !Dutch() && cause.first == a && effect.first == FirstWord() &&
        effect.last == a && effect.size() <= 3 &&
        (article == "a" || article == "an" || article == "the")) {
      bool noun_phrase = true;
      for (int k = effect.first + 1; k < effect.last && noun_phrase; ++k) {
        noun_phrase = IsWord(k) && IsContent(k) && !IsVerbal(k) && !KnownVerb(k) &&
                      !At(k).fold.ends_with("ed");
      }
      if (noun_phrase) return;
    }
    if (entry.purpose && !Dutch() && cause.first == a) {
      const std::vector<Span> aims = Aims(cause, b + 2);
      if (aims.size() == 2) {
        Emit({without_cue(aims[0])}, {to}, 1, hedged, false, rule, cue);
        Emit({Whole(aims[1])}, {to}, 1, hedged, false, rule, cue);
        return;
      }
    }
    // X has driven up the cost of Y, leaving less money for Z: a result goes
    // on from what a claim before it moved, as ", which" does; only the
    // phrases' own words of direction sign it.
    if (!Dutch() && !entry.cause_after && cause.first < a) {
      if (const Claim* inner = ClaimInside(cause);
          inner != nullptr && inner->cue.first > cause.first) {
        const int moved = MovedAsWritten(*inner);
        const int result = LeadingDirection(Whole(TrimClause({b + 1, effect.last})));
        Emit({inner->effect}, {to}, moved * (result == 0 ? 1 : result), hedged, false, rule, cue);
        if (Meaningful(second_result)) {
          Emit({inner->effect}, {Whole(second_result)}, moved * second_sign, hedged, false, rule,
               cue);
        }
        return;
      }
    }
    Emit({from}, {to}, 1, hedged, false, rule, cue);
    if (Meaningful(second_result)) {
      Emit({from}, {Whole(second_result)}, second_sign, hedged, false, rule, cue);
    }
    return;
  }
  // A reason and the clause it explains are events, each named whole (they
  // had marched because the cartoon had raised concerns), not the effect of
  // a claim inside them.
  const bool whole = entry.cause_after;
  // in order to cut costs and make vacancies more attractive: two aims.
  if (!Dutch() && entry.cause_after && At(b).fold == "to" && cause.first > b) {
    const std::vector<Span> aims = Aims(cause, cause.first + 1);
    if (aims.size() == 2) {
      for (const Span& aim : aims) {
        Emit({Whole(aim)}, {EventOf(effect, true, false, whole).side}, 1,
             HasVerbal(effect, kHedge) || HasVerbal(aim, kHedge), Denies(cue.first - 1),
             rules::kConnective, cue);
      }
      return;
    }
  }
  Event from = EventOf(cause, false, true, whole);
  if (!Dutch() && At(a).fold == "with") {
    // With the road closed: the state is the cause, named whole; only its
    // words of direction sign it (with rates lower, with wheat now dearer).
    const Span state = TrimClause(cause);
    int direction = 1;
    for (int k = state.first; k < state.last; ++k) {
      if (IsWord(k) && At(k).Is(kMore | kLess) && !Is(k - 1, kDeterminer)) {
        direction = At(k).Is(kLess) ? -1 : 1;
      }
    }
    from = {Whole(state), direction};
  }
  if (!Dutch() && At(a).fold == "after" && ClauseVerb(cause.first, cause.last) < 0) {
    // after a reduction in supplies: a noun phrase's own change signs it.
    int own = 1;
    const std::vector<Side> sides = SignedSides(TrimClause(cause), own);
    if (sides.size() == 1) from.sign = own;
  }
  std::vector<Span> effects{effect};
  if (Dutch() && entry.cause_after && a == FirstWord()) {
    // Doordat X, duurt een traject langer en is de kans kleiner: two main
    // clauses, each its verb first, share the cause.
    for (int k = effect.first + 2; k + 1 < effect.last; ++k) {
      if (!IsWord(k) || At(k).fold != "en" || !IsWord(k + 1)) continue;
      const Token& verb = At(k + 1);
      if (!IsVerbal(k + 1) && !verb.Is(kAuxiliary | kLight | kOtherVerb | kHedge)) continue;
      if (verb.Is(kDeterminer | kPronoun)) continue;
      effects = {TrimClause({effect.first, k}), TrimClause({k + 1, effect.last})};
      break;
    }
  }
  // Y until X: X ends the state Y names (will strike until the wage is paid,
  // cannot be lifted until inspectors certify).
  const bool until =
      !Dutch() && entry.words.size() == 1 && (At(a).fold == "until" || At(a).fold == "till");
  // Y unless X: if X does not hold, Y does; X holds Y off.
  const int unless = !Dutch() && At(a).fold == "unless" ? -1 : 1;
  for (const Span& one : effects) {
    if (!Meaningful(one)) continue;
    const Event to = EventOf(one, true, false, whole);
    // A negation in Y is what happened (airlines do not have to pay because
    // X), no denial of the link; where Y's side is a quantity whose change
    // the clause negates (waardoor de werkloosheid nauwelijks opliep), it
    // turns the sign.
    const bool turned = !until && HasVerbal(one, kNegation) && to.side.span != TrimClause(one);
    Emit({from.side}, {to.side}, until ? -1 : unless * JointSign(from, to) * (turned ? -1 : 1),
         entry.condition || reason_hedged || HasVerbal(one, kHedge) || HasVerbal(cause, kHedge),
         Denies(cue.first - 1), rules::kConnective, cue);
  }
}

int SentenceReader::ExampleMarker(int i) const {
  if (!IsWord(i)) return 0;
  if (At(i).fold == "bijvoorbeeld") return 1;
  const bool for_example = !Dutch() && At(i).fold == "for" && IsWord(i + 1) &&
                           (At(i + 1).fold == "example" || At(i + 1).fold == "instance");
  return for_example ? 2 : 0;
}

void SentenceReader::ReadInvertedCondition() {
  static const LexiconEntry kCondition = [] {
    LexiconEntry entry;
    entry.sign = 1;
    entry.condition = true;
    entry.relation = "causes";
    return entry;
  }();
  const int verb = FirstWord();
  if (verb < 0 || verb + 2 >= size() || !IsWord(verb)) return;
  const int comma = NextPunctuation(verb + 1);
  if (comma + 2 >= size() || !IsComma(At(comma)) || !IsWord(comma + 1) || comma - verb < 3) return;
  const std::string& opener = At(verb).fold;
  int main = comma + 1;
  if (Dutch()) {
    // Stijgt de rente, dan dalen de prijzen: a finite verb first, and "dan"
    // opening the main clause.
    if (At(comma + 1).fold != "dan" ||
        At(verb).Is(kDeterminer | kPronoun | kPreposition | kSubordinator)) {
      return;
    }
    const bool finite = At(verb).Is(kAuxiliary | kHedge | kLight) || DutchIrregularFinite(opener) ||
                        (KnownVerb(verb) && FiniteShape(opener));
    if (!finite) return;
    main = comma + 2;
  } else {
    // Had they spent the money, we would not have Y; Should prices rise, Y
    // would: a modal in the main clause.
    if (opener != "had" && opener != "should" && opener != "were") return;
    if (!HasVerbal({main, NextPunctuation(main)}, kHedge)) return;
  }
  const Span cause = TrimClause({verb, comma});
  const Span effect = TrimClause({main, Dutch() ? SegmentEnd(main) : NextPunctuation(main)});
  if (!Meaningful(cause) || !Meaningful(effect)) return;
  for (int k = verb; k < comma; ++k) {
    if (ClauseCue(k)) return;  // (a connective of its own inside: read by it)
  }
  const Event from = EventOf(cause, false, true, true);
  const Event to = EventOf(effect, true, false, true);
  Cue cue;
  cue.entry = &kCondition;
  cue.tokens = {verb};
  cue.first = verb;
  cue.last = verb;
  const bool turned = HasVerbal(effect, kNegation) && to.side.span != effect;
  Emit({Whole(cause)}, {to.side}, JointSign(from, to) * (turned ? -1 : 1), true, false,
       rules::kConnective, cue);
}

int SentenceReader::FrontedVerb(Span phrase) const {
  // A main clause has its finite verb second: the phrase before it is one
  // constituent, a noun phrase with its prepositional phrases. Dutch writes
  // compounds as one word, so after a noun the next content word is the
  // verb, not a second noun; before the noun stand adjectives: a participle
  // (de gestegen bouwkosten) or a word in -e (de hoge rente). The
  // verb must be followed by what opens a subject (a determiner, a
  // quantifier, a pronoun, a noun), not by a preposition, a conjunction or
  // punctuation, where a plural noun ends its phrase.
  auto subject_follows = [&](int n) {
    return n < size() && IsWord(n) && !IsVerbal(n) &&
           !At(n).Is(kPreposition | kCoordinator | kSubordinator | kRelative) &&
           (IsContent(n) || At(n).Is(kDeterminer | kPronoun | kMore | kLess | kAdverb | kTemporal |
                                     kNegativeDeterminer | kDegree | kPositive | kNegative));
  };
  auto plain = [&](int i) {  // a content word that may be a noun or a verb
    return i < size() && IsContent(i) && !NumberAt(i) && !At(i).capital;
  };
  // The forms of strong and irregular verbs are known (kwam, bleef, sluiten):
  // general knowledge of the language, not of a text.
  auto known_finite = [&](int i) {
    return i < size() && IsWord(i) && DutchIrregularFinite(At(i).fold);
  };
  // (Door het sproeiverbod haal ik minder aardappelen: a personal pronoun
  // after the word is the inverted subject, the word the finite verb)
  auto inverted_pronoun = [&](int n) {
    static constexpr std::array<std::string_view, 8> kPersonal = {"ik",  "je", "jij", "we",
                                                                  "wij", "u",  "hij", "zij"};
    return n < size() && IsWord(n) &&
           std::find(kPersonal.begin(), kPersonal.end(), At(n).fold) != kPersonal.end();
  };
  auto verb_at = [&](int i) {
    if (plain(i) && inverted_pronoun(i + 1)) return true;
    if (!plain(i) || !(FiniteShape(At(i).fold) || known_finite(i))) return false;
    // Right after its noun a verb may have a phrase before its subject (de
    // blokkades ontstonden in de ochtendspits files); a plural noun after a
    // preposition's object is seldom so placed.
    const bool right_after_noun = plain(i - 1) && !At(i - 1).fold.ends_with("e");
    return subject_follows(i + 1) ||
           (right_after_noun && IsWord(i + 1) && At(i + 1).Is(kPreposition) &&
            At(i + 1).fold != "van" && !IsVerbal(i + 1));
  };
  bool noun = false;  // the current phrase has its noun
  for (int i = phrase.first; i < phrase.last; ++i) {
    if (!IsContent(i)) {
      // a verb the lexicon knows, after the noun: kunnen, raken, bieden
      if (noun && IsWord(i) && !IsVerbal(i) &&
          At(i).Is(kOtherVerb | kAuxiliary | kHedge | kLight | kReporting) &&
          !At(i).Is(kDeterminer | kPreposition)) {
        return i;
      }
      // (Door de verzakking zijn in het wegdek scheuren ontstaan: a
      // possessive that is also a form of zijn, before no noun of its own,
      // is the verb)
      if (noun && IsWord(i) && At(i).Is(kDeterminer) && At(i).Is(kAuxiliary) && IsWord(i + 1) &&
          At(i + 1).Is(kPreposition | kDeterminer | kAdverb | kPronoun | kNegation) &&
          !At(i + 1).Is(kPositive | kNegative | kMore | kLess)) {
        return i;
      }
      if (At(i).Is(kPreposition | kCoordinator)) noun = false;
      continue;
    }
    if (!plain(i)) {
      noun = true;  // a name or a number
      continue;
    }
    if (noun) {
      if (verb_at(i)) return i;
      continue;
    }
    const std::string& f = At(i).fold;
    const bool participle = DutchParticipleShape(f);
    // A word in -e is a noun only where reading it as an adjective leaves
    // no verb and reading it as a noun finds one (de hitte sluiten de scholen).
    // Where the next word is a known verb form and the one after is not, the
    // word in -e is the noun (Door de hitte sluiten scholen eerder).
    const bool inflected = f.ends_with("e");
    const bool verb_next = verb_at(i + 1) && known_finite(i + 1) && !known_finite(i + 2);
    const bool adjective =
        plain(i + 1) &&
        (participle || (inflected && !verb_next && (verb_at(i + 2) || !verb_at(i + 1))));
    if (!adjective) noun = true;
  }
  return -1;
}

int SentenceReader::DutchRelativeEnd(int relative) const {
  // kortsluiting in een heftruck die aan de lader stond, de prijs van
  // producten die veel plastic bevatten: a relative clause right after a
  // phrase's noun, up to the end of the sentence or a comma, says which one.
  // Where it ends, or -1 (not over a clause word of its own, nor over "en",
  // which would part the phrase in two, nor over a causal verb: such a
  // clause makes a claim of its own, which the chain rule reads).
  if (!Dutch() || !IsWord(relative) || !At(relative).Is(kRelative) || !IsClauseWord(relative) ||
      !IsContent(relative - 1)) {
    return -1;
  }
  const int stop = NextPunctuation(relative);
  if (stop - relative > 12 || !IsWord(stop - 1)) return -1;
  for (int k = relative + 1; k < stop; ++k) {
    if (ClauseCue(k) || Is(k, kCoordinator) || IsVerbal(k)) return -1;
  }
  return stop;
}

int SentenceReader::MarkerClauseEnd(int from, int end) const {
  // Tension gripped the city following the blasts and a red alert was
  // sounded; schools that closed due to the bandh have extra work: the
  // marker's phrase ends before a clause of its own after "and", and before
  // the main clause's verb when the marker stood inside its subject. A
  // relative clause keeps its verb (due to a rule that has changed).
  // walked out following the dismissal of a nurse so that the ward had to
  // close: a connective opens a clause of its own.
  const auto connective = [&](int k) {
    if (k <= from || !ClauseCue(k) || CueOf(k) == nullptr) return false;
    const LexiconEntry& entry = *CueOf(k)->entry;
    return entry.kind == EntryKind::kConnective && !entry.participle;
  };
  for (int k = from; k < end; ++k) {
    const Token& t = At(k);
    if (!t.word) continue;
    // (caused by two plants that tripped offline because their cooling water
    // was too warm: the relative clause ends where a reason of its own opens)
    if (t.Is(kRelative) || t.fold == "that") {
      for (int r = k + 1; r < end; ++r) {
        if (IsWord(r) && connective(r)) return r;
      }
      return end;
    }
    if (connective(k)) return k;
    if (t.Is(kCoordinator) && ClauseFollows(k + 1, end)) return k;
    // cuts caused by flying glass or for breathing problems: a phrase of the
    // clause before, coordinated, is no part of the cause.
    // (not in and around Gandhi Maidan: two prepositions of one phrase)
    if (t.Is(kCoordinator) && k + 1 < end && IsWord(k + 1) && At(k + 1).Is(kPreposition) &&
        At(k + 1).fold != "of" && !Is(k - 1, kPreposition)) {
      return k;
    }
    // driven by reformulation rather than by changes in what people buy: what
    // the text sets aside is no part of the cause.
    if (k > from && k + 1 < end && IsWord(k + 1) &&
        ((t.fold == "rather" && At(k + 1).fold == "than") ||
         (t.fold == "instead" && At(k + 1).fold == "of"))) {
      return k;
    }
    // (caused by a burst main and not by the abstraction, by X, not Y: so is
    // what the text denies after it)
    if (k > from && t.fold == "not" && IsWord(k - 1) && At(k - 1).fold == "and") return k - 1;
    if (k > from + 1 && t.fold == "not" && IsComma(At(k - 1))) return k - 1;
    // being held at the junction: a participle of the phrase, no verb.
    if (t.Is(kAuxiliary) && !t.Is(kDeterminer | kPreposition) && t.fold != "being") return k;
  }
  return end;
}

int SentenceReader::ListItemVerb(int first, int end) const {
  // fuel, food and components bought abroad: a participle after the last
  // item's noun, with no object of its own, says which ones; the list goes
  // on (not , prices rose and wages fell, nor , the firm bought new plant).
  const int verb = ClauseVerb(first, end);
  if (verb < 0 || Dutch() || !IsContent(verb - 1)) return verb;
  bool joined = false;
  for (int k = first; k < verb && !joined; ++k) joined = IsNounCoordinator(k);
  const Token& word = At(verb);
  const bool participle = PastParticiple(word.fold) || CommonIrregularPast(word.fold);
  // (bought abroad, charged by landlords: a word of where or how, or a
  // phrase after it, or nothing)
  const bool bare = verb + 2 >= end || !IsWord(verb + 1) ||
                    (At(verb + 1).Is(kPreposition | kAdverb) && !At(verb + 1).Is(kDeterminer));
  return joined && participle && bare && !word.Is(kAuxiliary) ? -1 : verb;
}

int SentenceReader::ListEnd(int comma) const {
  // following strikes by drivers , cleaners and mechanics; the non-payment
  // of wages , including arrears: a noun phrase's list goes on over its commas,
  // each part without a verb or a clause word, up to the part with "and",
  // "or" or "as well as" (or what "including" adds). Returns `comma` where no list goes on.
  int at = comma;
  while (at + 1 < size() && IsComma(At(at))) {
    const int first = at + 1;
    const int end = NextPunctuation(first);
    // (in Friesland, Groningen en Drenthe: Dutch lists too)
    const auto coordinator = [&](int k) {
      const std::string& w = At(k).fold;
      return Dutch() ? w == "en" || w == "of" : w == "and" || w == "or";
    };
    // (meer geluidsoverlast, meer slijtage en grotere risico's: a
    // comparative before its noun opens an item)
    const bool comparative = IsWord(first) && At(first).Is(kMore | kLess) && IsWord(first + 1) &&
                             IsContent(first + 1) && At(first + 1).fold != "dan" &&
                             At(first + 1).fold != "than";
    if (end == first || !IsWord(first) ||
        (At(first).Is(kPreposition | kAdverb | kSubordinator) && !comparative) ||
        coordinator(first)) {
      break;
    }
    // , ending in clashes; , stopped the two men and beat them: a participle
    // or a verb opens a clause, no part of a list.
    const bool including = !Dutch() && At(first).fold == "including";
    // (rashes, vomiting and diarrhoea: a bare noun in -ing before the list's
    // "and" is one of its items)
    const bool ing_item = At(first).fold.ends_with("ing") && IsWord(first + 1) &&
                          coordinator(first + 1) && IsWord(first + 2) && IsContent(first + 2);
    if (!including && !ing_item && !Dutch() &&
        (At(first).fold.ends_with("ing") || At(first).fold.ends_with("ed"))) {
      break;
    }
    bool coordinated = including, plain = true;
    for (int k = first; k < end && plain; ++k) {
      if (!IsWord(k)) continue;
      if (AsWellAs(k)) {
        coordinated = true;
        k += 2;
        continue;
      }
      if (IsClauseWord(k)) plain = false;
      // what "including" adds is a noun phrase, whatever its words
      if (!including && (IsVerbal(k) || At(k).Is(kAuxiliary | kReporting | kHedge))) plain = false;
      if (coordinator(k)) coordinated = true;
    }
    if (!plain || (!including && ListItemVerb(first, end) >= 0)) break;
    if (coordinated) return end;
    at = end;
  }
  return comma;
}

void SentenceReader::ReadGrievance(const Cue& cue) {
  // protests over the arrests, anger over fuel prices: the noun phrase of the
  // dispute is the effect, the phrase after "over" its cause.
  const int a = cue.first, b = cue.last;
  const std::vector<Chunk> before = ChunksBefore(a, 0);
  if (before.empty() || before.back().outer.last != a || !Meaningful(before.back().span)) return;
  const std::vector<Chunk> after = ChunksAfter(b + 1, ClauseEnd(b));
  if (after.empty() || after.front().prepositional || !Meaningful(after.front().span)) return;
  // Residents staged protests over ...: the phrase starts after a verb the
  // chunks ran over.
  Span effect = before.back().span;
  for (int k = a - 2; k >= effect.first; --k) {
    const Token& t = At(k);
    if (t.Is(kAuxiliary | kLight | kOtherVerb | kReporting) || t.fold.ends_with("ed")) {
      effect.first = k + 1;
      break;
    }
  }
  effect = Trim(effect);
  if (!Meaningful(effect)) return;
  // Protests over the water rights divided the valley: where the dispute is
  // the subject, its cause ends before the main clause's verb.
  Span cause = PhraseRun(after, 0);
  if (const int verb = ClauseVerb(cause.first, cause.last); verb >= 0) {
    cause = Trim({cause.first, verb});
  }
  if (!Meaningful(cause)) return;
  Emit({Whole(cause)}, {Whole(effect)}, 1, false, false, rules::kMarker, cue);
}

void SentenceReader::ReadOpposed(const Cue& cue) {
  // They protested against the arrests, residents marched to protest against
  // the plant, protested about a water shortage: what the protest opposes
  // (the phrase after "against" or "about", to the
  // end of its clause) is the cause; the act of protest, the clause up to
  // "against" or the infinitive of protest in it, the effect.
  const int a = cue.first, b = cue.last;
  const int end = MarkerClauseEnd(b + 1, ListEnd(NextPunctuation(b + 1)));
  const Span cause = TrimClause({b + 1, end});
  if (!Meaningful(cause)) return;
  Span effect = {MainClauseStart(a), a};
  for (int k = a - 1; k > effect.first; --k) {
    if (IsWord(k) && At(k).fold == "to" && BareInfinitive(k + 1)) {
      effect.first = k;
      break;
    }
  }
  effect = TrimClause(effect);
  if (!Meaningful(effect)) return;
  Emit({Whole(cause)}, {Whole(effect)}, 1, HasVerbal(effect, kHedge), HasVerbal(effect, kNegation),
       rules::kMarker, cue);
}

bool SentenceReader::ActorsAlone(Span subject) const {
  // Telers, Supermarkten, Werkgevers: one bare plural noun with no article,
  // no adjective and no phrase names people or firms who act, not a
  // quantity or an event (not Digitalisering, Hogere lonen).
  if (subject.size() != 1 || !IsWord(subject.first) || !IsContent(subject.first)) return false;
  const std::string& noun = At(subject.first).fold;
  // (not a noun of process, state or act: Digitalisering, Onzekerheid, Sancties)
  if (noun.ends_with("ing") || noun.ends_with("heid") || noun.ends_with("ties")) return false;
  return noun.size() > 4 && (noun.ends_with("en") || noun.ends_with("s"));
}

bool SentenceReader::ReadDutchMeans(const Cue& cue) {
  // Door jarenlang te bezuinigen op ICT heeft het college ..., kan de
  // armoede verminderen door de toeslagen te verhogen: door before a te and
  // its infinitive names the means, a clause, which causes the main clause
  // after it (fronted) or the event of the clause before it.
  // (vooral door, mede door: a word of degree is part of the cue)
  if (!Dutch() || At(cue.last).fold != "door" ||
      cue.last - cue.first != static_cast<int>(cue.tokens.size()) - 1) {
    return false;
  }
  const int a = cue.last;
  const int end = NextPunctuation(a + 1);
  int te = -1;
  for (int k = a + 1; k + 1 < end && k <= a + 12; ++k) {
    if (At(k).fold == "te") {
      te = k;
      break;
    }
    if (IsClauseWord(k) || IsVerbal(k) || At(k).Is(kAuxiliary | kHedge)) return false;
  }
  if (te < 0) return false;
  const int infinitive = te + 1;
  if (!IsWord(infinitive) || !At(infinitive).fold.ends_with("en")) return false;
  // (Door de basisbeurs hoeven studenten minder te werken: a finite verb
  // before te opens the main clause; the te is its own)
  if (const int verb = FrontedVerb({a + 1, end}); verb > a + 1 && verb < te) return false;
  const auto finite = [&](int k) {
    return IsVerbal(k) || At(k).Is(kAuxiliary | kHedge | kLight | kOtherVerb) ||
           DutchIrregularFinite(At(k).fold);
  };
  // (vaker te kiezen voor vroege rassen: the infinitive's phrases after it;
  // te vervangen door beplanting: a marker's preposition there is the
  // infinitive's)
  int run = infinitive + 1;
  while (run < end && IsWord(run) && (!IsClauseWord(run) || At(run).Is(kPreposition)) &&
         !finite(run)) {
    ++run;
  }
  const bool fronted = cue.first == FirstWord() || (cue.first > 0 && IsWord(cue.first - 1) &&
                                                    At(cue.first - 1).Is(kCoordinator));
  // (jarenlang te bezuinigen: the clause as written, its adverbs and its te)
  Span cause = {a + 1, run};
  std::vector<Side> effects;
  int sign = 1;
  bool hedged = false, negated = false;
  if (fronted) {
    // (te vervangen door beplanting, wadi's en halfverharding kan: over a
    // list's commas to the main clause's finite verb)
    int verb = run;
    if (verb < size() && IsComma(At(verb))) {
      // (the list closed by en or of, then the verb)
      bool closed = false;
      for (int k = verb + 1; k < size() && k <= run + 10 && IsWord(k); ++k) {
        if (closed && finite(k)) {
          verb = k;
          break;
        }
        closed = closed || IsNounCoordinator(k);
      }
    }
    if (verb >= size()) return false;
    cause = {a + 1, verb};
    int first = verb;
    if (IsComma(At(first))) ++first;
    const Span effect = TrimClause({first, SegmentEnd(first)});
    if (!Meaningful(effect)) return false;
    hedged = HasVerbal(effect, kHedge);
    negated = HasVerbal(effect, kNegation);
    effects = {Whole(effect)};
  } else {
    // (kunnen verlagen, bijvoorbeeld door X te ...: a word of example or
    // degree between the clause and door)
    int before = cue.first;
    for (int k = cue.first - 1; k >= cue.first - 3 && k > FirstWord(); --k) {
      if (IsComma(At(k))) {
        before = k;
        break;
      }
      if (!IsWord(k) || (IsContent(k) && !At(k).Is(kAdverb))) break;
    }
    const int start = SegmentStart(before);
    const Span clause = TrimClause({start, before});
    if (!Meaningful(clause)) return false;
    const Event event = EventOf(clause);
    if (!Meaningful(event.side.span)) return false;
    hedged = HasVerbal(clause, kHedge);
    negated = HasVerbal(clause, kNegation);
    sign = event.sign;
    effects = {event.side};
    // Telers kunnen de schade beperken door vaker te kiezen voor X: who
    // applies the means, a bare plural of actors, only acts; the means is
    // the cause, so the clause's own claim from them is dropped.
    if (const Claim* inner = ClaimInside(clause);
        inner != nullptr && ActorsAlone(inner->cause.span)) {
      std::erase_if(claims_, [&](const Claim& claim) { return &claim == inner; });
    }
  }
  if (!Meaningful(cause)) return false;
  Emit({Whole(cause)}, effects, sign, hedged, negated, rules::kMarker, cue);
  return true;
}

void SentenceReader::ReadMarker(const Cue& cue) {
  // rose on hopes of a deal, fell on (or amid) fears that X: the grounds
  // named with their noun are the cause.
  const bool grounds = !Dutch() && cue.tokens.size() == 2 &&
                       (At(cue.first).fold == "on" || At(cue.first).fold == "amid");
  const int a = cue.first, b = cue.last;
  const int cause_from = grounds ? b : b + 1;
  if (Consumed(a)) return;
  if (PassiveAgent(cue)) return;  // wordt vooral door de oppositie gesteund
  if (ReadDutchMeans(cue)) return;
  if (!Dutch() && cue.tokens.size() == 1 && At(a).fold == "over") {
    ReadGrievance(cue);
    return;
  }
  if (!Dutch() && cue.tokens.size() == 1 && (At(a).fold == "against" || At(a).fold == "about")) {
    ReadOpposed(cue);
    return;
  }
  const bool opens = a == FirstWord() || IsBoundary(a - 1) || At(a - 1).Is(kCoordinator);
  // door X: a cause only where it opens a clause (Door X neemt Y toe), or
  // inside a clause of change with no passive (De werkloosheid neemt door
  // de crisis toe); elsewhere it is by, through or during.
  bool inside_change = false;
  Side changed;  // the subject of that change
  int change_sign = 1;
  if (cue.entry->words.size() == 1 && At(a).Is(kPreposition) && !opens && Dutch()) {
    // A verb of change takes no agent: door X is its cause (is door X
    // gestegen, neemt door X toe), where a passive's door is its agent.
    const int start = ClauseStart(a), end = ClauseEnd(a);
    for (const Cue& change : changes_) {
      if (!change.verbal || change.entry->noun || change.tokens[0] < start ||
          change.tokens[0] >= end) {
        continue;
      }
      // huisbezoeken door vrijwilligers de eenzaamheid verminderen: a second
      // noun phrase before the verb is its object, so the verb is a
      // transitive one and door X belongs to its subject.
      if (change.tokens[0] > a) {
        std::vector<Chunk> between = ChunksAfter(a + 1, change.tokens[0]);
        std::erase_if(between, [](const Chunk& c) { return c.prepositional; });
        if (between.size() >= 2) break;
      }
      // zeker nu de leencapaciteit door de rente is afgenomen: the subject
      // right before door, after what opens the clause, where the verb of
      // change follows door (not De prijzen daalden maandag licht door X:
      // what stands before door then says when or how much).
      const std::vector<Chunk> adjacent =
          change.tokens[0] > a ? ChunksBefore(a, start) : std::vector<Chunk>{};
      if (!adjacent.empty() && !adjacent.back().prepositional && adjacent.back().outer.last == a &&
          Meaningful(adjacent.back().span) && adjacent.back().span.first > Trim({start, a}).first) {
        inside_change = true;
        changed = Whole(adjacent.back().span);
        change_sign = change.entry->sign;
        break;
      }
      std::vector<Chunk> subjects = ChunksAfter(start, a);
      // Op warme avonden daalt de druk door X: after a fronted phrase the
      // subject follows the verb of change.
      if (!subjects.empty() && subjects.front().prepositional && change.tokens[0] < a &&
          subjects.front().outer.last == change.tokens[0]) {
        subjects = ChunksAfter(change.tokens[0] + 1, a);
        if (!subjects.empty() && !subjects.front().prepositional &&
            Meaningful(subjects.front().span)) {
          inside_change = true;
          changed = Whole(subjects.front().span);
          change_sign = change.entry->sign;
        }
        break;
      }
      if (subjects.empty() || subjects.front().prepositional ||
          subjects.front().span.first != Trim({start, a}).first ||
          !Meaningful(subjects.front().span)) {
        break;
      }
      inside_change = true;
      changed = Whole(subjects.front().span);
      change_sign = change.entry->sign;
      break;
    }
  }
  if (cue.entry->words.size() == 1 && At(a).Is(kPreposition) && !opens && !inside_change &&
      !DutchClosingDoor(a)) {
    return;
  }
  std::vector<Chunk> causes = ChunksAfter(b + 1, ClauseEnd(b));
  if (grounds) {
    // (the noun is the cue's own word, so the phrase is taken from it)
    Chunk noun;
    noun.span = noun.outer = {b, b + 1};
    causes.insert(causes.begin(), noun);
  }
  // (amid fears: the grounds' noun is the cue's own word, and counts as the
  // phrase's content)
  if (causes.empty() || causes.front().prepositional ||
      (!grounds && !Meaningful(causes.front().span))) {
    return;
  }
  Chunk cause = causes.front();
  cause.span = PhraseRun(causes, 0);
  const bool opens_sentence =
      a == FirstWord() || (a > 0 && IsWord(a - 1) && At(a - 1).Is(kCoordinator));
  if (!Dutch() && !opens_sentence) {
    // Y due to X ...: the cause runs to the end of the clause (the fast taken
    // up by the leader last year), as a clause after because does.
    const int end = MarkerClauseEnd(cause_from, ListEnd(NextPunctuation(b + 1)));
    const Span trimmed = TrimClause({cause_from, end});
    const Span clause = grounds ? Span{cause_from, trimmed.last} : trimmed;
    if (clause.last > cause.span.last) cause.span = clause;
    // following the blasts and a red alert was sounded: the phrase's run
    // ends where a clause of its own begins.
    if (end < cause.span.last && Meaningful(Trim({cause.span.first, end}))) {
      cause.span = Trim({cause.span.first, end});
      cause.outer.last = std::min(cause.outer.last, end);
    }
  }
  if (Dutch() && !opens_sentence) {
    // ontstond door kortsluiting in een heftruck die aan de lader stond: a
    // relative clause after the phrase's noun that runs to the end of the
    // sentence or to a comma says which one; it is part of the cause.
    if (const int stop = DutchRelativeEnd(cause.outer.last); stop > 0) {
      cause.span.last = stop;  // (the clause's verb at its end stays)
      cause.outer.last = stop;
    }
  }
  Span effect;
  Span second_clause;  // Dutch: en neemt Y af, a second main clause after the first
  bool group_hedged = false, group_negated = false;
  // Dutch: after a colon or a semicolon a clause opens as a sentence does
  // (Dat is niet genoeg: door de krapte kan X ...).
  const bool after_colon =
      Dutch() && a > 0 && !IsWord(a - 1) && (At(a - 1).fold == ":" || At(a - 1).fold == ";");
  const bool fronted_marker =
      a == FirstWord() || (a > 0 && IsWord(a - 1) && At(a - 1).Is(kCoordinator)) || after_colon;
  if (fronted_marker) {
    // Due to X, Y / Door X neemt Y toe
    // Wegens de staking reden er geen treinen: Dutch writes a compound as
    // one word, so two bare nouns in a row, the first without an adjective's
    // -e, are a noun and a verb the lexicon does not know.
    const int last = cause.span.last - 1;
    const bool bare_pair = Dutch() && cause.span.size() >= 3 && IsWord(last - 1) &&
                           (At(last).classes & ~kComplement) == 0 &&
                           (At(last - 1).classes & ~kComplement) == 0 && !At(last).capital &&
                           !At(last - 1).capital && !At(last - 1).number &&
                           !At(last - 1).fold.ends_with("e") && !At(last - 1).fold.ends_with("en");
    // Door de lage prijzen die verzekeraars betalen, is Nederland ...: a
    // relative clause after the phrase's noun, ended by a comma, is part of
    // the cause; the main clause follows the comma.
    const int relative_comma = Dutch() && IsWord(cause.outer.last) &&
                                       At(cause.outer.last).Is(kRelative) &&
                                       IsClauseWord(cause.outer.last)
                                   ? NextPunctuation(cause.outer.last)
                                   : -1;
    if (relative_comma > 0 && relative_comma < size() && IsComma(At(relative_comma)) &&
        relative_comma - cause.outer.last <= 12) {
      cause.span = Trim({cause.span.first, relative_comma});
      cause.outer.last = relative_comma;
    } else if (const int verb = Dutch() ? FrontedVerb({cause.span.first, ClauseEnd(b)}) : -1;
               verb > cause.span.first) {
      cause.span.last = verb;
      cause.outer.last = verb;
      if (!Meaningful(cause.span)) return;
    } else if (Dutch() && (causes.size() >= 2 || bare_pair) && cause.span.size() >= 2 &&
               IsContent(cause.span.last - 1) &&
               !(cause.outer.last < size() && IsComma(At(cause.outer.last)))) {
      // Vanwege X sluiten veel bakkerijen: a main clause's verb comes right
      // after what opens it, so a phrase followed by another ends in the verb.
      cause.span.last -= 1;
      cause.outer.last = cause.span.last;
      if (!Meaningful(cause.span)) return;
    }
    if (!Dutch() && cause.span.last < size() && IsWord(cause.span.last) &&
        (At(cause.span.last).Is(kAuxiliary) || IsVerbal(cause.span.last))) {
      // As a result of the protests schools were closed: without a comma
      // the main clause's subject follows the phrase's plural noun.
      for (int t = cause.span.last - 2; t > cause.span.first; --t) {
        const Token& noun = At(t);
        const Token& next = At(t + 1);
        if (!IsWord(t) || !IsWord(t + 1) || next.Is(kPreposition)) break;
        if (!IsContent(t)) continue;
        // (the floods many roads: a determiner after a plural noun opens a phrase)
        const bool opens = next.Is(kDeterminer | kDegree) ||
                           (IsContent(t + 1) && !next.capital && !next.Is(kMore | kLess));
        if (noun.fold.size() > 3 && noun.fold.ends_with("s") && !noun.fold.ends_with("ss") &&
            !noun.fold.ends_with("us") && opens) {
          cause.span.last = t + 1;
          cause.outer.last = t + 1;
          break;
        }
      }
    }
    if (!Dutch()) {
      // Following the confirmation of a case at a nursery on Friday, ...:
      // the fronted phrase runs over the phrases after its noun to the comma.
      const int comma = NextPunctuation(cause.outer.last);
      bool phrases = comma > cause.outer.last && comma < size() && IsComma(At(comma));
      for (int t = cause.outer.last; phrases && t < comma; ++t) {
        // (Without a trusted adult to turn to, ...: an infinitive right
        // after the noun says what it is for, its preposition at the end)
        if (t == cause.outer.last && At(t).fold == "to" && IsContent(t - 1) && IsWord(t + 1) &&
            (BareInfinitive(t + 1) ||
             (At(t + 1).Is(kComplement) && BareVerbShape(At(t + 1).fold)))) {
          ++t;
          continue;
        }
        phrases =
            IsWord(t) && ((!IsVerbal(t) && !IsClauseWord(t) &&
                           !At(t).Is(kAuxiliary | kLight | kOtherVerb | kHedge | kReporting)) ||
                          (t + 1 == comma && At(t).Is(kPreposition)));
      }
      if (phrases && Meaningful(Trim({cause.span.first, comma}))) {
        cause.span = Trim({cause.span.first, comma});
        cause.outer.last = comma;
      }
    }
    if (!Dutch() && cause.outer.last < size() && IsComma(At(cause.outer.last))) {
      // Thanks to his vision, leadership and fund-raising, they ...: the
      // fronted phrase runs over its list to the comma after the last item.
      const int list_end = ListEnd(cause.outer.last);
      if (list_end != cause.outer.last && list_end < size() && IsComma(At(list_end))) {
        cause.span = Trim({cause.span.first, list_end});
        cause.outer.last = list_end;
      }
    }
    int k = cause.outer.last;
    if (k < size() && IsComma(At(k))) ++k;
    // Following the stir, women staged a protest demanding entry: in
    // English the effect is the main clause to its end, over what hangs on it.
    effect = {k, Dutch() ? SegmentEnd(k) : NextPunctuation(k)};
    // Door de brand liggen in winkels in Friesland, Groningen en Drenthe lege
    // schappen: the clause runs over a list's commas.
    if (Dutch() && effect.last < size() && IsComma(At(effect.last))) {
      if (const int list_end = ListEnd(effect.last); list_end != effect.last) {
        effect.last = SegmentEnd(list_end);
      } else if (const int first = effect.last + 1, end = NextPunctuation(first);
                 IsWord(first) && (At(first).Is(kDeterminer) || IsContent(first)) &&
                 !At(first).Is(kPreposition | kSubordinator | kRelative | kCoordinator)) {
        // Door X zijn haar vriezer, de wasmachine en dozen met foto's verloren
        // gegaan: the list's last part ends with the clause's verbs.
        bool joined = false;
        for (int k = first + 1; k < end; ++k) joined = joined || IsNounCoordinator(k);
        if (joined) effect.last = end;
      }
    }
    // Door de schaduw groeien er minder planten en neemt het bodemleven af:
    // "en" and a finite verb the lexicon knows, its subject after it, open a
    // second main clause that the same phrase explains.
    for (int k = effect.first + 2; Dutch() && k + 2 < effect.last; ++k) {
      if (!IsWord(k) || At(k).fold != "en" || !IsWord(k + 1) || !IsWord(k + 2)) continue;
      const int verb = k + 1;
      const bool change = std::any_of(changes_.begin(), changes_.end(),
                                      [&](const Cue& c) { return c.first == verb && c.verbal; });
      const bool known =
          At(verb).Is(kAuxiliary | kLight | kOtherVerb | kHedge) || KnownVerb(verb) || change;
      // (en is een lantaarnpaal gekanteld: an auxiliary's short forms too)
      if (!known || At(verb).Is(kDeterminer) ||
          !(FiniteShape(At(verb).fold) || At(verb).Is(kAuxiliary | kHedge)) ||
          !At(k + 2).Is(kDeterminer | kPronoun)) {
        continue;
      }
      second_clause = TrimClause({verb, effect.last});
      effect.last = k;
      break;
    }
  } else {
    // Y is caused by X, the closure was due to X: Y without its verb, whose
    // hedge and negation are the claim's (were not caused by X).
    int j = a - 1;
    // Sales fell, possibly because of the rain: a word after the comma
    // qualifies the reason.
    if (!Dutch() && j >= 1 && IsWord(j) && At(j).Is(kAdverb | kHedge) &&
        !At(j).Is(kAuxiliary | kNegation) && IsComma(At(j - 1))) {
      group_hedged = group_hedged || At(j).Is(kHedge);
      --j;
    }
    const auto komen = [&](int k) { return IsWord(k) && KomenForm(At(k).fold); };
    // Dat X, komt mede door Y: komen right before the marker is its verb.
    if (Dutch() && At(b).fold == "door" && b > a && j >= 0 && komen(j)) --j;
    // Deze toename lijkt voor een deel het gevolg te zijn van X: how much the
    // marker explains stands between it and the verb group.
    if (Dutch()) {
      int w = j;
      while (w >= 0 && HowMuchWord(w)) --w;
      if (w < j && IsWord(w) && At(w).Is(kHedge | kAuxiliary)) j = w;
    }
    if (j >= 0 && IsComma(At(j))) --j;
    j = SkipVerbGroupLeft(j + 1, group_hedged, group_negated);
    effect = {MainClauseStart(j + 1), j + 1};
    // In most cases the decision was driven by X: the phrases that open the
    // clause say where or when; the noun's phrase after them is what moved.
    if (!Dutch() && IsWord(effect.first) && At(effect.first).Is(kPreposition) &&
        !At(effect.first).Is(kDeterminer) && ClauseVerb(effect.first, effect.last) < 0) {
      const std::vector<Chunk> chunks = ChunksAfter(effect.first, effect.last);
      std::size_t named = 0;
      while (named < chunks.size() && chunks[named].prepositional) ++named;
      if (named > 0 && named < chunks.size() &&
          Meaningful(Trim({chunks[named].span.first, effect.last}))) {
        effect.first = chunks[named].span.first;
      }
    }
    // De uitstoot van ammoniak door de veehouderij is gedaald, vooral door
    // X: a door inside the subject before is the noun's own.
    if (Dutch() && a > 0 && IsComma(At(a - 1)) && IsWord(effect.first - 1) &&
        At(effect.first - 1).fold == "door" && effect.first - 1 > FirstWord()) {
      effect.first = MainClauseStart(effect.first - 1);
    }
    // Het inzamelpercentage komt volgens de producenten vooral door X: the
    // effect is the subject before komt (after a fronted phrase, the one
    // after it: Volgens X komt de lage oogst vooral door Y).
    if (Dutch() && At(b).fold == "door" && cue.tokens.size() >= 2 &&
        cue.tokens.front() + static_cast<int>(cue.tokens.size()) - 1 == b) {
      for (int k = effect.first + 1; k < effect.last; ++k) {
        if (!komen(k)) continue;
        if (At(effect.first).Is(kPreposition) && !At(effect.first).Is(kDeterminer)) {
          effect.first = k + 1;
        } else {
          effect.last = k;
        }
        break;
      }
    }
    // Volgens de organisatie komt de oogst vooral door X: the subject between
    // the marker's verb and door is the effect.
    if (Dutch() && cue.tokens.size() == 2 && cue.tokens[1] > cue.tokens[0] + 1) {
      int last = cue.tokens[1];
      while (last - 1 > cue.tokens[0] && At(last - 1).Is(kAdverb)) --last;
      if (const Span between = Trim({cue.tokens[0] + 1, last}); Meaningful(between)) {
        effect = between;
      }
    }

    // The race, due to be run on Sunday, was postponed because of X: an
    // aside between the subject and its verb; the clause runs back to the
    // subject.
    if (const int comma = effect.first - 1; !Dutch() && comma > 0 && IsComma(At(comma))) {
      const int subject_first = MainClauseStart(comma);
      const Span subject = Trim({subject_first, comma});
      if (subject_first == FirstWord() && ClauseVerb(subject_first, comma) < 0 &&
          !At(subject_first).Is(kPreposition) && SubjectPhrase(subject)) {
        effect.first = subject_first;
      }
    }
    // De daling van het aandeel, van 52 naar 43 procent, kwam door X: in
    // Dutch an aside with no verb between the subject and its verb says
    // how much; the subject before it is what moved.
    if (const int comma = effect.first - 1; Dutch() && comma > FirstWord() && IsComma(At(comma)) &&
                                            SegmentStart(comma) == FirstWord() &&
                                            SubjectPhrase(Trim({FirstWord(), comma})) &&
                                            ClauseVerb(effect.first, effect.last) < 0) {
      effect = Trim({FirstWord(), comma});
    }
    // The fall in enrolment, which more than halved, is attributed to X: an
    // aside between the subject and its verb says more of it, not which.
    if (const int comma = effect.last; !Dutch() && comma < size() && IsComma(At(comma))) {
      for (int k = effect.first + 1; k + 1 < comma; ++k) {
        if (IsComma(At(k)) && IsWord(k + 1) && At(k + 1).Is(kRelative) &&
            ClauseVerb(effect.first, k) < 0 && Meaningful(TrimClause({effect.first, k}))) {
          effect.last = k;
          break;
        }
      }
    }
    // two of them with pneumonia caused by the virus: a participle right
    // after a noun, no verb before it, says which thing; the effect is that
    // noun's phrase.
    const std::string& participle = At(a).fold;
    if (!Dutch() && j + 1 == a && IsContent(a - 1) &&
        (participle.ends_with("ed") || participle.ends_with("en"))) {
      // (a shortage of parts from Asia caused by: over "of" and "from" back
      // to the head noun, the phrases that say which one)
      const auto joins = [&](int k) {
        return IsWord(k) && (At(k).fold == "of" || At(k).fold == "from") && !ClauseCue(k) &&
               k - 1 >= effect.first && IsContent(k - 1) && !At(k - 1).Is(kPreposition | kPronoun);
      };
      int first = a - 1;
      while (first - 1 >= effect.first && IsWord(first - 1) &&
             (((IsContent(first - 1) || At(first - 1).Is(kDeterminer)) &&
               !At(first - 1).Is(kPreposition | kPronoun)) ||
              joins(first - 1))) {
        --first;
      }
      if (Meaningful({first, a})) effect = {first, a};
    }
  }
  effect = TrimClause(effect);
  // Volgens de politie is de brand ontstaan door X: after a fronted phrase
  // the finite verb stands before the subject, and is no part of it.
  while (Dutch() && !fronted_marker && effect.first + 1 < effect.last && IsWord(effect.first) &&
         At(effect.first).Is(kAuxiliary | kLight | kPassiveAuxiliary) &&
         !At(effect.first).Is(kDeterminer)) {
    ++effect.first;
  }
  if (!Meaningful(effect)) return;
  // en door X met Y: a second phrase of the same preposition, not a clause.
  if (Dutch() && a != FirstWord() && At(a - 1).Is(kCoordinator) && IsWord(effect.first) &&
      At(effect.first).Is(kPreposition)) {
    return;
  }
  Event to = EventOf(effect, true, false, !Dutch());
  // The institute cut its forecast for the harvest because of X, it would
  // raise the price of its coffee owing to X: an act on a quantity that
  // makes no claim (its subject acts); the quantity moved is the effect, as
  // a change's subject is.
  if (!Dutch() && !HasVerbal(effect, kNegation)) {
    if (const Event acted = ActedOn(TrimClause(effect)); !acted.side.words.empty()) to = acted;
  }
  if (inside_change) to = {changed, change_sign};
  if (!fronted_marker && !inside_change && to.sign == 1 && to.side.span == TrimClause(effect)) {
    // De lagere verkoop komt door X, de lage opkomst is het gevolg van X:
    // the effect named before the marker is a phrase whose level or change
    // is its sign, as after leidt tot.
    // (Part of the fall is due to the lower limit: a share of a change takes
    // its direction only against a cause's own; most of the fall is driven
    // by reformulation brings the fall about)
    int level = LeadingDirection(Whole(cause.span)) != 0 ? ShareOfChange(effect) : 1;
    const std::vector<Side> named = SignedSides(effect, level);
    if (named.size() == 1) to = {named.front(), level};
  }
  int own = 1;  // the cause's own direction
  std::vector<Side> causes_sides = SignedSides(cause.span, own);
  const auto joined = [&](int cause_sign) { return JointSign({{}, cause_sign, false}, to); };
  int sign = joined(own);
  if (!fronted_marker) {
    // Y komt door X en door Z, is te wijten aan X en aan Z, is driven by X
    // and by Z: the marker's preposition again after a coordinator names a
    // second cause.
    if (const int again = PrepositionAgain(cause.span.last, At(b).fold); again >= 0) {
      const int from = again + 1;
      const std::vector<Chunk> more = ChunksAfter(from, ClauseEnd(from));
      if (!more.empty() && !more.front().prepositional && Meaningful(more.front().span)) {
        Span second = more.front().span;
        if (!Dutch()) {
          // or by a practice's failure to recruit a partner: the second runs
          // to the clause's end, as the first does.
          const Span clause =
              TrimClause({from, MarkerClauseEnd(from, ListEnd(NextPunctuation(from)))});
          if (clause.last > second.last && clause.first == second.first) second = clause;
        }
        int second_own = sign;
        for (const Side& side : SignedSides(second, second_own)) causes_sides.push_back(side);
      }
    }
  }
  // A negation inside the effect clause is what the clause tells happens,
  // not a denial of the claim (Door de krapte kan X de vacatures nauwelijks
  // vullen; the case did not stand due to a lack of witnesses); where the
  // effect is a quantity whose change the clause negates, it turns the sign.
  // Only the verb group right before the marker denies it (were not caused
  // by X).
  bool negated = HasVerbal(effect, kNegation);
  int turn = 1;
  if (negated && !(Dutch() && inside_change)) {
    negated = false;
    if (Dutch() || to.side.span != TrimClause(effect)) turn = -1;
  }
  // Without help, families will go hungry: the main clause holds where the
  // cause is missing, so the cause holds it off.
  if (!Dutch() && At(cue.first).fold == "without") turn = -turn;
  if (causes_sides.size() > 1) {
    // Door de gestegen kosten en de lagere verkoop ..., due to weaker demand
    // and the strong pound: each phrase its sign.
    for (const Side& side : causes_sides) {
      int side_own = 1;
      const std::vector<Side> one = SignedSides(side.span, side_own);
      Emit(one, {to.side}, joined(side_own) * turn, group_hedged || HasVerbal(effect, kHedge),
           group_negated || negated, rules::kMarker, cue);
    }
    return;
  }
  Emit(causes_sides, {to.side}, sign * turn, group_hedged || HasVerbal(effect, kHedge),
       group_negated || negated, rules::kMarker, cue);
  if (Meaningful(second_clause)) {
    const Event next = EventOf(second_clause, true, false, false);
    Emit(causes_sides, {next.side}, JointSign({{}, own, false}, next),
         group_hedged || HasVerbal(second_clause, kHedge), group_negated, rules::kMarker, cue);
  }
}

}  // namespace causalkg::kb::extract
