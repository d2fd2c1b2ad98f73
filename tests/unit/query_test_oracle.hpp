// A brute-force oracle for the chain statements, and the random signed graphs
// it is run on. It walks the edge list itself, with no adjacency index, no
// pruning and no memo, so that it is easy to check against query-language.md:
// every answer is read off the set of all simple edge sequences. Signs are
// text here ("+", "-", "?"), and a chain's net sign is read off its steps
// (any "?" step: "?"; else "-" for an odd number of "-" steps), not
// multiplied as the engine does.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace causalkg::testing {

struct CausalEdge {
  std::string from, relation, to;
  std::string sign = "+";  // "+", "-", or "?": causal, sign not stated
};

// A lever or recommendation and a node it `addresses` (acting) or
// `overlooks` (not acting).
struct Action {
  std::string policy, relation, node;
};

struct SignedGraph {
  std::vector<std::string> nodes;  // every end of a causal edge, policies too
  std::vector<std::string> levers, recommendations;
  std::vector<CausalEdge> edges;
  std::vector<Action> actions;

  bool IsPolicy(const std::string& node) const;
  bool IsRecommendation(const std::string& node) const;
  // The graph as a claims document for kb::LoadDocumentText.
  std::string Document() const;
  // One line for a failure message.
  std::string Describe() const;
};

// 6-9 causal nodes n0, n1, ... and 10-25 causal edges among amplifies,
// increases (+), weakens and erodes (-), with at least one self-loop and one
// pair of nodes joined by edges of both signs; 1-2 levers and 1-2
// recommendations addressing causal nodes; lever0 overlooks a node; and now
// and then a lever or a recommendation with a causal edge of its own.
// With `unknown_links`, the edges are also of relations whose sign is not
// stated: the built-in influences and depends_on, and shapes, declared "?"
// in the document; at least one such edge joins a pair of nodes that a +
// edge joins too, and one is a self-loop.
SignedGraph RandomGraph(unsigned seed, bool unknown_links = false);

// The edges whose relation is in `relations` (all of them when it is empty).
std::vector<CausalEdge> Via(const std::vector<CausalEdge>& edges,
                            const std::vector<std::string>& relations);

// The net sign of a chain of steps of these signs: "?" when one is "?",
// else "-" when an odd number are "-", else "+".
std::string NetSign(const std::vector<std::string>& step_signs);

// "a -[amplifies +]-> b -[weakens -]-> c  net -"
std::string ChainText(const std::vector<std::string>& nodes,
                      const std::vector<std::string>& relations,
                      const std::vector<std::string>& step_signs, const std::string& sign);

// "B a -[amplifies +]-> b -[weakens -]-> a" from the smallest node, so that
// a cycle has one text whatever node it was found from. `steps` are
// "relation sign"; steps[i] leads from nodes[i] to the next node.
std::string CycleText(std::vector<std::string> nodes, std::vector<std::string> steps,
                      const std::string& type);

// Every simple path from `from` to `to` of 1..depth steps, as ChainText,
// with its length.
std::map<std::string, int> BrutePaths(const std::vector<CausalEdge>& edges, const std::string& from,
                                      const std::string& to, int depth);

// Every simple cycle of 1..depth steps (through `through` when given), as CycleText.
std::set<std::string> BruteLoops(const SignedGraph& g, int depth,
                                 const std::optional<std::string>& through);

struct Reach {
  int distance = 0;
  std::set<std::string> signs;  // "+", "-", "?"
};

// The nodes that simple paths of 1..depth steps reach from `origin`, along
// the arrows or against them, with the fewest steps and every net sign.
std::map<std::string, Reach> BruteReach(const std::vector<CausalEdge>& edges,
                                        const std::string& origin, int depth, bool upstream);

// "n3 2 + - ?": a node, its distance and its signs (in the order of the
// set: + - ?).
std::string ReachText(const std::string& node, int distance, const std::set<std::string>& signs);

// LEVERS FOR target: "policy addresses <ReachText of the node> in place|recommended"
// for each lever or recommendation acting on the target (distance 0, the
// empty chain: +) or on a node upstream of it within the depth.
std::set<std::string> BruteLevers(const SignedGraph& g, const std::string& target, int depth);

// BLINDSPOTS FOR target: "<ReachText> for: rec0 rec1" for each node upstream
// within the depth (the target excluded), not a policy, that no lever in
// place acts on, with the recommendations acting on it; and its distance.
std::map<std::string, int> BruteBlindspots(const SignedGraph& g, const std::string& target,
                                           int depth);

// A piece of evidence of a random graph's claim: all a piece has that the
// random evidence varies.
struct Piece {
  std::string source;  // "" for none
  std::optional<double> confidence;
  std::string modality;  // "", "can" (a hedge) or "is"
  bool refutes = false;
};

// 0 to 3 pieces for each edge of `g` (in the order of g.edges), from the
// sources s1, s2, s3 or none, with confidences of 0.2, 0.5, 0.8, 1 or none,
// modalities can, is or none, and now and then a piece that refutes.
std::vector<std::vector<Piece>> RandomEvidence(const SignedGraph& g, unsigned seed);

// g.Document() with each edge's pieces: one claim record a piece.
std::string DocumentWithEvidence(const SignedGraph& g,
                                 const std::vector<std::vector<Piece>>& evidence);

// The belief of a claim whose evidence is `pieces`, its sources declaring
// no error rates (docs/belief.md, worked here apart from the engine): the
// pieces of each source err together with a systematic error of 0.05 and
// each at random with 1 - confidence, or without one 0.3 (a hedge: 1 -
// 0.7 * 0.75); support is 1 - the product over sources of (0.05 + the
// product of random errors), 0.65 with no supporting piece; the refuting
// pieces give `refute` alike; the belief is support * (1 - refute).
double OracleBelief(const std::vector<Piece>& pieces);

}  // namespace causalkg::testing
