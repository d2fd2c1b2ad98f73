#include "kb/ingest/formats/vensim.hpp"

#include <algorithm>
#include <cctype>
#include <unordered_map>

namespace causalkg::kb {

namespace {

using sd::Dialect;
using sd::NodeKind;
using sd::Sign;

constexpr std::string_view kSketchMarker = "---///";
constexpr std::string_view kSketchEnd = "///---\\\\\\";

// Line numbers of byte offsets, found by one binary search each.
class Lines {
 public:
  explicit Lines(std::string_view text) {
    starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\n') starts_.push_back(i + 1);
    }
  }
  std::size_t LineOf(std::size_t offset) const {
    return static_cast<std::size_t>(std::upper_bound(starts_.begin(), starts_.end(), offset) -
                                    starts_.begin());
  }
  std::size_t ColumnOf(std::size_t offset) const {
    return offset - starts_[LineOf(offset) - 1] + 1;
  }

 private:
  std::vector<std::size_t> starts_;
};

// Whitespace runs and line continuations as one space: an equation as a
// person would quote it.
std::string Collapsed(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\\' && i + 1 < text.size() && (text[i + 1] == '\n' || text[i + 1] == '\r')) c = ' ';
    if (std::isspace(static_cast<unsigned char>(c))) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string_view Trimmed(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::string Excerpt(std::string_view text) {
  std::string s = Collapsed(text);
  if (s.size() > 40) s = s.substr(0, 40) + "...";
  return s;
}

class VensimReader {
 public:
  VensimReader(std::string_view text, const std::string& file)
      : text_(text), file_(file), lines_(text) {}

  Result<sd::Model> Read() {
    model_.dialect = Dialect::kVensim;
    std::size_t pos = 0;
    if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;
    const std::size_t sketch = FindSketch();
    if (Trimmed(text_.substr(pos, sketch - pos)).empty() ||
        Trimmed(text_.substr(pos, sketch - pos)) == "{UTF-8}") {
      return Status::Load("the model has no equations").InFile(file_);
    }
    if (text_.substr(pos, 7) == "{UTF-8}") pos += 7;
    while (true) {
      while (pos < sketch && std::isspace(static_cast<unsigned char>(text_[pos]))) ++pos;
      if (pos >= sketch) break;
      if (text_.substr(pos, 7) == ":MACRO:") {
        const std::size_t end = text_.find(":END OF MACRO:", pos);
        if (end == std::string_view::npos || end > sketch) {
          return Status::Load("':MACRO:' without its ':END OF MACRO:'").InFile(file_, Line(pos));
        }
        ++macros_;
        pos = end + 14;
        continue;
      }
      auto next = ReadBlock(pos, sketch);
      if (!next.ok()) return std::move(next).TakeStatus();
      pos = *next;
    }
    MarkFlows();
    if (sketch < text_.size()) CAUSALKG_RETURN_IF_ERROR(ReadSketch(sketch));
    Remark();
    return std::move(model_);
  }

 private:
  std::size_t Line(std::size_t offset) const { return lines_.LineOf(offset); }

  std::size_t FindSketch() const {
    // A line that starts \\\---/// (some writers give two backslashes).
    std::size_t at = 0;
    while ((at = text_.find(kSketchMarker, at)) != std::string_view::npos) {
      std::size_t start = at;
      while (start > 0 && text_[start - 1] == '\\') --start;
      if (at - start >= 2 && (start == 0 || text_[start - 1] == '\n')) return start;
      at += kSketchMarker.size();
    }
    return text_.size();
  }

  // One `equation ~ units ~ comment |` block from `pos`; the position after it.
  Result<std::size_t> ReadBlock(std::size_t pos, std::size_t end) {
    // The equation runs to the first '~' or '|' outside quotes and comments.
    std::size_t i = pos;
    char quote = 0;
    for (; i < end; ++i) {
      const char c = text_[i];
      if (quote != 0) {
        if (c == '\\' && i + 1 < end && text_[i + 1] == quote) {
          ++i;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '{') {
        quote = c == '{' ? '}' : '"';
      } else if (c == '~' || c == '|') {
        break;
      }
    }
    const std::size_t bar = i < end ? text_.find('|', i) : std::string_view::npos;
    if (bar == std::string_view::npos || bar >= end) {
      return Status::Load("the equation '" + Excerpt(text_.substr(pos, std::min(i, end) - pos)) +
                          "' has no closing '|'")
          .InFile(file_, Line(pos));
    }
    const std::string_view equation = text_.substr(pos, i - pos);
    if (equation.find_first_not_of(" \t\r\n") == std::string_view::npos) {
      return Status::Load("a '~' or '|' with no equation before it").InFile(file_, Line(i));
    }
    if (equation.front() == '*') {
      ++groups_;
    } else {
      CAUSALKG_RETURN_IF_ERROR(ReadEquation(pos, equation));
    }
    return bar + 1;
  }

  Status ReadEquation(std::size_t start, std::string_view equation) {
    // The name: quoted, or up to what follows a name.
    std::size_t i = 0;
    std::string name;
    if (equation[0] == '"') {
      std::size_t close = 1;
      while (close < equation.size() && equation[close] != '"')
        close += equation[close] == '\\' ? 2 : 1;
      if (close >= equation.size()) {
        return Status::Load("quoted name without its closing '\"'").InFile(file_, Line(start));
      }
      for (std::size_t k = 1; k < close; ++k) {
        if (equation[k] == '\\' && equation[k + 1] == '"') ++k;
        name += equation[k];
      }
      i = close + 1;
    } else {
      // Letters, digits, spaces and _ $ ' & % . make a name, as in equations.
      while (i < equation.size() &&
             (std::isalnum(static_cast<unsigned char>(equation[i])) ||
              static_cast<unsigned char>(equation[i]) >= 0x80 ||
              std::string_view(" \t\r\n_$'&%.\\").find(equation[i]) != std::string_view::npos)) {
        ++i;
      }
      name = std::string(equation.substr(0, i));
    }
    name = sd::DisplayName(name);
    if (name.empty()) {
      return Status::Load("an equation with no name before '" + Excerpt(equation.substr(i)) + "'")
          .InFile(file_, Line(start));
    }
    bool subscripted = false;
    auto skip_space = [&] {
      while (i < equation.size() &&
             (std::isspace(static_cast<unsigned char>(equation[i])) || equation[i] == '\\')) {
        ++i;
      }
    };
    skip_space();
    while (i < equation.size() && equation[i] == '[') {  // [subscripts], :EXCEPT: [...]
      const std::size_t close = equation.find(']', i);
      if (close == std::string_view::npos) {
        return Status::Load("'[' without its ']' after '" + name + "'")
            .InFile(file_, Line(start + i));
      }
      subscripted = true;
      i = close + 1;
      skip_space();
      if (equation.substr(i, 8) == ":EXCEPT:") {
        i += 8;
        skip_space();
      }
      if (i < equation.size() && equation[i] == ',') {
        ++i;
        skip_space();
      }
    }
    const std::string_view rest = equation.substr(i);
    if (rest.empty() || (rest[0] == ':' && rest.substr(0, 2) != ":=")) {
      if (rest.empty() || IsDataKeyword(rest)) return AddData(name, start, subscripted);
      return AddSubscriptRange(name, rest.substr(1));
    }
    if (rest.substr(0, 3) == "<->") {
      model_.other_names.push_back(sd::NameKey(name));
      ++subscript_ranges_;
      return Status::Ok();
    }
    if (rest[0] == '(') return AddLookup(name, start, subscripted);
    std::size_t rhs = 0;
    if (rest.substr(0, 2) == "==" || rest.substr(0, 2) == ":=") {
      rhs = 2;
    } else if (rest[0] == '=') {
      rhs = 1;
    } else {
      return Status::Load("expected '=' after '" + name + "', not '" + Excerpt(rest) + "'")
          .InFile(file_, Line(start + i));
    }
    const std::size_t rhs_start = start + i + rhs;
    const std::string_view expression = rest.substr(rhs);
    auto parsed = sd::ParseEquation(expression, Dialect::kVensim);
    if (!parsed.ok()) {
      const std::size_t at = rhs_start + parsed.status().offset().value_or(0);
      return Status::Load("in the equation of '" + name + "': " + parsed.status().message())
          .InFile(file_, Line(at), lines_.ColumnOf(at));
    }
    const bool stock =
        parsed->Root().kind == sd::ExprNode::Kind::kCall && parsed->Root().key == "integ";
    sd::Variable& v = VariableFor(name, start, subscripted);
    if (stock) v.kind = NodeKind::kStock;
    v.definitions.push_back({Collapsed(equation), std::move(*parsed), Line(start)});
    return Status::Ok();
  }

  static bool IsDataKeyword(std::string_view rest) {
    for (std::string_view k : {":INTERPOLATE:", ":RAW:", ":HOLD BACKWARD:", ":LOOK FORWARD:"}) {
      if (rest.substr(0, k.size()) == k) return true;
    }
    return false;
  }

  // The variable `name` names, new or (for one subscripted element after
  // another) the one before; an unsubscripted name met twice makes a second
  // one, which BuildImport refuses with both lines.
  sd::Variable& VariableFor(const std::string& name, std::size_t start, bool subscripted) {
    const std::string key = sd::NameKey(name);
    auto it = index_.find(key);
    if (it != index_.end() && subscripted && model_.variables[it->second].subscripted) {
      return model_.variables[it->second];
    }
    index_[key] = model_.variables.size();
    sd::Variable v;
    v.key = key;
    v.name = name;
    v.subscripted = subscripted;
    v.line = Line(start);
    model_.variables.push_back(std::move(v));
    return model_.variables.back();
  }

  Status AddData(const std::string& name, std::size_t start, bool subscripted) {
    VariableFor(name, start, subscripted).kind = NodeKind::kData;
    return Status::Ok();
  }

  Status AddLookup(const std::string& name, std::size_t start, bool subscripted) {
    VariableFor(name, start, subscripted).kind = NodeKind::kLookup;
    return Status::Ok();
  }

  // `range: a, b, (c1-c3) -> map`: its name and elements are no variables.
  Status AddSubscriptRange(const std::string& name, std::string_view elements) {
    ++subscript_ranges_;
    model_.other_names.push_back(sd::NameKey(name));
    elements = elements.substr(0, elements.find("->"));
    std::size_t from = 0;
    while (from <= elements.size()) {
      std::size_t comma = elements.find(',', from);
      if (comma == std::string_view::npos) comma = elements.size();
      std::string element(elements.substr(from, comma - from));
      std::erase_if(element, [](char c) { return c == '(' || c == ')'; });
      if (!Trimmed(element).empty()) model_.other_names.push_back(sd::NameKey(element));
      from = comma + 1;
    }
    return Status::Ok();
  }

  // A stock's flows are the names its rate adds or takes away.
  void MarkFlows() {
    for (sd::Variable& stock : model_.variables) {
      if (stock.kind != NodeKind::kStock) continue;
      for (const sd::Definition& d : stock.definitions) {
        const sd::ExprNode& integ = d.equation.Root();
        if (integ.args.empty()) continue;
        std::vector<std::size_t> terms = {integ.args[0]};
        while (!terms.empty()) {
          const sd::ExprNode& n = d.equation.nodes[terms.back()];
          terms.pop_back();
          if (n.kind == sd::ExprNode::Kind::kName) {
            auto it = index_.find(n.key);
            if (it != index_.end() && model_.variables[it->second].kind == NodeKind::kAuxiliary) {
              model_.variables[it->second].kind = NodeKind::kFlow;
            }
          } else if (n.kind == sd::ExprNode::Kind::kUnary ||
                     (n.kind == sd::ExprNode::Kind::kBinary && (n.op == '+' || n.op == '-'))) {
            terms.insert(terms.end(), n.args.begin(), n.args.end());
          }
        }
      }
    }
  }

  static Sign MarkSign(std::string_view field) {
    field = Trimmed(field);
    if (field == "43" || field == "+" || field == "83" || field == "S" || field == "115" ||
        field == "s") {
      return Sign::kPositive;
    }
    if (field == "45" || field == "-" || field == "79" || field == "O" || field == "111" ||
        field == "o") {
      return Sign::kNegative;
    }
    return Sign::kNone;
  }

  // The sketch: `10,id,name,...` a variable, `11,id,...` a flow's valve
  // (its variable the `10` line after it), `1,id,from,to,shape,hid,pol,...`
  // an arrow whose polarity field is the character code of its mark.
  Status ReadSketch(std::size_t pos) {
    std::unordered_map<std::string, std::string> object_key;  // id -> variable key, this view
    std::string open_valve;
    std::size_t unreadable_marks = 0;
    while (pos < text_.size()) {
      std::size_t eol = text_.find('\n', pos);
      if (eol == std::string_view::npos) eol = text_.size();
      std::string_view line = text_.substr(pos, eol - pos);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      const std::size_t line_start = pos;
      pos = eol + 1;
      if (line.substr(0, kSketchEnd.size()) == kSketchEnd) break;
      if (line.substr(0, 5) == "*View") {
        object_key.clear();
        open_valve.clear();
        ++views_;
        continue;
      }
      auto field = [&](std::size_t n) -> std::string_view {
        std::size_t from = 0;
        for (std::size_t k = 0; k < n; ++k) {
          from = line.find(',', from);
          if (from == std::string_view::npos) return {};
          ++from;
        }
        return line.substr(from, line.find(',', from) - from);
      };
      if (line.substr(0, 3) == "10,") {
        const std::string id(field(1));
        std::string_view name = line.substr(3 + id.size() + 1);
        if (!name.empty() && name[0] == '"') {
          name = name.substr(1, name.find('"', 1) - 1);
        } else {
          name = name.substr(0, name.find(','));
        }
        const std::string key = sd::NameKey(name);
        object_key[id] = key;
        if (!open_valve.empty()) object_key[open_valve] = key;
        open_valve.clear();
      } else if (line.substr(0, 3) == "11,") {
        open_valve = std::string(field(1));
      } else if (line.substr(0, 2) == "1,") {
        const std::string_view polarity = field(6);
        const Sign sign = MarkSign(polarity);
        if (sign == Sign::kNone) {
          if (!Trimmed(polarity).empty() && Trimmed(polarity) != "0") ++unreadable_marks;
          continue;
        }
        auto from = object_key.find(std::string(field(2)));
        auto to = object_key.find(std::string(field(3)));
        if (from == object_key.end() || to == object_key.end()) {
          return Status::Load("the sketch's arrow " + std::string(field(1)) +
                              " joins an object the view does not have before it")
              .InFile(file_, Line(line_start));
        }
        model_.marks.push_back({from->second, to->second, sign, Line(line_start)});
      }
    }
    if (unreadable_marks > 0) {
      model_.remarks.push_back(std::to_string(unreadable_marks) +
                               (unreadable_marks == 1 ? " polarity mark" : " polarity marks") +
                               " of the sketch other than +, -, S and O dropped");
    }
    return Status::Ok();
  }

  void Remark() {
    model_.remarks.push_back("units, comments" + std::string(groups_ ? ", groups" : "") +
                             (views_ ? " and the sketch's layout" : "") + " dropped");
    if (subscript_ranges_ > 0) {
      model_.remarks.push_back(std::to_string(subscript_ranges_) +
                               (subscript_ranges_ == 1 ? " subscript range is not a node"
                                                       : " subscript ranges are not nodes"));
    }
    if (macros_ > 0) {
      model_.remarks.push_back(std::to_string(macros_) +
                               (macros_ == 1 ? " macro definition" : " macro definitions") +
                               " dropped: a macro's call became depends_on links from its "
                               "arguments");
    }
  }

  std::string_view text_;
  const std::string& file_;
  Lines lines_;
  sd::Model model_;
  std::unordered_map<std::string, std::size_t> index_;
  std::size_t groups_ = 0, macros_ = 0, subscript_ranges_ = 0, views_ = 0;
};

}  // namespace

Result<sd::Model> ParseVensim(std::string_view text, const std::string& file) {
  return VensimReader(text, file).Read();
}

Result<sd::Import> ReadVensim(std::string_view text, const std::string& file) {
  auto model = ParseVensim(text, file);
  if (!model.ok()) return std::move(model).TakeStatus();
  return sd::BuildImport(std::move(*model), file);
}

}  // namespace causalkg::kb
