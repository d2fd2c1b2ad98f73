// A statement's result as Python objects in the shape of its JSON: the
// fields, names and values the binary's `--format json` writes
// (cli/render/json_output.cpp, which python/ may not include), so that a
// user moves between the two without a dictionary. The rows are made one at
// a time when asked for, so that a large result is held once, as the engine
// made it.
//
// The same field list is written here and in the JSON renderer; the tests
// (python/tests/test_json_shape.py) compare the two on every statement.
#pragma once

#include <cstddef>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include <pybind11/pybind11.h>

#include "engine/model/result.hpp"

namespace causalkg::python {

class ResultObjects {
 public:
  // `result` must outlive this view, which holds Python objects: make and
  // destroy it with the GIL held. `language` picks the labels beside ids
  // ("en", "nl"; a term without a label in it shows its English one, else
  // its id).
  ResultObjects(const QueryResult& result, std::string language);

  // "match", "count", "paths", "shortest", "loops", "effects", "causes",
  // "levers", "blindspots", "contradictions", "why", "write" or "plan".
  std::string Kind() const;
  // The document's fields but its rows: {"truncated": ..., "capped": ...},
  // WHY's "claims" and "belief", a write's counts, a plan's "plan".
  pybind11::dict Head() const;
  // The field that holds the rows ("paths", "nodes", "levers", "rows",
  // "contradictions", "evidence"), or "" for a result without one (COUNT
  // MATCH, a write, a plan).
  std::string RowsKey() const;
  std::size_t RowCount() const;
  // Row `i` (< RowCount()) as the JSON has it.
  pybind11::object Row(std::size_t i) const;
  // The arrays the JSON document has beside its rows, one entry a row:
  // {"labels": [[label, ...], ...]} for MATCH (each cell's label), else {}.
  pybind11::dict Beside() const;

  // A term's id and its label in the language asked for.
  // (As str: stored text that is not UTF-8 shows U+FFFD.)
  pybind11::str Id(TermId id) const;
  pybind11::str Label(TermId id) const;
  // A chain as PATHS writes it: nodes, labels, steps, sign, length, and a
  // loop's type.
  pybind11::dict PathObject(const Path& path) const;
  // A step as PATHS writes it: relation, sign, and its evidence summary.
  pybind11::dict StepObject(const Step& s) const;
  // The step at a reached node of its most believable shortest chain, as a
  // claim (subject, relation, object: along the arrows), and the chain's
  // belief, as the JSON's "step" and "belief".
  void AddChainEnd(const std::optional<ChainEnd>& end, TermId node, bool upstream,
                   pybind11::dict& row) const;
  // For a row whose signs are incomplete, the JSON's "signs_depend_on": the
  // nodes naming the components its unsettled signs depend on.
  void AddSignsDependOn(const std::vector<TermId>& components, pybind11::dict& row) const;

 private:
  const QueryResult& result_;
  std::string language_;
  // WHY's rows: each piece of evidence as (claim, piece).
  std::vector<std::pair<std::size_t, std::size_t>> why_pieces_;
  // Each term's id and label made a str once: a result names the same
  // terms in row after row (a chain of 8 steps names 25).
  mutable std::unordered_map<TermId, pybind11::str> ids_, labels_;
};

// A plan (EXPLAIN, PROFILE) as the JSON writes it: nested objects of
// operation, detail, what PROFILE counted, and children.
pybind11::dict PlanObject(const PlanNode& node);

}  // namespace causalkg::python
