// Stored text reaches the terminal and Graphviz as something they can take:
// control characters shown as escapes, never a raw ESC or NUL, names that
// Graphviz would reject cut short, JSON written also for bytes that are not
// UTF-8.
#include <catch2/catch.hpp>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "cli/render/dot_output.hpp"
#include "cli/render/json_output.hpp"
#include "cli/render/table_output.hpp"
#include "cli/render/text_table.hpp"
#include "engine/common/visible_text.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using testing::RunCausalkg;

// The bytes of a literal, NULs included.
template <std::size_t N>
std::string Bytes(const char (&text)[N]) {
  return std::string(text, N - 1);
}

// Bytes below 0x20 other than the line ends of the output itself.
std::size_t ControlBytes(const std::string& text) {
  return std::count_if(text.begin(), text.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x20 && c != '\n'; });
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// Runs `dot -Tsvg` on `dot_text`; true when Graphviz accepted it.
bool DotAccepts(const testing::TempDir& dir, const std::string& dot_text) {
  const std::string in = dir.Write("graph.dot", dot_text);
  const std::string command =
      "dot -Tsvg -o '" + dir.File("graph.svg") + "' '" + in + "' 2>'" + dir.File("dot.err") + "'";
  const bool ok = std::system(command.c_str()) == 0;
  INFO(testing::ReadFile(dir.File("dot.err")));
  return ok;
}

// A result as a store written before stored text was checked could give:
// names with ESC sequences, a bell, a NUL, a tab, a C1 control and a byte
// that is not UTF-8, on a chain a -> b -> c.
QueryResult HostileChain() {
  QueryResult result;
  auto name = [&](TermId id, std::string text, std::string label) {
    result.names[id].name = std::move(text);
    if (!label.empty()) result.names[id].labels["en"] = std::move(label);
  };
  name(1, Bytes("red\x1b[31mA\0x"), Bytes("clear\x1b[2J\x07 screen"));
  name(2, "tab\there",
       Bytes("nul\0and\xc2\x9b"
             "c1 and \xff bad"));
  name(3, "plain", "");
  name(10, "amplifies", "");
  result.names[10].polarity = Polarity::kPositive;
  Path path;
  path.nodes = {1, 2, 3};
  path.steps = {{10, Polarity::kPositive, {}}, {10, Polarity::kPositive, {}}};
  result.body = PathsResult{PathKind::kPaths, {path}, false};
  return result;
}

TEST_CASE("control characters and bad bytes are shown as escapes, other text as it is",
          "[escaping]") {
  CHECK(Visible("social cohesion") == "social cohesion");
  CHECK(Visible("café 🙂 \\ back") == "café 🙂 \\ back");
  CHECK(Visible("a\x1b[31mb") == "a\\x1b[31mb");
  CHECK(Visible(std::string("nul\0end", 7)) == "nul\\x00end");
  CHECK(Visible("line\nnext\ttab\rret\x7f") == "line\\nnext\\ttab\\rret\\x7f");
  CHECK(Visible("c1 \xc2\x9b csi") == "c1 \\u009b csi");
  CHECK(Visible("bad \xff \xc3 \xed\xa0\x80") == "bad \\xff \\xc3 \\xed\\xa0\\x80");
  CHECK(IsVisible("sociale samenhang ë"));
  CHECK_FALSE(IsVisible("a\x1b"));
}

TEST_CASE("a quote's tabs and line breaks come out of the binary escaped, on one line",
          "[escaping]") {
  testing::TempDir dir;
  const std::string db = dir.File("db");
  const std::string claims =
      dir.Write("claims.json", R"({"claims": [{"subject": "screen_time", "relation": "weakens",
        "object": "trust", "source": "notes",
        "quote": "first\tcolumn\r\nsecond line\nthird"}]})");
  REQUIRE(RunCausalkg({"--db", db, "--empty", "load", claims}).exit_code == 0);

  auto why = RunCausalkg({"--db", db, "query", "WHY screen_time trust", "--format", "table"});
  REQUIRE(why.exit_code == 0);
  CHECK(ControlBytes(why.out) == 0);
  CHECK_THAT(why.out, Catch::Contains(R"(  "first\tcolumn\r\nsecond line\nthird")"));
}

TEST_CASE("names with control characters are escaped in tables and chains, which stay aligned",
          "[escaping]") {
  const QueryResult chain = HostileChain();
  for (const std::string language : {"en", "id"}) {
    const std::string text = cli::ResultAsText(chain, {language, 0, false});
    INFO(text);
    CHECK(ControlBytes(text) == 0);
    CHECK(text.find('\0') == std::string::npos);
  }
  const std::string labels = cli::ResultAsText(chain, {"en", 0, false});
  CHECK_THAT(labels, Catch::StartsWith("clear\\x1b[2J\\x07 screen -[amplifies +]-> "
                                       "nul\\x00and\\u009bc1 and \\xff bad -[amplifies +]-> "
                                       "plain  net +\n"));
  const std::string ids = cli::ResultAsText(chain, {"id", 0, false});
  CHECK_THAT(ids, Catch::StartsWith("red\\x1b[31mA\\x00x -[amplifies +]-> tab\\there"));

  // A MATCH table: the second column starts at the same place on every line,
  // on a terminal as in a pipe, since escapes take the room they show.
  QueryResult match = chain;
  MatchResult rows;
  rows.columns = {"?a", "?b"};
  rows.rows = {{1, 3}, {2, 3}, {3, 3}};
  match.body = rows;
  for (const std::size_t width : {0, 30}) {
    const auto lines = Lines(cli::ResultAsText(match, {"en", width, true}));
    REQUIRE(lines.size() == 6);
    const std::size_t column = lines[0].find("?b");
    for (std::size_t i = 2; i < 5; ++i) {
      INFO(lines[i]);
      CHECK(ControlBytes(lines[i]) == 0);
      CHECK(cli::DisplayWidth(lines[i].substr(0, lines[i].rfind("plain"))) == column);
      if (width > 0) CHECK(cli::DisplayWidth(lines[i]) <= width);
    }
  }
}

TEST_CASE("DOT of names with NUL and ESC holds no control bytes and Graphviz draws it",
          "[escaping][dot]") {
  testing::TempDir dir;
  const QueryResult chain = HostileChain();
  // English last: its picture is read below.
  for (const std::string language : {"id", "en"}) {
    auto dot = cli::ResultAsDot(chain, language);
    REQUIRE(dot.ok());
    INFO(*dot);
    CHECK(dot->find('\0') == std::string::npos);
    CHECK(ControlBytes(*dot) == 0);
    CHECK(DotAccepts(dir, *dot));
  }
  const std::string svg = testing::ReadFile(dir.File("graph.svg"));
  CHECK_THAT(svg, Catch::Contains("clear\\x1b[2J\\x07 screen"));  // as the table shows it
}

TEST_CASE("names too long for Graphviz are cut short in DOT, with a note, and stay apart",
          "[escaping][dot]") {
  testing::TempDir dir;
  // A store written before names were held to a kilobyte could give: a
  // label far past Graphviz's 16 KB string limit, and two ids that differ
  // only past the cut, on start -> wide...a -> end and start -> wide...b -> end.
  const std::string label(30000, 'L'), wide(3000, 'W');
  QueryResult result;
  result.names[1].name = "start";
  result.names[1].labels["en"] = label;
  result.names[2].name = wide + "a";
  result.names[3].name = wide + "b";
  result.names[4].name = "end";
  result.names[10].name = "increases";
  Path via_a, via_b;
  via_a.nodes = {1, 2, 4};
  via_b.nodes = {1, 3, 4};
  via_a.steps = via_b.steps = {{10, Polarity::kPositive, {}}, {10, Polarity::kPositive, {}}};
  result.body = PathsResult{PathKind::kPaths, {via_a, via_b}, false};

  // Whole, the label alone is more than Graphviz takes.
  CHECK_FALSE(DotAccepts(dir, "digraph { \"a\" [label=\"" + label + "\"]; }\n"));

  auto dot = cli::ResultAsDot(result, "en");
  REQUIRE(dot.ok());
  CHECK(DotAccepts(dir, *dot));
  CHECK_THAT(*dot, Catch::Contains("names over 2000 characters cut short"));
  CHECK(dot->find(label) == std::string::npos);
  CHECK_THAT(*dot, Catch::Contains("[label=\"" + std::string(2000, 'L') + "…\""));
  // Four nodes, four distinct ids, and the four edges between them (beside
  // the legend's samples).
  std::set<std::string> ids;
  std::size_t edges = 0;
  for (const std::string& line : Lines(*dot)) {
    if (line.find(" -> ") != std::string::npos && line.find("\"legend ") == std::string::npos)
      ++edges;
    if (line.find(" [label=") != std::string::npos && line.find(" -> ") == std::string::npos)
      ids.insert(line.substr(0, line.find(" [label=")));
  }
  CHECK(ids.size() == 4);
  CHECK(edges == 4);
  // Tables keep whole names: only Graphviz needs them short.
  CHECK_THAT(cli::ResultAsText(result, {"en", 0, false}), Catch::Contains(label));
}

TEST_CASE("JSON of text that is not UTF-8 is written with U+FFFD instead of failing",
          "[escaping][json]") {
  QueryResult result = HostileChain();
  std::string text;
  REQUIRE_NOTHROW(text = cli::ResultAsJson(result, "en"));
  const auto parsed = nlohmann::json::parse(text);
  CHECK(parsed["paths"][0]["labels"][1] == Bytes("nul\0and\xc2\x9b"
                                                 "c1 and \xef\xbf\xbd bad"));

  const Status error = Status::Name("unknown node 'bad \xff name'");
  REQUIRE_NOTHROW(text = cli::JsonText(cli::ErrorAsJson(error, "PATHS FROM x TO y")));
  CHECK_THAT(nlohmann::json::parse(text)["error"]["message"].get<std::string>(),
             Catch::Contains("bad \xef\xbf\xbd name"));
}

TEST_CASE("a JSON error about a name that is not UTF-8 is still JSON", "[escaping][json]") {
  testing::TempDir dir;
  auto run = RunCausalkg({"--db", dir.File("db"), "query", "PATHS FROM 'bad\xff' TO digitalisation",
                          "--format", "json"});
  CHECK(run.exit_code == 1);
  INFO(run.out << run.err);
  CHECK(run.err.find("Internal error") == std::string::npos);
  const auto error = nlohmann::json::parse(run.out, nullptr, false);
  REQUIRE(error.is_object());
  CHECK(error.contains("error"));
}

TEST_CASE("the caret under an error shows the statement escaped and cut around the error",
          "[escaping]") {
  CHECK(VisibleCaret("PATHS FROM a b", 13) == "PATHS FROM a b\n             ^");
  CHECK(VisibleCaret("s\xc3\xa9\tx\x1b y", 7) == "s\xc3\xa9\tx\\x1b y\n  \t      ^");
  const std::string long_line = std::string(1000, 'a') + " oops " + std::string(1000, 'b');
  const std::string shown = VisibleCaret(long_line, 1001);
  const std::string first_line = shown.substr(0, shown.find('\n'));
  CHECK(first_line == "..." + std::string(59, 'a') + " oops " + std::string(55, 'b') + "...");
  CHECK(shown.substr(shown.find('\n') + 1) == std::string(63, ' ') + "^");
}

TEST_CASE("an error in a statement with ESC and a huge name puts neither on the terminal",
          "[escaping]") {
  testing::TempDir dir;
  const std::string huge(100000, 'x');  // one argument holds at most 128 KiB
  auto run = RunCausalkg(
      {"--db", dir.File("db"), "query", "PATHS FROM '\x1b[2J" + huge + "' TO digitalisation"});
  CHECK(run.exit_code == 1);
  CHECK(run.err.find('\x1b') == std::string::npos);
  CHECK(run.err.size() < 2000);
  CHECK_THAT(run.err, Catch::Contains("\\x1b[2J"));
}

}  // namespace
}  // namespace causalkg
