#include "cli/render/dot_legend.hpp"

#include <sstream>

#include "cli/render/dot_look.hpp"
#include "cli/render/dot_output.hpp"

namespace causalkg::cli {

namespace {

constexpr const char* kMeaning = "shape=plaintext, fontsize=10";
constexpr const char* kSampleInk = "#333333";

class LegendWriter {
 public:
  LegendWriter(const std::function<std::string(const std::string&)>& unique_id)
      : unique_id_(unique_id) {}

  // A sample edge, from a dot to what it means.
  void Edge(const std::string& key, const std::string& attributes, const std::string& meaning) {
    const std::string from = unique_id_("legend " + key),
                      to = unique_id_("legend " + key + " means");
    out_ << "    " << from << " [shape=point, width=0.06, color=\"" << kSampleInk << "\"];\n"
         << "    " << to << " [" << kMeaning << ", label=" << DotQuote(meaning) << "];\n"
         << "    " << from << " -> " << to << " [" << attributes << "];\n";
  }

  // A sample node that says what it means, in the column of the meanings
  // (held there by an invisible edge from the column of the samples' ends).
  void Node(const std::string& key, const std::string& attributes, const std::string& meaning) {
    const std::string from = unique_id_("legend " + key + " place"),
                      node = unique_id_("legend " + key);
    out_ << "    " << from << " [shape=point, style=invis];\n"
         << "    " << node << " [label=" << DotQuote(meaning) << ", fontsize=10" << attributes
         << "];\n"
         << "    " << from << " -> " << node << " [style=invis];\n";
  }

  // A sample node beside what it means.
  void Mark(const std::string& key, const std::string& attributes, const std::string& meaning) {
    const std::string mark = unique_id_("legend " + key),
                      to = unique_id_("legend " + key + " means");
    out_ << "    " << mark << " [" << attributes << "];\n"
         << "    " << to << " [" << kMeaning << ", label=" << DotQuote(meaning) << "];\n"
         << "    " << mark << " -> " << to << " [style=invis];\n";
  }

  std::string str() const { return out_.str(); }

 private:
  const std::function<std::string(const std::string&)>& unique_id_;
  std::ostringstream out_;
};

}  // namespace

std::string Legend(const LegendKeys& keys, const DotWords& words,
                   const std::function<std::string(const std::string&)>& unique_id) {
  if (keys.empty()) return "";
  LegendWriter legend(unique_id);
  for (const LinkStyle& style : LinkStyles()) {
    if (!keys.links.count(style.polarity)) continue;
    EdgeLook look;
    look.label = PolarityText(style.polarity);
    legend.Edge(look.label, CausalAttributes(style, look, false), words.*style.meaning);
  }
  if (keys.actions) legend.Edge("action", ActionAttributes({}), words.acts_on);
  if (keys.remarks) legend.Edge("remark", RemarkAttributes({}), words.not_causal);
  if (keys.evidence) {
    EdgeLook hedged;
    hedged.hedged = true;
    hedged.penwidth = BeliefWidth(0.5);
    const std::string ink = std::string("color=\"") + kSampleInk + "\", ";
    legend.Edge("hedged", ink + "penwidth=" + Decimal(*hedged.penwidth) + ", style=dashed",
                words.hedged_means);
    for (double belief : {0.2, 0.9}) {
      std::string meaning = std::string(words.belief) + " " + Decimal(belief);
      if (belief > 0.5) meaning += " (" + std::string(words.width_means) + ")";
      legend.Edge("belief " + Decimal(belief), ink + "penwidth=" + Decimal(BeliefWidth(belief)),
                  meaning);
    }
  }
  if (keys.levers) legend.Node("lever", RoleAttributes(Role::kLever), words.lever_means);
  if (keys.recommendations)
    legend.Node("recommendation", RoleAttributes(Role::kRecommendation),
                words.recommendation_means);
  if (keys.blindspots)
    legend.Node("blind spot", RoleAttributes(Role::kBlindspot), words.blind_spot_means);
  for (const auto& [type, meaning] :
       {std::pair{'R', words.reinforcing_loop}, std::pair{'B', words.balancing_loop},
        std::pair{'U', words.unknown_loop}}) {
    if (!keys.loops.count(type)) continue;
    legend.Mark(std::string("loop ") + type,
                "shape=circle, width=0.35, fixedsize=true, fontsize=10, label=\"" +
                    std::string(1, type) + "\"",
                meaning);
  }
  if (keys.notes) legend.Node("note", std::string(", ") + NoteAttributes(), words.evidence_note);
  return "  subgraph \"cluster legend\" {\n    label=" + DotQuote(words.legend) +
         "; fontsize=10; style=dashed; color=\"#bbbbbb\";\n" + legend.str() + "  }\n";
}

}  // namespace causalkg::cli
