#include "map_import_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <tuple>

#include "test_support.hpp"

namespace causalkg::testing {

using kb::maps::CausalMap;
using kb::maps::MapLink;

std::string ImportDataPath(const std::string& relative) {
  return std::string(CAUSALKG_SOURCE_DIR) + "/tests/data/import/" + relative;
}

std::string ImportData(const std::string& relative) {
  const std::string text = ReadFile(ImportDataPath(relative));
  REQUIRE_FALSE(text.empty());
  return text;
}

std::multiset<std::string> LinkTexts(const CausalMap& map) {
  std::multiset<std::string> out;
  for (const MapLink& link : map.links) {
    out.insert(map.nodes[link.from].id + " -[" + link.relation + " " +
               kb::maps::SignText(link.sign) + "]-> " + map.nodes[link.to].id);
  }
  return out;
}

CausalMap MustParse(const Result<CausalMap>& parsed) {
  INFO((parsed.ok() ? std::string() : parsed.status().ToString()));
  REQUIRE(parsed.ok());
  return parsed.value();
}

bool HasRemark(const CausalMap& map, const std::string& part) {
  for (const std::string& remark : map.remarks) {
    if (remark.find(part) != std::string::npos) return true;
  }
  return false;
}

namespace {

std::string CycleText(std::vector<std::string> nodes, std::vector<char> signs) {
  const std::size_t first = std::min_element(nodes.begin(), nodes.end()) - nodes.begin();
  std::rotate(nodes.begin(), nodes.begin() + first, nodes.end());
  std::rotate(signs.begin(), signs.begin() + first, signs.end());
  int product = 1;
  bool unknown = false;
  for (char s : signs) {
    unknown |= s == '?';
    if (s == '-') product = -product;
  }
  std::string out(1, unknown ? 'U' : product > 0 ? 'R' : 'B');
  out += " " + nodes.front();
  for (std::size_t i = 0; i < signs.size(); ++i) {
    out += std::string(" -") + signs[i] + "-> " + nodes[(i + 1) % nodes.size()];
  }
  return out;
}

}  // namespace

std::multiset<std::string> BruteLoops(const std::vector<OracleEdge>& given,
                                      std::size_t max_length) {
  std::set<std::tuple<std::string, std::string, char>> unique;
  for (const OracleEdge& e : given) unique.emplace(e.from, e.to, e.sign);
  std::vector<OracleEdge> edges;
  for (const auto& [from, to, sign] : unique) edges.push_back({from, to, sign});

  // Each cycle once: from its least node, through nodes greater than it,
  // back to it.
  std::multiset<std::string> loops;
  std::vector<std::string> path;
  std::vector<char> signs;
  auto walk = [&](auto&& self, const std::string& start) -> void {
    for (const OracleEdge& e : edges) {
      if (e.from != path.back()) continue;
      if (e.to == start) {
        signs.push_back(e.sign);
        loops.insert(CycleText(path, signs));
        signs.pop_back();
        continue;
      }
      if (e.to < start || path.size() >= max_length ||
          std::find(path.begin(), path.end(), e.to) != path.end()) {
        continue;
      }
      path.push_back(e.to);
      signs.push_back(e.sign);
      self(self, start);
      path.pop_back();
      signs.pop_back();
    }
  };
  std::set<std::string> nodes;
  for (const OracleEdge& e : edges) nodes.insert(e.from);
  for (const std::string& start : nodes) {
    path = {start};
    signs.clear();
    walk(walk, start);
  }
  return loops;
}

std::multiset<std::string> EngineLoops(const nlohmann::json& result) {
  std::multiset<std::string> loops;
  for (const nlohmann::json& loop : result["paths"]) {
    std::vector<std::string> nodes;
    std::vector<char> signs;
    for (const auto& label : loop["labels"]) nodes.push_back(label.get<std::string>());
    for (const auto& step : loop["steps"]) {
      const std::string sign = step["sign"].get<std::string>();
      signs.push_back(sign.empty() ? ' ' : sign[0]);
    }
    std::string text = CycleText(nodes, signs);
    // The engine's own type, not the one the signs give.
    text[0] = loop["type"].get<std::string>()[0];
    loops.insert(text);
  }
  return loops;
}

std::size_t CountType(const std::multiset<std::string>& loops, char type) {
  return static_cast<std::size_t>(std::count_if(
      loops.begin(), loops.end(), [&](const std::string& l) { return l[0] == type; }));
}

}  // namespace causalkg::testing
