// The words a diagram says of itself (its title, its legend, its
// tooltips), in the language of its labels: Dutch under `.lang nl`,
// English otherwise (also under `.lang id`, whose labels are ids). A title
// never mixes the two.
#pragma once

#include <cstddef>
#include <string>

namespace causalkg::cli {

// A noun in both numbers.
struct Noun {
  const char* one;
  const char* many;
  // "1 chain", "4 chains".
  std::string Count(std::size_t n) const;
};

struct DotWords {
  // Titles.
  const char* to;   // "a to b"
  const char* net;  // "net -/?"
  Noun chain;
  const char* no_chain;
  Noun loop;
  const char* reinforcing;      // "2 reinforcing (R)"
  const char* balancing;        // "1 balancing (B)"
  const char* of_unknown_sign;  // "1 of unknown sign (U)"
  const char* effects_of;
  const char* causes_of;
  Noun node;
  const char* levers_for;
  Noun lever;
  const char* blind_spots_for;
  Noun cause;
  const char* no_lever_acts_on;  // "3 causes no lever in place acts on (filled)"
  Noun contradiction;
  const char* about;  // "2 contradictions about x"
  const char* opposite_chains_from;
  Noun pair;
  const char* why;
  Noun piece;  // of evidence
  Noun row;
  const char* truncated;  // " (truncated at the LIMIT)"
  const char* capped;     // " (cut at what one result may hold)"
  // " (names over " N " characters cut short)": before N, and after it.
  const char* names_cut;
  const char* names_cut_tail;
  const char* loops_cut;  // " (more not marked)": the loop search stopped early

  // The legend.
  const char* legend;
  const char* same_direction;
  const char* opposite_direction;
  const char* sign_not_stated;
  const char* acts_on;      // a policy's edge to what it acts on
  const char* not_causal;   // a relation without a sign, from a policy
  const char* lever_means;  // a box
  const char* recommendation_means;
  const char* blind_spot_means;
  const char* reinforcing_loop;
  const char* balancing_loop;
  const char* unknown_loop;
  const char* hedged_means;   // a dashed edge
  const char* belief;         // "belief 0.9"
  const char* width_means;    // "line width 1 + 3 × belief"
  const char* evidence_note;  // a note: a quote, its source, where

  // Tooltips and notes.
  const char* from_source;  // "3 pieces from scp-2025"
  const char* hedged;       // "only hedged (can)"
  const char* refuting;     // "1 refuting"
  const char* refutes;      // a note of a piece that refutes
  const char* more_pieces;  // "… 4 more pieces: WHY lists them all"
};

// The words for `language`: "nl" Dutch, any other English.
const DotWords& WordsFor(const std::string& language);

}  // namespace causalkg::cli
