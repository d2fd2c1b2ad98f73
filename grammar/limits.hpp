// The bounds the grammar checks, defined once: the parser enforces them, the
// engine searches within them and the help and the error messages name them.
#pragma once

namespace causalkg::grammar {

// The fewest and the most steps a chain statement may be asked to follow
// (DEPTH n). The most is the engine's bound too: every simple chain of up to
// this many steps is enumerated within the result bounds.
inline constexpr int kMinDepth = 1;
inline constexpr int kMaxDepth = 12;

// LOOPS and COUNT LOOPS search each strongly connected component once
// (Johnson's circuits), so their DEPTH may be any number up to this, or ALL
// (kAllDepths): a loop never has more steps than its component has nodes.
inline constexpr int kMaxLoopDepth = 1000000;
inline constexpr int kAllDepths = 2147483647;  // DEPTH ALL

}  // namespace causalkg::grammar
