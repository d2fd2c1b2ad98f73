#include "kb/ingest/formats/csv_header.hpp"

#include <array>

#include "engine/common/text_fold.hpp"
#include "engine/storage/field_rules.hpp"
#include "kb/ingest/unknown_fields.hpp"

namespace causalkg::kb::csv {

namespace {

struct Alias {
  std::string_view name;
  Column column;
};

// "source" is missing: it is the evidence's source unless no other column
// names the subject (ReadHeader).
constexpr std::array<Alias, 23> kAliases = {{
    {"subject", Column::kSubject},   {"cause", Column::kSubject},
    {"from", Column::kSubject},      {"relation", Column::kRelation},
    {"sign", Column::kSign},         {"polarity", Column::kSign},
    {"object", Column::kObject},     {"effect", Column::kObject},
    {"target", Column::kObject},     {"to", Column::kObject},
    {"quote", Column::kQuote},       {"confidence", Column::kConfidence},
    {"modality", Column::kModality}, {"source", Column::kSource},
    {"start", Column::kStart},       {"end", Column::kEnd},
    {"page", Column::kPage},         {"section", Column::kSection},
    {"url", Column::kUrl},           {"origin", Column::kOrigin},
    {"tool", Column::kTool},         {"stance", Column::kStance},
    {"", Column::kUnread},
}};

std::string Normal(std::string_view name) {
  const auto first = name.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  name = name.substr(first, name.find_last_not_of(" \t") - first + 1);
  return AsciiLower(name);
}

Column ColumnOf(const std::string& name) {
  for (const Alias& alias : kAliases) {
    if (!alias.name.empty() && alias.name == name) return alias.column;
  }
  return Column::kUnread;
}

std::string Listed(const std::vector<std::string_view>& names) {
  std::string out;
  for (std::string_view name : names) {
    out += (out.empty() ? "" : ", ") + fields::Excerpt(name);
  }
  return out;
}

std::string AliasesOf(Column column) {
  std::vector<std::string_view> names;
  for (const Alias& alias : kAliases) {
    if (alias.column == column && !alias.name.empty()) names.push_back(alias.name);
  }
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? " or " : ", ";
    out += names[i];
  }
  return out;
}

}  // namespace

const char* ColumnName(Column column) {
  switch (column) {
    case Column::kSubject:
      return "subject";
    case Column::kRelation:
      return "relation";
    case Column::kSign:
      return "sign";
    case Column::kObject:
      return "object";
    case Column::kQuote:
      return "quote";
    case Column::kSource:
      return "source";
    case Column::kConfidence:
      return "confidence";
    case Column::kModality:
      return "modality";
    case Column::kStart:
      return "start";
    case Column::kEnd:
      return "end";
    case Column::kPage:
      return "page";
    case Column::kSection:
      return "section";
    case Column::kUrl:
      return "url";
    case Column::kOrigin:
      return "origin";
    case Column::kTool:
      return "tool";
    case Column::kStance:
      return "stance";
    case Column::kUnread:
      break;
  }
  return "unread";
}

HeaderReading ReadHeader(const std::vector<std::string_view>& names) {
  HeaderReading reading;
  Header& header = reading.header;
  std::vector<std::string> normal;
  for (std::string_view name : names) normal.push_back(Normal(name));
  bool named_subject = false;
  for (const std::string& name : normal) named_subject |= ColumnOf(name) == Column::kSubject;

  std::vector<std::string_view> unread;
  for (std::size_t i = 0; i < names.size(); ++i) {
    Column column = ColumnOf(normal[i]);
    if (column == Column::kSource && !named_subject) {
      column = Column::kSubject;  // source,target: an edge list
      header.remarks.push_back("column " + fields::Excerpt(names[i]) +
                               " was read as the subject, since no column is named " +
                               AliasesOf(Column::kSubject));
    }
    header.columns.push_back(column);
    if (column == Column::kUnread) {
      const std::string_view closest = ClosestClaimField(normal[i]);
      if (!closest.empty() && closest != normal[i]) {
        header.misspelt.emplace_back(names[i]);
      } else if (!normal[i].empty()) {
        unread.push_back(names[i]);
      }
      continue;
    }
    auto& at = header.at[static_cast<int>(column)];
    if (at) {
      reading.problem = HeaderProblem{
          "column " + std::to_string(i + 1) + " (" + fields::Excerpt(names[i]) + ") names the " +
              ColumnName(column) + " again: column " + std::to_string(*at + 1) + " (" +
              fields::Excerpt(names[*at]) + ") names it already",
          "keep one of them, or rename the other", i};
      return reading;
    }
    at = i;
  }
  auto missing = [&](std::string what, std::string hint) {
    reading.problem =
        HeaderProblem{"no column names the " + what + "; the header is " + Listed(names),
                      std::move(hint), std::nullopt};
  };
  if (!header.Of(Column::kSubject)) {
    missing("subject", "name it " + AliasesOf(Column::kSubject) + " or source");
  } else if (!header.Of(Column::kObject)) {
    missing("object", "name it " + AliasesOf(Column::kObject));
  } else if (!header.Of(Column::kRelation) && !header.Of(Column::kSign)) {
    missing("relation or its sign",
            "name a column relation, or sign (or polarity) holding +, - or ?; or both");
  }
  if (!unread.empty()) {
    header.remarks.push_back(std::string(unread.size() == 1 ? "column " : "columns ") +
                             Listed(unread) + (unread.size() == 1 ? " was" : " were") +
                             " not read (causalkg reads subject, relation, sign, object, quote, "
                             "source, confidence, modality, start, end, page, section, url, "
                             "origin, tool and stance)");
  }
  return reading;
}

bool LooksLikeHeader(const std::vector<std::string_view>& names) {
  const HeaderReading reading = ReadHeader(names);
  return reading.header.Of(Column::kSubject) && reading.header.Of(Column::kObject) &&
         (!reading.problem || reading.problem->column == std::nullopt);
}

}  // namespace causalkg::kb::csv
