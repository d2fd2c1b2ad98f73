#include "kb/export/kumu.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>
#include <unordered_map>

#include "engine/model/vocabulary.hpp"
#include "kb/export/evidence_order.hpp"

namespace causalkg::kb {

namespace {

using Json = nlohmann::ordered_json;

// Whether Kumu's importer gives `name` back from a type written as `name`:
// words of lower-case ASCII letters and digits joined by single '_'.
bool IsTypeId(std::string_view name) {
  if (name.empty() || name.front() == '_' || name.back() == '_') return false;
  char last = '\0';
  for (const char c : name) {
    const bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!word && !(c == '_' && last != '_')) return false;
    last = c;
  }
  return true;
}

// One element or connection a line, the whole not held in memory.
class BlueprintWriter {
 public:
  explicit BlueprintWriter(std::ostream& out) : out_(out) {}

  void Open(const char* list) {
    out_ << (lists_++ == 0 ? "{\n" : "\n  ],\n") << "  \"" << list << "\": [";
    first_ = true;
  }
  void Item(const Json& item) {
    out_ << (first_ ? "\n    " : ",\n    ");
    first_ = false;
    try {
      out_ << item.dump();
    } catch (const Json::type_error&) {
      ++not_utf8_;
      out_ << item.dump(-1, ' ', false, Json::error_handler_t::replace);
    }
  }
  void Close() { out_ << "\n  ]\n}\n"; }
  std::uint64_t not_utf8() const { return not_utf8_; }

 private:
  std::ostream& out_;
  int lists_ = 0;
  bool first_ = true;
  std::uint64_t not_utf8_ = 0;
};

// A relation's sign: "+", "-", null for one declared not causal; nullopt
// for one whose polarity was never given, whose sign Kumu's reader then
// takes as not stated.
std::optional<Json> PolarityJson(const TermInfo& relation) {
  if (!relation.polarity_declared) return std::nullopt;
  if (relation.polarity == Polarity::kNone) return Json(nullptr);
  return Json(PolarityText(relation.polarity));
}

// The attributes a Kumu connection has a field for, which Kumu's reader
// gives back: a weight or strength, and whether the link is delayed.
void AddMapAttributes(const Evidence& e, Json& connection) {
  for (const char* name : {"weight", "strength"}) {
    auto it = e.attributes.find(std::string_view(name));
    if (it == e.attributes.end()) continue;
    if (const double* number = std::get_if<double>(&it->second)) connection[name] = *number;
  }
  if (e.attributes.count(std::string_view("delay"))) connection["delayed"] = true;
}

}  // namespace

Status WriteKumu(const Store& store, const StoreSnapshot& snapshot, std::ostream& out,
                 std::uint64_t& not_utf8) {
  auto Name = [&](TermId id) -> const std::string& { return snapshot.Name(id); };

  // Each node's type: the first is_a triple without evidence whose kind
  // Kumu gives back as written. Those triples are written as types only.
  std::unordered_map<TermId, TermId> type_of;
  std::set<Triple> as_types;
  for (const Triple& t : snapshot.triples) {
    if (Name(t.relation) != kIsA || type_of.count(t.subject) || !IsTypeId(Name(t.object))) {
      continue;
    }
    auto evidence = SortedEvidenceOf(store, t);
    if (!evidence.ok()) return std::move(evidence).TakeStatus();
    if (!evidence.value().empty()) continue;
    type_of.emplace(t.subject, t.object);
    as_types.insert(t);
  }
  // A kind named only as a type, without labels, needs no element: Kumu's
  // importer makes it from the type.
  std::set<TermId> in_connections, kinds;
  for (const Triple& t : snapshot.triples) {
    if (as_types.count(t)) continue;
    in_connections.insert(t.subject);
    in_connections.insert(t.object);
  }
  for (const auto& [node, kind] : type_of) kinds.insert(kind);

  BlueprintWriter writer(out);
  writer.Open("elements");
  std::vector<TermId> nodes;
  for (const auto& [id, term] : snapshot.terms) {
    if (term.info.roles & kRoleNode) nodes.push_back(id);
  }
  std::sort(nodes.begin(), nodes.end(), [&](TermId a, TermId b) { return Name(a) < Name(b); });
  for (const TermId id : nodes) {
    const ExportTerm& node = snapshot.terms.at(id);
    if (kinds.count(id) && !in_connections.count(id) && !type_of.count(id) &&
        node.info.labels.empty()) {
      continue;
    }
    Json element = {{"id", node.name}};
    auto english = node.info.labels.find("en");
    element["label"] = english != node.info.labels.end() ? english->second : node.name;
    for (const auto& [language, label] : node.info.labels) {
      if (language != "en") element["label." + language] = label;
    }
    if (auto type = type_of.find(id); type != type_of.end()) element["type"] = Name(type->second);
    writer.Item(element);
  }

  writer.Open("connections");
  for (const Triple& t : snapshot.triples) {
    if (as_types.count(t)) continue;
    const ExportTerm& relation = snapshot.terms.at(t.relation);
    Json base = {{"from", Name(t.subject)}, {"to", Name(t.object)}, {"type", relation.name}};
    if (auto polarity = PolarityJson(relation.info)) base["polarity"] = *polarity;
    auto evidence = SortedEvidenceOf(store, t);
    if (!evidence.ok()) return std::move(evidence).TakeStatus();
    if (evidence.value().empty()) writer.Item(base);
    for (const Evidence& e : evidence.value()) {
      Json connection = base;
      if (!e.quote.empty()) connection["description"] = e.quote;
      if (!e.source.empty()) connection["source"] = e.source;
      if (e.confidence) connection["confidence"] = *e.confidence;
      if (!e.modality.empty()) connection["modality"] = e.modality;
      AddMapAttributes(e, connection);
      writer.Item(connection);
    }
  }
  writer.Close();
  not_utf8 += writer.not_utf8();
  return Status::Ok();
}

}  // namespace causalkg::kb
