#include "cli/render/dot_diagram.hpp"

#include <sstream>

#include "cli/render/claim_summary.hpp"
#include "cli/render/dot_legend.hpp"
#include "cli/render/dot_output.hpp"
#include "engine/common/visible_text.hpp"
#include "engine/model/vocabulary.hpp"

namespace causalkg::cli {

namespace {

// The notes a WHY claim's edge has at most: more make a wall of text; WHY's
// table has them all.
constexpr std::size_t kMaxNotes = 5;
// A quote in a note, in characters, and the width of its lines.
constexpr std::size_t kNoteQuote = 120;
constexpr std::size_t kNoteLine = 40;
// Sources named in an edge's tooltip.
constexpr std::size_t kTooltipSources = 5;

std::size_t Characters(const std::string& text) {
  std::size_t n = 0;
  for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// The first `most` characters of `text`, with "…" when cut; `shortened`
// set then.
std::string Cut(const std::string& text, std::size_t most, bool& shortened) {
  std::size_t characters = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (++characters > most) {
      shortened = true;
      return text.substr(0, i) + "…";
    }
  }
  return text;
}

// `text` on one line: its line breaks and tabs as blanks.
std::string OneLine(std::string text) {
  for (char& c : text) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return text;
}

// `text` broken at blanks into lines of about `width` characters.
std::string Wrap(const std::string& text, std::size_t width) {
  std::istringstream words(text);
  std::string out, line, word;
  while (words >> word) {
    if (!line.empty() && Characters(line) + 1 + Characters(word) > width) {
      out += line + "\n";
      line.clear();
    }
    line += (line.empty() ? "" : " ") + word;
  }
  return out + line;
}

// Where in its source a piece stands, in marks any language reads: "p. 14,
// § 2.3".
std::string Where(const Locator& at) {
  std::string where;
  auto add = [&](const std::string& part) { where += (where.empty() ? "" : ", ") + part; };
  if (!at.page.empty()) add("p. " + at.page);
  if (!at.section.empty()) add("§ " + at.section);
  return where;
}

}  // namespace

Diagram::Diagram(const QueryResult& result, const std::string& language, const DotStyle& style)
    : result_(result), language_(language), style_(style), words_(WordsFor(language)) {}

std::string Diagram::Shorten(const std::string& text) const {
  return Cut(text, kDotMaxName, shortened_);
}

std::string Diagram::Label(TermId id) const {
  const TermNames& names = result_.names.at(id);
  if (language_ == "id") return Shorten(names.name);  // as tables show them
  auto it = names.labels.find(language_);
  if (it == names.labels.end()) it = names.labels.find("en");
  return Shorten(it == names.labels.end() ? names.name : it->second);
}

void Diagram::Node(TermId id, Role role) {
  Role& current = nodes_[id];
  if (role != Role::kPlain) current = role;
  const TermNames& names = result_.names.at(id);
  if (current == Role::kPlain && names.is_lever) current = Role::kLever;
  if (current == Role::kPlain && names.is_recommendation) current = Role::kRecommendation;
}

void Diagram::Edge(TermId from, TermId relation, TermId to, Polarity polarity,
                   const std::optional<EvidenceSummary>& evidence) {
  Node(from);
  Node(to);
  const DotEdge edge{from, relation, to, polarity};
  edges_.insert(edge);
  if (evidence) evidence_.emplace(edge, *evidence);
}

void Diagram::Path(const causalkg::Path& path) {
  for (std::size_t i = 0; i < path.steps.size(); ++i) {
    const TermId to = i + 1 < path.nodes.size() ? path.nodes[i + 1] : path.nodes[0];
    const Step& step = path.steps[i];
    Edge(path.nodes[i], step.relation, to, step.polarity, step.evidence);
  }
}

void Diagram::Claim(const ClaimEvidence& claim) {
  const Triple& t = claim.triple;
  const Polarity polarity = result_.names.at(t.relation).polarity;
  const EvidenceSummary summary = SummaryOfClaim(claim);
  ExplainedClaim explained{{t.subject, t.relation, t.object, polarity}, summary, {}, 0};
  for (const Evidence& piece : claim.evidence) {
    if (NoteLabel(piece).empty()) continue;  // nothing to show of it
    if (explained.pieces.size() < kMaxNotes) {
      explained.pieces.push_back(piece);
    } else {
      ++explained.more;
    }
  }
  if (explained.pieces.empty()) {
    Edge(t.subject, t.relation, t.object, polarity, summary);
    return;
  }
  Node(t.subject);
  Node(t.object);
  claims_.push_back(std::move(explained));
}

LoopCounts Diagram::MarkLoops(const std::vector<causalkg::Path>& paths) {
  LoopCounts counts;
  for (const causalkg::Path& loop : paths) {
    if (!loop.is_loop) continue;
    const char type = loop.LoopType();
    const int number = type == 'R'   ? ++counts.reinforcing
                       : type == 'B' ? ++counts.balancing
                                     : ++counts.unknown;
    markers_.push_back({std::string(1, type) + std::to_string(number), loop.nodes});
  }
  return counts;
}

std::string Diagram::Render(std::string title, bool left_to_right) {
  AssignIds();
  const std::string body = Body();
  // Said last: only drawing every name tells whether one was cut short.
  if (shortened_) title += words_.names_cut + std::to_string(kDotMaxName) + words_.names_cut_tail;
  return "digraph causalkg {\n  graph [rankdir=" + std::string(left_to_right ? "LR" : "TB") +
         ", labelloc=t, fontname=\"Helvetica\", label=" + DotQuote(title) + "];\n" +
         "  node [shape=ellipse, style=filled, fillcolor=white, fontname=\"Helvetica\"];\n" +
         "  edge [fontname=\"Helvetica\", fontsize=12];\n" + body + "}\n";
}

std::string Diagram::Body() {
  std::ostringstream out;
  LegendKeys keys;
  for (const auto& [id, role] : nodes_) {
    out << "  " << Id(id) << " [label=" << DotQuote(Label(id)) << RoleAttributes(role) << "];\n";
    keys.levers |= role == Role::kLever;
    keys.recommendations |= role == Role::kRecommendation;
    keys.blindspots |= role == Role::kBlindspot;
  }
  auto note_kind = [&](const DotEdge& e, const std::optional<EvidenceSummary>& evidence) {
    if (StyleOf(e.polarity)) {
      keys.links.insert(e.polarity);
    } else if (IsAction(e)) {
      keys.actions = true;
    } else {
      keys.remarks = true;
    }
    keys.evidence |= evidence.has_value();
    keys.hedged |= evidence.has_value() && evidence->Hedged();
  };
  for (const DotEdge& e : edges_) {
    const auto found = evidence_.find(e);
    const std::optional<EvidenceSummary> evidence =
        found == evidence_.end() ? std::nullopt : std::optional(found->second);
    out << "  " << Id(e.from) << " -> " << Id(e.to) << " ["
        << EdgeAttributes(e, evidence, /*labelled=*/true, /*arrowhead=*/true) << "];\n";
    note_kind(e, evidence);
  }
  for (std::size_t i = 0; i < claims_.size(); ++i) {
    WriteClaim(out, claims_[i], i + 1);
    note_kind(claims_[i].edge, claims_[i].summary);
    keys.notes = true;
  }
  for (const Marker& m : markers_) {
    const std::string id = UniqueId("loop " + m.name);
    const char type = m.name[0];
    keys.loops.insert(type);
    out << "  " << id
        << " [shape=circle, width=0.35, fixedsize=true, fontsize=10, label=" << DotQuote(m.name)
        << ", tooltip="
        << DotQuote(type == 'R'   ? words_.reinforcing_loop
                    : type == 'B' ? words_.balancing_loop
                                  : words_.unknown_loop)
        << "];\n";
    for (TermId node : m.nodes)
      out << "  " << id << " -> " << Id(node) << " [style=invis, constraint=false];\n";
  }
  out << Legend(keys, words_, [this](const std::string& name) { return UniqueId(name); });
  return out.str();
}

bool Diagram::IsAction(const DotEdge& edge) const {
  const auto role = nodes_.find(edge.from);
  const bool policy = role != nodes_.end() &&
                      (role->second == Role::kLever || role->second == Role::kRecommendation);
  return policy && IsActingRelation(result_.names.at(edge.relation).name);
}

std::string Diagram::EdgeAttributes(const DotEdge& edge,
                                    const std::optional<EvidenceSummary>& evidence, bool labelled,
                                    bool arrowhead) {
  EdgeLook look;
  look.arrowhead = arrowhead;
  if (evidence) {
    look.penwidth = BeliefWidth(evidence->belief);
    look.hedged = evidence->Hedged();
  }
  std::string attributes;
  if (const LinkStyle* style = StyleOf(edge.polarity)) {
    const std::string sign = PolarityText(edge.polarity);
    if (labelled) look.label = style_.verbs ? Label(edge.relation) + " (" + sign + ")" : sign;
    attributes = CausalAttributes(*style, look, style_.verbs);
  } else {
    if (labelled) look.label = Label(edge.relation);
    attributes = IsAction(edge) ? ActionAttributes(look) : RemarkAttributes(look);
  }
  return attributes + ", tooltip=" + DotQuote(Tooltip(edge, evidence));
}

// The relation's id, and what its evidence comes to: "increases: 3 pieces
// of evidence from scp-2025, only hedged (can), belief 0.62".
std::string Diagram::Tooltip(const DotEdge& edge, const std::optional<EvidenceSummary>& evidence) {
  std::string tip = Shorten(result_.names.at(edge.relation).name);
  if (!evidence) return tip;
  bool cut = false;  // a source's or a modality's text: no name
  tip += ": " + words_.piece.Count(evidence->pieces);
  if (!evidence->sources.empty()) {
    tip += std::string(" ") + words_.from_source + " ";
    for (std::size_t i = 0; i < evidence->sources.size() && i < kTooltipSources; ++i)
      tip += (i > 0 ? ", " : "") + Cut(evidence->sources[i], 100, cut);
    if (evidence->sources.size() > kTooltipSources) tip += ", …";
  }
  if (evidence->Hedged())
    tip += std::string(", ") + words_.hedged + " (" + Cut(evidence->modality, 40, cut) + ")";
  if (evidence->refuting > 0)
    tip += ", " + std::to_string(evidence->refuting) + " " + words_.refuting;
  return tip + ", " + words_.belief + " " + Decimal(evidence->belief);
}

void Diagram::WriteClaim(std::ostream& out, const ExplainedClaim& claim, std::size_t number) {
  const DotEdge& e = claim.edge;
  const std::string point = UniqueId("claim " + std::to_string(number));
  const char* colour = EdgeColour(e.polarity, IsAction(e));
  out << "  " << point << " [shape=point, width=0.08, color=\"" << colour << "\", fillcolor=\""
      << colour << "\", tooltip=" << DotQuote(Tooltip(e, claim.summary)) << "];\n"
      << "  " << Id(e.from) << " -> " << point << " ["
      << EdgeAttributes(e, claim.summary, /*labelled=*/true, /*arrowhead=*/false) << "];\n"
      << "  " << point << " -> " << Id(e.to) << " ["
      << EdgeAttributes(e, claim.summary, /*labelled=*/false, /*arrowhead=*/true) << "];\n";
  std::size_t k = 0;
  auto note = [&](const std::string& label, const std::string& tooltip) {
    const std::string id =
        UniqueId("evidence " + std::to_string(number) + "." + std::to_string(++k));
    out << "  " << id << " [" << NoteAttributes() << ", label=" << DotQuote(label)
        << ", tooltip=" << DotQuote(tooltip) << "];\n"
        << "  " << point << " -> " << id << " [" << NoteLinkAttributes() << "];\n";
  };
  for (const Evidence& piece : claim.pieces) note(NoteLabel(piece), NoteTooltip(piece));
  if (claim.more > 0) {
    const std::string more = "… " + std::to_string(claim.more) + " " + words_.more_pieces;
    note(more, more);
  }
}

// The quote, shortened and broken into lines, and under it the source, the
// modality and where in the source: "“... verder verzwakt”\nscp-2025, p. 3".
std::string Diagram::NoteLabel(const Evidence& piece) const {
  bool cut = false;  // a note's text: no name
  std::string from;
  auto add = [&](const std::string& part) {
    if (!part.empty()) from += (from.empty() ? "" : ", ") + part;
  };
  add(Cut(OneLine(piece.source), 60, cut));
  add(Cut(OneLine(piece.modality), 40, cut));
  add(Cut(OneLine(Where(piece.locator)), 60, cut));
  if (piece.stance == Stance::kRefutes) from = words_.refutes + (": " + from);
  if (piece.quote.empty()) return from;
  const std::string quote = "“" + Wrap(Cut(OneLine(piece.quote), kNoteQuote, cut), kNoteLine) + "”";
  return from.empty() ? quote : quote + "\n" + from;
}

// The whole quote (as far as DOT can hold it), its source and where.
std::string Diagram::NoteTooltip(const Evidence& piece) const {
  bool cut = false;  // a note's text: no name
  std::string tip = Cut(OneLine(piece.quote), kDotMaxName, cut);
  for (const std::string& part : {piece.source, Where(piece.locator), piece.locator.url}) {
    if (!part.empty()) tip += (tip.empty() ? "" : "\n") + Cut(OneLine(part), kDotMaxName, cut);
  }
  return tip;
}

// A node's DOT id is its name, quoted. A name that DOT cannot hold as it
// is (too long, or with control characters shown as escapes) is written
// changed, and numbered when that makes it the same as another's.
void Diagram::AssignIds() {
  std::vector<TermId> changed;
  for (const auto& [id, role] : nodes_) {
    const std::string& name = result_.names.at(id).name;
    bool shortened = false;
    if (IsVisible(name) && Cut(name, kDotMaxName, shortened) == name) {
      ids_[id] = DotQuote(name);
      used_.insert(ids_[id]);
    } else {
      changed.push_back(id);
    }
  }
  for (TermId id : changed) ids_[id] = UniqueId(Shorten(result_.names.at(id).name));
}

// `name` quoted, with " (2)", " (3)", ... added until no other id is the same.
std::string Diagram::UniqueId(const std::string& name) {
  std::string id = DotQuote(name);
  for (int n = 2; used_.count(id); ++n) id = DotQuote(name + " (" + std::to_string(n) + ")");
  used_.insert(id);
  return id;
}

}  // namespace causalkg::cli
