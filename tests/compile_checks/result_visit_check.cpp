// Compiled (never linked) by the checks in CMakeLists.txt beside it: as it
// is, it must compile; with VISITOR_MISSING_TYPE (no overload for
// PlanResult) or VISITOR_CATCH_ALL (an `auto` overload besides the named
// ones), VisitResult must refuse it, saying why.
#include "engine/model/result_visit.hpp"

namespace causalkg {

int KindNumber(const ResultBody& body) {
  return VisitResult(body, Overloaded{
                               [](const MatchResult&) { return 1; },
                               [](const PathsResult&) { return 2; },
                               [](const ReachResult&) { return 3; },
                               [](const LeversResult&) { return 4; },
                               [](const BlindspotsResult&) { return 5; },
                               [](const ContradictionsResult&) { return 9; },
                               [](const WhyResult&) { return 6; },
                               [](const WriteResult&) { return 7; },
                               [](const LoopCountResult&) { return 10; },
#ifndef VISITOR_MISSING_TYPE
                               [](const PlanResult&) { return 8; },
#endif
#ifdef VISITOR_CATCH_ALL
                               [](const auto&) { return 0; },
#endif
                           });
}

}  // namespace causalkg
