#include "query_test_oracle.hpp"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <stdexcept>
#include <tuple>

namespace causalkg::testing {

namespace {

using nlohmann::json;

const std::vector<std::pair<std::string, std::string>> kSignedRelations = {
    {"amplifies", "+"}, {"increases", "+"}, {"weakens", "-"}, {"erodes", "-"}};
// Causal, sign not stated: two built in, one declared in the document.
const std::vector<std::pair<std::string, std::string>> kUnknownRelations = {
    {"influences", "?"}, {"depends_on", "?"}, {"shapes", "?"}};

std::string SignOfRelation(const std::string& relation) {
  for (const auto* relations : {&kSignedRelations, &kUnknownRelations}) {
    for (const auto& [name, sign] : *relations) {
      if (name == relation) return sign;
    }
  }
  throw std::invalid_argument("not a causal relation: " + relation);
}

struct WalkedPath {
  std::vector<std::string> nodes;
  std::vector<const CausalEdge*> steps;
  std::string Sign() const {
    std::vector<std::string> signs;
    for (const CausalEdge* e : steps) signs.push_back(e->sign);
    return NetSign(signs);
  }
};

// Calls `visit` with every simple path (no node twice) that extends `path`
// by 1..depth - |path| steps, along the arrows or against them.
void ExtendPaths(const std::vector<CausalEdge>& edges, WalkedPath& path, int depth, bool upstream,
                 const std::function<void(const WalkedPath&)>& visit) {
  if (static_cast<int>(path.steps.size()) >= depth) return;
  const std::string here = path.nodes.back();
  for (const CausalEdge& e : edges) {
    const std::string& from = upstream ? e.to : e.from;
    const std::string& to = upstream ? e.from : e.to;
    if (from != here || std::find(path.nodes.begin(), path.nodes.end(), to) != path.nodes.end())
      continue;
    path.nodes.push_back(to);
    path.steps.push_back(&e);
    visit(path);
    ExtendPaths(edges, path, depth, upstream, visit);
    path.steps.pop_back();
    path.nodes.pop_back();
  }
}

void SimplePaths(const std::vector<CausalEdge>& edges, const std::string& start, int depth,
                 bool upstream, const std::function<void(const WalkedPath&)>& visit) {
  WalkedPath path;
  path.nodes = {start};
  ExtendPaths(edges, path, depth, upstream, visit);
}

std::string PathText(const WalkedPath& p) {
  std::vector<std::string> relations, signs;
  for (const CausalEdge* e : p.steps) {
    relations.push_back(e->relation);
    signs.push_back(e->sign);
  }
  return ChainText(p.nodes, relations, signs, p.Sign());
}

}  // namespace

bool SignedGraph::IsPolicy(const std::string& node) const {
  return std::count(levers.begin(), levers.end(), node) + IsRecommendation(node) > 0;
}

bool SignedGraph::IsRecommendation(const std::string& node) const {
  return std::count(recommendations.begin(), recommendations.end(), node) > 0;
}

std::string SignedGraph::Document() const {
  json nodes_json = json::array(), claims = json::array();
  for (const std::string& l : levers) nodes_json.push_back({{"id", l}, {"kind", "lever"}});
  for (const std::string& r : recommendations)
    nodes_json.push_back({{"id", r}, {"kind", "recommendation"}});
  for (const CausalEdge& e : edges)
    claims.push_back({{"subject", e.from}, {"relation", e.relation}, {"object", e.to}});
  for (const Action& a : actions)
    claims.push_back({{"subject", a.policy}, {"relation", a.relation}, {"object", a.node}});
  return json{{"format", "causalkg/1"},
              {"relations", json::array({{{"id", "overlooks"}, {"polarity", nullptr}},
                                         {{"id", "shapes"}, {"polarity", "?"}}})},
              {"nodes", nodes_json},
              {"claims", claims}}
      .dump();
}

std::string SignedGraph::Describe() const {
  std::string out;
  for (const CausalEdge& e : edges) out += e.from + " " + e.relation + " " + e.to + "; ";
  for (const Action& a : actions) out += a.policy + " " + a.relation + " " + a.node + "; ";
  out += "levers:";
  for (const std::string& l : levers) out += " " + l;
  out += "; recommendations:";
  for (const std::string& r : recommendations) out += " " + r;
  return out;
}

SignedGraph RandomGraph(unsigned seed, bool unknown_links) {
  std::mt19937 rng(seed);
  auto pick = [&rng](std::size_t n) { return static_cast<std::size_t>(rng() % n); };
  SignedGraph g;
  std::vector<std::string> causal;
  for (std::size_t i = 0, n = 6 + pick(4); i < n; ++i) causal.push_back("n" + std::to_string(i));
  std::set<std::tuple<std::string, std::string, std::string>> seen;
  auto add = [&](const std::string& from, const std::string& relation, const std::string& to) {
    if (seen.emplace(from, relation, to).second)
      g.edges.push_back({from, relation, to, SignOfRelation(relation)});
  };
  std::vector<std::pair<std::string, std::string>> relations = kSignedRelations;
  if (unknown_links)
    relations.insert(relations.end(), kUnknownRelations.begin(), kUnknownRelations.end());
  const std::string looped = causal[pick(causal.size())];
  add(looped, "increases", looped);
  const std::size_t u = pick(causal.size()), v = (u + 1 + pick(causal.size() - 1)) % causal.size();
  add(causal[u], "amplifies", causal[v]);
  add(causal[u], "erodes", causal[v]);
  if (unknown_links) {
    add(causal[u], kUnknownRelations[pick(kUnknownRelations.size())].first, causal[v]);
    const std::string& self = causal[pick(causal.size())];
    add(self, kUnknownRelations[pick(kUnknownRelations.size())].first, self);
  }
  for (std::size_t n = 10 + pick(16); g.edges.size() < n;) {
    add(causal[pick(causal.size())], relations[pick(relations.size())].first,
        causal[pick(causal.size())]);
  }
  for (std::size_t i = 0, n = 1 + pick(2); i < n; ++i)
    g.levers.push_back("lever" + std::to_string(i));
  for (std::size_t i = 0, n = 1 + pick(2); i < n; ++i)
    g.recommendations.push_back("rec" + std::to_string(i));
  std::set<std::pair<std::string, std::string>> acting;
  for (const auto* policies : {&g.levers, &g.recommendations}) {
    for (const std::string& p : *policies) {
      for (std::size_t i = 0, n = 1 + pick(2); i < n; ++i) {
        const std::string& node = causal[pick(causal.size())];
        if (acting.emplace(p, node).second) g.actions.push_back({p, "addresses", node});
      }
    }
  }
  g.actions.push_back({"lever0", "overlooks", causal[pick(causal.size())]});
  if (pick(2) == 0) add("lever0", "amplifies", causal[pick(causal.size())]);
  if (pick(2) == 0) add("rec0", "weakens", causal[pick(causal.size())]);
  std::set<std::string> nodes;
  for (const CausalEdge& e : g.edges) nodes.insert({e.from, e.to});
  g.nodes.assign(nodes.begin(), nodes.end());
  return g;
}

std::vector<CausalEdge> Via(const std::vector<CausalEdge>& edges,
                            const std::vector<std::string>& relations) {
  if (relations.empty()) return edges;
  std::vector<CausalEdge> kept;
  for (const CausalEdge& e : edges) {
    if (std::count(relations.begin(), relations.end(), e.relation)) kept.push_back(e);
  }
  return kept;
}

std::string NetSign(const std::vector<std::string>& step_signs) {
  if (std::count(step_signs.begin(), step_signs.end(), "?")) return "?";
  return std::count(step_signs.begin(), step_signs.end(), "-") % 2 ? "-" : "+";
}

std::string ChainText(const std::vector<std::string>& nodes,
                      const std::vector<std::string>& relations,
                      const std::vector<std::string>& step_signs, const std::string& sign) {
  std::string out = nodes.front();
  for (std::size_t i = 0; i < relations.size(); ++i) {
    out += " -[" + relations[i] + " " + step_signs[i] + "]-> " + nodes[i + 1];
  }
  return out + "  net " + sign;
}

std::string CycleText(std::vector<std::string> nodes, std::vector<std::string> steps,
                      const std::string& type) {
  const std::size_t first = std::min_element(nodes.begin(), nodes.end()) - nodes.begin();
  std::rotate(nodes.begin(), nodes.begin() + first, nodes.end());
  std::rotate(steps.begin(), steps.begin() + first, steps.end());
  std::string out = type + " " + nodes.front();
  for (std::size_t i = 0; i < steps.size(); ++i)
    out += " -[" + steps[i] + "]-> " + nodes[(i + 1) % nodes.size()];
  return out;
}

std::map<std::string, int> BrutePaths(const std::vector<CausalEdge>& edges, const std::string& from,
                                      const std::string& to, int depth) {
  std::map<std::string, int> found;
  SimplePaths(edges, from, depth, false, [&](const WalkedPath& p) {
    if (p.nodes.back() == to) found[PathText(p)] = static_cast<int>(p.steps.size());
  });
  return found;
}

std::set<std::string> BruteLoops(const SignedGraph& g, int depth,
                                 const std::optional<std::string>& through) {
  std::set<std::string> found;
  for (const std::string& start : g.nodes) {
    // A cycle is a simple path from start (of no steps or more) that one
    // more edge leads back to start.
    auto close = [&](const WalkedPath& p) {
      for (const CausalEdge& e : g.edges) {
        if (e.from != p.nodes.back() || e.to != start ||
            static_cast<int>(p.steps.size()) + 1 > depth)
          continue;
        if (through && !std::count(p.nodes.begin(), p.nodes.end(), *through)) continue;
        std::vector<std::string> steps, signs;
        for (const CausalEdge* s : p.steps) {
          steps.push_back(s->relation + " " + s->sign);
          signs.push_back(s->sign);
        }
        steps.push_back(e.relation + " " + e.sign);
        signs.push_back(e.sign);
        const std::string sign = NetSign(signs);
        found.insert(CycleText(p.nodes, steps, sign == "+" ? "R" : sign == "-" ? "B" : "U"));
      }
    };
    WalkedPath path;
    path.nodes = {start};
    close(path);
    ExtendPaths(g.edges, path, depth - 1, false, close);
  }
  return found;
}

std::map<std::string, Reach> BruteReach(const std::vector<CausalEdge>& edges,
                                        const std::string& origin, int depth, bool upstream) {
  std::map<std::string, Reach> reached;
  SimplePaths(edges, origin, depth, upstream, [&](const WalkedPath& p) {
    const int length = static_cast<int>(p.steps.size());
    auto [it, inserted] = reached.try_emplace(p.nodes.back(), Reach{length, {}});
    it->second.distance = std::min(it->second.distance, length);
    it->second.signs.insert(p.Sign());
  });
  return reached;
}

std::string ReachText(const std::string& node, int distance, const std::set<std::string>& signs) {
  std::string out = node + " " + std::to_string(distance);
  for (const std::string& s : signs) out += " " + s;
  return out;
}

std::set<std::string> BruteLevers(const SignedGraph& g, const std::string& target, int depth) {
  auto upstream = BruteReach(g.edges, target, depth, true);
  upstream[target] = Reach{0, {"+"}};
  std::set<std::string> rows;
  for (const Action& a : g.actions) {
    if (a.relation != "addresses" || !upstream.count(a.node)) continue;
    const Reach& r = upstream.at(a.node);
    rows.insert(a.policy + " " + a.relation + " " + ReachText(a.node, r.distance, r.signs) +
                (g.IsRecommendation(a.policy) ? " recommended" : " in place"));
  }
  return rows;
}

std::map<std::string, int> BruteBlindspots(const SignedGraph& g, const std::string& target,
                                           int depth) {
  std::map<std::string, int> rows;
  for (const auto& [node, reach] : BruteReach(g.edges, target, depth, true)) {
    if (node == target || g.IsPolicy(node)) continue;
    bool covered = false;
    std::set<std::string> recommended;
    for (const Action& a : g.actions) {
      if (a.relation != "addresses" || a.node != node) continue;
      if (g.IsRecommendation(a.policy))
        recommended.insert(a.policy);
      else
        covered = true;
    }
    if (covered) continue;
    std::string text = ReachText(node, reach.distance, reach.signs) + " for:";
    for (const std::string& r : recommended) text += " " + r;
    rows[text] = reach.distance;
  }
  return rows;
}

std::vector<std::vector<Piece>> RandomEvidence(const SignedGraph& g, unsigned seed) {
  std::mt19937 rng(seed * 104729u + 17u);
  auto pick = [&rng](std::size_t n) { return static_cast<std::size_t>(rng() % n); };
  const std::string sources[] = {"s1", "s2", "s3", ""};
  const std::optional<double> confidences[] = {0.2, 0.5, 0.8, 1.0, std::nullopt};
  const std::string modalities[] = {"", "can", "is"};
  std::vector<std::vector<Piece>> evidence(g.edges.size());
  for (std::vector<Piece>& pieces : evidence) {
    for (std::size_t i = 0, n = pick(4); i < n; ++i) {
      Piece piece;
      piece.source = sources[pick(4)];
      piece.confidence = confidences[pick(5)];
      piece.modality = modalities[pick(3)];
      piece.refutes = pick(8) == 0;
      pieces.push_back(std::move(piece));
    }
  }
  return evidence;
}

std::string DocumentWithEvidence(const SignedGraph& g,
                                 const std::vector<std::vector<Piece>>& evidence) {
  json document = json::parse(g.Document());
  json claims = json::array();
  std::size_t quote = 0;
  for (std::size_t i = 0; i < g.edges.size(); ++i) {
    const CausalEdge& e = g.edges[i];
    const json bare = {{"subject", e.from}, {"relation", e.relation}, {"object", e.to}};
    if (evidence[i].empty()) claims.push_back(bare);
    for (const Piece& piece : evidence[i]) {
      json claim = bare;
      // Pieces of one claim differ by their quote (one source and quote is one piece).
      claim["quote"] = "piece " + std::to_string(++quote);
      if (!piece.source.empty()) claim["source"] = piece.source;
      if (piece.confidence) claim["confidence"] = *piece.confidence;
      if (!piece.modality.empty()) claim["modality"] = piece.modality;
      if (piece.refutes) claim["stance"] = "refutes";
      claims.push_back(std::move(claim));
    }
  }
  for (const json& claim : document["claims"]) {
    if (claim["relation"] == "addresses" || claim["relation"] == "overlooks")
      claims.push_back(claim);
  }
  document["claims"] = std::move(claims);
  return document.dump();
}

double OracleBelief(const std::vector<Piece>& pieces) {
  auto side = [&](bool refuting) -> std::optional<double> {
    std::map<std::string, double> random_product;  // by source
    for (const Piece& p : pieces) {
      if (p.refutes != refuting) continue;
      const double random =
          p.confidence ? 1 - *p.confidence : 1 - 0.7 * (p.modality == "can" ? 0.75 : 1.0);
      auto [it, inserted] = random_product.try_emplace(p.source, 1.0);
      it->second *= random;
    }
    if (random_product.empty()) return std::nullopt;
    double all_wrong = 1;
    for (const auto& [source, product] : random_product) all_wrong *= 0.05 + product;
    return 1 - all_wrong;
  };
  const double support = side(false).value_or(0.65);
  const double refute = side(true).value_or(0.0);
  return support * (1 - refute);
}

}  // namespace causalkg::testing
