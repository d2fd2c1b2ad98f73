#include "kb/extract/dutch_verb_forms.hpp"

#include <algorithm>
#include <array>

namespace causalkg::kb::extract {

namespace {

bool IsVowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

bool EndsWith(std::string_view text, std::string_view end) {
  return text.size() >= end.size() && text.substr(text.size() - end.size()) == end;
}

// Whether the past takes -te rather than -de: the stem ends in a voiceless
// consonant ('t kofschip).
bool Voiceless(std::string_view stem) {
  if (EndsWith(stem, "ch")) return true;
  if (stem.empty()) return false;
  const char last = stem.back();
  return last == 't' || last == 'k' || last == 'f' || last == 's' || last == 'p' || last == 'x';
}

// Verbs with an unstressed prefix take no ge- in the participle
// (vergroot, bevorderd, ondermijnd).
bool HasUnstressedPrefix(std::string_view verb) {
  static constexpr std::array<std::string_view, 7> kPrefixes = {"be",  "ge", "her",  "ont",
                                                                "ver", "er", "onder"};
  for (std::string_view prefix : kPrefixes) {
    if (verb.size() > prefix.size() + 3 && verb.substr(0, prefix.size()) == prefix) return true;
  }
  return false;
}

// The stems the spelling rules allow: one, or two where spelling cannot say
// whether a final syllable is stressed (verminderen: verminder;
// stimuleren: stimuleer).
std::vector<std::string> Stems(std::string_view root) {
  std::vector<std::string> out;
  if (root.size() < 2) return {std::string(root)};
  const std::string r(root);
  const char last = r.back();
  const char before = r[r.size() - 2];
  if (EndsWith(r, "er") || EndsWith(r, "el") || EndsWith(r, "en")) {
    out.push_back(r);
    out.push_back(r.substr(0, r.size() - 1) + "e" + r.substr(r.size() - 1));
  } else if (!IsVowel(last) && last == before) {
    out.push_back(r.substr(0, r.size() - 1));
  } else if (!IsVowel(last) && last != 'w' && last != 'j' &&
             (before == 'a' || before == 'e' || before == 'o' || before == 'u') &&
             (r.size() < 3 || !IsVowel(r[r.size() - 3]))) {
    out.push_back(r.substr(0, r.size() - 1) + before + last);
  } else {
    out.push_back(r);
  }
  for (std::string& stem : out) {
    if (stem.back() == 'v') stem.back() = 'f';
    if (stem.back() == 'z') stem.back() = 's';
  }
  return out;
}

void AddUnique(std::vector<std::string>& list, std::string value) {
  if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(std::move(value));
}

}  // namespace

DutchVerbForms InflectDutchVerb(std::string_view infinitive, std::string_view particle,
                                const std::vector<std::string>& extra) {
  DutchVerbForms out;
  std::vector<std::string> own;     // forms of the verb without its particle
  std::vector<std::string> finite;  // of these, the finite ones
  std::vector<std::string> participles;
  AddUnique(own, std::string(infinitive));
  if (EndsWith(infinitive, "en") && infinitive.size() > 3) {
    const std::string_view root = infinitive.substr(0, infinitive.size() - 2);
    const std::string past = Voiceless(root) ? "te" : "de";
    const std::string participle_end = Voiceless(root) ? "t" : "d";
    // The bare stem (ik groei) is left out where it is not also the third
    // person (vergroot): in news and reports it is far more often a noun
    // (de groei, de daal).
    AddUnique(finite, std::string(infinitive));
    for (const std::string& stem : Stems(root)) {
      if (EndsWith(stem, "t") || EndsWith(stem, "d")) AddUnique(finite, stem);
      if (!EndsWith(stem, "t")) AddUnique(finite, stem + "t");
      AddUnique(finite, stem + past);
      AddUnique(finite, stem + past + "n");
      const bool ends_dental = EndsWith(stem, "t") || EndsWith(stem, "d");
      const std::string participle = stem + (ends_dental ? "" : participle_end);
      AddUnique(participles, participle);
    }
    AddUnique(own, std::string(infinitive) + "d");
    AddUnique(own, std::string(infinitive) + "de");
  }
  for (const std::string& form : extra) AddUnique(finite, form);
  for (const std::string& form : finite) AddUnique(own, form);

  if (particle.empty()) {
    out.forms = own;
    for (const std::string& participle : participles) {
      const std::string with_ge = HasUnstressedPrefix(infinitive) ? participle : "ge" + participle;
      AddUnique(out.forms, with_ge);
      AddUnique(out.forms, with_ge + "e");
    }
    return out;
  }
  const std::string p(particle);
  for (const std::string& form : own) AddUnique(out.forms, p + form);
  for (const std::string& participle : participles) {
    const std::string with_ge =
        p + (HasUnstressedPrefix(infinitive) ? participle : "ge" + participle);
    AddUnique(out.forms, with_ge);
    AddUnique(out.forms, with_ge + "e");
  }
  out.finite = finite;
  return out;
}

}  // namespace causalkg::kb::extract
