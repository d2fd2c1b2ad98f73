// The XMILE importer (kb/ingest/formats/xmile.*, xml_tree.*): on the
// hand-made features.xmile, on models of SDXorg/test-models
// (tests/data/import/xmile/SOURCE.md), and on each error it refuses.
#include <catch2/catch.hpp>

#include "import_sd_support.hpp"
#include "kb/ingest/formats/sd_equation.hpp"
#include "kb/ingest/formats/xmile.hpp"
#include "kb/ingest/formats/xml_tree.hpp"

namespace causalkg {
namespace {

using namespace testing;
using kb::sd::Sign;

std::set<std::string> XmileSigns(const std::string& equation) {
  auto parsed = kb::sd::ParseEquation(equation, kb::sd::Dialect::kXmile);
  INFO(equation << ": " << (parsed.ok() ? "" : parsed.status().message()));
  REQUIRE(parsed.ok());
  auto deps = kb::sd::FindDependencies(
      *parsed, [](const std::string&) { return Sign::kPositive; },
      [](const std::string&) { return false; });
  std::set<std::string> out;
  for (const auto& d : deps.names) out.insert(d.key + kb::sd::SignText(d.sign));
  for (const auto& k : deps.initial_only) out.insert(k + " (initial)");
  return out;
}

TEST_CASE("XMILE equations: the same signs in XMILE's spelling", "[import][xmile]") {
  using S = std::set<std::string>;
  CHECK(XmileSigns("(teacup_temperature-room_temperature)/characteristic_time") ==
        S{"teacup_temperature+", "room_temperature-", "characteristic_time?"});
  CHECK(XmileSigns("\"Heat Loss\" * k") == S{"heat_loss+", "k+"});
  CHECK(XmileSigns("IF a > b AND NOT c THEN x ELSE y") == S{"a?", "b?", "c?", "x?", "y?"});
  CHECK(XmileSigns("a MOD b") == S{"a?", "b?"});
  CHECK(XmileSigns("SMTH3(x, t, x0) + DELAYN(y, t, n, y0) + PREVIOUS(z, z0)") ==
        S{"x+", "t?", "y+", "n?", "z+", "x0 (initial)", "y0 (initial)", "z0 (initial)"});
  CHECK(XmileSigns("INIT(a) + SAFEDIV(b, c, d)") == S{"a (initial)", "b+", "c-", "d?"});
  CHECK(XmileSigns("LOOKUP(tbl, x)") == S{"tbl?", "x?"});
  CHECK(XmileSigns("SUM(x[*]) / TIME") == S{"x+", "time-"});
  CHECK_FALSE(kb::sd::ParseEquation("Heat Loss * k", kb::sd::Dialect::kXmile).ok());
}

// Read off features.xmile by hand; the same model as features.mdl.
const std::set<std::string> kFeatureLinks = {
    "births -+-> population",
    "deaths ---> population",
    "population -+-> births",
    "birth_rate -+-> births",
    "population -+-> deaths",
    "lifespan ---> deaths",
    "normal_birth_rate -?-> birth_rate",
    "effect_of_crowding -?-> birth_rate",
    "crowding -?-> birth_rate",
    "perceived_population -+-> crowding",
    "capacity ---> crowding",
    "land -+-> capacity",
    "density-limit -+-> capacity",
    "population -+-> perceived_population",
    "perception_time -?-> perceived_population",
    "capacity -+-> housing_gap",              // MAX; the connector's polarity="+"
    "perceived_population ---> housing_gap",  // MAX; polarity="-" from an alias
    "births -+-> adults",
    "population -+-> regional_population",
    "share -+-> regional_population",
    "crowding -?-> alarm",
    "rainfall -?-> rain_effect",
    "rainfall -+-> scaled_rain",
    "births -?-> twice_births"};

TEST_CASE("features.xmile: stocks with their flows, auxiliaries, tables, marks",
          "[import][xmile]") {
  const auto import = MustImport("xmile/features.xmile");
  CHECK(LinkTexts(import) == kFeatureLinks);
  CHECK(NodeTexts(import).count("effect_of_crowding lookup") == 1);
  CHECK(NodeTexts(import).count("population stock") == 1);
  CHECK(NodeTexts(import).count("rainfall data") == 1);
  CHECK(NodeTexts(import).count("rain_effect auxiliary") == 1);
  CHECK(import.nodes.size() == 24);
  for (const auto& l : import.links) {
    if (l.from == "deaths") CHECK(l.quote == "<outflow>\"Deaths\"</outflow>");
    if (l.from == "births" && l.to == "population") CHECK(l.line == 30);
  }
  auto has = [&](const std::string& words) {
    for (const auto& r : import.remarks) {
      if (r.find(words) != std::string::npos) return true;
    }
    INFO("no remark says: " << words);
    return false;
  };
  CHECK(has("1 module dropped"));
  CHECK(has("1 macro dropped"));
  CHECK(has("non_negative on 1 variable dropped"));
  CHECK(has("vendors' extensions dropped"));
  CHECK(has("2 dependencies through initial values only"));
  CHECK(
      has("1 polarity mark of the diagram on arrows with no dependency in the equations dropped"));
}

TEST_CASE("Stella and XMILE samples: links read off their equations by hand", "[import][xmile]") {
  const std::set<std::string> teacup = {
      "teacup_temperature -+-> heat_loss_to_room", "room_temperature ---> heat_loss_to_room",
      "characteristic_time -?-> heat_loss_to_room", "heat_loss_to_room ---> teacup_temperature"};
  CHECK(LinkTexts(MustImport("xmile/teacup.xmile")) == teacup);
  CHECK(LinkTexts(MustImport("xmile/teacup.stmx")) == teacup);
  CHECK(LinkTexts(MustImport("xmile/teacup_legacy.stmx")) ==
        teacup);  // variables straight in <model>
  const auto delays = LinkTexts(MustImport("xmile/test_delay_xmile.xmile"));
  CHECK(delays.count("stock_1 -+-> delay_stock_1") == 1);
  CHECK(delays.count("stock_1 -?-> converter_2") == 1);  // x / DELAY(x) - 1
  CHECK(delays.count("flow_2 -+-> delay_flow_2_20") == 1);
}

std::string XmileError(const std::string& text) {
  auto import = kb::ReadXmile(text, "bad.xmile");
  REQUIRE_FALSE(import.ok());
  CHECK(import.status().kind() == ErrorKind::kLoad);
  return import.status().ToString();
}

const std::string kOpen =
    "<xmile xmlns=\"http://docs.oasis-open.org/xmile/ns/XMILE/v1.0\">\n<model>\n<variables>\n";
const std::string kClose = "</variables>\n</model>\n</xmile>\n";

TEST_CASE("An XMILE file that cannot be read is refused with its line and the reason",
          "[import][xmile]") {
  CHECK(XmileError(kOpen + "<aux name=\"a\"><eqn>1</eqn>\n</variables>\n</model>\n</xmile>\n") ==
        "Load error: bad.xmile, line 5, column 1: malformed XML: end tag </variables> where </aux> "
        "(opened on line 4) belongs");
  CHECK(XmileError(kOpen + "<aux name=\"a\"><eqn>1 &lt 2</eqn></aux>\n" + kClose) ==
        "Load error: bad.xmile, line 4, column 22: malformed XML: '&' that starts no entity "
        "reference "
        "(write &amp;)");
  CHECK(XmileError(kOpen + "<aux name=\"a\"><eqn>&nbsp;</eqn></aux>\n" + kClose) ==
        "Load error: bad.xmile, line 4, column 20: malformed XML: unknown entity &nbsp;");
  CHECK(XmileError(kOpen + "<aux name=\"a><eqn>1</eqn></aux>\n" + kClose) ==
        "Load error: bad.xmile, line 4, column 6: malformed XML: the value of attribute 'name' has "
        "no "
        "closing quote");
  CHECK(XmileError(kOpen + "<aux name=\"a\"><eqn>1</eqn></aux>\n</variables>\n</model>\n") ==
        "Load error: bad.xmile, line 7, column 1: malformed XML: the file ends inside <xmile>, "
        "opened "
        "on line 1");
  CHECK(XmileError("<xmile/><xmile/>") ==
        "Load error: bad.xmile, line 1, column 9: malformed XML: a second root element");
  CHECK(XmileError("") ==
        "Load error: bad.xmile, line 1, column 1: malformed XML: no XML element in the file");
  CHECK(XmileError("<smile/>") ==
        "Load error: bad.xmile, line 1: the root element is <smile>, not <xmile>");
  CHECK(XmileError("<xmile>\n<header/>\n</xmile>") ==
        "Load error: bad.xmile, line 1: the file has no <model>");
  CHECK(XmileError("<xmile>\n<model>\n<variables/>\n</model>\n</xmile>") ==
        "Load error: bad.xmile, line 2: the model has no variables");
  CHECK(XmileError(kOpen + "<aux name=\"a\">\n<eqn>\n  b * (c\n</eqn></aux>\n" + kClose) ==
        "Load error: bad.xmile, line 6: in the equation of 'a': the equation ends where ')' "
        "belongs; it "
        "is cut short");
  CHECK(XmileError(kOpen + "<aux name=\"a\"><eqn>b</eqn></aux>\n" + kClose) ==
        "Load error: bad.xmile, line 4: the equation of 'a' names 'b', which the model does not "
        "define");
  CHECK(
      XmileError(kOpen + "<stock name=\"s\"><eqn>0</eqn>\n<inflow>f</inflow></stock>\n" + kClose) ==
      "Load error: bad.xmile, line 5: the stock 's' names the flow 'f', which the model does not "
      "define");
  CHECK(XmileError(kOpen + "<aux name=\"a\"><eqn>1</eqn>\n<inflow>a</inflow></aux>\n" + kClose) ==
        "Load error: bad.xmile, line 5: <inflow> in <aux name=\"a\">; only a stock has flows");
  CHECK(XmileError(kOpen + "<aux><eqn>1</eqn></aux>\n" + kClose) ==
        "Load error: bad.xmile, line 4: <aux> has no name");
}

}  // namespace
}  // namespace causalkg
