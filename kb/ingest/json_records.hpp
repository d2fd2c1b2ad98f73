// The objects of claims files in JSON (a claim, node, relation or source)
// as the sink's records. What JSON says of a field (its type, a polarity
// spelled "+", "-", "?" or null) is said here; what a field may hold, and the
// order in which its problems are reported, is the sink's.
//
// Shared by the JSON document and JSON Lines readers, so that both accept
// exactly the same objects.
#pragma once

#include <string>

#include <nlohmann/json_fwd.hpp>

#include "engine/common/status.hpp"
#include "kb/ingest/claim_sink.hpp"

namespace causalkg::kb {

// Each hands `value`, read at `origin`, to `sink` as its record.
Status SinkJsonClaim(ClaimSink& sink, const nlohmann::json& value, const Origin& origin);
Status SinkJsonNode(ClaimSink& sink, const nlohmann::json& value, const Origin& origin);
Status SinkJsonRelation(ClaimSink& sink, const nlohmann::json& value, const Origin& origin);
Status SinkJsonSource(ClaimSink& sink, const nlohmann::json& value, const Origin& origin);

// "a string", "a number", ... for messages about wrong types.
std::string JsonTypeName(const nlohmann::json& value);

}  // namespace causalkg::kb
