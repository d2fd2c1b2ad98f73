// The JSON document reader: a whole knowledge base in one JSON object.
#include <nlohmann/json.hpp>

#include "kb/ingest/format_registry.hpp"
#include "kb/ingest/json_parse.hpp"
#include "kb/ingest/json_records.hpp"

namespace causalkg::kb {

using nlohmann::json;

namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

// Hands every element of the array `field` (when present) to `sink`.
template <typename Sink>
Status SinkArray(const json& document, const char* field, const std::string& file, Sink sink) {
  auto it = document.find(field);
  if (it == document.end()) return Status::Ok();
  if (!it->is_array()) {
    return Status::Load(std::string("field '") + field + "' must be an array, not " +
                        JsonTypeName(*it))
        .InFile(file);
  }
  Origin origin{file};
  for (const json& element : *it) {
    ++origin.index;
    CAUSALKG_RETURN_IF_ERROR(sink(element, origin));
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

Status ReadDocument(std::string_view text, const std::string& name, ClaimSink& sink) {
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
  // Declarations first, so that the claims find their relations declared.
  CAUSALKG_RETURN_IF_ERROR(SinkArray(
      document, "sources", name,
      [&](const json& e, const Origin& origin) { return SinkJsonSource(sink, e, origin); }));
  CAUSALKG_RETURN_IF_ERROR(SinkArray(
      document, "relations", name,
      [&](const json& e, const Origin& origin) { return SinkJsonRelation(sink, e, origin); }));
  CAUSALKG_RETURN_IF_ERROR(SinkArray(
      document, "nodes", name,
      [&](const json& e, const Origin& origin) { return SinkJsonNode(sink, e, origin); }));
  return SinkArray(document, "claims", name, [&](const json& e, const Origin& origin) {
    return SinkJsonClaim(sink, e, origin);
  });
}

// A document begins with an object (or, wrongly, another JSON value that
// the reader will name); one that says it is causalkg's is certain.
SniffScore SniffDocument(std::string_view head) {
  if (head.substr(0, kByteOrderMark.size()) == kByteOrderMark) {
    head.remove_prefix(kByteOrderMark.size());
  }
  const auto first = head.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos || (head[first] != '{' && head[first] != '[')) {
    return SniffScore::kNo;
  }
  // Whole on its first line (an export on one line, say), it may say more.
  const std::string_view line = head.substr(first, head.find('\n', first) - first);
  json value;
  if (ParseJson(line, "", 1, {kMaxDocumentDepth}, value).ok() && value.is_object() &&
      (value.contains("claims") || value.contains("format"))) {
    return SniffScore::kCertain;
  }
  return SniffScore::kWeak;
}

}  // namespace

Format JsonDocumentFormat() {
  return {"json",
          "a causalkg JSON document: sources, relations, nodes and claims in one object",
          {".json"},
          SniffDocument,
          [](FormatInput& input, ClaimSink& sink) -> Status {
            auto text = input.Whole();
            if (!text.ok()) return std::move(text).TakeStatus();
            return ReadDocument(*text, input.name(), sink);
          }};
}

}  // namespace causalkg::kb
