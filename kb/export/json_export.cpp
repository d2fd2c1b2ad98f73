// The store as claims: a JSON document or JSON Lines, which load back into
// the same store.
#include <algorithm>
#include <ostream>
#include <tuple>

#include <nlohmann/json.hpp>

#include "kb/export/snapshot.hpp"
#include "kb/ingest/source_rates.hpp"

namespace causalkg::kb {

using nlohmann::json;

namespace {

// JSON text on one line. A store written before stored text was checked may
// hold bytes that are not UTF-8; they are written as U+FFFD (and counted)
// rather than failing the whole export.
class JsonWriter {
 public:
  explicit JsonWriter(std::uint64_t& replaced) : replaced_(replaced) {}
  std::string operator()(const json& value) {
    try {
      return value.dump();
    } catch (const json::type_error&) {
      ++replaced_;
      return value.dump(-1, ' ', /*ensure_ascii=*/false, json::error_handler_t::replace);
    }
  }

 private:
  std::uint64_t& replaced_;
};

// A source as it was stored (a JSON object), with the error rates the
// store keeps for it (which .sources SET may have changed since); one whose
// record no longer parses is written with its id alone.
json SourceJson(const SourceInfo& source) {
  json parsed = json::parse(source.json, nullptr, /*allow_exceptions=*/false);
  if (!parsed.is_object()) parsed = {{"id", source.id}};
  // Only those it declares: a store written before the rates were kept
  // apart may hold them in the declaration alone.
  if (source.errors.systematic) parsed[kSystematicErrorKey] = *source.errors.systematic;
  if (source.errors.random) parsed[kRandomErrorKey] = *source.errors.random;
  if (source.errors.reliability) parsed[kReliabilityKey] = *source.errors.reliability;
  return parsed;
}

json LabelsJson(const Labels& labels) {
  json out = json::object();
  for (const auto& [language, label] : labels) out[language] = label;
  return out;
}

json RelationJson(const ExportTerm& term) {
  json out = {{"id", term.name}};
  if (term.info.polarity_declared) {
    out["polarity"] = term.info.polarity == Polarity::kNone
                          ? json(nullptr)
                          : json(PolarityText(term.info.polarity));
  }
  if (!term.info.labels.empty()) out["label"] = LabelsJson(term.info.labels);
  return out;
}

json NodeJson(const ExportTerm& term) {
  json out = {{"id", term.name}};
  if (!term.info.labels.empty()) out["label"] = LabelsJson(term.info.labels);
  return out;
}

// What a piece says beyond source, quote, modality and confidence, in the
// fields the claims format reads it from; only those it has.
void AddDetails(const Evidence& e, json& claim) {
  const Locator& at = e.locator;
  if (at.start) claim["start"] = *at.start;
  if (at.end) claim["end"] = *at.end;
  if (!at.page.empty()) claim["page"] = at.page;
  if (!at.section.empty()) claim["section"] = at.section;
  if (!at.url.empty()) claim["url"] = at.url;
  if (e.origin != EvidenceOrigin::kUnspecified) claim["origin"] = OriginText(e.origin);
  if (!e.tool.empty()) claim["tool"] = e.tool;
  if (e.stance != Stance::kSupports) claim["stance"] = StanceText(e.stance);
  if (e.attributes.empty()) return;
  json attributes = json::object();
  for (const auto& [name, value] : e.attributes) {
    if (const double* number = std::get_if<double>(&value)) {
      attributes[name] = *number;
    } else {
      attributes[name] = std::get<std::string>(value);
    }
  }
  claim["attributes"] = std::move(attributes);
}

// Visits each claim of the store as JSON: one per piece of evidence, or a
// bare one for a triple without evidence.
template <typename Visit>
Status ForEachClaim(const Store& store, const StoreSnapshot& snap, Visit visit) {
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
      AddDetails(e, full);
      visit(full);
    }
  }
  return Status::Ok();
}

}  // namespace

Status WriteJsonDocument(const Store& store, const StoreSnapshot& snap, std::ostream& out,
                         std::uint64_t& not_utf8) {
  JsonWriter text(not_utf8);
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
  for (const ExportTerm* r : snap.relations) {
    out << sep << text(RelationJson(*r));
    sep = ",\n    ";
  }
  out << (snap.relations.empty() ? "],\n" : "\n  ],\n") << "  \"nodes\": [";
  sep = "\n    ";
  for (const ExportTerm* n : snap.nodes) {
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

Status WriteJsonLines(const Store& store, const StoreSnapshot& snap, std::ostream& out,
                      std::uint64_t& not_utf8) {
  JsonWriter text(not_utf8);
  for (const SourceInfo& s : snap.sources) out << text(json{{"source", SourceJson(s)}}) << '\n';
  for (const ExportTerm* r : snap.relations) {
    out << text(json{{"relation", RelationJson(*r)}}) << '\n';
  }
  for (const ExportTerm* n : snap.nodes) {
    if (!n->info.labels.empty()) out << text(json{{"node", NodeJson(*n)}}) << '\n';
  }
  return ForEachClaim(store, snap, [&](const json& claim) { out << text(claim) << '\n'; });
}

}  // namespace causalkg::kb
