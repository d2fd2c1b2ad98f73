#include "import_sd_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <sstream>
#include <unordered_map>

#include "cli/statement_runner.hpp"
#include "kb/ingest/formats/vensim.hpp"
#include "kb/ingest/formats/xmile.hpp"
#include "test_support.hpp"

namespace causalkg::testing {

using nlohmann::json;

std::string ModelText(const std::string& path) {
  return ReadFile(std::string(CAUSALKG_SOURCE_DIR) + "/tests/data/import/" + path);
}

kb::sd::Import MustImport(const std::string& path) {
  const std::string text = ModelText(path);
  REQUIRE_FALSE(text.empty());
  const bool vensim = path.size() > 4 && path.substr(path.size() - 4) == ".mdl";
  auto import = vensim ? kb::ReadVensim(text, path) : kb::ReadXmile(text, path);
  INFO(path << ": " << (import.ok() ? "" : import.status().ToString()));
  REQUIRE(import.ok());
  return std::move(import).value();
}

std::set<std::string> LinkTexts(const kb::sd::Import& import) {
  std::set<std::string> out;
  for (const auto& l : import.links) {
    out.insert(l.from + " -" + kb::sd::SignText(l.sign) + "-> " + l.to);
  }
  return out;
}

std::set<std::string> NodeTexts(const kb::sd::Import& import) {
  std::set<std::string> out;
  for (const auto& n : import.nodes) out.insert(n.key + " " + kb::sd::NodeKindName(n.kind));
  return out;
}

namespace {

// `cycle` (its nodes in order) from its least node on, with its type.
std::string LoopText(std::vector<std::string> cycle, char type) {
  std::rotate(cycle.begin(), std::min_element(cycle.begin(), cycle.end()), cycle.end());
  std::string text;
  for (const std::string& node : cycle) text += (text.empty() ? "" : " > ") + node;
  return text + ": " + type;
}

}  // namespace

std::multiset<std::string> EnumerateLoops(const kb::sd::Import& import, std::size_t max_length,
                                          bool with_unknown) {
  // Every path from each start through nodes that sort after it, closed
  // when a link leads back to the start: each simple cycle once.
  std::map<std::string, std::vector<const kb::sd::Link*>> out;
  for (const auto& l : import.links) {
    if (l.sign == kb::sd::Sign::kUnknown && !with_unknown) continue;
    out[l.from].push_back(&l);
  }
  std::multiset<std::string> loops;
  std::vector<std::string> path;
  std::vector<kb::sd::Sign> signs;
  std::function<void(const std::string&)> walk = [&](const std::string& node) {
    for (const kb::sd::Link* l : out[node]) {
      if (l->to == path.front()) {
        bool unknown = l->sign == kb::sd::Sign::kUnknown;
        int product = l->sign == kb::sd::Sign::kNegative ? -1 : 1;
        for (kb::sd::Sign s : signs) {
          unknown = unknown || s == kb::sd::Sign::kUnknown;
          if (s == kb::sd::Sign::kNegative) product = -product;
        }
        loops.insert(LoopText(path, unknown ? 'U' : product > 0 ? 'R' : 'B'));
        continue;
      }
      if (l->to < path.front() || path.size() >= max_length ||
          std::find(path.begin(), path.end(), l->to) != path.end()) {
        continue;
      }
      path.push_back(l->to);
      signs.push_back(l->sign);
      walk(l->to);
      path.pop_back();
      signs.pop_back();
    }
  };
  for (const auto& [start, links] : out) {
    path = {start};
    signs.clear();
    walk(start);
  }
  return loops;
}

std::multiset<std::string> LoopsInAnswer(const std::string& json_text) {
  const json answer = json::parse(json_text, nullptr, false);
  INFO(json_text);
  REQUIRE(answer.is_object());
  std::multiset<std::string> loops;
  for (const json& loop : answer["paths"]) {
    loops.insert(LoopText(loop["nodes"].get<std::vector<std::string>>(),
                          loop["type"].get<std::string>()[0]));
  }
  return loops;
}

namespace {

const char* RelationOf(kb::sd::Sign sign) {
  switch (sign) {
    case kb::sd::Sign::kPositive:
      return "increases";
    case kb::sd::Sign::kNegative:
      return "decreases";
    default:
      return "depends_on";
  }
}

}  // namespace

std::multiset<std::string> EngineLoops(const kb::sd::Import& import, int depth,
                                       bool& with_unknown) {
  json document = {{"format", "causalkg/1"}, {"nodes", json::array()}, {"claims", json::array()}};
  for (const auto& n : import.nodes) {
    document["nodes"].push_back(
        {{"id", n.key}, {"kind", kb::sd::NodeKindName(n.kind)}, {"label", n.name}});
  }
  for (const auto& l : import.links) {
    document["claims"].push_back({{"subject", l.from},
                                  {"relation", RelationOf(l.sign)},
                                  {"object", l.to},
                                  {"quote", l.quote}});
  }
  ScratchStore db;
  MustLoad(*db.store, document.dump());
  with_unknown = false;
  if (auto id = db.store->FindTerm("depends_on"); id.ok() && id->has_value()) {
    std::string name;
    TermInfo info;
    REQUIRE(db.store->ReadTerm(**id, name, info).ok());
    with_unknown = info.polarity != Polarity::kNone;
  }
  std::ostringstream out, err;
  cli::StatementRunner runner(*db.store, out, err);
  runner.set_format(cli::OutputFormat::kJson);
  const std::string statement = "LOOPS DEPTH " + std::to_string(depth) + " LIMIT 1000000";
  INFO(statement << "\n" << err.str());
  REQUIRE(runner.Run(statement));
  return LoopsInAnswer(out.str());
}

}  // namespace causalkg::testing
