#include "kb/ingest/formats/kumu_map.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <unordered_map>

#include "engine/common/text_fold.hpp"
#include "engine/model/vocabulary.hpp"
#include "engine/storage/field_rules.hpp"
#include "kb/ingest/formats/json_places.hpp"
#include "kb/ingest/json_parse.hpp"
#include "kb/ingest/json_records.hpp"

namespace causalkg::kb::maps {

using nlohmann::json;

namespace {

// A number as a person wrote it: 12, not 12.0.
std::string NumberText(const json& value) {
  if (value.is_number_float()) {
    const double d = value.get<double>();
    if (std::floor(d) == d && std::fabs(d) < 1e15) return std::to_string(static_cast<long long>(d));
  }
  return value.dump();
}

// An element's or connection's fields: its own and those under
// "attributes" (a backup's), by their case-folded names; its own first.
class Fields {
 public:
  explicit Fields(const json& item) {
    for (auto it = item.begin(); it != item.end(); ++it) {
      if (it.key() != "attributes" || !it->is_object()) Add(it.key(), *it);
    }
    if (auto attributes = item.find("attributes");
        attributes != item.end() && attributes->is_object()) {
      for (auto it = attributes->begin(); it != attributes->end(); ++it) Add(it.key(), *it);
    }
  }

  // The field named `folded` (lower case), or nullptr. A null value is a
  // field left empty, as backups write them.
  const json* Find(std::string_view folded) const {
    for (const Field& f : fields_) {
      if (f.folded == folded) {
        used_.insert(f.folded);
        return f.value->is_null() ? nullptr : f.value;
      }
    }
    return nullptr;
  }

  // Whether the field is there, null or not.
  bool Has(std::string_view folded) const {
    for (const Field& f : fields_) {
      if (f.folded == folded) return true;
    }
    return false;
  }

  // The first of `names` that is there.
  const json* FindAny(std::initializer_list<std::string_view> names,
                      std::string* found = nullptr) const {
    for (std::string_view name : names) {
      if (const json* value = Find(name)) {
        if (found) *found = std::string(name);
        return value;
      }
    }
    return nullptr;
  }

  // Fields with a value that nothing asked for, as written.
  std::vector<std::string> Unused() const {
    std::vector<std::string> out;
    for (const Field& f : fields_) {
      if (!used_.count(f.folded) && !f.value->is_null() && !IsEmptyText(*f.value)) {
        out.push_back(f.written);
      }
    }
    return out;
  }

  // Each field named `label.LANG`, with LANG.
  std::vector<std::pair<std::string, const json*>> Languages() const {
    std::vector<std::pair<std::string, const json*>> out;
    for (const Field& f : fields_) {
      if (f.folded.rfind("label.", 0) == 0 && f.folded.size() > 6 && !f.value->is_null()) {
        used_.insert(f.folded);
        out.emplace_back(f.written.substr(6), f.value);
      }
    }
    return out;
  }

 private:
  struct Field {
    std::string folded, written;
    const json* value;
  };
  static bool IsEmptyText(const json& value) {
    return (value.is_string() && value.get_ref<const std::string&>().empty()) ||
           (value.is_array() && value.empty());
  }
  void Add(const std::string& key, const json& value) {
    std::string folded = FoldCase(key);
    for (const Field& f : fields_) {
      if (f.folded == folded) return;  // its own field before an attribute
    }
    fields_.push_back({std::move(folded), key, &value});
  }
  std::vector<Field> fields_;
  mutable std::set<std::string> used_;
};

// Counts, per field name as written, the items that had it unused.
class UnusedFields {
 public:
  void Add(const Fields& fields) {
    for (std::string& name : fields.Unused()) {
      if (counts_.emplace(name, 0).second) order_.push_back(name);
      ++counts_[name];
    }
  }
  // "'Favorite Dessert' (1 element), 'power score' (3 elements)".
  std::string Describe(std::string_view singular, std::string_view plural) const {
    std::vector<std::string> parts;
    for (const std::string& name : order_) {
      parts.push_back(fields::Excerpt(name) + " (" + Count(counts_.at(name), singular, plural) +
                      ")");
    }
    std::string out;
    for (std::size_t i = 0; i < parts.size() && i < 8; ++i) out += (i ? ", " : "") + parts[i];
    if (parts.size() > 8) out += " and " + std::to_string(parts.size() - 8) + " more";
    return out;
  }
  bool empty() const { return order_.empty(); }

 private:
  std::map<std::string, std::size_t> counts_;
  std::vector<std::string> order_;
};

// Reads one Kumu document into a map, refusing at the item it is about.
class KumuReader {
 public:
  KumuReader(std::string_view text, const std::string& file) : text_(text), file_(file) {}

  Result<CausalMap> Read() {
    json document;
    CAUSALKG_RETURN_IF_ERROR(
        ParseJson(text_, file_, 1, {kMaxDocumentDepth, /*allow_bom=*/true}, document));
    if (!document.is_object()) {
      return Fail("a Kumu map is a JSON object with \"elements\" and \"connections\", not " +
                  JsonTypeName(document));
    }
    map_.tool = "Kumu";
    for (const char* list : {"elements", "connections", "loops"}) {
      if (auto it = document.find(list); it != document.end() && !it->is_array()) {
        return Fail(std::string("field '") + list + "' must be an array, not " + JsonTypeName(*it),
                    ValueOffset(text_, {std::string_view(list)}));
      }
    }
    if (!document.contains("elements") && !document.contains("connections")) {
      return Fail("a Kumu map has \"elements\" or \"connections\"; this object has neither");
    }
    if (auto name = document.find("name"); name != document.end() && name->is_string()) {
      map_.title = name->get<std::string>();
    }
    static const json kNone = json::array();
    const json& elements = document.contains("elements") ? document["elements"] : kNone;
    const json& connections = document.contains("connections") ? document["connections"] : kNone;
    CAUSALKG_RETURN_IF_ERROR(ReadElements(elements));
    CAUSALKG_RETURN_IF_ERROR(ReadConnections(connections));
    NameRelations();
    if (auto loops = document.find("loops"); loops != document.end()) NoteLoops(*loops);
    NoteProject(document);
    return std::move(map_);
  }

 private:
  Status Fail(std::string message, std::optional<std::size_t> offset = std::nullopt) const {
    return AtOffset(Status::Load(std::move(message)), file_, text_, offset);
  }
  Status FailAt(const char* list, std::size_t index, const std::string& message) const {
    if (!offsets_.count(list)) {
      offsets_[list] = ItemOffsets(text_, {std::string_view(list)});
    }
    const auto& items = offsets_.at(list);
    const std::optional<std::size_t> at =
        index < items.size() ? std::optional<std::size_t>(items[index]) : std::nullopt;
    const std::string item = std::string(list).substr(0, std::string(list).size() - 1);
    return Fail(item + " " + std::to_string(index + 1) + ": " + message, at);
  }

  // The text of a field that names something: a string, or a number as
  // written. Empty when absent.
  static Status NameOf(const json* value, const char* field, std::string& out) {
    out.clear();
    if (value == nullptr) return Status::Ok();
    if (value->is_string()) {
      out = value->get<std::string>();
    } else if (value->is_number()) {
      out = NumberText(*value);
    } else {
      return Status::Load(std::string("field '") + field + "' must be a string, not " +
                          JsonTypeName(*value));
    }
    return Status::Ok();
  }

  Status ReadElements(const json& elements) {
    struct Pending {
      std::string id, internal, key, label;
      bool explicit_id = false;
    };
    std::vector<Pending> pending(elements.size());
    std::size_t descriptions = 0, tagged = 0;
    UnusedFields unused;
    std::vector<Fields> all;
    all.reserve(elements.size());
    for (std::size_t i = 0; i < elements.size(); ++i) {
      const json& element = elements[i];
      if (!element.is_object()) {
        return FailAt("elements", i,
                      "an element must be a JSON object, not " + JsonTypeName(element));
      }
      all.emplace_back(element);
      const Fields& fields = all.back();
      Pending& p = pending[i];
      Status s = NameOf(fields.Find("label"), "label", p.label);
      if (s.ok()) s = NameOf(fields.Find("id"), "id", p.id);
      if (s.ok()) s = NameOf(fields.Find("_id"), "_id", p.internal);
      if (!s.ok()) return FailAt("elements", i, s.message());
      p.explicit_id = !p.id.empty();
      p.key = p.explicit_id ? p.id : p.internal;
      if (p.label.empty() && p.key.empty()) {
        return FailAt("elements", i, "an element needs a label or an id");
      }
      if (p.explicit_id) {
        if (ids_.Taken(p.id)) {
          return FailAt("elements", i,
                        "id " + fields::Excerpt(p.id) + " is the id of an element before it too");
        }
        ids_.Claim(p.id);
      }
    }
    // Ids made from labels come after the ids the file gives, so that a
    // label never takes an id an element was given.
    for (std::size_t i = 0; i < elements.size(); ++i) {
      const Fields& fields = all[i];
      Pending& p = pending[i];
      MapNode node;
      node.id = p.explicit_id ? p.id : ids_.FromLabel(p.label.empty() ? p.key : p.label);
      node.label = p.label;
      std::string type;
      Status s = NameOf(fields.FindAny({"type", "element type"}), "type", type);
      if (s.ok() && !type.empty()) {
        node.kind = IdFromText(type);
        if (type != node.kind) node.kind_label = type;
      }
      if (s.ok()) s = NameOf(fields.Find("description"), "description", node.note);
      if (s.ok()) s = ReadTags(fields, node.tags);
      for (auto& [language, value] : fields.Languages()) {
        if (!s.ok()) break;
        std::string text;
        s = NameOf(value, "label", text);
        if (!text.empty()) node.other_labels.emplace_back(language, std::move(text));
      }
      if (!s.ok()) return FailAt("elements", i, s.message());
      descriptions += !node.note.empty();
      tagged += !node.tags.empty();
      unused.Add(fields);
      if (!p.key.empty()) by_key_.emplace(p.key, map_.nodes.size());
      if (!p.internal.empty()) by_key_.emplace(p.internal, map_.nodes.size());
      if (!p.label.empty()) {
        auto [it, fresh] = by_label_.emplace(p.label, map_.nodes.size());
        if (!fresh) it->second = kAmbiguous;
      }
      node.where = "element " + std::to_string(i + 1);
      map_.nodes.push_back(std::move(node));
    }
    if (descriptions > 0) {
      map_.remarks.push_back("the descriptions of " + Count(descriptions, "element", "elements") +
                             " dropped: causalkg keeps no notes on nodes");
    }
    if (tagged > 0) {
      map_.remarks.push_back("the tags of " + Count(tagged, "element", "elements") + " dropped");
    }
    if (!unused.empty()) {
      map_.remarks.push_back("element fields not kept: " + unused.Describe("element", "elements"));
    }
    return Status::Ok();
  }

  static Status ReadTags(const Fields& fields, std::vector<std::string>& tags) {
    const json* value = fields.Find("tags");
    if (value == nullptr) return Status::Ok();
    if (value->is_string()) {
      // Kumu's spreadsheets separate tags with '|'.
      std::string_view rest = value->get_ref<const std::string&>();
      while (!rest.empty()) {
        const auto bar = rest.find('|');
        std::string tag(rest.substr(0, bar));
        if (!tag.empty()) tags.push_back(std::move(tag));
        rest = bar == std::string_view::npos ? std::string_view() : rest.substr(bar + 1);
      }
      return Status::Ok();
    }
    if (!value->is_array()) {
      return Status::Load("field 'tags' must be an array of strings, not " + JsonTypeName(*value));
    }
    for (const json& tag : *value) {
      std::string text;
      CAUSALKG_RETURN_IF_ERROR(NameOf(&tag, "tags", text));
      tags.push_back(std::move(text));
    }
    return Status::Ok();
  }

  // The node an end of a connection names: an element's id first, then its
  // label.
  Status Resolve(const json* value, const char* end, std::size_t& node) const {
    if (value == nullptr) return Status::Load(std::string("a connection needs '") + end + "'");
    std::string name;
    CAUSALKG_RETURN_IF_ERROR(NameOf(value, end, name));
    if (auto it = by_key_.find(name); it != by_key_.end()) {
      node = it->second;
      return Status::Ok();
    }
    auto it = by_label_.find(name);
    if (it == by_label_.end()) {
      return Status::Load(std::string("'") + end + "' names " + fields::Excerpt(name) +
                          ", which is no element's id or label");
    }
    if (it->second == kAmbiguous) {
      return Status::Load(std::string("'") + end + "' names " + fields::Excerpt(name) +
                          ", the label of several elements: name it by id");
    }
    node = it->second;
    return Status::Ok();
  }

  // The sign a field gives: a marker, a number's sign, or null (not
  // causal). nullopt for a field absent or without a sign.
  static Status SignOfField(const Fields& fields, std::optional<LinkSign>& sign,
                            std::string& field) {
    sign.reset();
    for (std::string_view name : {"polarity", "sign", "effect"}) {
      if (!fields.Has(name)) continue;
      field = std::string(name);
      const json* value = fields.Find(name);
      if (value == nullptr) {
        sign = LinkSign::kNone;
      } else if (value->is_number()) {
        const double d = value->get<double>();
        if (d == 0) {
          return Status::Load("field '" + field + "' is 0, which gives the link no sign");
        }
        sign = d > 0 ? LinkSign::kPositive : LinkSign::kNegative;
      } else if (value->is_string()) {
        const std::string& text = value->get_ref<const std::string&>();
        const std::string folded = FoldCase(text);
        if (folded == "none" || folded == "non-causal" || folded == "noncausal") {
          sign = LinkSign::kNone;
        } else if (folded.empty()) {
          continue;
        } else {
          sign = SignOfMarker(text);
          if (!sign) {
            return Status::Load("field '" + field + "' is " + fields::Excerpt(text) +
                                ", which is no sign (+, -, ?, same, opposite, or null for a link "
                                "that is not causal)");
          }
        }
      } else {
        return Status::Load("field '" + field + "' must be a sign or a number, not " +
                            JsonTypeName(*value));
      }
      return Status::Ok();
    }
    return Status::Ok();
  }

  static Status NumberOf(const json* value, const char* field, std::optional<double>& out) {
    out.reset();
    if (value == nullptr) return Status::Ok();
    if (value->is_number()) {
      out = value->get<double>();
      return Status::Ok();
    }
    if (value->is_string()) {
      const std::string& text = value->get_ref<const std::string&>();
      if (text.empty()) return Status::Ok();
      char* end = nullptr;
      const double d = std::strtod(text.c_str(), &end);
      if (end != text.c_str() && *end == '\0' && std::isfinite(d)) {
        out = d;
        return Status::Ok();
      }
    }
    return Status::Load(
        std::string("field '") + field + "' must be a number, not " +
        (value->is_string() ? fields::Excerpt(value->get<std::string>()) : JsonTypeName(*value)));
  }

  Status ReadConnection(const Fields& fields, std::size_t index, std::vector<MapLink>& out) {
    MapLink link;
    link.where = "connection " + std::to_string(index + 1);
    CAUSALKG_RETURN_IF_ERROR(Resolve(fields.Find("from"), "from", link.from));
    CAUSALKG_RETURN_IF_ERROR(Resolve(fields.Find("to"), "to", link.to));

    std::string direction = "directed";
    CAUSALKG_RETURN_IF_ERROR(NameOf(fields.Find("direction"), "direction", direction));
    direction = FoldCase(direction);
    if (direction.empty()) direction = "directed";
    if (direction != "directed" && direction != "undirected" && direction != "mutual") {
      return Status::Load("field 'direction' is " + fields::Excerpt(direction) +
                          ", none of directed, undirected, mutual");
    }
    for (const char* flag : {"delayed", "reversed"}) {
      const json* value = fields.Find(flag);
      if (value != nullptr && !value->is_boolean()) {
        return Status::Load(std::string("field '") + flag + "' must be true or false, not " +
                            JsonTypeName(*value));
      }
    }
    const json* delayed = fields.Find("delayed");
    link.delayed = delayed != nullptr && delayed->get<bool>();
    const json* reversed = fields.Find("reversed");

    // The sign, from each place a map may state it; they must agree.
    std::string type, label, sign_field;
    CAUSALKG_RETURN_IF_ERROR(NameOf(fields.FindAny({"type", "connection type"}), "type", type));
    CAUSALKG_RETURN_IF_ERROR(NameOf(fields.Find("label"), "label", label));
    std::optional<LinkSign> by_field;
    CAUSALKG_RETURN_IF_ERROR(SignOfField(fields, by_field, sign_field));
    const std::optional<LinkSign> by_type = type.empty() ? std::nullopt : SignOfMarker(type);
    const std::optional<LinkSign> by_label = label.empty() ? std::nullopt : SignOfMarker(label);
    struct Stated {
      std::optional<LinkSign> sign;
      std::string what;
    };
    const Stated stated[] = {{by_type, "its type " + fields::Excerpt(type)},
                             {by_label, "its label " + fields::Excerpt(label)},
                             {by_field, "its field '" + sign_field + "'"}};
    const Stated* first = nullptr;
    for (const Stated& s : stated) {
      if (!s.sign || *s.sign == LinkSign::kUnknown) continue;
      if (first == nullptr) {
        first = &s;
      } else if (*s.sign != *first->sign) {
        return Status::Load(first->what + " says " + Says(*first->sign) + " but " + s.what +
                            " says " + Says(*s.sign));
      }
    }
    link.sign = first ? *first->sign : LinkSign::kUnknown;
    if (!label.empty() && !by_label) ++labels_dropped_;

    // The relation: the type when it names one.
    bool typed = false;
    if (!type.empty() && !by_type) {
      link.relation = IdFromText(type);
      if (auto builtin = BuiltinPolarity(link.relation)) {
        const LinkSign sign = SignOfPolarity(*builtin);
        if (link.sign != LinkSign::kUnknown && link.sign != sign) {
          return Status::Load("its type " + fields::Excerpt(type) + " is the built-in relation " +
                              link.relation + ", which is " + Says(sign) + ", but " + first->what +
                              " says " + Says(link.sign));
        }
        link.sign = sign;
      } else {
        typed = true;
      }
    } else if (link.sign == LinkSign::kNone) {
      return Status::Load(first->what +
                          " says the link is not causal, which needs a type "
                          "naming its relation");
    } else {
      link.relation = std::string(RelationOfSign(link.sign));
    }

    // Its evidence.
    std::string source;
    CAUSALKG_RETURN_IF_ERROR(NameOf(fields.Find("description"), "description", link.quote));
    CAUSALKG_RETURN_IF_ERROR(NameOf(fields.Find("source"), "source", link.source));
    CAUSALKG_RETURN_IF_ERROR(NameOf(fields.Find("modality"), "modality", link.modality));
    CAUSALKG_RETURN_IF_ERROR(NumberOf(fields.Find("confidence"), "confidence", link.confidence));
    CAUSALKG_RETURN_IF_ERROR(
        NumberOf(fields.FindAny({"weight", "strength"}, &link.weight_name), "weight", link.weight));
    if (const json* tags = fields.Find("tags"); tags != nullptr && !tags->empty()) ++tagged_;
    // Loops name connections by these.
    (void)fields.Find("id");
    (void)fields.Find("_id");

    if (direction == "undirected") {
      ++undirected_;
      return Status::Ok();
    }
    if (reversed != nullptr && reversed->get<bool>()) {
      ++reversed_;
      return Status::Ok();
    }
    if (typed) {
      typed_.emplace(link.relation, TypedRelation{type, {}}).first->second.signs.insert(link.sign);
    }
    if (direction == "mutual") {
      ++mutual_;
      MapLink back = link;
      std::swap(back.from, back.to);
      out.push_back(std::move(link));
      out.push_back(std::move(back));
    } else {
      out.push_back(std::move(link));
    }
    return Status::Ok();
  }

  Status ReadConnections(const json& connections) {
    UnusedFields unused;
    for (std::size_t i = 0; i < connections.size(); ++i) {
      const json& connection = connections[i];
      if (!connection.is_object()) {
        return FailAt("connections", i,
                      "a connection must be a JSON object, not " + JsonTypeName(connection));
      }
      const Fields fields(connection);
      std::vector<MapLink> links;
      Status s = ReadConnection(fields, i, links);
      if (!s.ok()) return FailAt("connections", i, s.message());
      // Loops name their connections by id.
      std::string id;
      if (NameOf(fields.FindAny({"id", "_id"}), "id", id).ok() && !id.empty()) {
        connection_links_[id] = {map_.links.size(), links.size()};
      }
      for (MapLink& link : links) map_.links.push_back(std::move(link));
      unused.Add(fields);
    }
    auto remark = [&](std::size_t n, const std::string& what) {
      if (n > 0) map_.remarks.push_back(Count(n, "connection", "connections") + " " + what);
    };
    remark(undirected_, "without a direction dropped: an undirected connection has no cause");
    remark(reversed_,
           "marked reversed dropped: Kumu does not document which way such a connection points");
    remark(mutual_, "marked mutual became a link each way");
    remark(labels_dropped_, "with a label that is no sign: the labels dropped");
    remark(tagged_, "with tags: the tags dropped");
    if (!unused.empty()) {
      map_.remarks.push_back("connection fields not kept: " +
                             unused.Describe("connection", "connections"));
    }
    return Status::Ok();
  }

  // A type of the map's own names a relation when all its links have one
  // sign; links of a type with several keep their sign and lose the type.
  void NameRelations() {
    std::size_t split = 0, not_causal_dropped = 0;
    std::vector<std::string> split_types;
    for (auto& [id, typed] : typed_) {
      if (typed.signs.size() == 1) {
        map_.relations.push_back({id, typed.label == id ? "" : typed.label, *typed.signs.begin()});
        continue;
      }
      split_types.push_back(typed.label);
      for (MapLink& link : map_.links) {
        if (link.relation != id) continue;
        link.relation = std::string(RelationOfSign(link.sign));
        ++split;
      }
      // One said not to be causal has no relation left to be.
      const auto dropped =
          std::remove_if(map_.links.begin(), map_.links.end(), [&](const MapLink& link) {
            return link.sign == LinkSign::kNone && link.relation == kInfluences;
          });
      not_causal_dropped += static_cast<std::size_t>(map_.links.end() - dropped);
      map_.links.erase(dropped, map_.links.end());
    }
    std::sort(map_.relations.begin(), map_.relations.end(),
              [](const MapRelation& a, const MapRelation& b) { return a.id < b.id; });
    if (split > 0) {
      map_.remarks.push_back(
          (split_types.size() == 1 ? "the type " + SomeNames(split_types) + " is"
                                   : "the types " + SomeNames(split_types) + " are each") +
          " on links of different signs, and a relation has one sign: their " +
          Count(split - not_causal_dropped, "link", "links") +
          " became increases, decreases or influences" +
          (not_causal_dropped > 0
               ? ", and " + Count(not_causal_dropped, "link", "links") + " not causal dropped"
               : std::string()));
    }
    std::size_t unknown = 0;
    for (const MapLink& link : map_.links) unknown += link.relation == kInfluences;
    if (unknown > 0) {
      map_.remarks.push_back(Count(unknown, "link", "links") +
                             " whose sign the map does not state: relation 'influences'");
    }
  }

  void NoteLoops(const json& loops) {
    std::vector<std::string> names;
    for (const json& loop : loops) {
      if (!loop.is_object()) continue;
      const Fields fields(loop);
      std::string label;
      if (!NameOf(fields.Find("label"), "label", label).ok() || label.empty()) {
        (void)NameOf(fields.FindAny({"id", "_id"}), "id", label);
      }
      names.push_back(label + LoopType(fields));
    }
    if (names.empty()) return;
    map_.remarks.push_back(
        Count(names.size(), "loop", "loops") +
        " as drawn not stored (LOOPS finds a map's loops itself): " + SomeNames(names));
  }

  // " (R)" or " (B)" for a loop drawn along links of known signs, else "".
  std::string LoopType(const Fields& loop) const {
    const json* connections = loop.Find("connections");
    if (connections == nullptr || !connections->is_array() || connections->empty()) return "";
    int sign = 1;
    for (const json& id : *connections) {
      std::string name;
      if (!NameOf(&id, "connections", name).ok()) return "";
      auto it = connection_links_.find(name);
      if (it == connection_links_.end() || it->second.second != 1) return "";
      const LinkSign s = map_.links[it->second.first].sign;
      if (s != LinkSign::kPositive && s != LinkSign::kNegative) return "";
      if (s == LinkSign::kNegative) sign = -sign;
    }
    return sign > 0 ? " (R)" : " (B)";
  }

  void NoteProject(const json& document) {
    std::vector<std::string> rest;
    for (auto it = document.begin(); it != document.end(); ++it) {
      const std::string& key = it.key();
      if (key == "elements" || key == "connections" || key == "loops" || key == "name") continue;
      if (it->is_null() || (it->is_string() && it->get_ref<const std::string&>().empty()) ||
          ((it->is_array() || it->is_object()) && it->empty())) {
        continue;
      }
      rest.push_back(key);
    }
    if (!rest.empty()) {
      map_.remarks.push_back("the project's " + SomeNames(rest, 8) +
                             " not kept (layout, views and settings)");
    }
  }

  static const char* Says(LinkSign sign) {
    switch (sign) {
      case LinkSign::kPositive:
        return "+";
      case LinkSign::kNegative:
        return "-";
      case LinkSign::kNone:
        return "not causal";
      case LinkSign::kUnknown:
        break;
    }
    return "?";
  }

  static LinkSign SignOfPolarity(Polarity polarity) {
    switch (polarity) {
      case Polarity::kPositive:
        return LinkSign::kPositive;
      case Polarity::kNegative:
        return LinkSign::kNegative;
      case Polarity::kUnknown:
        return LinkSign::kUnknown;
      case Polarity::kNone:
        break;
    }
    return LinkSign::kNone;
  }

  struct TypedRelation {
    std::string label;  // the type as written
    std::set<LinkSign> signs;
  };
  static constexpr std::size_t kAmbiguous = static_cast<std::size_t>(-1);

  std::string_view text_;
  const std::string& file_;
  CausalMap map_;
  NodeIds ids_;
  std::unordered_map<std::string, std::size_t> by_key_;    // id or _id -> node
  std::unordered_map<std::string, std::size_t> by_label_;  // label -> node, or kAmbiguous
  std::map<std::string, TypedRelation> typed_;
  // A connection's id -> its first link and how many links it became.
  std::unordered_map<std::string, std::pair<std::size_t, std::size_t>> connection_links_;
  mutable std::map<std::string, std::vector<std::size_t>> offsets_;
  std::size_t undirected_ = 0, reversed_ = 0, mutual_ = 0, labels_dropped_ = 0, tagged_ = 0;
};

}  // namespace

Result<CausalMap> ParseKumu(std::string_view text, const std::string& file) {
  return KumuReader(text, file).Read();
}

namespace {

// Whether `head` has "KEY": [ (a key whose value is an array).
bool HasArrayKey(std::string_view head, std::string_view key) {
  for (auto at = head.find(key); at != std::string_view::npos; at = head.find(key, at + 1)) {
    auto next = head.find_first_not_of(" \t\r\n", at + key.size());
    if (next == std::string_view::npos || head[next] != ':') continue;
    next = head.find_first_not_of(" \t\r\n", next + 1);
    if (next != std::string_view::npos && head[next] == '[') return true;
  }
  return false;
}

}  // namespace

bool LooksLikeKumu(std::string_view head) {
  const auto brace = head.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  if (brace == std::string_view::npos || head[brace] != '{') return false;
  return (HasArrayKey(head, "\"elements\"") || HasArrayKey(head, "\"connections\"")) &&
         !HasArrayKey(head, "\"claims\"");
}

}  // namespace causalkg::kb::maps
