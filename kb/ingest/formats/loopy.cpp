// The LOOPY format: saved models and links to them (loopy_map.hpp).
#include "kb/ingest/format_registry.hpp"
#include "kb/ingest/formats/causal_map_sink.hpp"
#include "kb/ingest/formats/loopy_map.hpp"

namespace causalkg::kb {

Format LoopyFormat() {
  return {"loopy",
          "a LOOPY model: a saved .loopy file or a link to one",
          {".loopy"},
          [](std::string_view head) {
            return maps::LooksLikeLoopy(head) ? SniffScore::kStrong : SniffScore::kNo;
          },
          [](FormatInput& input, ClaimSink& sink) {
            return maps::ReadMap(input, sink, maps::ParseLoopy);
          }};
}

}  // namespace causalkg::kb
