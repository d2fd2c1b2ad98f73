// Verbs and their arguments: X increases Y, dat X Y vergroot, X kan Y doen
// toenemen, voor Y zorgen, tast Y aan, X heeft ertoe geleid dat Y.
#include <algorithm>
#include <array>
#include <cctype>

#include "kb/extract/sentence_reader.hpp"

namespace causalkg::kb::extract {

namespace {

bool Contains(const std::vector<int>& list, int value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

}  // namespace

bool SentenceReader::PurposeInfinitive(int verb) const {
  // froze the money to prevent a journey, marched to demand a review: "to"
  // and the verb after a noun or a verb are a purpose, whose subject the
  // phrase before is not. After a hedge, an auxiliary or a verb of aim
  // (tends to, is expected to, helps to) the verb has its own subject.
  int to = verb - 1;
  while (to >= 0 && IsWord(to) && At(to).Is(kAdverb) && At(to).fold != "to") --to;
  if (!IsWord(to) || At(to).fold != "to") return false;
  const int before = to - 1;
  if (!IsWord(before)) return false;
  const Token& t = At(before);
  if (t.Is(kAuxiliary | kHedge | kLight | kNegation)) return false;
  // expects the restrictions to cut its revenue: after a verb that reports
  // what its object will do, the object is the infinitive's subject.
  for (int k = before; k >= 0 && k >= before - 6 && IsWord(k); --k) {
    if (At(k).Is(kReporting) && At(k).Is(kObjectComplement)) return false;
    if (!IsContent(k) && !At(k).Is(kDeterminer)) break;
  }
  return true;
}

bool SentenceReader::AmountWord(const std::string& fold) {
  // Dutch words that state how much a quantity changes (met een vijfde, met
  // 4 procent, met de helft).
  static constexpr std::array<std::string_view, 13> kAmounts = {
      "procent", "procentpunt", "procentpunten", "helft",     "derde",   "kwart",  "vierde",
      "vijfde",  "tiende",      "honderden",     "duizenden", "miljoen", "miljard"};
  return std::find(kAmounts.begin(), kAmounts.end(), fold) != kAmounts.end();
}

bool SentenceReader::DutchTimeUnit(const std::string& fold) {
  // Dutch units of time: a phrase they end after a word that places it says
  // when (deze zomer, in 2030, volgende week).
  static constexpr std::array<std::string_view, 26> kUnits = {
      "zomer",   "winter", "lente",    "herfst",  "najaar",    "voorjaar", "jaar",
      "week",    "maand",  "kwartaal", "dag",     "eeuw",      "weekend",  "ochtend",
      "middag",  "avond",  "nacht",    "periode", "decennium", "jaren",    "weken",
      "maanden", "dagen",  "decennia", "uur",     "nachten"};
  return std::find(kUnits.begin(), kUnits.end(), fold) != kUnits.end();
}

// The head is the last word before the phrase's first preposition (the
// gathering of two groups: gathering), or -1.
int SentenceReader::HeadOf(Span span) const {
  int head = -1;
  for (int k = span.first; k < span.last; ++k) {
    if (!IsWord(k)) continue;
    if (At(k).Is(kPreposition) && head >= 0) break;
    head = k;
  }
  return head;
}

bool SentenceReader::EventHead(Span span) const {
  const int head = HeadOf(span);
  return head >= 0 && lexicon_.IsWordOf(EntryKind::kEvent, At(head).fold);
}

bool SentenceReader::AgentHead(Span span) const {
  // The Brazilian Crop Institute on Wednesday cut its forecast: the body
  // acts whatever day it did.
  if (!Dutch()) span = WithoutWhenOrRange(span);
  // Offshoring and weaker trade unions held down wages, fewer teachers: a
  // body named with a word of direction is a quantity that moves, not one
  // that acts.
  for (int k = span.first; !Dutch() && k < span.last; ++k) {
    if (Is(k, kMore | kLess)) return false;
  }
  const int head = HeadOf(span);
  if (head < 0) return false;
  // Switching supplier left the meter unreadable: a gerund's phrase names
  // an act, whoever its object is (a determiner, an amount or a singular
  // noun after it; before a plural it may be an adjective: striking workers).
  if (!Dutch() && head > span.first && At(span.first).fold.ends_with("ing") &&
      At(span.first).fold.size() > 5 && !At(span.first).Is(kDeterminer) &&
      !lexicon_.IsWordOf(EntryKind::kIngModifier, At(span.first).fold)) {
    const Token& next = At(span.first + 1);
    if (next.Is(kDeterminer | kMore | kLess) || next.number || !next.fold.ends_with("s")) {
      return false;
    }
  }
  if (At(head).Is(kAgent)) return true;
  if (!Dutch()) {
    // chipmakers, coffee-roasters: English writes some compounds as one word,
    // the agent last.
    const std::string& fold = At(head).fold;
    for (std::size_t cut = 3; cut + 6 <= fold.size(); ++cut) {
      if (lexicon_.ClassesOf(fold.substr(cut)) & kAgent) return true;
    }
    return false;
  }
  // Dutch: an organisation by its initials (De NS, de ECB) or by a name of
  // capitalised words (De Europese Centrale Bank) acts: De NS verhoogde de
  // tarieven is a decision, not a claim that one thing changes another.
  if (At(head).acronym) return true;
  // Dutch writes a compound as one word, its head last: een chemiebedrijf,
  // de deelgemeenten are bodies that act as a bedrijf or a gemeente does.
  const std::string& fold = At(head).fold;
  constexpr std::size_t kShortestHead = 6;  // not bank in databank
  for (std::size_t cut = 3; cut + kShortestHead <= fold.size(); ++cut) {
    if (lexicon_.ClassesOf(fold.substr(cut)) & kAgent) return true;
  }
  return head > span.first && IsCapitalised(head) && IsCapitalised(head - 1) &&
         !At(head - 1).Is(kDeterminer);
}

int SentenceReader::DutchListEnd(int last) const {
  // verlaagt het risico op hartziekten, diabetes en kanker: the object
  // runs over a list's commas (a part with the clause's verbs ends it).
  if (last < size() && IsComma(At(last))) return ListEnd(last);
  return last;
}

std::vector<SentenceReader::Chunk> SentenceReader::SplitAtComparative(const Chunk& chunk) const {
  // Op die wegen veroorzaken zware voertuigen meer geluidsoverlast: after
  // the verb, the subject, then an object opened by a comparative (meer,
  // minder, hogere) with no article between them; the comparative opens the
  // second phrase (not meer dan: an amount).
  const Span span = chunk.span;
  if (chunk.prepositional) return {chunk};
  for (int k = span.first + 1; k + 1 < span.last; ++k) {
    if (!IsWord(k) || !At(k).Is(kMore | kLess) || !IsContent(k - 1) ||
        At(k - 1).Is(kMore | kLess | kDegree | kDeterminer | kAdverb) || At(k + 1).fold == "dan") {
      continue;
    }
    const Span first = Trim({span.first, k});
    const Span second = Trim({k, span.last});
    if (!Meaningful(first) || !Meaningful(second)) return {chunk};
    Chunk subject = chunk;
    subject.span = first;
    subject.outer = {chunk.outer.first, k};
    Chunk object = chunk;
    object.span = second;
    object.outer = {k, chunk.outer.last};
    return {subject, object};
  }
  return {chunk};
}

bool SentenceReader::InFrontedPhrase(Span found, int verb) const {
  // Juist in warme nachten verhinderen oververhitte slaapkamers het herstel:
  // a phrase of a preposition opens the sentence, after adverbs, and holds
  // what was read as the subject; the finite verb follows it.
  const int start = AfterOpeningAdverbs(verb);
  int k = start;
  // (Vergeleken met andere verzekerden, Afgezien van de kosten: a participle
  // and its preposition open the phrase as a preposition does)
  if (Dutch() && k + 1 < verb && IsWord(k) && IsWord(k + 1) && At(k + 1).Is(kPreposition)) {
    const std::string& f = At(k).fold;
    if (DutchParticipleShape(f) || f == "vergeleken" || f == "afgezien" || f == "uitgedrukt") ++k;
  }
  if (k >= verb || !IsWord(k) || !At(k).Is(kPreposition) || At(k).Is(kDeterminer)) return false;
  // (Vergeleken met verzekerden die niet meedoen, vermindert X: a comma
  // right before the finite verb closes the phrase, over a clause of its own)
  const bool closed = Dutch() && k > start && IsComma(At(verb - 1));
  for (int j = k; j < verb && !closed; ++j) {
    if (!IsWord(j) || IsVerbal(j)) return false;
  }
  return (k == start ? found.first > k : found.first >= start) && found.last <= verb;
}

bool SentenceReader::PhraseBeforeObject(const std::vector<Chunk>& chunks) const {
  // (tast elke dag de kwaliteit aan: so a phrase of time without a preposition)
  return Dutch() && chunks.size() >= 2 &&
         (chunks[0].prepositional || DutchTimePhrase(chunks[0].outer)) &&
         !chunks[1].prepositional && chunks[1].outer.first == chunks[0].outer.last;
}

bool SentenceReader::NamesLoss(Span object) const {
  // cost 400 jobs, cost the region £260 million in lost trade, cost lives:
  // what was lost (not cost £5 a month: a price).
  static constexpr std::array<std::string_view, 5> kLivings = {"job", "jobs", "life", "lives",
                                                               "livelihoods"};
  for (int k = object.first; k < object.last; ++k) {
    if (std::find(kLivings.begin(), kLivings.end(), At(k).fold) != kLivings.end()) return true;
  }
  return NamesLossItself(object);
}

bool SentenceReader::NamesLossItself(Span object) const {
  // £260 million in lost trade, heavy losses: a loss, which grows with its
  // cause (the jobs or lives a thing cost are fewer).
  static constexpr std::array<std::string_view, 4> kLosses = {"lost", "loss", "losses", "damage"};
  for (int k = object.first; k < object.last; ++k) {
    if (std::find(kLosses.begin(), kLosses.end(), At(k).fold) != kLosses.end()) return true;
  }
  return false;
}

int SentenceReader::LostAfterWhom(Span object) const {
  // cost the industry production of 1.2m vehicles, cost the company sales in
  // Europe, cost hotels in the area up to 20 million euros: after whom it
  // cost, where what was lost or a sum begins (-1 where neither follows).
  static constexpr std::array<std::string_view, 9> kLostThings = {
      "production", "sales",   "output",   "revenue", "revenues",
      "customers",  "profits", "earnings", "business"};
  // (would cost an estimated £4 million, around £1.8 billion a year: how much
  // it costs, no one it costs; a price)
  static constexpr std::array<std::string_view, 12> kHowMuch = {
      "a",       "an",     "estimated", "around",        "about", "some",
      "roughly", "nearly", "almost",    "approximately", "up",    "to"};
  const auto whom = [&](int p) {
    for (int k = object.first; k < p; ++k) {
      if (IsWord(k) && std::find(kHowMuch.begin(), kHowMuch.end(), At(k).fold) == kHowMuch.end() &&
          !At(k).number) {
        return true;
      }
    }
    return false;
  };
  for (int p = object.first + 1; p < object.last; ++p) {
    if (!IsWord(p) && !CurrencySign(At(p).fold)) continue;
    if (std::find(kLostThings.begin(), kLostThings.end(), At(p).fold) != kLostThings.end()) {
      return whom(p) ? p : -1;
    }
    const bool opens_sum = !IsWord(p) || At(p).number || AmountPreposition(p) ||
                           At(p).fold == "an" || At(p).fold == "about" || At(p).fold == "some";
    if (opens_sum && SumOfMoney({p, object.last})) return whom(p) ? p : -1;
  }
  return -1;
}

bool SentenceReader::SumOfMoney(Span span) const {
  // a number (after a word of amount: about, some, nearly) with a currency's
  // symbol or name within the next words: 12,000 pounds, $5 million.
  static constexpr std::array<std::string_view, 13> kCurrencies = {
      "pounds", "euros",  "dollars", "pence", "cents", "yen", "francs",
      "rupees", "kronor", "£",       "$",     "€",     "usd"};
  auto currency = [&](int k) {
    return std::find(kCurrencies.begin(), kCurrencies.end(), At(k).fold) != kCurrencies.end();
  };
  int k = span.first;
  while (k < span.last && IsWord(k) && At(k).Is(kDegree | kAdverb | kPreposition)) ++k;
  if (k < span.last && currency(k)) ++k;
  if (k >= span.last || !At(k).number) return false;
  for (int j = k - 1; j < span.last && j <= k + 3; ++j) {
    if (j >= span.first && currency(j)) return true;
  }
  return false;
}

Span SentenceReader::AmountAddedTo(Span object) const {
  // added some 28 million pounds to the bill, adds 10p to the price: an
  // amount added says how much; what grows is the phrase after "to" (adds
  // cost to new homes: the cost grows, the object stays). So for an amount
  // knocked or wiped off Y: Y is what falls.
  const auto onto = [&](int k) {
    return IsWord(k) && (At(k).fold == "to" || At(k).fold == "on" || At(k).fold == "off");
  };
  // (added up to an hour to journeys: "up to" is part of the amount)
  int lead = object.first;
  if (lead + 2 < object.last && At(lead).fold == "up" && At(lead + 1).fold == "to") lead += 2;
  int to = lead + 1;
  while (to < object.last && !onto(to)) ++to;
  if (to >= object.last) return {};
  int k = lead;
  while (k < to && IsWord(k) && (At(k).Is(kDegree | kAdverb) || AmountPreposition(k))) ++k;
  if (k < to && !IsWord(k)) ++k;  // a currency's sign: £28 million
  bool amount = k < to && (At(k).number || std::isdigit(static_cast<unsigned char>(At(k).fold[0])));
  // added an average of four minutes to journeys, a day or more to stays:
  // a count a few words in, or one unit of time.
  for (int j = k + 1; j < to && j <= k + 4 && !amount; ++j) amount = NumberAt(j);
  static constexpr std::array<std::string_view, 7> kUnitsOfTime = {
      "minute", "hour", "day", "night", "week", "month", "year"};
  const int one = lead;
  if (!amount && one + 1 < to && IsWord(one) && IsWord(one + 1) &&
      (At(one).fold == "a" || At(one).fold == "an" || At(one).fold == "one")) {
    amount =
        std::find(kUnitsOfTime.begin(), kUnitsOfTime.end(), At(one + 1).fold) != kUnitsOfTime.end();
  }
  const Span target = Trim({to + 1, object.last});
  return amount && Meaningful(target) ? target : Span{};
}

int SentenceReader::PastDutchAbout(int k, int end) const {
  // met naar schatting 0,6 megaton, met gemiddeld een derde: the words that
  // say an amount is rough stand before it.
  static constexpr std::array<std::string_view, 12> kAbout = {
      "naar", "schatting", "ongeveer", "circa",     "ruim",    "bijna",
      "zo'n", "maximaal",  "minstens", "gemiddeld", "hooguit", "ca."};
  while (k < end && IsWord(k) &&
         std::find(kAbout.begin(), kAbout.end(), At(k).fold) != kAbout.end()) {
    ++k;
  }
  return k;
}

Span SentenceReader::WithoutDutchAmount(Span object) const {
  // een daling van de uitstoot met naar schatting 0,6 megaton, de opbrengst
  // met enkele procenten: "met" and an amount say by how much, not what.
  static constexpr std::array<std::string_view, 5> kMany = {"enkele", "tientallen", "honderden",
                                                            "duizenden", "miljoenen"};
  for (int k = object.first + 1; k + 1 < object.last; ++k) {
    if (!IsWord(k) || At(k).fold != "met") continue;
    const int n = PastDutchAbout(k + 1, object.last);
    if (n < object.last &&
        (NumberAt(n) || std::find(kMany.begin(), kMany.end(), At(n).fold) != kMany.end())) {
      return Trim({object.first, k});
    }
  }
  return object;
}

Span SentenceReader::WithoutWhenOrRange(Span object) const {
  for (int k = object.first + 1; k + 1 < object.last; ++k) {
    // fanned the flames through the night, cut traffic for three days: a
    // phrase of time at the object's end says when, not what (headline
    // inflation next month: no preposition before next or last).
    const bool preposition = At(k).Is(kPreposition) && At(k).fold != "of" && At(k).fold != "per";
    const bool next_or_last = (At(k).fold == "next" || At(k).fold == "last") && IsContent(k - 1);
    if (IsWord(k) && (preposition || next_or_last) && TimeHead({k + 1, object.last})) {
      // (prolong the shortage well into next year: how far into it)
      const std::string& far = At(k - 1).fold;
      const bool how_far = preposition && k - 1 > object.first &&
                           (far == "well" || far == "far" || far == "deep" || far == "right");
      return {object.first, how_far ? k - 1 : k};
    }
    // (worsened symptoms at first: when, not which symptoms)
    if (IsWord(k) && At(k).fold == "at" && k + 2 == object.last && At(k + 1).fold == "first") {
      return {object.first, k};
    }
    // drained its reserves to their lowest level, cut the limit to 20 mph:
    // where the object ended up says by how much, not what.
    if (IsWord(k) && At(k).fold == "to" && IsContent(k - 1) && At(k - 1).fold != "up") {
      int n = k + 1;
      while (n < object.last && IsWord(n) && At(n).Is(kDeterminer | kPronoun | kAdverb)) ++n;
      const std::string& level = At(n).fold;
      // (to their lowest, to a record: a superlative after its determiner;
      // not to invest)
      if (n < object.last && IsWord(n) &&
          (At(n).number || (n > k + 1 && (level == "record" || level.ends_with("est"))))) {
        return {object.first, k};
      }
    }
    // pushed up rental fees from about 50 pounds to 90: the range says by
    // how much, not what.
    if (IsWord(k) && At(k).fold == "from") {
      int n = k + 1;
      while (n < object.last && IsWord(n) && At(n).Is(kDegree | kAdverb)) ++n;
      if (n < object.last && (At(n).number || SumOfMoney({n, object.last}))) {
        return {object.first, k};
      }
    }
  }
  return object;
}

int SentenceReader::ContactClauseEnd(Span object) const {
  // lengthened the distance patients must travel to see a GP, suppliers
  // with stock they cannot sell: a clause without its relative word says
  // which one; its verb group right after the phrase read belongs to it.
  const int after = object.last;
  if (object.size() < 2 || !IsWord(after) || !At(after).Is(kHedge | kAuxiliary) ||
      At(after).Is(kPreposition) || At(after).fold == "to" || ClauseCue(after)) {
    return object.last;
  }
  // (not cut power and officials could not say: a clause of its own)
  for (int k = object.first; k < after; ++k) {
    if (Is(k, kCoordinator)) return object.last;
  }
  // The clause's subject is a pronoun or a plural right after the noun
  // (the distance patients, stock they), not the phrase's own head (the
  // savings from the plan's implementation will offset: the outer verb).
  const std::string& who = At(after - 1).fold;
  const bool contact = At(after - 1).Is(kPronoun) ||
                       (IsContent(after - 1) && IsWord(after - 2) && IsContent(after - 2) &&
                        !At(after - 2).Is(kAdverb) && who.ends_with("s") && !who.ends_with("ss") &&
                        !At(after - 2).fold.ends_with("'s"));
  const int end = NextPunctuation(after);
  return contact && Meaningful({after, end}) && end - after <= 12 ? end : object.last;
}

int SentenceReader::WayAfterObject(Span& object) const {
  // has driven livestock prices down sharply, pushed fares up: the word
  // after the object says which way it went, and is no part of it.
  int last = object.last;
  while (last - 1 > object.first && IsWord(last - 1) && At(last - 1).fold.ends_with("ly")) --last;
  const int way = last - 1;
  if (way <= object.first || (At(way).fold != "down" && At(way).fold != "up")) return 0;
  // (not led callers to give up: the particle is the infinitive's; nor a
  // flare-up, the company closing down: a compound's or a verb's)
  const int owner = way - 1;
  if (!IsWord(owner) || At(owner).fold.ends_with("ing") || IsVerbal(owner) || !IsContent(owner)) {
    return 0;
  }
  for (int k = object.first; k < way; ++k) {
    if (At(k).fold == "to") return 0;
  }
  if (!Meaningful({object.first, way})) return 0;
  const int sign = At(way).fold == "down" ? -1 : 1;
  object.last = way;
  return sign;
}

bool SentenceReader::PronounBeforeInfinitive(Span object) const {
  // would force him to buy hay, led most of them to stop: a pronoun is the
  // infinitive's subject, and the two together name what was brought about.
  if (Dutch()) return false;
  int to = object.last;
  while (to < object.last + 3 && IsWord(to) && At(to).fold != "to" && !IsVerbal(to)) ++to;
  if (!IsWord(to) || At(to).fold != "to" || !IsWord(to + 1)) return false;
  const Token& verb = At(to + 1);
  if (verb.Is(kDeterminer | kPronoun | kPreposition) || verb.number || IsCapitalised(to + 1)) {
    return false;
  }
  for (int k = object.first; k < to; ++k) {
    if (IsWord(k) && IsContent(k) && !At(k).Is(kPronoun)) return false;
  }
  // (not forced it to close: the infinitive needs a phrase of its own)
  return Meaningful({to + 2, ClauseEnd(to)});
}

bool SentenceReader::PronounOpensClause(Span object, const LexiconEntry& entry) const {
  // means we are relying more on imports, meant they could not pay: after a
  // verb whose effect may be a clause, a personal pronoun and its verb group
  // open that clause.
  const int after = object.first + 1;
  return !Dutch() && entry.relation == "causes" && object.size() == 1 &&
         PersonPronoun(At(object.first).fold) && IsWord(after) &&
         At(after).Is(kAuxiliary | kHedge | kPassiveAuxiliary) && !At(after).Is(kHedgeAdjective);
}

bool SentenceReader::InfinitiveAfterObject(int begin) const {
  // Low pay leads many workers to leave: an object, then "to" and a verb,
  // in the verb's clause (not led the march, were led to believe, led to).
  // Rising bills pushed households into debt, councils towards patching:
  // "into" or "towards" and where the object ends up reads the same (not led
  // the way into, pushed into: no object).
  const int end = ClauseEnd(begin);
  for (int k = begin + 1; k + 1 < end; ++k) {
    // (fine-particle, the Agency (MSA) to recall)
    if (!IsWord(k) && !(IsJoiner(k) && At(k).fold == "-") && IsStopper(k)) return false;
    if (At(k).fold == "into" || At(k).fold == "towards" || At(k).fold == "toward")
      return IsWord(k + 1) && Meaningful({begin, k}) && Meaningful({k + 1, end});
    if (At(k).fold != "to") continue;
    if (!IsWord(k + 1) || IsCapitalised(k + 1)) return false;  // led the team to Brussels
    const Token& next = At(k + 1);
    // pushed pollution to more than three times the limit, to a record: the
    // level it was driven to.
    if (AmountOrContrast(k)) return Meaningful({begin, k});
    if (next.Is(kDeterminer | kPronoun | kPreposition)) return false;
    // led the team to victory: a noun by its ending, or a plural, is no verb.
    const std::string& w = next.fold;
    for (std::string_view ending : {"ion", "ity", "ment", "ness", "ance", "ence", "ship", "ory"}) {
      if (w.ends_with(ending)) return false;
    }
    if (w.ends_with("s") && !w.ends_with("ss")) return false;
    return Meaningful({begin, k}) || PronounBeforeInfinitive({begin, k});
  }
  return false;
}

bool SentenceReader::FromAfterObject(int begin) const {
  // protects tenants from sudden increases: an object, then "from" and what
  // is held off, in the verb's clause (not protected by law, protects jobs).
  const int end = ClauseEnd(begin);
  for (int k = begin + 1; k + 1 < end; ++k) {
    if (!IsWord(k)) return false;
    if (At(k).fold == "from") return Meaningful({begin, k}) && Meaningful({k + 1, end});
  }
  return false;
}

int SentenceReader::LevelCrossed(const std::string& fold) {
  if (fold == "above" || fold == "past" || fold == "beyond") return 1;
  return fold == "below" ? -1 : 0;
}

bool SentenceReader::AbleShape(const std::string& word) {
  // impassable, attributable, accessible: an adjective of what can (not) be done.
  return word.ends_with("able") || word.ends_with("ible");
}

bool SentenceReader::UnState(const std::string& word) {
  // left the meter unreadable, pasture unsprayed, posts unfilled: a word of
  // "un" and a participle or an -able is a state something is left in.
  return word.size() > 7 && word.starts_with("un") && (AbleShape(word) || word.ends_with("ed"));
}

int SentenceReader::HarmAfterObject(int begin, bool phrase_only) const {
  // The clashes left six students injured, leaving two dead: an object, then
  // a word of harm, in the verb's clause; were left stranded: a passive's,
  // right after the verb (not left the city, left for Delhi); a word of state
  // only after an object (left the hospitals wide open). Returns the word,
  // or -1.
  bool hedged = false, negated = false;
  const int first = SkipVerbGroupRight(begin, hedged, negated);
  const int end = ClauseEnd(begin);
  // Short appointments leave little time to explain, which leaves few drugs
  // in the pipeline: a scarcity is a state the object is in.
  if (IsWord(first) && (At(first).fold == "little" || At(first).fold == "few") &&
      Meaningful({first + 1, end})) {
    return first;
  }
  bool amount = false;  // leaving six dead: a number for the people
  // (left them scrambling for tickets: a pronoun is the object)
  const auto object_before = [&](int k) {
    return Meaningful({first, k}) ||
           (k == first + 1 && At(first).Is(kPronoun) && !At(first).Is(kDeterminer));
  };
  for (int k = first; k < end; ++k) {
    if (!IsWord(k)) continue;
    // (put about 3,100 jobs at risk, put drivers in danger, left track in
    // poor condition: a phrase of harm)
    if (k > first && k + 1 < end && IsWord(k + 1) && object_before(k)) {
      const std::string& next = At(k + 1).fold;
      if ((At(k).fold == "at" && next == "risk") ||
          (At(k).fold == "in" && (next == "danger" || next == "jeopardy" || next == "disrepair" ||
                                  next == "limbo" || next == "debt"))) {
        return k + 1;
      }
      if (At(k).fold == "in" && k + 2 < end && IsWord(k + 2) &&
          (next == "poor" || next == "bad" || next == "worse") &&
          (At(k + 2).fold == "condition" || At(k + 2).fold == "shape" ||
           At(k + 2).fold == "repair" || At(k + 2).fold == "health")) {
        return k + 2;
      }
    }
    // (put takes only that phrase: not put people off coming, put the bill at)
    if (phrase_only) continue;
    if (lexicon_.IsWordOf(EntryKind::kHarm, At(k).fold) ||
        ((lexicon_.IsWordOf(EntryKind::kState, At(k).fold) || UnState(At(k).fold)) && k > first)) {
      return k == first || amount || Meaningful({first, k}) ? k : -1;
    }
    // left parents scrambling for childcare, left the council with smaller
    // reserves: what the object is left doing, or left with.
    const bool doing = At(k).fold.ends_with("ing") && !IsVerbal(k) && !At(k).Is(kPreposition) &&
                       object_before(k) && !At(k - 1).Is(kDeterminer | kPreposition);
    // (left thousands of homes without power: what they are left without)
    const bool with = (At(k).fold == "with" || At(k).fold == "without") &&
                      Meaningful({first, k}) && Meaningful({k + 1, end});
    // (left 6,000 finished vehicles parked at a site, roads covered in mud: a
    // participle before its phrase is the state they are left in)
    const bool done = k > first && At(k).fold.ends_with("ed") && !IsVerbal(k) &&
                      !At(k - 1).Is(kDeterminer | kPreposition) && Meaningful({first, k}) &&
                      IsWord(k + 1) && At(k + 1).Is(kPreposition);
    if (doing || with || done) return k;
    if (IsVerbal(k) || IsClauseWord(k) || (At(k).Is(kAuxiliary) && !At(k).Is(kDeterminer))) {
      return -1;
    }
    amount = amount || At(k).number || At(k).Is(kDegree);
  }
  return -1;
}

SentenceReader::Predicate SentenceReader::ComparativeAfterObject(int begin) const {
  // had made prices more volatile, would make electric heating more
  // attractive: an object, then more (or less) and the word it compares, in
  // the verb's clause (not made a profit, made more money: no object before
  // it). made prices higher, made sales weaker, made recovery harder, made it
  // harder for firms to hire: a word of direction or of state as the
  // object's predicate, at the clause's end or before for or to; after
  // "it" the effect is what the "for ... to" clause says.
  bool hedged = false, negated = false;
  const int first = SkipVerbGroupRight(begin, hedged, negated);
  const int end = ClauseEnd(begin);
  const bool it = IsWord(first) && At(first).fold == "it";
  // (makes them less attractive: a pronoun is the object)
  const bool pronoun = IsWord(first) && At(first).Is(kPronoun) && !At(first).Is(kDeterminer);
  for (int k = first; k < end; ++k) {
    if (!IsWord(k)) {
      if (IsJoiner(k)) continue;  // the day-ahead price
      return {};
    }
    // (made imported rice and fuel more expensive: a coordinated object)
    if (k > first && IsNounCoordinator(k)) continue;
    const std::string& w = At(k).fold;
    const bool object = k > first && (Meaningful({first, k}) || (pronoun && k == first + 1));
    // (more likely to leave: the chance of what follows)
    if ((w == "more" || w == "less") && object && k + 1 < end &&
        (IsContent(k + 1) || At(k + 1).Is(kComplement)) && !At(k + 1).Is(kPreposition)) {
      // more difficult: a state of sign - turns it (recovery falls).
      const int turned = lexicon_.LowersState(At(k + 1).fold) ? -1 : 1;
      return {(w == "more" ? 1 : -1) * turned, k + 1, it};
    }
    const bool state = lexicon_.IsWordOf(EntryKind::kState, w) ||
                       (At(k).Is(kMore | kLess) && w != "more" && w != "less");
    if (state && object && !At(k - 1).Is(kDeterminer | kPreposition)) {
      // (sent shares down 7 percent, pushed rates up by 30 percent: how far)
      // (makes it more likely that an older person is offline: after "it"
      // the clause is what grows likelier)
      // (push vacancy higher still: an adverb may close it)
      const bool adverb_last = IsWord(k + 1) && At(k + 1).Is(kAdverb) &&
                               !At(k + 1).Is(kMore | kLess) && (k + 2 == end || !IsWord(k + 2));
      // (made residents stiff and unsteady: two states of one object)
      int last = k;
      if (IsWord(k + 2) && k + 2 < end && At(k + 1).Is(kCoordinator) &&
          lexicon_.IsWordOf(EntryKind::kState, At(k + 2).fold)) {
        last = k + 2;
      }
      // (made households eligible for grants: the state's own complement is
      // part of it)
      if (w == "eligible" && IsWord(last + 1) && At(last + 1).fold == "for") {
        int run = last + 1;
        while (run + 1 < end && IsWord(run + 1) && !IsClauseWord(run + 1) && !IsVerbal(run + 1)) {
          ++run;
        }
        return {1, run, it};
      }
      // (could make older people seriously ill within days: a phrase of time
      // or place after the state closes it)
      const int after = last + 1;
      const bool closes = after == end || !IsWord(after) || At(after).fold == "for" ||
                          At(after).fold == "to" || At(after).number || At(after).fold == "by" ||
                          (it && At(after).fold == "that") || adverb_last ||
                          (At(after).Is(kPreposition) && !At(after).Is(kSubordinator) &&
                           lexicon_.IsWordOf(EntryKind::kState, w) && !At(k).Is(kMore | kLess));
      if (closes && (!it || IsWord(after))) {
        return {At(k).Is(kLess) || lexicon_.LowersState(w) ? -1 : 1, last, it};
      }
    }
    // sent cocoa prices to record highs, drove demand to a record: the level
    // the object reached says it rose (to a new low: fell).
    if (w == "to" && object && !it && !pronoun) {
      int e = k + 1;
      while (e < end && IsWord(e) && !At(e).Is(kPreposition)) ++e;
      if (e > k + 1 && LevelReached({k + 1, e})) {
        const std::string& level = At(e - 1).fold;
        return {level == "low" || level == "lows" ? -1 : 1, k, false};
      }
    }
    // pushed inflation above 3 percent, sent prices below $50: a level the
    // object crossed, up or down.
    if (const int crossed = LevelCrossed(w);
        crossed != 0 && object && !it && !pronoun && (NumberAt(k + 1) || NumberAt(k + 2))) {
      return {crossed, k, false};
    }
    // (push vacancy in older office stock higher: the object's own phrase
    // after an inner preposition)
    const bool inner = At(k).Is(kInnerPreposition) && object && !it && !pronoun;
    if (IsVerbal(k) || IsClauseWord(k) || (At(k).Is(kPreposition) && !inner) ||
        (At(k).Is(kAuxiliary) && !At(k).Is(kDeterminer))) {
      return {};
    }
  }
  return {};
}

int SentenceReader::WhichBeforeSubject(int verb) const {
  // ..., which police attribute to X: "which" after a comma, then the verb's
  // subject of a few words. Returns the position of "which", or -1.
  for (int k = verb - 1; k >= 1 && k >= verb - 5 && IsWord(k); --k) {
    if (At(k).fold == "which") return IsComma(At(k - 1)) && k + 1 < verb ? k : -1;
    if (IsClauseWord(k) || IsVerbal(k)) return -1;
  }
  return -1;
}

void SentenceReader::ReadBlame(const Cue& cue, bool hedged, bool negated) {
  // The government blames the embargo for the malnutrition, officials blamed
  // the delays on staff shortages, the firm has been blamed for the strike:
  // the object (a passive's subject) and the phrase after for or on are the
  // cause and the effect; who blames only says so.
  const int verb = cue.tokens[0];
  int end = ClauseEnd(cue.last);
  // blamed rising rents, not the levy, for the closures: a cause set aside
  // between commas leaves the clause open; so, for attribute, does a
  // relative clause (attributed the jump in prices, which rose 18 percent to
  // 112 pounds, to the cut), whose own words name no cause.
  const bool attribute =
      At(verb).stem.starts_with("attribut") || At(verb).stem.starts_with("trace");
  const int aside_end = NextPunctuation(end + 1);
  const bool relative_aside =
      attribute && IsWord(end + 1) && (At(end + 1).fold == "which" || At(end + 1).fold == "who");
  Span aside;
  if (!Dutch() && end < size() && IsComma(At(end)) && IsWord(end + 1) &&
      (At(end + 1).fold == "not" || relative_aside) && aside_end < size() &&
      IsComma(At(aside_end))) {
    if (relative_aside) aside = {end, aside_end};
    end = ClauseEnd(aside_end);
  }
  const int begin = SkipVerbGroupRight(cue.last + 1, hedged, negated);
  int j = verb - 1;
  while (j >= 0 && IsWord(j) && At(j).Is(kAdverb | kNegation) && !At(j).Is(kAuxiliary)) {
    if (At(j).Is(kNegation)) negated = true;
    --j;
  }
  bool passive = IsWord(j) && At(j).Is(kPassiveAuxiliary) && !At(verb).fold.ends_with("ing");
  // runoff blamed for fish kill: a participle with "for" right after it and
  // a noun before it is a passive without its form of be (a headline, or a
  // noun's reduced relative); the active names its object first.
  if (!passive && !Dutch() && At(verb).fold.ends_with("ed") && IsWord(begin) &&
      begin == cue.last + 1 && At(begin).fold == "for" && IsContent(verb - 1) &&
      !At(verb - 1).Is(kPronoun | kDeterminer)) {
    passive = true;
    j = verb;
  }
  const int which = passive ? -1 : WhichBeforeSubject(verb);  // ..., which X blamed on Y
  int preposition = -1;
  Span object;
  if (passive) {
    preposition = begin;
  } else {
    // blamed false claims on social media for the drop: "for" names the
    // effect wherever it stands; "on" only in a clause without it. Attribute
    // has "to" where blame has "on", and no "for" (attributed the decline
    // mainly to long waits for assessment).
    // (traced the outbreak to a wet winter: trace as attribute)
    const auto names_other = [&](int k, bool on) {
      const std::string& w = At(k).fold;
      if (!IsWord(k) || (k >= aside.first && k < aside.last)) return false;
      if (attribute) return on && w == "to" && !(BareInfinitive(k + 1) && KnownVerb(k + 1));
      return on ? w == "on" : w == "for";
    };
    // (which the company blamed on the weather: no object before it)
    const int from = which > 0 ? begin : begin + 1;
    for (const bool on : {false, true}) {
      for (int k = from; k < end && preposition < 0; ++k) {
        if (!names_other(k, on)) continue;
        preposition = k;
        int object_end = k;
        // (rising rents, not the levy: the cause ends at its aside)
        for (int c = begin + 1; c < k; ++c) {
          if (IsComma(At(c))) {
            object_end = c;
            break;
          }
        }
        // (the decline mainly to: an adverb before the preposition is the claim's)
        while (object_end - 1 > begin && IsWord(object_end - 1) && At(object_end - 1).Is(kAdverb)) {
          --object_end;
        }
        object = Trim({begin, object_end});
      }
    }
  }
  if (!IsWord(preposition) || (At(preposition).fold != "for" && At(preposition).fold != "on" &&
                               (passive || At(preposition).fold != "to"))) {
    return;
  }
  Span other = ObjectClause(preposition + 1, end, false);
  // (for losses it can no longer sustain: a clause without its relative word)
  if (!Dutch()) other.last = ContactClauseEnd(other);
  // blames the embargo for the malnutrition , infant mortality and other
  // hardships: the list goes on over its commas.
  if (other.last == end && end < size() && IsComma(At(end))) other.last = ListEnd(end);
  // blamed for the strike by the union's leader: who blames is no part of it.
  for (int k = other.first; k < other.last; ++k) {
    if (IsWord(k) && At(k).fold == "by") {
      other.last = k;
      break;
    }
  }
  other = Trim(other);
  if (!Meaningful(other)) return;
  // attributed the decline to long waits and to the departure of apprentices:
  // the preposition again after "and" names another (partly to X and partly
  // to Y: over an adverb before it).
  std::vector<Span> more;
  for (int k = other.first + 1; k + 1 < end && At(preposition).fold == "to"; ++k) {
    if (!IsWord(k) || At(k).fold != "and") continue;
    const int to = IsWord(k + 1) && At(k + 1).Is(kAdverb) && k + 2 < end ? k + 2 : k + 1;
    if (At(to).fold == "to") {
      const Span second = Trim(ObjectClause(to + 1, end, false));
      if (Meaningful(second) && Meaningful(Trim({other.first, k}))) {
        other = Trim({other.first, k});
        more.push_back(second);
      }
      break;
    }
  }
  // blamed high dividends for the slow pace of investment: each phrase's own
  // words of direction sign the claim.
  int sign = 1;
  std::vector<Side> named;
  if (passive) {
    Subject subject = SubjectBefore(j, hedged, negated);
    if (subject.sides.empty() || subject.clause || !subject.rule.empty()) return;
    SignSubject(subject, sign);
    named = subject.sides;
  } else if (!Meaningful(object) && which > 0 && At(preposition).fold != "for") {
    // Incidents rose by 12 per cent, which police attribute partly to
    // longer queues: "which" stands for the clause before it, whose moving
    // quantity is the effect.
    const Span before = TrimClause({MainClauseStart(which - 1), which - 1});
    if (!Meaningful(before)) return;
    const Event event = EventOf(before, true, false, false);
    named = {event.side};
    sign = event.sign;
  } else {
    if (!Meaningful(object)) return;
    named = SignedSides(object, sign);
  }
  std::vector<Side> others = SignedSides(other, sign);
  for (const Span& second : more) {
    int own = sign;
    for (const Side& side : SignedSides(second, own)) others.push_back(side);
  }
  if (At(preposition).fold == "for") {
    Emit(named, others, sign, hedged, negated, rules::kVerb, cue);
  } else {
    Emit(others, named, sign, hedged, negated, rules::kVerb, cue);
  }
}

Span SentenceReader::EventSubject(Span clause) const {
  const Span span = TrimClause(clause);
  const int verb = ClauseVerb(span.first, span.last);
  if (verb <= span.first || IsVerbal(verb)) return {};
  const Span subject = Trim({span.first, verb});
  if (subject.empty() || !EventHead(subject)) return {};
  // (its verb tells how it came about, not what it did: struck, hit, broke
  // out, swept; no object follows it)
  const int next = verb + 1;
  if (next < span.last && IsWord(next) && !At(next).Is(kPreposition | kTemporal | kAdverb) &&
      !NumberAt(next)) {
    return {};
  }
  return subject;
}

int SentenceReader::ParticipleCommaBefore(int coordinator) const {
  int j = coordinator - 1;
  while (j >= 0 && !IsClauseBreak(j)) --j;
  if (j < 0 || !IsComma(At(j))) return -1;
  int v = j + 1;
  while (IsWord(v) && At(v).Is(kAdverb) && !IsVerbal(v)) ++v;
  // (a verb cue used as a verb: killing and injuring 16 tells a result,
  // which the participle rule reads)
  return v < coordinator && IsVerbal(v) && At(v).fold.ends_with("ing") ? j : -1;
}

int SentenceReader::ParticipleAfter(Span object) const {
  for (int k = object.first + 1; k + 1 < object.last; ++k) {
    if (!IsWord(k) || !At(k).Is(kCoordinator) || !At(k + 1).fold.ends_with("ing")) continue;
    if (StartsVerbCue(k + 1)) return k;
    // (causing a span to collapse and severing the road link: a gerund that
    // takes a determiner's object is a second participle, cue or not)
    if (GerundShape(At(k + 1).fold) && IsWord(k + 2) && At(k + 2).Is(kDeterminer) &&
        !At(k + 2).Is(kPreposition) &&
        !lexicon_.IsWordOf(EntryKind::kIngModifier, At(k + 1).fold)) {
      return k;
    }
  }
  return object.last;
}

bool SentenceReader::TimeHead(Span span) const {
  // this month, a week, last year: a unit of time with no more than a
  // determiner, a number or a word of time before it (not working hours).
  static constexpr std::array<std::string_view, 31> kUnits = {
      "day",     "days",   "week",      "weeks",     "month",  "months",  "year",    "years",
      "hour",    "hours",  "decade",    "decades",   "today",  "morning", "evening", "weekend",
      "night",   "nights", "afternoon", "spring",    "summer", "autumn",  "winter",  "period",
      "quarter", "season", "seasons",   "fortnight", "minute", "minutes", "century"};
  int last = span.last - 1;
  while (last >= span.first && !IsWord(last)) --last;
  if (last < span.first) return false;
  const Token& head = At(last);
  // (on Tuesday, on Tuesday afternoon: a weekday is a day)
  if (!head.Is(kTemporal) && !Weekday(last) &&
      std::find(kUnits.begin(), kUnits.end(), head.fold) == kUnits.end()) {
    return false;
  }
  // (next season, the following week)
  const auto which = [&](int k) {
    const std::string& f = At(k).fold;
    return f == "next" || f == "following" || f == "previous" || f == "coming";
  };
  for (int k = span.first; k < last; ++k) {
    if (IsWord(k) && !At(k).Is(kDeterminer | kTemporal) && !NumberAt(k) && !Weekday(k) &&
        !which(k)) {
      return false;
    }
  }
  return true;
}

bool SentenceReader::LevelReached(Span span) const {
  // Cocoa prices hit a record, shares hit a new low: a level the subject
  // reached, in a short phrase that ends with it (not hit a record number
  // of homes).
  static constexpr std::array<std::string_view, 8> kLevels = {"record", "records", "high", "highs",
                                                              "low",    "lows",    "peak", "peaks"};
  int last = span.last - 1;
  while (last >= span.first && !IsWord(last)) --last;
  if (last < span.first || last - span.first > 3) return false;
  for (int k = span.first; k < last; ++k) {
    if (IsWord(k) && At(k).Is(kPreposition)) return false;
  }
  return std::find(kLevels.begin(), kLevels.end(), At(last).fold) != kLevels.end();
}

Span SentenceReader::OpeningMeans(int subject_first) const {
  const int by = FirstWord();
  if (by < 0 || by + 2 >= subject_first || At(by).fold != "by" || !IsWord(by + 1) ||
      !At(by + 1).fold.ends_with("ing")) {
    return {};
  }
  int comma = -1;
  for (int k = by + 1; k < subject_first; ++k) {
    if (IsWord(k)) continue;
    if (At(k).fold != ",") return {};
    comma = k;
    break;
  }
  // By capping prices, however, the scheme: an adverb between the commas.
  for (int k = comma + 1; comma > 0 && k < subject_first; ++k) {
    if (IsWord(k) && !At(k).Is(kAdverb) && !ClauseCue(k)) return {};
  }
  if (comma < 0) return {};
  const Span means = Trim({by + 1, comma});
  return Meaningful(means) ? means : Span{};
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
  // (could cost 400 jobs: a modal the cue opens with hedges it too)
  if (At(cue.first).Is(kHedge) && !At(cue.first).Is(kHedgeAdjective)) hedged = true;
  if ((At(cue.last).Is(kSubordinator) ||
       (!Dutch() && cue.tokens.size() >= 2 && At(cue.last).fold == "that")) &&
      !cue.prep_first) {
    // X heeft ertoe geleid dat Y, X zorgt ervoor dat Y, X means that Y: the
    // clause is the effect.
    const Event effect = EventOf({cue.last + 1, NextPunctuation(cue.last + 1)});
    if (!Meaningful(effect.side.span)) return;
    Subject subject = SubjectBefore(cue.first, hedged, negated);
    if (subject.sides.empty() || (subject.clause && entry.relation != "causes")) return;
    int sign = cue.entry->sign * effect.sign;
    if (subject.rule.empty()) SignSubject(subject, sign);
    sign *= subject.sign;
    Emit(subject.sides, {effect.side}, sign, hedged || subject.hedged, negated,
         subject.rule.empty() ? rules::kVerb : subject.rule, cue);
    return;
  }
  if (!Dutch() && !cue.prep_first && At(cue.tokens[0]).Is(kMore | kLess) &&
      BareForm(At(cue.tokens[0]).fold)) {
    // Poorer areas have lower vaccination rates: after "have" a verb would
    // be its participle (have lowered); the bare word is the comparative
    // before a noun, and the sentence compares, it claims no change.
    int k = cue.tokens[0] - 1;
    while (k >= 0 && IsWord(k) && At(k).Is(kAdverb) && !At(k).Is(kAuxiliary)) --k;
    if (IsWord(k)) {
      const std::string& f = At(k).fold;
      if (f == "have" || f == "has" || f == "had" || f == "having") return;
    }
  }
  if (!Dutch() && !cue.prep_first && At(cue.tokens[0]).fold.ends_with("ed")) {
    // The traffic remained disrupted prompting police ...: a participle after
    // a verb that links a subject to its state (remain, stay, seem, become)
    // describes the subject; it has no object to act on.
    static constexpr std::array<std::string_view, 14> kLinks = {
        "remain", "remains", "remained", "stay",    "stays",  "stayed", "seem",
        "seems",  "seemed",  "become",   "becomes", "became", "appear", "appeared"};
    int k = cue.tokens[0] - 1;
    while (k >= 0 && IsWord(k) && At(k).Is(kAdverb) && !At(k).Is(kAuxiliary)) --k;
    if (IsWord(k) && std::find(kLinks.begin(), kLinks.end(), At(k).fold) != kLinks.end()) return;
  }
  if (!Dutch() && !cue.prep_first && At(cue.tokens[0]).fold.ends_with("ing")) {
    // That means narrowing the footway, This involves raising taxes: a
    // gerund is the object of a verb of what a plan entails; the word before
    // it is no subject.
    static constexpr std::array<std::string_view, 12> kEntails = {
        "mean",    "means",    "meant",    "involve", "involves", "involved",
        "require", "requires", "required", "entail",  "entails",  "entailed"};
    const int k = cue.tokens[0] - 1;
    if (IsWord(k) && std::find(kEntails.begin(), kEntails.end(), At(k).fold) != kEntails.end()) {
      return;
    }
  }
  // pushed lease rates up by 30 percent: a verb that takes an infinitive
  // after its object takes where the object ends up there too.
  const bool without_infinitive = entry.infinitive && !InfinitiveAfterObject(cue.last + 1);
  if (without_infinitive && Dutch()) return;
  if (entry.from_turns && !Dutch() && !FromAfterObject(cue.last + 1)) return;
  const bool harm_needed = (entry.harm_after || entry.risk_after) && !Dutch();
  const int harm = harm_needed ? HarmAfterObject(cue.last + 1, entry.risk_after) : -1;
  if (harm_needed && harm < 0) return;
  int comparative = 1;  // made prices less volatile: the effect falls
  Predicate predicate;
  // (pushed the price up 14% to 128p: where the object ends up comes before
  // the level it reaches)
  if ((entry.comparative_after || entry.infinitive) && !Dutch()) {
    predicate = ComparativeAfterObject(cue.last + 1);
    if (predicate.sign == 0 && (entry.comparative_after || without_infinitive)) return;
    if (predicate.sign != 0) comparative = predicate.sign;
  }
  if (entry.blame && !Dutch()) {
    ReadBlame(cue, hedged, negated);
    return;
  }
  if (ReadPassive(cue, hedged, negated)) return;
  if (!Dutch() && PurposeInfinitive(cue.first)) return;
  if (Dutch() && IsWord(cue.first - 1) && At(cue.first - 1).fold == "te") {
    // om de drukte te verminderen: the aim's verb has no subject of its own
    // in the sentence (the purpose rule reads the aim).
    for (int om = cue.first - 2; om >= 0 && om >= cue.first - 9; --om) {
      if (At(om).fold == "om" && PurposeTe(om) == cue.first - 1) return;
    }
  }
  const int verb = cue.tokens[0];
  int clause_end = ClauseEnd(cue.last);
  // the police ' s response; raised prices, wages and rents: the clause
  // runs over a split possessive and a list's commas.
  while (clause_end < size()) {
    if (SplitPossessive(clause_end)) {
      clause_end = ClauseEnd(clause_end);
    } else if (AsWellAs(clause_end)) {
      clause_end = ClauseEnd(clause_end + 2);
    } else if (const int list_end = Dutch() ? clause_end : ListEnd(clause_end);
               list_end != clause_end) {
      clause_end = list_end;
    } else {
      break;
    }
  }
  std::string_view rule = rules::kVerb;
  Span object;
  bool clause_object = false;  // the object is a clause, taken whole
  bool added_amount = false;   // adds 28 million pounds to Y: the object is Y
  bool turned = false;         // protect X from Y: Y is the effect, held off
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
    // houdt de groei van de economie op peil, zet X onder druk: the
    // preposition before the particle belongs to it, not to the object.
    // (brengt X met zich mee: so is the preposition with its reflexive)
    const int limit =
        Dutch() && particle - 2 > begin && Reflexive(particle - 1) && Is(particle - 2, kPreposition)
            ? particle - 1
            : particle;
    const int object_limit =
        Dutch() && limit - 1 > begin && Is(limit - 1, kPreposition) ? limit - 1 : limit;
    std::vector<Chunk> chunks = ChunksAfter(begin, object_limit);
    subject = SubjectBefore(verb, hedged, negated);
    // drijft in Europa de prijzen op: a phrase of place or time between the
    // verb and its object says where or when.
    while (!subject.sides.empty() && PhraseBeforeObject(chunks)) chunks.erase(chunks.begin());
    if (subject.sides.empty() && chunks.size() >= 2 && !chunks[0].prepositional) {
      subject = SubjectOf(chunks[0].span);  // Daarom tast digitalisering de samenhang aan
      object = chunks[1].span;
    } else if (!chunks.empty() && !chunks[0].prepositional) {
      object = chunks[0].span;
      // maakt zelfstandig werken aantrekkelijker: an infinitive used as a
      // noun ends a chunk, but the phrase runs on over it to the particle.
      bool runs_on = Dutch() && object.last < object_limit;
      for (int k = object.last; runs_on && k < object_limit; ++k) {
        // (not over a new phrase: de budgetten het sterkst onder druk)
        runs_on = IsWord(k) && !IsClauseWord(k) &&
                  !At(k).Is(kNegation | kAdverb | kPreposition | kDeterminer | kDegree);
      }
      if (runs_on) object.last = object_limit;
      // maakt de hitte nog zwaarder, maakt de wachttijd enkele dagen langer:
      // the state maken brings about names the effect with its object.
      const std::vector<std::string>& verb_forms = entry.words[0].split_forms;
      if (Dutch() && !object.empty() && object.last <= particle &&
          std::find(verb_forms.begin(), verb_forms.end(), "maken") != verb_forms.end()) {
        object.last = particle + 1;
        // (maakt de bus minder aantrekkelijk: the state falls)
        if (IsWord(particle - 1) && At(particle - 1).Is(kLess)) comparative = -comparative;
      }
    }
    // maakt het (voor jongeren) moeilijker om een huis te kopen: "het"
    // stands for the om ... te clause after the particle; the effect is the
    // particle with that clause, as in English (made it harder for young
    // people to buy a home). (Not tast het vermogen aan om ...: there "het"
    // is the noun's article.)
    const bool het_alone = IsWord(begin) && At(begin).fold == "het" &&
                           (begin + 1 == particle || Is(begin + 1, kPreposition));
    if (Dutch() && het_alone && IsWord(particle + 1) && At(particle + 1).fold == "om") {
      if (const int te = PurposeTe(particle + 1); te > particle + 1 && IsWord(te + 1)) {
        object = {particle, te + 2};
        clause_object = true;
      }
    }
    for (int k = object.last; k < particle; ++k) {
      if (At(k).Is(kNegation) && !At(k).Is(kNegativeDeterminer)) negated = true;
    }
  } else if (Dutch() && cue.tokens.size() == 2 && cue.tokens[1] > verb + 1 &&
             !At(cue.tokens[1]).Is(kPreposition) && At(cue.tokens[1]).word) {
    // De hoge rente doet de vraag naar woningen dalen: a causative and its
    // infinitive, the object between them (and, after a fronted phrase, the
    // subject before it: Daardoor doet X de vraag dalen).
    const int infinitive = cue.tokens[1];
    const int begin = SkipVerbGroupRight(verb + 1, hedged, negated);
    std::vector<Chunk> chunks = ChunksAfter(begin, infinitive);
    // volgens economen, naar woningen: a prepositional phrase is neither.
    std::erase_if(chunks, [](const Chunk& c) { return c.prepositional; });
    subject = SubjectBefore(verb, hedged, negated);
    if (subject.sides.empty() && chunks.size() >= 2) {
      subject = SubjectOf(chunks[0].span);
      object = chunks[1].span;
    } else if (!chunks.empty()) {
      object = chunks[0].span;
    }
    for (int k = begin; k < infinitive; ++k) {
      if (At(k).Is(kNegation) && !At(k).Is(kNegativeDeterminer)) negated = true;
    }
  } else {
    int begin = SkipVerbGroupRight(cue.last + 1, hedged, negated);
    // destroyed or damaged about 300,000 hectares: two verbs coordinated
    // share the object after the second.
    if (!Dutch() && IsWord(begin) && At(begin).Is(kCoordinator) && IsVerbal(begin + 1)) {
      int second = begin + 1;
      while (second < clause_end && IsVerbal(second)) ++second;
      begin = SkipVerbGroupRight(second, hedged, negated);
    }
    std::vector<Chunk> chunks = ChunksAfter(begin, clause_end);
    if (Dutch() && chunks.empty() && begin < clause_end && IsWord(begin) &&
        At(begin).fold == "volgens") {
      // remt volgens VNO-NCW de productie: who says so stands between the
      // verb and its object, and is neither.
      chunks = ChunksAfter(begin + 1, clause_end);
      if (chunks.size() < 2) return;
      chunks.erase(chunks.begin());
    }
    // beperkte in die periode de mogelijkheden: a phrase of time or place
    // between the verb and its object, after a subject, says when or where.
    if (PhraseBeforeObject(chunks)) {
      bool ignored_hedge = false, ignored_negation = false;
      if (!SubjectBefore(cue.first, ignored_hedge, ignored_negation).sides.empty()) {
        chunks.erase(chunks.begin());
      }
    }
    // limits how much help they can give, reduced how often buses run: a
    // question of how much is the object, a clause taken whole.
    // (how passes as an adverb of the verb group)
    const int how = begin - 1 > cue.last && IsWord(begin - 1) && At(begin - 1).fold == "how"
                        ? begin - 1
                        : begin;
    const bool how_much =
        !Dutch() && IsWord(how) && At(how).fold == "how" && IsWord(how + 1) &&
        (At(how + 1).fold == "much" || At(how + 1).fold == "many" || At(how + 1).fold == "far" ||
         At(how + 1).fold == "often" || At(how + 1).fold == "long") &&
        Meaningful({how + 2, NextPunctuation(how)});
    // makes it more likely that an older person is offline: after "it" the
    // clause is what grows likelier.
    const bool it_that = !Dutch() && predicate.it && predicate.at >= 0 &&
                         IsWord(predicate.at + 1) && At(predicate.at + 1).fold == "that";
    if (how_much) {
      subject = SubjectBefore(cue.first, hedged, negated);
      object = {how, NextPunctuation(how)};
      clause_object = true;
    } else if (it_that) {
      subject = SubjectBefore(cue.first, hedged, negated);
      object = TrimClause({predicate.at + 2, NextPunctuation(predicate.at + 2)});
      clause_object = true;
    } else if (!chunks.empty() && !chunks[0].prepositional &&
               (Meaningful(chunks[0].span) || PronounBeforeInfinitive(chunks[0].span) ||
                PronounOpensClause(chunks[0].span, entry) ||
                (entry.loss_object && chunks.size() >= 2 && At(chunks[0].span.first).Is(kPronoun) &&
                 Meaningful(chunks[1].span)))) {
      subject = SubjectBefore(cue.first, hedged, negated);
      if (Dutch() && subject.sides.empty() && cue.tokens.size() >= 2 && cue.tokens[1] > verb + 1) {
        // Bovendien leidt het lesuitval tot Y: the subject between the verb
        // and its preposition.
        const int inner = SkipVerbGroupRight(verb + 1, hedged, negated);
        std::vector<Chunk> between = ChunksAfter(inner, cue.tokens[1]);
        if (!between.empty() && !between.front().prepositional) {
          // (de verlaging van de eigen bijdrage: its phrases with van go with
          // it; de verhoging naar onze inschatting, de laadpalen op zich: a
          // phrase of the writer's or of the thing itself says how the claim
          // is held)
          Span span = between.front().span;
          for (std::size_t c = 1;
               c < between.size() && between[c].outer.first == span.last &&
               IsWord(between[c].outer.first) && At(between[c].outer.first).fold == "van";
               ++c) {
            span.last = between[c].span.last;
          }
          for (int k = span.first + 2; k + 1 < span.last; ++k) {
            const std::string& next = At(k + 1).fold;
            const bool stance = next == "zich" || next == "onze" || next == "ons" || next == "mijn";
            if (IsWord(k) && At(k).Is(kPreposition) && stance && IsContent(k - 1) &&
                Meaningful(Trim({span.first, k}))) {
              span = Trim({span.first, k});
              break;
            }
          }
          subject = SubjectOf(span);
        }
      }
      if (Dutch() && entry.reversed && cue.tokens.size() >= 2 && cue.tokens[1] > verb + 1) {
        // De vervoerder wijt de storingen aan X: the phrase between the verb
        // and its preposition is the effect, the subject only says so.
        bool ignored_hedge = false, ignored_negation = false;
        const int inner = SkipVerbGroupRight(verb + 1, ignored_hedge, ignored_negation);
        std::vector<Chunk> between = ChunksAfter(inner, cue.tokens[1]);
        if (!between.empty() && !between.front().prepositional &&
            Meaningful(between.front().span)) {
          subject = SubjectOf(between.front().span);
        }
      }
      const bool fronted = Dutch() && (subject.sides.empty() ||
                                       InFrontedPhrase(subject.sides.front().span, cue.first));
      if (fronted && chunks.size() == 1) chunks = SplitAtComparative(chunks.front());
      if (fronted && chunks.size() >= 2 && !chunks[1].prepositional) {
        subject = SubjectOf(chunks[0].span);  // Daarnaast versterkt X de individualisering
        object = chunks[1].span;
        object.last = DutchListEnd(object.last);
      } else if (Dutch()) {
        object = PhraseRun(chunks, 0);
        object.last = DutchListEnd(object.last);
        // verkleint de kans dat het virus de grens over komt: a noun of
        // chance or risk takes the clause after dat as what it is about.
        if (object.last < size() && IsWord(object.last) && At(object.last).fold == "dat" &&
            lexicon_.IsWordOf(EntryKind::kChance, At(object.last - 1).fold)) {
          object.last = NextPunctuation(object.last);
        }
        if (const int stop = DutchRelativeEnd(object.last); stop > 0) object.last = stop;
        if (entry.relation == "enables") {
          // stelt ouderen in staat langer zelfstandig te wonen: what it
          // enables is the infinitive's clause, to its verb.
          const int infinitive_end = NextPunctuation(begin);
          for (int t = begin; t + 1 < infinitive_end; ++t) {
            if (IsWord(t) && At(t).fold == "te" && IsWord(t + 1)) {
              object = {Trim({begin, t + 2}).first, t + 2};  // the verb, though Trim drops verbs
              clause_object = true;
              break;
            }
          }
        }
      } else {
        object = ObjectClause(chunks[0].span.first, clause_end, At(verb).Is(kObjectComplement));
        if (PronounOpensClause(chunks[0].span, entry)) {
          object = TrimClause({chunks[0].span.first, NextPunctuation(chunks[0].span.first)});
          clause_object = true;
        }
        if (entry.loss_object && object.size() == 1 && chunks.size() >= 2 &&
            At(object.first).Is(kPronoun)) {
          object.last = ObjectClause(object.last, clause_end, false).last;  // cost them the sales
        }
        // has left vegetation extremely dry: the state is part of the effect.
        if (harm >= 0 && At(harm).fold == "with") {
          object = Trim({harm + 1, ObjectClause(harm + 1, clause_end, false).last});
        } else if (harm >= 0 && At(harm).fold == "without") {
          // left 150 pilots without work: the object with what it lacks.
          object.last = std::max(object.last, ObjectClause(harm + 1, clause_end, false).last);
        } else if (harm >= 0 && At(harm).fold.ends_with("ing") &&
                   !lexicon_.IsWordOf(EntryKind::kHarm, At(harm).fold)) {
          object.last = std::max(object.last, NextPunctuation(harm));
        } else if (harm >= object.last) {
          object.last = harm + 1;
        }
        if (predicate.it) {
          // made it harder for young people to buy a home: harder for young
          // people to buy a home.
          object = Trim(
              {predicate.at, ObjectClause(predicate.at, NextPunctuation(predicate.at), true).last});
        } else if (predicate.at >= 0) {
          // made recovery harder; made attendance harder to sustain: the
          // effect ends with the word compared, what hangs on it is its own
          // (but more likely to leave: the infinitive is what is likelier).
          object.last = predicate.at + 1;
          const std::string& degree = At(predicate.at - 1).fold;
          // (makes them easier to kill on the ground: after a pronoun the
          // infinitive says what the state is about)
          const bool pronoun = At(object.first).Is(kPronoun) && !At(object.first).Is(kDeterminer);
          const bool likelier =
              (degree == "more" || degree == "less") && At(predicate.at).Is(kComplement);
          if ((likelier || pronoun) && IsWord(predicate.at + 1) &&
              At(predicate.at + 1).fold == "to" && BareInfinitive(predicate.at + 2)) {
            object.last = NextPunctuation(predicate.at);
          } else if (const std::string& word = At(predicate.at).fold;
                     word == "up" || word == "down" || word == "higher" || word == "lower" ||
                     word == "to" || LevelCrossed(word) != 0 || word.ends_with("ing")) {
            // pushed prices (sharply) higher, sent shares down, sent prices
            // soaring: a word of direction only says how the object moves and
            // is no part of it (a state names the quantity: the road safer).
            int last = predicate.at;
            while (last - 1 > object.first && IsWord(last - 1) &&
                   (At(last - 1).Is(kAdverb | kDegree) || At(last - 1).fold.ends_with("ly"))) {
              --last;
            }
            if (Meaningful({object.first, last})) object.last = last;
          }
        }
        if (entry.from_turns) {
          // protects tenants from sudden increases: the increases are held off.
          if (const int k = FromWithin(object); k >= 0) {
            Span held_off = Trim({k + 1, object.last});
            // from sudden increases in rent: a word read as a verb right after
            // the preposition's modifiers is that phrase's noun (a finite verb
            // cannot follow "from sudden"), and what hangs on it goes with it.
            const int head = object.last;
            bool modifiers = Meaningful(held_off) && head < clause_end && IsVerbal(head) &&
                             !ClauseCue(head) && held_off.last == head;
            for (int m = k + 1; modifiers && m < head; ++m) {
              modifiers = IsWord(m) && !IsVerbal(m) && !At(m).Is(kPreposition | kAdverb) &&
                          (IsContent(m) || At(m).Is(kDeterminer));
            }
            if (modifiers) {
              const Span rest = ObjectClause(head + 1, clause_end, false);
              held_off = Trim({k + 1, rest.empty() ? head + 1 : std::max(head + 1, rest.last)});
            }
            if (Meaningful(held_off)) {
              object = held_off;
              turned = true;
            }
          }
        }
      }
      if (Dutch()) {
        for (int k = object.last; k < clause_end; ++k) {
          if (IsWord(k) && At(k).Is(kNegation) && !At(k).Is(kNegativeDeterminer)) negated = true;
        }
      }
      if (entry.onto && !Dutch()) {
        if (const Span target = AmountAddedTo(object); !target.empty()) {
          object = WithoutWhenOrRange(target);
          added_amount = true;
        }
      }
      // damaging homes and cutting power: a participle's object ends before
      // the next.
      if (!Dutch() && At(verb).fold.ends_with("ing")) {
        object.last = std::min(object.last, ParticipleAfter(object));
      }
      // The event of the clause before a participle of result causes its
      // object. The quake struck off the coast, damaging homes: a clause that
      // tells where or when an event named by its subject happened names the
      // event by that noun.
      const auto emit_clause_event = [&](Span clause) {
        Event before = EventOf(clause);
        if (const Span named = EventSubject(clause);
            !named.empty() && before.side.span == TrimClause(clause)) {
          before.side = Whole(named);
        }
        if (!Meaningful(before.side.span)) return;
        int sign = entry.sign;
        std::vector<Side> objects = SignedSides(object, sign);
        Emit({before.side}, objects, sign * before.sign, hedged, negated, rules::kChain, cue);
      };
      if (subject.sides.empty() && !Dutch() && At(verb).fold.ends_with("ing")) {
        // Prices rose, leading to unrest: the clause before the comma.
        int k = cue.first - 1;
        while (k >= 0 && IsWord(k) && (IsVerbGroup(k) || ClauseCue(k))) --k;
        bool connective = false;  // ..., thereby reducing Y: the connective's
        for (int c = k + 1; c < cue.first; ++c) connective |= ClauseCue(c) != 0;
        if (connective) return;
        // damaging homes and cutting power: the second participle goes on
        // from the clause the first did.
        if (IsWord(k) && At(k).Is(kCoordinator)) k = ParticipleCommaBefore(k);
        if (k >= 0 && IsComma(At(k))) {
          // (A cargo ship that had lost power drifted into the bridge,
          // causing X: the clause runs back over a relative clause after
          // its noun)
          int start = SegmentStart(k);
          // (Prices rose after the announcement, prompting X: "after" before
          // a noun phrase with no verb is a preposition inside the clause)
          while (!Dutch() && start > FirstWord() + 1 && IsWord(start - 1) &&
                 At(start - 1).Is(kPreposition) && At(start - 1).Is(kSubordinator) &&
                 !ClauseCue(start - 1) && ClauseVerb(start, k) < 0) {
            start = SegmentStart(start - 1);
          }
          if (const int relative = start - 1;
              !Dutch() && relative >= 1 && IsWord(relative) && IsContent(relative - 1) &&
              (At(relative).fold == "that" || At(relative).fold == "which" ||
               At(relative).fold == "who")) {
            start = MainClauseStart(k);
          }
          // (will close the plant, the company said on Tuesday, putting X:
          // over a report set off by commas, to the act it tells of)
          if (const int open = CommaBefore(k);
              !Dutch() && open > 0 && ReportingAside({open + 1, k})) {
            const int act = SegmentStart(open);
            if (Meaningful(TrimClause({act, open}))) {
              k = open;
              start = act;
            }
          }
          emit_clause_event(BeforeReason({start, k}));
          return;
        }
      }
      if (!subject.sides.empty() && subject.rule.empty() && !Dutch() &&
          At(verb).fold.ends_with("ing") && entry.relation == "causes") {
        // The driver hit him causing injuries, The road stayed closed
        // prompting police to divert traffic: a participle of result after
        // a clause whose object (or complement) stands before it: the
        // clause is the cause, not that phrase.
        const int start = MainClauseStart(cue.first);
        const int subject_first = subject.sides.front().span.first;
        if (subject_first > start + 1) {
          const Span clause = TrimClause({start, cue.first});
          bool verb_in_clause = false;
          for (int k = start; k < subject_first; ++k) {
            const Token& t = At(k);
            verb_in_clause = verb_in_clause || IsVerbal(k) ||
                             (t.Is(kAuxiliary | kLight | kOtherVerb) && !t.Is(kDeterminer)) ||
                             t.fold.ends_with("ed");
          }
          if (verb_in_clause && Meaningful(clause)) {
            int sign = entry.sign;
            std::vector<Side> objects = SignedSides(object, sign);
            Emit({Whole(clause)}, objects, sign, hedged, negated, rules::kChain, cue);
            return;
          }
          // A fire at a warehouse in Tilbridge, eastern England, burned for
          // a second day, forcing X: a phrase after a comma inside the
          // clause, with no verb before it, is an aside; the event is the
          // clause's, named by its subject where the clause tells how it went.
          if (IsComma(At(subject_first - 1)) && Meaningful(clause)) {
            emit_clause_event(clause);
            return;
          }
        }
      }
    } else if (Dutch() && !split) {
      // Verb last: dat X Y vergroot, X kan Y vergroten.
      int end = SkipVerbGroupLeft(cue.first, hedged, negated);
      // zou het aantal gewonden met naar schatting een vijfde verminderen:
      // the amount of the change (met and a number or a share) is no object.
      // (met zo'n 100 euro: over the apostrophe of zo'n)
      for (int k = end; k > 0 && k >= end - 7 && (IsWord(k) || At(k).fold == "'"); --k) {
        if (At(k).fold != "met") continue;
        bool amount = false;
        for (int m = k + 1; m <= end; ++m)
          amount = amount || At(m).number || AmountWord(At(m).fold);
        // (volgend jaar met 100 euro: over the words of the verb group and
        // of time before the amount, as before the verb)
        if (amount) end = SkipVerbGroupLeft(k, hedged, negated);
        break;
      }
      // (dat de regeling veel administratie met zich meebrengt: the
      // preposition and its reflexive before the verb are the verb's)
      if (end >= 2 && Reflexive(end) && Is(end - 1, kPreposition)) end -= 2;
      std::vector<Chunk> before = ChunksBefore(end + 1, 0);
      while (!before.empty() && before.back().prepositional) before.pop_back();
      // kunnen de energierekening volgend jaar verhogen: a phrase of time
      // right before the verb says when; the object stands before it.
      if (before.size() >= 2 && !before[before.size() - 2].prepositional &&
          DutchTimePhrase(before.back().outer)) {
        before.pop_back();
      }
      // dat X de eenzaamheid bij ouderen vermindert: a prepositional phrase
      // between the object and the verb; the object runs over it.
      int object_last = -1;
      for (int hops = 0; hops < 2 && before.empty(); ++hops) {
        const std::vector<Chunk> pp = ChunksBefore(end + 1, 0);
        if (pp.empty() || !pp.front().prepositional) break;
        int preposition = pp.front().outer.first;
        if (!Is(preposition, kPreposition)) --preposition;
        if (!Is(preposition, kPreposition) || ClauseCue(preposition)) break;
        if (object_last < 0) object_last = pp.back().span.last;
        end = preposition - 1;
        before = ChunksBefore(end + 1, 0);
        while (!before.empty() && before.back().prepositional) before.pop_back();
        if (!before.empty() && before.back().outer.last != preposition) before.clear();
      }
      if (before.empty()) return;
      object = before.back().span;
      if (object_last > object.last) object.last = object_last;
      rule = rules::kVerbFinal;
      // dat de regering deze zomer de belasting verhoogt, dat de subsidie in
      // 2030 de uitstoot verlaagt: a phrase of time between the subject and
      // the object says when, it is no subject and no part of one.
      auto time_phrase = [&](const Chunk& chunk) {
        const Token& last = At(chunk.span.last - 1);
        return last.number || last.Is(kTemporal) || DutchTimeUnit(last.fold);
      };
      while (before.size() >= 3 && time_phrase(before[before.size() - 2])) {
        before.erase(before.end() - 2);
      }
      if (before.size() >= 2 && !before[before.size() - 2].prepositional) {
        Span span = before[before.size() - 2].span;
        for (int k = span.last - 2; k > span.first && k >= span.last - 3; --k) {
          if (At(k).Is(kPreposition) && time_phrase(before[before.size() - 2])) {
            span.last = k;
            break;
          }
        }
        subject = SubjectOf(span);
        // Daarnaast kan X Y verlagen: the hedge before the subject.
        SkipVerbGroupLeft(before[before.size() - 2].outer.first, hedged, negated);
      } else if (before.size() >= 2) {
        // dat huisbezoeken door vrijwilligers de eenzaamheid verminderen: a
        // subject with a prepositional phrase after its noun.
        const Chunk& pp = before[before.size() - 2];
        int preposition = pp.outer.first;
        if (!Is(preposition, kPreposition)) --preposition;
        if (Is(preposition, kPreposition) && !ClauseCue(preposition - 1)) {
          const std::vector<Chunk> head = ChunksBefore(preposition, 0);
          if (!head.empty() && !head.back().prepositional &&
              head.back().outer.last == preposition && Meaningful(head.back().span)) {
            subject = SubjectOf({head.back().span.first, pp.span.last});
          }
        }
      }
      if (subject.sides.empty()) {
        // Beleid dat de lasten verlaagt, draagt bij aan: a relative clause
        // without a comma says which policy is meant and asserts nothing;
        // on the object of a causal verb it tells what that effect does
        // (leidt tot terugvorderingen die de problemen vergroten).
        const int relative = before.back().outer.first - 1;
        if (relative > FirstWord() && At(relative).Is(kRelative) && IsClauseWord(relative) &&
            IsWord(relative - 1)) {
          bool after_claim = false;
          for (int k = FirstWord(); k < relative && !after_claim; ++k) after_claim = IsVerbal(k);
          if (!after_claim) return;
        }
        subject = SubjectBefore(before.back().outer.first, hedged, negated);
      }
      // De bank weigert de rente te verlagen, het kabinet heeft besloten de
      // huren te bevriezen: the infinitive after a verb of will is what
      // someone means to do, and the word before its object is that verb,
      // not a cause.
      if (!subject.sides.empty() && IsWord(cue.first - 1) && At(cue.first - 1).fold == "te") {
        for (int k = subject.sides.front().span.first; k < object.first; ++k) {
          if (At(k).Is(kComplement) && At(k).fold != "te") return;
        }
      }
    } else {
      return;  // no object: Inequality increases.
    }
  }
  // Heide herstelt zich: a reflexive object makes the verb intransitive.
  if (object.size() == 1 && Reflexive(object.first)) return;
  if (!Dutch() && !clause_object) {
    object = WithoutWhenOrRange(object);
    object.last = ContactClauseEnd(object);
  }
  if (Dutch() && !clause_object) object = WithoutDutchAmount(object);
  const std::string& verb_form = At(cue.tokens[0]).fold;
  // means voyages now take 10 days longer: a word after mean's object that
  // opens no phrase is the verb of a clause, the object's effect whole.
  if (!Dutch() && !clause_object &&
      (verb_form == "mean" || verb_form == "means" || verb_form == "meant") &&
      IsWord(object.last) && !ClauseCue(object.last) && !IsClauseWord(object.last) &&
      !At(object.last).Is(kPreposition | kDeterminer | kCoordinator | kPronoun) &&
      !NumberAt(object.last)) {
    object.last = NextPunctuation(object.last);
  }
  // (brought heavy rain to the deserts: "to" after bring's object says
  // where it went)
  if (!Dutch() && !clause_object && (verb_form.starts_with("bring") || verb_form == "brought")) {
    // (brought together 38 studies, bring forward orders, brought round a
    // heater, bring back trips: a particle makes another verb)
    // (brings back estimated bills: back restores; the object follows it)
    static constexpr std::array<std::string_view, 9> kParticlesOfBring = {
        "together", "round", "around", "forward", "along", "home", "in", "out", "over"};
    if (std::find(kParticlesOfBring.begin(), kParticlesOfBring.end(), At(object.first).fold) !=
        kParticlesOfBring.end()) {
      return;
    }
    if (At(object.first).fold == "back" && Meaningful({object.first + 1, object.last})) {
      ++object.first;
    }
    for (int k = object.first + 1; k < object.last; ++k) {
      if (IsWord(k) && At(k).fold == "to") {
        object.last = k;
        break;
      }
    }
  }
  // verzwakt het vermogen om emoties te reguleren: after a noun that takes
  // it, om ... te and its infinitive say which one (het vermogen, de
  // bereidheid), as the guideline keeps such modifiers.
  if (Dutch() && !object.empty() && !clause_object && OmAfterComplement(object.last)) {
    if (const int te = PurposeTe(object.last); te > object.last && IsWord(te + 1)) {
      object.last = te + 2;
    }
  }
  if (object.empty() || !Meaningful(object) || subject.sides.empty()) return;
  // levert geen extra arbeidsaanbod op, led to no improvement: what the verb
  // brings about is denied (not left the network with no spare vessels, left
  // no single home standing: a state the object is left in).
  if (const int before = object.first - 1;
      !clause_object && !entry.harm_after && !entry.risk_after &&
      At(object.first).Is(kNegativeDeterminer) &&
      (std::find(cue.tokens.begin(), cue.tokens.end(), before) != cue.tokens.end() ||
       IsVerbGroup(before))) {
    negated = true;
  }
  // Tegenover deze uitgaven staan beperkte effecten: a phrase that opens
  // with a preposition is no subject.
  if (Dutch() && !subject.clause && subject.rule.empty() &&
      Is(subject.sides.front().span.first, kPreposition) &&
      !Is(subject.sides.front().span.first, kDeterminer | kAdverb)) {
    return;
  }
  // Sales doubled last year: a span of time after the verb says when; the
  // verb has no object.
  if (!Dutch() && !clause_object && (TimeHead(object) || LevelReached(object))) return;
  // Online sales held up better, rain that cannot drain away: a lone
  // comparative or particle after the verb says how the subject fared; the
  // verb has no object.
  // (Sales held up well in the second quarter: so "well" before a
  // preposition; not well over 200 homes)
  const bool well = At(object.first).fold == "well" && object.size() > 1 &&
                    At(object.first + 1).Is(kPreposition) && !AmountPreposition(object.first + 1);
  if (!Dutch() && (object.size() == 1 || well) &&
      (At(object.first).Is(kMore | kLess | kAdverb) || At(object.first).fold == "well" ||
       lexicon_.IsWordOf(EntryKind::kState, At(object.first).fold) ||
       ParticleWord(At(object.first).fold))) {
    return;
  }
  // cold air drains downhill and pools: a word of direction after the verb
  // says where the subject goes; the verb has no object.
  static constexpr std::array<std::string_view, 10> kWhither = {
      "downhill", "uphill", "downstream", "upstream",  "abroad",
      "overseas", "inland", "offshore",   "downwards", "upwards"};
  if (!Dutch() && !clause_object &&
      std::find(kWhither.begin(), kWhither.end(), At(object.first).fold) != kWhither.end()) {
    return;
  }
  // A second option is to cut the fee cap, the aim was to increase Y: what
  // the subject names is the act proposed or intended, not a cause of it.
  if (!Dutch() && subject.rule.empty() && verb >= 2 && IsWord(verb - 1) &&
      At(verb - 1).fold == "to" && IsWord(verb - 2) && At(verb - 2).Is(kPassiveAuxiliary) &&
      At(verb - 2).fold != "been" && At(verb - 2).fold != "being") {
    return;
  }
  if (subject.clause && entry.relation != "causes") return;
  if (entry.onto && !Dutch()) {
    bool onto = added_amount;
    for (int k = object.first + 1; k < object.last && !onto; ++k) {
      onto = IsWord(k) && (At(k).fold == "to" || At(k).fold == "on");
    }
    if (!onto) return;
  }
  if (entry.no_sum && !Dutch() && SumOfMoney(object)) return;
  if (entry.loss_object && !Dutch()) {
    // (£260 million in lost trade: the loss may follow the sum, with it)
    const int end = NextPunctuation(object.last);
    // (was costing traders about £250,000 a week: the sum after whom it
    // costs runs on over its word of how much)
    if (IsWord(object.last) &&
        (At(object.last).fold == "about" || At(object.last).fold == "around")) {
      int sum_end = object.last + 1;
      while (sum_end < end && !(IsWord(sum_end) && At(sum_end).fold == "in")) ++sum_end;
      if (SumOfMoney({object.last + 1, sum_end})) object.last = sum_end;
    }
    const auto loss_follows = [&] {
      return IsWord(object.last) && At(object.last).fold == "in" && NamesLoss({object.last, end});
    };
    // cost them shelf space, cost her 70 percent of the crop, would cost it
    // 15 million euros a day: after whom it cost, what it cost them is what
    // they lost, which falls (a sum or a loss named grows: lost trade).
    static constexpr std::array<std::string_view, 7> kWhom = {"them", "her", "him", "us",
                                                              "me",   "you", "it"};
    if (std::find(kWhom.begin(), kWhom.end(), At(object.first).fold) != kWhom.end()) {
      const Span lost = {object.first + 1, object.last};
      if (!Meaningful(lost) && !SumOfMoney(lost)) return;
      object = lost;
      turned = !NamesLossItself(lost) && !SumOfMoney(lost);
      // (would cost it 25 million pounds in lost revenue: so after whom too)
      if (loss_follows()) object.last = end;
    } else if (const int lost = LostAfterWhom(object); lost > object.first) {
      // could cost the industry production of 1.2m vehicles, cost hotels in
      // the area up to 20 million euros
      object.first = lost;
      turned = !NamesLossItself(object) && !SumOfMoney(object);
      // (an estimated £260 million in lost trade: the loss after the sum)
      if (loss_follows()) object.last = end;
    } else if (!NamesLoss(object)) {
      if (!loss_follows()) return;
      object.last = end;
    } else {
      // (will cost about 120 jobs: the jobs are fewer)
      turned = !NamesLossItself(object);
    }
  }
  // X meant the solvent was less diluted: an object followed by its own
  // verb group is the subject of a clause, and the clause is the effect.
  // (Not in a relative clause: the blast that injured four people was
  // unique; nor in a clause that says what a noun holds: concern that new
  // technology will cut jobs is old; the verb group after its object is the
  // main clause's.)
  int before_verb = verb - 1;
  while (before_verb >= 0 && IsWord(before_verb) && IsVerbGroup(before_verb)) --before_verb;
  const int that = subject.sides.front().span.first - 1;
  const bool relative =
      (before_verb >= 0 && IsWord(before_verb) &&
       (At(before_verb).Is(kRelative) || At(before_verb).fold == "that")) ||
      (!Dutch() && that > 0 && IsWord(that) && At(that).fold == "that" && IsContent(that - 1) &&
       !IsVerbal(that - 1) && !At(that - 1).Is(kReporting | kOtherVerb | kComplement));
  if (!Dutch() && !clause_object && !relative && IsWord(object.last) &&
      At(object.last).Is(kPassiveAuxiliary | kHedge) && !At(object.last).Is(kHedgeAdjective)) {
    const Span clause = TrimClause({object.first, NextPunctuation(object.last)});
    if (Meaningful(clause) && clause.last > object.last + 1) {
      object = clause;
      clause_object = true;
    }
  }
  // The minister added the bill would cut costs: a verb that also reports,
  // its "object" the subject of a reported clause.
  if (!Dutch() && At(verb).Is(kReporting) && IsWord(object.last) &&
      (IsVerbal(object.last) || At(object.last).Is(kAuxiliary | kHedge))) {
    return;
  }
  if (!Dutch() && subject.rule.empty() && At(verb).fold.ends_with("ing")) {
    // in order to avoid encouraging construction: the word after "to" and
    // right before the gerund is the infinitive whose object the gerund is.
    const Span s = subject.sides.front().span;
    if (s.last == verb && IsWord(verb - 2) && At(verb - 2).fold == "to") return;
  }
  // The protesters raised slogans, students disrupted the event: what
  // people do is an act, not a claim that one thing changes another (unless
  // the sentence opens with the means: By raising rates, the bank curbed X).
  if (subject.rule.empty() && AgentHead(subject.sides.front().span) &&
      (Dutch() || OpeningMeans(subject.sides.front().span.first).empty())) {
    return;
  }
  // The blast killed six people: such a verb makes a claim only when an
  // event does it; people who kill act.
  if (entry.event_subject && (!subject.rule.empty() || !EventHead(subject.sides.front().span))) {
    return;
  }
  if (entry.not_event_subject && subject.rule.empty() && EventHead(subject.sides.front().span)) {
    return;
  }
  // went on strike this month, which led to Y; thirty hours a week
  // increased Y: a span of time is when, not what, and a phrase cut off
  // there is not the cause.
  if (!Dutch() && subject.rule.empty() && TimeHead(subject.sides.front().span)) return;
  // had enjoyed sharply lower costs: a past participle alone is a verb of
  // the clause, no subject (not a name: Ahmed).
  if (!Dutch() && subject.rule.empty() && subject.sides.size() == 1 &&
      subject.sides.front().span.size() == 1) {
    const int alone = subject.sides.front().span.first;
    if (At(alone).fold.ends_with("ed") && At(alone).fold.size() > 4 && !IsCapitalised(alone)) {
      return;
    }
  }
  if (!Dutch() && subject.rule.empty()) {
    // By capping prices, the scheme weakened the incentive to save: the
    // means the sentence opens with is the cause, the subject only acts.
    if (const Span means = OpeningMeans(subject.sides.front().span.first); !means.empty()) {
      subject.sides = {Whole(means)};
    }
  }
  if (!subject.rule.empty()) rule = subject.rule;
  hedged = hedged || subject.hedged;
  if (!Dutch() && !clause_object && entry.sign > 0 && WayAfterObject(object) < 0) {
    turned = !turned;
  }
  int sign = (turned ? -entry.sign : entry.sign) * comparative;
  const int before_object = sign;
  // wijt de ongelukken aan de drukte en aan ongeduldige automobilisten: the
  // preposition again after en opens a second cause (read below).
  for (int k = object.first + 1;
       Dutch() && entry.reversed && cue.tokens.size() >= 2 && k + 1 < object.last; ++k) {
    if (IsWord(k) && At(k).fold == "en" && At(k + 1).fold == At(cue.tokens[1]).fold &&
        Meaningful(Trim({object.first, k}))) {
      object = Trim({object.first, k});
      break;
    }
  }
  std::vector<Side> objects =
      clause_object ? std::vector<Side>{Whole(object)} : SignedSides(object, sign);
  // (sent shares down, pushed the harvest below 10 million boxes: a word of
  // direction after the object, outside its phrase, says how it moved, for a
  // claim that goes on from it)
  const int moved_outside =
      predicate.sign != 0 && predicate.at >= 0 && object.last <= predicate.at ? comparative : 1;
  const int effect_turn = (sign == before_object ? 1 : -1) * moved_outside;
  const int unturned = sign;
  if (subject.rule.empty()) SignSubject(subject, sign);
  const int cause_turn = sign == unturned ? 1 : -1;
  sign *= subject.sign;
  if (Dutch() && entry.reversed && cue.tokens.size() >= 2 && !objects.empty()) {
    // wijt die daling deels aan X, maar ook aan Z: the preposition again
    // after a coordinator names a second cause.
    int k = object.last;
    while (k < size() &&
           (IsComma(At(k)) || (IsWord(k) && (At(k).fold == "maar" || At(k).fold == "en" ||
                                             At(k).fold == "ook" || At(k).Is(kAdverb))))) {
      ++k;
    }
    if (k > object.last && IsWord(k) && At(k).fold == At(cue.tokens[1]).fold) {
      const std::vector<Chunk> more = ChunksAfter(k + 1, ClauseEnd(k + 1));
      if (!more.empty() && !more.front().prepositional && Meaningful(more.front().span)) {
        objects.push_back(Whole(more.front().span));
      }
    }
  }
  if (entry.reversed) {
    Emit(objects, subject.sides, sign, hedged, negated, rule, cue);
  } else {
    Emit(subject.sides, objects, sign, hedged, negated, rule, cue);
  }
  // draagt bij aan betere kansen en een kleinere loonkloof, leads to higher
  // prices and lower wages; higher freight rates and a weaker pound have
  // raised the cost: each object's and each subject's own word of direction
  // signs its claim; the sign above read the first one's.
  const auto direction = [&](Span phrase) {
    const int moved = LeadingDirection(Whole(phrase));
    return moved == 0 ? 1 : moved;
  };
  const auto sign_each = [&](const std::vector<Side>& sides, Side Claim::*side) {
    if (entry.reversed || sides.size() < 2) return;
    const Span front = sides.front().span;
    const int first = direction(front);
    for (Claim& claim : claims_) {
      if (claim.cue == Span{cue.first, cue.last} && (claim.*side).span != front &&
          direction((claim.*side).span) != first) {
        claim.sign = -claim.sign;
      }
    }
  };
  if (!clause_object) sign_each(objects, &Claim::effect);
  sign_each(subject.sides, &Claim::cause);
  for (Claim& claim : claims_) {
    if (claim.cue == Span{cue.first, cue.last}) {
      claim.subject_sign = subject.sign;
      // A chain or an event reads how the effect moved: Dalende prijzen
      // stimuleren de vraag: demand rises.
      if (!entry.reversed) claim.cause_turn = cause_turn;
      if (!entry.reversed && !Dutch()) claim.effect_turn = effect_turn;
    }
  }
}

}  // namespace causalkg::kb::extract
