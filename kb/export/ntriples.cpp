#include "kb/export/ntriples.hpp"

namespace causalkg::kb {

namespace {

// Percent-encodes every byte outside the IRI-safe unreserved set, so that
// any id (spaces, quotes, angle brackets) makes a valid IRI.
std::string Encode(std::string_view id) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : id) {
    const bool safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '.' || c == '_' || c == '~';
    if (safe) {
      out.push_back(static_cast<char>(c));
    } else {
      out.push_back('%');
      out.push_back(hex[c >> 4]);
      out.push_back(hex[c & 15]);
    }
  }
  return out;
}

}  // namespace

std::string NodeIri(std::string_view id) { return "<urn:causalkg:node:" + Encode(id) + ">"; }

std::string RelationIri(std::string_view id) {
  return "<urn:causalkg:relation:" + Encode(id) + ">";
}

std::string PredicateIri(std::string_view id) {
  if (id == "is_a") return "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";
  return RelationIri(id);
}

std::string LangLiteral(std::string_view text, std::string_view language) {
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        out.push_back(c);
    }
  }
  out += "\"";
  if (!language.empty()) out += "@" + std::string(language);
  return out;
}

}  // namespace causalkg::kb
