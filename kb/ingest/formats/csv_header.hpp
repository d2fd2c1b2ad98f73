// The header of a claims table (CSV, TSV): which column holds which part of
// a claim.
//
//   subject     subject, cause, from; or source, when no column has one of
//               those names (an edge list's source,target)
//   object      object, effect, target, to
//   relation    relation
//   sign        sign, polarity: +, - or ? (causal, sign not stated)
//   evidence    quote, source, confidence, modality (each optional)
//   locator     start, end (byte offsets of the quote in the source), page,
//               section, url (each optional)
//   provenance  origin (stated, extracted, inferred, imported), tool,
//               stance (supports, refutes) (each optional)
//
// Names are matched without regard to case or surrounding blanks. A table
// needs a subject, an object, and a relation or a sign or both; any other
// column is not read, and the remarks say so.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace causalkg::kb::csv {

enum class Column : std::uint8_t {
  kSubject,
  kRelation,
  kSign,
  kObject,
  kQuote,
  kSource,
  kConfidence,
  kModality,
  kStart,
  kEnd,
  kPage,
  kSection,
  kUrl,
  kOrigin,
  kTool,
  kStance,
  kUnread,
};

inline constexpr std::size_t kColumnKinds = 16;  // all but kUnread

// The name messages give the part a column holds: "subject", "sign", ...
const char* ColumnName(Column column);

// The parts a table's header names.
struct Header {
  std::vector<Column> columns;  // one per column of the header
  // The index of the column holding each part; nullopt when none does.
  std::optional<std::size_t> Of(Column column) const { return at[static_cast<int>(column)]; }
  std::optional<std::size_t> at[kColumnKinds];
  std::vector<std::string> remarks;  // columns not read, 'source' read as the subject
  // Columns not read whose names are a claim field's misspelt ("qoute"):
  // a warning of the load, with a did-you-mean, rather than a remark.
  std::vector<std::string> misspelt;
};

// A problem with a header: what is wrong and which column (index) it is
// about, or none for the header as a whole.
struct HeaderProblem {
  std::string message, hint;
  std::optional<std::size_t> column;
};

// The header whose column names are `names`, or what is wrong with it: a
// part named twice, or a required part that no column names.
struct HeaderReading {
  Header header;
  std::optional<HeaderProblem> problem;
};
HeaderReading ReadHeader(const std::vector<std::string_view>& names);

// Whether `names` could head a claims table: they name a subject and an
// object (for a format's sniff).
bool LooksLikeHeader(const std::vector<std::string_view>& names);

}  // namespace causalkg::kb::csv
