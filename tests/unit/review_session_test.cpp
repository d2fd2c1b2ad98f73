// The review of candidate claims without a terminal: reading the candidates,
// the decisions and their log, taking a review up again, undo, and the one
// load of the accepted claims, whose result is read back with statements.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "engine/exec/executor.hpp"
#include "grammar/parse.hpp"
#include "kb/review/accepted_load.hpp"
#include "kb/review/review_session.hpp"
#include "test_support.hpp"

namespace causalkg {
namespace {

using kb::Action;
using kb::ClaimEnd;
using kb::Reason;
using kb::ReviewSession;
using kb::Verdict;
using nlohmann::json;
using testing::ScratchStore;
using testing::TempDir;

const std::string kData = std::string(CAUSALKG_SOURCE_DIR) + "/tests/data/review/";

// The candidates file `name` of tests/data/review, copied where its review
// log may be written.
std::string CopyOfData(const TempDir& dir, const std::string& name) {
  return dir.Write(name, testing::ReadFile(kData + name));
}

std::unique_ptr<ReviewSession> MustOpen(const std::string& path, bool exclusive = true) {
  auto session = ReviewSession::Open(path, exclusive);
  INFO((session.ok() ? "" : session.status().ToString()));
  REQUIRE(session.ok());
  return std::move(session).value();
}

void MustDecide(ReviewSession& session, std::size_t index, Action action,
                Reason reason = Reason::kNone, ClaimEnd end = ClaimEnd::kSubject,
                const std::string& node = {}) {
  Status s = session.Decide(index, action, reason, end, node);
  INFO(s.ToString());
  REQUIRE(s.ok());
}

QueryResult Query(Store& store, const std::string& text) {
  auto parsed = grammar::Parse(text);
  REQUIRE_FALSE(parsed.error);
  REQUIRE(parsed.statements.size() == 1);
  Executor executor(store, {});
  auto result = executor.Execute(parsed.statements[0]);
  INFO(text << ": " << (result.ok() ? "" : result.status().ToString()));
  REQUIRE(result.ok());
  return std::move(result).value();
}

// Every claim in the store as "subject relation object".
std::vector<std::string> Claims(Store& store) {
  QueryResult result = Query(store, "MATCH ?s ?r ?o");
  std::vector<std::string> claims;
  for (const auto& row : std::get<MatchResult>(result.body).rows) {
    claims.push_back(result.names.at(row[0]).name + " " + result.names.at(row[1]).name + " " +
                     result.names.at(row[2]).name);
  }
  std::sort(claims.begin(), claims.end());
  return claims;
}

std::vector<Evidence> Why(Store& store, const std::string& claim) {
  QueryResult result = Query(store, "WHY " + claim);
  const auto& why = std::get<WhyResult>(result.body);
  REQUIRE(why.claims.size() == 1);
  return why.claims[0].evidence;
}

TEST_CASE("a candidates file is read with the spans of its cause and effect in the quote",
          "[review]") {
  auto file = kb::ReadCandidates(kData + "transport-candidates.jsonl");
  REQUIRE(file.ok());
  REQUIRE(file->candidates.size() == 4);
  CHECK(file->warnings.empty());
  const std::string text = testing::ReadFile(kData + "transport.txt");
  for (const kb::Candidate& c : file->candidates) {
    INFO("candidate " << c.number);
    // The quote is where its offsets say, and each phrase where its span says.
    CHECK(text.substr(c.start, c.end - c.start) == c.quote);
    REQUIRE(c.cause_span);
    REQUIRE(c.effect_span);
    CHECK(c.quote.substr(c.cause_span->begin, c.cause_span->end - c.cause_span->begin) == c.cause);
    CHECK(c.quote.substr(c.effect_span->begin, c.effect_span->end - c.effect_span->begin) ==
          c.effect);
  }
  const kb::Candidate& first = file->candidates[0];
  CHECK(first.line == 1);
  CHECK(first.rule == "en.verb.increase");
  CHECK(first.sign == '+');
  CHECK(first.source == "transport-note");
  CHECK(first.confidence == Approx(0.7));
  CHECK(file->candidates[2].negated);
  CHECK(file->candidates[3].sign == '?');
  // Fingerprints tell candidates apart, and stay the same from read to read.
  auto again = kb::ReadCandidates(kData + "transport-candidates.jsonl");
  REQUIRE(again.ok());
  for (std::size_t i = 0; i < 4; ++i) {
    CHECK(again->candidates[i].fingerprint == file->candidates[i].fingerprint);
    for (std::size_t j = 0; j < i; ++j) {
      CHECK(file->candidates[i].fingerprint != file->candidates[j].fingerprint);
    }
  }
}

TEST_CASE("a bad candidates file is refused with its line and what is wrong", "[review]") {
  TempDir dir;
  const std::string good = testing::ReadFile(kData + "transport-candidates.jsonl");
  const std::string first_line = good.substr(0, good.find('\n') + 1);
  json line = json::parse(first_line);
  auto refused = [&](const std::string& second_line) {
    const std::string path = dir.Write("bad.jsonl", first_line + second_line + "\n");
    auto file = kb::ReadCandidates(path);
    REQUIRE_FALSE(file.ok());
    CHECK(file.status().kind() == ErrorKind::kLoad);
    CHECK(file.status().file() == path);
    CHECK(file.status().line() == 2);
    return file.status().message();
  };
  CHECK_THAT(refused("{\"cause\": \"x\",}"), Catch::Contains("expected"));
  CHECK(refused("[1, 2]") == "a candidate must be a JSON object, not an array");
  json missing = line;
  missing.erase("quote");
  CHECK_THAT(refused(missing.dump()), Catch::StartsWith("field 'quote' is missing"));
  json sign = line;
  sign["sign"] = "up";
  CHECK(refused(sign.dump()) == "field 'sign' must be \"+\", \"-\" or \"?\", not \"up\"");
  json offsets = line;
  offsets["start"] = 90;
  CHECK(refused(offsets.dump()) == "field 'start' (90) is past field 'end' (82)");
  json negative = line;
  negative["end"] = -1;
  CHECK_THAT(refused(negative.dump()), Catch::StartsWith("field 'end' must be a byte offset"));
  json confidence = line;
  confidence["confidence"] = 1.5;
  CHECK_THAT(refused(confidence.dump()), Catch::StartsWith("field 'confidence' must be a number"));
  json empty = line;
  empty["subject"] = "";
  CHECK_THAT(refused(empty.dump()), Catch::StartsWith("field 'subject' must be a string"));
  // Not UTF-8, and not text at all.
  CHECK_THAT(refused("{\"cause\": \"\xff\"}"), !Catch::Contains("nlohmann"));
  CHECK_THAT(refused(std::string("\0\x01\x02", 3)), !Catch::Contains("nlohmann"));
}

TEST_CASE("odd but readable candidates are read with warnings", "[review]") {
  TempDir dir;
  json line = {{"cause", "rain"},     {"effect", "floods"},
               {"sign", "+"},         {"quote", "Heavy rain causes floods."},
               {"start", 10},         {"end", 99},
               {"subject", "rain"},   {"relation", "causes"},
               {"object", "flooding"}};
  json elsewhere = line;
  elsewhere["cause"] = "drought";
  const std::string path = dir.Write("odd.jsonl", line.dump() + "\n\n" + elsewhere.dump() + "\n");
  auto file = kb::ReadCandidates(path);
  REQUIRE(file.ok());
  REQUIRE(file->candidates.size() == 2);
  CHECK(file->candidates[1].line == 3);  // the blank line is skipped, and counted
  CHECK_FALSE(file->candidates[1].cause_span);
  CHECK(file->warnings ==
        std::vector<std::string>{path + ", line 1: the quote is 25 bytes, but start..end spans 89; "
                                        "its offsets may not point at it",
                                 path + ", line 3: the quote is 25 bytes, but start..end spans 89; "
                                        "its offsets may not point at it",
                                 path + ", line 3: the cause 'drought' is not in the quote"});
}

TEST_CASE("decisions are logged as they are made, and a review opened again stands where it was",
          "[review]") {
  TempDir dir;
  ScratchStore db;
  const std::string path = CopyOfData(dir, "scp-candidates.jsonl");
  {
    auto session = MustOpen(path);
    CHECK(session->log_path() == dir.File("scp-candidates.review.jsonl"));
    CHECK(session->NextOpen() == 0u);
    MustDecide(*session, 0, Action::kAccept);
    MustDecide(*session, 1, Action::kReject, Reason::kWrongSign);
    MustDecide(*session, 2, Action::kRename, Reason::kNone, ClaimEnd::kObject, "individualisation");
    MustDecide(*session, 2, Action::kAccept);
    MustDecide(*session, 3, Action::kReverse);
    MustDecide(*session, 3, Action::kSkip);
    MustDecide(*session, 4, Action::kFlip);
  }
  const std::string log = testing::ReadFile(dir.File("scp-candidates.review.jsonl"));
  CHECK(std::count(log.begin(), log.end(), '\n') == 7);
  const std::size_t second_at = log.find('\n') + 1;
  json second = json::parse(log.substr(second_at, log.find('\n', second_at) - second_at));
  CHECK(second["action"] == "reject");
  CHECK(second["reason"] == "wrong-sign");
  CHECK(second["candidate"] == 2);

  auto session = MustOpen(path);
  CHECK(session->state(0).verdict == Verdict::kAccepted);
  CHECK(session->state(1).verdict == Verdict::kRejected);
  CHECK(session->state(1).reason == Reason::kWrongSign);
  CHECK(session->state(2).verdict == Verdict::kAccepted);
  CHECK(session->state(2).claim.object.id == "individualisation");
  CHECK(session->state(2).claim.object.renamed);
  CHECK(session->state(3).verdict == Verdict::kSkipped);
  CHECK(session->state(3).claim.subject.id == "grotere_afstanden_tussen_mensen");
  CHECK(session->state(3).claim.reversed);
  CHECK(session->state(4).verdict == Verdict::kOpen);
  CHECK(session->state(4).claim.relation == "decreases");
  CHECK(session->state(4).claim.sign == '-');
  // The skipped candidate is open again, first of those not decided.
  CHECK(session->NextOpen() == 3u);
  CHECK(session->NextOpen(4) == 4u);
  CHECK(session->PendingLoad() == 2);
}

TEST_CASE("undo takes back the last decision, also after the review was opened again", "[review]") {
  TempDir dir;
  const std::string path = CopyOfData(dir, "scp-candidates.jsonl");
  {
    auto session = MustOpen(path);
    auto nothing = session->Undo();
    REQUIRE_FALSE(nothing.ok());
    CHECK(nothing.status().code() == StatusCode::kNotFound);
    MustDecide(*session, 0, Action::kFlip);
    MustDecide(*session, 0, Action::kAccept);
    auto undone = session->Undo();
    REQUIRE(undone.ok());
    CHECK(*undone == 0u);
    // The accept is taken back; the flip before it stands.
    CHECK(session->state(0).verdict == Verdict::kOpen);
    CHECK(session->state(0).claim.flipped);
  }
  auto session = MustOpen(path);
  CHECK(session->state(0).verdict == Verdict::kOpen);
  CHECK(session->state(0).claim.relation == "decreases");
  auto undone = session->Undo();
  REQUIRE(undone.ok());
  CHECK(*undone == 0u);
  CHECK_FALSE(session->state(0).claim.flipped);
  CHECK(session->state(0).claim.relation == "increases");
  auto reopened = MustOpen(path, false);
  CHECK_FALSE(reopened->state(0).claim.flipped);
}

TEST_CASE("a flip turns the relation into its built-in opposite, and twice back", "[review]") {
  CHECK(kb::FlippedRelation("increases", '+') == "decreases");
  CHECK(kb::FlippedRelation("weakens", '-') == "strengthens");
  CHECK(kb::FlippedRelation("causes", '+') == "prevents");
  CHECK(kb::FlippedRelation("leads_to", '+') == "decreases");
  CHECK(kb::FlippedRelation("hampers", '-') == "increases");

  TempDir dir;
  const std::string path = CopyOfData(dir, "transport-candidates.jsonl");
  auto session = MustOpen(path);
  // reduces has no opposite of its own: it flips to increases and back.
  MustDecide(*session, 1, Action::kFlip);
  CHECK(session->state(1).claim.relation == "increases");
  CHECK(session->state(1).claim.sign == '+');
  MustDecide(*session, 1, Action::kFlip);
  CHECK(session->state(1).claim.relation == "reduces");
  CHECK(session->state(1).claim.sign == '-');
  CHECK_FALSE(session->state(1).edited());
  // A link of sign ? has no sign to flip.
  Status refused = session->Decide(3, Action::kFlip);
  CHECK(refused.code() == StatusCode::kInvalid);
  CHECK_THAT(refused.message(), Catch::Contains("sign ?"));
  CHECK_FALSE(session->state(3).claim.flipped);
}

TEST_CASE("the accepted claims are loaded in one write with their quote, source and offsets",
          "[review]") {
  TempDir dir;
  ScratchStore db;
  Store& store = *db.store;
  testing::MustLoad(store, R"({"claims": [
    {"subject": "digitalisation", "relation": "increases", "object": "social_inequality"},
    {"subject": "individualisation", "relation": "weakens", "object": "connectedness"}]})");
  const std::string path = CopyOfData(dir, "scp-candidates.jsonl");
  auto session = MustOpen(path);
  MustDecide(*session, 0, Action::kAccept);
  MustDecide(*session, 1, Action::kReject, Reason::kNotCausal);
  MustDecide(*session, 2, Action::kRename, Reason::kNone, ClaimEnd::kObject, "individualisation");
  MustDecide(*session, 2, Action::kAccept);
  MustDecide(*session, 3, Action::kAccept);
  MustDecide(*session, 4, Action::kFlip);
  MustDecide(*session, 4, Action::kAccept);
  MustDecide(*session, 5, Action::kReverse);
  MustDecide(*session, 5, Action::kAccept);
  const std::vector<std::string> before = Claims(store);

  auto loaded = session->LoadAccepted(store);
  INFO((loaded.ok() ? "" : loaded.status().ToString()));
  REQUIRE(loaded.ok());
  CHECK(loaded->claims == 5);
  CHECK(loaded->write.warnings.empty());
  CHECK(session->PendingLoad() == 0);
  CHECK(Claims(store) == std::vector<std::string>{
                             "dergelijk_beleid weakens roots_of_digital_inequality",
                             "digitalisation increases social_inequality",
                             "digitalisation strengthens individualisation",
                             "individualisation decreases connectedness",
                             "individualisation increases grotere_afstanden_tussen_mensen",
                             "individualisation weakens connectedness",
                         });
  CHECK(before.size() == 2);

  const kb::Candidate& first = session->candidates()[0];
  const std::vector<Evidence> evidence = Why(store, "digitalisation increases social_inequality");
  auto sentence = std::find_if(evidence.begin(), evidence.end(),
                               [&](const Evidence& e) { return e.quote == first.quote; });
  REQUIRE(sentence != evidence.end());
  const Evidence& extracted = *sentence;
  CHECK(extracted.quote == first.quote);
  CHECK(extracted.source == "scp-2025-text");
  CHECK(extracted.modality == "can");
  CHECK(extracted.confidence == Approx(0.7));
  // The quote is where its offsets say, in the report's text.
  const std::string text = testing::ReadFile(std::string(CAUSALKG_SOURCE_DIR) +
                                             "/kb/sources/scp-2025-02-digitalisering-nl.txt");
  CHECK(text.substr(first.start, first.end - first.start) == extracted.quote);
  // The claim as loaded carries the offsets and its origin for the store to keep.
  const json claim = kb::AcceptedClaimJson(first, session->state(0).claim);
  CHECK(claim["start"] == first.start);
  CHECK(claim["end"] == first.end);
  CHECK(claim["origin"] == "extracted");

  // A node the database lacked has the phrase of the text as its label.
  QueryResult label = Query(store, "MATCH ?x increases 'grotere afstanden tussen mensen'");
  CHECK(std::get<MatchResult>(label.body).rows.size() == 1);
  // The log records the load and the rules' rates.
  const std::string log = testing::ReadFile(session->log_path());
  const std::string last = log.substr(log.rfind('\n', log.size() - 2) + 1);
  const json load = json::parse(last);
  CHECK(load["action"] == "load");
  CHECK(load["claims"] == 5);
  CHECK(load["rules"]["nl.relative.chain"]["rejected"] == 1);
  CHECK(load["rules"]["nl.verb.zorgen_voor"]["edited"] == 1);

  // Loaded decisions are not undone, and a second load writes nothing.
  auto undo = session->Undo();
  REQUIRE_FALSE(undo.ok());
  CHECK(undo.status().code() == StatusCode::kNotFound);
  const StoreCounts counts = store.counts();
  auto again = session->LoadAccepted(store);
  REQUIRE(again.ok());
  CHECK(again->claims == 0);
  CHECK(store.counts() == counts);
  // Opened again, the review knows what it loaded.
  session.reset();
  auto reopened = MustOpen(path);
  CHECK(reopened->PendingLoad() == 0);
  CHECK(reopened->state(0).loaded);
}

TEST_CASE("a load that fails writes nothing, and names the candidate's line", "[review]") {
  TempDir dir;
  ScratchStore db;
  Store& store = *db.store;
  json good = {{"cause", "rain"},   {"effect", "floods"},
               {"sign", "+"},       {"quote", "Rain causes floods."},
               {"start", 0},        {"end", 19},
               {"subject", "rain"}, {"relation", "causes"},
               {"object", "floods"}};
  json bad = good;
  bad["object"] = std::string(1500, 'x');  // ids hold at most 1,024 bytes
  const std::string path = dir.Write("c.jsonl", good.dump() + "\n" + bad.dump() + "\n");
  auto session = MustOpen(path);
  // The check made before an accept finds what the load would refuse.
  const kb::AcceptedClaim claim{&session->candidates()[1], &session->state(1).claim};
  Status fits = kb::CheckAccepted(store, path, claim);
  CHECK(fits.kind() == ErrorKind::kLoad);
  CHECK(fits.line() == 2);
  CHECK(store.counts() == StoreCounts{});

  auto loaded = session->AcceptAll(store);
  REQUIRE_FALSE(loaded.ok());
  CHECK(loaded.status().file() == path);
  CHECK(loaded.status().line() == 2);
  CHECK_THAT(loaded.status().message(), Catch::Contains("field 'object'"));
  CHECK(store.counts() == StoreCounts{});
  // The decisions of a failed accept-all are neither kept nor logged.
  CHECK(session->state(0).verdict == Verdict::kOpen);
  CHECK_FALSE(std::filesystem::exists(session->log_path()));
}

TEST_CASE("accept-all rejects the candidates whose text denies the link", "[review]") {
  TempDir dir;
  ScratchStore db;
  const std::string path = CopyOfData(dir, "transport-candidates.jsonl");
  auto session = MustOpen(path);
  MustDecide(*session, 1, Action::kReject, Reason::kWrongSpan);  // decided before: it stands
  auto loaded = session->AcceptAll(*db.store);
  REQUIRE(loaded.ok());
  CHECK(loaded->claims == 2);
  CHECK(session->state(2).verdict == Verdict::kRejected);
  CHECK(session->state(2).reason == Reason::kNegated);
  CHECK(session->state(1).reason == Reason::kWrongSpan);
  CHECK(Claims(*db.store) ==
        std::vector<std::string>{"bus_fares influences ridership",
                                 "fuel_prices increases public_transport_use"});
  const auto rates = session->Rates();
  REQUIRE(rates.size() == 3);
  const kb::RuleRate& reduce = rates[2];
  CHECK(reduce.rule == "en.verb.reduce");
  CHECK(reduce.candidates == 2);
  // Rejected as negated is no fault of the rule; the wrong span is.
  CHECK(reduce.rejected == 1);
  CHECK(reduce.reviewed() == 1);
  CHECK(reduce.reasons.at(Reason::kNegated) == 1);
  CHECK(reduce.Calibrated() == Approx(1.0 / 3));
  CHECK(rates[1].AcceptRate() == 1.0);
  CHECK(rates[1].Calibrated() == Approx(2.0 / 3));
}

TEST_CASE("a log names candidates by fingerprint, so a rewritten candidates file keeps them",
          "[review]") {
  TempDir dir;
  const std::string path = CopyOfData(dir, "transport-candidates.jsonl");
  {
    auto session = MustOpen(path);
    MustDecide(*session, 0, Action::kAccept);
    MustDecide(*session, 3, Action::kReject, Reason::kHypothetical);
  }
  // The extractor writes the file again: other order, one candidate gone.
  std::string text = testing::ReadFile(path);
  std::vector<std::string> lines;
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t end = text.find('\n', at);
    lines.push_back(text.substr(at, end - at));
    at = end + 1;
  }
  std::ofstream(path, std::ios::trunc) << lines[3] << '\n' << lines[2] << '\n' << lines[1] << '\n';
  auto session = MustOpen(path);
  CHECK(session->state(0).verdict == Verdict::kRejected);  // the fourth, now first
  CHECK(session->state(0).reason == Reason::kHypothetical);
  CHECK(session->state(1).verdict == Verdict::kOpen);
  const auto warnings = session->warnings();
  REQUIRE(warnings.size() == 1);
  CHECK_THAT(warnings[0], Catch::Contains("1 decision is about a candidate") &&
                              Catch::Contains("no longer holds"));
}

TEST_CASE("a log cut short by a crash loses its last line only, and a garbled one is refused",
          "[review]") {
  TempDir dir;
  const std::string path = CopyOfData(dir, "transport-candidates.jsonl");
  {
    auto session = MustOpen(path);
    MustDecide(*session, 0, Action::kAccept);
  }
  const std::string log_path = dir.File("transport-candidates.review.jsonl");
  const std::string whole = testing::ReadFile(log_path);
  std::ofstream(log_path, std::ios::app) << "{\"action\": \"acc";
  {
    auto session = MustOpen(path);
    CHECK(session->state(0).verdict == Verdict::kAccepted);
    REQUIRE(session->warnings().size() == 1);
    CHECK_THAT(session->warnings()[0], Catch::Contains("line 2: the last decision was cut short"));
    MustDecide(*session, 1, Action::kSkip);
  }
  // The next decision replaced the broken tail.
  const std::string mended = testing::ReadFile(log_path);
  CHECK(mended.substr(0, whole.size()) == whole);
  CHECK(json::parse(mended.substr(whole.size()))["action"] == "skip");

  std::ofstream(log_path, std::ios::app) << "{\"action\": \"shrug\"}\n{\"action\": \"undo\"}\n";
  auto refused = ReviewSession::Open(path, true);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.status().file() == log_path);
  CHECK(refused.status().line() == 3);
  CHECK_THAT(refused.status().message(), Catch::StartsWith("unknown action \"shrug\""));
}

TEST_CASE("one review of a file at a time", "[review]") {
  TempDir dir;
  const std::string path = CopyOfData(dir, "transport-candidates.jsonl");
  auto first = MustOpen(path);
  auto second = ReviewSession::Open(path, true);
  REQUIRE_FALSE(second.ok());
  CHECK(second.status().code() == StatusCode::kLocked);
  // Reading the rates needs no lock.
  CHECK(ReviewSession::Open(path, false).ok());
  first.reset();
  CHECK(ReviewSession::Open(path, true).ok());
}

TEST_CASE("a rename names a node of the database by id or label", "[review]") {
  ScratchStore db;
  testing::MustLoad(*db.store, R"({
    "nodes": [{"id": "social_cohesion", "label": {"en": "social cohesion", "nl": "sociale samenhang"}},
              {"id": "trust", "label": "faith"}, {"id": "belief", "label": "faith"}],
    "claims": [{"subject": "trust", "relation": "increases", "object": "social_cohesion"},
               {"subject": "belief", "relation": "increases", "object": "trust"}]})");
  CHECK(kb::ResolveNode(*db.store, "social_cohesion").value() == "social_cohesion");
  CHECK(kb::ResolveNode(*db.store, "Sociale Samenhang").value() == "social_cohesion");
  auto missing = kb::ResolveNode(*db.store, "cohesion");
  CHECK(missing.status().code() == StatusCode::kNotFound);
  auto relation = kb::ResolveNode(*db.store, "increases");  // a relation is no node
  CHECK(relation.status().code() == StatusCode::kNotFound);
  auto ambiguous = kb::ResolveNode(*db.store, "faith");
  CHECK(ambiguous.status().code() == StatusCode::kAmbiguous);
}

}  // namespace
}  // namespace causalkg
