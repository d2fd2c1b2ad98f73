// A line diff of two texts in the unified style of `diff -u`, for golden
// tests to show what changed.
#pragma once

#include <string>

namespace causalkg::testing {

// "--- expected\n+++ actual\n@@ -a,b +c,d @@\n ..." with `context` unchanged
// lines around each change; "" when the texts are equal.
std::string UnifiedDiff(const std::string& expected, const std::string& actual,
                        std::size_t context = 3);

}  // namespace causalkg::testing
