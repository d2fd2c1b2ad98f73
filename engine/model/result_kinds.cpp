#include "engine/model/result_kinds.hpp"

#include "engine/model/result_visit.hpp"

namespace causalkg {

std::uint64_t RowsOf(const ResultBody& body) {
  return VisitResult(
      body, Overloaded{
                [](const MatchResult& r) -> std::uint64_t {
                  return r.count_only ? r.count : r.rows.size();
                },
                [](const PathsResult& r) -> std::uint64_t { return r.paths.size(); },
                [](const ReachResult& r) -> std::uint64_t { return r.nodes.size(); },
                [](const LeversResult& r) -> std::uint64_t { return r.levers.size(); },
                [](const BlindspotsResult& r) -> std::uint64_t { return r.nodes.size(); },
                [](const ContradictionsResult& r) -> std::uint64_t { return r.pairs.size(); },
                [](const WhyResult& r) -> std::uint64_t { return r.EvidenceCount(); },
                [](const WriteResult&) -> std::uint64_t { return 0; },
                [](const PlanResult&) -> std::uint64_t { return 0; },
                [](const LoopCountResult& r) -> std::uint64_t { return r.Sum().Total(); },
            });
}

bool ChangedStore(const ResultBody& body) {
  return VisitResult(body, Overloaded{
                               [](const MatchResult&) { return false; },
                               [](const PathsResult&) { return false; },
                               [](const ReachResult&) { return false; },
                               [](const LeversResult&) { return false; },
                               [](const BlindspotsResult&) { return false; },
                               [](const ContradictionsResult&) { return false; },
                               [](const WhyResult&) { return false; },
                               [](const WriteResult&) { return true; },
                               [](const PlanResult&) { return false; },
                               [](const LoopCountResult&) { return false; },
                           });
}

bool IsGraphShaped(const ResultBody& body) {
  return VisitResult(
      body, Overloaded{
                [](const MatchResult& r) { return !r.count_only && !r.edge_patterns.empty(); },
                [](const PathsResult&) { return true; },
                [](const ReachResult&) { return true; },
                [](const LeversResult&) { return true; },
                [](const BlindspotsResult&) { return true; },
                [](const ContradictionsResult&) { return true; },
                [](const WhyResult&) { return true; },
                [](const WriteResult&) { return false; },
                [](const PlanResult&) { return false; },
                [](const LoopCountResult&) { return false; },
            });
}

}  // namespace causalkg
