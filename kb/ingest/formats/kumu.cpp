// The Kumu format: blueprints and project backups (kumu_map.hpp).
#include "kb/ingest/format_registry.hpp"
#include "kb/ingest/formats/causal_map_sink.hpp"
#include "kb/ingest/formats/kumu_map.hpp"

namespace causalkg::kb {

Format KumuFormat() {
  return {"kumu",
          "a Kumu map: a blueprint or a project backup (elements, connections, loops)",
          {".json"},
          [](std::string_view head) {
            return maps::LooksLikeKumu(head) ? SniffScore::kStrong : SniffScore::kNo;
          },
          [](FormatInput& input, ClaimSink& sink) {
            return maps::ReadMap(input, sink, maps::ParseKumu);
          }};
}

}  // namespace causalkg::kb
