// Every built-in relation is known to every store, also one that no claim
// uses yet: a statement may name it by its id or a built-in label and finds
// nothing of it, without writing anything, and the first write that uses it
// makes its term with the built-in polarity. Through the real binary, on
// empty stores (`--empty`), as a user meets them.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "engine/model/vocabulary.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using nlohmann::json;
using testing::RunCausalkg;

// An empty database, and statements run on it with `causalkg query`.
class EmptyDatabase {
 public:
  EmptyDatabase() : db_(dir_.File("db")) {
    const auto made = RunCausalkg({"--db", db_, "--empty", "query", "COUNT MATCH ?s ?r ?o"});
    REQUIRE(made.exit_code == 0);
  }

  testing::RunResult Query(const std::string& statement, const std::string& format = "table") {
    return RunCausalkg({"--db", db_, "query", statement, "--format", format});
  }

  // The store's counts, from `causalkg stats`.
  json Stats() {
    const auto run = RunCausalkg({"--db", db_, "stats", "--format", "json"});
    REQUIRE(run.exit_code == 0);
    return json::parse(run.out);
  }

  const std::string& path() const { return db_; }

 private:
  testing::TempDir dir_;
  std::string db_;
};

TEST_CASE("a query naming a built-in relation no claim uses finds nothing, and writes nothing",
          "[builtins][cli]") {
  {
    // A new empty database, made by the query that reads it.
    testing::TempDir dir;
    const auto run =
        RunCausalkg({"--db", dir.File("db"), "--empty", "query", "MATCH ?a decreases ?b;"});
    CHECK(run.exit_code == 0);
    CHECK(run.err.empty());
    CHECK(run.out.find("0 rows") != std::string::npos);
  }
  EmptyDatabase db;
  const json before = db.Stats();
  for (const BuiltinRelation& builtin : BuiltinRelations()) {
    // Bare: `causes`, a keyword too, is the relation here (relation_keywords_test.cpp).
    const std::string statement = "MATCH ?a " + std::string(builtin.id) + " ?b;";
    INFO(statement);
    const auto run = db.Query(statement);
    CHECK(run.exit_code == 0);
    CHECK(run.err.empty());
    CHECK(run.out.find("0 rows") != std::string::npos);
  }
  // A built-in label names the relation too, in any case.
  for (const char* statement :
       {"MATCH ?a 'beïnvloedt' ?b", "MATCH ?a 'Hangt af van' ?b", "MATCH ?a 'depends on' ?b",
        "MATCH ?a DECREASES ?b", "COUNT MATCH ?a ?r ?b WHERE ?r = influences"}) {
    INFO(statement);
    const auto run = db.Query(statement, "json");
    CHECK(run.exit_code == 0);
    const json result = json::parse(run.out);
    if (result.contains("count")) {
      CHECK(result["count"] == 0);
    } else {
      CHECK(result["rows"].empty());
    }
  }
  // Reading wrote no term.
  CHECK(db.Stats() == before);
  CHECK(before["relations"] == 0);
}

TEST_CASE("a relation that is neither in the store nor built in is still an unknown name",
          "[builtins][cli]") {
  EmptyDatabase db;
  const auto run = db.Query("MATCH ?a decrease ?b");
  CHECK(run.exit_code == 1);
  CHECK(run.err.find("unknown relation 'decrease'") != std::string::npos);
  // The built-ins are suggested, on a store that holds none of them.
  CHECK(run.err.find("did you mean 'decreases'") != std::string::npos);
  const auto label = db.Query("MATCH ?a 'beinvloedt' ?b");
  CHECK(label.exit_code == 1);
  CHECK(label.err.find("'beïnvloedt' (influences)") != std::string::npos);
}

TEST_CASE("every statement that names a relation takes a built-in one the store lacks",
          "[builtins][cli]") {
  EmptyDatabase db;
  REQUIRE(db.Query("ADD rain increases harvest").exit_code == 0);

  const auto why = db.Query("WHY rain decreases harvest");
  CHECK(why.exit_code == 1);
  CHECK(why.err.find("there is no claim 'rain decreases harvest'") != std::string::npos);

  const auto remove = db.Query("REMOVE rain decreases harvest");
  CHECK(remove.exit_code == 1);
  CHECK(remove.err.find("there is no claim 'rain decreases harvest' to remove") !=
        std::string::npos);

  // VIA a built-in causal relation: it is causal, and no claim has it.
  const auto via = db.Query("PATHS FROM rain TO harvest VIA decreases", "json");
  CHECK(via.exit_code == 0);
  CHECK(json::parse(via.out)["paths"].empty());
  const auto via_both = db.Query("PATHS FROM rain TO harvest VIA decreases, increases", "json");
  CHECK(via_both.exit_code == 0);
  CHECK(json::parse(via_both.out)["paths"].size() == 1);
  // ... and a built-in non-causal one is refused there, as a stored one is.
  const auto part_of = db.Query("PATHS FROM rain TO harvest VIA part_of");
  CHECK(part_of.exit_code == 1);
  CHECK(part_of.err.find("VIA follows causal relations") != std::string::npos);

  // EXPLAIN names it as the store would.
  const auto explain = db.Query("EXPLAIN ADD rain depends_on harvest");
  CHECK(explain.exit_code == 0);
  CHECK(explain.out.find("new relation") != std::string::npos);
  CHECK(explain.out.find("depends_on") != std::string::npos);
  CHECK(db.Stats()["relations"] == 1);
}

TEST_CASE("the first write with a built-in relation makes its term, with the built-in polarity",
          "[builtins][cli]") {
  EmptyDatabase db;
  // Named by its Dutch label: the term made is the relation's id.
  const auto added = db.Query("ADD rain 'beïnvloedt' harvest");
  REQUIRE(added.exit_code == 0);
  CHECK(added.out.find("Added rain influences harvest") != std::string::npos);
  CHECK(db.Stats()["relations"] == 1);

  const json sign = json::parse(db.Query("MATCH ?a ?r ?b WHERE sign(?r) = '?'", "json").out);
  REQUIRE(sign["rows"].size() == 1);
  CHECK(sign["rows"][0][1] == "influences");

  const json paths = json::parse(db.Query("PATHS FROM rain TO harvest", "json").out);
  REQUIRE(paths["paths"].size() == 1);
  CHECK(paths["paths"][0]["steps"][0]["sign"] == "?");
  CHECK(paths["paths"][0]["sign"] == "?");

  // Results show the built-in labels of a relation whose term holds none.
  const auto dutch =
      RunCausalkg({"--db", db.path(), "--lang", "nl", "query", "PATHS FROM rain TO harvest"});
  CHECK(dutch.out.find("-[beïnvloedt ?]->") != std::string::npos);

  // The export declares no labels it does not hold, and loads back the same.
  const auto exported = RunCausalkg({"--db", db.path(), "export"});
  REQUIRE(exported.exit_code == 0);
  CHECK(exported.out.find("beïnvloedt") == std::string::npos);
}

}  // namespace
}  // namespace causalkg
