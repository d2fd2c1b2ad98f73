#include "cli/render/evidence_text.hpp"

#include <charconv>
#include <sstream>

#include "engine/common/visible_text.hpp"

namespace causalkg::cli {

namespace {

// The shortest text that reads back as the same double: 0.1, 1234567.
std::string Number(double value) {
  char text[32];
  const auto [end, error] = std::to_chars(text, text + sizeof text, value);
  return error == std::errc() ? std::string(text, end) : std::string("?");
}

// A name or text of an attribute: bare when it reads as one word, else quoted.
std::string Word(const std::string& text) {
  const bool bare = !text.empty() && text.find_first_of(" \t\r\n='") == std::string::npos;
  return bare ? Visible(text) : "'" + Visible(text) + "'";
}

// How a piece came: "stated", "imported from vensim", "inferred by vensim".
std::string HowItCame(const Evidence& e) {
  const std::string tool = Visible(e.tool);
  switch (e.origin) {
    case EvidenceOrigin::kUnspecified:
      return tool.empty() ? "" : "from " + tool;
    case EvidenceOrigin::kImported:
      return tool.empty() ? "imported" : "imported from " + tool;
    case EvidenceOrigin::kStated:
    case EvidenceOrigin::kExtracted:
    case EvidenceOrigin::kInferred:
      break;
  }
  const std::string origin = OriginText(e.origin);
  return tool.empty() ? origin : origin + " by " + tool;
}

}  // namespace

std::string EvidenceAbout(const Evidence& e) {
  std::string out = e.stance == Stance::kRefutes ? "refutes: " : "";
  out += e.source.empty() ? "unknown source" : Visible(e.source);
  if (!e.modality.empty()) out += ", " + Visible(e.modality);
  if (e.confidence) {
    std::ostringstream c;
    c << *e.confidence;
    out += ", confidence " + c.str();
  }
  if (std::string how = HowItCame(e); !how.empty()) out += ", " + how;
  return out;
}

std::string EvidenceWhere(const Evidence& e) {
  std::string where;
  auto add = [&where](const std::string& part) {
    if (!where.empty()) where += ' ';
    where += part;
  };
  const Locator& at = e.locator;
  if (!at.section.empty()) add("§" + Visible(at.section));
  if (!at.page.empty()) add("p." + Visible(at.page));
  if (at.start || at.end) {
    add("@" + (at.start ? std::to_string(*at.start) : std::string()) + "-" +
        (at.end ? std::to_string(*at.end) : std::string()));
  }
  if (!at.url.empty()) add(Visible(at.url));
  std::string attributes;
  for (const auto& [name, value] : e.attributes) {
    if (!attributes.empty()) attributes += ' ';
    const double* number = std::get_if<double>(&value);
    attributes +=
        Word(name) + "=" + (number ? Number(*number) : Word(std::get<std::string>(value)));
  }
  if (where.empty()) return attributes;
  return attributes.empty() ? where : where + "  " + attributes;
}

}  // namespace causalkg::cli
