#include "cli/statement_runner.hpp"

#include <fstream>

#include "cli/export_result.hpp"
#include "cli/load_with_progress.hpp"
#include "cli/parse_cache.hpp"
#include "cli/render/dot_output.hpp"
#include "cli/render/graphviz.hpp"
#include "cli/render/json_output.hpp"
#include "cli/render/loop_lines.hpp"
#include "cli/render/rows_output.hpp"
#include "engine/common/visible_text.hpp"
#include "grammar/missing_semicolon.hpp"
#include "grammar/parse.hpp"
#include "grammar/source_position.hpp"

namespace causalkg::cli {

namespace {

Result<WriteResult> LoadStatement(Store& store, const std::string& path,
                                  const std::string& format) {
  auto loaded = LoadWithProgress(store, {path}, format);
  if (!loaded.ok()) return std::move(loaded).TakeStatus();
  // A statement's result has no place for notes: they are said, and
  // counted, with the warnings.
  for (std::string& note : loaded->notes) loaded->write.warnings.push_back(std::move(note));
  WriteResult result;
  result.summary = loaded->write;  // its warnings are shown with the result
  result.message = "Loaded " + kb::DescribeSummary(*loaded);
  return result;
}

}  // namespace

bool ParseOutputFormat(const std::string& name, OutputFormat& format) {
  const auto named = OutputFormatNamed(name);
  if (named) format = *named;
  return named.has_value();
}

StatementRunner::StatementRunner(Store& store, std::ostream& out, std::ostream& err,
                                 const std::atomic<bool>* cancel,
                                 std::optional<std::uint64_t> sign_budget)
    : store_(store),
      out_(out),
      err_(err),
      executor_(store, ExecutorOptions{cancel, &LoadStatement, LoadFormatNames(), std::nullopt,
                                       sign_budget}) {}

bool StatementRunner::Run(std::string_view text) {
  const std::shared_ptr<const ParsedStatements> parsed = ParsedText(text);
  if (parsed->parse.error) {
    ReportParseError(parsed->parse, text);
    return false;
  }
  for (std::size_t i = 0; i < parsed->parse.statements.size(); ++i) {
    if (!RunOne(parsed->parse.statements[i], text, parsed->reuse[i].get())) return false;
  }
  return true;
}

bool StatementRunner::Check(std::string_view text) {
  const std::shared_ptr<const ParsedStatements> parsed = ParsedText(text);
  if (!parsed->parse.error) return true;
  ReportParseError(parsed->parse, text);
  return false;
}

void StatementRunner::ReportParseError(const grammar::ParseResult& parsed, std::string_view text) {
  const grammar::Diagnostic& d = *parsed.error;
  std::string hint = d.hint;
  // Lines copied from the shell, where a complete statement runs at the end
  // of its line, lack the `;` that ends a statement everywhere else.
  if (const auto line = grammar::CompleteStatementBeforeError(text, parsed)) {
    const std::size_t shown = first_line_ > 0 ? first_line_ + *line - 1 : *line;
    hint = std::string(first_line_ > 0 ? "in a script, end" : "end") +
           " each statement with ';' (the statement on line " + std::to_string(shown) +
           " is complete)";
  }
  ReportError(Status::Parse(d.message, std::move(hint)).AtOffset(d.offset), text);
}

bool StatementRunner::RunOne(const ast::Statement& statement, std::string_view text,
                             BindingReuse* reuse) {
  if (Executor::Streams(statement) && IsLineFormat(FormatOf(statement))) {
    if (!HasParameters(statement)) return StreamOne(statement, text, FormatOf(statement));
    auto bound = BindParameters(statement, parameters_);
    if (!bound.ok()) {
      ReportError(bound.status(), text, statement.output.format == ast::Format::kJson);
      return false;
    }
    return StreamOne(*bound, text, FormatOf(statement));
  }
  auto result = executor_.Execute(statement, parameters_, reuse);
  if (!result.ok()) {
    ReportError(result.status(), text, statement.output.format == ast::Format::kJson);
    return false;
  }
  if (auto* write = std::get_if<WriteResult>(&result->body)) PlaceWarnings(*write, text);
  const OutputFormat format = FormatOf(statement);
  auto rendered = Render(*result, format);
  if (!rendered.ok()) {
    ReportError(Status(rendered.status()).AtOffset(statement.offset), text,
                format == OutputFormat::kJson);
    return false;
  }
  const auto picture = statement.output.file && format == OutputFormat::kDot
                           ? PictureFormat(*statement.output.file)
                           : std::nullopt;
  if (picture) {
    // A diagram to a picture file is drawn by Graphviz, as .export does.
    Status drawn = RenderDot(*rendered, *picture, *statement.output.file, dot_style_.dpi);
    if (!drawn.ok()) {
      ReportError(std::move(drawn).AtOffset(statement.offset), text);
      return false;
    }
    err_ << "wrote " << *statement.output.file << '\n';
  } else if (statement.output.file) {
    std::ofstream file(*statement.output.file, std::ios::binary);
    file << *rendered;
    if (!file) {
      ReportError(Status::Query("cannot write the file '" + *statement.output.file + "'")
                      .AtOffset(statement.offset),
                  text);
      return false;
    }
    err_ << "wrote " << *statement.output.file << '\n';
  } else {
    out_ << *rendered;
    if (flush_each_) out_ << std::flush;
  }
  last_ = std::move(result).value();
  return true;
}

OutputFormat StatementRunner::FormatOf(const ast::Statement& statement) const {
  switch (statement.output.format) {
    case ast::Format::kTable:
      return OutputFormat::kTable;
    case ast::Format::kJson:
      return OutputFormat::kJson;
    case ast::Format::kDot:
      return OutputFormat::kDot;
    case ast::Format::kDefault:
      break;
  }
  return format_;
}

bool StatementRunner::StreamOne(const ast::Statement& statement, std::string_view text,
                                OutputFormat format) {
  std::ofstream file;
  std::ostream* to = &out_;
  if (statement.output.file) {
    file.open(*statement.output.file, std::ios::binary);
    to = &file;
  }
  auto cannot_write = [&] {
    ReportError(Status::Query("cannot write the file '" + *statement.output.file + "'")
                    .AtOffset(statement.offset),
                text);
    return false;
  };
  if (statement.output.file && !file) return cannot_write();
  // The header once, then each loop's line as it comes, written out in
  // blocks of a few kilobytes.
  LoopLines lines(format, style_.language);
  std::string block = lines.Header();
  auto streamed = executor_.Stream(statement, [&](const QueryResult& row) {
    lines.Append(row, block);
    if (block.size() < (std::size_t{1} << 16)) return true;
    to->write(block.data(), static_cast<std::streamsize>(block.size()));
    block.clear();
    return static_cast<bool>(*to);
  });
  to->write(block.data(), static_cast<std::streamsize>(block.size()));
  to->flush();
  if (!streamed.ok()) {
    ReportError(streamed.status(), text);
    return false;
  }
  if (statement.output.file && !file) return cannot_write();
  if (streamed->truncated) {
    err_ << "note: truncated at the LIMIT: there are more; raise LIMIT to see them\n";
  }
  if (statement.output.file) {
    err_ << "wrote " << streamed->loops << (streamed->loops == 1 ? " loop" : " loops") << " to "
         << *statement.output.file << '\n';
  }
  err_ << std::flush;
  // Nothing is held to .export.
  last_.reset();
  return true;
}

Result<std::string> StatementRunner::Render(const QueryResult& result, OutputFormat format) const {
  if (format == OutputFormat::kJson) return ResultAsJson(result, style_.language) + "\n";
  if (format == OutputFormat::kJsonl) {
    const std::vector<std::string> notes =
        ResultAsRows(result, style_.language, format, style_.raise_sign_budget).notes;
    for (const std::string& note : notes) err_ << note << '\n';
    if (!notes.empty()) err_ << std::flush;
    return ResultAsJsonLines(result, style_.language);
  }
  if (format == OutputFormat::kDot) {
    auto drawing = DrawDot(result, style_.language, dot_style_);
    if (!drawing.ok()) return std::move(drawing).TakeStatus();
    // Said beside the diagram, never in it.
    if (!drawing->warning.empty()) err_ << drawing->warning << std::flush;
    return std::move(drawing->text);
  }
  if (format == OutputFormat::kCsv || format == OutputFormat::kTsv ||
      format == OutputFormat::kMarkdown) {
    RowsText rows = ResultAsRows(result, style_.language, format, style_.raise_sign_budget);
    // Beside the rows, never among them: a program reads them whole. A
    // flush of the notes flushes the results before them (their tie), so
    // only notes said are flushed: a script's results gather.
    for (const std::string& note : rows.notes) err_ << note << '\n';
    if (!rows.notes.empty()) err_ << std::flush;
    return std::move(rows.text);
  }
  return ResultAsText(result, style_);
}

void StatementRunner::PlaceWarnings(WriteResult& write, std::string_view text) const {
  std::vector<std::string> placed;
  for (const PlacedWarning& warning : write.summary.placed_warnings) {
    const auto at = grammar::Locate(text, warning.offset);
    const std::size_t line = first_line_ > 0 ? first_line_ + at.line - 1 : at.line;
    placed.push_back("line " + std::to_string(line) + ", column " + std::to_string(at.column) +
                     ": " + warning.text);
  }
  write.summary.placed_warnings.clear();
  write.summary.warnings.insert(write.summary.warnings.begin(), placed.begin(), placed.end());
}

void StatementRunner::ReportError(const Status& status, std::string_view text, bool as_json) {
  if (as_json || format_ == OutputFormat::kJson) {
    out_ << JsonText(ErrorAsJson(status, text, first_line_ > 0 ? first_line_ : 1)) << '\n'
         << std::flush;
    return;
  }
  err_ << Visible(status.ToString()) << '\n';
  if (status.offset()) {
    const auto at = grammar::Locate(text, *status.offset());
    const std::size_t end = text.find_last_not_of(" \t\r\n");
    const bool several_lines =
        end != std::string_view::npos && text.substr(0, end).find('\n') != std::string_view::npos;
    if (first_line_ > 0 || several_lines) {
      err_ << "line " << (first_line_ > 0 ? first_line_ + at.line - 1 : at.line) << ", column "
           << at.column << ":\n";
    }
    err_ << VisibleCaret(text, *status.offset()) << '\n';
  }
  if (!status.hint().empty()) err_ << "hint: " << Visible(status.hint()) << '\n';
  err_ << std::flush;
}

}  // namespace causalkg::cli
