// ClaimApplier: checks one JSON object of a claims file (a claim, node,
// relation or source) and stages it into a WriteSet.
//
// Shared by the JSON document and JSON Lines readers, so that both accept
// exactly the same fields and report the same errors. `where` names the
// object for messages: "claim 3", "node 2", "line 17".
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

#include "engine/common/status.hpp"
#include "engine/storage/write_set.hpp"

namespace causalkg::kb {

class ClaimApplier {
 public:
  explicit ClaimApplier(WriteSet& write) : write_(write) {}

  // {"subject", "relation", "object"} required; "source", "quote",
  // "modality" strings and "confidence" in 0..1 optional.
  Status ApplyClaim(const nlohmann::json& claim, const std::string& where);
  // A claim whose fields were already checked.
  Status ApplyClaimFields(std::string_view subject, std::string_view relation,
                          std::string_view object, Evidence evidence);
  // {"id"} required; "kind" (becomes `id is_a kind`) and "label" optional.
  Status ApplyNode(const nlohmann::json& node, const std::string& where);
  // {"id"} required; "polarity" "+", "-" or null, and "label" optional.
  Status ApplyRelation(const nlohmann::json& relation, const std::string& where);
  // {"id"} required; the rest is kept as it is.
  Status ApplySource(const nlohmann::json& source, const std::string& where);

  std::uint64_t claims() const { return claims_; }

 private:
  WriteSet& write_;
  std::uint64_t claims_ = 0;
};

// `s` said of the object or field `where` ("claim 3: ..."), when it is an
// error about the input (a Storage error is about the database, and stays
// as it is).
Status Within(std::string_view where, Status s);

// "where: text", or `text` alone when `where` is empty (a JSON Lines line,
// whose place is the line number the status carries).
std::string Placed(std::string_view where, std::string_view text);

// "a string", "a number", ... for messages about wrong types.
std::string JsonTypeName(const nlohmann::json& value);

}  // namespace causalkg::kb
