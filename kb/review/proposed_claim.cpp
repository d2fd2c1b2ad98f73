#include "kb/review/proposed_claim.hpp"

#include <array>
#include <utility>

namespace causalkg::kb {

namespace {

// Each built-in causal relation and the one of the other sign a flip makes
// of it. Pairs that read as opposites flip back to each other; the rest
// (amplifies, erodes, ...) flip to the plainest word of the other sign.
constexpr std::array<std::pair<std::string_view, std::string_view>, 12> kOpposites = {{
    {"increases", "decreases"},
    {"decreases", "increases"},
    {"strengthens", "weakens"},
    {"weakens", "strengthens"},
    {"causes", "prevents"},
    {"prevents", "causes"},
    {"promotes", "undermines"},
    {"undermines", "promotes"},
    {"amplifies", "weakens"},
    {"enables", "prevents"},
    {"erodes", "strengthens"},
    {"reduces", "increases"},
}};

}  // namespace

std::string FlippedRelation(std::string_view relation, char sign) {
  for (const auto& [from, to] : kOpposites) {
    if (from == relation) return std::string(to);
  }
  return sign == '+' ? "decreases" : "increases";
}

ProposedClaim ProposedClaim::Of(const Candidate& c) {
  ProposedClaim claim;
  claim.subject = {c.subject, c.cause, false};
  claim.object = {c.object, c.effect, false};
  claim.relation = c.relation;
  claim.sign = c.sign;
  return claim;
}

void ProposedClaim::Apply(const Decision& edit, const Candidate& candidate) {
  switch (edit.action) {
    case Action::kFlip:
      if (sign == '?') return;
      // Flipped twice, a claim is as proposed again, whatever the table says
      // of the relation flipped once.
      flipped = !flipped;
      relation = flipped ? FlippedRelation(candidate.relation, candidate.sign) : candidate.relation;
      sign = sign == '+' ? '-' : '+';
      return;
    case Action::kReverse:
      std::swap(subject, object);
      reversed = !reversed;
      return;
    case Action::kRename: {
      ProposedEnd& end = edit.end == ClaimEnd::kSubject ? subject : object;
      end.id = edit.node;
      end.renamed = true;
      return;
    }
    default:
      return;
  }
}

}  // namespace causalkg::kb
