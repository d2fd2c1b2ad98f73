#include "kb/ingest/formats/mental_modeler_map.hpp"

#include <algorithm>
#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>
#include <cmath>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <unordered_map>

#include "engine/common/text_fold.hpp"
#include "engine/storage/field_rules.hpp"
#include "kb/ingest/formats/json_places.hpp"
#include "kb/ingest/json_parse.hpp"

namespace causalkg::kb::maps {

namespace {

namespace pt = boost::property_tree;
using nlohmann::json;

// A model as both of Mental Modeler's formats hold it, with texts as
// written.
struct Relationship {
  std::string target, target_name, notes, confidence, influence;
  std::optional<std::size_t> offset;  // in a JSON file
};

struct Concept {
  std::string id, name, notes, units, group;
  bool preferred_state = false;  // set to other than 0
  std::vector<Relationship> relationships;
  std::optional<std::size_t> offset;  // in a JSON file
};

struct Model {
  std::string name, author, description, date;
  std::unordered_map<std::string, std::string> group_names;
  std::vector<Concept> concepts;
  std::size_t scenarios = 0;
};

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

std::string_view Trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

std::string_view WithoutBom(std::string_view text) {
  return text.substr(0, kByteOrderMark.size()) == kByteOrderMark
             ? text.substr(kByteOrderMark.size())
             : text;
}

// How deep the elements of XML `text` nest, roughly (comments, CDATA and
// declarations skipped): the XML parser recurses once a level.
std::size_t XmlDepth(std::string_view text) {
  std::size_t depth = 0, deepest = 0;
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    if (text[i] != '<') continue;
    const char next = text[i + 1];
    if (next == '!' || next == '?') {
      const std::string_view end = text.substr(i, 9) == "<![CDATA[" ? "]]>"
                                   : text.substr(i, 4) == "<!--"    ? "-->"
                                                                    : ">";
      const auto close = text.find(end, i + 2);
      if (close == std::string_view::npos) break;
      i = close;
      continue;
    }
    const auto close = text.find('>', i);
    if (close == std::string_view::npos) break;
    if (next == '/') {
      if (depth > 0) --depth;
    } else if (text[close - 1] != '/') {
      deepest = std::max(deepest, ++depth);
    }
    i = close;
  }
  return deepest;
}

constexpr std::size_t kMaxXmlDepth = 256;

// A leaf's text ("<id><![CDATA[1]]></id>"), trimmed.
std::string Leaf(const pt::ptree& node, const char* name) {
  auto child = node.get_child_optional(name);
  return child ? std::string(Trimmed(child->data())) : std::string();
}

Status ReadXml(std::string_view text, const std::string& file, Model& model) {
  if (XmlDepth(text) > kMaxXmlDepth) {
    return Status::Load("XML nested more than " + std::to_string(kMaxXmlDepth) +
                        " elements deep; a Mental Modeler model nests 5")
        .InFile(file);
  }
  pt::ptree document;
  try {
    std::istringstream in{std::string(WithoutBom(text))};
    pt::read_xml(in, document, pt::xml_parser::no_comments);
  } catch (const pt::xml_parser_error& e) {
    return Status::Load("malformed XML: " + e.message()).InFile(file, e.line());
  } catch (const std::exception&) {
    return Status::Load("malformed XML").InFile(file);
  }
  const pt::ptree* root = nullptr;
  for (const char* name : {"mentalmodeler", "mentalModeler"}) {
    if (auto found = document.get_child_optional(name)) root = &*found;
  }
  if (root == nullptr) {
    return Status::Load("a Mental Modeler model's root element is <mentalmodeler>").InFile(file);
  }
  if (auto info = root->get_child_optional("info")) {
    model.name = Leaf(*info, "name");
    model.author = Leaf(*info, "author");
    model.description = Leaf(*info, "description");
    model.date = Leaf(*info, "date");
  }
  if (auto groups = root->get_child_optional("groupNames")) {
    for (const auto& [tag, group] : *groups) {
      if (tag != "groupName") continue;
      const std::string index = group.get<std::string>("<xmlattr>.index", "");
      model.group_names[std::string(Trimmed(index))] = std::string(Trimmed(group.data()));
    }
  }
  if (auto concepts = root->get_child_optional("concepts")) {
    for (const auto& [tag, node] : *concepts) {
      if (tag != "concept") continue;
      Concept c;
      c.id = Leaf(node, "id");
      c.name = Leaf(node, "name");
      c.notes = Leaf(node, "notes");
      c.units = Leaf(node, "units");
      c.group = Leaf(node, "group");
      const std::string preferred = Leaf(node, "preferredState");
      c.preferred_state = !preferred.empty() && preferred != "0";
      if (auto relationships = node.get_child_optional("relationships")) {
        for (const auto& [rtag, r] : *relationships) {
          if (rtag != "relationship") continue;
          c.relationships.push_back({Leaf(r, "id"), Leaf(r, "name"), Leaf(r, "notes"),
                                     Leaf(r, "confidence"), Leaf(r, "influence"), std::nullopt});
        }
      }
      model.concepts.push_back(std::move(c));
    }
  }
  if (auto scenarios = root->get_child_optional("scenarios")) {
    for (const auto& [tag, scenario] : *scenarios) model.scenarios += tag == "scenario";
  }
  return Status::Ok();
}

std::string TypeName(const json& value) {
  if (value.is_null()) return "null";
  if (value.is_boolean()) return "a boolean";
  if (value.is_array()) return "an array";
  if (value.is_object()) return "an object";
  return "a number";
}

// A field of Mental Modeler's JSON: it writes every value as a string, but
// a number is read as the number's text.
Status JsonText(const json& object, const char* field, std::string& out) {
  out.clear();
  auto it = object.find(field);
  if (it == object.end() || it->is_null()) return Status::Ok();
  if (it->is_string()) {
    out = std::string(Trimmed(it->get_ref<const std::string&>()));
  } else if (it->is_number()) {
    out = it->dump();
  } else {
    return Status::Load(std::string("field '") + field + "' must be a string, not " +
                        TypeName(*it));
  }
  return Status::Ok();
}

Status ReadJson(std::string_view text, const std::string& file, Model& model) {
  json document;
  CAUSALKG_RETURN_IF_ERROR(ParseJson(text, file, 1, {kMaxDocumentDepth, true}, document));
  auto fail = [&](std::string message, std::optional<std::size_t> at) {
    return AtOffset(Status::Load(std::move(message)), file, text, at);
  };
  if (!document.is_object() || !document.contains("concepts") || !document["concepts"].is_array()) {
    return fail("a Mental Modeler model in JSON is an object with a \"concepts\" array",
                std::nullopt);
  }
  if (auto info = document.find("info"); info != document.end() && info->is_object()) {
    (void)JsonText(*info, "name", model.name);
    (void)JsonText(*info, "author", model.author);
    (void)JsonText(*info, "description", model.description);
    (void)JsonText(*info, "date", model.date);
  }
  if (auto groups = document.find("groupNames"); groups != document.end() && groups->is_object()) {
    for (auto it = groups->begin(); it != groups->end(); ++it) {
      if (it->is_string())
        model.group_names[it.key()] = std::string(Trimmed(it->get<std::string>()));
    }
  }
  const json& concepts = document["concepts"];
  const auto concept_offsets = ItemOffsets(text, {std::string_view("concepts")});
  for (std::size_t i = 0; i < concepts.size(); ++i) {
    const json& node = concepts[i];
    const auto at = i < concept_offsets.size() ? std::optional(concept_offsets[i]) : std::nullopt;
    const std::string where = "concept " + std::to_string(i + 1);
    if (!node.is_object()) return fail(where + ": a concept must be a JSON object", at);
    Concept c;
    c.offset = at;
    std::string preferred;
    Status s = JsonText(node, "id", c.id);
    if (s.ok()) s = JsonText(node, "name", c.name);
    if (s.ok()) s = JsonText(node, "notes", c.notes);
    if (s.ok()) s = JsonText(node, "units", c.units);
    if (s.ok()) s = JsonText(node, "group", c.group);
    if (s.ok()) s = JsonText(node, "preferredState", preferred);
    if (!s.ok()) return fail(where + ": " + s.message(), at);
    c.preferred_state = !preferred.empty() && preferred != "0";
    if (auto relationships = node.find("relationships"); relationships != node.end()) {
      if (!relationships->is_array()) {
        return fail(where + ": field 'relationships' must be an array", at);
      }
      const auto offsets =
          ItemOffsets(text, {std::string_view("concepts"), i, std::string_view("relationships")});
      for (std::size_t j = 0; j < relationships->size(); ++j) {
        const json& r = (*relationships)[j];
        Relationship rel;
        rel.offset = j < offsets.size() ? std::optional(offsets[j]) : at;
        const std::string rwhere = where + ", relationship " + std::to_string(j + 1);
        if (!r.is_object())
          return fail(rwhere + ": a relationship must be a JSON object", rel.offset);
        Status rs = JsonText(r, "id", rel.target);
        if (rs.ok()) rs = JsonText(r, "name", rel.target_name);
        if (rs.ok()) rs = JsonText(r, "notes", rel.notes);
        if (rs.ok()) rs = JsonText(r, "confidence", rel.confidence);
        if (rs.ok()) rs = JsonText(r, "influence", rel.influence);
        if (!rs.ok()) return fail(rwhere + ": " + rs.message(), rel.offset);
        c.relationships.push_back(std::move(rel));
      }
    }
    model.concepts.push_back(std::move(c));
  }
  if (auto scenarios = document.find("scenarios");
      scenarios != document.end() && scenarios->is_array()) {
    model.scenarios = scenarios->size();
  }
  return Status::Ok();
}

// An influence as a weight: a number, or H, M, L with a sign; nullopt for
// one left unset. An error for text that is neither.
Status WeightOf(const std::string& influence, std::optional<double>& weight) {
  weight.reset();
  const std::string folded = FoldCase(influence);
  if (folded.empty() || folded == "undefined" || folded == "null") return Status::Ok();
  struct Level {
    std::string_view text;
    double value;
  };
  static constexpr Level kLevels[] = {{"h+", 1},  {"m+", 0.62},  {"l+", 0.25},
                                      {"h-", -1}, {"m-", -0.62}, {"l-", -0.25}};
  for (const Level& level : kLevels) {
    if (folded == level.text) {
      weight = level.value;
      return Status::Ok();
    }
  }
  char* end = nullptr;
  const double d = std::strtod(influence.c_str(), &end);
  if (end == influence.c_str() || *end != '\0' || !std::isfinite(d)) {
    return Status::Load("influence " + fields::Excerpt(influence) +
                        " is neither a number from -1 to 1 nor H, M or L with a sign (H+, L-)");
  }
  weight = d;
  return Status::Ok();
}

// The model as a map: the conversion both formats share.
Result<CausalMap> MapOf(const Model& model, const std::string& file, std::string_view text) {
  CausalMap map;
  map.tool = "Mental Modeler";
  map.title = model.name;
  if (!model.author.empty()) map.about.emplace_back("author", model.author);
  if (!model.description.empty()) map.about.emplace_back("description", model.description);
  if (!model.date.empty()) map.about.emplace_back("date", model.date);

  auto fail = [&](const Concept& c, std::size_t index, std::string message,
                  std::optional<std::size_t> at) {
    std::string where = "concept " + std::to_string(index + 1);
    if (!c.name.empty()) where += " (" + fields::Excerpt(c.name) + ")";
    return AtOffset(Status::Load(where + ": " + std::move(message)), file, text, at);
  };

  NodeIds ids;
  std::unordered_map<std::string, std::size_t> by_id;
  std::size_t notes = 0, units = 0, unnamed_groups = 0, preferred = 0;
  for (std::size_t i = 0; i < model.concepts.size(); ++i) {
    const Concept& c = model.concepts[i];
    if (c.id.empty()) return fail(c, i, "a concept needs an id", c.offset);
    if (!by_id.emplace(c.id, i).second) {
      return fail(c, i, "its id " + fields::Excerpt(c.id) + " is the id of a concept before it too",
                  c.offset);
    }
    MapNode node;
    node.id = ids.FromLabel(c.name.empty() ? c.id : c.name);
    node.label = c.name;
    node.note = c.notes;
    if (!c.group.empty()) {
      auto group = model.group_names.find(c.group);
      if (group != model.group_names.end() && !group->second.empty()) {
        node.kind = IdFromText(group->second);
        if (group->second != node.kind) node.kind_label = group->second;
      } else if (c.group != "0") {
        ++unnamed_groups;  // group 0 is where concepts start: no group
      }
    }
    notes += !c.notes.empty();
    units += !c.units.empty();
    preferred += c.preferred_state;
    node.where = "concept " + std::to_string(i + 1);
    map.nodes.push_back(std::move(node));
  }

  std::size_t unset = 0, zero = 0, confidences = 0, levels = 0, relationships = 0;
  for (std::size_t i = 0; i < model.concepts.size(); ++i) {
    const Concept& c = model.concepts[i];
    for (std::size_t j = 0; j < c.relationships.size(); ++j) {
      const Relationship& r = c.relationships[j];
      const std::string rwhere = "relationship " + std::to_string(j + 1) + ": ";
      ++relationships;
      auto target = by_id.find(r.target);
      if (target == by_id.end()) {
        return fail(c, i,
                    rwhere + "it influences concept " + fields::Excerpt(r.target) +
                        (r.target_name.empty() ? "" : " (" + fields::Excerpt(r.target_name) + ")") +
                        ", which the model does not have",
                    r.offset);
      }
      std::optional<double> weight;
      if (Status s = WeightOf(r.influence, weight); !s.ok()) {
        return fail(c, i, rwhere + s.message(), r.offset);
      }
      if (!r.confidence.empty() && r.confidence != "0") ++confidences;
      MapLink link;
      link.where = "concept " + std::to_string(i + 1) + ", " + rwhere.substr(0, rwhere.size() - 2);
      link.from = i;
      link.to = target->second;
      link.quote = r.notes;
      if (!weight) {
        ++unset;
        link.sign = LinkSign::kUnknown;
      } else if (*weight == 0) {
        ++zero;
        continue;
      } else {
        levels += std::isalpha(static_cast<unsigned char>(r.influence[0])) != 0;
        link.sign = *weight > 0 ? LinkSign::kPositive : LinkSign::kNegative;
        link.weight = weight;
      }
      link.relation = std::string(RelationOfSign(link.sign));
      map.links.push_back(std::move(link));
    }
  }

  auto remark = [&](std::size_t n, std::string_view singular, std::string_view plural,
                    const std::string& what) {
    if (n > 0) map.remarks.push_back(Count(n, singular, plural) + " " + what);
  };
  if (relationships > 0) {
    map.remarks.push_back(Count(relationships - unset - zero, "relationship", "relationships") +
                          " read by the sign of their influence: + became 'increases', - "
                          "'decreases'");
  }
  remark(levels, "influence", "influences",
         "given as H, M or L read as 1, 0.62 and 0.25 (Mental Modeler's own values), with "
         "their sign");
  remark(unset, "relationship", "relationships",
         "without an influence (sign not stated): relation 'influences'");
  remark(zero, "relationship", "relationships", "of influence 0 dropped: 0 says no influence");
  remark(confidences, "confidence", "confidences",
         "(-2..2 in Mental Modeler) dropped: they are no confidence from 0 to 1");
  remark(notes, "concept's notes", "concepts' notes",
         "dropped: causalkg keeps no notes on nodes (a relationship's notes are its quote)");
  remark(units, "concept's units", "concepts' units", "dropped");
  remark(unnamed_groups, "concept", "concepts", "in a group without a name: no kind");
  remark(preferred, "concept's preferred state", "concepts' preferred states", "dropped");
  remark(model.scenarios, "scenario", "scenarios", "dropped (they are runs of the model)");
  return map;
}

}  // namespace

Result<CausalMap> ParseMentalModeler(std::string_view text, const std::string& file) {
  Model model;
  const std::string_view body = Trimmed(WithoutBom(text));
  if (!body.empty() && body[0] == '<') {
    CAUSALKG_RETURN_IF_ERROR(ReadXml(text, file, model));
  } else if (!body.empty() && body[0] == '{') {
    CAUSALKG_RETURN_IF_ERROR(ReadJson(text, file, model));
  } else {
    return Status::Load("a Mental Modeler model is XML (<mentalmodeler>) or a JSON object")
        .InFile(file);
  }
  return MapOf(model, file, text);
}

bool LooksLikeMentalModeler(std::string_view head) {
  const std::string_view body = Trimmed(WithoutBom(head));
  if (body.empty()) return false;
  if (body[0] == '<') {
    const std::string folded = FoldCase(body.substr(0, 512));
    return folded.find("<mentalmodeler") != std::string::npos;
  }
  return body[0] == '{' && body.find("\"concepts\"") != std::string_view::npos &&
         (body.find("\"groupNames\"") != std::string_view::npos ||
          body.find("\"relationships\"") != std::string_view::npos);
}

}  // namespace causalkg::kb::maps
