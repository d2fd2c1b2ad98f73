#include "kb/review/decision.hpp"

#include <array>
#include <ctime>

namespace causalkg::kb {

namespace {

constexpr std::array<std::pair<Action, const char*>, 8> kActions = {{
    {Action::kAccept, "accept"},
    {Action::kReject, "reject"},
    {Action::kFlip, "flip"},
    {Action::kReverse, "reverse"},
    {Action::kRename, "rename"},
    {Action::kSkip, "skip"},
    {Action::kUndo, "undo"},
    {Action::kLoad, "load"},
}};

constexpr std::array<std::pair<Reason, const char*>, 6> kReasons = {{
    {Reason::kNotCausal, "not-causal"},
    {Reason::kWrongSign, "wrong-sign"},
    {Reason::kWrongDirection, "wrong-direction"},
    {Reason::kWrongSpan, "wrong-span"},
    {Reason::kHypothetical, "hypothetical"},
    {Reason::kNegated, "negated"},
}};

constexpr std::array<Reason, 5> kReviewerReasons = {Reason::kNotCausal, Reason::kWrongSign,
                                                    Reason::kWrongDirection, Reason::kWrongSpan,
                                                    Reason::kHypothetical};

}  // namespace

const char* ActionName(Action action) {
  for (const auto& [a, name] : kActions) {
    if (a == action) return name;
  }
  return "?";
}

std::optional<Action> ActionNamed(std::string_view name) {
  for (const auto& [a, text] : kActions) {
    if (name == text) return a;
  }
  return std::nullopt;
}

const char* ReasonName(Reason reason) {
  for (const auto& [r, name] : kReasons) {
    if (r == reason) return name;
  }
  return "";
}

std::optional<Reason> ReasonNamed(std::string_view name) {
  for (const auto& [r, text] : kReasons) {
    if (name == text) return r;
  }
  return std::nullopt;
}

std::span<const Reason> ReviewerReasons() { return kReviewerReasons; }

const char* EndName(ClaimEnd end) { return end == ClaimEnd::kSubject ? "subject" : "object"; }

std::string TimeNow() {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  ::gmtime_r(&now, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

}  // namespace causalkg::kb
