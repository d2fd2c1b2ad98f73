#include "cli/render/loop_lines.hpp"

#include "cli/render/belief_text.hpp"
#include "cli/render/json_output.hpp"
#include "engine/common/visible_text.hpp"
#include "engine/model/model.hpp"

namespace causalkg::cli {

namespace {

void AppendCsvField(const std::string& field, std::string& out) {
  if (field.find_first_of(",\"\r\n") == std::string::npos) {
    out += field;
    return;
  }
  out.push_back('"');
  for (char c : field) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
}

}  // namespace

LoopLines::LoopLines(OutputFormat format, std::string language)
    : format_(format), language_(std::move(language)) {}

std::string LoopLines::Header() const {
  switch (format_) {
    case OutputFormat::kCsv:
      return "type,loop,belief\n";
    case OutputFormat::kTsv:
      return "type\tloop\tbelief\n";
    default:
      return "";
  }
}

const LoopLines::TermText& LoopLines::Text(const QueryResult& row, TermId id) {
  auto [it, inserted] = texts_.try_emplace(id);
  if (!inserted) return it->second;
  TermText& text = it->second;
  auto names = row.names.find(id);
  if (names == row.names.end()) {
    text.shown = "#" + std::to_string(id);
    return text;
  }
  const TermNames& n = names->second;
  text.shown = Visible(n.name);
  if (language_ != "id") {
    if (auto label = n.labels.find(language_); label != n.labels.end())
      text.shown = Visible(label->second);
  }
  text.csv_quoted = text.shown.find_first_of(",\"\r\n") != std::string::npos;
  return text;
}

void LoopLines::Append(const QueryResult& row, std::string& out) {
  const Path& loop = std::get<PathsResult>(row.body).paths.front();
  const char type[] = {loop.LoopType(), '\0'};
  if (format_ == OutputFormat::kJsonl) {
    // A loop's steps carry their evidence: the JSON writer's line, so that a
    // stream's lines are the held result's.
    out += ResultAsJsonLines(row, language_);
    return;
  }
  // a -[amplifies +]-> b -[weakens -]-> a; quoted in CSV when a term's
  // text needs it (the arrows never do).
  const TermText& first = Text(row, loop.nodes[0]);
  chain_ = first.shown;
  bool quoted = first.csv_quoted;
  for (std::size_t i = 0; i < loop.steps.size(); ++i) {
    const TermText& relation = Text(row, loop.steps[i].relation);
    const TermText& to = Text(row, loop.nodes[(i + 1) % loop.nodes.size()]);
    quoted = quoted || relation.csv_quoted || to.csv_quoted;
    chain_ += " -[";
    chain_ += relation.shown;
    chain_ += " ";
    chain_ += PolarityText(loop.steps[i].polarity);
    chain_ += "]-> ";
    chain_ += to.shown;
  }
  out += type;
  if (format_ == OutputFormat::kTsv) {
    // Every term's text is Visible already: nothing is left to escape.
    out += '\t';
    out += chain_;
  } else {
    out += ',';
    if (quoted) {
      AppendCsvField(chain_, out);
    } else {
      out += chain_;
    }
  }
  out += format_ == OutputFormat::kTsv ? '\t' : ',';
  if (loop.belief) out += BeliefText(*loop.belief);
  out += '\n';
}

}  // namespace causalkg::cli
