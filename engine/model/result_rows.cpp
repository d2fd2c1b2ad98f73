#include "engine/model/result_rows.hpp"

#include <algorithm>
#include <deque>
#include <memory>
#include <sstream>
#include <utility>

#include "engine/model/result_visit.hpp"

namespace causalkg {

namespace {

TermCell Term(const NameTable& names, TermId id) {
  auto it = names.find(id);
  return {id, it == names.end() ? nullptr : &it->second};
}

// A stored text that may be empty: empty means not given.
Cell Optional(const std::string& text) {
  if (text.empty()) return EmptyCell{};
  return TextCell{text};
}

// A loop's type as text that outlives the row: "R", "B" or "U".
std::string_view LoopTypeText(const Path& loop) {
  switch (loop.LoopType()) {
    case 'R':
      return "R";
    case 'B':
      return "B";
    default:
      return "U";
  }
}

// The sources of a side's pieces, each once, in the order they come:
// "scp-2025, wikipedia".
std::string SourcesText(const ContradictionSide& side) {
  std::vector<std::string_view> seen;
  std::string out;
  for (const Evidence& e : side.evidence) {
    if (e.source.empty() || std::find(seen.begin(), seen.end(), e.source) != seen.end()) continue;
    seen.push_back(e.source);
    out += (out.empty() ? "" : ", ") + e.source;
  }
  return out;
}

// A number the answer may not have: a belief not weighed.
Cell Real(const std::optional<double>& value) {
  if (!value) return EmptyCell{};
  return RealCell{*value};
}

// A number as a stream writes it: 0.6, 120.
std::string NumberText(double number) {
  std::ostringstream text;
  text << number;
  return text.str();
}

// A whole piece of evidence in one cell: "scp-2025, can, confidence 0.6:
// \"the quote\"", what it gives of these.
std::string PieceText(const Evidence& piece) {
  std::string text = piece.source;
  auto add = [&](const std::string& part) {
    if (!part.empty()) text += (text.empty() ? "" : ", ") + part;
  };
  add(piece.modality);
  if (piece.confidence) add("confidence " + NumberText(*piece.confidence));
  if (piece.stance == Stance::kRefutes) add("refutes");
  if (!piece.quote.empty()) text += (text.empty() ? "\"" : ": \"") + piece.quote + "\"";
  return text;
}

// The cells of a MATCH column that shows evidence: one field of its pieces,
// or each piece in a text. What a cell shows outlives the rows' view:
// fields view the result's pieces, and made texts are kept in `texts`.
struct EvidenceCells {
  CellType type = CellType::kText;
  std::optional<EvidenceFieldRef> field;
  std::vector<std::size_t> text_of;  // by piece: its text in `texts`, where one was made
  const std::deque<std::string>* texts = nullptr;

  EvidenceCells() = default;
  EvidenceCells(const MatchResult& r, std::size_t column, std::deque<std::string>& made)
      : field(r.evidence_columns[column]->field), texts(&made) {
    // The pieces this column shows, and whether its values are all numbers.
    bool numbers = true;
    for (const auto& row : r.rows) {
      if (!field ||
          !std::holds_alternative<std::string_view>(ValueOf(r.pieces[row[column]], *field)))
        continue;
      numbers = false;
      break;
    }
    if (field) {
      switch (KindOf(field->field)) {
        case FieldKind::kNumber:
          type = field->field == EvidenceField::kConfidence ? CellType::kReal : CellType::kInteger;
          break;
        case FieldKind::kAny:
          type = numbers ? CellType::kReal : CellType::kText;
          break;
        case FieldKind::kWord:
        case FieldKind::kText:
          type = CellType::kText;
          break;
      }
    }
    if (field && !(type == CellType::kText && field->field == EvidenceField::kAttribute)) return;
    // Whole pieces, and an attribute that is a number in some pieces and a
    // text in others: the texts are made here.
    text_of.assign(r.pieces.size(), 0);
    for (const auto& row : r.rows) {
      const std::size_t piece = row[column];
      if (field) {
        const FieldValue value = ValueOf(r.pieces[piece], *field);
        const double* number = std::get_if<double>(&value);
        if (!number) continue;
        made.push_back(NumberText(*number));
      } else {
        made.push_back(PieceText(r.pieces[piece]));
      }
      text_of[piece] = made.size() - 1;
    }
  }

  Cell Of(const Evidence& piece, std::size_t index) const {
    if (!field) return TextCell{(*texts)[text_of[index]]};
    const FieldValue value = ValueOf(piece, *field);
    if (const std::string_view* text = std::get_if<std::string_view>(&value)) {
      return TextCell{*text};
    }
    if (const double* number = std::get_if<double>(&value)) {
      if (type == CellType::kInteger) return IntegerCell{static_cast<std::int64_t>(*number)};
      if (type == CellType::kReal) return RealCell{*number};
      return TextCell{(*texts)[text_of[index]]};
    }
    return EmptyCell{};
  }
};

}  // namespace

const std::string& TermCell::Name() const {
  static const std::string kNone;
  return names ? names->name : kNone;
}

TermCell ChainCell::From(std::size_t step) const {
  return Term(*names, path ? path->nodes[step] : from);
}

TermCell ChainCell::Relation(std::size_t step) const { return Term(*names, StepAt(step).relation); }

TermCell ChainCell::To(std::size_t step) const {
  if (!path) return Term(*names, to);
  const bool closes_loop = path->is_loop && step + 1 == path->steps.size();
  return Term(*names, closes_loop ? path->nodes[0] : path->nodes[step + 1]);
}

ResultRows::ResultRows(const QueryResult& result) {
  const NameTable* names = &result.names;
  auto term = [names](TermId id) { return Term(*names, id); };
  auto chain = [names](const Path& path) { return ChainCell{&path, names}; };
  VisitResult(
      result.body,
      Overloaded{
          [&](const MatchResult& r) {
            if (r.count_only) {
              columns_ = {{"count", CellType::kInteger}};
              size_ = 1;
              row_ = [&r = r](std::size_t, std::vector<Cell>& cells) {
                cells.push_back(IntegerCell{static_cast<std::int64_t>(r.count)});
              };
              return;
            }
            auto texts = std::make_shared<std::deque<std::string>>();
            std::vector<EvidenceCells> evidence(r.columns.size());
            for (std::size_t c = 0; c < r.columns.size(); ++c) {
              CellType type = CellType::kTerm;
              if (r.IsEvidence(c)) {
                evidence[c] = EvidenceCells(r, c, *texts);
                type = evidence[c].type;
              }
              columns_.push_back({r.columns[c], type});
            }
            size_ = r.rows.size();
            row_ = [&r = r, term, evidence = std::move(evidence), texts](std::size_t i,
                                                                         std::vector<Cell>& cells) {
              const std::vector<TermId>& row = r.rows[i];
              for (std::size_t c = 0; c < row.size(); ++c) {
                cells.push_back(r.IsEvidence(c) ? evidence[c].Of(r.pieces[row[c]], row[c])
                                                : Cell(term(row[c])));
              }
            };
            facts_.truncated = r.truncated;
            facts_.capped = r.capped;
          },
          [&](const PathsResult& r) {
            if (r.kind == PathKind::kLoops) {
              columns_ = {{"type", CellType::kText},
                          {"loop", CellType::kChain},
                          {"belief", CellType::kReal}};
            } else {
              columns_ = {{"chain", CellType::kChain},
                          {"net sign", CellType::kSigns},
                          {"belief", CellType::kReal}};
            }
            size_ = r.paths.size();
            row_ = [&r = r, chain](std::size_t i, std::vector<Cell>& cells) {
              const Path& p = r.paths[i];
              if (r.kind == PathKind::kLoops) {
                cells.push_back(TextCell{LoopTypeText(p)});
                cells.push_back(chain(p));
              } else {
                SignSet sign;
                sign.Add(p.sign);
                cells.push_back(chain(p));
                cells.push_back(SignCell{sign});
              }
              cells.push_back(Real(p.belief));
            };
            facts_.truncated = r.truncated;
            facts_.capped = r.capped;
          },
          [&](const ReachResult& r) {
            columns_ = {{r.upstream ? "cause" : "effect", CellType::kTerm},
                        {"distance", CellType::kInteger},
                        {"net sign", CellType::kSigns},
                        {"belief", CellType::kReal},
                        {"step", CellType::kChain}};
            size_ = r.nodes.size();
            row_ = [&r = r, term, names](std::size_t i, std::vector<Cell>& cells) {
              const ReachedNode& n = r.nodes[i];
              cells.push_back(term(n.id));
              cells.push_back(IntegerCell{n.distance});
              cells.push_back(SignCell{n.signs});
              if (n.chain) {
                // The step along the arrows: from the nearer node (EFFECTS), or to it.
                const ChainEnd& end = *n.chain;
                cells.push_back(RealCell{end.belief});
                cells.push_back(ChainCell{nullptr, names, &end.step, r.upstream ? n.id : end.nearer,
                                          r.upstream ? end.nearer : n.id});
              } else {
                cells.insert(cells.end(), 2, EmptyCell{});
              }
            };
            facts_.truncated = r.truncated;
            facts_.capped = r.capped;
            facts_.signs_partial = r.signs_partial;
            facts_.incomplete_components = &r.incomplete_components;
            facts_.total = r.total;
          },
          [&](const LeversResult& r) {
            columns_ = {{"lever", CellType::kTerm},       {"status", CellType::kText},
                        {"acts on", CellType::kTerm},     {"through", CellType::kTerm},
                        {"distance", CellType::kInteger}, {"net sign", CellType::kSigns},
                        {"belief", CellType::kReal}};
            size_ = r.levers.size();
            row_ = [&r = r, term](std::size_t i, std::vector<Cell>& cells) {
              const LeverRow& l = r.levers[i];
              cells.push_back(term(l.lever));
              cells.push_back(TextCell{l.recommended ? "recommended" : "in place"});
              cells.push_back(term(l.target));
              cells.push_back(term(l.relation));
              cells.push_back(IntegerCell{l.distance});
              cells.push_back(SignCell{l.signs});
              cells.push_back(Real(l.belief));
            };
            facts_.truncated = r.truncated;
            facts_.capped = r.capped;
            facts_.signs_partial = r.signs_partial;
            facts_.incomplete_components = &r.incomplete_components;
          },
          [&](const BlindspotsResult& r) {
            columns_ = {{"blind spot", CellType::kTerm},
                        {"distance", CellType::kInteger},
                        {"net sign", CellType::kSigns},
                        {"recommended for it", CellType::kTerms},
                        {"belief", CellType::kReal}};
            size_ = r.nodes.size();
            row_ = [&r = r, term](std::size_t i, std::vector<Cell>& cells) {
              const BlindspotRow& n = r.nodes[i];
              cells.push_back(term(n.id));
              cells.push_back(IntegerCell{n.distance});
              cells.push_back(SignCell{n.signs});
              TermListCell recommendations;
              for (TermId id : n.recommendations) recommendations.terms.push_back(term(id));
              cells.push_back(std::move(recommendations));
              cells.push_back(n.chain ? Cell(RealCell{n.chain->belief}) : Cell(EmptyCell{}));
            };
            facts_.truncated = r.truncated;
            facts_.capped = r.capped;
            facts_.signs_partial = r.signs_partial;
            facts_.incomplete_components = &r.incomplete_components;
          },
          [&](const ContradictionsResult& r) {
            facts_.truncated = r.truncated;
            facts_.capped = r.capped;
            size_ = r.pairs.size();
            if (r.chains) {
              columns_ = {{"chain", CellType::kChain},
                          {"belief", CellType::kReal},
                          {"against", CellType::kChain},
                          {"belief against", CellType::kReal}};
              row_ = [&r = r, chain](std::size_t i, std::vector<Cell>& cells) {
                const Contradiction& c = r.pairs[i];
                cells.push_back(chain(c.side.chain));
                cells.push_back(RealCell{c.side.belief});
                cells.push_back(chain(c.against.chain));
                cells.push_back(RealCell{c.against.belief});
              };
              return;
            }
            columns_ = {{"kind", CellType::kText},           {"claim", CellType::kChain},
                        {"belief", CellType::kReal},         {"sources", CellType::kText},
                        {"against", CellType::kChain},       {"belief against", CellType::kReal},
                        {"sources against", CellType::kText}};
            // The sources' texts, made once, for the cells to point at.
            auto sources = std::make_shared<std::vector<std::string>>();
            for (const Contradiction& c : r.pairs) {
              sources->push_back(SourcesText(c.side));
              sources->push_back(SourcesText(c.against));
            }
            row_ = [&r = r, chain, sources](std::size_t i, std::vector<Cell>& cells) {
              const Contradiction& c = r.pairs[i];
              auto text = [](const std::string& s) {
                return s.empty() ? Cell(EmptyCell{}) : Cell(TextCell{s});
              };
              cells.push_back(TextCell{ContradictionKindText(c.kind)});
              cells.push_back(chain(c.side.chain));
              cells.push_back(RealCell{c.side.belief});
              cells.push_back(text((*sources)[2 * i]));
              cells.push_back(chain(c.against.chain));
              cells.push_back(RealCell{c.against.belief});
              cells.push_back(text((*sources)[2 * i + 1]));
            };
          },
          [&](const WhyResult& r) {
            columns_ = {{"subject", CellType::kTerm},  {"relation", CellType::kTerm},
                        {"object", CellType::kTerm},   {"source", CellType::kText},
                        {"modality", CellType::kText}, {"confidence", CellType::kReal},
                        {"quote", CellType::kText},    {"stance", CellType::kText},
                        {"belief", CellType::kReal}};
            // Each row as (claim, piece of evidence); a claim without
            // evidence as (claim, none).
            constexpr std::size_t kNone = static_cast<std::size_t>(-1);
            auto pieces = std::make_shared<std::vector<std::pair<std::size_t, std::size_t>>>();
            for (std::size_t c = 0; c < r.claims.size(); ++c) {
              if (r.claims[c].evidence.empty()) pieces->emplace_back(c, kNone);
              for (std::size_t k = 0; k < r.claims[c].evidence.size(); ++k)
                pieces->emplace_back(c, k);
            }
            size_ = pieces->size();
            row_ = [&r = r, term, pieces](std::size_t i, std::vector<Cell>& cells) {
              const auto [c, k] = (*pieces)[i];
              const ClaimEvidence& claim = r.claims[c];
              cells.push_back(term(claim.triple.subject));
              cells.push_back(term(claim.triple.relation));
              cells.push_back(term(claim.triple.object));
              if (k == kNone) {
                cells.insert(cells.end(), 5, EmptyCell{});
              } else {
                const Evidence& e = claim.evidence[k];
                cells.push_back(Optional(e.source));
                cells.push_back(Optional(e.modality));
                cells.push_back(e.confidence ? Cell(RealCell{*e.confidence}) : Cell(EmptyCell{}));
                cells.push_back(Optional(e.quote));
                cells.push_back(TextCell{StanceText(e.stance)});
              }
              cells.push_back(RealCell{claim.belief.value});
            };
            facts_.truncated = facts_.capped = r.capped;
            if (r.chain) facts_.chain = chain(*r.chain);
          },
          [&](const WriteResult& r) {
            columns_ = {
                {"new edges", CellType::kInteger},        {"new nodes", CellType::kInteger},
                {"new relations", CellType::kInteger},    {"new sources", CellType::kInteger},
                {"evidence added", CellType::kInteger},   {"removed edges", CellType::kInteger},
                {"removed evidence", CellType::kInteger}, {"removed nodes", CellType::kInteger}};
            size_ = 1;
            row_ = [&r = r](std::size_t, std::vector<Cell>& cells) {
              const WriteSummary& w = r.summary;
              for (std::uint64_t n :
                   {w.new_edges, w.new_nodes, w.new_relations, w.new_sources, w.evidence_added,
                    w.removed_edges, w.removed_evidence, w.removed_nodes})
                cells.push_back(IntegerCell{static_cast<std::int64_t>(n)});
            };
            facts_.message = r.message;
            for (const PlacedWarning& w : r.summary.placed_warnings)
              facts_.warnings.push_back(w.text);
            for (const std::string& w : r.summary.warnings) facts_.warnings.push_back(w);
          },
          [&](const PlanResult& r) {
            // The tree depth first, each operator a row with its depth.
            struct Line {
              const PlanNode* node;
              std::int64_t depth;
            };
            auto lines = std::make_shared<std::vector<Line>>();
            std::vector<Line> pending{{&r.root, 0}};
            while (!pending.empty()) {
              const Line line = pending.back();
              pending.pop_back();
              lines->push_back(line);
              const auto& children = line.node->children;
              for (auto it = children.rbegin(); it != children.rend(); ++it)
                pending.push_back({&*it, line.depth + 1});
            }
            columns_ = {{"depth", CellType::kInteger},
                        {"operation", CellType::kText},
                        {"detail", CellType::kText},
                        {"rows", CellType::kInteger},
                        {"ms", CellType::kReal}};
            size_ = lines->size();
            row_ = [lines](std::size_t i, std::vector<Cell>& cells) {
              const PlanNode& n = *(*lines)[i].node;
              cells.push_back(IntegerCell{(*lines)[i].depth});
              cells.push_back(TextCell{n.operation});
              cells.push_back(TextCell{n.detail});
              cells.push_back(n.rows ? Cell(IntegerCell{static_cast<std::int64_t>(*n.rows)})
                                     : Cell(EmptyCell{}));
              cells.push_back(n.milliseconds ? Cell(RealCell{*n.milliseconds}) : Cell(EmptyCell{}));
            };
          },
          [&](const LoopCountResult& r) {
            // A row a length, then a row "total" of them all.
            columns_ = {{"length", CellType::kText},
                        {"R", CellType::kInteger},
                        {"B", CellType::kInteger},
                        {"U", CellType::kInteger},
                        {"total", CellType::kInteger}};
            auto lines = std::make_shared<std::vector<std::pair<std::string, LoopTally>>>();
            for (const LoopTally& t : r.lengths) lines->push_back({std::to_string(t.length), t});
            lines->push_back({"total", r.Sum()});
            size_ = lines->size();
            row_ = [lines](std::size_t i, std::vector<Cell>& cells) {
              const auto& [length, t] = (*lines)[i];
              cells.push_back(TextCell{length});
              for (std::uint64_t n : {t.reinforcing, t.balancing, t.unknown, t.Total()})
                cells.push_back(IntegerCell{static_cast<std::int64_t>(n)});
            };
          },
      });
}

std::vector<Cell> ResultRows::Row(std::size_t i) const {
  std::vector<Cell> cells;
  cells.reserve(columns_.size());
  row_(i, cells);
  return cells;
}

}  // namespace causalkg
