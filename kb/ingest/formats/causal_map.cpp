#include "kb/ingest/formats/causal_map.hpp"

#include <array>

#include "engine/common/text_fold.hpp"
#include "engine/storage/field_rules.hpp"

namespace causalkg::kb::maps {

const char* SignText(LinkSign sign) {
  switch (sign) {
    case LinkSign::kPositive:
      return "+";
    case LinkSign::kNegative:
      return "-";
    case LinkSign::kNone:
      return "";
    case LinkSign::kUnknown:
      break;
  }
  return "?";
}

std::string_view RelationOfSign(LinkSign sign) {
  switch (sign) {
    case LinkSign::kPositive:
      return kIncreases;
    case LinkSign::kNegative:
      return kDecreases;
    case LinkSign::kUnknown:
    case LinkSign::kNone:
      break;
  }
  return kInfluences;
}

std::string IdFromText(std::string_view text) {
  const std::string folded = FoldCase(text);
  std::string id;
  bool gap = false;
  for (const char c : folded) {
    const auto byte = static_cast<unsigned char>(c);
    const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || byte >= 0x80;
    if (!keep) {
      gap = true;
      continue;
    }
    if (gap && !id.empty()) id += '_';
    gap = false;
    id += c;
  }
  return id.empty() ? "node" : id;
}

bool NodeIds::Taken(std::string_view id) const { return taken_.count(std::string(id)) > 0; }

std::string NodeIds::Claim(std::string_view preferred) {
  std::string id(preferred);
  auto [it, fresh] = taken_.emplace(id, 1);
  if (fresh) return id;
  // "a" taken: try a_2, a_3, ... from where the last try for "a" stopped.
  while (true) {
    std::string numbered = id + "_" + std::to_string(++it->second);
    if (taken_.emplace(numbered, 1).second) return numbered;
  }
}

std::string NodeIds::FromLabel(std::string_view label) { return Claim(IdFromText(label)); }

std::optional<LinkSign> SignOfMarker(std::string_view text) {
  struct Marker {
    std::string_view text;
    LinkSign sign;
  };
  // Kumu's systems templates write + - ++ -- +- -+ and same/opposite; the
  // causal loop template "adds to / same direction"; s/o is the textbook
  // notation of causal loop diagrams. "--" is "as one decreases, the other
  // decreases too": a positive link.
  static constexpr std::array<Marker, 26> kMarkers = {{
      {"+", LinkSign::kPositive},
      {"++", LinkSign::kPositive},
      {"--", LinkSign::kPositive},
      {"s", LinkSign::kPositive},
      {"same", LinkSign::kPositive},
      {"same direction", LinkSign::kPositive},
      {"adds to", LinkSign::kPositive},
      {"adds to / same direction", LinkSign::kPositive},
      {"positive", LinkSign::kPositive},
      {"-", LinkSign::kNegative},
      {"+-", LinkSign::kNegative},
      {"-+", LinkSign::kNegative},
      {"\xE2\x88\x92", LinkSign::kNegative},  // U+2212 minus sign
      {"\xE2\x80\x93", LinkSign::kNegative},  // U+2013 en dash
      {"o", LinkSign::kNegative},
      {"opposite", LinkSign::kNegative},
      {"opposite direction", LinkSign::kNegative},
      {"subtracts from", LinkSign::kNegative},
      {"subtracts from / opposite direction", LinkSign::kNegative},
      {"negative", LinkSign::kNegative},
      {"?", LinkSign::kUnknown},
      {"+/-", LinkSign::kUnknown},
      {"-/+", LinkSign::kUnknown},
      {"\xC2\xB1", LinkSign::kUnknown},  // U+00B1 plus-minus sign
      {"unknown", LinkSign::kUnknown},
      {"unspecified", LinkSign::kUnknown},
  }};
  const std::string folded = FoldCase(text);
  for (const Marker& marker : kMarkers) {
    if (marker.text == folded) return marker.sign;
  }
  return std::nullopt;
}

std::string Count(std::size_t n, std::string_view singular, std::string_view plural) {
  return std::to_string(n) + " " + std::string(n == 1 ? singular : plural);
}

std::string SomeNames(const std::vector<std::string>& names, std::size_t shown) {
  std::string out;
  for (std::size_t i = 0; i < names.size() && i < shown; ++i) {
    if (i > 0) out += ", ";
    out += fields::Excerpt(names[i]);
  }
  if (names.size() > shown) out += " and " + std::to_string(names.size() - shown) + " more";
  return out;
}

}  // namespace causalkg::kb::maps
