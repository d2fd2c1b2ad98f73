// A causal loop diagram being drawn: the nodes and edges of a result, the
// marks of its loops, the notes of its evidence, and its legend, written
// out as DOT. What a result's statement draws is chosen in dot_output.cpp;
// how each thing looks, in dot_look.hpp.
#pragma once

#include <map>
#include <optional>
#include <ostream>
#include <set>
#include <string>
#include <vector>

#include "cli/render/dot_look.hpp"
#include "cli/render/dot_style.hpp"
#include "cli/render/dot_words.hpp"
#include "engine/model/result.hpp"

namespace causalkg::cli {

// The longest name written into DOT, in characters. Graphviz 2.43 rejects a
// quoted string with a run of more than 16,381 bytes free of quotes and
// backslashes ("syntax error ... longer than 16384?"), and cannot lay out
// two nodes side by side wider than 65,535 points together ("Edge length
// ... larger than maximum 65535"). 2,000 characters are at most 8,000 bytes
// and, at 14 points, about 28,000 points wide: both hold.
inline constexpr std::size_t kDotMaxName = 2000;

// How many loops of each type were marked.
struct LoopCounts {
  int reinforcing = 0, balancing = 0, unknown = 0;
  int total() const { return reinforcing + balancing + unknown; }
};

class Diagram {
 public:
  Diagram(const QueryResult& result, const std::string& language, const DotStyle& style);

  const DotWords& words() const { return words_; }

  // The label of `id` as drawn: cut short when Graphviz could not take it.
  std::string Label(TermId id) const;

  void Node(TermId id, Role role = Role::kPlain);
  void Edge(TermId from, TermId relation, TermId to, Polarity polarity,
            const std::optional<EvidenceSummary>& evidence = std::nullopt);
  void Path(const causalkg::Path& path);
  // A claim WHY explains: its edge, with a note of each piece of its
  // evidence hung from the edge's middle.
  void Claim(const ClaimEvidence& claim);
  // A small circle marking each loop of `paths` (R1, B2, U1, ...), kept near
  // the loop's nodes by invisible edges; paths that are no loop are left.
  LoopCounts MarkLoops(const std::vector<causalkg::Path>& paths);

  // The nodes of the graph drawn (not the legend's, the loops' marks or the
  // notes).
  std::size_t node_count() const { return nodes_.size(); }

  std::string Render(std::string title, bool left_to_right);

 private:
  struct DotEdge {
    TermId from, relation, to;
    // +, - or ? for a causal link; kNone for a policy acting on a node,
    // or another relation without a sign.
    Polarity polarity;
    auto operator<=>(const DotEdge&) const = default;
  };
  struct Marker {
    std::string name;  // R1, B2, ...
    std::vector<TermId> nodes;
  };
  struct ExplainedClaim {
    DotEdge edge;
    EvidenceSummary summary;
    std::vector<Evidence> pieces;  // those given a note
    std::size_t more = 0;          // pieces left without one
  };

  std::string Body();
  // The attributes of `edge` inside [...], its tooltip included.
  std::string EdgeAttributes(const DotEdge& edge, const std::optional<EvidenceSummary>& evidence,
                             bool labelled, bool arrowhead);
  std::string Tooltip(const DotEdge& edge, const std::optional<EvidenceSummary>& evidence);
  void WriteClaim(std::ostream& out, const ExplainedClaim& claim, std::size_t number);
  // Whether `edge` is a lever's or recommendation's action on a node.
  bool IsAction(const DotEdge& edge) const;
  std::string NoteLabel(const Evidence& piece) const;
  std::string NoteTooltip(const Evidence& piece) const;
  std::string Shorten(const std::string& text) const;
  const std::string& Id(TermId id) const { return ids_.at(id); }
  void AssignIds();
  std::string UniqueId(const std::string& name);

  const QueryResult& result_;
  const std::string& language_;
  const DotStyle& style_;
  const DotWords& words_;
  std::map<TermId, Role> nodes_;
  std::set<DotEdge> edges_;
  std::map<DotEdge, EvidenceSummary> evidence_;
  std::vector<ExplainedClaim> claims_;
  std::vector<Marker> markers_;
  std::map<TermId, std::string> ids_;
  std::set<std::string> used_;
  mutable bool shortened_ = false;
};

}  // namespace causalkg::cli
