// The bounds the grammar checks, defined once: the parser enforces them, the
// engine searches within them and the help and the error messages name them.
#pragma once

namespace causalkg::grammar {

// The fewest and the most steps a chain statement may be asked to follow
// (DEPTH n). The most is the engine's bound too: every simple chain of up to
// this many steps is enumerated within the result bounds.
inline constexpr int kMinDepth = 1;
inline constexpr int kMaxDepth = 12;

}  // namespace causalkg::grammar
