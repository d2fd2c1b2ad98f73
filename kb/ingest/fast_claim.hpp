// A fast reader for the commonest JSON Lines line: one plain claim object.
//
// Bulk files hold millions of lines of the same shape; reading those with
// simdjson's on-demand parser instead of building a DOM is most of the load
// time saved. Anything else (a declaration, an unknown key, a wrong type,
// malformed JSON) is left to the general reader, which accepts and rejects
// exactly what the format says and words the errors.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kb/ingest/claim_sink.hpp"

namespace causalkg::kb {

// The fields of a plain claim; the views live until the next Read(). Kept
// from one line to the next, so that a line with attributes allocates
// nothing once one before it had as many.
struct FastClaimFields {
  std::string_view subject, relation, object;
  EvidenceRecord evidence;  // its attributes point into `attributes`
  std::vector<AttributeRecord> attributes;
};

class FastClaimReader {
 public:
  FastClaimReader();
  ~FastClaimReader();
  // Reads `line` (whose buffer may be grown for the parser's padding).
  // Returns false when the line is not a plain, valid claim.
  bool Read(std::string& line, FastClaimFields& fields);
  // Reads `line`, whose memory may be read (not written) up to `readable`
  // bytes from its start: at least its size and Padding().
  bool Read(std::string_view line, std::size_t readable, FastClaimFields& fields);
  // The bytes the parser may read past a line's end.
  static std::size_t Padding();

 private:
  struct Parser;
  std::unique_ptr<Parser> parser_;
};

}  // namespace causalkg::kb
