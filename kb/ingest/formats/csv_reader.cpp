// The readers of claims tables: CSV and TSV with a header (csv_header.hpp),
// a row a claim with at most one piece of evidence.
//
// A sign column gives a row without a relation its relation: + increases,
// - decreases, ? or an empty cell influences (causal, sign not stated).
// Beside a relation, a sign declares the relation's polarity (? too); a
// relation given two signs is refused. Ids, relations, signs, sources, modalities
// and confidences are taken without the blanks around them; a quote as it
// is.
//
// Tables run to millions of rows: a row is read into views of the
// scanner's buffer and handed to the sink with nothing allocated.
#include <charconv>
#include <optional>
#include <unordered_map>

#include "engine/storage/field_rules.hpp"
#include "kb/ingest/format_registry.hpp"
#include "kb/ingest/formats/csv_header.hpp"
#include "kb/ingest/formats/csv_scanner.hpp"

namespace causalkg::kb {

namespace {

using csv::Column;

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
constexpr char kDelimiters[] = {',', '\t', ';'};

constexpr std::string_view kIncreases = "increases";
constexpr std::string_view kDecreases = "decreases";
constexpr std::string_view kInfluences = "influences";

std::string_view Trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

// The polarity a row's sign gives: kNone for an empty sign, nullopt for a
// text that is no sign.
std::optional<Polarity> SignOf(std::string_view text) {
  if (text.empty()) return Polarity::kNone;
  return CausalPolarityFromText(text);
}

std::string_view RelationOfSign(Polarity sign) {
  switch (sign) {
    case Polarity::kPositive:
      return kIncreases;
    case Polarity::kNegative:
      return kDecreases;
    case Polarity::kNone:
    case Polarity::kUnknown:
      break;
  }
  return kInfluences;
}

// The fields of `line` split by `delimiter`, quotes around a field taken
// off: enough to tell a header by, not to read a row.
std::vector<std::string_view> SplitLine(std::string_view line, char delimiter) {
  std::vector<std::string_view> fields;
  std::size_t start = 0;
  bool quoted = false;
  for (std::size_t i = 0; i <= line.size(); ++i) {
    if (i < line.size() && line[i] == '"') quoted = !quoted;
    if (i == line.size() || (!quoted && line[i] == delimiter)) {
      std::string_view field = Trimmed(line.substr(start, i - start));
      if (field.size() >= 2 && field.front() == '"' && field.back() == '"') {
        field = field.substr(1, field.size() - 2);
      }
      fields.push_back(field);
      start = i + 1;
    }
  }
  return fields;
}

std::string_view FirstLine(std::string_view head) {
  if (head.substr(0, kByteOrderMark.size()) == kByteOrderMark) {
    head.remove_prefix(kByteOrderMark.size());
  }
  std::size_t start = 0;
  while (start < head.size()) {
    const std::size_t end = std::min(head.find('\n', start), head.size());
    std::string_view line = head.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!Trimmed(line).empty()) return line;
    start = end + 1;
  }
  return {};
}

// The delimiter that splits the header into a claims table's columns:
// `preferred` when it does, else the first of the others that does, else
// `preferred` (and the header's problem is told as it splits by that).
char ChooseDelimiter(std::string_view head, char preferred) {
  const std::string_view line = FirstLine(head);
  if (csv::LooksLikeHeader(SplitLine(line, preferred))) return preferred;
  for (const char delimiter : kDelimiters) {
    if (csv::LooksLikeHeader(SplitLine(line, delimiter))) return delimiter;
  }
  return preferred;
}

SniffScore SniffTable(std::string_view head, std::initializer_list<char> delimiters) {
  const std::string_view line = FirstLine(head);
  for (const char delimiter : delimiters) {
    const std::vector<std::string_view> names = SplitLine(line, delimiter);
    if (!csv::LooksLikeHeader(names)) continue;
    const csv::HeaderReading reading = csv::ReadHeader(names);
    return reading.problem ? SniffScore::kStrong : SniffScore::kCertain;
  }
  return SniffScore::kNo;
}

// `text` as a number; with `decimal_comma`, "0,5" too, as a spreadsheet
// that splits fields by semicolons writes it.
bool ReadNumber(std::string_view text, bool decimal_comma, double& value) {
  const char* end = text.data() + text.size();
  auto read = std::from_chars(text.data(), end, value);
  if (read.ec == std::errc() && read.ptr == end) return true;
  const auto comma = text.find(',');
  char copy[64];
  if (!decimal_comma || comma == std::string_view::npos || text.size() > sizeof copy) return false;
  std::copy(text.begin(), text.end(), copy);
  copy[comma] = '.';
  read = std::from_chars(copy, copy + text.size(), value);
  return read.ec == std::errc() && read.ptr == copy + text.size();
}

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const {
    return std::hash<std::string_view>{}(text);
  }
};

class TableReader {
 public:
  TableReader(FormatInput& input, ClaimSink& sink, char preferred)
      : input_(input),
        sink_(sink),
        scanner_(input.stream(), input.name(), preferred),
        preferred_(preferred) {}

  Status Read();

 private:
  Status ReadHeader();
  Status ReadRow();
  Status WidthError() const;
  // An error about field `index` of the row, at its line and column.
  Status FieldError(std::size_t index, std::string message, std::string hint = {}) const;
  // Declares `relation` of `sign` once; refuses another sign for it.
  Status DeclareSign(std::string_view relation, Polarity sign, std::size_t index);
  void Remark();
  // The row's locator, origin, tool and stance, into the piece of evidence.
  void ReadDetails();
  // A note for the load, said of this file.
  void Note(std::string note) { sink_.Note(input_.name() + ": " + note); }

  std::string_view At(Column column) const {
    const auto index = header_.Of(column);
    return index ? Trimmed(fields_[*index]) : std::string_view();
  }

  FormatInput& input_;
  ClaimSink& sink_;
  csv::Scanner scanner_;
  char preferred_;
  csv::Header header_;
  std::vector<std::string_view> fields_;
  ClaimRecord claim_;
  EvidenceRecord evidence_;
  Origin origin_;
  std::string refusal_;         // the problem a refusal views
  std::string detail_refusal_;  // of a start or end
  bool has_details_ = false;    // whether a column holds a locator, origin, tool or stance
  struct Declared {
    Polarity sign;
    std::size_t line;
  };
  std::unordered_map<std::string, Declared, StringHash, std::equal_to<>> declared_;
  std::uint64_t rows_ = 0;
  // Rows whose relation their sign gave, by that sign.
  std::uint64_t increases_ = 0, decreases_ = 0, unstated_ = 0, blank_ = 0;
};

Status TableReader::Read() {
  auto head = scanner_.Head();
  if (!head.ok()) return std::move(head).TakeStatus();
  scanner_.SetDelimiter(ChooseDelimiter(*head, preferred_));
  CAUSALKG_RETURN_IF_ERROR(ReadHeader());
  origin_.file = input_.name();
  claim_.evidence = {&evidence_, 1};
  for (;;) {
    auto more = scanner_.Next(fields_);
    if (!more.ok()) return std::move(more).TakeStatus();
    if (!*more) break;
    CAUSALKG_RETURN_IF_ERROR(ReadRow());
    if (++rows_ % 65536 == 0) input_.ReportProgress(scanner_.bytes_read());
  }
  input_.ReportProgress(scanner_.bytes_read());
  Remark();
  for (const std::string& name : header_.misspelt) sink_.UnknownClaimField(name, rows_);
  return Status::Ok();
}

Status TableReader::ReadHeader() {
  auto more = scanner_.Next(fields_);
  if (!more.ok()) return std::move(more).TakeStatus();
  if (!*more) {
    return Status::Load("the table is empty: it needs a header naming its columns",
                        "begin it with a line such as subject,relation,object")
        .InFile(input_.name());
  }
  csv::HeaderReading reading = csv::ReadHeader(fields_);
  if (reading.problem) {
    const csv::Place place = reading.problem->column ? scanner_.FieldPlace(*reading.problem->column)
                                                     : csv::Place{scanner_.line(), 1};
    return Status::Load(reading.problem->message, reading.problem->hint)
        .InFile(input_.name(), place.line, place.column);
  }
  header_ = std::move(reading.header);
  for (std::string& remark : header_.remarks) Note(std::move(remark));
  for (Column column : header_.columns)
    has_details_ |= column >= Column::kStart && column < Column::kUnread;
  return Status::Ok();
}

Status TableReader::ReadRow() {
  if (fields_.size() != header_.columns.size()) return WidthError();
  claim_.subject = At(Column::kSubject);
  claim_.object = At(Column::kObject);
  const auto sign_column = header_.Of(Column::kSign);
  const std::optional<Polarity> sign =
      sign_column ? SignOf(At(Column::kSign)) : std::optional(Polarity::kNone);
  if (!sign) {
    return FieldError(
        *sign_column,
        "the sign must be +, - or ? (or nothing), not " + fields::Excerpt(At(Column::kSign)),
        "+ for a relation that increases its object, - for one that decreases it, "
        "? for one whose sign is not stated");
  }
  const std::string_view relation = At(Column::kRelation);
  if (!relation.empty() || !sign_column) {
    claim_.relation = relation;  // the sink refuses an empty one
    if (*sign != Polarity::kNone && !relation.empty()) {
      CAUSALKG_RETURN_IF_ERROR(DeclareSign(relation, *sign, *sign_column));
    }
  } else {
    claim_.relation = RelationOfSign(*sign);
    ++(*sign == Polarity::kPositive   ? increases_
       : *sign == Polarity::kNegative ? decreases_
       : *sign == Polarity::kUnknown  ? unstated_
                                      : blank_);
  }
  evidence_.source = At(Column::kSource);
  evidence_.quote = header_.Of(Column::kQuote) ? fields_[*header_.Of(Column::kQuote)] : "";
  evidence_.modality = At(Column::kModality);
  evidence_.confidence.reset();
  evidence_.confidence_text = {};
  evidence_.refused = {};
  origin_.line = scanner_.line();
  origin_.column = 0;
  if (const std::string_view text = At(Column::kConfidence); !text.empty()) {
    double value = 0;
    if (ReadNumber(text, scanner_.delimiter() == ';', value)) {
      evidence_.confidence = value;
      evidence_.confidence_text = text;
    } else {
      refusal_ = "must be a number, not " + fields::Excerpt(text);
      evidence_.refused = {RecordField::kConfidence, refusal_};
      // The sink says this unless the claim lacks a part, which it says first.
      if (!claim_.subject->empty() && !claim_.relation->empty() && !claim_.object->empty()) {
        origin_.column = scanner_.FieldPlace(*header_.Of(Column::kConfidence)).column;
      }
    }
  }
  if (has_details_) ReadDetails();
  return sink_.AddClaim(claim_, origin_);
}

void TableReader::ReadDetails() {
  auto offset = [&](Column column, RecordField field, std::optional<double>& out) {
    out.reset();
    const std::string_view text = At(column);
    if (text.empty() || evidence_.refused.field != RecordField::kNone) return;
    double value = 0;
    if (ReadNumber(text, false, value)) {
      out = value;
      return;
    }
    detail_refusal_ = "must be a non-negative integer, not " + fields::Excerpt(text);
    evidence_.refused = {field, detail_refusal_};
    // The sink says this unless the claim lacks a part, which it says first.
    if (!claim_.subject->empty() && !claim_.relation->empty() && !claim_.object->empty()) {
      origin_.column = scanner_.FieldPlace(*header_.Of(column)).column;
    }
  };
  offset(Column::kStart, RecordField::kStart, evidence_.start);
  offset(Column::kEnd, RecordField::kEnd, evidence_.end);
  evidence_.page = At(Column::kPage);  // a page number is text here as written
  evidence_.section = At(Column::kSection);
  evidence_.url = At(Column::kUrl);
  evidence_.origin = At(Column::kOrigin);
  evidence_.tool = At(Column::kTool);
  evidence_.stance = At(Column::kStance);
}

Status TableReader::WidthError() const {
  const std::size_t width = header_.columns.size();
  const std::size_t got = fields_.size();
  const csv::Place place = got < width ? scanner_.EndPlace() : scanner_.FieldPlace(width);
  const std::string delimiter = csv::Scanner::DelimiterName(scanner_.delimiter());
  return Status::Load("the row has " + std::to_string(got) + (got == 1 ? " field" : " fields") +
                          ", but the header names " + std::to_string(width) + " columns",
                      got < width ? "give every row a field for each column, empty if need be"
                                  : "put a field that holds " + delimiter + " in quotes")
      .InFile(input_.name(), place.line, place.column);
}

Status TableReader::FieldError(std::size_t index, std::string message, std::string hint) const {
  const csv::Place place = scanner_.FieldPlace(index);
  return Status::Load(std::move(message), std::move(hint))
      .InFile(input_.name(), place.line, place.column);
}

Status TableReader::DeclareSign(std::string_view relation, Polarity sign, std::size_t index) {
  auto it = declared_.find(relation);
  if (it != declared_.end()) {
    if (it->second.sign == sign) return Status::Ok();
    return FieldError(index,
                      "relation " + fields::Excerpt(relation) + " has the sign " +
                          PolarityText(sign) + " here, but " + PolarityText(it->second.sign) +
                          " on line " + std::to_string(it->second.line),
                      "a relation has one sign: name relations of other signs otherwise");
  }
  declared_.emplace(std::string(relation), Declared{sign, scanner_.line()});
  RelationRecord record;
  record.id = relation;
  record.polarity = sign;
  Origin origin{input_.name(), scanner_.line(), scanner_.FieldPlace(index).column};
  return sink_.DeclareRelation(record, origin);
}

void TableReader::Remark() {
  const std::uint64_t influences = unstated_ + blank_;
  if (increases_ + decreases_ + influences == 0) return;
  auto rows = [](std::uint64_t n) { return std::to_string(n) + (n == 1 ? " row" : " rows"); };
  std::string remark =
      "the sign gave the relation of " + rows(increases_ + decreases_ + influences) + ": " +
      std::to_string(increases_) + " increases (+), " + std::to_string(decreases_) +
      " decreases (-), " + std::to_string(influences) + " influences (sign not stated";
  if (blank_ > 0) remark += "; " + std::to_string(blank_) + " of them with an empty sign";
  Note(remark + ")");
}

Status ReadTable(FormatInput& input, ClaimSink& sink, char preferred) {
  return TableReader(input, sink, preferred).Read();
}

}  // namespace

Format CsvFormat() {
  return {"csv",
          "a table with a header: subject, relation or sign, object, and optional quote, source, "
          "confidence, modality, start, end, page, section, url, origin, tool, stance; fields "
          "split by commas (or semicolons)",
          {".csv"},
          [](std::string_view head) {
            return SniffTable(head, {',', ';'});
          },
          [](FormatInput& input, ClaimSink& sink) { return ReadTable(input, sink, ','); }};
}

Format TsvFormat() {
  return {"tsv",
          "a table as csv reads it, with fields split by tabs",
          {".tsv", ".tab"},
          [](std::string_view head) { return SniffTable(head, {'\t'}); },
          [](FormatInput& input, ClaimSink& sink) { return ReadTable(input, sink, '\t'); }};
}

}  // namespace causalkg::kb
