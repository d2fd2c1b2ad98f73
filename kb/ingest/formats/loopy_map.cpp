#include "kb/ingest/formats/loopy_map.hpp"

#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <tuple>
#include <unordered_map>

#include "engine/storage/field_rules.hpp"
#include "kb/ingest/formats/json_places.hpp"
#include "kb/ingest/json_parse.hpp"

namespace causalkg::kb::maps {

using nlohmann::json;

namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// `text` with its %XX sequences decoded, as JavaScript's
// decodeURIComponent does; nullopt where it would throw (a '%' not followed
// by two hex digits). Bytes that do not make UTF-8 are left for the write
// checks to refuse.
std::optional<std::string> PercentDecoded(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '%') {
      out += text[i];
      continue;
    }
    if (i + 2 >= text.size() || HexValue(text[i + 1]) < 0 || HexValue(text[i + 2]) < 0) {
      return std::nullopt;
    }
    out += static_cast<char>(HexValue(text[i + 1]) * 16 + HexValue(text[i + 2]));
    i += 2;
  }
  return out;
}

std::string_view Trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

std::string TypeName(const json& value) {
  if (value.is_null()) return "null";
  if (value.is_boolean()) return "a boolean";
  if (value.is_string()) return "a string";
  if (value.is_array()) return "an array";
  if (value.is_object()) return "an object";
  return "a number";
}

class LoopyReader {
 public:
  LoopyReader(std::string_view text, const std::string& file) : file_(file), text_(text) {}

  Result<CausalMap> Read() {
    CAUSALKG_RETURN_IF_ERROR(Unwrap());
    json model;
    if (Status s = ParseJson(json_text_, file_, 1, {kMaxDocumentDepth, true}, model); !s.ok()) {
      // A position in the decoded data is none in the file.
      if (encoded_) return Fail("the link's data, decoded, is no JSON: " + s.message());
      return s;
    }
    if (!model.is_array() || model.size() < 2 || !model[0].is_array() || !model[1].is_array()) {
      return Fail("a LOOPY model is a JSON array [nodes, edges, labels, next id], not " +
                  (model.is_array() ? "an array of " + std::to_string(model.size()) + " items"
                                    : TypeName(model)));
    }
    map_.tool = "LOOPY";
    CAUSALKG_RETURN_IF_ERROR(ReadNodes(model[0]));
    CAUSALKG_RETURN_IF_ERROR(ReadEdges(model[1]));
    if (model.size() > 2 && model[2].is_array() && !model[2].empty()) {
      map_.remarks.push_back(Count(model[2].size(), "text", "texts") +
                             " written on the canvas dropped");
    }
    return std::move(map_);
  }

 private:
  // The JSON array, from a file, a link or the part of a link after
  // "data=". Positions in messages are the file's own only when it held
  // the array as it is.
  Status Unwrap() {
    std::string_view body = Trimmed(text_);
    if (body.substr(0, 3) == "\xEF\xBB\xBF") body = Trimmed(body.substr(3));
    if (const auto data = body.find("data="); data != std::string_view::npos && body[0] != '[') {
      body = body.substr(data + 5);
      body = body.substr(0, body.find_first_of("&#"));
      encoded_ = true;
    } else if (body.find('"') == std::string_view::npos &&
               body.find("%22") != std::string_view::npos) {
      encoded_ = true;  // the data of a link, without the link
    }
    if (!encoded_) {
      json_text_ = text_;
      return Status::Ok();
    }
    // As LOOPY reads its link: '+' is a space, then one decoding.
    std::string plus_as_space(body);
    for (char& c : plus_as_space) {
      if (c == '+') c = ' ';
    }
    auto decoded = PercentDecoded(plus_as_space);
    if (!decoded) {
      return Fail("the link's data is not percent-encoded text (a '%' without two hex digits)");
    }
    decoded_ = std::move(*decoded);
    json_text_ = decoded_;
    return Status::Ok();
  }

  Status Fail(std::string message) const { return Status::Load(std::move(message)).InFile(file_); }
  // "edge 3: ..." at the edge's line and column in a file that holds the
  // array as it is.
  Status FailAt(std::size_t list, std::size_t index, const std::string& message) const {
    const std::string item = list == 0 ? "node " : "edge ";
    std::optional<std::size_t> at;
    if (!encoded_) {
      const auto items = ItemOffsets(text_, {list});
      if (index < items.size()) at = items[index];
    }
    return AtOffset(Status::Load(item + std::to_string(index + 1) + ": " + message), file_, text_,
                    at);
  }

  Status ReadNodes(const json& nodes) {
    std::size_t initial_values = 0;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
      const json& node = nodes[i];
      if (!node.is_array()) {
        return FailAt(
            0, i,
            "a node must be an array [id, x, y, initial value, label, hue], not " + TypeName(node));
      }
      if (node.empty() || !node[0].is_number_integer()) {
        return FailAt(0, i, "its id (item 1) must be a whole number");
      }
      if (node.size() < 5 || !node[4].is_string()) {
        return FailAt(0, i, "its label (item 5) must be a string");
      }
      const long long id = node[0].get<long long>();
      auto label = PercentDecoded(node[4].get_ref<const std::string&>());
      if (!label) {
        return FailAt(0, i, "its label is not percent-encoded text (a '%' without two hex digits)");
      }
      if (!by_id_.emplace(id, map_.nodes.size()).second) {
        return FailAt(0, i, "its id " + std::to_string(id) + " is the id of a node before it too");
      }
      if (node.size() > 3 && node[3].is_number()) ++initial_values;
      MapNode mapped;
      mapped.id = ids_.FromLabel(*label);
      mapped.label = std::move(*label);
      mapped.where = "node " + std::to_string(i + 1);
      map_.nodes.push_back(std::move(mapped));
    }
    if (initial_values > 0) {
      map_.remarks.push_back("the initial values of " + Count(initial_values, "node", "nodes") +
                             " dropped (they start LOOPY's simulation; they are no claim)");
    }
    return Status::Ok();
  }

  Status EndOf(const json& edge, std::size_t item, const char* end, std::size_t& node) const {
    if (edge.size() <= item || !edge[item].is_number_integer()) {
      return Status::Load(std::string("its '") + end + "' (item " + std::to_string(item + 1) +
                          ") must be a node's id");
    }
    const long long id = edge[item].get<long long>();
    auto it = by_id_.find(id);
    if (it == by_id_.end()) {
      return Status::Load(std::string("its '") + end + "' is node " + std::to_string(id) +
                          ", which the model does not have");
    }
    node = it->second;
    return Status::Ok();
  }

  Status ReadEdges(const json& edges) {
    // Links by (from, to, sign), for arrows drawn more than once.
    std::map<std::tuple<std::size_t, std::size_t, LinkSign>, std::size_t> seen;
    std::map<std::pair<std::size_t, std::size_t>, int> signs_between;
    std::size_t repeated = 0;
    for (std::size_t i = 0; i < edges.size(); ++i) {
      const json& edge = edges[i];
      if (!edge.is_array()) {
        return FailAt(1, i,
                      "an edge must be an array [from, to, arc, strength], not " + TypeName(edge));
      }
      MapLink link;
      link.where = "edge " + std::to_string(i + 1);
      Status s = EndOf(edge, 0, "from", link.from);
      if (s.ok()) s = EndOf(edge, 1, "to", link.to);
      if (!s.ok()) return FailAt(1, i, s.message());
      if (edge.size() < 4 || !edge[3].is_number()) {
        return FailAt(1, i, "its strength (item 4) must be a number");
      }
      const double strength = edge[3].get<double>();
      if (strength == 0 || !std::isfinite(strength)) {
        return FailAt(1, i,
                      "its strength is " + edge[3].dump() +
                          ", which gives the link no sign (LOOPY draws +1 or -1)");
      }
      link.sign = strength > 0 ? LinkSign::kPositive : LinkSign::kNegative;
      link.relation = std::string(RelationOfSign(link.sign));
      link.weight = strength;
      link.weight_name = "strength";
      const auto key = std::make_tuple(link.from, link.to, link.sign);
      if (auto it = seen.find(key); it != seen.end()) {
        *map_.links[it->second].weight += strength;
        ++repeated;
        continue;
      }
      signs_between[{link.from, link.to}] |= link.sign == LinkSign::kPositive ? 1 : 2;
      seen.emplace(key, map_.links.size());
      map_.links.push_back(std::move(link));
    }
    if (!map_.links.empty()) {
      map_.remarks.push_back(
          Count(edges.size(), "arrow", "arrows") +
          " read by the sign of their strength: + became 'increases', - 'decreases'");
    }
    if (repeated > 0) {
      map_.remarks.push_back(
          Count(repeated, "arrow repeats", "arrows repeat") +
          " another of the same sign between the same nodes (LOOPY draws a stronger link so): "
          "one link, whose weight is their strengths added");
    }
    std::size_t both = 0;
    for (const auto& [pair, mask] : signs_between) both += mask == 3;
    if (both > 0) {
      map_.remarks.push_back(Count(both, "pair", "pairs") +
                             " of nodes with arrows of both signs the same way: both links kept");
    }
    return Status::Ok();
  }

  const std::string& file_;
  std::string_view text_;
  std::string decoded_;
  std::string_view json_text_;
  bool encoded_ = false;
  CausalMap map_;
  NodeIds ids_;
  std::unordered_map<long long, std::size_t> by_id_;
};

}  // namespace

Result<CausalMap> ParseLoopy(std::string_view text, const std::string& file) {
  return LoopyReader(text, file).Read();
}

bool LooksLikeLoopy(std::string_view head) {
  std::string compact;
  for (char c : head.substr(0, 256)) {
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n') compact += c;
  }
  if (compact.rfind("\xEF\xBB\xBF", 0) == 0) compact.erase(0, 3);
  return compact.rfind("[[[", 0) == 0 || compact.find("data=[[[") != std::string::npos;
}

}  // namespace causalkg::kb::maps
