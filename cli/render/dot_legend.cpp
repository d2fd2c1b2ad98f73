#include "cli/render/dot_legend.hpp"

#include <sstream>

#include "cli/render/dot_look.hpp"
#include "cli/render/dot_output.hpp"

namespace causalkg::cli {

namespace {

// `text` for an HTML-like label of Graphviz.
std::string Html(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

// How a line is drawn in a sample: solid, dashed or dotted, and heavy for a
// wide one; the arrowhead open for a relation that is no causal link.
enum class Stroke { kSolid, kDashed, kDotted };

std::string LineSample(const std::string& colour, Stroke stroke, bool heavy, bool open_head) {
  const char* line = stroke == Stroke::kDashed   ? "&#8211; &#8211; &#8211; "        // – – –
                     : stroke == Stroke::kDotted ? "&#183;&#183;&#183;&#183;&#183;"  // ·····
                     : heavy                     ? "&#9473;&#9473;&#9473;&#9473;"    // ━━━━
                                                 : "&#9472;&#9472;&#9472;&#9472;";                       // ────
  const char* head = open_head ? "&#9655;" : "&#9654;";                              // ▷ ▶
  std::string text = std::string(line) + head;
  if (heavy) text = "<B>" + text + "</B>";
  return "<FONT COLOR=\"" + colour + "\">" + text + "</FONT>";
}

// One table of rows, a sample beside what it means: a legend as compact as
// a line of text a kind, whatever the diagram's layout.
class LegendTable {
 public:
  void Row(const std::string& sample_cell, const std::string& meaning) {
    rows_ << "<TR>" << sample_cell << "<TD ALIGN=\"LEFT\">" << Html(meaning) << "</TD></TR>";
  }
  void Line(const std::string& sample, const std::string& meaning) {
    Row("<TD>" + sample + "</TD>", meaning);
  }
  void Box(const char* cell_attributes, const std::string& name, const std::string& meaning) {
    Row(std::string("<TD ") + cell_attributes + ">" + Html(name) + "</TD>", meaning);
  }
  std::string Table() const {
    return "<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"2\">" +
           rows_.str() + "</TABLE>>";
  }

 private:
  std::ostringstream rows_;
};

constexpr const char* kSampleInk = "#333333";

// "lever: a policy in place" → the name on the sample box ("lever") and
// what it means ("a policy in place").
std::pair<std::string, std::string> NameAndMeaning(const std::string& text) {
  const std::size_t colon = text.find(": ");
  if (colon == std::string::npos) return {text, ""};
  return {text.substr(0, colon), text.substr(colon + 2)};
}

}  // namespace

std::string Legend(const LegendKeys& keys, const DotWords& words,
                   const std::function<std::string(const std::string&)>& unique_id) {
  if (keys.empty()) return "";
  LegendTable legend;
  for (const LinkStyle& style : LinkStyles()) {
    if (!keys.links.count(style.polarity)) continue;
    legend.Line(LineSample(style.colour, style.dashed ? Stroke::kDashed : Stroke::kSolid,
                           style.penwidth > 2, false),
                std::string(PolarityText(style.polarity)) + "  " + words.*style.meaning);
  }
  if (keys.actions)
    legend.Line(LineSample(EdgeColour(Polarity::kNone, true), Stroke::kDashed, false, false),
                words.acts_on);
  if (keys.remarks)
    legend.Line(LineSample(EdgeColour(Polarity::kNone, false), Stroke::kDotted, false, true),
                words.not_causal);
  if (keys.evidence) {
    if (keys.hedged) {
      legend.Line(LineSample(kSampleInk, Stroke::kDashed, false, false), words.hedged_means);
    }
    legend.Line(LineSample(kSampleInk, Stroke::kSolid, false, false),
                std::string(words.belief) + " " + Decimal(0.2));
    legend.Line(LineSample(kSampleInk, Stroke::kSolid, true, false),
                std::string(words.belief) + " " + Decimal(0.9) + " (" + words.width_means + ")");
  }
  for (const auto& [present, role, text] :
       {std::tuple{keys.levers, Role::kLever, words.lever_means},
        std::tuple{keys.recommendations, Role::kRecommendation, words.recommendation_means},
        std::tuple{keys.blindspots, Role::kBlindspot, words.blind_spot_means}}) {
    if (!present) continue;
    const auto [name, meaning] = NameAndMeaning(text);
    legend.Box(RoleCellAttributes(role), name, meaning);
  }
  for (const auto& [type, meaning] :
       {std::pair{'R', words.reinforcing_loop}, std::pair{'B', words.balancing_loop},
        std::pair{'U', words.unknown_loop}}) {
    if (keys.loops.count(type))
      legend.Box("BORDER=\"1\" STYLE=\"rounded\"", std::string(1, type), meaning);
  }
  if (keys.notes) {
    const auto [name, meaning] = NameAndMeaning(words.evidence_note);
    legend.Box("BORDER=\"1\" BGCOLOR=\"#fff8dc\" COLOR=\"#b8a66b\"", name, meaning);
  }
  return "  subgraph \"cluster legend\" {\n    label=" + DotQuote(words.legend) +
         "; fontsize=10; style=dashed; color=\"#bbbbbb\";\n    " + unique_id("legend") +
         " [shape=plaintext, fontsize=10, margin=0, label=" + legend.Table() + "];\n  }\n";
}

}  // namespace causalkg::cli
