#include "cli/help_topics.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <vector>

#include "grammar/keywords.hpp"
#include "grammar/limits.hpp"
#include "kb/ingest/format_registry.hpp"

namespace causalkg::cli {

namespace {

using grammar::KeywordRole;
using grammar::KeywordUse;

// A statement's explanation; `also` names the prefix it covers too.
struct Topic {
  std::string_view word;
  std::string_view also;
  std::string text;
};

// The formats LOAD reads, a line each: the name FORMAT gives, and the
// extensions that choose it.
std::string FormatsTable() {
  std::string table = "  format    extensions\n";
  for (const kb::Format& format : kb::Formats().formats()) {
    std::string line = "  " + format.name;
    line.resize(std::max<std::size_t>(line.size() + 1, 12), ' ');
    for (const std::string& extension : format.extensions) line += extension + " ";
    line.pop_back();
    table += line + "\n";
  }
  return table;
}

const std::vector<Topic>& Topics() {
  static const std::vector<Topic> topics = {
      {"MATCH", "COUNT",
       "Finds the claims that fit triple patterns; patterns that share a variable are joined.\n"
       "WHERE compares variables with names or each other (=, !=) and sign(?r) with '+', '-', '?' "
       "or 'none'.\n"
       "EVIDENCE ?e after a pattern makes a row of each piece of its claim's evidence: WHERE\n"
       "?e.confidence >= 0.6 AND ?e.source IN (a, b), RETURN ?e or ?e.quote, ORDER BY ?e.confidence.\n"
       "COUNT MATCH ... counts the rows. Rows stop at LIMIT (default 1000).\n\n"
       "  MATCH ?policy is_a lever, ?policy addresses ?what\n"
       "  MATCH ?a ?r social_cohesion WHERE sign(?r) = '-' RETURN ?a, ?r\n"
       "  MATCH ?a ?r social_cohesion EVIDENCE ?e WHERE ?e.confidence >= 0.6 RETURN ?a, ?e.quote\n"
       "  COUNT MATCH ?s ?r ?o\n"},
      {"PATHS", "",
       "Every chain of causal claims from a to b, shortest first: each step's relation and sign,\n"
       "and the chain's net sign (the product of its steps; ? when a step's sign is not stated).\n"
       "A chain never visits a node twice. DEPTH bounds the steps (default 4, at most " +
           std::to_string(grammar::kMaxDepth) +
           ");\nSIGN - keeps the chains that work against b, SIGN ? those of unknown sign.\n"
           "WHERE follows only the steps with a piece of evidence that meets every condition\n"
           "(confidence >= 0.6, modality != can, modality = none, source IN (a, b)); MIN BELIEF x "
           "only\nthose whose claim's belief is x or more; ORDER BY belief lists the most "
           "believable chains\nfirst (every chain, then LIMIT). Every chain statement takes "
           "WHERE and MIN BELIEF.\n\n"
           "  PATHS FROM digitalisation TO social_cohesion\n"
           "  PATHS FROM digitalisering TO 'sociale samenhang' SIGN - AS DOT\n"
           "  PATHS FROM digitalisation TO social_cohesion WHERE confidence >= 0.6 ORDER BY "
           "belief\n"},
      {"EFFECTS", "",
       "Everything x leads to within the depth: the shortest distance and the net signs of the "
       "chains\n"
       "(+, - or ?, and +/-, +/?, -/? or +/-/? when chains disagree).\n\n"
       "  EFFECTS OF digitalisation DEPTH 2\n"},
      {"CAUSES", "",
       "Everything that leads to x within the depth, against the arrows, with distances and net "
       "signs.\n\n"
       "  CAUSES OF 'social cohesion'\n"},
      {"SHORTEST", "",
       "One chain with the fewest steps from a to b, or none.\n\n"
       "  SHORTEST FROM digitalisation TO social_cohesion\n"},
      {"LOOPS", "",
       "Feedback loops: each cycle once, R (reinforcing: an even number of negative steps), B\n"
       "(balancing: an odd number) or U (unknown: a step whose sign is not stated).\n"
       "The bundled report names no loop; a model such as LOAD 'SIR.mdl' has three.\n"
       "Shortest first; DEPTH may be any number, or ALL. COUNT LOOPS counts them by length and\n"
       "type without listing them; LOOPS INDEPENDENT gives a shortest independent loop set, each\n"
       "component's beside its cyclomatic number. In csv, tsv or jsonl (--format, .mode) LOOPS\n"
       "writes each loop as it is found, in the order found, none held, and every loop unless\n"
       "a LIMIT is given.\n\n"
       "  LOOPS\n"
       "  LOOPS DEPTH 6 SIGN - AS DOT\n"
       "  COUNT LOOPS DEPTH ALL\n"
       "  LOOPS INDEPENDENT\n"},
      {"LEVERS", "",
       "The levers (policies in place) and recommendations that act on t or on a cause of t, with "
       "the\n"
       "node each acts on, its distance to t, and the net sign of its chains into t.\n\n"
       "  LEVERS FOR social_cohesion\n"},
      {"BLINDSPOTS", "",
       "The causes of t that no lever in place acts on, root causes first, each with the "
       "recommendations\n"
       "that would act on it. In the SCP report, access and skills policy misses social "
       "inequality and\n"
       "individualisation.\n\n"
       "  BLINDSPOTS FOR 'social cohesion'\n"},
      {"CONTRADICTIONS", "",
       "Pairs of claims that disagree: the same subject and object linked by relations of "
       "opposite\n"
       "sign (+ and -; ? disagrees with nothing), from one source or several; and a claim with "
       "a piece\n"
       "of evidence that refutes it. Each side shows its relation, sources, quotes and belief "
       "(how\n"
       "much its evidence and its sources' error rates support it: docs/belief.md). FOR x keeps "
       "the\n"
       "claims whose subject or object is x, VIA the claims of those relations. CHAINS pairs "
       "the chains\n"
       "from a to b of net sign + with those of net sign -. The strongest disagreement comes "
       "first: by\n"
       "the belief of its weaker side. The bundled report does not contradict itself; loaded "
       "beside\n"
       "kb/examples/digital-divide.json, which reads a Wikipedia article, it does.\n\n"
       "  CONTRADICTIONS\n"
       "  CONTRADICTIONS FOR social_connections\n"
       "  CONTRADICTIONS CHAINS FROM digitalisation TO social_cohesion DEPTH 3\n"},
      {"WHY", "",
       "The evidence for a claim: source, verbatim quote, modality, confidence, and where a "
       "piece has\n"
       "them its locator (section, page, byte offsets, URL), how it came (stated, extracted, "
       "inferred,\n"
       "imported, by what tool), whether it refutes the claim, and its attributes. With two "
       "nodes, the\n"
       "evidence for every step of the shortest chain between them.\n\n"
       "  WHY digitalisation strengthens individualisation\n"
       "  WHY digitalisation social_cohesion\n"},
      {"ADD", "",
       "Adds a claim (and the nodes and relation it names, when new), atomically. A new node "
       "whose\n"
       "name is one typo from a node's (or differs in case only) gets a warning: did you mean "
       "it?\n\n"
       "  ADD digitalisation amplifies loneliness QUOTE 'lonelier online' SOURCE my-notes "
       "CONFIDENCE 0.4\n"},
      {"REMOVE", "",
       "Removes a claim and its evidence; removing an absent claim is an error. An end of the "
       "claim left\n"
       "with no claim and no label of its own goes with it. REMOVE NODE removes a node with every "
       "claim\n"
       "it is the subject or object of, and their evidence, atomically.\n\n"
       "  REMOVE digitalisation amplifies loneliness\n"
       "  REMOVE NODE distance_between_people\n"},
      {"LOAD", "",
       "Loads a file, all or nothing (as .load and `causalkg load` do): causalkg's claims, or "
       "another\n"
       "tool's map, model or table. FORMAT names its format (in any case); without it, the "
       "file's\n"
       "extension says, else its first bytes.\n\n" +
           FormatsTable() +
           "\n"
           "  LOAD 'claims.jsonl'\n"
           "  LOAD 'map.txt' FORMAT kumu\n"},
      {"RENAME", "",
       "Gives a node a new id, atomically. Its claims, evidence and labels stay with it. The new "
       "id\n"
       "must be no other node's id or label: to join two nodes, MERGE them.\n\n"
       "  RENAME NODE digital_skills TO digital_literacy\n"},
      {"MERGE", "",
       "Makes two nodes one, atomically: every claim of a becomes the same claim of b, joining "
       "the\n"
       "claim b has already when it has it (the evidence of both kept; a piece with the same "
       "source\n"
       "and quote once). b takes a's labels in the languages it has none in; a goes. A claim "
       "between\n"
       "a and b would become a claim of b on itself, and is refused: REMOVE it first.\n\n"
       "  MERGE connectedness INTO social_connections\n"
       "  EXPLAIN MERGE 'verbondenheid' INTO 'sociale verbindingen'\n"},
      {"EXPLAIN", "PROFILE",
       "EXPLAIN shows how a statement would be evaluated; PROFILE runs it and adds rows and "
       "time.\n\n"
       "  PROFILE PATHS FROM digitalisation TO social_cohesion DEPTH 6\n"},
  };
  return topics;
}

// "PATHS, SHORTEST and EFFECTS"
std::string Listed(const std::vector<std::string_view>& words) {
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) out += i + 1 == words.size() ? " and " : ", ";
    out += words[i];
  }
  return out;
}

// Where a keyword may come, as a sentence.
std::string Place(const KeywordUse& use) {
  std::vector<std::string_view> after;
  bool at_start = false;
  for (std::string_view word : grammar::ListWords(use.after)) {
    if (word == grammar::kStatementStart) {
      at_start = true;
    } else {
      after.push_back(word);
    }
  }
  std::string place;
  if (at_start) place = "at the start of a statement";
  if (!after.empty()) place += (place.empty() ? "after " : ", or after ") + Listed(after);
  const std::vector<std::string_view> in = grammar::ListWords(use.in);
  if (!in.empty() && in.front() == grammar::kAnyStatement) {
    place = "at the end of any statement";
  } else if (!in.empty()) {
    place = "in " + Listed(in);
  }
  return place;
}

std::string KeywordBlock(const KeywordUse& use) {
  return std::string(use.syntax) + "\n  " + std::string(use.summary) + "\n  " + Place(use) +
         "\n  for example: " + std::string(use.example) + "\n";
}

std::string OutputsLine() {
  std::string formats;
  for (std::string_view format : grammar::FormatWords())
    formats += std::string(formats.empty() ? "AS " : " | AS ") + std::string(format);
  return "Any statement may end with " + formats + " and TO 'file'.\n";
}

const Topic* TopicOf(std::string_view word) {
  for (const Topic& topic : Topics()) {
    if (word == topic.word || word == topic.also) return &topic;
  }
  return nullptr;
}

std::string Syntax(std::string_view word) {
  std::string lines;
  for (const KeywordUse* use : grammar::UsesOf(word)) lines += std::string(use->syntax) + "\n";
  return lines;
}

}  // namespace

std::string StatementHelp(const std::string& topic) {
  // Parameters are no keyword: `.help $` (or PARAM, PARAMETERS).
  std::string upper;
  for (char c : topic) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (topic == "$" || upper == "PARAM" || upper == "PARAMS" || upper == "PARAMETERS") {
    return "$name stands for a value given when the statement runs: a node or relation name,\n"
           "what a WHERE comparison compares with, DEPTH, LIMIT, CONFIDENCE, and ADD's QUOTE,\n"
           "SOURCE and MODALITY. The statement is parsed once and runs with each value as if it\n"
           "were written in its place. .param set NAME VALUE gives a value to every later\n"
           "statement (.param list, .param unset NAME, .param clear); a parameter without a\n"
           "value is an error at it, before anything runs.\n\n"
           "  .param set from digitalisation\n"
           "  .param set to 'social cohesion'\n"
           "  PATHS FROM $from TO $to DEPTH 3\n";
  }
  const std::vector<const KeywordUse*> uses = grammar::UsesOf(topic);
  if (uses.empty()) return "";
  if (const Topic* statement = TopicOf(uses.front()->word)) {
    std::string help = Syntax(statement->word);
    if (!statement->also.empty()) help += Syntax(statement->also);
    return help + "\n" + statement->text + "\n" + OutputsLine();
  }
  std::string help;
  for (const KeywordUse* use : uses) help += (help.empty() ? "" : "\n") + KeywordBlock(*use);
  return help;
}

std::string StatementSummary() {
  std::string out;
  for (const KeywordUse& use : grammar::kKeywordTable) {
    if (use.role == KeywordRole::kStatement || use.role == KeywordRole::kPrefix)
      out += "  " + std::string(use.syntax) + "\n";
  }
  return out;
}

}  // namespace causalkg::cli
