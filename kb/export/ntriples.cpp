#include "kb/export/ntriples.hpp"

#include <ostream>

#include "kb/export/snapshot.hpp"

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

// The store as N-Triples, for RDF tools: labels and polarities of
// relations, labels of nodes, and every triple. Evidence has no place in it.
Status WriteNTriples(const Store& /*store*/, const StoreSnapshot& snap, std::ostream& out,
                     std::uint64_t& /*not_utf8*/) {
  for (const ExportTerm* r : snap.relations) {
    for (const auto& [language, label] : r->info.labels) {
      out << RelationIri(r->name) << ' ' << kRdfsLabel << ' ' << LangLiteral(label, language)
          << " .\n";
    }
    if (r->info.polarity != Polarity::kNone) {
      out << RelationIri(r->name) << ' ' << kPolarityIri << ' '
          << LangLiteral(PolarityText(r->info.polarity), "") << " .\n";
    }
  }
  for (const ExportTerm* n : snap.nodes) {
    for (const auto& [language, label] : n->info.labels) {
      out << NodeIri(n->name) << ' ' << kRdfsLabel << ' ' << LangLiteral(label, language) << " .\n";
    }
  }
  for (const Triple& t : snap.triples) {
    out << NodeIri(snap.Name(t.subject)) << ' ' << PredicateIri(snap.Name(t.relation)) << ' '
        << NodeIri(snap.Name(t.object)) << " .\n";
  }
  return Status::Ok();
}

}  // namespace causalkg::kb
