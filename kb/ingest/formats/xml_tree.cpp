#include "kb/ingest/formats/xml_tree.hpp"

#include "engine/common/utf8.hpp"

#include <cctype>
#include <charconv>

namespace causalkg::kb {

std::string_view XmlElement::LocalName() const {
  const std::size_t colon = name.find(':');
  return colon == std::string::npos ? std::string_view(name)
                                    : std::string_view(name).substr(colon + 1);
}

std::string_view XmlElement::Prefix() const {
  const std::size_t colon = name.find(':');
  return colon == std::string::npos ? std::string_view() : std::string_view(name).substr(0, colon);
}

const std::string* XmlElement::Attribute(std::string_view attribute) const {
  for (const auto& [key, value] : attributes) {
    if (key == attribute) return &value;
  }
  return nullptr;
}

namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

class XmlParser {
 public:
  XmlParser(std::string_view text, const std::string& file) : text_(text), file_(file) {}

  Result<XmlTree> Parse() {
    if (text_.substr(0, 3) == "\xEF\xBB\xBF") Skip(3);
    std::vector<std::size_t> open;  // the elements not yet closed, innermost last
    bool root_closed = false;
    while (pos_ < text_.size()) {
      if (text_[pos_] != '<') {
        const std::size_t start_line = line_, start_column = Column();
        std::string data;
        CAUSALKG_RETURN_IF_ERROR(ReadText(data));
        if (open.empty()) {
          if (data.find_first_not_of(" \t\r\n") != std::string::npos) {
            return Error("text outside the root element", start_line, start_column);
          }
          continue;
        }
        XmlElement& e = tree_.elements[open.back()];
        if (e.text.empty()) e.text_line = start_line;
        e.text += data;
        continue;
      }
      if (Starts("<?")) {
        CAUSALKG_RETURN_IF_ERROR(SkipPast("?>", "processing instruction"));
      } else if (Starts("<!--")) {
        CAUSALKG_RETURN_IF_ERROR(SkipPast("-->", "comment"));
      } else if (Starts("<![CDATA[")) {
        if (open.empty()) return Error("CDATA outside the root element");
        const std::size_t start_line = line_;
        Skip(9);
        const std::size_t end = text_.find("]]>", pos_);
        if (end == std::string_view::npos)
          return Error("CDATA section without its ']]>'", start_line);
        XmlElement& e = tree_.elements[open.back()];
        if (e.text.empty()) e.text_line = start_line;
        e.text += text_.substr(pos_, end - pos_);
        Skip(end + 3 - pos_);
      } else if (Starts("<!DOCTYPE")) {
        return Error("a DOCTYPE declaration, which this reader does not take");
      } else if (Starts("</")) {
        const std::size_t start_line = line_, start_column = Column();
        Skip(2);
        const std::string name = ReadName();
        SkipSpace();
        if (!Starts(">")) return Error("'>' expected to end the end tag </" + name + ">");
        Skip(1);
        if (open.empty()) {
          return Error("end tag </" + name + "> with no element open", start_line, start_column);
        }
        const XmlElement& e = tree_.elements[open.back()];
        if (e.name != name) {
          return Error("end tag </" + name + "> where </" + e.name + "> (opened on line " +
                           std::to_string(e.line) + ") belongs",
                       start_line, start_column);
        }
        open.pop_back();
        if (open.empty()) root_closed = true;
      } else {
        if (root_closed || (open.empty() && !tree_.elements.empty())) {
          return Error("a second root element");
        }
        CAUSALKG_RETURN_IF_ERROR(ReadStartTag(open));
      }
    }
    if (!open.empty()) {
      const XmlElement& e = tree_.elements[open.back()];
      return Error("the file ends inside <" + e.name + ">, opened on line " +
                   std::to_string(e.line));
    }
    if (tree_.elements.empty()) return Error("no XML element in the file", 0, 0);
    return std::move(tree_);
  }

 private:
  Status Error(std::string why, std::size_t line = 0, std::size_t column = 0) const {
    if (line == 0 && column == 0 && pos_ <= text_.size()) {
      line = line_;
      column = Column();
    }
    return Status::Load("malformed XML: " + std::move(why)).InFile(file_, line, column);
  }

  std::size_t Column() const { return pos_ - line_start_ + 1; }

  bool Starts(std::string_view s) const { return text_.substr(pos_, s.size()) == s; }

  void Skip(std::size_t n) {
    for (std::size_t k = 0; k < n && pos_ < text_.size(); ++k, ++pos_) {
      if (text_[pos_] == '\n') {
        ++line_;
        line_start_ = pos_ + 1;
      }
    }
  }

  void SkipSpace() {
    while (pos_ < text_.size() && IsSpace(text_[pos_])) Skip(1);
  }

  Status SkipPast(std::string_view end, std::string_view what) {
    const std::size_t start_line = line_, start_column = Column();
    const std::size_t at = text_.find(end, pos_);
    if (at == std::string_view::npos) {
      return Error(std::string(what) + " without its '" + std::string(end) + "'", start_line,
                   start_column);
    }
    Skip(at + end.size() - pos_);
    return Status::Ok();
  }

  std::string ReadName() {
    const std::size_t start = pos_;
    while (pos_ < text_.size() && !IsSpace(text_[pos_]) && text_[pos_] != '>' &&
           text_[pos_] != '/' && text_[pos_] != '=' && text_[pos_] != '<' && text_[pos_] != '"' &&
           text_[pos_] != '\'') {
      ++pos_;
    }
    return std::string(text_.substr(start, pos_ - start));
  }

  // Character data up to the next '<' (or, inside an attribute, `quote`),
  // with its references resolved.
  Status ReadText(std::string& out, char quote = 0) {
    while (pos_ < text_.size() && text_[pos_] != '<' && text_[pos_] != quote) {
      if (text_[pos_] != '&') {
        out += text_[pos_];
        Skip(1);
        continue;
      }
      const std::size_t semi = text_.find(';', pos_);
      if (semi == std::string_view::npos || semi - pos_ > 12) {
        return Error("'&' that starts no entity reference (write &amp;)");
      }
      const std::string_view ref = text_.substr(pos_ + 1, semi - pos_ - 1);
      if (ref == "lt") {
        out += '<';
      } else if (ref == "gt") {
        out += '>';
      } else if (ref == "amp") {
        out += '&';
      } else if (ref == "quot") {
        out += '"';
      } else if (ref == "apos") {
        out += '\'';
      } else if (ref.size() > 1 && ref[0] == '#') {
        const bool hex = ref[1] == 'x' || ref[1] == 'X';
        const std::string_view digits = ref.substr(hex ? 2 : 1);
        std::uint32_t cp = 0;
        auto [end, ec] =
            std::from_chars(digits.data(), digits.data() + digits.size(), cp, hex ? 16 : 10);
        if (ec != std::errc() || end != digits.data() + digits.size() || cp == 0 || cp > 0x10FFFF ||
            (cp >= 0xD800 && cp <= 0xDFFF)) {
          return Error("character reference &" + std::string(ref) + "; names no character");
        }
        AppendUtf8(out, cp);
      } else {
        return Error("unknown entity &" + std::string(ref) + ";");
      }
      Skip(semi + 1 - pos_);
    }
    return Status::Ok();
  }

  Status ReadStartTag(std::vector<std::size_t>& open) {
    XmlElement e;
    e.line = line_;
    Skip(1);
    e.name = ReadName();
    if (e.name.empty()) return Error("'<' that starts no element name");
    while (true) {
      SkipSpace();
      if (pos_ >= text_.size()) return Error("the file ends inside the start tag <" + e.name + ">");
      if (Starts("/>") || Starts(">")) break;
      const std::size_t column = Column();
      std::string key = ReadName();
      if (key.empty()) {
        return Error("unexpected '" + std::string(1, text_[pos_]) + "' in the start tag <" +
                     e.name + ">");
      }
      SkipSpace();
      if (!Starts("="))
        return Error("attribute '" + key + "' of <" + e.name + "> has no '=' and value");
      Skip(1);
      SkipSpace();
      if (pos_ >= text_.size() || (text_[pos_] != '"' && text_[pos_] != '\'')) {
        return Error("the value of attribute '" + key + "' must be quoted");
      }
      const char quote = text_[pos_];
      Skip(1);
      std::string value;
      CAUSALKG_RETURN_IF_ERROR(ReadText(value, quote));
      if (pos_ >= text_.size() || text_[pos_] != quote) {
        return Error("the value of attribute '" + key + "' has no closing quote", e.line, column);
      }
      Skip(1);
      if (e.Attribute(key) != nullptr) {
        return Error("attribute '" + key + "' given twice in <" + e.name + ">", e.line, column);
      }
      e.attributes.emplace_back(std::move(key), std::move(value));
    }
    const bool empty = Starts("/>");
    Skip(empty ? 2 : 1);
    const std::size_t index = tree_.elements.size();
    if (!open.empty()) tree_.elements[open.back()].children.push_back(index);
    tree_.elements.push_back(std::move(e));
    if (!empty) open.push_back(index);
    return Status::Ok();
  }

  std::string_view text_;
  const std::string& file_;
  std::size_t pos_ = 0;
  std::size_t line_ = 1;
  std::size_t line_start_ = 0;
  XmlTree tree_;
};

}  // namespace

Result<XmlTree> ParseXml(std::string_view text, const std::string& file) {
  return XmlParser(text, file).Parse();
}

}  // namespace causalkg::kb
