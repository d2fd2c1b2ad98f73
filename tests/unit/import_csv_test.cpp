// Claims tables (CSV, TSV): RFC 4180 fields, the header's names, what a
// row becomes, every error with its line and column, and that a load is
// all or nothing. Through the library and through the real binary.
#include <catch2/catch.hpp>

#include <sstream>

#include "import_loads.hpp"
#include "kb/ingest/format_registry.hpp"
#include "kb/ingest/formats/csv_header.hpp"
#include "kb/ingest/formats/csv_scanner.hpp"
#include "kb/ingest/load.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using testing::RunCausalkg;

const std::string kData = std::string(CAUSALKG_SOURCE_DIR) + "/tests/data/import/csv/";

// The records of `text` split by `delimiter`, each as its fields joined by
// '|', or the error as "error: ...".
std::vector<std::string> Records(const std::string& text, char delimiter = ',') {
  std::istringstream in(text);
  kb::csv::Scanner scanner(in, "t.csv", delimiter);
  std::vector<std::string_view> fields;
  std::vector<std::string> out;
  for (;;) {
    auto more = scanner.Next(fields);
    if (!more.ok()) {
      out.push_back("error: " + more.status().ToString());
      return out;
    }
    if (!*more) return out;
    std::string record;
    for (std::size_t i = 0; i < fields.size(); ++i)
      record += (i ? "|" : "") + std::string(fields[i]);
    out.push_back(record);
  }
}

TEST_CASE("the scanner reads fields as RFC 4180 writes them", "[import][csv]") {
  CHECK(Records("a,b,c\n1,2,3\n") == std::vector<std::string>{"a|b|c", "1|2|3"});
  // Quoted delimiters, doubled quotes, line breaks; an empty field; no final line break.
  CHECK(Records("a,\"b,c\",\"say \"\"hi\"\"\"\n\"two\nlines\",,x") ==
        std::vector<std::string>{"a|b,c|say \"hi\"", "two\nlines||x"});
  // CRLF, a byte order mark, blank lines skipped, a trailing delimiter.
  CHECK(Records("\xEF\xBB\xBF"
                "a,b\r\n\r\n  \n1,\r\n") == std::vector<std::string>{"a|b", "1|"});
  // Blanks around a quoted field; a CR inside a quoted field is kept.
  CHECK(Records("a, \"b\" ,\"c\rd\"\n") == std::vector<std::string>{"a|b|c\rd"});
  CHECK(Records("a\t\"b\tc\"\n", '\t') == std::vector<std::string>{"a|b\tc"});
  // Split by tabs, a quote inside a field is text, as TSV writers leave it.
  CHECK(Records("a\tthe 5\" screen\t\"x\"\n", '\t') ==
        std::vector<std::string>{"a|the 5\" screen|x"});
  CHECK(Records("").empty());
}

TEST_CASE("the scanner reads records across its blocks, and one larger than a block",
          "[import][csv]") {
  // Blocks are 4 MiB: rows of ~100 bytes put record and quote boundaries
  // at every offset around the first block's end, and a 9 MiB field
  // outgrows two blocks.
  std::string text = "subject,quote\n";
  std::vector<std::string> expected = {"subject|quote"};
  for (int i = 0; text.size() < (5u << 20); ++i) {
    const std::string quote =
        "line " + std::to_string(i) + ", \"quoted\"\n" + std::string(i % 97, 'x');
    std::string doubled;
    for (char c : quote) doubled += c == '"' ? std::string("\"\"") : std::string(1, c);
    text += "n" + std::to_string(i) + ",\"" + doubled + "\"\n";
    expected.push_back("n" + std::to_string(i) + "|" + quote);
  }
  const std::string big(9u << 20, 'y');
  text += "last,\"" + big + "\"\n";
  expected.push_back("last|" + big);
  CHECK(Records(text) == expected);
}

TEST_CASE("the scanner's errors name the line and the column in characters", "[import][csv]") {
  CHECK(Records("a,b\n\"x\ny\",\"never closed\nz\n") ==
        std::vector<std::string>{"a|b",
                                 "error: Load error: t.csv, line 3, column 4: a quoted field "
                                 "is never closed: no quote after this one ends it"});
  CHECK(Records("a,b\n\"é\"x,b\n").back() ==
        "error: Load error: t.csv, line 2, column 4: text after a closing quote: expected ',' or "
        "the end of the line, not 'x'");
  CHECK(Records("a,b\nçé\"d,b\n").back() ==
        "error: Load error: t.csv, line 2, column 3: a quote inside a field that does not start "
        "with one");
}

TEST_CASE("a header names the columns a claim is read from", "[import][csv]") {
  using kb::csv::Column;
  auto read = [](std::vector<std::string_view> names) { return kb::csv::ReadHeader(names); };
  auto ok = read({" Cause ", "RELATION", "sign", "Effect", "quote", "source", "confidence",
                  "modality", "notes", ""});
  REQUIRE_FALSE(ok.problem);
  CHECK(ok.header.Of(Column::kSubject) == 0u);
  CHECK(ok.header.Of(Column::kObject) == 3u);
  CHECK(ok.header.Of(Column::kSource) == 5u);
  CHECK(ok.header.columns[8] == Column::kUnread);
  CHECK(ok.header.remarks ==
        std::vector<std::string>{"column 'notes' was not read (causalkg reads subject, relation, "
                                 "sign, object, quote, source, confidence, modality, start, end, "
                                 "page, section, url, origin, tool and stance)"});
  // An edge list: source is the subject when no column is named so.
  auto edges = read({"Source", "Target", "Polarity"});
  REQUIRE_FALSE(edges.problem);
  CHECK(edges.header.Of(Column::kSubject) == 0u);
  CHECK_FALSE(edges.header.Of(Column::kSource));
  CHECK(read({"from", "to", "relation", "source"}).header.Of(Column::kSource) == 3u);

  auto twice = read({"subject", "cause", "relation", "object"});
  REQUIRE(twice.problem);
  CHECK(twice.problem->column == 1u);
  auto none = read({"subject", "object"});
  REQUIRE(none.problem);
  CHECK(none.problem->message ==
        "no column names the relation or its sign; the header is 'subject', 'object'");
  CHECK_FALSE(none.problem->column);
}

// Loads `path` into a fresh store; its export as JSON Lines, or the error.
std::string Loaded(const std::string& path, std::vector<std::string>* notes = nullptr) {
  testing::ScratchStore db;
  auto loaded = kb::LoadFiles(*db.store, {path});
  if (!loaded.ok()) return "error: " + loaded.status().ToString();
  if (notes) *notes = loaded->notes;
  return testing::ExportOf(*db.store, kb::ExportFormat::kJsonLines);
}

TEST_CASE("a claims table becomes claims with their evidence", "[import][csv]") {
  std::vector<std::string> notes;
  CHECK(Loaded(kData + "claims.csv", &notes) ==
        R"({"source":{"id":"interviews"}}
{"source":{"id":"scp-2025"}}
{"source":{"id":"survey-2024"}}
{"relation":{"id":"amplifies","polarity":"+"}}
{"relation":{"id":"feeds","polarity":"+"}}
{"relation":{"id":"increases","polarity":"+"}}
{"relation":{"id":"influences","polarity":"?"}}
{"relation":{"id":"weakens","polarity":"-"}}
{"confidence":1.0,"modality":"may","object":"social_inequality","quote":"a quote with blanks around it","relation":"increases","source":"survey-2024","subject":"digital_inequality"}
{"confidence":0.6,"modality":"can","object":"individualisation","quote":"Digitalisering kan de effecten van individualisering aanjagen, zegt het rapport.","relation":"amplifies","source":"scp-2025","subject":"digitalisation"}
{"object":"social_cohesion","quote":"Hij zei: \"samen\" is minder vanzelfsprekend.","relation":"weakens","source":"scp-2025","subject":"individualisation"}
{"object":"trust","relation":"influences","subject":"participation"}
{"confidence":0.8,"object":"trust","quote":"een citaat\nover twee regels","relation":"feeds","subject":"social_cohesion"}
{"object":"trust","quote":"een tweede citaat","relation":"feeds","source":"interviews","subject":"social_cohesion"}
{"object":"participation","relation":"influences","subject":"trust"}
)");
  CHECK(notes ==
        testing::NotesOf(
            kData + "claims.csv",
            {"column 'Notes' was not read (causalkg reads subject, relation, sign, object, quote, "
             "source, confidence, modality, start, end, page, section, url, origin, tool and "
             "stance)",
             "the sign gave the relation of 3 rows: 1 increases (+), 0 decreases (-), 2 influences "
             "(sign not stated; 1 of them with an empty sign)"}));

  SECTION("a TSV, by its extension") {
    CHECK(Loaded(kData + "claims.tsv") ==
          R"({"relation":{"id":"decreases","polarity":"-"}}
{"relation":{"id":"increases","polarity":"+"}}
{"object":"b","quote":"a quoted\ttab, and \"quotes\"","relation":"increases","subject":"a"}
{"object":"c","quote":"plain text, with a comma","relation":"decreases","subject":"b"}
{"object":"d","quote":"the 5\" screen","relation":"increases","subject":"c"}
)");
  }
  SECTION("semicolons, and decimal commas with them") {
    CHECK(Loaded(kData + "semicolons.csv") ==
          R"({"relation":{"id":"increases","polarity":"+"}}
{"confidence":0.7,"object":"social_inequality","relation":"increases","subject":"digital_inequality"}
{"confidence":0.5,"object":"digital_inequality","quote":"kan leiden tot; zegt men","relation":"increases","subject":"digitalisation"}
)");
  }
  SECTION("an edge list with CRLF lines: source,target and a polarity") {
    CHECK(Loaded(kData + "edges.csv", &notes) ==
          R"({"relation":{"id":"decreases","polarity":"-"}}
{"relation":{"id":"increases","polarity":"+"}}
{"relation":{"id":"influences","polarity":"?"}}
{"object":"b","relation":"increases","subject":"a"}
{"object":"c","relation":"decreases","subject":"b"}
{"object":"a","relation":"influences","subject":"c"}
)");
    CHECK(notes.front() ==
          kData + "edges.csv: " +
              "column 'Source' was read as the subject, since no column is named subject, cause or "
              "from");
  }
}

TEST_CASE("a table's format is told by its extension or its header", "[import][csv][formats]") {
  const kb::FormatRegistry& formats = kb::Formats();
  auto chosen = [&](std::string_view path, std::string_view head) {
    auto format = formats.Choose(path, head);
    return format.ok() ? (*format)->name : "error";
  };
  CHECK(chosen("x.csv", "") == "csv");
  CHECK(chosen("x.TSV", "") == "tsv");
  CHECK(chosen("x.tab", "") == "tsv");
  CHECK(chosen("claims", "\xEF\xBB\xBF\nsubject,relation,object\na,b,c\n") == "csv");
  CHECK(chosen("claims", "cause;effect;sign\n") == "csv");
  CHECK(chosen("claims.txt", "Source\tTarget\tPolarity\n") == "tsv");
  CHECK(chosen("notes.txt", "hello, world\n") == "error");
  // JSON Lines are no table, though their first line has commas.
  CHECK(chosen("claims",
               "{\"subject\":\"a\",\"relation\":\"b\",\"object\":\"c\"}\n"
               "{\"subject\":\"a\",\"relation\":\"b\",\"object\":\"c\"}\n") == "jsonl");
  // A file of another extension, named as a table, is read as one.
  testing::TempDir dir;
  const std::string path = dir.Write("claims.txt", "cause\teffect\tsign\na\tb\t-\n");
  testing::ScratchStore db;
  kb::LoadOptions options;
  options.format = "csv";  // a tab-split header still reads, under csv's name
  auto loaded = kb::LoadFiles(*db.store, {path}, options);
  INFO((loaded.ok() ? std::string() : loaded.status().ToString()));
  REQUIRE(loaded.ok());
  CHECK(loaded->claims == 1);
}

TEST_CASE("every error of a table names its place and stores nothing", "[import][csv]") {
  const std::string bad = kData + "bad/";
  // Each file, the error of loading it (after "Load error: FILE").
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"unterminated.csv",
       ", line 3, column 15: a quoted field is never closed: no quote after this one ends it"},
      {"after-quote.csv",
       ", line 2, column 23: text after a closing quote: expected ',' or the end of the line, not "
       "'t'"},
      {"inner-quote.csv",
       ", line 2, column 20: a quote inside a field that does not start with one"},
      {"too-few.csv", ", line 3, column 12: the row has 2 fields, but the header names 4 columns"},
      {"too-many.csv", ", line 2, column 19: the row has 5 fields, but the header names 4 columns"},
      {"no-object.csv",
       ", line 1, column 1: no column names the object; the header is 'subject', 'relation', "
       "'thing'"},
      {"twice.csv",
       ", line 1, column 9: column 2 ('cause') names the subject again: column 1 ('subject') "
       "names it already"},
      {"sign.csv", ", line 3, column 3: the sign must be +, - or ? (or nothing), not '++'"},
      {"sign-conflict.csv",
       ", line 4, column 9: relation 'feeds' has the sign - here, but + on line 2"},
      {"confidence.csv", ", line 3, column 15: field 'confidence' must be a number, not 'high'"},
      {"confidence-range.csv", ", line 2: field 'confidence' must be between 0 and 1, not 1.5"},
      {"empty-subject.csv", ", line 3: field 'subject' is empty"},
      {"empty-subject-bad-confidence.csv", ", line 2: field 'subject' is empty"},
      {"not-utf8.csv",
       ", line 2: field 'subject': the id 'a\\xff' is not valid UTF-8 (byte 2 is 0xFF); ids are "
       "UTF-8 text"},
      {"empty.csv", ": the table is empty: it needs a header naming its columns"},
  };
  testing::TempDir dir;
  const std::string db = dir.File("db");
  const std::string good = dir.Write("good.csv", "subject,relation,object\nx,increases,y\n");
  for (const auto& [file, error] : cases) {
    INFO(file);
    const std::string path = bad + file;
    CHECK(Loaded(path) == "error: Load error: " + path + error);
    // Through the binary, with a good file before it: nothing of either stored.
    auto run = RunCausalkg({"--db", db, "--empty", "load", good, path});
    CHECK(run.exit_code == 1);
    CHECK_THAT(run.err, Catch::StartsWith("Load error: " + path + error + "\n"));
    CHECK_THAT(run.err, Catch::EndsWith("Nothing was loaded; the database is as it was.\n"));
  }
  auto stats = RunCausalkg({"--db", db, "stats"});
  CHECK_THAT(stats.out, Catch::Contains("edges      0\n"));
}

TEST_CASE("a bad row late in a long table stores nothing of it", "[import][csv]") {
  testing::TempDir dir;
  std::string text = "subject,relation,object,quote\n";
  for (int i = 0; i < 4998; ++i) {
    text += "n" + std::to_string(i) + ",increases,n" + std::to_string(i + 1) + ",\"row, " +
            std::to_string(i) + "\"\n";
  }
  const std::string good = dir.Write("good.csv", text);
  const std::string bad = dir.Write("bad.csv", text + "n5000,increases,n5001,\"oops\n");
  const std::string db = dir.File("db");
  auto refused = RunCausalkg({"--db", db, "--empty", "load", bad});
  CHECK(refused.exit_code == 1);
  CHECK_THAT(refused.err,
             Catch::StartsWith("Load error: " + bad +
                               ", line 5000, column 23: a quoted field is never closed"));
  auto stats = RunCausalkg({"--db", db, "stats"});
  CHECK_THAT(stats.out, Catch::Contains("edges      0\n"));

  auto loaded = RunCausalkg({"--db", db, "load", good});
  REQUIRE(loaded.exit_code == 0);
  CHECK(loaded.out ==
        "Loaded 4998 claims: 4998 new edges, 4999 new nodes, 4998 pieces of "
        "evidence added, 1 new relation, 0 warnings\n");
  auto path = RunCausalkg({"--db", db, "query", "PATHS FROM n0 TO n3"});
  CHECK(path.out ==
        "n0 -[increases +]-> n1 -[increases +]-> n2 -[increases +]-> n3  net +  belief 0.2746\n"
        "1 path\n");
}

TEST_CASE("a table loads the same claims as the same JSON Lines", "[import][csv]") {
  // Every character a field can hold that the table must quote.
  testing::TempDir dir;
  std::string table = "subject,relation,object,source,quote,modality,confidence\n";
  std::string lines;
  const std::vector<std::string> quotes = {
      "plain", "with, comma", "with \"quotes\"", "two\nlines", "", "ümlaut; and tab\t"};
  const std::vector<std::string> relations = {"increases", "weakens", "feeds"};
  auto csv_field = [](const std::string& text) {
    if (text.find_first_of(",\"\n\t") == std::string::npos) return text;
    std::string out = "\"";
    for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
  };
  auto json_text = [](const std::string& text) {
    std::string out = "\"";
    for (char c : text) {
      if (c == '"')
        out += "\\\"";
      else if (c == '\n')
        out += "\\n";
      else if (c == '\t')
        out += "\\t";
      else
        out += c;
    }
    return out + "\"";
  };
  for (int i = 0; i < 600; ++i) {
    const std::string s = "n" + std::to_string(i % 37), o = "n" + std::to_string((i * 7) % 41);
    const std::string& r = relations[i % relations.size()];
    const std::string& q = quotes[i % quotes.size()];
    const std::string source = i % 4 ? "s" + std::to_string(i % 5) : "";
    const std::string confidence = i % 3 ? std::to_string((i % 10) / 10.0).substr(0, 3) : "";
    table += s + "," + r + "," + o + "," + source + "," + csv_field(q) + "," +
             (i % 2 ? "can" : "") + "," + confidence + "\n";
    lines += "{\"subject\":\"" + s + "\",\"relation\":\"" + r + "\",\"object\":\"" + o + "\"";
    if (!source.empty()) lines += ",\"source\":\"" + source + "\"";
    if (!q.empty()) lines += ",\"quote\":" + json_text(q);
    if (i % 2) lines += ",\"modality\":\"can\"";
    if (!confidence.empty()) lines += ",\"confidence\":" + confidence;
    lines += "}\n";
  }
  const std::string from_table = Loaded(dir.Write("claims.csv", table));
  CHECK_THAT(from_table, Catch::Contains("with, comma"));
  CHECK(from_table == Loaded(dir.Write("claims.jsonl", lines)));
}

}  // namespace
}  // namespace causalkg

namespace causalkg {
namespace {

// The claims lines of a JSON Lines export: what a table can carry.
std::string ClaimLines(const std::string& exported) {
  std::istringstream lines(exported);
  std::string line, out;
  while (std::getline(lines, line)) {
    if (line.rfind("{\"source\":{", 0) != 0 && line.rfind("{\"relation\":{", 0) != 0 &&
        line.rfind("{\"node\":{", 0) != 0) {
      out += line + "\n";
    }
  }
  return out;
}

TEST_CASE("a store exported as CSV loads back into the same claims", "[import][csv][export]") {
  testing::ScratchStore first;
  auto loaded = kb::LoadFiles(*first.store, {kData + "claims.csv", kData + "claims.tsv"});
  REQUIRE(loaded.ok());
  const std::string table =
      first.dir.Write("export.csv", testing::ExportOf(*first.store, kb::ExportFormat::kCsv));
  testing::ScratchStore second;
  auto reloaded = kb::LoadFiles(*second.store, {table});
  INFO((reloaded.ok() ? std::string() : reloaded.status().ToString()));
  REQUIRE(reloaded.ok());
  const std::string before = testing::ExportOf(*first.store, kb::ExportFormat::kJsonLines);
  const std::string after = testing::ExportOf(*second.store, kb::ExportFormat::kJsonLines);
  CHECK_THAT(before, Catch::Contains("een citaat\\nover twee regels"));
  CHECK(ClaimLines(after) == ClaimLines(before));
  // The relations keep their signs: the polarity column declares them.
  CHECK(second.store->RelationPolarity(testing::IdOf(*second.store, "feeds")) ==
        Polarity::kPositive);
  CHECK(second.store->RelationPolarity(testing::IdOf(*second.store, "weakens")) ==
        Polarity::kNegative);
}

}  // namespace
}  // namespace causalkg

namespace causalkg {
namespace {

TEST_CASE("a sign ? declares its relation causal with the sign not stated", "[import][csv]") {
  CHECK(Loaded(kData + "unknown-sign.csv") ==
        R"({"relation":{"id":"shapes","polarity":"?"}}
{"relation":{"id":"weakens","polarity":"-"}}
{"object":"participation","relation":"shapes","subject":"individualisation"}
{"object":"trust","relation":"weakens","subject":"individualisation"}
{"object":"individualisation","relation":"shapes","subject":"participation"}
)");
  testing::TempDir dir;
  const std::string db = dir.File("db");
  REQUIRE(RunCausalkg({"--db", db, "--empty", "load", kData + "unknown-sign.csv"}).exit_code == 0);
  auto loops = RunCausalkg({"--db", db, "query", "LOOPS"});
  CHECK(loops.out ==
        "U  participation -[shapes ?]-> individualisation -[shapes ?]-> participation  belief "
        "0.4225\n"
        "1 loop\n");
}

}  // namespace
}  // namespace causalkg
