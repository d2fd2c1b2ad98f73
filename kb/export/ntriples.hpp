// Spelling terms as N-Triples: IRIs under urn:causalkg: and escaped literals
// (the writer itself is in the table of kb/export/export.cpp).
#pragma once

#include <string>
#include <string_view>

namespace causalkg::kb {

inline constexpr const char* kRdfsLabel = "<http://www.w3.org/2000/01/rdf-schema#label>";
inline constexpr const char* kPolarityIri = "<urn:causalkg:polarity>";

std::string NodeIri(std::string_view id);      // <urn:causalkg:node:ID>
std::string RelationIri(std::string_view id);  // <urn:causalkg:relation:ID>
// A relation as a predicate: is_a is rdf:type, the rest RelationIri.
std::string PredicateIri(std::string_view id);
// "text"@language, or a plain "text" when `language` is empty.
std::string LangLiteral(std::string_view text, std::string_view language);

}  // namespace causalkg::kb
