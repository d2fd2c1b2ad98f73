// The reader of INDRA statements as JSON (a list of statements, or an
// object holding them as "statements"), as INDRA's Statement.to_json()
// writes them and its statements schema describes them.
//
// Kept: Influence (between two events, each a concept with a change
// whose polarity is 1, -1 or null), Activation and Inhibition (between
// agents), IncreaseAmount and DecreaseAmount. An Influence is signed only
// when both of its changes state a polarity: their product; otherwise it
// becomes `influences` (causal, sign not stated), since which way an
// unstated change goes is a guess. Activation and Inhibition become
// `activates` (+) and `inhibits` (-), the amounts `increases` and
// `decreases`.
//
// Each piece of evidence: its text is the quote, its document (PMID, DOI,
// PMCID, URL, another text reference, or the database the reader drew it
// from) the source, declared once with a URL where there is one; the
// statement's belief is the confidence. Evidence INDRA marks negated is
// dropped (it says the statement does not hold); a hypothesis becomes the
// modality `may`. Other statement types, grounding (db_refs), adjectives,
// contexts and annotations are dropped, and the remarks count them.
#include <map>

#include <nlohmann/json.hpp>

#include "engine/storage/field_rules.hpp"
#include "kb/ingest/format_registry.hpp"
#include "kb/ingest/formats/named_graph.hpp"
#include "kb/ingest/json_parse.hpp"
#include "kb/ingest/json_records.hpp"

namespace causalkg::kb {

namespace {

using nlohmann::json;

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

// The statement types INDRA's schema names, for the sniff.
constexpr std::string_view kStatementTypes[] = {
    "Influence",   "Activation",  "Inhibition",          "IncreaseAmount",       "DecreaseAmount",
    "Complex",     "Association", "Phosphorylation",     "Dephosphorylation",    "Ubiquitination",
    "Acetylation", "Methylation", "Autophosphorylation", "Transphosphorylation", "ActiveForm",
    "Gef",         "Gap",         "Translocation",       "Conversion",           "Event",
};

// A statement's message, numbered among the file's statements.
Status AboutStatement(std::size_t number, Status s) {
  if (s.ok() || s.kind() == ErrorKind::kStorage) return s;
  const std::string file = s.file();
  const std::size_t line = s.line(), column = s.column();
  const StatusCode code = s.code();
  return Status::Error(s.kind(), "statement " + std::to_string(number) + ": " + s.message(),
                       s.hint())
      .WithCode(code)
      .InFile(file, line, column);
}

const json* Member(const json& object, const char* key) {
  if (!object.is_object()) return nullptr;
  auto it = object.find(key);
  return it == object.end() || it->is_null() ? nullptr : &*it;
}

// A text field that may also be written as a number (a PMID).
std::optional<std::string> TextOf(const json* value) {
  if (value == nullptr) return std::nullopt;
  if (value->is_string()) return value->get<std::string>();
  if (value->is_number_integer()) return value->dump();
  return std::nullopt;
}

struct Side {
  std::string name;
  std::optional<int> polarity;  // of an event's change; nullopt when not stated
};

class IndraReader {
 public:
  IndraReader(ClaimSink& sink, const std::string& file) : sink_(sink), graph_(sink), file_(file) {}

  Status Statement(const json& statement, std::size_t number);
  void Remark();

 private:
  Status Problem(const std::string& message) const { return Status::Load(message).InFile(file_); }
  // A note for the load, said of this file.
  void Note(const std::string& note) { sink_.Note(file_ + ": " + note); }
  // The agent or event at `key` of `statement`; nullopt when there is none.
  Result<std::optional<Side>> SideOf(const json& statement, const char* key, bool event) const;
  Result<std::optional<int>> PolarityOf(const json* delta, const char* key) const;
  Status AddEvidence(const json& statement, double* belief, std::vector<named::Evidence>& out);
  // The source a piece of evidence cites, declared; `url` is set to the
  // document's address when the piece gives one.
  Result<std::string> SourceOf(const json& evidence, std::string& url);

  ClaimSink& sink_;
  named::GraphWriter graph_;
  const std::string& file_;
  Origin origin_{file_};
  std::map<std::string, std::size_t> kept_, dropped_;  // statements by type
  std::map<std::string, std::size_t> readers_;         // evidence by source_api
  std::size_t half_signed_ = 0, unsigned_ = 0, without_side_ = 0;
  std::size_t negated_ = 0, all_negated_ = 0, hypotheses_ = 0, beliefs_ = 0;
};

// The attribute a statement's belief is kept as, on each of its pieces.
constexpr const char* kBelief = "belief";

Result<std::optional<int>> IndraReader::PolarityOf(const json* delta, const char* key) const {
  if (delta == nullptr) return std::optional<int>();
  if (!delta->is_object())
    return Problem(std::string(key) + " must be an object, not " + JsonTypeName(*delta));
  const json* polarity = Member(*delta, "polarity");
  if (polarity == nullptr) return std::optional<int>();
  if (polarity->is_number_integer() && (*polarity == 1 || *polarity == -1)) {
    return std::optional<int>(polarity->get<int>());
  }
  return Problem(std::string(key) + "'s polarity must be 1, -1 or null, not " +
                 fields::Excerpt(polarity->dump()));
}

Result<std::optional<Side>> IndraReader::SideOf(const json& statement, const char* key,
                                                bool event) const {
  const json* side = Member(statement, key);
  if (side == nullptr) return std::optional<Side>();
  if (!side->is_object()) {
    return Problem(std::string(key) + " must be an object, not " + JsonTypeName(*side));
  }
  // An event names its concept; an agent, and a concept as INDRA wrote
  // influences before events, names itself.
  const json* named = event && Member(*side, "concept") ? Member(*side, "concept") : side;
  const json* name = Member(*named, "name");
  const std::string whose = named == side ? std::string(key) : std::string(key) + "'s concept";
  if (name == nullptr) return Problem(whose + " has no name");
  if (!name->is_string()) {
    return Problem(whose + "'s name must be a string, not " + JsonTypeName(*name));
  }
  Side out{name->get<std::string>(), std::nullopt};
  if (named::NodeId(out.name).empty()) {
    return Problem(whose + "'s name " + fields::Excerpt(out.name) + " has no letter or digit");
  }
  if (event) {
    // An event's delta, or the statement's subj_delta/obj_delta of old.
    const std::string old_key = std::string(key) + "_delta";
    const json* delta = Member(*side, "delta");
    auto polarity = delta ? PolarityOf(delta, (std::string(key) + ".delta").c_str())
                          : PolarityOf(Member(statement, old_key.c_str()), old_key.c_str());
    if (!polarity.ok()) return std::move(polarity).TakeStatus();
    out.polarity = *polarity;
  }
  return std::optional<Side>(std::move(out));
}

Result<std::string> IndraReader::SourceOf(const json& evidence, std::string& url) {
  // The document first, by the reference that gives it a URL; else the
  // database entry a database's statement comes from.
  const json* refs = Member(evidence, "text_refs");
  auto ref = [&](const char* key) -> std::optional<std::string> {
    return refs ? TextOf(Member(*refs, key)) : std::nullopt;
  };
  struct Reference {
    std::optional<std::string> value;
    const char* prefix;
    const char* url;  // the value follows it
  };
  std::optional<std::string> pmid = TextOf(Member(evidence, "pmid"));
  if (!pmid) pmid = ref("PMID");
  const Reference references[] = {
      {pmid, "PMID:", "https://pubmed.ncbi.nlm.nih.gov/"},
      {ref("DOI"), "DOI:", "https://doi.org/"},
      {ref("PMCID"), "PMCID:", "https://www.ncbi.nlm.nih.gov/pmc/articles/"},
  };
  named::Source source;
  for (const Reference& r : references) {
    if (!r.value || r.value->empty()) continue;
    source.id = r.prefix + *r.value;
    url = r.url + *r.value;
    source.json =
        json{{"id", source.id}, {"url", url}}.dump(-1, ' ', false, json::error_handler_t::replace);
    break;
  }
  if (source.id.empty()) {
    std::optional<std::string> given = TextOf(Member(evidence, "url"));
    if (!given) given = ref("URL");
    if (given && !given->empty()) {
      source.id = url = *given;
      source.json =
          json{{"id", url}, {"url", url}}.dump(-1, ' ', false, json::error_handler_t::replace);
    }
  }
  if (source.id.empty() && refs && refs->is_object()) {
    for (const auto& [key, value] : refs->items()) {  // another reader's document id
      if (auto text = TextOf(&value); text && !text->empty()) {
        source.id = key + ":" + *text;
        break;
      }
    }
  }
  if (source.id.empty()) {
    auto api = TextOf(Member(evidence, "source_api"));
    auto entry = TextOf(Member(evidence, "source_id"));
    if (api && entry && !entry->empty()) source.id = *api + ":" + *entry;
  }
  if (source.id.empty()) return std::string();
  CAUSALKG_RETURN_IF_ERROR(graph_.Source(source, origin_));
  return source.id;
}

Status IndraReader::AddEvidence(const json& statement, double* belief,
                                std::vector<named::Evidence>& out) {
  const json* evidence = Member(statement, "evidence");
  if (evidence == nullptr) return Status::Ok();
  if (!evidence->is_array()) {
    return Problem("evidence must be an array, not " + JsonTypeName(*evidence));
  }
  std::size_t number = 0;
  for (const json& piece : *evidence) {
    ++number;
    const std::string which = "evidence " + std::to_string(number);
    if (!piece.is_object())
      return Problem(which + " must be an object, not " + JsonTypeName(piece));
    const json* epistemics = Member(piece, "epistemics");
    if (epistemics && Member(*epistemics, "negated") && *Member(*epistemics, "negated") == true) {
      ++negated_;
      continue;
    }
    named::Evidence e;
    if (const json* text = Member(piece, "text")) {
      if (!text->is_string()) {
        return Problem(which + ": text must be a string, not " + JsonTypeName(*text));
      }
      e.quote = text->get<std::string>();
    }
    auto source = SourceOf(piece, e.url);
    if (!source.ok()) return std::move(source).TakeStatus();
    e.source = std::move(*source);
    if (epistemics && Member(*epistemics, "hypothesis") &&
        *Member(*epistemics, "hypothesis") == true) {
      e.modality = "may";
      ++hypotheses_;
    }
    if (const json* section = epistemics ? Member(*epistemics, "section_type") : nullptr;
        section && section->is_string()) {
      e.section = section->get<std::string>();
    }
    if (belief) {
      e.confidence = *belief;
      e.numbers.emplace_back(kBelief, *belief);
    }
    const std::optional<std::string> reader = TextOf(Member(piece, "source_api"));
    e.tool = reader && !reader->empty() ? "indra:" + *reader : std::string("indra");
    ++readers_[reader.value_or("an unnamed reader")];
    out.push_back(std::move(e));
  }
  return Status::Ok();
}

Status IndraReader::Statement(const json& statement, std::size_t number) {
  origin_.index = 0;
  auto about = [&](Status s) { return AboutStatement(number, std::move(s)); };
  if (!statement.is_object()) {
    return about(Problem("a statement must be an object, not " + JsonTypeName(statement)));
  }
  const json* type_value = Member(statement, "type");
  if (type_value == nullptr || !type_value->is_string()) {
    return about(Problem(type_value ? "its type must be a string, not " + JsonTypeName(*type_value)
                                    : std::string("it has no type")));
  }
  const std::string type = type_value->get<std::string>();
  const bool influence = type == "Influence";
  std::string_view relation;
  if (type == "Activation") relation = "activates";
  if (type == "Inhibition") relation = "inhibits";
  if (type == "IncreaseAmount") relation = named::kIncreases;
  if (type == "DecreaseAmount") relation = named::kDecreases;
  if (!influence && relation.empty()) {
    ++dropped_[type];
    return Status::Ok();
  }
  auto subject = SideOf(statement, "subj", influence);
  if (!subject.ok()) return about(std::move(subject).TakeStatus());
  auto object = SideOf(statement, "obj", influence);
  if (!object.ok()) return about(std::move(object).TakeStatus());
  if (!*subject || !*object) {
    ++without_side_;
    return Status::Ok();
  }
  if (influence) {
    const std::optional<int> from = (*subject)->polarity, to = (*object)->polarity;
    if (from && to) {
      relation = *from * *to > 0 ? named::kIncreases : named::kDecreases;
    } else {
      relation = named::kInfluences;
      ++(from || to ? half_signed_ : unsigned_);
    }
  }
  double belief = 0;
  bool has_belief = false;
  if (const json* value = Member(statement, "belief")) {
    if (!value->is_number()) {
      return about(Problem("belief must be a number, not " + JsonTypeName(*value)));
    }
    belief = value->get<double>();
    has_belief = true;
  }
  named::Claim claim;
  CAUSALKG_RETURN_IF_ERROR(
      about(AddEvidence(statement, has_belief ? &belief : nullptr, claim.evidence)));
  const json* evidence = Member(statement, "evidence");
  if (claim.evidence.empty() && evidence && !evidence->empty()) {
    ++all_negated_;  // every piece says it does not hold
    return Status::Ok();
  }
  if (claim.evidence.empty() && has_belief) {
    named::Evidence e;
    e.confidence = belief;
    e.tool = "indra";
    e.numbers.emplace_back(kBelief, belief);
    claim.evidence.push_back(std::move(e));
  }
  if (relation == "activates") {
    CAUSALKG_RETURN_IF_ERROR(
        about(graph_.Relation(relation, Polarity::kPositive, "activeert", origin_)));
  } else if (relation == "inhibits") {
    CAUSALKG_RETURN_IF_ERROR(
        about(graph_.Relation(relation, Polarity::kNegative, "remt", origin_)));
  }
  claim.subject = named::NodeId((*subject)->name);
  claim.object = named::NodeId((*object)->name);
  claim.relation = std::string(relation);
  CAUSALKG_RETURN_IF_ERROR(about(graph_.Node(claim.subject, (*subject)->name, origin_)));
  CAUSALKG_RETURN_IF_ERROR(about(graph_.Node(claim.object, (*object)->name, origin_)));
  ++kept_[type];
  beliefs_ += has_belief;
  return about(graph_.Add(claim, origin_));
}

std::string Counted(const std::map<std::string, std::size_t>& counts) {
  std::string out;
  for (const auto& [name, n] : counts) {
    out += (out.empty() ? "" : ", ") + std::to_string(n) + " " + fields::Excerpt(name);
  }
  return out;
}

std::string Statements(std::size_t n) {
  return std::to_string(n) + (n == 1 ? " statement" : " statements");
}

void IndraReader::Remark() {
  std::size_t kept = 0;
  for (const auto& [type, n] : kept_) kept += n;
  std::string remark = "kept " + Statements(kept);
  if (!kept_.empty()) remark += " (" + Counted(kept_) + ")";
  if (!readers_.empty()) remark += " with evidence from " + Counted(readers_);
  Note(remark + "; grounding (db_refs), adjectives, contexts and annotations were not kept");
  if (beliefs_ > 0) {
    Note(Statements(beliefs_) +
         " with a belief: kept as each piece's attribute 'belief', and as its confidence");
  }
  if (unsigned_ + half_signed_ > 0) {
    std::string r = Statements(unsigned_ + half_signed_) +
                    " of type Influence became 'influences' links (sign not stated)";
    if (half_signed_ > 0) {
      r += ", " + std::to_string(half_signed_) +
           " of them stating the polarity of one change but not the other's";
    }
    Note(r);
  }
  if (!dropped_.empty()) {
    std::size_t dropped = 0;
    for (const auto& [type, n] : dropped_) dropped += n;
    Note("dropped " + Statements(dropped) +
         " of types that make no causal link here: " + Counted(dropped_));
  }
  if (without_side_ > 0) {
    Note("dropped " + Statements(without_side_) + " without a subject or an object");
  }
  if (negated_ > 0) {
    Note("dropped " + std::to_string(negated_) + (negated_ == 1 ? " piece" : " pieces") +
         " of evidence that INDRA marks negated" +
         (all_negated_ > 0 ? ", and " + Statements(all_negated_) + " that had no other"
                           : std::string()));
  }
  if (hypotheses_ > 0) {
    Note(std::to_string(hypotheses_) + (hypotheses_ == 1 ? " piece" : " pieces") +
         " of evidence that INDRA marks a hypothesis got the modality 'may'");
  }
}

Status ReadIndra(FormatInput& input, ClaimSink& sink) {
  auto text = input.Whole();
  if (!text.ok()) return std::move(text).TakeStatus();
  json document;
  CAUSALKG_RETURN_IF_ERROR(
      ParseJson(*text, input.name(), 1, {kMaxDocumentDepth, /*allow_bom=*/true}, document));
  const json* statements = &document;
  if (document.is_object()) {
    statements = Member(document, "statements");
    if (statements == nullptr) {
      return Status::Load("the object holds no \"statements\"",
                          "INDRA statements are a JSON array of statements, or an object with a "
                          "\"statements\" array")
          .InFile(input.name());
    }
    if (!statements->is_array()) {
      return Status::Load("\"statements\" must be an array, not " + JsonTypeName(*statements))
          .InFile(input.name());
    }
  } else if (!document.is_array()) {
    return Status::Load(
               "INDRA statements are a JSON array of statements, or an object with a "
               "\"statements\" array, not " +
               JsonTypeName(document))
        .InFile(input.name());
  }
  IndraReader reader(sink, input.name());
  std::size_t number = 0;
  for (const json& statement : *statements) {
    CAUSALKG_RETURN_IF_ERROR(reader.Statement(statement, ++number));
  }
  reader.Remark();
  return Status::Ok();
}

// INDRA's JSON names a statement type as the value of "type", and its
// statements carry evidence, a belief or a hash that causalkg's own
// documents do not.
SniffScore SniffIndra(std::string_view head) {
  if (head.substr(0, kByteOrderMark.size()) == kByteOrderMark) {
    head.remove_prefix(kByteOrderMark.size());
  }
  const auto first = head.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos || (head[first] != '[' && head[first] != '{')) {
    return SniffScore::kNo;
  }
  const bool statement_fields = head.find("\"evidence\"") != std::string_view::npos ||
                                head.find("\"belief\"") != std::string_view::npos ||
                                head.find("\"matches_hash\"") != std::string_view::npos;
  if (!statement_fields) return SniffScore::kNo;
  for (std::size_t at = head.find("\"type\""); at != std::string_view::npos;
       at = head.find("\"type\"", at + 1)) {
    std::size_t value = head.find_first_not_of(" \t\r\n", at + 6);
    if (value == std::string_view::npos || head[value] != ':') continue;
    value = head.find_first_not_of(" \t\r\n", value + 1);
    if (value == std::string_view::npos || head[value] != '"') continue;
    const std::size_t end = head.find('"', value + 1);
    if (end == std::string_view::npos) break;
    const std::string_view type = head.substr(value + 1, end - value - 1);
    for (std::string_view known : kStatementTypes) {
      if (type == known) return SniffScore::kCertain;
    }
  }
  return SniffScore::kNo;
}

}  // namespace

Format IndraFormat() {
  return {"indra",
          "INDRA statements (JSON): Influence, Activation, Inhibition, IncreaseAmount, "
          "DecreaseAmount with their evidence",
          {".json"},
          SniffIndra,
          ReadIndra};
}

}  // namespace causalkg::kb
