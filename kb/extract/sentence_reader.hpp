// The rules over one sentence's tokens: cues from the lexicon, the noun
// phrases around them, and the claims they make. No parser: the rules read
// word classes, word order and punctuation (kb/extract/README.md says which
// rule reads what).
#pragma once

#include <cstdint>
#include <vector>

#include "kb/extract/claim.hpp"
#include "kb/extract/lexicon.hpp"
#include "kb/extract/token.hpp"

namespace causalkg::kb::extract {

// A word that reads as an adjective: a polarity, comparative or degree word,
// or an adjective's ending (economic, unavoidable; sociale, digitale).
bool AdjectiveLike(const Token& t, Language language);

// A cue of the lexicon found in the sentence.
struct Cue {
  const LexiconEntry* entry = nullptr;
  std::vector<int> tokens;  // in the order of the phrase's words (slots left out)
  int first = 0;            // the first and last of `tokens`
  int last = 0;
  bool prep_first = false;  // Dutch: the preposition before the verb (voor X zorgen)
  bool verbal = true;       // a verb used as a verb (not: the increase, the cause)
  // noun patterns: the cause and effect slots
  Span cause_slot;
  Span effect_slot;
};

class SentenceReader {
 public:
  SentenceReader(const Sentence& sentence, const Lexicon& lexicon);
  // The claims of the sentence, in the order their cues come.
  std::vector<Claim> Read();

 private:
  // --- tokens (sentence_tokens.cpp)
  int size() const { return static_cast<int>(tokens_.size()); }
  // The token at i; before the first and after the last, an empty token
  // (no word, no classes): the rules look one or two tokens around a cue.
  const Token& At(int i) const {
    static const Token kNone;
    return i >= 0 && i < size() ? tokens_[static_cast<std::size_t>(i)] : kNone;
  }
  bool Is(int i, std::uint32_t cls) const { return i >= 0 && i < size() && At(i).Is(cls); }
  bool IsWord(int i) const { return i >= 0 && i < size() && At(i).word; }
  bool ClauseCue(int i) const {  // part of a connective, marker or comparison
    return i >= 0 && i < size() && clause_cue_[static_cast<std::size_t>(i)] != 0;
  }
  bool Consumed(int i) const {  // a by / door a passive took
    return i >= 0 && i < size() && consumed_[static_cast<std::size_t>(i)] != 0;
  }
  bool IsCapitalised(int i) const;        // its first letter a capital (A-Z) in the file
  bool IsJoiner(int i) const;             // - / & ' % between words
  bool ConnectiveAt(int i) const;         // a connective's word that opens a clause here
  bool AbbreviationBracket(int i) const;  // the bracket of (MSA) after a name
  bool IsBoundary(int i) const;           // punctuation that ends a phrase
  bool IsClauseBreak(int i) const;        // punctuation that ends a clause: not quotes or brackets
  bool IsClauseWord(int i) const;         // a word that opens a clause: which, because, dat, omdat
  bool ComparedAs(int i) const;           // English: an "as" of as far afield as, as many as
  static bool NearWord(const std::string& fold);  // about, nearly: how near an amount
  static bool PersonPronoun(const std::string& fold);   // we, they, he: who acts
  static bool PossessiveMark(const std::string& fold);  // ' or 's split from its noun
  static bool ParticleWord(const std::string& fold);    // off, back, up: a verb's particle
  static bool Copula(const std::string& fold);          // is, are, was, were
  static bool PastParticiple(const std::string& fold);  // offered, sold: by ending or irregular
  static bool CommonIrregularPast(const std::string& fold);  // found, broke, lost, sent
  static bool AbleShape(const std::string& word);            // English: impassable, attributable
  static int LevelCrossed(const std::string& fold);  // English: above, past, beyond +1; below -1
  static bool DutchParticipleShape(const std::string& fold);  // gezet, gebracht, gedaald
  static bool UnState(const std::string& word);  // English: unreadable, unsprayed
  static bool Fraction(const std::string& fold);  // English: a third, half: an amount
  bool AfterSpanInPhrase(int i) const;           // English: a bill after months of X
  int ZowelBefore(int als) const;                // Dutch: zowel A als B: the zowel, or -1
  bool AsTheyDid(int i) const;            // English: when the rains go on, as they did here, Y
  bool HowMuchWord(int i) const;  // Dutch: voor een deel, in grote mate: how much it explains
  int PrepositionAgain(int phrase_end, const std::string& word) const;  // door X en door Z
  int SecondReason(int coordinator) const;  // en omdat Y: the second reason's word, or -1
  bool AsNamesOrClasses(int i) const;     // English: classed as self-employed; as it is known
  bool IsVerbal(int i) const;             // part of a verb cue used as a verb
  // English: Paying farmers would reduce output, Taking land out of
  // production cut yields: a gerund that opens the sentence before its
  // object heads the subject; it stops no phrase.
  bool OpeningGerund(int i) const;
  bool IsStopper(int i) const;            // no part of a noun phrase
  bool IsNounCoordinator(int i) const;    // and, or, en, of between two noun phrases
  bool IsContent(int i) const;            // a word that can carry a noun phrase's meaning
  bool DutchArticleNoun(int i) const;     // de vragen: a common verb's form after an article
  bool IsVerbGroup(int i) const;          // auxiliaries, hedges, negation, adverbs, to / te
  bool Dutch() const { return language_ == Language::kDutch; }
  int AfterOpeningAdverbs(int end) const;  // the first word, over adverbs that open the sentence
  int ClauseStart(int i) const;     // the first token of the clause holding i
  int ClauseEnd(int i) const;       // one past the last
  bool StartsVerbCue(int i) const;  // a lexicon verb opens with this word
  // Dutch: whether what was read as the subject lies in a phrase of a
  // preposition that opens the sentence before the verb.
  bool InFrontedPhrase(Span found, int verb) const;
  // English: the company said on Tuesday: a short clause of saying, set off
  // by commas, that names who told the clause before it.
  bool ReportingAside(Span span) const;
  int CommaBefore(int end) const;  // the comma that opens the words before end, or -1
  // Dutch: Een vrachtwagen kantelde door een windstoot: door and a noun
  // phrase that close a main clause without a passive name its cause (not
  // an agent: door huisartsen, door de brandweer).
  bool DutchClosingDoor(int a) const;

  // --- noun phrases (noun_phrases.cpp)
  struct Chunk {
    Span span;                   // trimmed
    Span outer;                  // as found, with a preposition before it
    bool prepositional = false;  // begins with a preposition: a PP, not a noun phrase
  };
  // The noun phrases that end at `end`, scanning left to `limit`: the run of
  // noun-phrase tokens cut where a determiner starts a new phrase.
  std::vector<Chunk> ChunksBefore(int end, int limit) const;
  // Where a naming participle before `name` (known as, called) starts, or -1.
  int NamingBefore(int name) const;
  // The same, starting at `begin` and scanning right to `limit`.
  std::vector<Chunk> ChunksAfter(int begin, int limit) const;
  // Dutch: where an object ending at `last` runs on over a list's commas.
  int DutchListEnd(int last) const;
  // Dutch, after a fronted phrase: a subject and an object opened by a
  // comparative, read as one chunk, split in two (zware voertuigen meer overlast).
  std::vector<Chunk> SplitAtComparative(const Chunk& chunk) const;
  // English: a phrase with its modifiers, from chunks[from] to the last
  // chunk of the run (the price of oil in Europe); Dutch: chunks[from] alone.
  Span PhraseRun(const std::vector<Chunk>& chunks, std::size_t from) const;
  // The index of the chunk that opens the run ending with the last one:
  // back over chunks that follow each other without a gap, stopping after a
  // preposition's phrase (In May | the tariffs).
  static std::size_t RunStart(const std::vector<Chunk>& chunks);
  // English: an object from `begin` to the end of its clause (before
  // `limit`), over the prepositional phrases after it, a restrictive
  // relative clause and, when the verb takes one, an infinitive.
  Span ObjectClause(int begin, int limit, bool takes_infinitive) const;
  // English: "as well as" joining two nouns, at i.
  bool AsWellAs(int i) const;
  // English: by + an amount (by 5 per cent, by more than) or rather than at i.
  bool AmountOrContrast(int i) const;
  bool AmountPreposition(int i) const;  // English: over 60, at least six (people)
  bool NumberAt(int i) const;           // 60, six, thousands
  bool RateArticle(int i) const;        // English: the "a" of 90,000 yuan a tonne
  int LostAfterWhom(Span object) const;  // cost the firm sales: where "sales" begins
  bool PronounOpensClause(Span object, const LexiconEntry& entry) const;  // means we are
  static bool CurrencySign(std::string_view fold);                        // £, $ or € opens it
  bool YearAt(int i) const;             // 1998, 2020: four digits from 1900 to 2099
  Span Trim(Span span) const;           // without leading and trailing function words
  Span TrimClause(Span span) const;     // without punctuation and opening conjunctions
  bool Meaningful(Span span) const;     // holds a content word that is not a pronoun
  // A side split at its coordinations: "A and B" is two sides; "social and
  // digital inequality" is one phrase naming two.
  std::vector<Side> DutchOwnItems(Span span) const;  // a comma list, each item with its article
  std::vector<Side> Conjuncts(Span span) const;
  std::vector<Side> EnglishConjuncts(Span span) const;  // two phrases each with its own determiner
  Side Whole(Span span) const;

  // --- cues (cue_finder.cpp)
  void FindCues();
  bool MatchCue(const LexiconEntry& entry, int at, Cue& cue) const;
  bool MatchNounPattern(const LexiconEntry& entry, int at, Cue& cue) const;
  bool VerbalUse(const Cue& cue) const;
  // Evidence of a verb (English): a word that cannot be one in its place.
  bool SingularNoun(int i) const;               // a common noun without a plural -s
  static bool BareForm(std::string_view fold);  // no tense suffix, no bare past
  bool VerbAfter(int i) const;                  // a verb (after adverbs) with its object
  // following: a preposition, not a verb or adjective.
  bool AfterChange(int at) const;  // right after a change and how much it moved
  int PhraseOfTimeOrPlaceBefore(int end) const;  // over the past week, in Paris: where it opens
  bool MarkerUse(const Cue& cue) const;
  bool OpensCausalClause(const Cue& cue) const;  // As X rose, Y ...
  bool WithAbsolute(const Cue& cue) const;       // With the road closed, Y ...
  bool OpeningClauseWord(const Cue& cue) const;  // with: a clause word only opening one
  bool TemporalSince(const Cue& cue) const;      // since 2010: no connective
  bool PairedPreposition(int i) const;           // during and after the pandemic: no clause
  // Dutch: werd door X teruggedraaid, door naming a passive's agent: no clause word.
  bool PassiveAgent(const Cue& cue) const;
  bool DutchParticleDoor(const Cue& cue) const;
  int PastDutchAbout(int k, int end) const;            // over naar schatting, ongeveer, gemiddeld
  static bool AmountWord(const std::string& fold);     // Dutch: procent, helft, vijfde
  static bool DutchTimeUnit(const std::string& fold);  // zomer, week, decennium
  bool AsClauseInside(const Cue& cue) const;           // Y rose as X fell
  bool ClauseFollows(int from, int end) const { return ClauseVerb(from, end) >= 0; }
  int ClauseVerb(int from, int end) const;  // that clause's verb, or -1
  bool PresentVerb(int k) const;            // an English present verb the lists miss
  bool ReasonAfter(const Cue& cue) const;   // jailed after being convicted: a cause
  bool ReasonWhen(const Cue& cue) const;    // hurt when the roof fell: a cause
  // demanding X, killing X, to X: a participle or an infinitive opening a
  // clause of motive, result or purpose, not a verb form of the clause before.
  bool ParticipleUse(const Cue& cue) const;
  bool SanctionFor(const Cue& cue) const;  // arrested for the murder: the deed
  int PurposeTe(int om) const;             // Dutch: the "te" of om ... te + infinitive, or -1
  bool OmAfterComplement(int om) const;    // Dutch: om after a noun that takes it (het vermogen om)
  // Dutch: the first chunk a phrase of place or time right before the next, a noun phrase
  // (drijft in Europa de prijzen op, beperkte in die periode de mogelijkheden).
  bool PhraseBeforeObject(const std::vector<Chunk>& chunks) const;
  int BackOverMarkers(int k) const;        // where k's clause opens, over markers' phrases (less 1)
  bool DutchSourceAside(int i) const;      // volgens haar: who says so, inside a verb group
  bool Reflexive(int i) const;             // itself, themselves, zich
  bool HyphenBound(int i) const;           // after-school: part of a compound, no connective
  bool ToInsideSubject(int to) const;      // English: to + noun before the finite verb (no aim)
  // Dutch: the finite verb the lexicon does not know that ends a phrase opening
  // a main clause (Vanwege de hoge rente kopen minder mensen een huis), or -1.
  int FrontedVerb(Span phrase) const;
  Span DutchPrefield(int end) const;  // the phrase before a main clause's finite verb at end

  // --- rules (rule_*.cpp)
  void ReadVerb(const Cue& cue);
  bool AgentHead(Span span) const;        // a phrase whose head is a person who acts
  Span AmountAddedTo(Span object) const;  // adds 10p to the price: the price
  bool SumOfMoney(Span span) const;       // English: 12,000 pounds, $5 million, about 3bn euros
  bool NamesLoss(Span object) const;      // English: lost, losses, jobs, lives in the object
  bool NamesLossItself(Span object) const;  // English: lost, losses, damage (not jobs, lives)
  int ContactClauseEnd(Span object) const;  // English: where a contact clause after it ends
  int WayAfterObject(Span& object) const;   // English: down -1 / up +1 after it, cut off; or 0
  int HeadOf(Span span) const;            // the head word of a phrase, or -1
  bool EventHead(Span span) const;        // a phrase whose head is an event (the blast)
  // English: "by" and its agent at `begin`, past adverbs (driven mainly by).
  bool AgentAfter(int begin) const;
  // English: the comma at `comma` closes an aside between a clause's subject
  // and its verb (The policy, introduced in 2019, reduced ...).
  bool ClosesAside(int comma) const;
  // English: whether the unit of time at `unit` ends a time adverbial of the
  // clause (last week, Tuesday night) rather than a span (six months).
  bool TimeAdverbialEnd(int unit) const;
  bool Weekday(int i) const;  // English: monday ... sunday
  bool PurposeInfinitive(int verb) const;       // English: money frozen to prevent X
  bool InfinitiveAfterObject(int begin) const;  // English: leads Y to do Z
  bool PronounBeforeInfinitive(Span object) const;  // English: force him to buy hay
  // English: the object without a time phrase or a range at its end (cut
  // traffic for three days, raised fees from 50 pounds to 90).
  Span WithoutWhenOrRange(Span object) const;
  Span WithoutDutchAmount(Span object) const;   // de opbrengst met enkele procenten: de opbrengst
  bool FromAfterObject(int begin) const;        // English: protects Y from Z
  int HarmAfterObject(int begin,
                      bool phrase_only) const;  // English: left Y stranded: stranded, or -1
  // English: made Y more volatile (sign +1, less: -1), made Y harder: the
  // object's predicate; sign 0 when there is none.
  struct Predicate {
    int sign = 0;
    int at = -1;      // the word compared or the word of state
    bool it = false;  // made it harder for X to Y: the object only points on
  };
  Predicate ComparativeAfterObject(int begin) const;
  int WhichBeforeSubject(int verb) const;  // English: ..., which police attribute to X
  void ReadBlame(const Cue& cue, bool hedged, bool negated);  // English: blames X for Y
  bool TimeHead(Span span) const;                             // English: this month, a week
  bool LevelReached(Span span) const;                         // English: a record, a new high
  // English: X, damaging homes and cutting power: the comma before the first
  // participle, seen from the "and" before the second, or -1.
  int ParticipleCommaBefore(int coordinator) const;
  int ParticipleAfter(Span object) const;  // where "and cutting" ends an object, or its end
  // English: the quake in "the quake struck off the coast": an event's
  // subject before a verb with no object, or none.
  Span EventSubject(Span clause) const;
  bool DutchTimePhrase(Span span) const;                      // Dutch: deze zomer, volgende week
  Span OpeningMeans(int subject_first) const;                 // English: By capping prices, X ...
  bool SplitPossessive(int i) const;  // English: doctors ’ strike, children ’ s chances
  bool ParticipleAsAdjective(int i) const;              // English: the firm's reported profits
  void ReadInfluence(const Cue& cue);
  bool ReadPossessorInfluence(const Cue& cue);  // English: the quake's impact on Y
  int PossessorBefore(int noun) const;          // the ban's (likely) effect: the ban's, or -1
  bool ReadPassive(const Cue& cue, bool hedged, bool negated);
  void ReadHarm();  // English: killed in the explosion
  // A condition told by a clause that opens with its finite verb: Heeft het
  // bedrijf de regels overtreden, dan volgt er een boete; Had they spent the
  // money, we would not have Y.
  void ReadInvertedCondition();
  // The words of an example's marker that open at i (bijvoorbeeld: 1; for
  // example, for instance: 2), or 0.
  int ExampleMarker(int i) const;
  void ReadNominal(const Cue& cue);
  void ReadRoot(const Cue& cue);
  void ReadConnective(const Cue& cue);
  void ReadMarker(const Cue& cue);
  bool ActorsAlone(Span subject) const;  // Dutch: one bare plural of people or firms
  bool ReadDutchMeans(const Cue& cue);  // door X te verhogen: the means, a clause
  void ReadComparison(const Cue& cue);
  // Claims in a clause under a question the text asks (examines how X
  // affected Y, onderzoekt hoe) are dropped, under a denial (ontkent dat, we
  // do not find that, no evidence that) negated: the lexicon's frames.
  void ReadClauseFrames();
  // The last token of `frame` matched from `first`, or -1; `negation` is set
  // when a negation stands between its words (vindt niet dat).
  int MatchFrame(const LexiconEntry& frame, int first, bool& negation) const;

  // The subject of a verb group that ends right before `pos`: the noun
  // phrase before it, the claim a relative clause or a coordination
  // continues, or none (no sides).
  struct Subject {
    std::vector<Side> sides;
    std::string_view rule;  // chain or coordination when it comes from another claim
    bool hedged = false;    // the claim it continues was hedged (kan A en B aantasten)
    // The sign the subject brings: a chain's subject is the previous claim's
    // effect moving as that claim said (Droughts reduce yields, which raises
    // prices: yields go down, prices up: -).
    int sign = 1;
    // English: the clause before "and" with no claim in it, the cause of a
    // verb of result only (The protests spread to ten towns and led to two
    // deaths); after another verb it shares a subject, not a cause.
    bool clause = false;
  };
  int ExampleListOpener(int first) const;        // such as X, Y and Z: where "such" stands
  int CompanionWith(int opener) const;           // , together with X,: the word before X
  int LeadingDirection(const Side& side) const;  // higher rates: +1, lower: -1, else 0
  int MovedAsWritten(const Claim& claim) const;  // a claim's effect's move, for the next claim
  int ListOpening(Span run) const;               // A, B and C: where A opens, or -1
  // Where an example list or an infinitive with its object that hangs on
  // the noun before the phrase at first opens (such as, to), or -1.
  int HangingModifierStart(int first) const;
  Subject SubjectBefore(int pos, bool& hedged, bool& negated) const;
  Subject RelativeSubject(int relative) const;
  Span ActingAgain(Span subject, int coordinator,
                   int j) const;          // English: X closed shops and raised Y
  int RelativeHeadStart(Span run) const;  // English: Policies that raise rents | reduce
  bool ObjectRunsTo(int last, int j) const;
  Subject CoordinatedSubject(int coordinator) const;
  Subject SubjectOf(Span span) const;
  // Skips the verb group left of `end` (auxiliaries, hedges, negation,
  // adverbs, to / te) and returns the token before it, noting what it passed.
  // A negation that denies (not: not only, not the only); before a
  // connective (niet omdat X) it denies the link, where a negation inside
  // its clauses is what happened.
  bool Denies(int i) const;
  int SkipVerbGroupLeft(int end, bool& hedged, bool& negated) const;
  // Skips adverbs, hedges and negation from `begin`; returns the first
  // token after them.
  int SkipVerbGroupRight(int begin, bool& hedged, bool& negated) const;
  // A phrase's sides, with the sign turned by what it says of change:
  // leads to lower prices (-), leads to a rise in unemployment (+).
  std::vector<Side> SignedSides(Span phrase, int& sign) const;
  // English: the sign of the change whose share a phrase names (part of the
  // fall: -1, most of the rise: +1); 1 for any other phrase.
  int ShareOfChange(Span phrase) const;
  // The change named by a noun at token i (the rise, a fall), or none.
  const Cue* NounChangeAt(int i) const;
  // English: the thing in an object that says how it would move (prices
  // from falling), its sign turned by that change; or empty.
  Span MovedFrom(Span object, int& sign) const;
  // English: the phrase after "from" in the object of a verb that holds it
  // off (protecting households from the rise in costs), or empty.
  Span HeldOff(Span object) const;
  // The first "from" inside a phrase, after its first word and before its
  // last (protects tenants from eviction), or -1.
  int FromWithin(Span object) const;
  // The same for a subject found as a noun phrase: falling prices.
  void SignSubject(Subject& subject, int& sign) const;
  bool SignChangeNounSubject(Subject& subject, int& sign) const;
  bool GrievanceOver(const Cue& cue) const;  // English: protests over X
  void ReadGrievance(const Cue& cue);
  bool ProtestAgainst(const Cue& cue) const;            // English: protested against X
  bool OpposedPhrase(const LexiconEntry& entry) const;  // English: against, no clause word
  void ReadOpposed(const Cue& cue);
  bool AfterMarker(int i) const;                   // English: right after a marker or a preposition
  int DutchRelativeEnd(int relative) const;        // de prijs van producten die X bevatten
  int MarkerClauseEnd(int from, int end) const;    // English: where a marker's clause ends
  bool TransitiveChange(int verb, int end) const;  // English: jumped a motorway, fell ill
  bool BareInfinitive(int i) const;                // English: a verb's bare form (to intervene)
  bool NamesDestination(int to) const;             // English: moved X to rail: "to" names where to
  // English: an aim's infinitive clause, cut in two where a coordinator opens
  // a second one after `from`.
  std::vector<Span> Aims(Span aim, int from) const;
  // English: the comma before an aside naming a source (, according to X,)
  // or a concession (, even though X,) that ends at `comma`; else `comma`.
  int AsideStart(int comma) const;
  // English: "little" before a noun of influence (little effect on): next to none.
  bool LittleOf(int k) const;
  // A word the lexicon knows as a verb (a cue's verb, other-verb or auxiliary).
  bool KnownVerb(int i) const;
  // b) introduce ...: a recommendation in a list, its act proposed.
  bool ListedProposal(int start) const;
  // likely to drink, to eat and to stop: a later infinitive of a list whose
  // first completes a word.
  bool ListedAfterComplement(const LexiconEntry& entry, int to) const;
  // paying farmers to take land out of production will reduce output: an
  // infinitive inside a gerund subject whose verb is still to come.
  bool InGerundSubject(int to) const;
  bool ComplementVerb(const std::string& form) const;  // English: pay (pays), not death
  bool OnlyNumbers(Span phrase) const;                 // 6, 2023: no phrase of a claim
  bool OnlyParticle(Span phrase) const;                // back, up: no phrase of a claim
  bool NoSingle(Span phrase) const;  // English: no single X (a denial of any one instance)
  // English: a bare form of a known verb that also takes "to" itself (to
  // keep, to encourage), before its object.
  bool ComplementVerbWithObject(int i) const;
  // English: a form with no ending of a noun, an adjective, a plural or a past.
  static bool BareVerbShape(const std::string& form);
  static bool GerundShape(const std::string& form);  // -ing, not bring or spring
  static bool WhWord(std::string_view form);         // where, what, whoever: a clause's word
  int ListItemVerb(int first, int end) const;  // a list item's clause verb, not its participle
  int ListEnd(int comma) const;  // English: the end of a list that goes on after this comma

  // Clause spans for connectives: to the next punctuation; to the next
  // punctuation or clause word; back to the previous one.
  int NextPunctuation(int i) const;
  int ClauseEndPastAside(int from) const;  // to the clause's end, over a subject's aside
  int SegmentEnd(int i) const;
  int SegmentStart(int end) const;
  bool DutchNounInfinitive(int i) const;             // het in huis nemen van: a noun
  bool NounPhraseAlone(Span span) const;             // a noun's phrase and its phrases, no verb
  bool PhraseBeforeVerb(int to, int end) const;      // English: to small buildings reduced: no aim
  bool DisagreesInNumber(int noun, int from) const;  // vehicles, which lengthens
  int ActClauseStart(int end) const;  // MainClauseStart, over a relative clause without a comma
  int MainClauseStart(int end) const;
  int ReasonEnd(int from) const;  // English: a reason's clause, up to a relative clause
  int ParticipleEnd(int cue_last) const;
  int FirstWord() const;
  bool OpensLikeSentence(int a) const;           // a clause opens here as at a sentence's start
  int MainClauseAfter(int from, int end) const;  // If X Y without a comma: where Y opens, or -1
  // An event in a clause: a claim inside it is (its effect, its sign); "Y
  // rises" is (Y, +); else the clause itself, +.
  struct Event {
    Side side;
    int sign = 1;
    bool event = false;  // a passive without its agent: sign is its verb's direction
  };
  // The sign of a claim from its cause to its effect: an event's own
  // direction counts only against a side that has one.
  static int JointSign(const Event& from, const Event& to);
  bool SubjectPhrase(Span span) const;  // English: no verb, clause word or auxiliary in it
  Event RecordedMove(Span span) const;  // English: prices posted their biggest gain: prices, +
  Event ActedOn(Span span) const;       // English: it cut output at the plant: output, -
  // effect_side: the clause is an effect (Dutch: geen X there signs it -).
  // reason: the clause is a connective's cause (Dutch: Y rises keeps the
  // clause as the side, Y's move only signs it).
  // whole: English, a claim inside the clause leaves the clause the side, an
  // event that happens (because the cartoon had raised concerns).
  Event EventOf(Span clause, bool effect_side = false, bool reason = false,
                bool whole = false) const;
  int LessOrMoreOften(Span span) const;  // Dutch: minder vaak, vaker: -1, +1; else 0
  // The last claim read whose cue lies inside the span and is not denied
  // (one that relates clauses, a root's or a comparison's aside); or null.
  const Claim* ClaimInside(Span span) const;
  // English: a clause opened by a reason (because X, due to X) that ends
  // before a result stands for the clause the reason explains (Y because X,
  // forcing Z: Y forced Z); else the clause itself.
  Span BeforeReason(Span clause) const;
  int VerbGroupComparative(Span clause) const;         // Dutch: kennis minder wordt opgebouwd: -1
  bool HasVerbal(Span span, std::uint32_t cls) const;  // a hedge or negation as a verb group has it

  void Emit(const std::vector<Side>& causes, const std::vector<Side>& effects, int sign,
            bool hedged, bool negated, std::string_view rule, const Cue& cue);

  const Sentence& sentence_;
  const std::vector<Token>& tokens_;
  const Lexicon& lexicon_;
  Language language_;
  std::vector<Cue> cues_;        // claim-making cues, in order, not overlapping
  std::vector<Cue> changes_;     // change cues (rises, falls), read by events
  std::vector<int> verbal_;      // per token: 1 when part of a verbal cue
  std::vector<int> clause_cue_;  // per token: 1 when part of a connective or marker
  std::vector<int> cue_token_;   // per token: 1 + the index in cues_ of its cue, else 0
  // The cue token i belongs to, once cues are found; null for none.
  const Cue* CueOf(int i) const {
    if (i < 0 || static_cast<std::size_t>(i) >= cue_token_.size()) return nullptr;
    const int c = cue_token_[static_cast<std::size_t>(i)];
    return c > 0 ? &cues_[static_cast<std::size_t>(c - 1)] : nullptr;
  }
  std::vector<char> consumed_;   // per token: a by / door a passive took
  std::vector<Claim> claims_;
};

}  // namespace causalkg::kb::extract
