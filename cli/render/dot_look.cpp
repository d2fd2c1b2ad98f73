#include "cli/render/dot_look.hpp"

#include <algorithm>
#include <cstdio>

#include "cli/render/dot_output.hpp"

namespace causalkg::cli {

namespace {

constexpr const char* kPositiveColour = "#1f4e99";  // dark blue: dark in grey-scale
constexpr const char* kNegativeColour = "#c0392b";  // red: mid grey in grey-scale
constexpr const char* kUnknownColour = "#8c8c8c";   // grey, and dashed: light in grey-scale
constexpr const char* kActionColour = "#555555";
constexpr const char* kRemarkColour = "#7b3294";  // purple, and dotted: no causal colour

constexpr LinkStyle kLinkStyles[] = {
    {Polarity::kPositive, kPositiveColour, 1.4, false, &DotWords::same_direction},
    {Polarity::kNegative, kNegativeColour, 2.6, false, &DotWords::opposite_direction},
    {Polarity::kUnknown, kUnknownColour, 1.4, true, &DotWords::sign_not_stated},
};

std::string Width(const EdgeLook& look, double otherwise) {
  return "penwidth=" + Decimal(look.penwidth.value_or(otherwise));
}

std::string Label(const EdgeLook& look, const char* font_attributes) {
  if (look.label.empty()) return "";
  return "label=" + DotQuote(look.label) + (*font_attributes ? ", " : "") + font_attributes + ", ";
}

}  // namespace

const char* RoleAttributes(Role role) {
  switch (role) {
    case Role::kFocus:
      return ", peripheries=2, penwidth=1.5";
    case Role::kLever:
      return ", shape=box, fillcolor=\"#e6e6e6\"";
    case Role::kRecommendation:
      return ", shape=box, style=\"filled,dashed,rounded\"";
    case Role::kBlindspot:
      return ", style=\"filled,bold\", fillcolor=\"#ffd59e\", penwidth=2.5";
    case Role::kPlain:
      break;
  }
  return "";
}

const char* RoleCellAttributes(Role role) {
  switch (role) {
    case Role::kLever:
      return "BORDER=\"1\" BGCOLOR=\"#e6e6e6\"";
    case Role::kRecommendation:
      return "BORDER=\"1\" STYLE=\"dashed\"";
    case Role::kBlindspot:
      return "BORDER=\"2\" BGCOLOR=\"#ffd59e\"";
    case Role::kFocus:
    case Role::kPlain:
      break;
  }
  return "BORDER=\"1\"";
}

std::span<const LinkStyle> LinkStyles() { return kLinkStyles; }

const LinkStyle* StyleOf(Polarity polarity) {
  for (const LinkStyle& style : kLinkStyles) {
    if (style.polarity == polarity) return &style;
  }
  return nullptr;
}

double BeliefWidth(double belief) { return 1 + 3 * std::clamp(belief, 0.0, 1.0); }

std::string CausalAttributes(const LinkStyle& style, const EdgeLook& look, bool verb_label) {
  return Label(look, verb_label ? "fontsize=12, fontname=\"Helvetica\""
                                : "fontsize=18, fontname=\"Helvetica-Bold\"") +
         "color=\"" + style.colour + "\", fontcolor=\"" + style.colour + "\", " +
         Width(look, style.penwidth) + (style.dashed || look.hedged ? ", style=dashed" : "") +
         (look.arrowhead ? "" : ", arrowhead=none");
}

std::string ActionAttributes(const EdgeLook& look) {
  return Label(look, "") + "style=dashed, color=\"" + kActionColour + "\", fontcolor=\"" +
         kActionColour + "\"" + (look.penwidth ? ", penwidth=" + Decimal(*look.penwidth) : "") +
         (look.arrowhead ? ", arrowhead=vee" : ", arrowhead=none");
}

std::string RemarkAttributes(const EdgeLook& look) {
  return Label(look, "fontname=\"Helvetica-Oblique\"") + "style=dotted, color=\"" + kRemarkColour +
         "\", fontcolor=\"" + kRemarkColour + "\", " + Width(look, 1.4) +
         (look.arrowhead ? ", arrowhead=onormal" : ", arrowhead=none");
}

const char* EdgeColour(Polarity polarity, bool action) {
  if (const LinkStyle* style = StyleOf(polarity)) return style->colour;
  return action ? kActionColour : kRemarkColour;
}

const char* NoteAttributes() {
  return "shape=note, style=filled, fillcolor=\"#fff8dc\", color=\"#b8a66b\", fontsize=10";
}

const char* NoteLinkAttributes() { return "style=dotted, arrowhead=none, color=\"#b8a66b\""; }

std::string Decimal(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.2f", value);
  std::string decimal = text;
  while (decimal.back() == '0') decimal.pop_back();
  if (decimal.back() == '.') decimal.pop_back();
  return decimal;
}

}  // namespace causalkg::cli
