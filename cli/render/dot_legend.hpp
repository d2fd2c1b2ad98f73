// A diagram's legend: a sample of each kind of thing the diagram draws,
// drawn as the diagram draws it, with what it means. Only what is drawn is
// explained; the key to evidence strength whenever an edge's evidence was
// looked at.
#pragma once

#include <functional>
#include <set>
#include <string>

#include "cli/render/dot_words.hpp"
#include "engine/model/model.hpp"

namespace causalkg::cli {

struct LegendKeys {
  std::set<Polarity> links;  // the kinds of causal link drawn: + - ?
  bool actions = false;      // a policy's edge to what it acts on
  bool remarks = false;      // a relation without a sign, not an action
  bool levers = false;
  bool recommendations = false;
  bool blindspots = false;
  std::set<char> loops;   // the loop marks drawn: R B U
  bool evidence = false;  // an edge drawn by its evidence
  bool hedged = false;    // an edge dashed for resting only on hedged claims
  bool notes = false;     // WHY's notes of evidence
  bool empty() const {
    return links.empty() && !actions && !remarks && !levers && !recommendations && !blindspots &&
           loops.empty() && !evidence && !notes;
  }
};

// The legend as a DOT cluster ("" when there is nothing to explain);
// `unique_id` gives each of its nodes an id, quoted, no other node has.
std::string Legend(const LegendKeys& keys, const DotWords& words,
                   const std::function<std::string(const std::string&)>& unique_id);

}  // namespace causalkg::cli
