// The keyword table (grammar/keywords.hpp) is the one list of the query
// language's keywords: the parser takes each where the table places it, the
// keyword guard refuses exactly its words as bare names, and the parse
// errors, the shell's completion and its help say what it says.
#include <algorithm>
#include <catch2/catch.hpp>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "cli/help_topics.hpp"
#include "cli/shell/completion.hpp"
#include "engine/exec/chains.hpp"
#include "grammar/keywords.hpp"
#include "grammar/lexical.hpp"
#include "grammar/limits.hpp"
#include "grammar/parse.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using grammar::KeywordRole;
using grammar::KeywordUse;

std::string Lower(std::string_view word) {
  std::string lower(word);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower;
}

std::string Join(const std::vector<std::string_view>& words) {
  std::string joined;
  for (std::string_view word : words) joined += (joined.empty() ? "" : ", ") + std::string(word);
  return joined;
}

// A token of an example: where it starts and ends in the text.
struct Token {
  std::size_t begin, end;
  std::string_view text;
};

// The words, quoted strings and single characters of `text`, in order.
std::vector<Token> Tokens(std::string_view text) {
  std::vector<Token> tokens;
  const char* const first = text.data();
  const char* const last = first + text.size();
  for (const char* it = grammar::lexical::SkipBlanks(first, last); it != last;
       it = grammar::lexical::SkipBlanks(it, last)) {
    const char* end = grammar::lexical::ScanWord(it, last);
    if (end == it && grammar::lexical::IsQuote(*it))
      end = grammar::lexical::ScanQuoted(it, last).end;
    if (end == it && *it == '?') end = grammar::lexical::ScanWord(it + 1, last);
    if (end == it) end = it + 1;
    tokens.push_back({static_cast<std::size_t>(it - first), static_cast<std::size_t>(end - first),
                      std::string_view(it, static_cast<std::size_t>(end - it))});
    it = end;
  }
  return tokens;
}

// The first token of `example` that is `word`, in any case.
std::size_t WordAt(const std::vector<Token>& tokens, std::string_view word) {
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (grammar::lexical::EqualsIgnoreCase(tokens[i].text, word)) return i;
  }
  return tokens.size();
}

std::vector<std::string> Sorted(std::vector<std::string_view> words) {
  std::vector<std::string> sorted(words.begin(), words.end());
  std::sort(sorted.begin(), sorted.end());
  return sorted;
}

bool Has(const std::vector<std::string>& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

TEST_CASE("every place of the keyword table parses, and the word acts there as a keyword",
          "[keywords]") {
  for (const KeywordUse& use : grammar::kKeywordTable) {
    INFO(use.word << " in: " << use.example);
    grammar::ParseResult parsed = grammar::Parse(use.example);
    REQUIRE_FALSE(parsed.error.has_value());
    REQUIRE(parsed.statements.size() == 1);

    // The example puts the word where the table says it goes.
    const std::vector<Token> tokens = Tokens(use.example);
    const std::size_t at = WordAt(tokens, use.word);
    REQUIRE(at < tokens.size());
    std::string before = at == 0 ? std::string(grammar::kStatementStart) : "";
    if (at > 0 && grammar::IsKeyword(tokens[at - 1].text)) {
      before = grammar::UsesOf(tokens[at - 1].text).front()->word;
    }
    std::string statement;
    for (const Token& token : tokens) {
      const auto uses = grammar::UsesOf(token.text);
      if (!uses.empty() && uses.front()->role == KeywordRole::kStatement) {
        statement = uses.front()->word;
        break;
      }
    }
    const bool directly_after = grammar::ListNames(use.after, before);
    const bool within = grammar::ListNames(use.in, grammar::kAnyStatement) ||
                        (at > 0 && grammar::ListNames(use.in, statement));
    CHECK((directly_after || within));

    // Quoted, the word is a name, and the statement no longer parses: the
    // parser took it as this keyword.
    std::string quoted(use.example);
    quoted.replace(tokens[at].begin, tokens[at].end - tokens[at].begin,
                   "'" + Lower(use.word) + "'");
    INFO("quoted: " << quoted);
    CHECK(grammar::Parse(quoted).error.has_value());
  }
}

TEST_CASE("the table's examples run on the bundled report", "[keywords]") {
  // They are the help's "for example"; in the table's order, so that REMOVE
  // finds what ADD added.
  testing::TempDir dir;
  for (const KeywordUse& use : grammar::kKeywordTable) {
    const ast::Statement statement = grammar::Parse(use.example).statements.at(0);
    // Files are the user's: LOAD's is not there, TO would write one here.
    if (std::holds_alternative<ast::Load>(statement.body) || statement.output.file) continue;
    auto run = testing::RunCausalkg({"--db", dir.File("db"), "query", std::string(use.example)});
    INFO(use.word << ": " << use.example << "\n" << run.err);
    CHECK(run.exit_code == 0);
    CHECK_FALSE(run.out.empty());
  }
}

TEST_CASE("the keyword guard refuses each keyword as a bare name and takes it quoted",
          "[keywords]") {
  for (std::string_view word : grammar::KeywordWords()) {
    for (const std::string& spelled : {std::string(word), Lower(word)}) {
      INFO(spelled);
      CHECK(grammar::IsKeyword(spelled));
      // A keyword that is also a built-in relation is that relation where a
      // relation goes (relation_keywords_test.cpp); it is refused as a node.
      const std::string bare = grammar::IsRelationKeyword(spelled) ? "MATCH ?a ?r " + spelled
                                                                   : "MATCH ?a " + spelled + " ?b";
      grammar::ParseResult refused = grammar::Parse(bare);
      REQUIRE(refused.error.has_value());
      CHECK(refused.error->offset == bare.find(spelled, 6));
      CHECK(refused.error->hint == std::string(word) +
                                       " is a keyword; quote it to use it as a name: '" +
                                       Lower(word) + "'");

      grammar::ParseResult quoted = grammar::Parse("MATCH ?a '" + spelled + "' ?b");
      REQUIRE_FALSE(quoted.error.has_value());
      const auto& match = std::get<ast::Match>(quoted.statements.at(0).body);
      const auto& name = std::get<ast::Name>(match.patterns.at(0).relation);
      CHECK(name.text == spelled);
      CHECK(name.quoted);
    }
  }
}

TEST_CASE("the words the rules spell are the table's words, and no others are refused",
          "[keywords]") {
  // The X3 rules' literals ("PATHS", "FROM_after_PATHS"'s word) are checked
  // against the table when the grammar compiles; read them here too, so that
  // a rule that stopped using a word of the table shows.
  const std::string rules =
      testing::ReadFile(std::string(CAUSALKG_SOURCE_DIR) + "/grammar/x3/query_def.hpp");
  REQUIRE_FALSE(rules.empty());
  std::set<std::string> spelled;
  const std::regex literal(R"(Kw\("([A-Z]+)\")");
  for (auto it = std::sregex_iterator(rules.begin(), rules.end(), literal);
       it != std::sregex_iterator(); ++it) {
    spelled.insert((*it)[1]);
  }
  std::set<std::string> table;
  for (std::string_view word : grammar::KeywordWords()) table.insert(std::string(word));
  CHECK(spelled == table);

  // Words near keywords, and the language's other words, are names.
  std::vector<std::string> names = {"none",    "lever", "recommendation", "is_a",     "sign_of",
                                    "why_not", "to-do", "order:by",       "ascending"};
  for (std::string_view word : grammar::KeywordWords()) {
    names.push_back(std::string(word) + "S");
    names.push_back("X" + std::string(word));
    names.push_back(Lower(word) + "_1");
  }
  for (const std::string& name : names) {
    if (table.count(name)) continue;  // e.g. a keyword plus S that is a keyword too
    INFO(name);
    CHECK_FALSE(grammar::IsKeyword(name));
    CHECK_FALSE(grammar::Parse("MATCH ?a " + name + " ?b").error.has_value());
  }
}

TEST_CASE("parse errors name the table's statements, options and formats", "[keywords]") {
  grammar::ParseResult nothing = grammar::Parse("FOO");
  REQUIRE(nothing.error.has_value());
  CHECK(nothing.error->message == "expected a statement (" + Join(grammar::StatementWords()) + ")");

  for (std::string_view word : grammar::StartingWords()) {
    std::string typo = std::string(word) + std::string(1, word.back());
    grammar::ParseResult result = grammar::Parse(typo + " x");
    INFO(typo);
    REQUIRE(result.error.has_value());
    CHECK(result.error->hint == "did you mean " + std::string(word) + "?");
  }

  // After a complete statement, the hint lists what may still follow it.
  for (const KeywordUse& use : grammar::kKeywordTable) {
    if (use.role != KeywordRole::kStatement) continue;
    const std::string text = std::string(use.example) + " 123";
    grammar::ParseResult result = grammar::Parse(text);
    INFO(text);
    REQUIRE(result.error.has_value());
    std::vector<std::string_view> following = grammar::OptionsOf(use.word);
    for (std::string_view output : grammar::OutputWords()) following.push_back(output);
    CHECK(result.error->hint == "keywords: " + Join(following));
  }

  std::vector<std::string_view> formats = grammar::FormatWords();
  const std::string last(formats.back());
  formats.pop_back();
  grammar::ParseResult format = grammar::Parse("LOOPS AS XML");
  REQUIRE(format.error.has_value());
  CHECK(format.error->message == "expected " + Join(formats) + " or " + last + " after AS");
}

TEST_CASE("completion offers the keywords the table places where the cursor is", "[keywords]") {
  testing::ScratchStore db;
  testing::MustLoad(*db.store, R"({"claims":[
      {"subject":"digitalisation","relation":"weakens","object":"social_cohesion"}]})");
  cli::Completions completions(*db.store, {".help", ".quit"});

  // At the start of a statement: what may begin one, and no names.
  CHECK(completions.For("", false, "") == Sorted(grammar::StartingWords()));
  CHECK(completions.For("pa", false, "  ") == std::vector<std::string>{"paths"});
  CHECK(completions.For(".q", false, "") == std::vector<std::string>{".quit"});

  // Directly after a word that something must follow, only that.
  CHECK(completions.For("", false, "PATHS ") == std::vector<std::string>{"FROM"});
  CHECK(completions.For("", false, "count ") == std::vector<std::string>{"LOOPS", "MATCH"});
  CHECK(completions.For("", false, "LOOPS AS ") == Sorted(grammar::FormatWords()));
  std::vector<std::string_view> after_explain = grammar::StatementWords();
  after_explain.push_back("COUNT");
  CHECK(completions.For("", false, "EXPLAIN ") == Sorted(after_explain));

  // Later in a statement: its options and clauses, what ends any
  // statement, and names; not the options of other statements.
  const std::vector<std::string> in_paths = completions.For("", false, "PATHS FROM a TO b ");
  for (std::string_view option : grammar::OptionsOf("PATHS")) CHECK(Has(in_paths, option));
  for (std::string_view output : grammar::OutputWords()) CHECK(Has(in_paths, output));
  CHECK(Has(in_paths, "digitalisation"));
  CHECK_FALSE(Has(in_paths, "QUOTE"));
  CHECK_FALSE(Has(in_paths, "PATHS"));
  CHECK(completions.For("dig", false, "EFFECTS OF ") == std::vector<std::string>{"digitalisation"});

  // The statement may have begun on an earlier line, and a `;` ends it.
  completions.SetEarlierLines("ADD digitalisation weakens\n");
  const std::vector<std::string> in_add = completions.For("", false, "  social_cohesion ");
  for (std::string_view option : grammar::OptionsOf("ADD")) CHECK(Has(in_add, option));
  CHECK_FALSE(Has(in_add, "DEPTH"));
  CHECK(completions.For(".q", false, "") == std::vector<std::string>{});
  completions.SetEarlierLines("");
  CHECK(completions.For("", false, "LOOPS; ") == Sorted(grammar::StartingWords()));

  // Every place in the table: the word is offered there.
  for (const KeywordUse& use : grammar::kKeywordTable) {
    const std::vector<Token> tokens = Tokens(use.example);
    const Token& word = tokens.at(WordAt(tokens, use.word));
    const std::string before(use.example.substr(0, word.begin));
    INFO(use.word << " after: " << before);
    CHECK(Has(completions.For(std::string(use.word.substr(0, 1)), false, before), use.word));
  }
}

TEST_CASE("help lists every statement of the table and explains every keyword", "[keywords]") {
  const std::string summary = cli::StatementSummary();
  for (const KeywordUse& use : grammar::kKeywordTable) {
    INFO(use.word);
    const std::string help = cli::StatementHelp(Lower(use.word));
    CHECK_THAT(help, Catch::Contains(std::string(use.syntax)));
    if (use.role == KeywordRole::kStatement || use.role == KeywordRole::kPrefix) {
      CHECK_THAT(summary, Catch::Contains("  " + std::string(use.syntax) + "\n"));
      // A statement's help explains it, beyond the table's line.
      CHECK_THAT(help, Catch::Contains("Any statement may end with AS TABLE"));
    } else {
      CHECK_THAT(help, Catch::Contains(std::string(use.summary)));
      CHECK_THAT(help, Catch::Contains("for example: " + std::string(use.example)));
    }
  }
  CHECK(cli::StatementHelp("PATHSX").empty());

  // As the shell shows it.
  testing::TempDir dir;
  auto shown = testing::RunCausalkg({"--db", dir.File("db")}, ".help\n.help depth\n");
  REQUIRE(shown.exit_code == 0);
  for (std::string_view word : grammar::StatementWords()) {
    CHECK_THAT(shown.out,
               Catch::Contains("  " + std::string(grammar::UsesOf(word).front()->syntax)));
  }
  CHECK_THAT(shown.out, Catch::Contains("DEPTH n\n  chains of at most n steps\n"));
}

TEST_CASE("the maximum DEPTH is one number for the parser, the engine and the help", "[keywords]") {
  static_assert(kMaxDepth == grammar::kMaxDepth);
  const std::string max = std::to_string(grammar::kMaxDepth);
  const std::string over = std::to_string(grammar::kMaxDepth + 1);
  CHECK_FALSE(grammar::Parse("PATHS FROM a TO b DEPTH " + max).error.has_value());

  testing::TempDir dir;
  const std::string db = dir.File("db");
  auto refused = testing::RunCausalkg(
      {"--db", db, "query", "PATHS FROM digitalisation TO social_cohesion DEPTH " + over});
  CHECK(refused.exit_code == 1);
  CHECK_THAT(refused.err,
             Catch::StartsWith("Parse error: DEPTH must be between 1 and " + max + "\n"));
  auto help = testing::RunCausalkg({"--db", db}, ".help PATHS\n");
  CHECK_THAT(help.out, Catch::Contains("(default 4, at most " + max + ")"));
  auto deepest = testing::RunCausalkg(
      {"--db", db, "query", "SHORTEST FROM digitalisation TO social_cohesion DEPTH " + max});
  CHECK(deepest.exit_code == 0);
}

TEST_CASE("the fuzzers' dictionary holds every keyword", "[keywords]") {
  const std::string dict =
      testing::ReadFile(std::string(CAUSALKG_SOURCE_DIR) + "/tests/fuzz/query.dict");
  REQUIRE_FALSE(dict.empty());
  for (std::string_view word : grammar::KeywordWords()) {
    INFO(word);
    CHECK_THAT(dict, Catch::Contains("=\"" + std::string(word) + "\"\n"));
  }
}

}  // namespace
}  // namespace causalkg
