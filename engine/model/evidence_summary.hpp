// What the evidence of one step of an answer comes to: how many pieces,
// from which sources, how firmly put, and the belief they give the claim
// (engine/model/belief.hpp). Answers carry it beside each step so that an
// analyst can weigh a chain without asking WHY of every link, and diagrams
// draw each link by it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace causalkg {

struct EvidenceSummary {
  std::uint32_t pieces = 0;          // every piece, supporting or refuting
  std::uint32_t refuting = 0;        // of them, those that refute the claim
  std::vector<std::string> sources;  // the sources named, sorted, each once
  // The strongest modality of the supporting pieces: "" when one of them
  // asserts outright (no modality, or one that is no hedge), else the
  // hedge that weighs most ("can", "may", "kan", ...).
  std::string modality;
  std::optional<double> confidence;  // the highest any piece gives
  double belief = 0;                 // the claim's belief from all its pieces
  // Whether every supporting piece hedges: a claim that rests on "can".
  bool Hedged() const { return !modality.empty(); }
  friend bool operator==(const EvidenceSummary&, const EvidenceSummary&) = default;
};

}  // namespace causalkg
