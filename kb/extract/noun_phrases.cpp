// Noun phrases without a parser: runs of tokens that may be part of one,
// cut where a determiner starts the next, trimmed of function words at
// their edges, and split at coordinations.
#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

#include "kb/extract/sentence_reader.hpp"

namespace causalkg::kb::extract {

namespace {

// A determiner starts a new noun phrase unless it follows a word that a
// noun phrase continues from (of the, van de, and the, a great).
bool ContinuesInto(const Token& before) {
  return before.Is(kPreposition | kDeterminer | kCoordinator | kDegree | kHedgeAdjective |
                   kNegativeDeterminer | kPositive | kNegative | kMore | kLess);
}

bool EndsWith(const std::string& text, std::string_view end) {
  return text.size() > end.size() + 1 &&
         text.compare(text.size() - end.size(), end.size(), end) == 0;
}

bool NumberWord(const std::string& w) {
  static constexpr std::array<std::string_view, 24> kNumbers = {
      "two",     "three",    "four",     "five",      "six",    "seven",  "eight",   "nine",
      "ten",     "eleven",   "twelve",   "fifteen",   "twenty", "thirty", "forty",   "fifty",
      "hundred", "hundreds", "thousand", "thousands", "dozen",  "dozens", "million", "millions"};
  // (bijna vier weken: Dutch counts in words too)
  static constexpr std::array<std::string_view, 20> kDutch = {
      "twee",    "drie",    "vier",    "vijf",    "zes",     "zeven",   "acht",
      "negen",   "tien",    "elf",     "twaalf",  "vijftien", "twintig", "dertig",
      "veertig", "vijftig", "honderd", "duizend", "miljoen", "honderden"};
  return std::find(kNumbers.begin(), kNumbers.end(), w) != kNumbers.end() ||
         std::find(kDutch.begin(), kDutch.end(), w) != kDutch.end();
}

}  // namespace

bool AdjectiveLike(const Token& t, Language language) {
  if (t.Is(kPositive | kNegative | kMore | kLess | kDegree)) return true;
  const std::string& w = t.fold;
  if (language == Language::kDutch) {
    // sociale, digitale, economische; not armoede, ziekte.
    static constexpr std::array<std::string_view, 16> kDutchSuffixes = {
        "ale",  "ele",  "iele", "ische", "isch", "ige",  "ig",   "lijke",
        "lijk", "ieve", "ief",  "bare",  "baar", "ende", "aire", "ere"};
    for (std::string_view s : kDutchSuffixes) {
      if (EndsWith(w, s)) return true;
    }
    return false;
  }
  static constexpr std::array<std::string_view, 14> kSuffixes = {
      "al",   "ic",   "ical", "ive", "ous", "ful", "less",
      "able", "ible", "ary",  "ish", "ed",  "ing", "ian"};
  for (std::string_view s : kSuffixes) {
    if (EndsWith(w, s)) return true;
  }
  return false;
}

bool SentenceReader::CurrencySign(std::string_view fold) {
  return fold.starts_with("\xC2\xA3") || fold.starts_with("$") || fold.starts_with("\xE2\x82\xAC");
}

bool SentenceReader::YearAt(int i) const {
  if (!IsWord(i)) return false;
  const std::string& year = At(i).fold;
  return year.size() == 4 && (year.starts_with("19") || year.starts_with("20")) &&
         std::all_of(year.begin(), year.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool SentenceReader::NumberAt(int i) const {
  return IsWord(i) && (At(i).number || NumberWord(At(i).fold));
}

bool SentenceReader::RateArticle(int i) const {
  // 90,000 yuan a tonne, £26 a week, 3 per cent a year: "a" before a unit
  // after an amount says per what; it opens no phrase of its own.
  static constexpr std::array<std::string_view, 24> kUnits = {
      "tonne",  "ton",   "week",  "year", "month", "day",    "hour",   "barrel",
      "litre",  "liter", "kilo",  "head", "night", "person", "pupil",  "household",
      "gallon", "pound", "share", "trip", "meal",  "flight", "minute", "season"};
  if (Dutch() || !IsWord(i) || (At(i).fold != "a" && At(i).fold != "an") || !IsWord(i + 1) ||
      std::find(kUnits.begin(), kUnits.end(), At(i + 1).fold) == kUnits.end()) {
    return false;
  }
  return (NumberAt(i - 1) && !YearAt(i - 1)) || (IsWord(i - 1) && NumberAt(i - 2));
}

bool SentenceReader::AmountPreposition(int i) const {
  // Over 60 pupils were hurt, left at least six students injured, up to 50
  // people: a preposition before a number says how many; it opens no
  // prepositional phrase, the number and its noun are a noun phrase.
  if (Dutch() || !IsWord(i)) return false;
  const std::string& w = At(i).fold;
  // (up is no preposition in the lexicon: a particle, pushed prices up)
  if (!At(i).Is(kPreposition) && w != "up") return false;
  int k = i + 1;
  // (more than 200 homes, fewer than ten: "than" after a comparative of
  // how many)
  const bool than = w == "than" && IsWord(i - 1) && At(i - 1).Is(kMore | kLess);
  const bool verb_amount = (w == "about" || w == "around") && IsVerbal(i - 1);
  if (w == "at" && IsWord(k) && (At(k).fold == "least" || At(k).fold == "most")) {
    ++k;
  } else if (w == "up" && IsWord(k) && At(k).fold == "to") {
    ++k;
  } else if (w != "over" && w != "under" && !than && !verb_amount) {
    // about 160 km from: often a distance or a time; right after a verb
    // used as one, its object's amount (destroyed about 300,000 hectares)
    return false;
  }
  // (over £150 a month: a currency's sign before the number)
  if (!IsWord(k) && IsJoiner(k) && k + 1 < size() && At(k).end == At(k + 1).start) ++k;
  // (added about 8p, cost around 3bn: a number with its unit in one word)
  return IsWord(k) && (At(k).number || NumberWord(At(k).fold) ||
                       (verb_amount && std::isdigit(static_cast<unsigned char>(At(k).fold[0]))));
}

bool SentenceReader::ConnectiveAt(int i) const {
  if (!ClauseCue(i)) return false;
  const Cue* cue = CueOf(i);
  if (cue == nullptr) return false;
  const LexiconEntry& entry = *cue->entry;
  return entry.kind == EntryKind::kConnective && !entry.purpose;
}

Span SentenceReader::Trim(Span span) const {
  auto edge_function = [&](int i, bool leading) {
    // $2 million: a currency's sign stays before its amount.
    // (the Medicines Safety Agency (MSA): its closing bracket stays)
    if (!IsWord(i)) {
      return !(leading && IsJoiner(i) && At(i + 1).number) &&
             !(!leading && At(i).fold == ")" && !IsStopper(i));
    }
    // well-being, take-up: a word joined to its neighbour is part of a word.
    if (leading ? IsJoiner(i + 1) : IsJoiner(i - 1)) return false;
    const Token& t = At(i);
    if (leading && AmountPreposition(i)) return false;  // over 60 pupils
    // 4 The closure of local counters ...: a paragraph's number before the
    // sentence's capitalised first word labels it.
    if (leading && t.number && i == FirstWord() && IsWord(i + 1) && IsCapitalised(i + 1)) {
      return true;
    }
    if (t.Is(kAdverb) && !t.Is(kMore | kLess)) return true;
    // better off, worse off: the particle ends a comparative's phrase.
    if (!leading && !Dutch() && t.fold == "off" && IsWord(i - 1) &&
        (At(i - 1).Is(kMore | kLess) || At(i - 1).fold == "better" || At(i - 1).fold == "worse")) {
      return false;
    }
    if (t.Is(kCoordinator) || t.Is(kPreposition) || t.Is(kRelative | kSubordinator)) {
      return !t.Is(kDeterminer) || !leading;
    }
    if (leading && t.Is(kReporting) && !t.Is(kAuxiliary | kLight | kOtherVerb) && !Dutch() &&
        AfterMarker(i)) {
      return false;  // amid fears of a recession: the noun
    }
    // across the state, after the report: a reporting word after a
    // determiner is the phrase's noun (IsClauseWord reads it so too).
    if (!leading && t.Is(kReporting) && !t.Is(kAuxiliary | kLight | kOtherVerb) && !Dutch() &&
        IsWord(i - 1) && At(i - 1).Is(kDeterminer) && !At(i - 1).Is(kRelative)) {
      return false;
    }
    if (leading && OpeningGerund(i)) return false;
    if (!leading && DutchArticleNoun(i)) return false;
    if (t.Is(kAuxiliary | kLight | kOtherVerb | kReporting)) return !(leading && t.Is(kDeterminer));
    if (t.Is(kHedge) && !t.Is(kHedgeAdjective)) return true;
    if (t.Is(kNegation) && !t.Is(kNegativeDeterminer)) return true;
    if (!leading && t.Is(kDeterminer | kDegree | kHedgeAdjective | kNegativeDeterminer))
      return true;
    return false;
  };
  while (!span.empty() && edge_function(span.first, true)) ++span.first;
  while (!span.empty() && edge_function(span.last - 1, false)) --span.last;
  return span;
}

Span SentenceReader::TrimClause(Span span) const {
  // Dutch: Die achterstand, Deze daling: a determiner before its noun at the
  // start of a sentence is no clause word (IsClauseWord tells them apart).
  auto kept_determiner = [&](int i) {
    return Dutch() && At(i).Is(kDeterminer) && (i == FirstWord() || IsBoundary(i - 1)) &&
           IsContent(i + 1) && !IsClauseWord(i);
  };
  while (!span.empty() && (!IsWord(span.first) || At(span.first).Is(kCoordinator) ||
                           (At(span.first).Is(kSubordinator | kRelative) &&
                            !IsContent(span.first) && !kept_determiner(span.first)))) {
    ++span.first;
  }
  // (the A1(M), the Agency (MSA): a bracket of the name stays)
  while (!span.empty() && !IsWord(span.last - 1) && !AbbreviationBracket(span.last - 1)) {
    --span.last;
  }
  if (Dutch() && span.size() >= 4 && At(span.first).fold == "volgens") {
    // Volgens ProRail ontstond de storing: who says it is no part of the
    // event; the clause starts at its finite verb.
    const int verb = FrontedVerb({span.first + 1, span.last});
    if (verb > span.first + 1 && verb + 1 < span.last) span.first = verb;
  }
  return span;
}

bool SentenceReader::Meaningful(Span span) const {
  for (int i = span.first; i < span.last; ++i) {
    if (IsContent(i) && !At(i).Is(kPronoun)) return true;
  }
  return false;
}

bool SentenceReader::ParticipleAsAdjective(int i) const {
  // Lendora's reported profits, the firm's expected returns, reduced
  // expected yields, brings back estimated bills: a participle between a
  // possessive, a causal verb or its particle and a noun is an adjective,
  // no verb.
  if (Dutch() || i <= 0 || !IsWord(i) || !At(i).fold.ends_with("ed") || !IsWord(i - 1)) {
    return false;
  }
  const bool possessive =
      PossessiveWord(At(i - 1).fold) || (At(i - 1).fold == "s" && i > 1 && SplitPossessive(i - 2));
  const bool after_verb = IsVerbal(i - 1) || At(i - 1).fold == "back";
  return (possessive || after_verb) && IsContent(i + 1) && !IsVerbal(i + 1);
}

bool SentenceReader::SplitPossessive(int i) const {
  // junior doctors ’ strike, their children ’ s chances: text split into
  // tokens before it was written out keeps a possessive's apostrophe apart;
  // the phrase runs over it as over "doctors’ strike".
  if (!Dutch() && i > 1 && IsWord(i) && At(i).fold == "s" && !IsWord(i - 1)) {
    return SplitPossessive(i - 1);  // the "s" after the apostrophe
  }
  if (Dutch() || i <= 0 || i + 1 >= size() || IsWord(i) || !IsWord(i - 1) || !IsWord(i + 1)) {
    return false;
  }
  const std::string& mark = At(i).fold;
  if (mark != "'" && mark != "\xE2\x80\x99") return false;
  if (At(i + 1).fold == "s") return IsContent(i - 1) && i + 2 < size() && IsWord(i + 2);
  return At(i - 1).fold.ends_with("s") && IsContent(i - 1) && IsContent(i + 1) && !IsStopper(i + 1);
}

int SentenceReader::NamingBefore(int name) const {
  // A plant disease known as swollen shoot, a virus called RSV: a participle
  // that gives a noun its name joins the name to the noun's phrase; the name
  // alone is not what acts. Not a finite verb with an object (officials
  // called the plan ...): the name here has no determiner of its own.
  if (Dutch() || name < 2 || !IsWord(name) || !IsContent(name) || At(name).Is(kDeterminer)) {
    return -1;
  }
  int k = name - 1;
  if (!IsWord(k)) return -1;
  if (At(k).fold == "as" && IsWord(k - 1) && At(k - 1).fold == "known") --k;
  static constexpr std::array<std::string_view, 7> kNaming = {
      "known", "called", "named", "dubbed", "termed", "labelled", "labeled"};
  if (std::find(kNaming.begin(), kNaming.end(), At(k).fold) == kNaming.end()) return -1;
  if (At(k).fold == "known" && k + 1 == name) return -1;  // known only with "as"
  if (k < 1 || !IsWord(k - 1) || !IsContent(k - 1) || IsVerbal(k - 1) || At(k - 1).Is(kPronoun)) {
    return -1;
  }
  return k;
}

std::vector<SentenceReader::Chunk> SentenceReader::ChunksBefore(int end, int limit) const {
  int start = end;
  for (;;) {
    while (start - 1 >= limit && (!IsStopper(start - 1) || SplitPossessive(start - 1))) --start;
    const int naming = NamingBefore(start);
    if (naming < 0 || naming - 1 < limit) break;
    start = naming;
  }
  std::vector<Chunk> out;
  if (start >= end) return out;
  // A run right after a preposition is that preposition's object: a PP.
  // (a preposition that opens a clause too: net als bij X, remt ...)
  // (since higher rates prompted landlords to sell: a preposition that opens
  // a reason's clause here)
  // (after 2020, since May: before a year or a time it says when)
  const bool when = !Dutch() && ((YearAt(start) && start + 1 == end) || TimeHead({start, end}));
  const bool after_preposition =
      IsWord(start - 1) && At(start - 1).Is(kPreposition) && !IsVerbal(start - 1) &&
      ((!At(start - 1).Is(kRelative | kSubordinator) && !(!Dutch() && ConnectiveAt(start - 1))) ||
       when || PairedPreposition(start - 1));
  int chunk_start = start;
  for (int k = start + 1; k <= end; ++k) {
    const bool cut = k == end || (At(k).Is(kDeterminer) && IsWord(k - 1) &&
                                  !ContinuesInto(At(k - 1)) && !IsClauseWord(k) && !RateArticle(k));
    if (!cut) continue;
    Chunk chunk;
    chunk.prepositional = At(chunk_start).Is(kPreposition) && !At(chunk_start).Is(kAdverb) &&
                          !AmountPreposition(chunk_start);
    if (out.empty() && after_preposition) chunk.prepositional = true;
    chunk.span = Trim({chunk_start, k});
    chunk.outer = {out.empty() && after_preposition ? start - 1 : chunk_start, k};
    if (!chunk.span.empty()) out.push_back(chunk);
    chunk_start = k;
  }
  return out;
}

std::vector<SentenceReader::Chunk> SentenceReader::ChunksAfter(int begin, int limit) const {
  int end = begin;
  while (end < limit && (!IsStopper(end) || SplitPossessive(end))) ++end;
  std::vector<Chunk> out;
  int chunk_start = begin;
  for (int k = begin + 1; k <= end; ++k) {
    const bool cut = k == end || (At(k).Is(kDeterminer) && IsWord(k - 1) &&
                                  !ContinuesInto(At(k - 1)) && !IsClauseWord(k) && !RateArticle(k));
    if (!cut) continue;
    Chunk chunk;
    chunk.prepositional = At(chunk_start).Is(kPreposition) && !At(chunk_start).Is(kAdverb) &&
                          !AmountPreposition(chunk_start);
    chunk.span = Trim({chunk_start, k});
    chunk.outer = {chunk_start, k};
    if (!chunk.span.empty()) out.push_back(chunk);
    chunk_start = k;
  }
  return out;
}

Span SentenceReader::PhraseRun(const std::vector<Chunk>& chunks, std::size_t from) const {
  // English attaches its modifiers after the noun (the closure of the plant in
  // May), and news and reports name a cause or an effect with all of them.
  Span out = chunks[from].span;
  if (Dutch()) return out;
  for (std::size_t k = from + 1; k < chunks.size(); ++k) {
    if (chunks[k].outer.first > chunks[k - 1].outer.last) break;
    out.last = chunks[k].span.last;
  }
  return Trim(out);
}

std::size_t SentenceReader::RunStart(const std::vector<Chunk>& chunks) {
  std::size_t first = chunks.size() - 1;
  while (first > 0 && chunks[first - 1].outer.last >= chunks[first].outer.first &&
         !chunks[first - 1].prepositional) {
    --first;
  }
  return first;
}

Side SentenceReader::Whole(Span span) const {
  Side side;
  side.span = span;
  for (int i = span.first; i < span.last; ++i) {
    if (IsWord(i)) side.words.push_back(i);
  }
  return side;
}

Span SentenceReader::ObjectClause(int begin, int limit, bool takes_infinitive) const {
  // sparked protests across the city over the security of students: the
  // object with every phrase that hangs on it, to the end of its clause.
  // A clause that only says which one it is belongs to it too (the number of
  // homes that can be built on a plot, the places where people live), and
  // after a verb that takes its object and an infinitive (encourage owners
  // to bring land forward) so does the infinitive's clause. The amount of a
  // change (lowered inflation by more than a point) and what is set against
  // it (rather than ...) are not the object.
  int end = begin;
  while (end < limit) {
    if (end > begin && IsWord(end) && AmountOrContrast(end)) break;
    if (takes_infinitive && end > begin && IsWord(end) && At(end).fold == "to" &&
        At(end - 1).fold != "up") {
      break;
    }
    const bool preposition = IsWord(end) && At(end).Is(kPreposition) && !IsVerbal(end) &&
                             !IsClauseWord(end) && !ClauseCue(end);
    if (end > begin && AsWellAs(end)) {
      end += 3;
      continue;
    }
    // rents in towns such as Ashby Vale and Kernow Cross: the examples
    // belong to the phrase.
    if (!Dutch() && end > begin && IsWord(end + 1) && At(end).fold == "such" &&
        At(end + 1).fold == "as" && IsContent(end - 1)) {
      end += 2;
      continue;
    }
    // raised prices, wages and rents: a list's comma; its items go on (not
    // the examples "including" adds: serious complications, including ...).
    if (!Dutch() && IsComma(At(end)) && end + 1 < limit && At(end + 1).fold != "including" &&
        ListEnd(end) != end) {
      ++end;
      continue;
    }
    // (prevents people from taking up evening shifts: a gerund after "from"
    // is what the object is kept from, the cost of making a cake says which
    // cost; after "by" it is the means)
    const bool gerund =
        end > begin && IsWord(end) && At(end).fold.ends_with("ing") && IsWord(end - 1) &&
        (At(end - 1).fold == "from" || (!Dutch() && At(end - 1).fold == "of")) && !ClauseCue(end);
    // (doubled the time needed to hand over patients, the money spent on
    // repairs: a participle right after the noun, before its phrase, says
    // which one)
    // (the price paid to growers, plastic bags found in litter surveys: an
    // irregular participle too)
    const bool participle = !Dutch() && end > begin && IsWord(end) && IsContent(end - 1) &&
                            PastParticiple(At(end).fold) && !At(end).Is(kAuxiliary) &&
                            !IsVerbal(end) && !ClauseCue(end) && IsWord(end + 1) &&
                            At(end + 1).Is(kPreposition) && !ClauseCue(end + 1);
    if (IsStopper(end) && !preposition && !gerund && !participle && !SplitPossessive(end)) break;
    ++end;
  }
  // moving to where their skills are valued: a preposition may come first.
  // (the difficulty for those who no longer drive: those heads its clause)
  const bool after_content =
      IsContent(end - 1) ||
      (end - 1 > begin && At(end - 1).Is(kPreposition) && IsContent(end - 2)) ||
      (end - 1 > begin && IsWord(end - 1) && At(end - 1).fold == "those");
  const bool restrictive =
      end > begin && IsWord(end) && after_content && At(end).Is(kRelative) && !ClauseCue(end);
  const bool infinitive = takes_infinitive && end > begin && IsWord(end) && At(end).fold == "to" &&
                          !ClauseCue(end) && IsWord(end + 1) &&
                          !At(end + 1).Is(kDeterminer | kPronoun) && !At(end + 1).number &&
                          !AmountOrContrast(end);
  // helped crews protect the town: a causal verb's bare form right after
  // the object is the infinitive without "to".
  const bool bare = !Dutch() && takes_infinitive && end > begin && IsContent(end - 1) &&
                    IsVerbal(end) && BareInfinitive(end) && IsWord(end + 1) &&
                    !At(end + 1).Is(kPreposition);
  // the time workers have for family, the price suppliers could charge: a
  // clause without "that" says which one it is, its subject the phrase's last
  // noun and a modal or "have" (without a participle: a perfect there is the
  // verb of a clause of its own) its verb.
  const bool have = IsWord(end) && (At(end).fold == "have" || At(end).fold == "has") &&
                    IsWord(end + 1) && At(end + 1).Is(kPreposition);
  const bool modal = IsWord(end) && At(end).Is(kHedge) && !At(end).Is(kHedgeAdjective) &&
                     IsWord(end + 1) && !At(end + 1).Is(kDeterminer | kPronoun | kAuxiliary) &&
                     !At(end + 1).number;
  const bool contact = !Dutch() && end > begin + 1 && !ClauseCue(end) && (have || modal) &&
                       IsContent(end - 1) && IsContent(end - 2);
  if (restrictive || infinitive || contact || bare) {
    int k = end + 1;
    // (to make twice as many trips: the "as" of a comparison goes on)
    while (k < size() && !IsClauseBreak(k) && !ClauseCue(k) &&
           !(At(k).Is(kSubordinator) && !At(k).Is(kRelative) && !ComparedAs(k)) &&
           !(At(k).Is(kCoordinator) &&
             (IsVerbal(k + 1) ||
              (At(k + 1).Is(kAuxiliary | kHedge) && !At(k + 1).Is(kDeterminer | kPreposition)))) &&
           !AmountOrContrast(k)) {
      ++k;
    }
    end = k;
  }
  return Trim({begin, end});
}

bool SentenceReader::AsWellAs(int i) const {
  return !Dutch() && IsWord(i) && At(i).fold == "as" && IsWord(i + 2) && At(i + 1).fold == "well" &&
         At(i + 2).fold == "as" && IsContent(i - 1) && IsWord(i + 3) &&
         (IsContent(i + 3) || At(i + 3).Is(kDeterminer));
}

bool SentenceReader::NearWord(const std::string& fold) {
  // about 40, nearly £40, almost nil: how near an amount comes.
  static constexpr std::array<std::string_view, 9> kNear = {
      "about", "around", "nearly", "almost", "roughly", "approximately", "just", "under", "below"};
  return std::find(kNear.begin(), kNear.end(), fold) != kNear.end();
}

bool SentenceReader::PossessiveMark(const std::string& fold) {
  // drivers' , the police 's: a possessive's apostrophe split from its noun.
  return fold == "'" || fold == "\xE2\x80\x99" || fold == "'s" || fold == "\xE2\x80\x99s";
}

bool SentenceReader::ParticleWord(const std::string& fold) {
  // cordoned off, drafted in, drain away, bring back: a verb's particle.
  static constexpr std::array<std::string_view, 8> kParticles = {"away", "back", "down", "in",
                                                                 "off",  "out",  "over", "up"};
  return std::find(kParticles.begin(), kParticles.end(), fold) != kParticles.end();
}

bool SentenceReader::Copula(const std::string& fold) {
  return fold == "is" || fold == "are" || fold == "was" || fold == "were";
}

bool SentenceReader::DutchParticipleShape(const std::string& fold) {
  return fold.starts_with("ge") && fold.size() > 4 &&
         (fold.ends_with("en") || fold.ends_with("d") || fold.ends_with("t"));
}

bool SentenceReader::PastParticiple(const std::string& fold) {
  // offered after the floods, sold by the litre, spent on repairs: a
  // participle by its ending or one of the common irregular ones.
  static constexpr std::array<std::string_view, 14> kIrregular = {
      "driven", "known", "built", "sold",  "bought", "held",  "made",
      "paid",   "kept",  "given", "taken", "grown",  "spent", "found"};
  return fold.ends_with("ed") ||
         std::find(kIrregular.begin(), kIrregular.end(), fold) != kIrregular.end();
}

bool SentenceReader::CommonIrregularPast(const std::string& fold) {
  // the common irregular pasts: engineers found cracks, the river burst
  static constexpr std::array<std::string_view, 53> kPasts = {
      "found", "broke",  "took",  "went",  "came",    "fell",   "rose",   "shot",   "hit",
      "threw", "began",  "made",  "left",  "gave",    "told",   "ran",    "struck", "won",
      "lost",  "held",   "led",   "burst", "brought", "sought", "fought", "caught", "paid",
      "said",  "met",    "got",   "saw",   "knew",    "sent",   "spent",  "kept",   "stole",
      "shut",  "spread", "fled",  "sold",  "built",   "stood",  "bought", "sank",   "froze",
      "drove", "wrote",  "swept", "dealt", "slid",    "tore",   "quit",   "bet"};
  return std::find(kPasts.begin(), kPasts.end(), fold) != kPasts.end();
}

bool SentenceReader::PersonPronoun(const std::string& fold) {
  static constexpr std::array<std::string_view, 6> kPersons = {"we",  "they", "he",
                                                               "she", "i",    "you"};
  return std::find(kPersons.begin(), kPersons.end(), fold) != kPersons.end();
}

bool SentenceReader::AmountOrContrast(int i) const {
  const std::string& f = At(i).fold;
  if (f == "rather") return At(i + 1).fold == "than";
  // raised its trips to 360, cut fares from 10 to 8: the new level.
  // (the loss of up to 5,400 jobs: "up to" a number is a bound inside the
  // phrase; so is an age range: women aged 60 to 65)
  const bool age_range =
      f == "to" && i > 1 && NumberAt(i - 1) && IsWord(i - 2) && At(i - 2).fold == "aged";
  // (to £3.1 million: a currency's sign before the number)
  const auto amount = [&](int k) {
    return k < size() && ((IsWord(k) && At(k).number) ||
                          (CurrencySign(At(k).fold) && k + 1 < size() && At(k + 1).number));
  };
  if ((f == "to" || f == "from") && amount(i + 1) &&
      !(f == "to" && i > 0 && At(i - 1).fold == "up") && !age_range) {
    return true;
  }
  // cut stocks to about ten days' supply: the new level, after a word of
  // how near.
  if (f == "to" && !Dutch() && IsWord(i + 1) && (NumberAt(i + 2) || amount(i + 2)) &&
      !(i > 0 && At(i - 1).fold == "up")) {
    if (NearWord(At(i + 1).fold)) return true;
  }
  // pushed waiting times to several hours: a level without a number.
  if (f == "to" && !Dutch() && IsWord(i + 1) && At(i + 1).fold == "several" && IsWord(i + 2)) {
    return true;
  }
  // raised labour costs most in regions where wages are lower, hurt small
  // firms most: how much, after the object.
  // (not halt most of its production: "most of" a phrase is a share of it)
  const bool share =
      IsWord(i + 1) && At(i + 1).fold == "of" && IsWord(i + 2) && At(i + 2).fold != "all";
  if (!Dutch() && (f == "most" || f == "least") && i > 0 && IsContent(i - 1) && !share &&
      (!IsWord(i + 1) || At(i + 1).Is(kPreposition | kSubordinator))) {
    return true;
  }
  // causes upsets more often than amoxicillin: a comparison of how often.
  if (!Dutch() && (f == "more" || f == "less") && i > 0 && IsContent(i - 1) && IsWord(i + 1) &&
      (At(i + 1).fold == "often" || At(i + 1).fold == "frequently")) {
    return true;
  }
  // pushed pollution to more than three times the limit, prices to a record
  if (f == "to" && !Dutch() && IsWord(i + 1) &&
      (At(i + 1).fold == "record" ||
       (IsWord(i + 2) && At(i + 2).fold == "than" && At(i + 1).Is(kMore | kLess)) ||
       (At(i + 1).fold == "a" && IsWord(i + 2) && At(i + 2).fold == "record"))) {
    return true;
  }
  // reduced traffic to a measurable extent, to some degree: how far, not what.
  if (f == "to" && !Dutch()) {
    for (int k = i + 1; k < size() && k <= i + 4 && IsWord(k); ++k) {
      if (At(k).fold == "extent" || At(k).fold == "degree") return true;
    }
  }
  // separate the effect of X on investment from that of Y: what it is set
  // apart from.
  if (f == "from" && !Dutch() && IsWord(i + 2) &&
      (At(i + 1).fold == "that" || At(i + 1).fold == "those") && At(i + 2).fold == "of") {
    return true;
  }
  // would increase supply without major new infrastructure: how the change
  // comes about (or what it spares), not what changes.
  if (f == "without" && !Dutch()) return true;
  // weakened the incentive to save at the moment that it mattered most,
  // at their peak, at a time of crisis: when, not what.
  if (f == "at" && !Dutch()) {
    static constexpr std::array<std::string_view, 8> kWhen = {"moment", "time",  "point", "peak",
                                                              "height", "start", "end",   "outset"};
    for (int k = i + 1; k < size() && k <= i + 3 && IsWord(k); ++k) {
      if (std::find(kWhen.begin(), kWhen.end(), At(k).fold) != kWhen.end()) return true;
      if (!At(k).Is(kDeterminer)) break;
    }
  }
  // lowered prescribing in its first year, cut deaths over the past decade:
  // a phrase of time after the object says when, not what changed.
  if (!Dutch() && (f == "in" || f == "during" || f == "over" || f == "within") && i > 0 &&
      IsContent(i - 1)) {
    static constexpr std::array<std::string_view, 14> kUnits = {
        "day",   "days",   "week",    "weeks",   "month",  "months", "year",
        "years", "decade", "decades", "quarter", "winter", "summer", "period"};
    for (int k = i + 1; k < size() && k <= i + 5 && IsWord(k); ++k) {
      if (std::find(kUnits.begin(), kUnits.end(), At(k).fold) != kUnits.end()) return true;
      if (At(k).Is(kPreposition) || IsVerbal(k) || ClauseCue(k)) break;
    }
  }
  // reduced turnover by £22 million: a sum after "by" says how much.
  if (f == "by" && !Dutch() && i + 2 < size() && IsWord(i + 2) &&
      (At(i + 1).fold == "\xC2\xA3" || At(i + 1).fold == "$" || At(i + 1).fold == "\xE2\x82\xAC") &&
      NumberAt(i + 2)) {
    return true;
  }
  if (f != "by" || !IsWord(i + 1)) return false;
  const Token& next = At(i + 1);
  // would push up prices by boosting demand: a gerund after "by" is the
  // means, not part of what moved.
  if (!Dutch() && IsContent(i - 1) && next.fold.ends_with("ing") && next.fold.size() > 5 &&
      !IsCapitalised(i + 1)) {
    return true;
  }
  // ease the shortage by early next month, by the end of the year: when.
  if (!Dutch() && IsContent(i - 1)) {
    static constexpr std::array<std::string_view, 9> kWhenBy = {
        "early", "late", "mid", "next", "then", "now", "spring", "summer", "autumn"};
    if (std::find(kWhenBy.begin(), kWhenBy.end(), next.fold) != kWhenBy.end()) return true;
    if (next.fold == "the" && IsWord(i + 2) &&
        (At(i + 2).fold == "end" || At(i + 2).fold == "start" || At(i + 2).fold == "middle" ||
         At(i + 2).fold == "time")) {
      return true;
    }
  }
  // reduced absence by small but measurable amounts, by a wide margin: a
  // measure after "by" tells how much, whatever words come before it.
  if (!Dutch() && IsContent(i - 1)) {
    // (by the equivalent of another 3 million hens: as much as they lay)
    static constexpr std::array<std::string_view, 7> kMeasures = {
        "amount", "amounts", "margin", "margins", "fraction", "factor", "equivalent"};
    for (int k = i + 1; k < size() && k <= i + 5 && IsWord(k); ++k) {
      if (std::find(kMeasures.begin(), kMeasures.end(), At(k).fold) != kMeasures.end()) {
        return true;
      }
      if (At(k).Is(kPreposition) || IsVerbal(k)) break;
    }
  }
  // (by only around 1.5 percent, by just 2 percent: how little)
  static constexpr std::array<std::string_view, 16> kAmounts = {
      "about", "around", "some", "nearly", "almost",  "roughly", "up",   "half",
      "a",     "an",     "one",  "over",   "between", "only",    "just", "barely"};
  return next.number || NumberAt(i + 1) || next.Is(kMore | kLess) ||
         std::find(kAmounts.begin(), kAmounts.end(), next.fold) != kAmounts.end();
}

std::vector<Side> SentenceReader::EnglishConjuncts(Span span) const {
  // may disrupt children's schooling and parents' employment, cut the
  // council's budget and its staff: two phrases each with its own
  // determiner or possessor, and nothing else in the span, are two sides;
  // any other "A and B" is one (tensions and fears of attacks).
  // (A list's commas cut it too: Higher rents, a weak pound and rising bills.)
  std::vector<int> cuts;
  int cut = -1;
  for (int i = span.first; i < span.last; ++i) {
    if (!IsWord(i)) {
      if (IsComma(At(i))) {
        if (cut >= 0) return {Whole(span)};
        cuts.push_back(i);
      }
      continue;
    }
    const std::string& f = At(i).fold;
    if (f == "between" || f == "both" || f == "either" || f == "neither") return {Whole(span)};
    // (the rising price of flour: "of" in the last phrase; the courage of
    // its publisher and his staff: "and" may join inside the "of")
    if (At(i).Is(kPreposition) && !At(i).Is(kDeterminer) && (f != "of" || cut < 0)) {
      return {Whole(span)};
    }
    if (IsNounCoordinator(i)) {
      if (cut >= 0) return {Whole(span)};
      cut = i;
      cuts.push_back(i);
    }
  }
  if (cut < 0) return {Whole(span)};
  auto own = [&](Span part) {
    if (part.empty() || part.size() > 6 || !Meaningful(part)) return false;
    // (a and an are words of degree too: rose a third)
    const std::string& opener = At(part.first).fold;
    if (At(part.first).Is(kDeterminer) &&
        (!At(part.first).Is(kDegree | kRelative) || opener == "a" || opener == "an")) {
      return true;
    }
    // Higher interest rates and rising energy bills: each quantity with its
    // own word of direction
    if (At(part.first).Is(kMore | kLess) && part.size() > 1 && part.size() <= 4) return true;
    // children's, parents': a possessor
    if (PossessiveWord(At(part.first).fold)) return part.size() > 1;
    const int mark = part.first + 1;
    return mark < part.last && !IsWord(mark) && PossessiveMark(At(mark).fold);
  };
  std::vector<Side> sides;
  int from = span.first;
  for (int c : cuts) {
    const Span part = Trim({from, c});
    if (!own(part)) return {Whole(span)};
    sides.push_back(Whole(part));
    from = c + 1;
  }
  const Span right = Trim({from, span.last});
  if (!own(right)) return {Whole(span)};
  sides.push_back(Whole(right));
  return sides;
}

std::vector<Side> SentenceReader::DutchOwnItems(Span span) const {
  // meer geluidsoverlast, meer slijtage aan het wegdek en grotere risico's:
  // a list whose every item opens with its own article or comparative names
  // each item apart (the guideline's "each a noun phrase of its own"); a
  // list of bare nouns is one argument.
  const auto opens_own = [&](int k) {
    return k < span.last && IsWord(k) && At(k).Is(kDeterminer | kMore | kLess) &&
           !At(k).Is(kRelative | kPronoun);
  };
  if (!opens_own(span.first)) return {Whole(span)};
  // (a coordinator inside an item, voor fietsers en voetgangers, joins
  // words of that item; the list's own "en" comes after its last comma)
  std::vector<int> cuts;
  bool closed = false;
  for (int i = span.first + 1; i < span.last; ++i) {
    if (IsComma(At(i))) {
      if (!opens_own(i + 1)) return {Whole(span)};
      cuts.push_back(i);
      closed = false;
    } else if (IsWord(i) && (At(i).fold == "en" || At(i).fold == "of") && opens_own(i + 1)) {
      cuts.push_back(i);
      closed = true;
    }
  }
  if (!closed) return {Whole(span)};
  std::vector<Side> sides;
  int from = span.first;
  cuts.push_back(span.last);
  for (int cut : cuts) {
    const Span part = Trim({from, cut});
    if (!Meaningful(part)) return {Whole(span)};
    sides.push_back(Whole(part));
    from = cut + 1;
  }
  return sides;
}

std::vector<Side> SentenceReader::Conjuncts(Span span) const {
  // English news and reports name one argument by "A and B" (tensions and
  // fears of attacks): the phrase is one side. Dutch splits, as a shared verb
  // there takes two effects (X kan A en B doen toenemen).
  if (!Dutch()) return EnglishConjuncts(span);
  // Drempels, versmallingen en plateaus bij kruispunten: a list with commas
  // names one argument, as the text groups it.
  bool comma_list = false;
  for (int i = span.first; i < span.last; ++i) {
    if (IsClauseWord(i)) {
      comma_list = false;  // a clause inside (zoals platforms die ...): no list
      break;
    }
    if (!At(i).word && At(i).fold == ",") {
      const bool item = i + 1 < span.last && IsWord(i + 1) &&
                        (IsContent(i + 1) || At(i + 1).Is(kDeterminer | kMore | kLess)) &&
                        (!At(i + 1).Is(kPreposition | kSubordinator | kRelative | kAdverb) ||
                         At(i + 1).Is(kMore | kLess));
      if (!item) break;
      comma_list = true;
    }
  }
  if (comma_list) return DutchOwnItems(span);
  // zowel A als B: two phrases, each its own side (the adverb may stand
  // trimmed before the span).
  const auto is_zowel = [&](int k) { return k >= 0 && IsWord(k) && At(k).fold == "zowel"; };
  if (const int zowel = is_zowel(span.first) ? span.first : span.first - 1; is_zowel(zowel)) {
    for (int k = span.first + 1; k + 1 < span.last; ++k) {
      if (ZowelBefore(k) != zowel) continue;
      const Span first = Trim({zowel + 1, k}), second = Trim({k + 1, span.last});
      if (Meaningful(first) && Meaningful(second)) return {Whole(first), Whole(second)};
      break;
    }
  }
  std::vector<int> cuts;
  bool between = false;   // between A and B: one phrase
  bool relative = false;  // after a relative pronoun
  for (int i = span.first; i < span.last; ++i) {
    const std::string& f = At(i).fold;
    if (f == "between" || f == "tussen" || f == "both" || f == "zowel" || f == "either" ||
        f == "noch" || f == "neither") {
      between = true;
    }
    // (Vrijwilligerswerk als trainer of scheidsrechter: the roles after "als"
    // say which work; one phrase)
    if (f == "als" && i > span.first && IsContent(i - 1)) between = true;
    // de prijzen die supermarkten betalen en de kosten: a relative clause's
    // verb before the coordinator, a new phrase after it.
    const bool after_relative = relative && IsWord(i) && (f == "en" || f == "of") &&
                                IsWord(i + 1) && At(i + 1).Is(kDeterminer) && IsWord(i - 1) &&
                                !At(i - 1).Is(kDeterminer | kPreposition | kCoordinator);
    if (IsWord(i) && At(i).Is(kRelative) && IsClauseWord(i)) relative = true;
    if (!between && (IsNounCoordinator(i) || after_relative)) cuts.push_back(i);
  }
  if (cuts.empty()) return {Whole(span)};
  std::vector<Span> parts;
  int from = span.first;
  for (int cut : cuts) {
    parts.push_back(Trim({from, cut}));
    from = cut + 1;
  }
  parts.push_back(Trim({from, span.last}));
  for (const Span& part : parts) {
    if (!Meaningful(part)) return {Whole(span)};
  }
  // Dutch: bijdragen aan stress en somberheid, Verdroging en versnippering:
  // two bare nouns name one argument, as the text groups them (not a verb
  // after en); but X kan A en B doen toenemen makes two claims, one for
  // each effect the causative verb takes.
  // (ruim 300 hectare heide en bos, de gekochte hoeveelheid groente en fruit:
  // a bare noun after en has no determiner of its own; it shares the first
  // part's)
  if (Dutch() && parts.size() == 2 && parts[1].size() == 1) {
    const int a = parts[0].last - 1, b = parts[1].first;
    const std::string& after = IsWord(span.last) ? At(span.last).fold : std::string();
    const bool causative = after == "doen" || after == "doet" || after == "deed" ||
                           after == "deden" || after == "laten" || after == "laat";
    const bool bare = IsContent(a) && IsContent(b) && !IsCapitalised(b) && !IsVerbal(a) &&
                      !IsVerbal(b) && !At(a).number && !At(b).number && !KnownVerb(b);
    if (bare && !causative) return {Whole(span)};
  }
  // Dutch: het warme zeewater in de Oosterschelde en de Waddenzee: a short
  // phrase after en, with no preposition of its own, after a first part that
  // ends in a prepositional phrase, is that preposition's second object.
  if (Dutch() && parts.size() == 2 && parts[1].size() <= 2) {
    bool inner = false, own = false;
    for (int k = parts[0].first + 1; k < parts[0].last; ++k) inner = inner || Is(k, kPreposition);
    for (int k = parts[1].first; k < parts[1].last; ++k) own = own || Is(k, kPreposition);
    // (not beperken de uitstoot van stikstof en beschermen de natuur: a bare
    // word after en may be the next verb)
    // (de gekochte hoeveelheid groente en fruit: one bare noun too)
    const int second = parts[1].first;
    const bool bare_noun = parts[1].size() == 1 && IsContent(second) && !IsVerbal(second) &&
                           !KnownVerb(second) && !At(second).number;
    const bool phrase = At(second).Is(kDeterminer) || IsCapitalised(second) || bare_noun;
    if (inner && !own && phrase) return {Whole(span)};
  }
  // Dutch: het warme en droge voorjaar: a determiner and an adjective in -e
  // before "en", an adjective in -e and its noun after it, share the noun.
  if (Dutch() && parts.size() == 2 && parts[0].size() == 2 && parts[1].size() >= 2) {
    const Token& before = At(parts[0].first + 1);
    const Token& after = At(parts[1].first);
    if (At(parts[0].first).Is(kDeterminer) && before.classes == 0 && before.fold.ends_with("e") &&
        !after.Is(kDeterminer) && after.fold.ends_with("e") && IsWord(parts[1].first + 1) &&
        IsContent(parts[1].first + 1)) {
      return {Whole(span)};
    }
  }
  // Dutch: remt de woningbouw en de vraag daalt, beperken de uitstoot en
  // beschermen de natuur: the part after the last en opens a clause of its
  // own, the subject of the verb right after it, or one bare word that is
  // the verb of the phrase after it.
  if (Dutch() && IsWord(span.last)) {
    const Span& tail = parts.back();
    // Not a verb-last clause's object, before its own verb (dat X A en B
    // verhoogt): the phrase's verb stands before it.
    bool verb_before = false;
    for (int k = span.first - 1; k >= 0 && !verb_before && !IsClauseBreak(k); --k) {
      verb_before = IsVerbal(k);
    }
    const bool subject =
        verb_before && (IsVerbal(span.last) || At(span.last).Is(kAuxiliary | kHedge));
    const bool verb = tail.size() == 1 && At(tail.first).classes == 0 &&
                      At(span.last).Is(kDeterminer) && !At(span.last).Is(kRelative);
    if (subject || verb) return Conjuncts(Trim({span.first, cuts.back()}));
  }
  // de prijzen en de kosten voor veevoer en energie: a bare noun after a
  // phrase with a preposition joins that preposition's object.
  for (std::size_t k = 1; k < parts.size();) {
    bool prepositional = false;
    for (int i = parts[k - 1].first; i < parts[k - 1].last; ++i) {
      prepositional = prepositional || At(i).Is(kPreposition);
    }
    if (prepositional && !At(parts[k].first).Is(kDeterminer)) {
      parts[k - 1].last = parts[k].last;
      parts.erase(parts.begin() + static_cast<std::ptrdiff_t>(k));
    } else {
      ++k;
    }
  }
  // social and digital inequality: the first part a lone adjective.
  if (parts.size() == 2) {
    std::vector<int> left, right;
    for (int i = parts[0].first; i < parts[0].last; ++i) {
      if (IsContent(i)) left.push_back(i);
    }
    for (int i = parts[1].first; i < parts[1].last; ++i) {
      if (IsWord(i) && !At(i).Is(kDeterminer)) right.push_back(i);
    }
    bool lone = left.size() == 1;  // the physical and mental health: one adjective
    for (int i = parts[0].first; i < parts[0].last && lone; ++i) {
      lone = i == left[0] || At(i).Is(kDeterminer);
    }
    if (lone && right.size() >= 2 && AdjectiveLike(At(left[0]), language_) &&
        AdjectiveLike(At(right[0]), language_)) {
      Side first{span, {}}, second{span, {}};
      first.words.push_back(left[0]);
      first.words.insert(first.words.end(), right.begin() + 1, right.end());
      second.words = right;
      return {first, second};
    }
  }
  // shipments of cars and electronics: a bare noun after a phrase with "of"
  // is the coordination of that preposition's objects.
  if (parts.size() == 2 && parts[1].size() <= 2 && !At(parts[1].first).Is(kDeterminer)) {
    for (int i = parts[0].first; i < parts[0].last; ++i) {
      // Dutch: any preposition (de kosten voor veevoer en energie).
      if ((At(i).Is(kInnerPreposition) && (At(i).fold == "of" || At(i).fold == "van")) ||
          (language_ == Language::kDutch && At(i).Is(kPreposition))) {
        return {Whole(span)};
      }
    }
  }
  std::vector<Side> out;
  for (const Span& part : parts) out.push_back(Whole(part));
  return out;
}

}  // namespace causalkg::kb::extract
