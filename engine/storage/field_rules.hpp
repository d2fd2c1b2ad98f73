// The rules every text a write stores must keep, checked at the one door all
// writes go through (WriteSet), so that a load, an ADD and any later importer
// accept exactly the same texts and the store never holds one it cannot give
// back:
//
//   - valid UTF-8 (no overlong forms, surrogates or code points past U+10FFFF);
//   - no control characters (U+0000-U+001F, U+007F-U+009F), except that a
//     quote may hold tab, line feed and carriage return: a NUL would make one
//     label the prefix of another in the label index, and an escape
//     sequence would reach the terminal;
//   - at most so many bytes, per field (below).
//
// The limits are what a person writing claims needs, well inside what the
// store's records hold (engine/storage/codec.hpp; field_rules.cpp checks that at
// compile time). An id or a label is a name to type and read: a kilobyte
// holds any phrase. A quote is a passage of a source, not the source itself.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace causalkg::fields {

enum class Field {
  kId,             // of a node or relation (and a node's kind), non-empty
  kLabel,          // a node's or relation's name in a language
  kLanguage,       // the language tag of a label, non-empty
  kSourceId,       // a source's id (as evidence names it, or as declared)
  kModality,       // of a piece of evidence: "can", "may", ...
  kQuote,          // of a piece of evidence: the source's own words
  kSourceRecord,   // a declared source as JSON object text
  kPage,           // of a piece of evidence's locator: "14", "xii"
  kSection,        // of a locator: "2.3", "Methods"
  kUrl,            // of a locator
  kTool,           // the tool a piece of evidence was imported from: "vensim"
  kAttributeName,  // of a piece of evidence's free attribute, non-empty: "weight"
  kAttributeText,  // an attribute's value when it is text
};

inline constexpr std::size_t kMaxIdBytes = 1024;
inline constexpr std::size_t kMaxLabelBytes = 1024;
inline constexpr std::size_t kMaxLanguageBytes = 64;  // any BCP 47 tag in use, with extensions
inline constexpr std::size_t kMaxSourceIdBytes = 1024;
inline constexpr std::size_t kMaxModalityBytes = 1024;
inline constexpr std::size_t kMaxQuoteBytes = 64 * 1024;
inline constexpr std::size_t kMaxSourceRecordBytes = 64 * 1024;
inline constexpr std::size_t kMaxPageBytes = 1024;
inline constexpr std::size_t kMaxSectionBytes = 1024;
inline constexpr std::size_t kMaxUrlBytes = 8 * 1024;  // past what browsers and servers take
inline constexpr std::size_t kMaxToolBytes = 1024;
inline constexpr std::size_t kMaxAttributeNameBytes = 1024;
inline constexpr std::size_t kMaxAttributeTextBytes = 64 * 1024;  // an expression, a note

std::size_t MaxBytes(Field field);

// The field's name in a message: "id", "language tag", ...
const char* NounOf(Field field);

// What is wrong with `text` as a `field`, worded to follow its name: "is
// 1,025 bytes; ids hold at most 1,024 bytes". Empty when nothing is: the
// check allocates nothing unless it fails.
std::string Problem(Field field, std::string_view text);

// `text` for a message: quoted, at most 40 characters with "..." when it is
// longer, control characters and invalid bytes spelled as escapes (Visible():
// \x1b, \xff) so that a message never carries them.
std::string Excerpt(std::string_view text);

// 65536 as "65,536".
std::string WithThousands(std::size_t n);

}  // namespace causalkg::fields
