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
// ontstond) and have no ge- in the participle.
constexpr std::array<std::string_view, 9> kPrefixes = {"be", "ver",   "ont",  "her", "er",
                                                       "ge", "onder", "over", "mis"};

std::string_view Field(std::string_view& line) {
  const size_t tab = line.find('\t');
  const std::string_view field = line.substr(0, tab);
  line = tab == std::string_view::npos ? std::string_view() : line.substr(tab + 1);
  return field;
}

// The present stem of an infinitive in -en (nemen: neem, blijven: blijf,
// vallen: val, gaan: ga): what the third person adds -t to.
std::string PresentStem(std::string_view infinitive) {
  if (infinitive.size() <= 3 || !infinitive.ends_with("en")) {
    return std::string(infinitive.substr(0, infinitive.size() - 1));  // gaan: ga, zien: zie
  }
  std::string stem(infinitive.substr(0, infinitive.size() - 2));
  const size_t n = stem.size();
  auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
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
    const std::string third = stem.ends_with('t') ? stem : stem + "t";  // houdt, but laat
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
