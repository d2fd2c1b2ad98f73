// The Vensim importer (kb/ingest/formats/vensim.*) and the equation reading
// it shares with XMILE (sd_equation.*): on the hand-made features.mdl, on
// models of SDXorg/test-models (tests/data/import/vensim/SOURCE.md), and on
// each error it refuses.
#include <catch2/catch.hpp>

#include "import_sd_support.hpp"
#include "kb/ingest/formats/sd_equation.hpp"
#include "kb/ingest/formats/vensim.hpp"

namespace causalkg {
namespace {

using namespace testing;
using kb::sd::Sign;

// The sign of each name in `equation`, as "name+", "name-", "name?".
std::set<std::string> SignsIn(const std::string& equation, kb::sd::Dialect dialect,
                              const std::set<std::string>& negative_names = {},
                              const std::set<std::string>& unsigned_names = {}) {
  auto parsed = kb::sd::ParseEquation(equation, dialect);
  INFO(equation << ": " << (parsed.ok() ? "" : parsed.status().message()));
  REQUIRE(parsed.ok());
  auto deps = kb::sd::FindDependencies(
      *parsed,
      [&](const std::string& key) {
        return negative_names.count(key)   ? Sign::kNegative
               : unsigned_names.count(key) ? Sign::kUnknown
                                           : Sign::kPositive;
      },
      [](const std::string& key) { return key == "table"; });
  std::set<std::string> out;
  for (const auto& d : deps.names) out.insert(d.key + kb::sd::SignText(d.sign));
  for (const auto& k : deps.initial_only) out.insert(k + " (initial)");
  return out;
}

TEST_CASE("Vensim equations: a sign where the form makes it plain, ? elsewhere",
          "[import][vensim]") {
  using S = std::set<std::string>;
  const auto V = kb::sd::Dialect::kVensim;
  CHECK(SignsIn("a * x + b", V) == S{"a+", "x+", "b+"});
  CHECK(SignsIn("Growth Rate * Stock Level", V) == S{"growth_rate+", "stock_level+"});
  CHECK(SignsIn("c - x", V) == S{"c+", "x-"});
  CHECK(SignsIn("x / c", V) == S{"x+", "c-"});
  CHECK(SignsIn("-(x - y) * 2", V) == S{"x-", "y+"});
  CHECK(SignsIn("(x - y) / c", V) == S{"x+", "y-", "c?"});  // the numerator's sign is not known
  CHECK(SignsIn("x * n", V, {"n"}) == S{"x-", "n+"});       // n is never above zero
  CHECK(SignsIn("x * u", V, {}, {"u"}) == S{"x?", "u+"});   // u may be either
  CHECK(SignsIn("x - x", V) == S{"x?"});
  CHECK(SignsIn("x ^ 2", V) == S{"x+"});
  CHECK(SignsIn("x ^ -1", V) == S{"x-"});
  CHECK(SignsIn("2 ^ x", V) == S{"x+"});
  CHECK(SignsIn("EXP(x) + SQRT(y) + LN(z)", V) == S{"x+", "y+", "z+"});
  CHECK(SignsIn("IF THEN ELSE(x > 1, y, z)", V) == S{"x?", "y?", "z?"});
  CHECK(SignsIn("MIN(x, y) + MAX(z, 0) + ABS(w)", V) == S{"x?", "y?", "z?", "w?"});
  CHECK(SignsIn("table(x) * y", V) == S{"table?", "x?", "y?"});
  CHECK(SignsIn("WITH LOOKUP(x, ([(0,0)-(1,1)],(0,0),(1,1)))", V) == S{"x?"});
  CHECK(SignsIn("INTEG(inflow - outflow, start)", V) ==
        S{"inflow+", "outflow-", "start (initial)"});
  CHECK(SignsIn("SMOOTHI(x, t, x0) + DELAY FIXED(y, t, y0)", V) ==
        S{"x+", "t?", "y+", "x0 (initial)", "y0 (initial)"});
  CHECK(SignsIn("ACTIVE INITIAL(x * 2, y) + INITIAL(z)", V) ==
        S{"x+", "y (initial)", "z (initial)"});
  CHECK(SignsIn("ZIDZ(a, b)", V) == S{"a+", "b-"});
  CHECK(SignsIn("a :AND: :NOT: b", V) == S{"a?", "b?"});
  CHECK(SignsIn("\"Expert-Hours\" * x[Region, Age]", V) == S{"expert-hours+", "x+"});
  CHECK(SignsIn("1, 2, 3", V).empty());
  CHECK(SignsIn("x {a comment} * 2", V) == S{"x+"});
  CHECK(SignsIn("Teacup \\\n\t\tTemperature - 70", V) == S{"teacup_temperature+"});
}

TEST_CASE("Vensim equations that cannot be read say where", "[import][vensim]") {
  const auto V = kb::sd::Dialect::kVensim;
  for (const auto& [text, offset] : std::vector<std::pair<std::string, std::size_t>>{{"(a + b", 6},
                                                                                     {"a + ", 3},
                                                                                     {"a b )", 4},
                                                                                     {"f(a,", 4},
                                                                                     {"a # b", 2},
                                                                                     {"\"open", 0},
                                                                                     {"x[a", 1},
                                                                                     {"{open", 0},
                                                                                     {"", 0}}) {
    auto parsed = kb::sd::ParseEquation(text, V);
    INFO(text);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.status().offset().value_or(99) == offset);
  }
}

const std::set<std::string> kFeatureNodes = {"population stock",
                                             "initial_population constant",
                                             "births flow",
                                             "deaths flow",
                                             "lifespan constant",
                                             "birth_rate auxiliary",
                                             "normal_birth_rate constant",
                                             "effect_of_crowding lookup",
                                             "crowding auxiliary",
                                             "capacity auxiliary",
                                             "land constant",
                                             "density-limit constant",
                                             "perceived_population auxiliary",
                                             "perception_time constant",
                                             "housing_gap auxiliary",
                                             "adults auxiliary",
                                             "starting_births constant",
                                             "share constant",
                                             "regional_population auxiliary",
                                             "alarm auxiliary",
                                             "rainfall data",
                                             "rain_effect auxiliary",
                                             "scaled_rain auxiliary",
                                             "twice_births auxiliary"};

// Read off the equations by hand (see the comments in features.mdl).
const std::set<std::string> kFeatureLinks = {
    "births -+-> population",  // inflow
    "deaths ---> population",  // outflow
    "population -+-> births",  // ? by the equation (the lookup's sign), + by the sketch
    "birth_rate -+-> births",  // Population * Birth Rate, Population never negative
    "population -+-> deaths",  // Population / Lifespan
    "lifespan ---> deaths",
    "normal_birth_rate -?-> birth_rate",   // times a lookup's value, of no known sign
    "effect_of_crowding -?-> birth_rate",  // the lookup table
    "crowding -?-> birth_rate",            // the lookup's input
    "perceived_population -+-> crowding",
    "capacity ---> crowding",
    "land -+-> capacity",
    "density-limit -+-> capacity",
    "population -+-> perceived_population",  // SMOOTH's input
    "perception_time -?-> perceived_population",
    "capacity -+-> housing_gap",              // MAX: ?, the sketch marks +
    "perceived_population ---> housing_gap",  // MAX: ?, the sketch marks O
    "births -+-> adults",                     // DELAY FIXED's input; its initial value 0
    "population -+-> regional_population",
    "share -+-> regional_population",
    "crowding -?-> alarm",        // IF THEN ELSE; Time is no node
    "rainfall -?-> rain_effect",  // WITH LOOKUP
    "rainfall -+-> scaled_rain",
    "births -?-> twice_births",  // a macro's call
};

TEST_CASE("features.mdl: every variable a node of its kind, every dependency a link",
          "[import][vensim]") {
  const auto import = MustImport("vensim/features.mdl");
  CHECK(NodeTexts(import) == kFeatureNodes);
  CHECK(LinkTexts(import) == kFeatureLinks);
  // Initial values are no dependencies: Initial Population of Population,
  // Births of Starting Births (INITIAL).
  for (const auto& l : import.links) {
    CHECK(l.from != "initial_population");
    CHECK(l.to != "starting_births");
    CHECK(l.delayed == ((l.from == "population" && l.to == "perceived_population") ||
                        (l.from == "births" && l.to == "adults")));
    CHECK(l.marked == (l.to == "housing_gap" || (l.from == "population" && l.to == "births")));
  }
  for (const auto& n : import.nodes) {
    CHECK(n.subscripted == (n.key == "share" || n.key == "regional_population"));
  }
  const auto population_links = std::count_if(import.links.begin(), import.links.end(),
                                              [](const auto& l) { return l.to == "population"; });
  CHECK(population_links == 2);
  auto births = std::find_if(import.links.begin(), import.links.end(),
                             [](const auto& l) { return l.from == "lifespan"; });
  REQUIRE(births != import.links.end());
  CHECK(births->quote == "Deaths= Population / Lifespan");
  CHECK(births->line == 33);
}

TEST_CASE("features.mdl: the import says what it kept and what it dropped", "[import][vensim]") {
  const auto import = MustImport("vensim/features.mdl");
  auto has = [&](const std::string& words) {
    for (const auto& r : import.remarks) {
      if (r.find(words) != std::string::npos) return true;
    }
    INFO("no remark says: " << words);
    return false;
  };
  CHECK(
      has("24 variables: 1 stock, 2 flows, 11 auxiliaries, 8 constants, 1 lookup table, 1 data "
          "variable"));
  CHECK(has("24 links: 13 increases (+), 4 decreases (-), 7 depends_on"));
  CHECK(has("1 lookup table became a depends_on link"));
  CHECK(has("2 inputs of lookup tables became depends_on links"));
  CHECK(has("2 dependencies through initial values only"));
  CHECK(has("2 links through a delay or smooth kept with its input's sign"));
  CHECK(has("2 subscripted variables each became one node"));
  CHECK(
      has("3 signs taken from the diagram's polarity marks (3 where the equation gave none, 0 "
          "where it gave another)"));
  CHECK(
      has("1 polarity mark of the diagram on arrows with no dependency in the equations dropped"));
  CHECK(has("1 subscript range is not a node"));
  CHECK(has("1 macro definition dropped"));
  CHECK(has("Time are not nodes"));
}

TEST_CASE("Vensim samples: links read off their equations by hand", "[import][vensim]") {
  CHECK(LinkTexts(MustImport("vensim/teacup.mdl")) ==
        std::set<std::string>{"teacup_temperature -+-> heat_loss_to_room",
                              "room_temperature ---> heat_loss_to_room",
                              "characteristic_time -?-> heat_loss_to_room",
                              "heat_loss_to_room ---> teacup_temperature"});
  CHECK(LinkTexts(MustImport("vensim/SIR.mdl")) ==
        std::set<std::string>{
            "succumbing -+-> infectious", "recovering ---> infectious", "recovering -+-> recovered",
            "infectious -+-> recovering", "duration ---> recovering", "susceptible -+-> succumbing",
            "infectious -+-> succumbing", "total_population ---> succumbing",
            "contact_infectivity -+-> succumbing", "succumbing ---> susceptible"});
  const auto lotka = MustImport("vensim/Lotka_Volterra.mdl");
  CHECK(lotka.nodes.size() == 16);
  CHECK(LinkTexts(lotka).count("fractional_predation_rate -+-> prey_deaths") == 1);
  CHECK(LinkTexts(lotka).count("predator_lifespan ---> predator_deaths") == 1);
  // The initial populations name no dependency.
  for (const auto& l : lotka.links) CHECK(l.from.find("initial") == std::string::npos);
  const auto population = MustImport("vensim/Subscripted_Population_Model.mdl");
  CHECK(LinkTexts(population) ==
        std::set<std::string>{"births -+-> deaths", "lifespan -?-> deaths",
                              "births -+-> population", "deaths ---> population",
                              "birthrate -+-> births", "population -+-> births"});
}

TEST_CASE("workforce.mdl: the sketch's polarity marks sign what the equations leave open",
          "[import][vensim]") {
  const auto import = MustImport("vensim/workforce.mdl");
  const auto links = LinkTexts(import);
  // Hiring reads a lookup table; its arrows are marked +.
  CHECK(links.count("effect_of_pressure_on_hiring -+-> hiring") == 1);
  CHECK(links.count("pressure_to_hire -+-> hiring") == 1);
  // Task Completion is a MIN; its arrows carry no marks.
  CHECK(links.count("task_backlog -?-> task_completion") == 1);
  CHECK(std::count_if(import.links.begin(), import.links.end(),
                      [](const auto& l) { return l.marked; }) == 18);
}

std::string VensimError(const std::string& text) {
  auto import = kb::ReadVensim(text, "bad.mdl");
  REQUIRE_FALSE(import.ok());
  CHECK(import.status().kind() == ErrorKind::kLoad);
  return import.status().ToString();
}

TEST_CASE("A Vensim file that cannot be read is refused with its line and the reason",
          "[import][vensim]") {
  CHECK(VensimError("{UTF-8}\na = 1 ~ ~ |\nb = a * 2\n ~ units\n ~ comment\n") ==
        "Load error: bad.mdl, line 3: the equation 'b = a * 2' has no closing '|'");
  CHECK(
      VensimError("a = 1 ~~|\nb = (a + \n  2 ~~|\n") ==
      "Load error: bad.mdl, line 3, column 4: in the equation of 'b': the equation ends where ')' "
      "belongs; it is cut short");
  CHECK(VensimError("a = 1 ~~|\nb = a * c ~~|\n") ==
        "Load error: bad.mdl, line 2: the equation of 'b' names 'c', which the model does not "
        "define");
  CHECK(VensimError("a = 1 ~~|\nb = 2 ~~|\nA = 3 ~~|\n") ==
        "Load error: bad.mdl, line 3: 'A' is defined twice, here and on line 1");
  CHECK(VensimError("{UTF-8}\n\n\\\\\\---/// Sketch information\n") ==
        "Load error: bad.mdl: the model has no equations");
  CHECK(VensimError("") == "Load error: bad.mdl: the model has no equations");
  CHECK(VensimError(":MACRO: M(x)\nM = x ~~|\n") ==
        "Load error: bad.mdl, line 1: ':MACRO:' without its ':END OF MACRO:'");
  CHECK(VensimError("a + 1 ~~|\n") ==
        "Load error: bad.mdl, line 1: expected '=' after 'a', not '+ 1'");
  CHECK(VensimError("a = 1 ~~|\n~~|\n") ==
        "Load error: bad.mdl, line 2: a '~' or '|' with no equation before it");
  CHECK(VensimError("a = 1 ~~|\n\\\\\\---///\n*View 1\n1,1,2,3,0,0,43,0\n") ==
        "Load error: bad.mdl, line 4: the sketch's arrow 1 joins an object the view does not have "
        "before it");
}

}  // namespace
}  // namespace causalkg
