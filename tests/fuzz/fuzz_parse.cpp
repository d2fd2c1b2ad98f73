// Fuzzes the query language's parser: any bytes, as typed into the shell or
// passed to `causalkg query`, must give statements or one positioned error,
// never a crash, a hang or an exception.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "grammar/parse.hpp"
#include "grammar/source_position.hpp"
#include "harness.hpp"

using namespace causalkg;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);

  const grammar::ParseResult parsed = grammar::Parse(text);
  for (const ast::Statement& statement : parsed.statements) {
    fuzz::Check(
        statement.offset <= text.size() && statement.length <= text.size() - statement.offset,
        "a statement's offset and length lie outside the text");
  }
  if (parsed.error) {
    const grammar::Diagnostic& d = *parsed.error;
    fuzz::Check(!d.message.empty(), "a parse error without a message");
    fuzz::Check(d.offset <= text.size(), "a parse error's offset lies past the end of the text");
    const grammar::LineColumn at = grammar::Locate(text, d.offset);
    fuzz::Check(at.line == d.line && at.column == d.column,
                "a parse error's line and column are not where its offset is");
    // Every error is shown with its line and a caret.
    (void)grammar::RenderCaret(text, d.offset);
  }

  const bool more = grammar::NeedsMoreInput(text);
  // A shell that waits for more input after a whole script would never run it.
  fuzz::Check(!(more && !parsed.error), "NeedsMoreInput is true for text that parses");
  return 0;
}
