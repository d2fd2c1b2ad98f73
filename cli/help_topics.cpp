#include "cli/help_topics.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace causalkg::cli {

namespace {

struct Topic {
  const char* name;
  const char* synopsis;
  const char* text;
};

constexpr std::array<Topic, 13> kTopics = {{
    {"MATCH", "MATCH ?a rel ?b [, ...] [WHERE ...] [RETURN ...] [ORDER BY ...] [LIMIT n]",
     "Finds the claims that fit triple patterns; patterns that share a variable are joined.\n"
     "WHERE compares variables with names or each other (=, !=) and sign(?r) with '+', '-' or "
     "'none'.\n"
     "COUNT MATCH ... counts the rows. Rows stop at LIMIT (default 1000).\n\n"
     "  MATCH ?policy is_a lever, ?policy addresses ?what\n"
     "  MATCH ?a ?r social_cohesion WHERE sign(?r) = '-' RETURN ?a, ?r\n"
     "  COUNT MATCH ?s ?r ?o\n"},
    {"PATHS", "PATHS FROM a TO b [DEPTH n] [VIA rel, ...] [SIGN + | -] [LIMIT n]",
     "Every chain of causal claims from a to b, shortest first: each step's relation and sign,\n"
     "and the chain's net sign (the product of its steps). A chain never visits a node twice.\n"
     "DEPTH bounds the steps (default 4, at most 12); SIGN - keeps the chains that work against "
     "b.\n\n"
     "  PATHS FROM digitalisation TO social_cohesion\n"
     "  PATHS FROM digitalisering TO 'sociale samenhang' SIGN - AS DOT\n"},
    {"SHORTEST", "SHORTEST FROM a TO b [VIA rel, ...] [DEPTH n]",
     "One chain with the fewest steps from a to b, or none.\n\n"
     "  SHORTEST FROM digitalisation TO social_cohesion\n"},
    {"EFFECTS", "EFFECTS OF x [DEPTH n] [VIA rel, ...] [LIMIT n]",
     "Everything x leads to within the depth: the shortest distance and the net signs of the "
     "chains\n"
     "(+, - or +/- when chains disagree).\n\n"
     "  EFFECTS OF digitalisation DEPTH 2\n"},
    {"CAUSES", "CAUSES OF x [DEPTH n] [VIA rel, ...] [LIMIT n]",
     "Everything that leads to x within the depth, against the arrows, with distances and net "
     "signs.\n\n"
     "  CAUSES OF 'social cohesion'\n"},
    {"LOOPS", "LOOPS [THROUGH x] [DEPTH n] [LIMIT n]",
     "Feedback loops: each cycle once, R (reinforcing: an even number of negative steps) or B "
     "(balancing).\n\n"
     "  LOOPS\n"
     "  LOOPS THROUGH social_inequality AS DOT\n"},
    {"LEVERS", "LEVERS FOR t [DEPTH n]",
     "The levers (policies in place) and recommendations that act on t or on a cause of t, with "
     "the\n"
     "node each acts on, its distance to t, and the net sign of its chains into t.\n\n"
     "  LEVERS FOR social_cohesion\n"},
    {"BLINDSPOTS", "BLINDSPOTS FOR t [DEPTH n]",
     "The causes of t that no lever in place acts on, root causes first, each with the "
     "recommendations\n"
     "that would act on it. In the SCP report, access and skills policy misses social inequality "
     "and\n"
     "individualisation.\n\n"
     "  BLINDSPOTS FOR 'social cohesion'\n"},
    {"WHY", "WHY a rel b | WHY a b",
     "The evidence for a claim: source, verbatim quote, modality, confidence. With two nodes, the\n"
     "evidence for every step of the shortest chain between them.\n\n"
     "  WHY digitalisation strengthens individualisation\n"
     "  WHY digitalisation social_cohesion\n"},
    {"ADD", "ADD a rel b [QUOTE '...'] [SOURCE id] [CONFIDENCE x] [MODALITY m]",
     "Adds a claim (and the nodes and relation it names, when new), atomically.\n\n"
     "  ADD digitalisation amplifies loneliness QUOTE 'lonelier online' SOURCE my-notes CONFIDENCE "
     "0.4\n"},
    {"REMOVE", "REMOVE a rel b",
     "Removes a claim and its evidence; removing an absent claim is an error.\n\n"
     "  REMOVE digitalisation amplifies loneliness\n"},
    {"LOAD", "LOAD 'file'",
     "Loads a JSON or JSON Lines claims file, all or nothing (as .load does).\n\n"
     "  LOAD 'claims.jsonl'\n"},
    {"EXPLAIN", "EXPLAIN statement | PROFILE statement",
     "EXPLAIN shows how a statement would be evaluated; PROFILE runs it and adds rows and time.\n\n"
     "  PROFILE PATHS FROM digitalisation TO social_cohesion DEPTH 6\n"},
}};

std::string Upper(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::toupper(c); });
  return s;
}

}  // namespace

std::string StatementHelp(const std::string& topic) {
  std::string wanted = Upper(topic);
  if (wanted == "PROFILE") wanted = "EXPLAIN";
  if (wanted == "COUNT") wanted = "MATCH";
  for (const Topic& t : kTopics) {
    if (wanted == t.name) {
      return std::string(t.synopsis) + "\n\n" + t.text +
             "\nAny statement may end with AS TABLE | AS JSON | AS DOT and TO 'file'.\n";
    }
  }
  return "";
}

std::string StatementSummary() {
  std::string out;
  for (const Topic& t : kTopics) out += "  " + std::string(t.synopsis) + "\n";
  return out;
}

}  // namespace causalkg::cli
