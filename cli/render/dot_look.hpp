// How each kind of thing a diagram draws looks, in one place, so that the
// legend shows its samples exactly as the diagram draws them. Colours and
// weights still read in grey-scale: + dark blue, - red and thick, ? grey
// and dashed; policies' actions dashed grey; other relations from a policy
// dotted purple with an open arrow; an edge whose evidence only hedges
// dashed, and, when its evidence was looked at, as wide as its belief.
#pragma once

#include <optional>
#include <span>
#include <string>

#include "cli/render/dot_words.hpp"
#include "engine/model/model.hpp"

namespace causalkg::cli {

enum class Role { kPlain, kFocus, kLever, kRecommendation, kBlindspot };

// A node's attributes after its label ("" for a plain node).
const char* RoleAttributes(Role role);
// The same look as attributes of a cell of an HTML-like table (the legend's).
const char* RoleCellAttributes(Role role);

// A causal link's look: its colour, its width when its evidence is not
// known, whether it is always dashed, and what the legend says of it.
struct LinkStyle {
  Polarity polarity;
  const char* colour;
  double penwidth;
  bool dashed;
  const char* DotWords::*meaning;
};

// + - ? in that order.
std::span<const LinkStyle> LinkStyles();
const LinkStyle* StyleOf(Polarity polarity);

// The width of an edge of belief `belief` (0..1): 1 + 3 × belief points,
// so that a link the evidence barely supports is a hairline and a
// well-supported one four times as wide.
double BeliefWidth(double belief);

// How an edge is drawn, beyond its ends.
struct EdgeLook {
  std::string label;               // "+", "weakens (-)", "overlooks"; "" for none
  std::optional<double> penwidth;  // by belief; none: the kind's own
  bool hedged = false;             // its evidence only hedges
  bool arrowhead = true;           // false for the first half of a split edge
};

// The attributes, inside [...], of a causal link of `style`; `verb_label`:
// the label holds a verb (a smaller, regular font), not a sign alone.
std::string CausalAttributes(const LinkStyle& style, const EdgeLook& look, bool verb_label);
// A lever's or recommendation's edge to what it acts on.
std::string ActionAttributes(const EdgeLook& look);
// Another relation without a sign from a policy, or any such relation MATCH
// draws: not a causal link, and not an action.
std::string RemarkAttributes(const EdgeLook& look);
// The colour a point splitting an edge of this kind takes.
const char* EdgeColour(Polarity polarity, bool action);

// The style of a note holding a piece of evidence.
const char* NoteAttributes();
// Of the dotted line from an edge to its notes.
const char* NoteLinkAttributes();

// `value` to two decimals, without trailing zeros: "2.35", "1.4", "1".
std::string Decimal(double value);

}  // namespace causalkg::cli
