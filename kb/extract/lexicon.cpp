#include "kb/extract/lexicon.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include "engine/common/text_fold.hpp"
#include "kb/extract/dutch_verb_forms.hpp"

namespace causalkg::kb::extract {

namespace generated {
std::string_view EnglishLexicon();
std::string_view DutchLexicon();
}  // namespace generated

namespace {

struct KindName {
  std::string_view name;
  EntryKind kind;
};

constexpr std::array<KindName, 40> kKinds = {{
    {"verb", EntryKind::kVerb},
    {"influence", EntryKind::kInfluence},
    {"noun", EntryKind::kNoun},
    {"change", EntryKind::kChange},
    {"change-noun", EntryKind::kChange},
    {"connective", EntryKind::kConnective},
    {"marker", EntryKind::kMarker},
    {"comparison", EntryKind::kComparison},
    {"root", EntryKind::kRoot},
    {"hedge", EntryKind::kHedge},
    {"negation", EntryKind::kNegation},
    {"polarity", EntryKind::kPolarity},
    {"comparative", EntryKind::kComparative},
    {"level", EntryKind::kLevel},
    {"degree", EntryKind::kDegree},
    {"light", EntryKind::kLight},
    {"determiner", EntryKind::kDeterminer},
    {"preposition", EntryKind::kPreposition},
    {"pronoun", EntryKind::kPronoun},
    {"relative", EntryKind::kRelative},
    {"coordinator", EntryKind::kCoordinator},
    {"subordinator", EntryKind::kSubordinator},
    {"auxiliary", EntryKind::kAuxiliary},
    {"adverb", EntryKind::kAdverb},
    {"reporting", EntryKind::kReporting},
    {"temporal", EntryKind::kTemporal},
    {"other-verb", EntryKind::kOtherVerb},
    {"complement", EntryKind::kComplement},
    {"agent", EntryKind::kAgent},
    {"dispute", EntryKind::kDispute},
    {"event", EntryKind::kEvent},
    {"harm", EntryKind::kHarm},
    {"state", EntryKind::kState},
    {"report-noun", EntryKind::kReportNoun},
    {"ing-modifier", EntryKind::kIngModifier},
    {"classing", EntryKind::kClassing},
    {"destination", EntryKind::kDestination},
    {"chance", EntryKind::kChance},
    {"denial", EntryKind::kDenial},
    {"question", EntryKind::kQuestion},
}};

// "a verb", "an adverb": for messages.
std::string WithArticle(std::string_view kind) {
  const bool vowel =
      !kind.empty() && std::string_view("aeiou").find(kind.front()) != std::string_view::npos;
  return (vowel ? "an " : "a ") + std::string(kind);
}

std::string_view Trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\r')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\r')) text.remove_suffix(1);
  return text;
}

std::vector<std::string_view> Split(std::string_view text, char separator) {
  std::vector<std::string_view> out;
  std::size_t from = 0;
  while (true) {
    const std::size_t at = text.find(separator, from);
    out.push_back(text.substr(from, at == std::string_view::npos ? text.size() - from : at - from));
    if (at == std::string_view::npos) return out;
    from = at + 1;
  }
}

// Kinds whose phrases are inflected: matched by stem (English) or by the
// forms of a Dutch verb.
bool Inflects(EntryKind kind) {
  return kind == EntryKind::kVerb || kind == EntryKind::kInfluence || kind == EntryKind::kNoun ||
         kind == EntryKind::kChange || kind == EntryKind::kRoot || kind == EntryKind::kLight;
}

// Kinds that list single words, looked up by the rules that read them, with no
// token class of their own.
bool IsWordListKind(EntryKind kind) {
  return kind == EntryKind::kEvent || kind == EntryKind::kHarm || kind == EntryKind::kState ||
         kind == EntryKind::kReportNoun || kind == EntryKind::kIngModifier ||
         kind == EntryKind::kClassing || kind == EntryKind::kDestination ||
         kind == EntryKind::kChance;
}

bool IsDutchVerbKind(EntryKind kind) {
  return kind == EntryKind::kVerb || kind == EntryKind::kChange || kind == EntryKind::kLight;
}

void AddUnique(std::vector<std::string>& list, std::string value) {
  if (!value.empty() && std::find(list.begin(), list.end(), value) == list.end()) {
    list.push_back(std::move(value));
  }
}

bool Contains(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

std::uint32_t ClassBits(const LexiconEntry& entry) {
  switch (entry.kind) {
    case EntryKind::kHedge:
      return kHedge | (entry.value == "adjective" ? kHedgeAdjective : 0u);
    case EntryKind::kNegation:
      if (entry.value == "clause") return kDenial;  // ontkent dat: denies what follows
      return kNegation | (entry.value == "determiner" ? kNegativeDeterminer : 0u);
    case EntryKind::kPolarity:
      return entry.sign > 0 ? kPositive : kNegative;
    case EntryKind::kComparative:
      return entry.sign > 0 ? kMore : kLess;
    case EntryKind::kLevel:
      return entry.sign > 0 ? kHigh : kLow;
    case EntryKind::kDegree:
      return kDegree;
    case EntryKind::kLight:
      return kLight;
    case EntryKind::kDeterminer:
      return kDeterminer;
    case EntryKind::kPreposition:
      return kPreposition | (entry.value == "inner" ? kInnerPreposition : 0u);
    case EntryKind::kPronoun:
      return kPronoun;
    case EntryKind::kRelative:
      return kRelative;
    case EntryKind::kCoordinator:
      return kCoordinator;
    case EntryKind::kSubordinator:
      return kSubordinator;
    case EntryKind::kAuxiliary:
      return kAuxiliary | (entry.value == "passive" ? kPassiveAuxiliary : 0u);
    case EntryKind::kAdverb:
      return kAdverb;
    case EntryKind::kReporting:
      return kReporting;
    case EntryKind::kTemporal:
      return kTemporal;
    case EntryKind::kOtherVerb:
      return kOtherVerb;
    case EntryKind::kComplement:
      return kComplement | (entry.value == "object" ? kObjectComplement : 0u);
    case EntryKind::kAgent:
      return kAgent;
    case EntryKind::kDispute:
      return kDispute;
    case EntryKind::kDenial:
      // The verb of a frame that denies by itself (ontkent dat) is a verb, no
      // part of a phrase; a word that denies only after a negation is not.
      return entry.negated ? 0u : kDenial;
    default:
      return 0;
  }
}

}  // namespace

std::string DescribeEntryKinds() {
  std::string out;
  for (const KindName& k : kKinds) {
    if (!out.empty()) out += ", ";
    out += k.name;
  }
  return out;
}

bool IsCueKind(EntryKind kind) {
  return static_cast<int>(kind) < static_cast<int>(EntryKind::kHedge);
}

std::string_view BundledLexicon(Language language) {
  return language == Language::kDutch ? generated::DutchLexicon() : generated::EnglishLexicon();
}

Lexicon::Lexicon(Language language) : language_(language), stemmer_(language) {}

Status Lexicon::ParseLine(std::string_view line, const std::string& where,
                          LexiconEntry& entry) const {
  const std::vector<std::string_view> columns = Split(line, '\t');
  const std::string_view kind_name = Trim(columns[0]);
  auto kind = std::find_if(kKinds.begin(), kKinds.end(),
                           [&](const KindName& k) { return k.name == kind_name; });
  if (kind == kKinds.end()) {
    return Status::Load("unknown kind '" + std::string(kind_name) + "'",
                        "a line is kind<TAB>phrase<TAB>value<TAB>relation<TAB>notes, with the "
                        "kind one of: " +
                            DescribeEntryKinds());
  }
  entry.kind = kind->kind;
  entry.noun = kind_name == "change-noun";
  const std::string_view phrase = columns.size() > 1 ? Trim(columns[1]) : std::string_view();
  if (phrase.empty()) {
    return Status::Load("no phrase after the kind",
                        "a line is kind<TAB>phrase<TAB>value<TAB>relation<TAB>notes");
  }
  entry.value = columns.size() > 2 ? std::string(Trim(columns[2])) : std::string();
  entry.relation = columns.size() > 3 ? std::string(Trim(columns[3])) : std::string();
  entry.where = where;

  // The value column: a sign, a direction, or a word some kinds take.
  std::string_view value = entry.value;
  auto sign_of = [](std::string_view v) -> std::optional<int> {
    if (v == "+") return 1;
    if (v == "-") return -1;
    if (v == "?") return 0;
    return std::nullopt;
  };
  switch (entry.kind) {
    case EntryKind::kVerb:
    case EntryKind::kInfluence:
    case EntryKind::kNoun:
    case EntryKind::kChange: {
      if (entry.kind == EntryKind::kVerb && value.starts_with("<")) {
        entry.reversed = true;
        value.remove_prefix(1);
      }
      // A verb's value may end in words that say what its claim needs (+ to,
      // + from, + harm, + risk, + more, + for, + event, + onto, + nosum,
      // + loss, + nonevent);
      // each sets its flag.
      static constexpr std::pair<std::string_view, bool LexiconEntry::*> kNeeds[] = {
          {" to", &LexiconEntry::infinitive},
          {" from", &LexiconEntry::from_turns},
          {" harm", &LexiconEntry::harm_after},
          {" risk", &LexiconEntry::risk_after},
          {" more", &LexiconEntry::comparative_after},
          {" for", &LexiconEntry::blame},
          {" event", &LexiconEntry::event_subject},
          {" onto", &LexiconEntry::onto},
          {" nosum", &LexiconEntry::no_sum},
          {" loss", &LexiconEntry::loss_object},
          {" nonevent", &LexiconEntry::not_event_subject},
      };
      for (const auto& [suffix, flag] : kNeeds) {
        if (entry.kind != EntryKind::kVerb || !value.ends_with(suffix)) continue;
        entry.*flag = true;
        value = Trim(value.substr(0, value.size() - suffix.size()));
      }
      auto sign = sign_of(value);
      if (!sign || (entry.kind == EntryKind::kChange && *sign == 0)) {
        return Status::Load(
            "the value of " + WithArticle(kind_name) + " is its sign, not '" + entry.value + "'",
            entry.kind == EntryKind::kChange
                ? "write + (it rises) or - (it falls)"
                : std::string("write +, - or ?") +
                      (entry.kind == EntryKind::kVerb
                           ? ", after < when the subject is the effect (<? for depends on), "
                             "followed by to when the claim needs an infinitive after the object "
                             "(+ to), by from when the phrase after from is the effect, its sign "
                             "turned (+ from), by harm when the claim needs a word of harm after "
                             "the object (+ harm: left X stranded), by risk when it needs a "
                             "phrase of harm after the object (+ risk: put X at risk), by for when "
                             "the object is the "
                             "cause and the phrase after for the effect (+ for: blame X for Y), by "
                             "more when the claim needs more or less and a word, or a word of "
                             "state or direction, after the object (+ more: made prices more "
                             "volatile, made recovery harder), by event when the subject must "
                             "name an event (+ event: the blast killed six people), by onto when "
                             "it needs to or on after the object's head (+ onto: adds cost to "
                             "new homes), by nosum when a sum of money as its object is no "
                             "claim (+ nosum: raised 12,000 pounds), by loss when the object "
                             "must name a loss (+ loss: cost 400 jobs, cost £2m in lost trade; "
                             "not cost £5), by nonevent when an event "
                             "as its subject's head is no claim (- nonevent: the storm hit the "
                             "coast)"
                           : ""));
      }
      entry.sign = *sign;
      break;
    }
    case EntryKind::kPolarity:
    case EntryKind::kComparative:
    case EntryKind::kLevel: {
      auto sign = sign_of(value);
      if (!sign || *sign == 0) {
        return Status::Load("the value of " + WithArticle(kind_name) + " is + or -, not '" +
                            entry.value + "'");
      }
      entry.sign = *sign;
      break;
    }
    case EntryKind::kConnective:
      if (value != "cause" && value != "effect" && value != "condition" && value != "motive" &&
          value != "result" && value != "purpose") {
        return Status::Load(
            "the value of a connective is cause, effect, condition, motive, result or purpose, "
            "not '" +
                entry.value + "'",
            "cause: the clause after it is the cause (because); effect: the clause after it is "
            "the effect (therefore); condition: the cause, if it holds (if); motive and result: a "
            "participle whose clause is the cause (demanding) or the effect (killing); purpose: "
            "an infinitive's marker whose clause is the aim (to)");
      }
      entry.cause_after =
          value == "cause" || value == "condition" || value == "motive" || value == "purpose";
      entry.condition = value == "condition";
      entry.participle = value == "motive" || value == "result" || value == "purpose";
      entry.purpose = value == "purpose";
      break;
    case EntryKind::kMarker:
      if (value != "cause") {
        return Status::Load("the value of a marker is cause, not '" + entry.value + "'",
                            "a marker introduces the cause: due to X");
      }
      entry.cause_after = true;
      break;
    case EntryKind::kPreposition:
    case EntryKind::kAuxiliary:
    case EntryKind::kHedge:
    case EntryKind::kNegation:
    case EntryKind::kComplement: {
      const std::string_view allowed = entry.kind == EntryKind::kPreposition  ? "inner"
                                       : entry.kind == EntryKind::kAuxiliary  ? "passive"
                                       : entry.kind == EntryKind::kHedge      ? "adjective"
                                       : entry.kind == EntryKind::kComplement ? "object"
                                                                              : "determiner";
      // A negation may also deny a whole clause after it (ontkent dat).
      const bool clause = entry.kind == EntryKind::kNegation && value == "clause";
      if (!value.empty() && value != allowed && !clause) {
        return Status::Load("the value of " + WithArticle(kind_name) + " is empty or " +
                            std::string(allowed) +
                            (entry.kind == EntryKind::kNegation ? " or clause" : "") + ", not '" +
                            entry.value + "'");
      }
      break;
    }
    case EntryKind::kState:
      // made recovery harder: what make's predicate does to its object.
      if (!value.empty() && value != "+" && value != "-") {
        return Status::Load("the value of a state is empty, + or -, not '" + entry.value + "'",
                            "-: make's object falls in it (made recovery harder); empty or +: "
                            "it rises or is put in that state (made travel safer, left X open)");
      }
      entry.sign = value == "-" ? -1 : 1;
      break;
    case EntryKind::kDenial:
      if (!value.empty() && value != "negated") {
        return Status::Load("the value of a denial is empty or negated, not '" + entry.value + "'",
                            "empty: the phrase denies the clause after it (denies that); "
                            "negated: only after a negation (no evidence that)");
      }
      entry.negated = value == "negated";
      break;
    default:
      if (!value.empty()) {
        return Status::Load(WithArticle(kind_name) + " takes no value, not '" + entry.value + "'");
      }
  }

  bool cause_slot = false, effect_slot = false;
  for (std::string_view text : Split(phrase, ' ')) {
    if (text.empty()) continue;
    LexiconWord word;
    if (entry.kind == EntryKind::kNoun && (text == "X" || text == "Y")) {
      word.slot = text == "X" ? LexiconWord::Slot::kCause : LexiconWord::Slot::kEffect;
      (text == "X" ? cause_slot : effect_slot) = true;
      entry.words.push_back(std::move(word));
      continue;
    }
    std::string folded = FoldCase(text);
    // =sever/severs/severed/severing: these forms only, no stem (whose
    // stem would take in several)
    const bool exact = folded.starts_with('=');
    if (exact) folded.erase(0, 1);
    std::vector<std::string_view> alternatives = Split(folded, '/');
    std::string_view base = alternatives.front();
    std::string particle;
    if (const std::size_t bar = base.find('|'); bar != std::string_view::npos) {
      particle = std::string(base.substr(0, bar));
      base = base.substr(bar + 1);
      if (particle.empty() || base.empty()) {
        return Status::Load("'" + std::string(text) + "': | separates a particle from its verb",
                            "write the particle, |, then the verb: toe|nemen");
      }
    }
    std::vector<std::string> extra;
    for (std::size_t i = 1; i < alternatives.size(); ++i) {
      if (alternatives[i].empty()) {
        return Status::Load("'" + std::string(text) + "' has an empty form between its /");
      }
      extra.emplace_back(alternatives[i]);
    }
    if (base.empty()) return Status::Load("'" + std::string(text) + "' has an empty form");
    word.particle = particle;
    if (language_ == Language::kDutch && IsDutchVerbKind(entry.kind) && !entry.noun && !exact &&
        base.ends_with("en")) {
      DutchVerbForms forms = InflectDutchVerb(base, particle, extra);
      word.forms = std::move(forms.forms);
      word.split_forms = std::move(forms.finite);
    } else {
      const bool stems = Inflects(entry.kind) && !exact &&
                         !(language_ == Language::kDutch && entry.kind == EntryKind::kLight);
      AddUnique(word.forms, particle + std::string(base));
      if (!particle.empty()) AddUnique(word.split_forms, std::string(base));
      if (stems && particle.empty()) AddUnique(word.stems, stemmer_.Stem(base));
      for (const std::string& form : extra) {
        AddUnique(word.forms, particle + form);
        if (!particle.empty()) AddUnique(word.split_forms, form);
        if (stems && particle.empty()) AddUnique(word.stems, stemmer_.Stem(form));
      }
    }
    entry.words.push_back(std::move(word));
  }
  if (entry.words.empty()) return Status::Load("no phrase after the kind");
  if (IsWordListKind(entry.kind) && entry.words.size() > 1) {
    return Status::Load(WithArticle(kind_name) + " entry is one word (its forms: a/b/c)",
                        "for a phrase (gun battle) write its head word (battle)");
  }
  if (entry.kind == EntryKind::kNoun) {
    // (cause of Y is X: the effect may come first, a copula between)
    const bool shape = entry.words.size() == 5 && entry.words[0].slot == LexiconWord::Slot::kNone &&
                       entry.words[1].slot == LexiconWord::Slot::kNone &&
                       entry.words[2].slot != LexiconWord::Slot::kNone &&
                       entry.words[3].slot == LexiconWord::Slot::kNone &&
                       entry.words[4].slot != LexiconWord::Slot::kNone;
    if (!cause_slot || !effect_slot || !shape) {
      return Status::Load(
          "a noun pattern is: noun, preposition, X, preposition, Y (or noun, "
          "preposition, Y, a word, X)",
          "for example: effect of X on Y, cause of Y is X");
    }
  }
  if (entry.words.front().slot != LexiconWord::Slot::kNone) {
    return Status::Load("a phrase starts with a word");
  }
  return Status::Ok();
}

Status Lexicon::Add(std::string_view text, const std::string& name) {
  std::vector<LexiconEntry> added;
  std::size_t line_number = 0;
  std::size_t from = 0;
  while (from < text.size()) {
    std::size_t end = text.find('\n', from);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(from, end - from);
    from = end + 1;
    ++line_number;
    if (line_number == 1 && line.starts_with("\xEF\xBB\xBF")) line.remove_prefix(3);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (Trim(line).empty() || Trim(line).front() == '#') continue;
    LexiconEntry entry;
    Status s = ParseLine(line, name + ", line " + std::to_string(line_number), entry);
    if (!s.ok()) return std::move(s).InFile(name, line_number);
    added.push_back(std::move(entry));
  }
  for (LexiconEntry& entry : added) {
    entries_.push_back(std::move(entry));
    Index(static_cast<std::uint32_t>(entries_.size() - 1));
  }
  return Status::Ok();
}

void Lexicon::Index(std::uint32_t id) {
  const LexiconEntry& entry = entries_[id];
  const LexiconWord& first = entry.words.front();
  for (std::size_t f = 1; f < first.forms.size(); ++f) {
    if (first.forms[f] != first.forms.front()) later_forms_.insert(first.forms[f]);
  }
  if (IsCueKind(entry.kind)) {
    for (const std::string& form : first.forms) cues_by_form_[form].push_back(id);
    for (const std::string& form : first.split_forms) cues_by_form_[form].push_back(id);
    for (const std::string& stem : first.stems) cues_by_stem_[stem].push_back(id);
    return;
  }
  if (IsWordListKind(entry.kind)) {
    for (const std::string& form : first.forms) {
      word_kinds_[form] |= KindBit(entry.kind);
      if (entry.kind == EntryKind::kState && entry.sign < 0) lowering_states_.insert(form);
    }
    return;
  }
  const std::uint32_t bits = ClassBits(entry);
  if (entry.kind == EntryKind::kDenial || entry.kind == EntryKind::kQuestion) {
    for (const std::string& form : first.forms) frames_by_form_[form].push_back(id);
    // Only a class the rules read marks a word; the rest would count as a
    // function word when the language of a sentence is told.
    if (bits == 0) return;
    for (const std::string& form : first.forms) classes_[form] |= bits;
    for (const std::string& form : first.split_forms) classes_[form] |= bits;
    return;
  }
  if (entry.words.size() > 1) {
    phrase_entries_.push_back(id);
    return;
  }
  for (const std::string& form : first.forms) classes_[form] |= bits;
  for (const std::string& form : first.split_forms) classes_[form] |= bits;
}

std::uint32_t Lexicon::ClassesOf(const std::string& fold) const {
  auto it = classes_.find(fold);
  return it == classes_.end() ? 0u : it->second;
}

void Lexicon::MarkPhrases(std::vector<Token>& tokens) const {
  for (std::uint32_t id : phrase_entries_) {
    const LexiconEntry& entry = entries_[id];
    const std::uint32_t bits = ClassBits(entry);
    const std::size_t n = entry.words.size();
    for (std::size_t i = 0; i + n <= tokens.size(); ++i) {
      bool all = true;
      for (std::size_t k = 0; k < n && all; ++k) {
        all = Contains(entry.words[k].forms, tokens[i + k].fold);
      }
      if (!all) continue;
      // Dutch: de inflatie van de afgelopen jaren: after a preposition a
      // phrase of time is its object, a noun phrase, not an adverb.
      if (language_ == Language::kDutch && n >= 2 && (bits & kAdverb) != 0 && i > 0 &&
          tokens[i - 1].word && (tokens[i - 1].classes & kPreposition) != 0) {
        continue;
      }
      // told them to leave: before an infinitive a phrase that reports
      // (told them the plan had failed) gives an order instead.
      if ((bits & kReporting) != 0 && i + n < tokens.size() && tokens[i + n].fold == "to") {
        continue;
      }
      for (std::size_t k = 0; k < n; ++k) tokens[i + k].classes |= bits;
    }
  }
}

const std::vector<std::uint32_t>* Lexicon::FramesStartingAt(const std::string& fold) const {
  auto it = frames_by_form_.find(fold);
  return it == frames_by_form_.end() ? nullptr : &it->second;
}

void Lexicon::CuesStartingAt(const Token& token, std::vector<std::uint32_t>& out) const {
  if (!token.word) return;
  if (auto it = cues_by_form_.find(token.fold); it != cues_by_form_.end()) {
    out.insert(out.end(), it->second.begin(), it->second.end());
  }
  if (auto it = cues_by_stem_.find(token.stem); it != cues_by_stem_.end()) {
    out.insert(out.end(), it->second.begin(), it->second.end());
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
}

namespace {

// restrictions, improvements: a noun derived from the verb shares its stem,
// but no verb form ends so (unless the verb's own forms do: to question).
// So does an adjective in -ive (effective treatments, restrictive rules).
bool DerivedNoun(const LexiconWord& word, std::string_view fold) {
  for (std::string_view suffix : {"ion", "ions", "ment", "ments", "ful", "less", "ive", "ively"}) {
    if (!fold.ends_with(suffix)) continue;
    const std::string_view root =
        suffix.substr(0, suffix.back() == 's' ? suffix.size() - 1 : suffix.size());
    for (const std::string& form : word.forms) {
      if (std::string_view(form).find(root) != std::string_view::npos) return false;
    }
    return true;
  }
  return false;
}

}  // namespace

WordMatch Lexicon::Matches(const LexiconWord& word, const Token& token) {
  if (!token.word) return WordMatch::kNo;
  if (Contains(word.forms, token.fold)) return WordMatch::kYes;
  if (!token.stem.empty() && Contains(word.stems, token.stem) && !DerivedNoun(word, token.fold)) {
    return WordMatch::kYes;
  }
  if (Contains(word.split_forms, token.fold)) return WordMatch::kNeedsParticle;
  return WordMatch::kNo;
}

}  // namespace causalkg::kb::extract
