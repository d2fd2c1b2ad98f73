// The lexicons: their line format, a user's additions (--lexicon), the
// inflection of Dutch verbs, and the readable view of marked-up text.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include "extract_support.hpp"
#include "kb/extract/dutch_verb_forms.hpp"
#include "kb/extract/lexicon.hpp"
#include "kb/extract/markup.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using kb::extract::Language;
using testing::RunCausalkg;

bool Has(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

TEST_CASE("the bundled lexicons read, each with every kind of cue", "[extract]") {
  for (Language language : {Language::kEnglish, Language::kDutch}) {
    kb::extract::Lexicon lexicon(language);
    Status s = lexicon.Add(kb::extract::BundledLexicon(language), "bundled");
    INFO(s.ToString());
    REQUIRE(s.ok());
    std::set<kb::extract::EntryKind> kinds;
    for (const auto& entry : lexicon.entries()) kinds.insert(entry.kind);
    for (auto kind : {kb::extract::EntryKind::kVerb, kb::extract::EntryKind::kInfluence,
                      kb::extract::EntryKind::kNoun, kb::extract::EntryKind::kChange,
                      kb::extract::EntryKind::kConnective, kb::extract::EntryKind::kMarker,
                      kb::extract::EntryKind::kComparison, kb::extract::EntryKind::kRoot,
                      kb::extract::EntryKind::kHedge, kb::extract::EntryKind::kNegation}) {
      CHECK(kinds.count(kind) == 1);
    }
  }
}

TEST_CASE("a lexicon line that does not read is refused with its line", "[extract]") {
  kb::extract::Lexicon lexicon(Language::kEnglish);
  struct Case {
    std::string line, message;
  };
  for (const Case& c : std::vector<Case>{
           {"verbb\tboost\t+", "unknown kind 'verbb'"},
           {"verb\tboost\tup", "the value of a verb is its sign, not 'up'"},
           {"verb\t\t+", "no phrase after the kind"},
           {"connective\tso\tbefore", "the value of a connective is cause, effect, condition"},
           {"noun\teffect of X\t?", "a noun pattern is: noun, preposition, X, preposition, Y"},
           {"noun\tcause of Y is Y\t+", "a noun pattern is: noun, preposition, X, preposition, Y"},
           {"change\trise\t?", "the value of a change is its sign"},
           {"adverb\tsoon\t+", "an adverb takes no value"},
           {"event\tgun battle", "an event entry is one word"},
           {"harm\tkilled\t+", "a harm takes no value"},
           {"state\tharder\tdown", "the value of a state is empty, + or -, not 'down'"},
           {"report-noun\tclaims\t+", "a report-noun takes no value"},
           {"ing-modifier\tdrinking water", "an ing-modifier entry is one word"},
           {"classing\tregarded as", "a classing entry is one word"},
           {"classing\tclassed\t+", "a classing takes no value"},
           {"destination\tdiverted to", "a destination entry is one word"},
           {"chance\tde kans", "a chance entry is one word"},
       }) {
    INFO(c.line);
    const Status s = lexicon.Add("# a comment\n" + c.line + "\n", "mine.en.tsv");
    REQUIRE_FALSE(s.ok());
    CHECK(s.kind() == ErrorKind::kLoad);
    CHECK(s.file() == "mine.en.tsv");
    CHECK(s.line() == 2);
    CHECK_THAT(s.message(), Catch::Contains(c.message));
  }
  CHECK(lexicon.entries().empty());
}

TEST_CASE("Dutch verbs are inflected from the infinitive, particles fused and apart", "[extract]") {
  const auto vergroten = kb::extract::InflectDutchVerb("vergroten", "", {});
  for (const char* form : {"vergroten", "vergroot", "vergrootte", "vergrootten", "vergrotend"}) {
    INFO(form);
    CHECK(Has(vergroten.forms, form));
  }
  const auto verzwakken = kb::extract::InflectDutchVerb("verzwakken", "", {});
  for (const char* form : {"verzwakt", "verzwakte", "verzwakten"}) {
    INFO(form);
    CHECK(Has(verzwakken.forms, form));
  }
  const auto stimuleren = kb::extract::InflectDutchVerb("stimuleren", "", {});
  CHECK(Has(stimuleren.forms, "stimuleert"));
  CHECK(Has(stimuleren.forms, "gestimuleerd"));
  const auto toenemen = kb::extract::InflectDutchVerb("nemen", "toe", {"nam", "namen", "genomen"});
  for (const char* form : {"toenemen", "toeneemt", "toegenomen", "toenam"}) {
    INFO(form);
    CHECK(Has(toenemen.forms, form));
  }
  for (const char* form : {"neemt", "nam", "namen", "nemen"}) {
    INFO(form);
    CHECK(Has(toenemen.finite, form));
  }
  const auto aantasten = kb::extract::InflectDutchVerb("tasten", "aan", {});
  CHECK(Has(aantasten.forms, "aangetast"));
  CHECK(Has(aantasten.finite, "tast"));
}

TEST_CASE("a user's lexicon adds a word list: a classing verb's 'as' gives no reason",
          "[extract][cli]") {
  testing::TempDir dir;
  const std::string db = dir.File("db");
  const std::string english = dir.Write("mine.en.tsv", "classing\tstyled\n");
  const std::string text =
      dir.Write("t.txt", "Fishermen on a share of the catch are styled as self-employed.\n");
  auto without = RunCausalkg({"--db", db, "--empty", "extract", text, "--lang", "en"});
  REQUIRE(without.exit_code == 0);
  CHECK(testing::ParseCandidates(without.out).size() == 1);
  auto with =
      RunCausalkg({"--db", db, "--empty", "extract", text, "--lang", "en", "--lexicon", english});
  INFO(with.err);
  REQUIRE(with.exit_code == 0);
  CHECK(with.out.empty());
}

TEST_CASE("a user's lexicon adds cues in its language", "[extract][cli]") {
  testing::TempDir dir;
  const std::string db = dir.File("db");
  const std::string english = dir.Write("mine.en.tsv",
                                        "# kind\tphrase\tvalue\trelation\tnotes\n"
                                        "verb\tsupercharge\t+\tamplifies\tspeeds up hugely\n");
  const std::string dutch = dir.Write("mijn.nl.tsv", "verb\top|krikken\t+\tincreases\n");
  const std::string text =
      dir.Write("t.txt",
                "Cheap energy supercharges the profits of the industry.\n\n"
                "De krapte op de woningmarkt krikt de huurprijzen flink op.\n");
  auto without = RunCausalkg({"--db", db, "--empty", "extract", text});
  REQUIRE(without.exit_code == 0);
  CHECK(without.out.empty());
  auto with = RunCausalkg(
      {"--db", db, "--empty", "extract", text, "--lexicon", english, "--lexicon", dutch});
  INFO(with.err);
  REQUIRE(with.exit_code == 0);
  const auto candidates = testing::ParseCandidates(with.out);
  REQUIRE(candidates.size() == 2);
  CHECK(candidates[0]["cause"] == "Cheap energy");
  CHECK(candidates[0]["effect"] == "the profits of the industry");
  CHECK(candidates[0]["relation"] == "amplifies");
  CHECK(candidates[0]["lang"] == "en");
  CHECK(candidates[1]["cause"] == "De krapte op de woningmarkt");
  CHECK(candidates[1]["effect"] == "de huurprijzen");
  CHECK(candidates[1]["sign"] == "+");

  const std::string bad = dir.Write("bad.en.tsv", "verb\tsupercharge\n");
  auto refused = RunCausalkg({"--db", db, "--empty", "extract", text, "--lexicon", bad});
  CHECK(refused.exit_code == 1);
  CHECK_THAT(refused.err, Catch::Contains("Load error: " + bad +
                                          ", line 1: the value of a verb is "
                                          "its sign, not ''"));
  const std::string unnamed = dir.Write("words.tsv", "verb\tsupercharge\t+\n");
  auto no_language = RunCausalkg({"--db", db, "--empty", "extract", text, "--lexicon", unnamed});
  CHECK(no_language.exit_code == 2);
  CHECK_THAT(no_language.err, Catch::Contains("does not say its language"));
  auto named_by_option =
      RunCausalkg({"--db", db, "--empty", "extract", text, "--lang", "en", "--lexicon", unnamed});
  CHECK(named_by_option.exit_code == 0);
}

TEST_CASE("a lexicon word written with = matches its forms only, not its stem", "[extract][cli]") {
  testing::TempDir dir;
  const std::string db = dir.File("db");
  const std::string text = dir.Write(
      "t.txt",
      "The mite carries several viruses.\n\nThe crash severed the road link to the port.\n");
  const auto causes = [&](const std::string& entry) {
    const std::string lexicon = dir.Write("mine.en.tsv", "verb\t" + entry + "\t-\treduces\n");
    auto run =
        RunCausalkg({"--db", db, "--empty", "extract", text, "--lang", "en", "--lexicon", lexicon});
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    std::vector<std::string> out;
    for (const auto& candidate : testing::ParseCandidates(run.out)) {
      out.push_back(candidate["cause"].get<std::string>() + " -> " +
                    candidate["effect"].get<std::string>());
    }
    return out;
  };
  // By stem, sever takes in several (its Snowball stem too).
  CHECK(causes("sever") == std::vector<std::string>{"The mite carries -> viruses",
                                                    "The crash -> the road link to the port"});
  CHECK(causes("=sever/severs/severed/severing") ==
        std::vector<std::string>{"The crash -> the road link to the port"});
}

TEST_CASE("a user's dispute noun makes over name a cause after it", "[extract][cli]") {
  testing::TempDir dir;
  const std::string db = dir.File("db");
  const std::string mine = dir.Write("mine.en.tsv", "dispute\tquarrels\n");
  const std::string text =
      dir.Write("t.txt", "Bitter quarrels over the water rights divided the valley.\n");
  auto without = RunCausalkg({"--db", db, "--empty", "extract", text});
  REQUIRE(without.exit_code == 0);
  CHECK(without.out.empty());
  auto with = RunCausalkg({"--db", db, "--empty", "extract", text, "--lexicon", mine});
  INFO(with.err);
  REQUIRE(with.exit_code == 0);
  const auto candidates = testing::ParseCandidates(with.out);
  REQUIRE(candidates.size() == 1);
  CHECK(candidates[0]["cause"] == "the water rights");
  CHECK(candidates[0]["effect"] == "Bitter quarrels");
  CHECK(candidates[0]["rule"] == "marker");
}

TEST_CASE("the readable view of marked-up text keeps every byte in its place", "[extract]") {
  using kb::extract::ReadableView;
  using kb::extract::TextFormat;
  const std::string markdown =
      "# Heat\n\nTrees **reduce** heat\nstress in [cities](http://x.org).\n\n- Roofs help.\n";
  const std::string md_view = ReadableView(markdown, TextFormat::kMarkdown);
  REQUIRE(md_view.size() == markdown.size());
  CHECK(md_view == "  Heat\n\nTrees   reduce   heat stress in  cities" + std::string(15, ' ') +
                       ".\n\n  Roofs help.\n");
  const std::string html =
      "<p>Poverty&nbsp;harms <b>health</b> &amp; wealth.</p><script>x()</script>";
  const std::string html_view = ReadableView(html, TextFormat::kHtml);
  REQUIRE(html_view.size() == html.size());
  CHECK(html_view.find("Poverty      harms") == 3);
  CHECK(html_view.find("&     wealth") != std::string::npos);
  CHECK(html_view.find("x()") == std::string::npos);
  CHECK(html_view.substr(0, 2) == "\n\n");
  // Plain text: a wrapped line joins the next; a short title and a blank line do not.
  const std::string plain =
      "Title\n\nA long line of a wrapped paragraph that goes on and\non to the next line.\n";
  const std::string plain_view = ReadableView(plain, TextFormat::kPlain);
  CHECK(plain_view ==
        "Title\n\nA long line of a wrapped paragraph that goes on and on to the "
        "next line.\n");
  CHECK(kb::extract::FormatOf("a/b/brief.MD", "") == TextFormat::kMarkdown);
  CHECK(kb::extract::FormatOf("page", "\n <!DOCTYPE html><html>") == TextFormat::kHtml);
  CHECK(kb::extract::FormatOf("notes.txt", "# not a heading") == TextFormat::kPlain);
}

}  // namespace
}  // namespace causalkg
