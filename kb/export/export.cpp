#include "kb/export/export.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <unordered_map>
#include <vector>

#include "kb/export/ntriples.hpp"

namespace causalkg::kb {

using nlohmann::json;

namespace {

// JSON text on one line. A store written before stored text was checked may
// hold bytes that are not UTF-8; they are written as U+FFFD (and counted)
// rather than failing the whole export.
class JsonWriter {
 public:
  std::string operator()(const json& value) {
    try {
      return value.dump();
    } catch (const json::type_error&) {
      ++replaced_;
      return value.dump(-1, ' ', /*ensure_ascii=*/false, json::error_handler_t::replace);
    }
  }
  std::uint64_t replaced() const { return replaced_; }

 private:
  std::uint64_t replaced_ = 0;
};

// A source as it was stored (a JSON object); one whose record no longer
// parses is written with its id alone.
json SourceJson(const SourceInfo& source) {
  json parsed = json::parse(source.json, nullptr, /*allow_exceptions=*/false);
  if (!parsed.is_object()) parsed = {{"id", source.id}};
  return parsed;
}

struct Term {
  std::string name;
  TermInfo info;
};

struct Snapshot {
  std::unordered_map<TermId, Term> terms;
  std::vector<const Term*> nodes;      // by name
  std::vector<const Term*> relations;  // by name
  std::vector<Triple> triples;         // by subject, relation, object name
  std::vector<SourceInfo> sources;     // by id
  const std::string& Name(TermId id) const { return terms.at(id).name; }
};

Status TakeSnapshot(const Store& store, Snapshot& snap) {
  CAUSALKG_RETURN_IF_ERROR(
      store.ForEachTerm([&](TermId id, const std::string& name, const TermInfo& info) {
        snap.terms.emplace(id, Term{name, info});
        return true;
      }));
  for (const auto& [id, term] : snap.terms) {
    if (term.info.roles & kRoleNode) snap.nodes.push_back(&term);
    if (term.info.roles & kRoleRelation) snap.relations.push_back(&term);
  }
  auto by_name = [](const Term* a, const Term* b) { return a->name < b->name; };
  std::sort(snap.nodes.begin(), snap.nodes.end(), by_name);
  std::sort(snap.relations.begin(), snap.relations.end(), by_name);
  CAUSALKG_RETURN_IF_ERROR(store.Scan({}, [&](const Triple& t) {
    snap.triples.push_back(t);
    return true;
  }));
  std::sort(snap.triples.begin(), snap.triples.end(), [&](const Triple& a, const Triple& b) {
    const std::string &as = snap.Name(a.subject), &bs = snap.Name(b.subject);
    if (as != bs) return as < bs;
    const std::string &ar = snap.Name(a.relation), &br = snap.Name(b.relation);
    if (ar != br) return ar < br;
    return snap.Name(a.object) < snap.Name(b.object);
  });
  auto sources = store.Sources();
  if (!sources.ok()) return std::move(sources).TakeStatus();
  snap.sources = std::move(sources).value();
  return Status::Ok();
}

json LabelsJson(const Labels& labels) {
  json out = json::object();
  for (const auto& [language, label] : labels) out[language] = label;
  return out;
}

json RelationJson(const Term& term) {
  json out = {{"id", term.name}};
  if (term.info.polarity_declared) {
    out["polarity"] = term.info.polarity == Polarity::kNone
                          ? json(nullptr)
                          : json(PolarityText(term.info.polarity));
  }
  if (!term.info.labels.empty()) out["label"] = LabelsJson(term.info.labels);
  return out;
}

json NodeJson(const Term& term) {
  json out = {{"id", term.name}};
  if (!term.info.labels.empty()) out["label"] = LabelsJson(term.info.labels);
  return out;
}

// Visits each claim of the store as JSON: one per piece of evidence, or a
// bare one for a triple without evidence.
template <typename Visit>
Status ForEachClaim(const Store& store, const Snapshot& snap, Visit visit) {
  for (const Triple& t : snap.triples) {
    json claim = {{"subject", snap.Name(t.subject)},
                  {"relation", snap.Name(t.relation)},
                  {"object", snap.Name(t.object)}};
    std::vector<Evidence> evidence;
    if (store.counts().evidence > 0) {
      auto found = store.EvidenceOf(t);
      if (!found.ok()) return std::move(found).TakeStatus();
      evidence = std::move(found).value();
    }
    std::sort(evidence.begin(), evidence.end(), [](const Evidence& a, const Evidence& b) {
      return std::tie(a.source, a.quote) < std::tie(b.source, b.quote);
    });
    if (evidence.empty()) visit(claim);
    for (const Evidence& e : evidence) {
      json full = claim;
      if (!e.source.empty()) full["source"] = e.source;
      if (!e.quote.empty()) full["quote"] = e.quote;
      if (!e.modality.empty()) full["modality"] = e.modality;
      if (e.confidence) full["confidence"] = *e.confidence;
      visit(full);
    }
  }
  return Status::Ok();
}

Status ExportJson(const Store& store, const Snapshot& snap, JsonWriter& text, std::ostream& out) {
  // Streamed by hand around the claims, so that a million claims never sit
  // in memory as one JSON value.
  out << "{\n  \"format\": \"causalkg/1\",\n  \"sources\": [";
  const char* sep = "\n    ";
  for (const SourceInfo& s : snap.sources) {
    out << sep << text(SourceJson(s));
    sep = ",\n    ";
  }
  out << (snap.sources.empty() ? "],\n" : "\n  ],\n") << "  \"relations\": [";
  sep = "\n    ";
  for (const Term* r : snap.relations) {
    out << sep << text(RelationJson(*r));
    sep = ",\n    ";
  }
  out << (snap.relations.empty() ? "],\n" : "\n  ],\n") << "  \"nodes\": [";
  sep = "\n    ";
  for (const Term* n : snap.nodes) {
    out << sep << text(NodeJson(*n));
    sep = ",\n    ";
  }
  out << (snap.nodes.empty() ? "],\n" : "\n  ],\n") << "  \"claims\": [";
  sep = "\n    ";
  bool any = false;
  CAUSALKG_RETURN_IF_ERROR(ForEachClaim(store, snap, [&](const json& claim) {
    out << sep << text(claim);
    sep = ",\n    ";
    any = true;
  }));
  out << (any ? "\n  ]\n}\n" : "]\n}\n");
  return Status::Ok();
}

Status ExportJsonLines(const Store& store, const Snapshot& snap, JsonWriter& text,
                       std::ostream& out) {
  for (const SourceInfo& s : snap.sources) out << text(json{{"source", SourceJson(s)}}) << '\n';
  for (const Term* r : snap.relations) out << text(json{{"relation", RelationJson(*r)}}) << '\n';
  for (const Term* n : snap.nodes) {
    if (!n->info.labels.empty()) out << text(json{{"node", NodeJson(*n)}}) << '\n';
  }
  return ForEachClaim(store, snap, [&](const json& claim) { out << text(claim) << '\n'; });
}

Status ExportNTriples(const Snapshot& snap, std::ostream& out) {
  for (const Term* r : snap.relations) {
    for (const auto& [language, label] : r->info.labels) {
      out << RelationIri(r->name) << ' ' << kRdfsLabel << ' ' << LangLiteral(label, language)
          << " .\n";
    }
    if (r->info.polarity != Polarity::kNone) {
      out << RelationIri(r->name) << ' ' << kPolarityIri << ' '
          << LangLiteral(PolarityText(r->info.polarity), "") << " .\n";
    }
  }
  for (const Term* n : snap.nodes) {
    for (const auto& [language, label] : n->info.labels) {
      out << NodeIri(n->name) << ' ' << kRdfsLabel << ' ' << LangLiteral(label, language) << " .\n";
    }
  }
  for (const Triple& t : snap.triples) {
    out << NodeIri(snap.Name(t.subject)) << ' ' << PredicateIri(snap.Name(t.relation)) << ' '
        << NodeIri(snap.Name(t.object)) << " .\n";
  }
  return Status::Ok();
}

}  // namespace

bool ParseExportFormat(const std::string& name, ExportFormat& format) {
  if (name == "json")
    format = ExportFormat::kJson;
  else if (name == "jsonl")
    format = ExportFormat::kJsonLines;
  else if (name == "ntriples" || name == "nt")
    format = ExportFormat::kNTriples;
  else
    return false;
  return true;
}

Status Export(const Store& store, ExportFormat format, std::ostream& out, std::uint64_t* not_utf8) {
  Snapshot snap;
  CAUSALKG_RETURN_IF_ERROR(TakeSnapshot(store, snap));
  JsonWriter text;
  Status s = format == ExportFormat::kJson        ? ExportJson(store, snap, text, out)
             : format == ExportFormat::kJsonLines ? ExportJsonLines(store, snap, text, out)
                                                  : ExportNTriples(snap, out);
  if (not_utf8) *not_utf8 = text.replaced();
  if (s.ok() && !out) return Status::Storage("writing the export failed");
  return s;
}

}  // namespace causalkg::kb
