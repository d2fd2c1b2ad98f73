// A piece of evidence as WHY's table shows it: what it is from on one line,
// where in its source and its attributes on the next, compactly.
#pragma once

#include <string>

#include "engine/model/model.hpp"

namespace causalkg::cli {

// "refutes: scp-2025, can, confidence 0.8, imported from vensim": the stance
// when it refutes, the source, modality, confidence, and how it came.
std::string EvidenceAbout(const Evidence& e);

// "§2.1 p.14 @120-188 https://example.org/r.pdf  weight=0.5 delay=DELAY1":
// the locator and the attributes; "" when it has neither.
std::string EvidenceWhere(const Evidence& e);

}  // namespace causalkg::cli
