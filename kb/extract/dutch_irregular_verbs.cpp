#include "kb/extract/dutch_irregular_verbs.hpp"

#include <array>
#include <string>
#include <unordered_set>

namespace causalkg::kb::extract {

namespace generated {
std::string_view DutchIrregularVerbs();
}  // namespace generated

namespace {

// Inseparable prefixes: their verbs keep the base verb's past (ontstaan:
// ontstond). Not ge-: ge + a past plural is a participle (gestegen, gebleven).
constexpr std::array<std::string_view, 8> kPrefixes = {"be", "ver",   "ont",  "her",
                                                       "er", "onder", "over", "mis"};

std::string_view Field(std::string_view& line) {
  const size_t tab = line.find('\t');
  const std::string_view field = line.substr(0, tab);
  line = tab == std::string_view::npos ? std::string_view() : line.substr(tab + 1);
  return field;
}

// The present stem of an infinitive in -en (nemen: neem, blijven: blijf,
// vallen: val, gaan: ga): what the third person adds -t to.
std::string PresentStem(std::string_view infinitive) {
  auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
  if (infinitive.ends_with("aan")) {
    return std::string(infinitive.substr(0, infinitive.size() - 2));  // gaan: ga
  }
  if (infinitive.size() < 4 || !infinitive.ends_with("en") ||
      vowel(infinitive[infinitive.size() - 3])) {
    return std::string(infinitive.substr(0, infinitive.size() - 1));  // zien: zie, doen: doe
  }
  std::string stem(infinitive.substr(0, infinitive.size() - 2));
  const size_t n = stem.size();
  if (n >= 2 && stem[n - 1] == stem[n - 2] && !vowel(stem[n - 1])) {
    stem.pop_back();  // vallen: val
  } else if (n >= 2 && !vowel(stem[n - 1]) && vowel(stem[n - 2]) &&
             (n < 3 || !vowel(stem[n - 3]))) {
    stem.insert(n - 1, 1, stem[n - 2]);  // nemen: neem (an open syllable's long vowel)
  }
  if (stem.ends_with('v')) stem.back() = 'f';  // blijven: blijf
  if (stem.ends_with('z')) stem.back() = 's';  // kiezen: kies
  return stem;
}

std::unordered_set<std::string> ReadForms() {
  std::unordered_set<std::string> forms;
  std::string_view text = generated::DutchIrregularVerbs();
  while (!text.empty()) {
    const size_t eol = text.find('\n');
    std::string_view line = text.substr(0, eol);
    text = eol == std::string_view::npos ? std::string_view() : text.substr(eol + 1);
    if (line.empty() || line.front() == '#') continue;
    const std::string_view infinitive = Field(line);
    const std::string_view past_singular = Field(line);
    const std::string_view past_plural = Field(line);
    const std::string stem = PresentStem(infinitive);
    // houdt, but laat; gaan: ga, gaat
    const std::string third = infinitive.ends_with("aan")
                                  ? std::string(infinitive.substr(0, infinitive.size() - 1)) + "t"
                              : stem.ends_with('t') ? stem
                                                    : stem + "t";
    for (std::string form : {std::string(infinitive), std::string(past_singular),
                             std::string(past_plural), stem, third}) {
      if (form.empty() || form == "-") continue;
      for (std::string_view prefix : kPrefixes) forms.insert(std::string(prefix) + form);
      forms.insert(std::move(form));
    }
  }
  return forms;
}

}  // namespace

bool DutchIrregularFinite(std::string_view fold) {
  // Read once: the file is embedded in the binary and never changes at run time.
  static const std::unordered_set<std::string> kForms = ReadForms();
  return kForms.contains(std::string(fold));
}

}  // namespace causalkg::kb::extract
