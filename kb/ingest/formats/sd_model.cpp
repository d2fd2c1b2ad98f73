#include "kb/ingest/formats/sd_model.hpp"

#include <array>
#include <cctype>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace causalkg::kb::sd {

const char* NodeKindName(NodeKind kind) {
  switch (kind) {
    case NodeKind::kStock:
      return "stock";
    case NodeKind::kFlow:
      return "flow";
    case NodeKind::kAuxiliary:
      return "auxiliary";
    case NodeKind::kConstant:
      return "constant";
    case NodeKind::kLookup:
      return "lookup";
    case NodeKind::kData:
      return "data";
  }
  return "auxiliary";
}

bool IsSimulationSetting(const std::string& key) {
  static constexpr std::array<std::string_view, 8> kSettings = {
      "time", "time_step", "initial_time", "final_time", "saveper", "dt", "starttime", "stoptime"};
  for (std::string_view s : kSettings) {
    if (key == s) return true;
  }
  return false;
}

namespace {

// A delay's function as the model tools write it: "smooth3" -> "SMOOTH3".
std::string DelayName(std::string_view key) {
  std::string name(key);
  for (char& c : name) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return name;
}

std::string Count(std::size_t n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

class GraphBuilder {
 public:
  GraphBuilder(Model& model, const std::string& file) : model_(model), file_(file) {}

  Result<Import> Build() {
    CAUSALKG_RETURN_IF_ERROR(IndexVariables());
    for (const std::string& name : model_.other_names) other_.insert(name);
    for (const Variable* v : variables_) CAUSALKG_RETURN_IF_ERROR(LinkInto(*v));
    ApplyMarks();
    for (const Variable* v : variables_) {
      import_.nodes.push_back({v->key, v->name, KindOf(*v), v->subscripted, v->line});
    }
    Remark();
    return std::move(import_);
  }

 private:
  Status IndexVariables() {
    for (Variable& v : model_.variables) {
      if (IsSimulationSetting(v.key)) {
        ++settings_;
        continue;
      }
      auto [it, fresh] = by_key_.emplace(v.key, &v);
      if (!fresh) {
        return Status::Load("'" + v.name + "' is defined twice, here and on line " +
                            std::to_string(it->second->line))
            .InFile(file_, v.line);
      }
      variables_.push_back(&v);
    }
    return Status::Ok();
  }

  bool IsTable(const std::string& key) const {
    auto it = by_key_.find(key);
    return it != by_key_.end() && it->second->kind == NodeKind::kLookup;
  }

  // The sign of a variable's value: stocks are taken as never negative;
  // others have their equation's sign, found once each (an equation that
  // reaches itself without passing a stock is given no sign).
  Sign ValueOf(const std::string& key) {
    if (IsSimulationSetting(key)) return Sign::kPositive;
    auto it = by_key_.find(key);
    if (it == by_key_.end()) return Sign::kUnknown;
    const Variable& v = *it->second;
    if (v.kind == NodeKind::kStock) return Sign::kPositive;
    if (v.kind != NodeKind::kAuxiliary && v.kind != NodeKind::kFlow) return Sign::kUnknown;
    if (v.through_table || v.definitions.empty()) return Sign::kUnknown;
    auto [memo, fresh] = value_.emplace(key, Sign::kUnknown);
    if (!fresh) return memo->second;  // found, or being found (a cycle)
    Sign sign = Sign::kNone;
    for (const Definition& d : v.definitions) {
      const Sign s = ValueSign(d.equation, value_of_, is_table_);
      sign = sign == Sign::kNone || sign == s ? s : Sign::kUnknown;
    }
    value_[key] = sign;
    return sign;
  }

  Status LinkInto(const Variable& v) {
    struct Merged {
      Link link;
      bool seen = false;
    };
    std::vector<Merged> merged;
    std::unordered_map<std::string, std::size_t> at;
    std::unordered_set<std::string> initial;
    auto add = [&](const std::string& from, Sign sign, bool delayed, bool table,
                   const std::string& quote, std::size_t line, std::string_view delay = {}) {
      auto [it, fresh] = at.emplace(from, merged.size());
      if (fresh)
        merged.push_back({Link{from, v.key, sign, delayed, table, false, quote, line}, true});
      Link& link = merged[it->second].link;
      if (!fresh && link.sign != sign) link.sign = Sign::kUnknown;
      link.delayed = link.delayed || delayed;
      link.through_table = link.through_table || table;
      if (link.delay.empty()) link.delay = DelayName(delay);
    };
    for (const Definition& d : v.definitions) {
      Dependencies deps = FindDependencies(d.equation, value_of_, is_table_);
      const bool initial_value = v.kind == NodeKind::kStock && model_.dialect == Dialect::kXmile;
      for (Dependency& dep : deps.names) {
        if (IsSimulationSetting(dep.key)) {
          names_time_.insert(v.key);
          continue;
        }
        if (other_.count(dep.key)) continue;
        if (!by_key_.count(dep.key)) {
          return Status::Load("the equation of '" + v.name + "' names '" + dep.key +
                              "', which the model does not define")
              .InFile(file_, d.line);
        }
        if (initial_value) {
          initial.insert(dep.key);
          continue;
        }
        const bool table = dep.through_table || v.through_table || IsTable(dep.key);
        const Sign sign = v.through_table ? Sign::kUnknown : dep.sign;
        add(dep.key, sign, dep.delayed, table, d.text, d.line, dep.delay);
      }
      for (const std::string& key : deps.initial_only) {
        if (by_key_.count(key)) initial.insert(key);
      }
    }
    for (const auto& flow : v.inflows) {
      CAUSALKG_RETURN_IF_ERROR(AddFlow(v, flow, Sign::kPositive, add));
    }
    for (const auto& flow : v.outflows) {
      CAUSALKG_RETURN_IF_ERROR(AddFlow(v, flow, Sign::kNegative, add));
    }
    for (const std::string& key : initial) {
      if (!at.count(key)) ++initial_only_;
    }
    if (!merged.empty()) has_links_.insert(v.key);
    for (Merged& m : merged) {
      link_at_.emplace(m.link.from + '\n' + m.link.to, import_.links.size());
      import_.links.push_back(std::move(m.link));
    }
    return Status::Ok();
  }

  template <typename Add>
  Status AddFlow(const Variable& stock, const Variable::Flow& flow, Sign sign, Add& add) {
    if (!by_key_.count(flow.key)) {
      return Status::Load("the stock '" + stock.name + "' names the flow '" + flow.key +
                          "', which the model does not define")
          .InFile(file_, flow.line);
    }
    add(flow.key, sign, false, false, flow.quote, flow.line);
    flows_.insert(flow.key);
    return Status::Ok();
  }

  void ApplyMarks() {
    for (const SignMark& mark : model_.marks) {
      auto it = link_at_.find(mark.from + '\n' + mark.to);
      if (it == link_at_.end()) {
        ++marks_dropped_;
        continue;
      }
      Link& link = import_.links[it->second];
      if (link.sign != mark.sign) ++(link.sign == Sign::kUnknown ? marks_signed_ : marks_differ_);
      link.sign = mark.sign;
      link.marked = true;
      ++marks_used_;
    }
  }

  NodeKind KindOf(const Variable& v) const {
    if (v.kind != NodeKind::kAuxiliary) return v.kind;
    if (flows_.count(v.key)) return NodeKind::kFlow;
    if (!has_links_.count(v.key) && !names_time_.count(v.key)) {
      return v.through_table ? NodeKind::kLookup : NodeKind::kConstant;
    }
    return NodeKind::kAuxiliary;
  }

  void Remark() {
    std::array<std::size_t, 6> kinds{};
    std::size_t subscripted = 0;
    for (const Node& n : import_.nodes) {
      ++kinds[static_cast<std::size_t>(n.kind)];
      subscripted += n.subscripted;
    }
    std::size_t plus = 0, minus = 0, unknown = 0, from_tables = 0, into_tables = 0, delayed = 0;
    for (const Link& l : import_.links) {
      plus += l.sign == Sign::kPositive;
      minus += l.sign == Sign::kNegative;
      unknown += l.sign == Sign::kUnknown;
      if (l.through_table && l.sign == Sign::kUnknown)
        ++(IsTable(l.from) ? from_tables : into_tables);
      delayed += l.delayed;
    }
    auto& r = import_.remarks;
    r.push_back(Count(import_.nodes.size(), "variable", "variables") + ": " +
                Count(kinds[0], "stock", "stocks") + ", " + Count(kinds[1], "flow", "flows") +
                ", " + Count(kinds[2], "auxiliary", "auxiliaries") + ", " +
                Count(kinds[3], "constant", "constants") + ", " +
                Count(kinds[4], "lookup table", "lookup tables") + ", " +
                Count(kinds[5], "data variable", "data variables") + " (each a node of that kind)");
    r.push_back(Count(import_.links.size(), "link", "links") + ": " + std::to_string(plus) +
                " increases (+), " + std::to_string(minus) + " decreases (-), " +
                std::to_string(unknown) + " depends_on (sign not plain from the equation)");
    if (kinds[0] > 0) {
      r.push_back(
          "inflows became increases and outflows decreases links to their stocks; "
          "signs of products and quotients take stocks as never negative");
    }
    if (from_tables > 0) {
      r.push_back(Count(from_tables, "lookup table became a depends_on link",
                        "lookup tables became depends_on links") +
                  " (from the table to the variable that reads it)");
    }
    if (into_tables > 0) {
      r.push_back(Count(into_tables, "input of a lookup table became a depends_on link",
                        "inputs of lookup tables became depends_on links"));
    }
    if (initial_only_ > 0) {
      r.push_back(Count(initial_only_, "dependency", "dependencies") +
                  " through initial values only (a stock's initial value, a delay's or "
                  "smooth's initial value, INITIAL) not counted");
    }
    if (delayed > 0) {
      r.push_back(Count(delayed, "link", "links") +
                  " through a delay or smooth kept with its input's sign; the delay kept as "
                  "an attribute ('delay': its function, as 'SMOOTH3')");
    }
    if (subscripted > 0) {
      r.push_back(Count(subscripted, "subscripted variable", "subscripted variables") +
                  " each became one node; their elements are not told apart");
    }
    if (settings_ > 0 || !names_time_.empty()) {
      r.push_back(
          "the simulation's settings (INITIAL TIME, FINAL TIME, TIME STEP, SAVEPER, "
          "DT) and Time are not nodes");
    }
    if (marks_used_ > 0) {
      r.push_back(Count(marks_used_, "sign", "signs") +
                  " taken from the diagram's polarity marks (" + std::to_string(marks_signed_) +
                  " where the equation gave none, " + std::to_string(marks_differ_) +
                  " where it gave another)");
    }
    if (marks_dropped_ > 0) {
      r.push_back(Count(marks_dropped_, "polarity mark", "polarity marks") +
                  " of the diagram on arrows with no dependency in the equations dropped");
    }
    for (std::string& remark : model_.remarks) r.push_back(std::move(remark));
  }

  Model& model_;
  const std::string& file_;
  std::vector<const Variable*> variables_;
  std::unordered_map<std::string, const Variable*> by_key_;
  std::unordered_set<std::string> other_, flows_, has_links_, names_time_;
  std::unordered_map<std::string, Sign> value_;
  std::unordered_map<std::string, std::size_t> link_at_;
  std::function<Sign(const std::string&)> value_of_ = [this](const std::string& k) {
    return ValueOf(k);
  };
  std::function<bool(const std::string&)> is_table_ = [this](const std::string& k) {
    return IsTable(k);
  };
  std::size_t settings_ = 0, initial_only_ = 0;
  std::size_t marks_used_ = 0, marks_signed_ = 0, marks_differ_ = 0, marks_dropped_ = 0;
  Import import_;
};

}  // namespace

Result<Import> BuildImport(Model model, const std::string& file) {
  return GraphBuilder(model, file).Build();
}

}  // namespace causalkg::kb::sd
