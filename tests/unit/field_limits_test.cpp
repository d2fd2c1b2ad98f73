// Every text a write stores keeps the same rules through every door (ADD, a
// JSON document, JSON Lines): at its limit it is stored and read back as it
// was; one byte past it, or with invalid UTF-8 or a control character, it
// is refused with its position and the store stays as it was.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <set>

#include "engine/storage/field_rules.hpp"
#include "engine/storage/codec.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using fields::Field;
using fields::WithThousands;
using nlohmann::json;
using testing::RunCausalkg;
using testing::RunResult;

// Where a text goes in a claim, a declaration or a statement.
enum class Slot { kSubject, kRelation, kLabel, kLanguage, kSourceId, kModality, kQuote, kSource };

struct SlotInfo {
  const char* name;
  Field field;
  const char* plural;  // as the limit's message says it
};

SlotInfo InfoOf(Slot slot) {
  switch (slot) {
    case Slot::kSubject:
      return {"subject", Field::kId, "ids"};
    case Slot::kRelation:
      return {"relation", Field::kId, "ids"};
    case Slot::kLabel:
      return {"label", Field::kLabel, "labels"};
    case Slot::kLanguage:
      return {"language tag", Field::kLanguage, "language tags"};
    case Slot::kSourceId:
      return {"source id", Field::kSourceId, "source ids"};
    case Slot::kModality:
      return {"modality", Field::kModality, "modalities"};
    case Slot::kQuote:
      return {"quote", Field::kQuote, "quotes"};
    case Slot::kSource:
      return {"source record", Field::kSourceRecord, "source records"};
  }
  return {};
}

const Slot kAllSlots[] = {Slot::kSubject,  Slot::kRelation, Slot::kLabel, Slot::kLanguage,
                          Slot::kSourceId, Slot::kModality, Slot::kQuote, Slot::kSource};

// Exactly `bytes` bytes of printable text, two-byte characters first, so
// that a limit is seen to count bytes, not characters.
std::string TextOf(std::size_t bytes) {
  std::string text;
  while (text.size() + 2 <= bytes / 2) text += "\xc3\xa9";  // é
  while (text.size() < bytes) text += static_cast<char>('a' + text.size() % 26);
  return text;
}

// For the source record: a title that makes the record's JSON text
// `bytes` long, as the loader keeps it (nlohmann's compact dump).
json SourceOfSize(std::size_t bytes) {
  json source = {{"id", "src"}, {"title", ""}};
  const std::size_t overhead = source.dump().size();
  source["title"] = TextOf(bytes - overhead);
  return source;
}

json ClaimWith(Slot slot, const std::string& text) {
  json claim = {{"subject", "s"}, {"relation", "amplifies"}, {"object", "o"}};
  if (slot == Slot::kSubject) claim["subject"] = text;
  if (slot == Slot::kRelation) claim["relation"] = text;
  if (slot == Slot::kSourceId) claim["source"] = text;
  if (slot == Slot::kModality) claim["modality"] = text;
  if (slot == Slot::kQuote) claim["quote"] = text;
  return claim;
}

json NodeWith(Slot slot, const std::string& text) {
  json labels = json::object();
  if (slot == Slot::kLabel) labels["nl"] = text;
  if (slot == Slot::kLanguage) labels[text] = "a label";
  return {{"id", "n"}, {"label", labels}};
}

bool IsClaimSlot(Slot slot) {
  return slot != Slot::kLabel && slot != Slot::kLanguage && slot != Slot::kSource;
}

// `text` in `slot` of a JSON document; the object it is in is the first
// of its array.
std::string DocumentWith(Slot slot, const std::string& text) {
  json document = {{"claims", json::array()}};
  if (IsClaimSlot(slot)) document["claims"].push_back(ClaimWith(slot, text));
  if (slot == Slot::kLabel || slot == Slot::kLanguage)
    document["nodes"] = json::array({NodeWith(slot, text)});
  if (slot == Slot::kSource) document["sources"] = json::array({SourceOfSize(text.size())});
  return document.dump();
}

// `text` in `slot` on line 2 of a JSON Lines file; `general` adds a key the
// fast reader leaves to the general one, so that both readers are tried.
std::string LinesWith(Slot slot, const std::string& text, bool general = false) {
  std::string lines = R"({"subject":"first","relation":"amplifies","object":"line"})"
                      "\n";
  json line;
  if (IsClaimSlot(slot)) line = ClaimWith(slot, text);
  if (slot == Slot::kLabel || slot == Slot::kLanguage) line = {{"node", NodeWith(slot, text)}};
  if (slot == Slot::kSource) line = {{"source", SourceOfSize(text.size())}};
  if (general) line["note"] = "read by the general reader";  // the fast one takes no unknown keys
  return lines + line.dump() + "\n";
}

// The ADD statement that puts `text` in `slot`, and where the text starts
// in it; empty for slots ADD cannot write.
std::pair<std::string, std::size_t> AddWith(Slot slot, const std::string& text) {
  const std::string quoted = "'" + text + "'";
  switch (slot) {
    case Slot::kSubject:
      return {"ADD " + quoted + " amplifies o", 4};
    case Slot::kRelation:
      return {"ADD s " + quoted + " o", 6};
    case Slot::kSourceId:
      return {"ADD s amplifies o SOURCE " + quoted, 25};
    case Slot::kModality:
      return {"ADD s amplifies o MODALITY " + quoted, 27};
    case Slot::kQuote:
      return {"ADD s amplifies o QUOTE " + quoted, 24};
    default:
      return {};
  }
}

// Every string in a JSON value, keys included (label languages are keys).
void CollectStrings(const json& value, std::set<std::string>& out) {
  if (value.is_string()) out.insert(value.get<std::string>());
  if (value.is_object()) {
    for (const auto& [key, item] : value.items()) {
      out.insert(key);
      CollectStrings(item, out);
    }
  }
  if (value.is_array()) {
    for (const auto& item : value) CollectStrings(item, out);
  }
}

// A database holding one claim, for writes to be tried against.
struct Database {
  testing::TempDir dir;
  std::string path = dir.File("db");
  Database() {
    auto made = RunCausalkg({"--db", path, "--empty", "query", "ADD before amplifies after"});
    REQUIRE(made.exit_code == 0);
  }
  RunResult Run(std::vector<std::string> args, const std::string& input = "") const {
    args.insert(args.begin(), {"--db", path});
    return RunCausalkg(args, input);
  }
  std::string Export(const char* format = "jsonl") const {
    auto run = Run({"export", "--format", format});
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    return run.out;
  }
  std::set<std::string> StoredStrings() const {
    std::set<std::string> strings;
    CollectStrings(json::parse(Export("json")), strings);
    return strings;
  }
  RunResult Load(const std::string& name, const std::string& content) const {
    return Run({"load", dir.Write(name, content)});
  }
};

// What a refusal says of a text one byte past the limit of `slot`.
std::string PastLimitMessage(Slot slot) {
  const std::size_t limit = fields::MaxBytes(InfoOf(slot).field);
  return "is " + WithThousands(limit + 1) + " bytes; " + InfoOf(slot).plural + " hold at most " +
         WithThousands(limit) + " bytes";
}

// The message, without the statement echoed under it (which may be long).
std::string FirstLine(const std::string& err) { return err.substr(0, err.find('\n')); }

// The caret line under an echoed statement points at byte `offset` of it
// (the statements here are ASCII up to the offset).
void CheckCaretAt(const std::string& err, std::size_t offset) {
  INFO("the caret is at column " << offset + 1);
  CHECK((err.find("\n" + std::string(offset, ' ') + "^\n") != std::string::npos));
}

TEST_CASE("the field limits fit the store's records and are the documented ones",
          "[limits][fields]") {
  const std::string readme = testing::ReadFile(std::string(CAUSALKG_SOURCE_DIR) + "/README.md");
  const auto limits = readme.find("## Limits");
  REQUIRE(limits != std::string::npos);
  const std::string section = readme.substr(limits, readme.find("\n## ", limits + 1) - limits);
  // A row of the section's table for each field: "| quotes | 65,536 bytes |".
  for (Slot slot : kAllSlots) {
    const SlotInfo info = InfoOf(slot);
    INFO(info.name);
    const auto row = section.find(std::string("\n| ") + info.plural);
    REQUIRE(row != std::string::npos);
    const std::string line = section.substr(row + 1, section.find('\n', row + 1) - row - 1);
    CHECK_THAT(line,
               Catch::EndsWith("| " + WithThousands(fields::MaxBytes(info.field)) + " bytes |"));
  }
}

TEST_CASE("each field is stored at its limit and refused one byte past it, through every door",
          "[limits][fields]") {
  for (Slot slot : kAllSlots) {
    const std::size_t limit = fields::MaxBytes(InfoOf(slot).field);
    const std::string at_limit = TextOf(limit), past_limit = TextOf(limit + 1);
    DYNAMIC_SECTION(InfoOf(slot).name << ", JSON document") {
      Database db;
      auto stored = db.Load("at.json", DocumentWith(slot, at_limit));
      INFO(stored.err);
      REQUIRE(stored.exit_code == 0);
      const auto strings = db.StoredStrings();
      CHECK(strings.count(slot == Slot::kSource ? SourceOfSize(limit)["title"].get<std::string>()
                                                : at_limit));

      const std::string before = db.Export();
      auto refused = db.Load("past.json", DocumentWith(slot, past_limit));
      CHECK(refused.exit_code == 1);
      CHECK_THAT(FirstLine(refused.err), Catch::Contains(PastLimitMessage(slot)));
      const char* object = IsClaimSlot(slot)       ? "claim 1: "
                           : slot == Slot::kSource ? "source 1: "
                                                   : "node 1: ";
      CHECK_THAT(FirstLine(refused.err),
                 Catch::StartsWith("Load error: " + db.dir.File("past.json") + ": " + object));
      CHECK((db.Export() == before));
    }
    DYNAMIC_SECTION(InfoOf(slot).name << ", JSON Lines") {
      Database db;
      auto stored = db.Load("at.jsonl", LinesWith(slot, at_limit));
      INFO(stored.err);
      REQUIRE(stored.exit_code == 0);
      const auto strings = db.StoredStrings();
      CHECK(strings.count(slot == Slot::kSource ? SourceOfSize(limit)["title"].get<std::string>()
                                                : at_limit));

      const std::string before = db.Export();
      auto refused = db.Load("past.jsonl", LinesWith(slot, past_limit));
      CHECK(refused.exit_code == 1);
      CHECK_THAT(FirstLine(refused.err), Catch::Contains(PastLimitMessage(slot)));
      CHECK_THAT(FirstLine(refused.err),
                 Catch::StartsWith("Load error: " + db.dir.File("past.jsonl") + ", line 2: "));
      CHECK((db.Export() == before));
      if (IsClaimSlot(slot)) {
        // The general reader says the same of the same text as the fast one.
        auto general = db.Load("general.jsonl", LinesWith(slot, past_limit, true));
        CHECK_THAT(FirstLine(general.err), Catch::Contains(PastLimitMessage(slot)));
        CHECK((db.Export() == before));
      }
    }
    const auto [add_at, offset] = AddWith(slot, at_limit);
    if (add_at.empty()) continue;
    DYNAMIC_SECTION(InfoOf(slot).name << ", ADD") {
      Database db;
      auto stored = db.Run({"query", add_at});
      INFO(stored.err);
      REQUIRE(stored.exit_code == 0);
      CHECK(db.StoredStrings().count(at_limit));

      const std::string before = db.Export();
      auto refused = db.Run({"query", AddWith(slot, past_limit).first});
      CHECK(refused.exit_code == 1);
      CHECK_THAT(FirstLine(refused.err),
                 Catch::StartsWith(
                     "Query error: the " +
                     std::string(InfoOf(slot).field == Field::kId ? "id" : InfoOf(slot).name)));
      CHECK_THAT(FirstLine(refused.err), Catch::Contains(PastLimitMessage(slot)));
      CheckCaretAt(refused.err, offset);
      CHECK((db.Export() == before));
    }
  }
}

TEST_CASE("ADD refuses invalid UTF-8 in every text it stores, as the loader does", "[fields]") {
  Database db;
  const std::string before = db.Export();
  const std::string bad = "caf\xe9";  // Latin-1, not UTF-8
  for (Slot slot :
       {Slot::kSubject, Slot::kRelation, Slot::kSourceId, Slot::kModality, Slot::kQuote}) {
    const auto [statement, offset] = AddWith(slot, bad);
    INFO(InfoOf(slot).name);
    auto argument = db.Run({"query", statement});
    CHECK(argument.exit_code == 1);
    CHECK_THAT(argument.err, Catch::Contains("'caf\\xe9' is not valid UTF-8 (byte 4 is 0xE9)"));
    CheckCaretAt(argument.err, offset);

    auto piped = db.Run({}, "-- a script\n" + statement + ";\n");
    CHECK(piped.exit_code == 1);
    CHECK_THAT(piped.err, Catch::Contains("is not valid UTF-8") && Catch::Contains("line 2"));
  }
  const std::string after = db.Export();
  CHECK((after == before));

  auto loaded = db.Load("latin1.json", R"({"claims":[{"subject":")" + bad +
                                           R"(","relation":"amplifies","object":"o"}]})");
  CHECK(loaded.exit_code == 1);
  CHECK_THAT(loaded.err, Catch::Contains("malformed JSON"));
  CHECK((db.Export() == after));
}

TEST_CASE("a NUL in a label is refused, so that no label can make another ambiguous", "[fields]") {
  Database db;
  const std::string document = R"({"nodes":[
      {"id":"social_cohesion","label":{"en":"social cohesion"}},
      {"id":"other","label":{"en":"social cohesion\u0000x"}}],"claims":[]})";
  auto document_load = db.Load("nul.json", document);
  CHECK(document_load.exit_code == 1);
  CHECK_THAT(document_load.err,
             Catch::Contains("node 2: field 'label.en': the label 'social cohesion\\x00x' "
                             "contains the control character U+0000 at byte 16; labels may not "
                             "hold control characters"));
  auto lines_load =
      db.Load("nul.jsonl", R"({"node":{"id":"other","label":"social cohesion\u0000x"}})"
                           "\n");
  CHECK(lines_load.exit_code == 1);
  CHECK_THAT(lines_load.err, Catch::Contains("line 1: field 'label': the label"));

  // Nothing was stored: the label names one node, unambiguously.
  REQUIRE(db.Load("ok.json", R"({"nodes":[{"id":"social_cohesion","label":"social cohesion"}],
                                 "claims":[{"subject":"before","relation":"weakens",
                                            "object":"social_cohesion"}]})")
              .exit_code == 0);
  auto why = db.Run({"query", "WHY before weakens 'social cohesion'"});
  CHECK(why.exit_code == 0);
  CHECK_THAT(why.err, !Catch::Contains("ambiguous"));
}

TEST_CASE("a control character in an id is refused through every door", "[fields]") {
  Database db;
  const std::string before = db.Export();
  auto document =
      db.Load("esc.json",
              R"({"claims":[{"subject":"red\u001b[31m","relation":"amplifies","object":"o"}]})");
  CHECK(document.exit_code == 1);
  CHECK_THAT(document.err,
             Catch::Contains("claim 1: field 'subject': the id 'red\\x1b[31m' contains the "
                             "control character U+001B at byte 4; ids may not hold control "
                             "characters"));
  auto lines = db.Load("esc.jsonl", R"({"subject":"s","relation":"amplifies","object":"o\u007f"})"
                                    "\n");
  CHECK(lines.exit_code == 1);
  CHECK_THAT(lines.err, Catch::Contains(", line 1: field 'object': the id 'o\\x7f' "
                                        "contains the control character U+007F"));
  auto add = db.Run({"query", "ADD s amplifies 'o\x1b'"});
  CHECK(add.exit_code == 1);
  CHECK_THAT(add.err, Catch::StartsWith("Query error: the id 'o\\x1b' contains the control "
                                        "character U+001B at byte 2"));
  CHECK((db.Export() == before));
}

TEST_CASE("a quote may hold tab, line feed and carriage return, and no other control", "[fields]") {
  Database db;
  REQUIRE(db.Load("ok.json", R"({"claims":[{"subject":"s","relation":"amplifies","object":"o",
                                 "quote":"one\ttwo\r\nthree"}]})")
              .exit_code == 0);
  CHECK(db.StoredStrings().count("one\ttwo\r\nthree"));
  auto refused = db.Load("ff.json", R"({"claims":[{"subject":"s","relation":"amplifies",
                                       "object":"o","quote":"page\fbreak"}]})");
  CHECK(refused.exit_code == 1);
  CHECK_THAT(FirstLine(refused.err),
             Catch::Contains("claim 1: the quote 'page\\x0cbreak' contains the "
                             "control character U+000C at byte 5; quotes may hold "
                             "tab, line feed and carriage return but no other "
                             "control characters"));
}

TEST_CASE("the field rules follow the UTF-8 standard to the byte", "[fields]") {
  const std::pair<const char*, const char*> refused[] = {
      {"\xc0\xaf", "byte 1 is 0xC0"},          // overlong '/'
      {"a\xe0\x80\xaf", "byte 2 is 0xE0"},     // overlong, three bytes
      {"\xed\xa0\x80", "byte 1 is 0xED"},      // a surrogate
      {"\xf4\x90\x80\x80", "byte 1 is 0xF4"},  // past U+10FFFF
      {"ab\xe2\x82", "byte 3 is 0xE2"},        // cut short
      {"\x80", "byte 1 is 0x80"},              // a lone continuation byte
      {"abcdefgh\xff", "byte 9 is 0xFF"},      // after a run of plain text
  };
  for (const auto& [text, where] : refused) {
    CHECK_THAT(fields::Problem(Field::kLabel, text), Catch::Contains(where));
  }
  CHECK(fields::Problem(Field::kLabel, "\xf0\x9f\x99\x82 caf\xc3\xa9 \xe2\x82\xac").empty());
  CHECK_THAT(fields::Problem(Field::kLabel, "next\xc2\x85line"),
             Catch::Contains("control character U+0085 at byte 5"));
  CHECK_THAT(fields::Problem(Field::kLabel, "abcdefghijklmno\x7f"),
             Catch::Contains("U+007F at byte 16"));
  CHECK_THAT(fields::Problem(Field::kId, ""), Catch::Contains("is empty"));
  CHECK(fields::Problem(Field::kQuote, "").empty());
  CHECK(fields::Excerpt(std::string(50, 'x')) == "'" + std::string(40, 'x') + "...'");
}

TEST_CASE("a record never holds a length cut short: encoding an over-long field fails",
          "[fields][codec]") {
  TermInfo info;
  const std::size_t most = codec::MaxBytesOfWidth(codec::kTermNameWidth);
  auto fits = codec::EncodeTermRecord(std::string(most, 'n'), info);
  REQUIRE(fits.ok());
  std::string name;
  TermInfo decoded;
  REQUIRE(codec::DecodeTermRecord(fits.value(), name, decoded));
  CHECK(name.size() == most);
  CHECK_FALSE(codec::EncodeTermRecord(std::string(most + 1, 'n'), info).ok());
  info.labels["nl"] = std::string(most + 1, 'l');
  CHECK_FALSE(codec::EncodeTermRecord("n", info).ok());
  info.labels = {{std::string(256, 'x'), "label"}};
  CHECK_FALSE(codec::EncodeTermRecord("n", info).ok());

  Evidence e;
  e.modality = std::string(codec::MaxBytesOfWidth(codec::kModalityWidth) + 1, 'm');
  auto encoded = codec::EncodeEvidence(e);
  REQUIRE_FALSE(encoded.ok());
  CHECK(encoded.status().kind() == ErrorKind::kStorage);
  e.modality = "can";
  e.source = std::string(codec::MaxBytesOfWidth(codec::kSourceWidth) + 1, 's');
  CHECK_FALSE(codec::EncodeEvidence(e).ok());
}

}  // namespace
}  // namespace causalkg
