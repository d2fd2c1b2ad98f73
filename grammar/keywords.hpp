// The query language's keywords, in one table. Everything that knows a
// keyword reads it from here: the keyword guard (a keyword is never a bare
// name; quoted, it is), the parse errors' "expected ..." and "did you mean",
// the shell's completion and its help.
//
// The X3 rules (grammar/x3/query_def.hpp) spell their keywords as literals;
// a literal that is not a word of this table fails to compile there, and
// tests/unit/keywords_test.cpp parses every use's example, so the rules and
// the table cannot drift apart unnoticed. Adding a keyword: a row here, its
// literal in the rule.
#pragma once

#include <string_view>
#include <vector>

namespace causalkg::grammar {

enum class KeywordRole {
  kStatement,  // begins a statement: MATCH, PATHS, ...
  kPrefix,     // comes before a statement and changes how it runs: COUNT, EXPLAIN, PROFILE
  kClause,     // a required part of a statement: FROM, OF, BY, ...
  kOption,     // an optional part, each at most once: DEPTH, WHERE, QUOTE, ...
  kOperator,   // inside a clause: AND, ASC, DESC, sign(?r)
  kOutput,     // how and where a result is written: AS, TO, and the formats after AS
};

// One place a keyword may take in a statement; a word with two places (TO,
// SIGN) has two rows.
struct KeywordUse {
  std::string_view word;  // upper case
  KeywordRole role;
  // Where it may come: directly after one of the words of `after` ("^" is
  // the start of a statement), or anywhere after the required part of a
  // statement begun by one of the words of `in` ("*": any statement). Both
  // are space-separated lists of keywords.
  std::string_view after;
  std::string_view in;
  std::string_view syntax;   // how it is written; for a statement, its synopsis
  std::string_view summary;  // what it does, in one line
  std::string_view example;  // a statement on the bundled report that uses it here
};

// The start of a statement, in `after`.
inline constexpr std::string_view kStatementStart = "^";
// Any statement, in `in`.
inline constexpr std::string_view kAnyStatement = "*";

// Statements come in the order the "expected a statement" message lists
// them; a statement's options in the order "keywords: ..." hints list them.
inline constexpr KeywordUse kKeywordTable[] = {
    // clang-format off
    {"MATCH", KeywordRole::kStatement, "^ EXPLAIN PROFILE COUNT", "",
     "MATCH ?a rel ?b [EVIDENCE ?e] [, ...] [WHERE ...] [RETURN ...] [ORDER BY ...] [LIMIT n]",
     "the claims that fit triple patterns, joined on their shared variables",
     "MATCH ?a strengthens ?b, ?b weakens social_cohesion"},
    {"PATHS", KeywordRole::kStatement, "^ EXPLAIN PROFILE", "",
     "PATHS FROM a TO b [DEPTH n] [VIA rel, ...] [SIGN + | - | ?] [WHERE ...] [MIN BELIEF x] "
     "[ORDER BY belief] [LIMIT n]",
     "every chain of causal claims from a to b, shortest first, with its net sign",
     "PATHS FROM digitalisation TO social_cohesion"},
    {"EFFECTS", KeywordRole::kStatement, "^ EXPLAIN PROFILE", "",
     "EFFECTS OF x [DEPTH n] [VIA rel, ...] [WHERE ...] [MIN BELIEF x] [ORDER BY belief] [LIMIT n]",
     "what x leads to, with distances and net signs",
     "EFFECTS OF digitalisation"},
    {"CAUSES", KeywordRole::kStatement, "^ EXPLAIN PROFILE", "",
     "CAUSES OF x [DEPTH n] [VIA rel, ...] [WHERE ...] [MIN BELIEF x] [ORDER BY belief] [LIMIT n]",
     "what leads to x, with distances and net signs",
     "CAUSES OF social_cohesion"},
    {"SHORTEST", KeywordRole::kStatement, "^ EXPLAIN PROFILE", "",
     "SHORTEST FROM a TO b [VIA rel, ...] [DEPTH n] [WHERE ...] [MIN BELIEF x] [ORDER BY belief]",
     "one chain with the fewest steps from a to b",
     "SHORTEST FROM digitalisation TO social_cohesion"},
    {"LOOPS", KeywordRole::kStatement, "^ EXPLAIN PROFILE COUNT", "",
     "LOOPS [INDEPENDENT] [THROUGH x] [DEPTH n | ALL] [SIGN + | - | ?] [WHERE ...] "
     "[MIN BELIEF x] [ORDER BY belief] [LIMIT n]",
     "each feedback loop once: reinforcing (R), balancing (B), or unknown (U: a link's sign "
     "not stated)",
     "LOOPS"},
    {"LEVERS", KeywordRole::kStatement, "^ EXPLAIN PROFILE", "",
     "LEVERS FOR t [DEPTH n] [WHERE ...] [MIN BELIEF x] [ORDER BY belief]",
     "the levers and recommendations that act on the chains into t",
     "LEVERS FOR social_cohesion"},
    {"BLINDSPOTS", KeywordRole::kStatement, "^ EXPLAIN PROFILE", "",
     "BLINDSPOTS FOR t [DEPTH n] [WHERE ...] [MIN BELIEF x] [ORDER BY belief]",
     "the causes of t that no lever in place acts on, root causes first",
     "BLINDSPOTS FOR social_cohesion"},
    {"CONTRADICTIONS", KeywordRole::kStatement, "^ EXPLAIN PROFILE", "",
     "CONTRADICTIONS [FOR x] [LIMIT n] | CONTRADICTIONS CHAINS FROM a TO b [DEPTH n] [WHERE ...] "
     "[MIN BELIEF x] [ORDER BY belief] [LIMIT n]",
     "pairs of claims that disagree (opposite signs between the same nodes, or evidence that "
     "refutes a claim), or of chains of opposite net sign",
     "CONTRADICTIONS CHAINS FROM digitalisation TO social_cohesion"},
    {"WHY", KeywordRole::kStatement, "^ EXPLAIN PROFILE", "",
     "WHY a rel b | WHY a b",
     "the evidence of a claim, or of each step of the shortest chain",
     "WHY digitalisation strengthens individualisation"},
    {"ADD", KeywordRole::kStatement, "^ EXPLAIN PROFILE", "",
     "ADD a rel b [QUOTE '...'] [SOURCE id] [CONFIDENCE x] [MODALITY m]",
     "adds a claim and its evidence",
     "ADD digitalisation amplifies loneliness"},
    {"REMOVE", KeywordRole::kStatement, "^ EXPLAIN PROFILE", "",
     "REMOVE a rel b | REMOVE NODE a",
     "removes a claim and its evidence, or a node with its claims",
     "REMOVE digitalisation amplifies loneliness"},
    {"LOAD", KeywordRole::kStatement, "^ EXPLAIN PROFILE", "",
     "LOAD 'file' [FORMAT name]",
     "loads a file of claims, or another tool's map, model or table, all or nothing",
     "LOAD 'claims.jsonl'"},
    {"RENAME", KeywordRole::kStatement, "^ EXPLAIN PROFILE", "",
     "RENAME NODE a TO b",
     "gives node a the new id b; its claims, evidence and labels stay with it",
     "RENAME NODE digital_skills TO digital_literacy"},
    {"MERGE", KeywordRole::kStatement, "^ EXPLAIN PROFILE", "",
     "MERGE a INTO b",
     "moves every claim of node a onto node b, evidence kept, and removes a",
     "EXPLAIN MERGE connectedness INTO social_connections"},

    {"COUNT", KeywordRole::kPrefix, "^ EXPLAIN PROFILE", "",
     "COUNT MATCH ... | COUNT LOOPS [THROUGH x] [DEPTH n | ALL]",
     "counts the rows of a MATCH, or the loops by length and type, without holding them",
     "COUNT MATCH ?s ?r ?o"},
    {"EXPLAIN", KeywordRole::kPrefix, "^", "",
     "EXPLAIN statement",
     "shows how a statement would be evaluated, without running it",
     "EXPLAIN MATCH ?a strengthens ?b, ?b weakens social_cohesion"},
    {"PROFILE", KeywordRole::kPrefix, "^", "",
     "PROFILE statement",
     "runs a statement and shows its plan with rows and time",
     "PROFILE PATHS FROM digitalisation TO social_cohesion"},

    {"FROM", KeywordRole::kClause, "PATHS SHORTEST CHAINS", "",
     "FROM a", "the node the chains start from",
     "SHORTEST FROM digitalisation TO social_cohesion"},
    {"TO", KeywordRole::kClause, "", "PATHS SHORTEST CONTRADICTIONS RENAME",
     "TO b", "the node the chains end at (after RENAME NODE a: the node's new id)",
     "PATHS FROM digitalisation TO social_cohesion"},
    {"OF", KeywordRole::kClause, "EFFECTS CAUSES", "",
     "OF x", "the node whose effects or causes are listed",
     "CAUSES OF social_cohesion"},
    {"FOR", KeywordRole::kClause, "LEVERS BLINDSPOTS", "",
     "FOR t", "the target whose levers or blind spots are listed",
     "BLINDSPOTS FOR social_cohesion"},
    {"BY", KeywordRole::kClause, "ORDER", "",
     "ORDER BY ?v [ASC | DESC], ...", "the variables the rows are ordered by",
     "MATCH ?a strengthens ?b ORDER BY ?b"},
    {"NODE", KeywordRole::kClause, "RENAME", "",
     "RENAME NODE a TO b", "the node to give a new id",
     "RENAME NODE connectedness TO belonging"},
    {"INTO", KeywordRole::kClause, "", "MERGE",
     "MERGE a INTO b", "the node that takes over a's claims, evidence and labels",
     "MERGE 'verbondenheid' INTO social_connections"},
    {"BELIEF", KeywordRole::kClause, "MIN", "",
     "MIN BELIEF x", "the least belief a step's claim must have",
     "EFFECTS OF digitalisation MIN BELIEF 0.5"},

    {"CHAINS", KeywordRole::kOption, "CONTRADICTIONS", "",
     "CONTRADICTIONS CHAINS FROM a TO b [DEPTH n] [VIA rel, ...] [WHERE ...] [MIN BELIEF x] "
     "[ORDER BY belief] [LIMIT n]",
     "pairs of chains of opposite net sign from a to b, the most believed first",
     "CONTRADICTIONS CHAINS FROM digitalisation TO social_cohesion"},
    {"FOR", KeywordRole::kOption, "CONTRADICTIONS", "",
     "CONTRADICTIONS FOR x", "only the contradictions of claims whose subject or object is x",
     "CONTRADICTIONS FOR social_cohesion"},
    {"INDEPENDENT", KeywordRole::kOption, "LOOPS", "",
     "LOOPS INDEPENDENT [THROUGH x] [VIA rel, ...] [LIMIT n]",
     "a shortest independent loop set: shortest loops first, each with a link no loop before "
     "it has, and each component's cyclomatic number",
     "LOOPS INDEPENDENT"},
    {"THROUGH", KeywordRole::kOption, "LOOPS INDEPENDENT", "",
     "THROUGH x", "only the loops through x",
     "LOOPS THROUGH individualisation"},
    {"WHERE", KeywordRole::kOption, "", "MATCH",
     "WHERE comparison [AND ...]",
     "keeps the rows whose comparisons hold: ?a = name, ?a != ?b, sign(?r) = '-', "
     "?e.confidence >= 0.6",
     "MATCH ?a ?r social_cohesion WHERE ?a != digitalisation"},
    {"RETURN", KeywordRole::kOption, "", "MATCH",
     "RETURN ?v, ...", "the columns to show (by default every variable)",
     "MATCH ?a strengthens ?b RETURN ?b"},
    {"ORDER", KeywordRole::kOption, "", "MATCH",
     "ORDER BY ?v [ASC | DESC], ...", "the order of the rows",
     "MATCH ?a strengthens ?b ORDER BY ?b DESC"},
    {"DEPTH", KeywordRole::kOption, "",
     "PATHS SHORTEST EFFECTS CAUSES LOOPS LEVERS BLINDSPOTS CONTRADICTIONS",
     "DEPTH n", "chains of at most n steps",
     "EFFECTS OF digitalisation DEPTH 2"},
    {"ALL", KeywordRole::kOperator, "DEPTH", "",
     "DEPTH ALL", "loops of any length: LOOPS and COUNT LOOPS take any DEPTH, or ALL",
     "COUNT LOOPS DEPTH ALL"},
    {"VIA", KeywordRole::kOption, "",
     "PATHS SHORTEST EFFECTS CAUSES LOOPS LEVERS BLINDSPOTS CONTRADICTIONS",
     "VIA rel, ...", "follows only these relations",
     "PATHS FROM digitalisation TO social_cohesion VIA increases, weakens"},
    {"SIGN", KeywordRole::kOption, "", "PATHS SHORTEST EFFECTS CAUSES LOOPS LEVERS BLINDSPOTS",
     "SIGN + | - | ?",
     "keeps the chains of this net sign: +, -, or ? when a link's sign is not stated (of "
     "loops: + R, - B, ? U)",
     "PATHS FROM digitalisation TO social_cohesion SIGN -"},
    {"WHERE", KeywordRole::kOption, "", "PATHS SHORTEST EFFECTS CAUSES LOOPS LEVERS BLINDSPOTS CONTRADICTIONS",
     "WHERE field op value [AND ...]",
     "follows only the steps with a piece of evidence that meets every condition: "
     "confidence >= 0.6, modality != can, modality = none, source IN (a, b)",
     "PATHS FROM digitalisation TO social_cohesion WHERE confidence >= 0.6"},
    {"MIN", KeywordRole::kOption, "", "PATHS SHORTEST EFFECTS CAUSES LOOPS LEVERS BLINDSPOTS CONTRADICTIONS",
     "MIN BELIEF x",
     "follows only the steps whose claim's belief, from all its evidence, is at least x (0 to 1)",
     "PATHS FROM digitalisation TO social_cohesion MIN BELIEF 0.5"},
    {"ORDER", KeywordRole::kOption, "",
     "PATHS SHORTEST EFFECTS CAUSES LOOPS LEVERS BLINDSPOTS CONTRADICTIONS",
     "ORDER BY belief [DESC | ASC]",
     "orders the chains by their belief, the product of their steps' (the nodes of EFFECTS, "
     "CAUSES, BLINDSPOTS by their best chain's, LEVERS by theirs), the most believable first; "
     "LIMIT keeps the first",
     "PATHS FROM digitalisation TO social_cohesion ORDER BY belief LIMIT 3"},
    {"LIMIT", KeywordRole::kOption, "",
     "MATCH PATHS SHORTEST EFFECTS CAUSES LOOPS LEVERS BLINDSPOTS CONTRADICTIONS",
     "LIMIT n", "stops after n rows, chains or loops, and says so",
     "LOOPS LIMIT 5"},
    {"QUOTE", KeywordRole::kOption, "", "ADD",
     "QUOTE '...'", "the sentence of the source that makes the claim",
     "ADD digitalisation amplifies loneliness QUOTE 'lonelier online'"},
    {"SOURCE", KeywordRole::kOption, "", "ADD",
     "SOURCE id", "the source the claim comes from",
     "ADD digitalisation amplifies loneliness SOURCE my-notes"},
    {"CONFIDENCE", KeywordRole::kOption, "", "ADD",
     "CONFIDENCE x", "how sure the source is, from 0 to 1",
     "ADD digitalisation amplifies loneliness CONFIDENCE 0.4"},
    {"MODALITY", KeywordRole::kOption, "", "ADD",
     "MODALITY m", "how the source says it: is, can, may, ...",
     "ADD digitalisation amplifies loneliness MODALITY can"},
    {"FORMAT", KeywordRole::kOption, "", "LOAD",
     "FORMAT name",
     "reads the file in the format named (csv, kumu, vensim, ...), whatever its extension "
     "or content",
     "LOAD 'map.txt' FORMAT kumu"},
    {"NODE", KeywordRole::kOption, "REMOVE", "",
     "REMOVE NODE a",
     "removes a node with every claim and piece of evidence that touches it",
     "REMOVE NODE distance_between_people"},

    {"AND", KeywordRole::kOperator, "", "MATCH PATHS SHORTEST EFFECTS CAUSES LOOPS LEVERS BLINDSPOTS CONTRADICTIONS",
     "comparison AND comparison", "every comparison must hold",
     "MATCH ?a ?r ?b WHERE ?a = digitalisation AND sign(?r) = '+'"},
    {"SIGN", KeywordRole::kOperator, "", "MATCH",
     "sign(?r)", "the polarity of a relation: '+', '-', '?' (sign not stated) or 'none'",
     "MATCH ?a ?r social_cohesion WHERE sign(?r) = '-'"},
    {"ASC", KeywordRole::kOperator, "", "MATCH PATHS SHORTEST LOOPS CONTRADICTIONS",
     "ORDER BY ?v ASC", "ascending order, the default",
     "MATCH ?a strengthens ?b ORDER BY ?a ASC"},
    {"DESC", KeywordRole::kOperator, "", "MATCH PATHS SHORTEST LOOPS CONTRADICTIONS",
     "ORDER BY ?v DESC", "descending order",
     "MATCH ?a strengthens ?b ORDER BY ?a DESC"},

    {"IN", KeywordRole::kOperator, "", "MATCH PATHS SHORTEST EFFECTS CAUSES LOOPS LEVERS BLINDSPOTS CONTRADICTIONS",
     "field IN (value, ...)", "the field is one of the values",
     "PATHS FROM digitalisation TO social_cohesion WHERE source IN (scp-2025)"},
    {"NOT", KeywordRole::kOperator, "", "MATCH PATHS SHORTEST EFFECTS CAUSES LOOPS LEVERS BLINDSPOTS CONTRADICTIONS",
     "field NOT IN (value, ...)", "the field is none of the values",
     "PATHS FROM digitalisation TO social_cohesion WHERE source NOT IN (other-report)"},
    {"EVIDENCE", KeywordRole::kOperator, "", "MATCH",
     "MATCH a rel b EVIDENCE ?e",
     "a row for each piece of evidence of the pattern's claim, bound to ?e: RETURN ?e or "
     "?e.quote, WHERE ?e.confidence >= 0.6, ORDER BY ?e.confidence",
     "MATCH digitalisation ?r ?o EVIDENCE ?e RETURN ?o, ?e.quote"},
    {"BELIEF", KeywordRole::kOperator, "BY", "",
     "ORDER BY belief [DESC | ASC]",
     "the belief of a chain: the product of its steps'; of a node reached, its best chain's",
     "LOOPS ORDER BY belief DESC"},

    {"AS", KeywordRole::kOutput, "", "*",
     "AS TABLE | JSON | DOT", "how the result is written",
     "LOOPS AS JSON"},
    {"TO", KeywordRole::kOutput, "", "*",
     "TO 'file'", "writes the result to a file instead of the screen",
     "LOOPS TO 'loops.txt'"},
    {"TABLE", KeywordRole::kOutput, "AS", "",
     "AS TABLE", "as text: tables and chains (the shell's default)",
     "LOOPS AS TABLE"},
    {"JSON", KeywordRole::kOutput, "AS", "",
     "AS JSON", "as JSON, with ids and labels",
     "LOOPS AS JSON"},
    {"DOT", KeywordRole::kOutput, "AS", "",
     "AS DOT", "as a Graphviz causal loop diagram",
     "LOOPS AS DOT"},
    // clang-format on
};

// Whether `list` (space-separated, as in `after` and `in`) names `word`
// exactly.
constexpr bool ListNames(std::string_view list, std::string_view word) {
  while (!list.empty()) {
    std::size_t const end = list.find(' ');
    if (list.substr(0, end) == word) return true;
    if (end == std::string_view::npos) break;
    list.remove_prefix(end + 1);
  }
  return false;
}

// Whether `word`, spelled in upper case, is a word of the table. For checks
// made while compiling (the X3 rules' literals).
constexpr bool IsTableWord(std::string_view word) {
  for (KeywordUse const& use : kKeywordTable) {
    if (use.word == word) return true;
  }
  return false;
}

// The keyword guard: whether `word` is a keyword (ignoring ASCII case), and
// so never a bare name, except as below.
bool IsKeyword(std::string_view word);

// Keywords that are also built-in relations (engine/model/vocabulary.hpp),
// upper case. Bare, such a word is the relation where a relation goes (the
// middle of a triple pattern, ADD, REMOVE, WHY's second name, VIA), where no
// statement can begin, and the keyword everywhere else: `MATCH ?a causes ?b`
// and `CAUSES OF x` are told apart by position.
inline constexpr std::string_view kRelationKeywords[] = {"CAUSES"};

// Whether `word` (any case) is one of kRelationKeywords.
bool IsRelationKeyword(std::string_view word);

// The keyword a file format's name follows: LOAD 'file' FORMAT csv. The
// formats are not the language's (the engine is given their names, and
// checks the name), so there a bare word is a format's name whatever it
// is, also a keyword (`json`, which AS JSON spells too), but for the words
// that begin a statement's output (AS, TO): `FORMAT AS JSON` lacks a name.
inline constexpr std::string_view kFormatKeyword = "FORMAT";

// Whether `word` (any case), bare after kFormatKeyword, is a format's name.
bool IsFormatNameWord(std::string_view word);

// The fields of a piece of evidence that a chain statement's WHERE
// compares and a MATCH's `?e.` names, lower case, in the order the
// documentation lists them; an attribute is kEvidenceAttributePrefix and its
// name. The engine knows each (engine/model/evidence_condition.hpp; a test
// checks that the two lists agree).
inline constexpr std::string_view kEvidenceFields[] = {
    "source", "quote", "modality", "confidence", "origin", "stance",
    "tool",   "page",  "section",  "url",        "start",  "end"};
inline constexpr std::string_view kEvidenceAttributePrefix = "attributes.";

// Whether `word` (any case), bare after a chain statement's WHERE or AND,
// names a field: a field's name (some are keywords: CONFIDENCE, SOURCE), an
// attribute, or BELIEF, which is a claim's and not a piece's, and which the
// binder explains.
bool IsEvidenceFieldWord(std::string_view word);

// Every keyword once, in the table's order.
std::vector<std::string_view> const& KeywordWords();

// The rows of `word` (any case), in the table's order.
std::vector<KeywordUse const*> UsesOf(std::string_view word);

// The words of a space-separated list.
std::vector<std::string_view> ListWords(std::string_view list);

// The statements, in the table's order.
std::vector<std::string_view> StatementWords();

// The words a statement may begin with: statements and prefixes.
std::vector<std::string_view> StartingWords();

// The options of the statement begun by `statement`, in the table's order.
std::vector<std::string_view> OptionsOf(std::string_view statement);

// What may end any statement (AS, TO), and the formats after AS.
std::vector<std::string_view> OutputWords();
std::vector<std::string_view> FormatWords();

// What may come next after `typed`, the text of a statement typed so far
// (earlier statements, up to a `;`, are ignored): the keywords, and whether
// a name may come there too. For completion: it reads the table's places,
// not the whole grammar, so it may offer a word the parser would then
// refuse, but never leaves out one that fits.
struct NextWords {
  std::vector<std::string_view> keywords;
  bool names = false;
  // A file format's name, after kFormatKeyword; only that.
  bool format_names = false;
  // A field of evidence (kEvidenceFields), after WHERE or AND in a chain
  // statement; only that.
  bool evidence_fields = false;
};
NextWords WordsAfter(std::string_view typed);

}  // namespace causalkg::grammar
