// The Mental Modeler format: .mmp models in XML or JSON
// (mental_modeler_map.hpp).
#include "kb/ingest/format_registry.hpp"
#include "kb/ingest/formats/causal_map_sink.hpp"
#include "kb/ingest/formats/mental_modeler_map.hpp"

namespace causalkg::kb {

Format MentalModelerFormat() {
  return {"mmp",
          "a Mental Modeler model (.mmp, XML or JSON)",
          {".mmp"},
          [](std::string_view head) {
            return maps::LooksLikeMentalModeler(head) ? SniffScore::kCertain : SniffScore::kNo;
          },
          [](FormatInput& input, ClaimSink& sink) {
            return maps::ReadMap(input, sink, maps::ParseMentalModeler);
          }};
}

}  // namespace causalkg::kb
