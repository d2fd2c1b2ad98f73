// The JSON document reader: a whole knowledge base in one JSON object.
#include <nlohmann/json.hpp>

#include "kb/ingest/claim_applier.hpp"
#include "kb/ingest/json_parse.hpp"
#include "kb/ingest/load.hpp"

namespace causalkg::kb {

using nlohmann::json;

namespace {

// Applies every element of the array `field` (when present) with `apply`.
template <typename Apply>
Status ApplyArray(const json& document, const char* field, const char* item, Apply apply) {
  auto it = document.find(field);
  if (it == document.end()) return Status::Ok();
  if (!it->is_array()) {
    return Status::Load(std::string("field '") + field + "' must be an array, not " +
                        JsonTypeName(*it));
  }
  std::size_t index = 0;
  for (const json& element : *it) {
    CAUSALKG_RETURN_IF_ERROR(apply(element, std::string(item) + " " + std::to_string(++index)));
  }
  return Status::Ok();
}

// A value as quoted in a message: one of a megabyte shows its start.
std::string Excerpt(std::string text) {
  constexpr std::size_t kShown = 60;
  if (text.size() <= kShown) return text;
  std::size_t cut = kShown;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return text.substr(0, cut) + "...";
}

}  // namespace

Status StageDocument(WriteSet& write, std::string_view text, const std::string& name,
                     std::uint64_t& claims) {
  json document;
  CAUSALKG_RETURN_IF_ERROR(
      ParseJson(text, name, 1, {kMaxDocumentDepth, /*allow_bom=*/true}, document));
  if (!document.is_object()) {
    return Status::Load("a claims document must be a JSON object with a \"claims\" array, not " +
                            JsonTypeName(document),
                        "for one claim per line, name the file .jsonl")
        .InFile(name);
  }
  if (auto format = document.find("format"); format != document.end() && *format != "causalkg/1") {
    return Status::Load("unknown format " + Excerpt(format->dump()) +
                        "; this causalkg reads \"causalkg/1\"")
        .InFile(name);
  }
  if (!document.contains("claims")) {
    return Status::Load("the document has no \"claims\" array").InFile(name);
  }
  ClaimApplier applier(write);
  auto in_file = [&name](Status s) { return s.ok() ? std::move(s) : std::move(s).InFile(name); };
  CAUSALKG_RETURN_IF_ERROR(in_file(ApplyArray(
      document, "sources", "source",
      [&](const json& e, const std::string& where) { return applier.ApplySource(e, where); })));
  CAUSALKG_RETURN_IF_ERROR(in_file(ApplyArray(
      document, "relations", "relation",
      [&](const json& e, const std::string& where) { return applier.ApplyRelation(e, where); })));
  CAUSALKG_RETURN_IF_ERROR(
      in_file(ApplyArray(document, "nodes", "node", [&](const json& e, const std::string& where) {
        return applier.ApplyNode(e, where);
      })));
  CAUSALKG_RETURN_IF_ERROR(
      in_file(ApplyArray(document, "claims", "claim", [&](const json& e, const std::string& where) {
        return applier.ApplyClaim(e, where);
      })));
  claims += applier.claims();
  return Status::Ok();
}

}  // namespace causalkg::kb
