#include "kb/ingest/formats/sd_equation.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <optional>
#include <unordered_map>

#include "engine/common/text_fold.hpp"

namespace causalkg::kb::sd {

const char* SignText(Sign sign) {
  switch (sign) {
    case Sign::kPositive:
      return "+";
    case Sign::kNegative:
      return "-";
    case Sign::kUnknown:
      return "?";
    case Sign::kNone:
      break;
  }
  return "";
}

namespace {

// XMILE writes a line break inside a name as the two characters "\n".
std::string WithoutLineEscapes(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  for (std::size_t i = 0; i < name.size(); ++i) {
    if (name[i] == '\\' && i + 1 < name.size() && name[i + 1] == 'n') {
      out += ' ';
      ++i;
    } else if (name[i] == '\\' && i + 1 < name.size() &&
               (name[i + 1] == '\n' || name[i + 1] == '\r')) {
      out += ' ';  // Vensim's line continuation inside a name
    } else {
      out += name[i];
    }
  }
  return out;
}

}  // namespace

std::string NameKey(std::string_view name) {
  std::string folded = FoldCase(WithoutLineEscapes(name));
  std::string key;
  key.reserve(folded.size());
  for (char c : folded) {
    const bool gap = c == ' ' || c == '_';
    if (gap) {
      if (!key.empty() && key.back() != '_') key += '_';
    } else {
      key += c;
    }
  }
  while (!key.empty() && key.back() == '_') key.pop_back();
  return key;
}

std::string DisplayName(std::string_view name) {
  std::string out;
  for (char c : WithoutLineEscapes(name)) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

namespace {

using Kind = ExprNode::Kind;

struct Token {
  enum class Type : std::uint8_t { kEnd, kNumber, kName, kSymbol, kWord, kString };
  Type type = Type::kEnd;
  std::string text;  // a symbol ("<=", ":AND:"), a word ("if", "and"), or a name as written
  double value = 0;
  std::size_t offset = 0;
};

bool IsNameStart(unsigned char c) { return std::isalpha(c) || c == '_' || c == '$' || c >= 0x80; }
bool IsNamePart(unsigned char c, Dialect d) {
  return IsNameStart(c) || std::isdigit(c) || c == '.' ||
         (d == Dialect::kVensim && (c == '\'' || c == '&' || c == '%'));
}

class Lexer {
 public:
  Lexer(std::string_view text, Dialect dialect) : text_(text), dialect_(dialect) {}

  Result<Token> Next() {
    CAUSALKG_RETURN_IF_ERROR(SkipSpace());
    Token t;
    t.offset = pos_;
    if (pos_ >= text_.size()) {  // the end: just after the last thing written
      const std::size_t last = text_.find_last_not_of(" \t\r\n");
      t.offset = last == std::string_view::npos ? 0 : last + 1;
      return t;
    }
    const unsigned char c = text_[pos_];
    if (std::isdigit(c) || (c == '.' && pos_ + 1 < text_.size() &&
                            std::isdigit(static_cast<unsigned char>(text_[pos_ + 1])))) {
      return Number(t);
    }
    if (c == '"') return Quoted(t, '"', Token::Type::kName);
    if (c == '\'') return Quoted(t, '\'', Token::Type::kString);
    if (IsNameStart(c)) return Name(t);
    if (dialect_ == Dialect::kVensim && c == ':') {
      for (std::string_view word : {":AND:", ":OR:", ":NOT:", ":NA:"}) {
        if (StartsWithFolded(word)) {
          t.type = Token::Type::kSymbol;
          t.text = word;
          pos_ += word.size();
          return t;
        }
      }
    }
    for (std::string_view symbol : {"<=", ">=", "<>", "&&", "||"}) {
      if (text_.substr(pos_, 2) == symbol) {
        t.type = Token::Type::kSymbol;
        t.text = symbol;
        pos_ += 2;
        return t;
      }
    }
    if (std::string_view("+-*/^()[],;=<>!").find(static_cast<char>(c)) != std::string_view::npos) {
      t.type = Token::Type::kSymbol;
      t.text = std::string(1, static_cast<char>(c));
      ++pos_;
      return t;
    }
    return Status::Parse("unexpected character '" + std::string(1, static_cast<char>(c)) + "'")
        .AtOffset(pos_);
  }

  // Skips a balanced [...] (a subscript or a lookup's range) that starts at
  // the current position, just after its '['.
  Status SkipBrackets(std::size_t open) {
    int depth = 1;
    while (pos_ < text_.size()) {
      const char c = text_[pos_++];
      if (c == '[') ++depth;
      if (c == ']' && --depth == 0) return Status::Ok();
    }
    return Status::Parse("'[' without its ']'").AtOffset(open);
  }

  std::size_t pos() const { return pos_; }
  void Rewind(std::size_t pos) { pos_ = pos; }

 private:
  bool StartsWithFolded(std::string_view word) const {
    if (text_.size() - pos_ < word.size()) return false;
    for (std::size_t i = 0; i < word.size(); ++i) {
      if (std::toupper(static_cast<unsigned char>(text_[pos_ + i])) != word[i]) return false;
    }
    return true;
  }

  bool AtLineContinuation() const {
    return text_[pos_] == '\\' && pos_ + 1 < text_.size() &&
           (text_[pos_ + 1] == '\n' || text_[pos_ + 1] == '\r');
  }

  Status SkipSpace() {
    while (pos_ < text_.size()) {
      const unsigned char c = text_[pos_];
      if (std::isspace(c)) {
        ++pos_;
      } else if (AtLineContinuation()) {
        pos_ += 2;
      } else if (c == '{') {  // a comment, in either tool
        const std::size_t close = text_.find('}', pos_);
        if (close == std::string_view::npos) {
          return Status::Parse("'{' comment without its '}'").AtOffset(pos_);
        }
        pos_ = close + 1;
      } else {
        break;
      }
    }
    return Status::Ok();
  }

  Result<Token> Number(Token t) {
    std::size_t end = pos_;
    auto digits = [&] {
      while (end < text_.size() && std::isdigit(static_cast<unsigned char>(text_[end]))) ++end;
    };
    digits();
    if (end < text_.size() && text_[end] == '.') {
      ++end;
      digits();
    }
    if (end < text_.size() && (text_[end] == 'e' || text_[end] == 'E')) {
      std::size_t exp = end + 1;
      if (exp < text_.size() && (text_[exp] == '+' || text_[exp] == '-')) ++exp;
      if (exp < text_.size() && std::isdigit(static_cast<unsigned char>(text_[exp]))) {
        end = exp;
        digits();
      }
    }
    const std::string number(text_.substr(pos_, end - pos_));
    t.type = Token::Type::kNumber;
    t.text = number;
    t.value = std::strtod(number.c_str(), nullptr);
    pos_ = end;
    return t;
  }

  Result<Token> Quoted(Token t, char quote, Token::Type type) {
    std::size_t i = pos_ + 1;
    std::string inner;
    while (i < text_.size() && text_[i] != quote) {
      if (text_[i] == '\\' && i + 1 < text_.size() && text_[i + 1] == quote) ++i;
      inner += text_[i++];
    }
    if (i >= text_.size()) {
      return Status::Parse(std::string("quoted ") + (type == Token::Type::kName ? "name" : "text") +
                           " without its closing " + quote)
          .AtOffset(pos_);
    }
    pos_ = i + 1;
    t.type = type;
    t.text = std::move(inner);
    return t;
  }

  Result<Token> Name(Token t) {
    std::size_t end = pos_;
    while (true) {
      while (end < text_.size() && IsNamePart(text_[end], dialect_)) ++end;
      if (dialect_ != Dialect::kVensim) break;
      // A Vensim name goes on past spaces (and line continuations) when a
      // name's character follows them.
      std::size_t next = end;
      while (next < text_.size()) {
        if (text_[next] == ' ' || text_[next] == '\t' || text_[next] == '\n' ||
            text_[next] == '\r') {
          ++next;
        } else if (text_[next] == '\\' && next + 1 < text_.size() &&
                   (text_[next + 1] == '\n' || text_[next + 1] == '\r')) {
          next += 2;
        } else {
          break;
        }
      }
      if (next == end || next >= text_.size() || !IsNamePart(text_[next], dialect_)) break;
      end = next;
    }
    t.text = std::string(text_.substr(pos_, end - pos_));
    pos_ = end;
    t.type = Token::Type::kName;
    if (dialect_ == Dialect::kXmile) {
      static constexpr std::array<std::string_view, 7> kWords = {"if", "then", "else", "and",
                                                                 "or", "not",  "mod"};
      std::string lower = t.text;
      for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      if (std::find(kWords.begin(), kWords.end(), lower) != kWords.end()) {
        t.type = Token::Type::kWord;
        t.text = lower;
      }
    }
    return t;
  }

  std::string_view text_;
  Dialect dialect_;
  std::size_t pos_ = 0;
};

class Parser {
 public:
  Parser(std::string_view text, Dialect dialect) : lexer_(text, dialect), dialect_(dialect) {}

  Result<Equation> Parse() {
    CAUSALKG_RETURN_IF_ERROR(Advance());
    if (token_.type == Token::Type::kEnd) return Status::Parse("the equation is empty").AtOffset(0);
    auto root = ParseSequence(/*top=*/true);
    if (!root.ok()) return std::move(root).TakeStatus();
    if (token_.type != Token::Type::kEnd) return Unexpected("after the expression");
    equation_.root = *root;
    return std::move(equation_);
  }

 private:
  Status Advance() {
    auto next = lexer_.Next();
    if (!next.ok()) return std::move(next).TakeStatus();
    token_ = std::move(*next);
    return Status::Ok();
  }

  bool IsSymbol(std::string_view s) const {
    return token_.type == Token::Type::kSymbol && token_.text == s;
  }
  bool IsWord(std::string_view w) const {
    return token_.type == Token::Type::kWord && token_.text == w;
  }

  Status Unexpected(std::string_view where) const {
    if (token_.type == Token::Type::kEnd) {
      return Status::Parse("the equation ends " + std::string(where) + "; it is cut short")
          .AtOffset(token_.offset);
    }
    return Status::Parse("unexpected '" + token_.text + "' " + std::string(where))
        .AtOffset(token_.offset);
  }

  std::size_t Add(ExprNode node) {
    equation_.nodes.push_back(std::move(node));
    return equation_.nodes.size() - 1;
  }

  std::size_t Binary(char op, std::size_t a, std::size_t b, std::size_t offset) {
    ExprNode n;
    n.kind = Kind::kBinary;
    n.op = op;
    n.args = {a, b};
    n.offset = offset;
    return Add(std::move(n));
  }

  // Expressions separated by ',' or ';': a constant array at the top, the
  // points of a lookup inside parentheses. One alone is itself.
  Result<std::size_t> ParseSequence(bool top) {
    const std::size_t offset = token_.offset;
    std::vector<std::size_t> items;
    while (true) {
      auto item = ParseOr();
      if (!item.ok()) return item;
      items.push_back(*item);
      const bool separator = IsSymbol(",") || (top && IsSymbol(";"));
      if (!separator) break;
      CAUSALKG_RETURN_IF_ERROR(Advance());
      if (top && token_.type == Token::Type::kEnd) break;  // Vensim ends a table with ';'
    }
    if (items.size() == 1) return items[0];
    ExprNode list;
    list.kind = Kind::kList;
    list.args = std::move(items);
    list.offset = offset;
    return Add(std::move(list));
  }

  Result<std::size_t> ParseOr() {
    auto left = ParseAnd();
    while (left.ok() && (IsSymbol(":OR:") || IsWord("or") || IsSymbol("||"))) {
      const std::size_t offset = token_.offset;
      CAUSALKG_RETURN_IF_ERROR(Advance());
      auto right = ParseAnd();
      if (!right.ok()) return right;
      left = Binary('c', *left, *right, offset);
    }
    return left;
  }

  Result<std::size_t> ParseAnd() {
    auto left = ParseNot();
    while (left.ok() && (IsSymbol(":AND:") || IsWord("and") || IsSymbol("&&"))) {
      const std::size_t offset = token_.offset;
      CAUSALKG_RETURN_IF_ERROR(Advance());
      auto right = ParseNot();
      if (!right.ok()) return right;
      left = Binary('c', *left, *right, offset);
    }
    return left;
  }

  Result<std::size_t> ParseNot() {
    if (IsSymbol(":NOT:") || IsWord("not") || IsSymbol("!")) {
      ExprNode n;
      n.kind = Kind::kNot;
      n.offset = token_.offset;
      CAUSALKG_RETURN_IF_ERROR(Advance());
      auto operand = ParseNot();
      if (!operand.ok()) return operand;
      n.args = {*operand};
      return Add(std::move(n));
    }
    return ParseComparison();
  }

  Result<std::size_t> ParseComparison() {
    auto left = ParseSum();
    while (left.ok() && (IsSymbol("=") || IsSymbol("<>") || IsSymbol("<") || IsSymbol(">") ||
                         IsSymbol("<=") || IsSymbol(">="))) {
      const std::size_t offset = token_.offset;
      CAUSALKG_RETURN_IF_ERROR(Advance());
      auto right = ParseSum();
      if (!right.ok()) return right;
      left = Binary('c', *left, *right, offset);
    }
    return left;
  }

  Result<std::size_t> ParseSum() {
    auto left = ParseProduct();
    while (left.ok() && (IsSymbol("+") || IsSymbol("-"))) {
      const char op = token_.text[0];
      const std::size_t offset = token_.offset;
      CAUSALKG_RETURN_IF_ERROR(Advance());
      auto right = ParseProduct();
      if (!right.ok()) return right;
      left = Binary(op, *left, *right, offset);
    }
    return left;
  }

  Result<std::size_t> ParseProduct() {
    auto left = ParseUnary();
    while (left.ok() && (IsSymbol("*") || IsSymbol("/") || IsWord("mod"))) {
      const char op = token_.type == Token::Type::kWord ? '%' : token_.text[0];
      const std::size_t offset = token_.offset;
      CAUSALKG_RETURN_IF_ERROR(Advance());
      auto right = ParseUnary();
      if (!right.ok()) return right;
      left = Binary(op, *left, *right, offset);
    }
    return left;
  }

  Result<std::size_t> ParseUnary() {
    if (IsSymbol("+") || IsSymbol("-")) {
      ExprNode n;
      n.kind = Kind::kUnary;
      n.op = token_.text[0];
      n.offset = token_.offset;
      CAUSALKG_RETURN_IF_ERROR(Advance());
      auto operand = ParseUnary();
      if (!operand.ok()) return operand;
      n.args = {*operand};
      return Add(std::move(n));
    }
    return ParsePower();
  }

  Result<std::size_t> ParsePower() {
    auto base = ParsePrimary();
    if (base.ok() && IsSymbol("^")) {
      const std::size_t offset = token_.offset;
      CAUSALKG_RETURN_IF_ERROR(Advance());
      auto exponent = ParseUnary();
      if (!exponent.ok()) return exponent;
      return Binary('^', *base, *exponent, offset);
    }
    return base;
  }

  Result<std::size_t> ParsePrimary() {
    ExprNode n;
    n.offset = token_.offset;
    switch (token_.type) {
      case Token::Type::kNumber:
        n.kind = Kind::kNumber;
        n.value = token_.value;
        CAUSALKG_RETURN_IF_ERROR(Advance());
        return Add(std::move(n));
      case Token::Type::kString:
        n.kind = Kind::kOpaque;
        CAUSALKG_RETURN_IF_ERROR(Advance());
        return Add(std::move(n));
      case Token::Type::kName:
        return ParseNameOrCall(std::move(n));
      case Token::Type::kWord:
        if (IsWord("if")) return ParseIf(std::move(n));
        return Unexpected("where a value belongs");
      case Token::Type::kSymbol:
        if (IsSymbol(":NA:")) {
          n.kind = Kind::kOpaque;
          CAUSALKG_RETURN_IF_ERROR(Advance());
          return Add(std::move(n));
        }
        if (IsSymbol("(")) {
          CAUSALKG_RETURN_IF_ERROR(Advance());
          auto inner = ParseSequence(/*top=*/false);
          if (!inner.ok()) return inner;
          if (!IsSymbol(")")) return Unexpected("where ')' belongs");
          CAUSALKG_RETURN_IF_ERROR(Advance());
          return inner;
        }
        if (IsSymbol("[")) {  // a lookup's range, [(0,0)-(10,10)]
          CAUSALKG_RETURN_IF_ERROR(lexer_.SkipBrackets(token_.offset));
          n.kind = Kind::kOpaque;
          CAUSALKG_RETURN_IF_ERROR(Advance());
          return Add(std::move(n));
        }
        return Unexpected("where a value belongs");
      case Token::Type::kEnd:
        return Unexpected("where a value belongs");
    }
    return Unexpected("where a value belongs");
  }

  Result<std::size_t> ParseNameOrCall(ExprNode n) {
    n.key = NameKey(token_.text);
    CAUSALKG_RETURN_IF_ERROR(Advance());
    if (IsSymbol("[")) {  // a subscript: the variable is one node whatever its elements
      CAUSALKG_RETURN_IF_ERROR(lexer_.SkipBrackets(token_.offset));
      CAUSALKG_RETURN_IF_ERROR(Advance());
    }
    if (!IsSymbol("(")) {
      n.kind = Kind::kName;
      return Add(std::move(n));
    }
    n.kind = Kind::kCall;
    CAUSALKG_RETURN_IF_ERROR(Advance());
    if (!IsSymbol(")")) {
      while (true) {
        auto arg = ParseOr();
        if (!arg.ok()) return arg;
        n.args.push_back(*arg);
        if (!IsSymbol(",")) break;
        CAUSALKG_RETURN_IF_ERROR(Advance());
      }
    }
    if (!IsSymbol(")")) return Unexpected("where ',' or ')' belongs");
    CAUSALKG_RETURN_IF_ERROR(Advance());
    return Add(std::move(n));
  }

  Result<std::size_t> ParseIf(ExprNode n) {
    n.kind = Kind::kIf;
    CAUSALKG_RETURN_IF_ERROR(Advance());
    for (std::string_view next : {"then", "else", ""}) {
      auto part = ParseOr();
      if (!part.ok()) return part;
      n.args.push_back(*part);
      if (next.empty()) break;
      if (!IsWord(next)) return Unexpected("where " + std::string(next) + " belongs");
      CAUSALKG_RETURN_IF_ERROR(Advance());
    }
    return Add(std::move(n));
  }

  Lexer lexer_;
  Dialect dialect_;
  Token token_;
  Equation equation_;
};

}  // namespace

Result<Equation> ParseEquation(std::string_view text, Dialect dialect) {
  return Parser(text, dialect).Parse();
}

namespace {

using Role = ArgRole;
using Value = FunctionSigns::Value;

constexpr Role P = Role::kPasses, D = Role::kDelayed, I = Role::kInitial, U = Role::kUnknown;

const std::vector<FunctionSigns>& FunctionTable() {
  static const std::vector<FunctionSigns> table = {
      // Rising in their argument.
      {"exp", {P}, Value::kPositive},
      {"sqrt", {P}, Value::kPositive},
      {"ln", {P}, Value::kUnknown},
      {"integer", {P}, Value::kOfFirst},
      {"int", {P}, Value::kOfFirst},
      {"sum", {P}, Value::kOfFirst},
      {"game", {P}, Value::kOfFirst},  // its input, unless a player overrides it
      // A stock: its rate; the initial value acts once. Stocks are taken as
      // never negative (people, water, heat): the assumption the signs of
      // products of stocks rest on.
      {"integ", {P, I}, Value::kPositive},
      {"active_initial", {P, I}, Value::kOfFirst},
      {"initial", {I}, Value::kOfFirst},
      {"reinitial", {I}, Value::kOfFirst},
      {"init", {I}, Value::kOfFirst},
      // Delays and smooths follow their input; their time is of no plain sign.
      {"smooth", {D, U}, Value::kOfFirst},
      {"smoothi", {D, U, I}, Value::kOfFirst},
      {"smooth3", {D, U}, Value::kOfFirst},
      {"smooth3i", {D, U, I}, Value::kOfFirst},
      {"smooth_n", {D, U, I, U}, Value::kOfFirst},
      {"delay1", {D, U}, Value::kOfFirst},
      {"delay1i", {D, U, I}, Value::kOfFirst},
      {"delay3", {D, U}, Value::kOfFirst},
      {"delay3i", {D, U, I}, Value::kOfFirst},
      {"delay_fixed", {D, U, I}, Value::kOfFirst},
      {"delay_n", {D, U, I, U}, Value::kOfFirst},
      {"smth1", {D, U, I}, Value::kOfFirst},
      {"smth3", {D, U, I}, Value::kOfFirst},
      {"smthn", {D, U, U, I}, Value::kOfFirst},
      {"delay", {D, U, I}, Value::kOfFirst},
      {"delayn", {D, U, U, I}, Value::kOfFirst},
      {"previous", {D, I}, Value::kOfFirst},
      // A trend or forecast rises and falls with its input's change, not its level.
      {"trend", {U, U, I}, Value::kUnknown},
      {"forcst", {U, U, U, I}, Value::kUnknown},
      {"sample_if_true", {U, U, I}, Value::kUnknown},
      // Division that guards against zero: a / b.
      {"zidz", {}, Value::kQuotient},
      {"xidz", {}, Value::kQuotient},
      {"safediv", {}, Value::kQuotient},
      // Through a lookup table: no plain sign.
      {"with_lookup", {U, U}, Value::kUnknown, true},
      {"lookup", {U, U}, Value::kUnknown, true},
      {"lookup_invert", {U, U}, Value::kUnknown, true},
      {"lookup_extrapolate", {U, U}, Value::kUnknown, true},
      {"lookup_forward", {U, U}, Value::kUnknown, true},
      {"lookup_backward", {U, U}, Value::kUnknown, true},
      {"lookup_area", {U, U, U}, Value::kUnknown, true},
  };
  return table;
}

Sign Mul(Sign a, Sign b) {
  if (a == Sign::kNone || b == Sign::kNone) return Sign::kNone;
  if (a == Sign::kUnknown || b == Sign::kUnknown) return Sign::kUnknown;
  return a == b ? Sign::kPositive : Sign::kNegative;
}

Sign Neg(Sign s) { return Mul(s, Sign::kNegative); }

Sign Merge(Sign a, Sign b) {
  if (a == Sign::kNone) return b;
  if (b == Sign::kNone || a == b) return a;
  return Sign::kUnknown;
}

// The number `n` is, written as one with or without a sign; nullopt else.
std::optional<double> NumberOf(const Equation& eq, const ExprNode& n) {
  if (n.kind == Kind::kNumber) return n.value;
  if (n.kind == Kind::kUnary && eq.nodes[n.args[0]].kind == Kind::kNumber) {
    const double v = eq.nodes[n.args[0]].value;
    return n.op == '-' ? -v : v;
  }
  return std::nullopt;
}

bool IsOddPositiveInteger(double v) {
  return v > 0 && std::floor(v) == v && std::fmod(v, 2.0) == 1.0;
}

// The value sign of every node; children come before their parents in
// `nodes`, so one pass in order sees each node's arguments first.
std::vector<Sign> ValueSigns(const Equation& eq, const std::function<Sign(const std::string&)>& of,
                             const std::function<bool(const std::string&)>& is_table) {
  std::vector<Sign> v(eq.nodes.size(), Sign::kUnknown);
  for (std::size_t i = 0; i < eq.nodes.size(); ++i) {
    const ExprNode& n = eq.nodes[i];
    auto arg = [&](std::size_t k) { return k < n.args.size() ? v[n.args[k]] : Sign::kUnknown; };
    switch (n.kind) {
      case Kind::kNumber:
        v[i] = n.value >= 0 ? Sign::kPositive : Sign::kNegative;
        break;
      case Kind::kName:
        v[i] = of(n.key);
        break;
      case Kind::kCall: {
        const FunctionSigns* f = is_table(n.key) ? nullptr : FindFunction(n.key);
        if (f == nullptr) break;
        if (f->value == Value::kPositive) v[i] = Sign::kPositive;
        if (f->value == Value::kOfFirst) v[i] = arg(0);
        if (f->value == Value::kQuotient) v[i] = Mul(arg(0), arg(1));
        break;
      }
      case Kind::kUnary:
        v[i] = n.op == '-' ? Neg(arg(0)) : arg(0);
        break;
      case Kind::kBinary:
        switch (n.op) {
          case '+':
            v[i] = arg(0) == arg(1) && arg(0) != Sign::kUnknown ? arg(0) : Sign::kUnknown;
            break;
          case '-':
            v[i] = arg(0) == Neg(arg(1)) && arg(0) != Sign::kUnknown ? arg(0) : Sign::kUnknown;
            break;
          case '*':
          case '/':
            v[i] = Mul(arg(0), arg(1));
            break;
          case '^':
            v[i] = arg(0) == Sign::kPositive ? Sign::kPositive : Sign::kUnknown;
            break;
          case 'c':  // a comparison or logic: 0 or 1
            v[i] = Sign::kPositive;
            break;
          default:
            break;
        }
        break;
      case Kind::kNot:
        v[i] = Sign::kPositive;
        break;
      case Kind::kIf:
        v[i] = arg(1) == arg(2) ? arg(1) : Sign::kUnknown;
        break;
      case Kind::kList: {  // a constant array: the sign its elements share
        Sign shared = Sign::kNone;
        for (std::size_t k : n.args)
          shared = shared == Sign::kNone || shared == v[k] ? v[k] : Sign::kUnknown;
        v[i] = shared == Sign::kNone ? Sign::kUnknown : shared;
        break;
      }
      case Kind::kOpaque:
        break;
    }
  }
  return v;
}

}  // namespace

const FunctionSigns* FindFunction(std::string_view key) {
  static const auto index = [] {
    std::unordered_map<std::string_view, const FunctionSigns*> map;
    for (const auto& f : FunctionTable()) map.emplace(f.key, &f);
    return map;
  }();
  auto it = index.find(key);
  return it == index.end() ? nullptr : it->second;
}

Sign ValueSign(const Equation& equation, const std::function<Sign(const std::string&)>& value_sign,
               const std::function<bool(const std::string&)>& is_table) {
  return ValueSigns(equation, value_sign, is_table)[equation.root];
}

Dependencies FindDependencies(const Equation& eq,
                              const std::function<Sign(const std::string&)>& value_sign,
                              const std::function<bool(const std::string&)>& is_table) {
  const std::vector<Sign> v = ValueSigns(eq, value_sign, is_table);
  // What reaches each node from the root: the sign its change carries to the
  // equation's value, and through what.
  struct Reach {
    Sign factor = Sign::kNone;
    bool delayed = false, table = false, initial = false;
    std::string_view delay;  // the function of the outermost delay on the way
  };
  std::vector<Reach> reach(eq.nodes.size());
  reach[eq.root].factor = Sign::kPositive;

  struct Seen {
    Dependency dep;
    std::size_t first_offset = 0;
    bool counted = false;  // met outside initial values
  };
  std::vector<Seen> seen;
  std::unordered_map<std::string, std::size_t> index;
  auto note = [&](const std::string& key, const Reach& r, std::size_t offset) {
    auto [it, fresh] = index.emplace(key, seen.size());
    if (fresh) seen.push_back({{key}, offset, false});
    Seen& s = seen[it->second];
    s.first_offset = std::min(s.first_offset, offset);
    if (r.initial) return;
    s.counted = true;
    s.dep.sign = Merge(s.dep.sign, r.factor);
    s.dep.delayed = s.dep.delayed || r.delayed;
    if (s.dep.delay.empty()) s.dep.delay = r.delay;
    s.dep.through_table = s.dep.through_table || r.table;
  };

  // Parents come after their children, so walking backwards visits each
  // node after everything above it.
  for (std::size_t i = eq.nodes.size(); i-- > 0;) {
    const ExprNode& n = eq.nodes[i];
    const Reach r = reach[i];
    if (r.factor == Sign::kNone) continue;  // not part of the equation's tree
    auto pass = [&](std::size_t k, Sign factor, bool delayed = false, bool table = false,
                    bool initial = false, std::string_view delay = {}) {
      if (k >= n.args.size()) return;
      Reach& child = reach[n.args[k]];
      child.factor = factor;
      child.delayed = r.delayed || delayed;
      child.delay = !r.delay.empty() ? r.delay : delayed ? delay : std::string_view();
      child.table = r.table || table;
      child.initial = r.initial || initial;
    };
    auto unknown_all = [&](bool table) {
      for (std::size_t k = 0; k < n.args.size(); ++k) pass(k, Sign::kUnknown, false, table);
    };
    auto arg_value = [&](std::size_t k) {
      return k < n.args.size() ? v[n.args[k]] : Sign::kUnknown;
    };
    switch (n.kind) {
      case Kind::kName:
        note(n.key, r, n.offset);
        break;
      case Kind::kCall: {
        if (is_table(n.key)) {
          Reach table = r;
          table.factor = Sign::kUnknown;
          table.table = true;
          note(n.key, table, n.offset);
          unknown_all(/*table=*/true);
          break;
        }
        const FunctionSigns* f = FindFunction(n.key);
        if (f == nullptr) {
          unknown_all(false);
        } else if (f->value == Value::kQuotient) {
          pass(0, Mul(r.factor, arg_value(1)));
          pass(1, Mul(r.factor, Neg(arg_value(0))));
          for (std::size_t k = 2; k < n.args.size(); ++k) pass(k, Sign::kUnknown);
        } else {
          for (std::size_t k = 0; k < n.args.size(); ++k) {
            const Role role = k < f->roles.size() ? f->roles[k] : Role::kUnknown;
            const Sign factor =
                role == Role::kPasses || role == Role::kDelayed ? r.factor : Sign::kUnknown;
            pass(k, factor, role == Role::kDelayed, f->reads_table, role == Role::kInitial, f->key);
          }
        }
        break;
      }
      case Kind::kUnary:
        pass(0, n.op == '-' ? Neg(r.factor) : r.factor);
        break;
      case Kind::kBinary:
        switch (n.op) {
          case '+':
            pass(0, r.factor);
            pass(1, r.factor);
            break;
          case '-':
            pass(0, r.factor);
            pass(1, Neg(r.factor));
            break;
          case '*':
            pass(0, Mul(r.factor, arg_value(1)));
            pass(1, Mul(r.factor, arg_value(0)));
            break;
          case '/':  // d(a/b) = da/b - a db/b^2
            pass(0, Mul(r.factor, arg_value(1)));
            pass(1, Mul(r.factor, Neg(arg_value(0))));
            break;
          case '^': {
            const std::optional<double> base = NumberOf(eq, eq.nodes[n.args[0]]);
            const std::optional<double> exponent = NumberOf(eq, eq.nodes[n.args[1]]);
            Sign by_base = Sign::kUnknown;
            if (exponent) {
              if (arg_value(0) == Sign::kPositive && *exponent != 0) {
                by_base = *exponent > 0 ? Sign::kPositive : Sign::kNegative;
              } else if (IsOddPositiveInteger(*exponent)) {
                by_base = Sign::kPositive;
              }
            }
            Sign by_exponent = Sign::kUnknown;
            if (base && *base > 0 && *base != 1) {
              by_exponent = *base > 1 ? Sign::kPositive : Sign::kNegative;
            }
            pass(0, Mul(r.factor, by_base));
            pass(1, Mul(r.factor, by_exponent));
            break;
          }
          default:
            unknown_all(false);
            break;
        }
        break;
      case Kind::kNot:
      case Kind::kIf:
        unknown_all(false);
        break;
      case Kind::kList:
        for (std::size_t k = 0; k < n.args.size(); ++k) pass(k, r.factor);
        break;
      case Kind::kNumber:
      case Kind::kOpaque:
        break;
    }
  }

  std::sort(seen.begin(), seen.end(),
            [](const Seen& a, const Seen& b) { return a.first_offset < b.first_offset; });
  Dependencies out;
  for (Seen& s : seen) {
    if (s.counted) {
      out.names.push_back(std::move(s.dep));
    } else {
      out.initial_only.push_back(std::move(s.dep.key));
    }
  }
  return out;
}

}  // namespace causalkg::kb::sd
