#include "cli/shell/candidate_view.hpp"

#include <algorithm>
#include <sstream>
#include <vector>

#include "engine/common/visible_text.hpp"

namespace causalkg::cli {

namespace {

constexpr std::size_t kWholeQuote = 600;  // bytes shown without cutting
constexpr std::size_t kAround = 150;      // bytes kept each side of the phrases when cut
constexpr const char* kCauseColour = "\x1b[1;33m";
constexpr const char* kEffectColour = "\x1b[1;36m";
constexpr const char* kReset = "\x1b[0m";

bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// A part of the quote on one line: breaks and tabs as blanks, other
// control characters as escapes.
std::string Flat(std::string_view text) {
  std::string flat(text);
  std::replace_if(
      flat.begin(), flat.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
  return Visible(flat);
}

struct Mark {
  kb::QuoteSpan span;
  const char* label;  // "cause", "effect"
  const char* open;
  const char* close;
  const char* colour;
};

}  // namespace

std::string CandidateHeading(const kb::Candidate& c, std::size_t total,
                             const kb::CandidateState& state) {
  std::ostringstream out;
  out << "candidate " << c.number << " of " << total;
  out << "  rule " << (c.rule.empty() ? "(none)" : Visible(c.rule));
  if (c.confidence) out << "  confidence " << *c.confidence;
  if (!c.modality.empty()) out << "  modality " << Visible(c.modality);
  if (c.negated) out << "  negated";
  if (state.verdict == kb::Verdict::kSkipped) out << "  (skipped before)";
  return out.str();
}

std::string MarkedQuote(const kb::Candidate& c, bool colour) {
  const std::string& quote = c.quote;
  std::vector<Mark> marks;
  if (c.cause_span) marks.push_back({*c.cause_span, "cause", "[", "]", kCauseColour});
  if (c.effect_span) marks.push_back({*c.effect_span, "effect", "{", "}", kEffectColour});
  std::sort(marks.begin(), marks.end(),
            [](const Mark& a, const Mark& b) { return a.span.begin < b.span.begin; });
  // Spans that overlap cannot both be marked: the first is.
  if (marks.size() == 2 && marks[1].span.begin < marks[0].span.end) marks.pop_back();

  std::size_t from = 0, to = quote.size();
  if (quote.size() > kWholeQuote) {
    if (marks.empty()) {
      to = kWholeQuote;
    } else {
      from = marks.front().span.begin > kAround ? marks.front().span.begin - kAround : 0;
      to = std::min(quote.size(), marks.back().span.end + kAround);
    }
    while (from > 0 && from < quote.size() && IsContinuationByte(quote[from])) --from;
    while (to < quote.size() && IsContinuationByte(quote[to])) ++to;
  }
  std::string out = from > 0 ? "..." : "";
  std::size_t at = from;
  for (const Mark& mark : marks) {
    out += Flat(std::string_view(quote).substr(at, mark.span.begin - at));
    if (colour) out += mark.colour;
    out += std::string(mark.open) + mark.label + ": " +
           Flat(std::string_view(quote).substr(mark.span.begin, mark.span.end - mark.span.begin)) +
           mark.close;
    if (colour) out += kReset;
    at = mark.span.end;
  }
  out += Flat(std::string_view(quote).substr(at, to - at));
  if (to < quote.size()) out += "...";
  return out;
}

std::string ClaimLine(const kb::ProposedClaim& claim, const Store& store) {
  auto known = [&](const std::string& id) {
    auto found = store.FindTerm(id);
    return found.ok() && found->has_value();
  };
  auto where = [&](const kb::ProposedEnd& end) {
    if (end.renamed) return std::string("renamed");
    return std::string(known(end.id) ? "in the database" : "new");
  };
  const std::string subject = where(claim.subject), object = where(claim.object);
  std::string line =
      Visible(claim.subject.id) + " -[" + Visible(claim.relation) + " " + claim.sign + "]-> " +
      Visible(claim.object.id) + "  (" +
      (subject == object ? "both " + subject : "subject " + subject + ", object " + object) + ")";
  std::vector<std::string> edits;
  if (claim.flipped) edits.push_back("sign flipped");
  if (claim.reversed) edits.push_back("reversed");
  if (!edits.empty()) {
    line += "  edited:";
    for (std::size_t i = 0; i < edits.size(); ++i) line += (i ? ", " : " ") + edits[i];
  }
  return line;
}

}  // namespace causalkg::cli
