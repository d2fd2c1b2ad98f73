#include "kb/ingest/formats/xmile.hpp"

#include <unordered_map>

#include "kb/ingest/formats/xml_tree.hpp"

namespace causalkg::kb {

namespace {

using sd::Dialect;
using sd::NodeKind;
using sd::Sign;

// A name as an element's text gives it: "heat_loss", or "\"Heat Loss\"".
std::string KeyOfText(std::string_view text) {
  const std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  text = text.substr(first, text.find_last_not_of(" \t\r\n") + 1 - first);
  if (text.size() >= 2 && text.front() == '"' && text.back() == '"')
    text = text.substr(1, text.size() - 2);
  return sd::NameKey(text);
}

std::string Plural(std::size_t n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

class XmileReader {
 public:
  XmileReader(const XmlTree& tree, const std::string& file) : tree_(tree), file_(file) {}

  Result<sd::Model> Read() {
    model_.dialect = Dialect::kXmile;
    const XmlElement& root = tree_.Root();
    if (root.LocalName() != "xmile") {
      return Status::Load("the root element is <" + root.name + ">, not <xmile>")
          .InFile(file_, root.line);
    }
    const XmlElement* main = nullptr;
    for (const XmlElement& child : Children(root)) {
      if (child.LocalName() == "dimensions" && child.Prefix().empty()) ReadDimensions(child);
      if (child.LocalName() == "macro" && child.Prefix().empty()) ++macros_;
      if (child.LocalName() != "model" || !child.Prefix().empty()) continue;
      if (main == nullptr ||
          (main->Attribute("name") != nullptr && child.Attribute("name") == nullptr)) {
        main = &child;
      }
    }
    if (main == nullptr) return Status::Load("the file has no <model>").InFile(file_, root.line);
    CAUSALKG_RETURN_IF_ERROR(ReadModel(*main));
    if (model_.variables.empty()) {
      return Status::Load("the model has no variables").InFile(file_, main->line);
    }
    Remark();
    return std::move(model_);
  }

 private:
  struct ChildRange {
    const XmlTree& tree;
    const XmlElement& parent;
    struct It {
      const XmlTree* tree;
      const std::size_t* at;
      const XmlElement& operator*() const { return tree->elements[*at]; }
      It& operator++() {
        ++at;
        return *this;
      }
      bool operator!=(const It& o) const { return at != o.at; }
    };
    It begin() const { return {&tree, parent.children.data()}; }
    It end() const { return {&tree, parent.children.data() + parent.children.size()}; }
  };
  ChildRange Children(const XmlElement& e) const { return {tree_, e}; }

  // The first child named `name` (without a prefix), or nullptr.
  const XmlElement* Child(const XmlElement& e, std::string_view name) const {
    for (const XmlElement& c : Children(e)) {
      if (c.LocalName() == name && c.Prefix().empty()) return &c;
    }
    return nullptr;
  }

  void ReadDimensions(const XmlElement& dimensions) {
    for (const XmlElement& dim : Children(dimensions)) {
      if (const std::string* name = dim.Attribute("name")) {
        model_.other_names.push_back(sd::NameKey(*name));
      }
      for (const XmlElement& elem : Children(dim)) {
        if (const std::string* name = elem.Attribute("name")) {
          model_.other_names.push_back(sd::NameKey(*name));
        }
      }
    }
  }

  Status ReadModel(const XmlElement& model) {
    for (const XmlElement& part : Children(model)) {
      if (!part.Prefix().empty()) continue;
      if (part.LocalName() == "stock" || part.LocalName() == "flow" || part.LocalName() == "aux" ||
          part.LocalName() == "gf" || part.LocalName() == "module") {
        CAUSALKG_RETURN_IF_ERROR(ReadVariable(part));  // as drafts of XMILE put them
      } else if (part.LocalName() == "variables") {
        for (const XmlElement& e : Children(part)) CAUSALKG_RETURN_IF_ERROR(ReadVariable(e));
      } else if (part.LocalName() == "views") {
        ReadViews(part);
      }
    }
    return Status::Ok();
  }

  Status ReadVariable(const XmlElement& e) {
    if (!e.Prefix().empty()) return Status::Ok();  // a vendor's extension
    const std::string_view tag = e.LocalName();
    NodeKind kind;
    if (tag == "stock") {
      kind = NodeKind::kStock;
    } else if (tag == "flow") {
      kind = NodeKind::kFlow;
    } else if (tag == "aux") {
      kind = NodeKind::kAuxiliary;
    } else if (tag == "gf") {
      kind = NodeKind::kLookup;
    } else {
      if (tag == "module") {
        ++modules_;
      } else if (tag != "group") {
        ++unknown_elements_;
      }
      return Status::Ok();
    }
    const std::string* name = e.Attribute("name");
    if (name == nullptr || sd::NameKey(*name).empty()) {
      return Status::Load("<" + e.name + "> has no name").InFile(file_, e.line);
    }
    sd::Variable v;
    v.name = sd::DisplayName(*name);
    v.key = sd::NameKey(*name);
    v.kind = kind;
    v.line = e.line;
    v.subscripted = Child(e, "dimensions") != nullptr;
    v.through_table = kind != NodeKind::kLookup && Child(e, "gf") != nullptr;
    if (Child(e, "non_negative") != nullptr) ++non_negative_;
    if (kind != NodeKind::kLookup) {
      if (const XmlElement* eqn = Child(e, "eqn")) CAUSALKG_RETURN_IF_ERROR(AddEquation(v, *eqn));
      for (const XmlElement& element : Children(e)) {
        if (element.LocalName() != "element" || !element.Prefix().empty()) continue;
        if (const XmlElement* eqn = Child(element, "eqn"))
          CAUSALKG_RETURN_IF_ERROR(AddEquation(v, *eqn));
      }
      if (v.definitions.empty() && kind != NodeKind::kStock && !v.through_table) {
        v.kind = NodeKind::kData;
      }
    }
    for (const XmlElement& c : Children(e)) {
      if (c.LocalName() != "inflow" && c.LocalName() != "outflow") continue;
      if (kind != NodeKind::kStock) {
        return Status::Load("<" + c.name + "> in <" + e.name + " name=\"" + *name +
                            "\">; only a stock has flows")
            .InFile(file_, c.line);
      }
      sd::Variable::Flow flow{KeyOfText(c.text), "<" + c.name + ">" + c.text + "</" + c.name + ">",
                              c.line};
      (c.LocalName() == "inflow" ? v.inflows : v.outflows).push_back(std::move(flow));
    }
    model_.variables.push_back(std::move(v));
    return Status::Ok();
  }

  Status AddEquation(sd::Variable& v, const XmlElement& eqn) {
    if (eqn.text.find_first_not_of(" \t\r\n") == std::string::npos) return Status::Ok();
    auto parsed = sd::ParseEquation(eqn.text, Dialect::kXmile);
    if (!parsed.ok()) {
      const std::size_t offset = parsed.status().offset().value_or(0);
      std::size_t line = eqn.text_line;
      for (std::size_t i = 0; i < offset && i < eqn.text.size(); ++i) line += eqn.text[i] == '\n';
      return Status::Load("in the equation of '" + v.name + "': " + parsed.status().message())
          .InFile(file_, line);
    }
    v.definitions.push_back(
        {v.name + " = " + sd::DisplayName(eqn.text), std::move(*parsed), eqn.text_line});
    return Status::Ok();
  }

  // Names in a connector's <from>/<to>: the text, or an alias's original.
  std::string EndName(const XmlElement& end,
                      const std::unordered_map<std::string, std::string>& aliases) {
    if (const XmlElement* alias = Child(end, "alias")) {
      const std::string* uid = alias->Attribute("uid");
      if (uid == nullptr) return {};
      auto it = aliases.find(*uid);
      return it == aliases.end() ? std::string() : it->second;
    }
    return KeyOfText(end.text);
  }

  void ReadViews(const XmlElement& views) {
    for (const XmlElement& view : Children(views)) {
      if (view.LocalName() != "view" || !view.Prefix().empty()) continue;
      std::unordered_map<std::string, std::string> aliases;  // uid -> key of the original
      for (const XmlElement& object : Children(view)) {
        if (object.LocalName() != "alias") continue;
        const std::string* uid = object.Attribute("uid");
        const XmlElement* of = Child(object, "of");
        if (uid != nullptr && of != nullptr) aliases[*uid] = KeyOfText(of->text);
      }
      for (const XmlElement& connector : Children(view)) {
        if (connector.LocalName() != "connector") continue;
        const std::string* polarity = connector.Attribute("polarity");
        if (polarity == nullptr || polarity->empty() || *polarity == "none") continue;
        const Sign sign = *polarity == "+"   ? Sign::kPositive
                          : *polarity == "-" ? Sign::kNegative
                                             : Sign::kNone;
        const XmlElement* from = Child(connector, "from");
        const XmlElement* to = Child(connector, "to");
        if (sign == Sign::kNone || from == nullptr || to == nullptr) {
          ++unreadable_marks_;
          continue;
        }
        model_.marks.push_back(
            {EndName(*from, aliases), EndName(*to, aliases), sign, connector.line});
      }
    }
  }

  void Remark() {
    auto& r = model_.remarks;
    r.push_back(
        "units, documentation, the simulation's specs, the diagram's layout and "
        "vendors' extensions dropped");
    if (modules_ > 0) r.push_back(Plural(modules_, "module", "modules") + " dropped");
    if (macros_ > 0) {
      r.push_back(Plural(macros_, "macro", "macros") +
                  " dropped: a macro's call became depends_on links from its arguments");
    }
    if (non_negative_ > 0) {
      r.push_back("non_negative on " + Plural(non_negative_, "variable", "variables") +
                  " dropped: it bounds a value and leaves the signs of its links as they are");
    }
    if (unknown_elements_ > 0) {
      r.push_back(Plural(unknown_elements_, "element", "elements") +
                  " of <variables> other than stock, flow, aux, gf, module and group dropped");
    }
    if (unreadable_marks_ > 0) {
      r.push_back(Plural(unreadable_marks_, "connector polarity", "connector polarities") +
                  " other than + and - dropped");
    }
  }

  const XmlTree& tree_;
  const std::string& file_;
  sd::Model model_;
  std::size_t modules_ = 0, macros_ = 0, non_negative_ = 0, unknown_elements_ = 0,
              unreadable_marks_ = 0;
};

}  // namespace

Result<sd::Model> ParseXmile(std::string_view text, const std::string& file) {
  auto tree = ParseXml(text, file);
  if (!tree.ok()) return std::move(tree).TakeStatus();
  return XmileReader(*tree, file).Read();
}

Result<sd::Import> ReadXmile(std::string_view text, const std::string& file) {
  auto model = ParseXmile(text, file);
  if (!model.ok()) return std::move(model).TakeStatus();
  return sd::BuildImport(std::move(*model), file);
}

}  // namespace causalkg::kb
