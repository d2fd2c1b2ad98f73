// A causal map as the map tools keep one (Kumu, LOOPY, Mental Modeler): the
// form their readers parse into before anything is stored, so that each
// reader is a pure function from a file's text to this, testable on its
// own, and one step (causal_map_sink.cpp) turns any map into claims.
//
// A map is factors (nodes) and arrows (links), each arrow with a sign that
// the tool states (+ or -) or does not (unknown), and what the tool kept
// besides: kinds, notes, weights, delays. What a reader could not keep it
// says in `remarks`, which a load reports with its summary.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace causalkg::kb::maps {

// A link's sign: stated (+, -), not stated (unknown: causal, sign not
// known), or a link the map says is not causal (none).
enum class LinkSign : unsigned char { kPositive, kNegative, kUnknown, kNone };

// "+", "-", "?", or "" for none.
const char* SignText(LinkSign sign);

// The relations a link of each sign becomes when its tool names none.
inline constexpr std::string_view kIncreases = "increases";
inline constexpr std::string_view kDecreases = "decreases";
inline constexpr std::string_view kInfluences = "influences";
// (A link that is not causal has no such relation: its map names one.)
std::string_view RelationOfSign(LinkSign sign);

struct MapNode {
  std::string id;     // the node's id in the store
  std::string label;  // its name as the tool shows it; empty for none
  // Labels in other languages, by language tag (from a "label.nl" field).
  std::vector<std::pair<std::string, std::string>> other_labels;
  std::string kind;  // stored as `id is_a kind`; empty for none
  std::string kind_label;
  std::string note;               // a description or notes, not stored as a claim
  std::vector<std::string> tags;  // not stored
  std::string where;              // "element 3", for messages
};

// A relation a map names that is not built in, with the one sign every
// link of it has.
struct MapRelation {
  std::string id;
  std::string label;  // as the map wrote it
  LinkSign sign = LinkSign::kUnknown;
};

struct MapLink {
  std::size_t from = 0, to = 0;  // indexes into CausalMap::nodes
  std::string relation;          // increases, decreases, influences or one of `relations`
  LinkSign sign = LinkSign::kUnknown;
  // Its evidence: the map's own words about it, and where it says they
  // come from (empty: the map itself).
  std::string quote, source, modality;
  std::optional<double> confidence;
  std::optional<double> weight;  // the tool's strength or weight of the link
  // What the tool calls it, the attribute it is kept as; empty: "weight".
  std::string weight_name;
  bool delayed = false;
  std::string where;  // "connection 3", for messages
};

struct CausalMap {
  std::string tool;   // "Kumu", "LOOPY", "Mental Modeler"
  std::string title;  // the map's own name; empty for none
  // What the map says of itself besides (author, description, date), kept
  // with the source the map becomes.
  std::vector<std::pair<std::string, std::string>> about;
  std::vector<MapNode> nodes;
  std::vector<MapLink> links;
  std::vector<MapRelation> relations;
  // What was kept where, and what was dropped, one sentence each.
  std::vector<std::string> remarks;
};

// Node ids for a map's factors: the id a file gives, or one made from the
// label ("Social cohesion" -> social_cohesion), made unique with a number
// ("a_2") when two labels make the same id.
class NodeIds {
 public:
  // `preferred` as given when it is not taken yet, else with a number.
  std::string Claim(std::string_view preferred);
  // An id made from `label`, unique among those claimed.
  std::string FromLabel(std::string_view label);
  bool Taken(std::string_view id) const;

 private:
  std::unordered_map<std::string, std::size_t> taken_;  // id -> how often wanted
};

// `text` as an id: lower case, runs of spaces and punctuation as one '_',
// letters outside ASCII kept; "node" for text without a letter or digit.
std::string IdFromText(std::string_view text);

// The sign of a marker that map tools write on a link, for example Kumu's
// connection types: + ++ -- same s positive (+), - +- -+ opposite o
// negative (-), ? +/- unknown (unknown); case and surrounding blanks aside.
// nullopt for text that is no sign marker.
std::optional<LinkSign> SignOfMarker(std::string_view text);

// "3 connections" / "1 connection".
std::string Count(std::size_t n, std::string_view singular, std::string_view plural);

// 'a', 'b', 'c' and 2 more: a few names for a remark.
std::string SomeNames(const std::vector<std::string>& names, std::size_t shown = 5);

}  // namespace causalkg::kb::maps
