// Claims between things a file names in words (INDRA's agents and concepts,
// CauseNet's concepts) rather than by id: what the readers of such files
// share.
//
// A name becomes a node id the way every importer of maps makes one
// ("Social cohesion" -> social_cohesion) and the node keeps the name as
// written for its label. Nodes, relations and sources are declared to the
// sink once each, however often the file names them.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "engine/common/status.hpp"
#include "kb/ingest/claim_sink.hpp"

namespace causalkg::kb::named {

// `name` as a node id, as the map importers make one (maps::IdFromText:
// lower case, each run of blanks and punctuation one '_', letters beyond
// ASCII kept); empty for a name without a letter or a digit.
std::string NodeId(std::string_view name);

// The relations a claim of each sign becomes when its file names none.
inline constexpr std::string_view kIncreases = "increases";
inline constexpr std::string_view kDecreases = "decreases";
inline constexpr std::string_view kInfluences = "influences";  // causal, sign not stated

// A piece of evidence as the file gives it; all of it imported from `tool`.
struct Evidence {
  std::string source, quote, modality;
  std::optional<double> confidence;
  std::string url, section;
  std::string tool;  // "causenet", "indra:reach"
  std::vector<std::pair<std::string, double>> numbers;  // attributes: belief, ...
};

struct Claim {
  std::string subject, relation, object;  // node ids and a relation
  std::vector<Evidence> evidence;         // none for a bare claim
};

// A source as declared: its id and the JSON object stored for it.
struct Source {
  std::string id, json;
};

class GraphWriter {
 public:
  explicit GraphWriter(ClaimSink& sink) : sink_(sink) {}

  // Declares the node `id` labelled `label` (English), once.
  Status Node(const std::string& id, std::string_view label, const Origin& origin);
  // Declares `relation` with `polarity` and an English and a Dutch label, once.
  Status Relation(std::string_view relation, Polarity polarity, std::string_view dutch,
                  const Origin& origin);
  Status Source(const Source& source, const Origin& origin);
  Status Add(const Claim& claim, const Origin& origin);

 private:
  ClaimSink& sink_;
  std::unordered_set<std::string> nodes_, relations_, sources_;
  std::vector<EvidenceRecord> pieces_;
  std::vector<AttributeRecord> attributes_;  // of all the pieces of a claim
};

}  // namespace causalkg::kb::named
