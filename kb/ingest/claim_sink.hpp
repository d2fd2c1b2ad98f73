// ClaimSink: the one door through which every reader of claims writes.
//
// A reader (JSON document, JSON Lines, and whatever format comes next) turns
// what it reads into the plain records below and hands each to the sink with
// where it came from. The sink checks them, in one order for every format,
// stages them into a WriteSet (whose field rules check every text), counts
// the claims, and commits. So every format accepts the same claims and
// words the same problem the same way; a reader only says what its own
// syntax makes of a field ("must be a string, not a number").
//
// The records hold views: a reader keeps the text they point at alive for
// the call, and nothing is copied unless it is stored.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engine/common/status.hpp"
#include "engine/model/model.hpp"
#include "engine/model/write_summary.hpp"
#include "engine/storage/write_set.hpp"
#include "kb/ingest/unknown_fields.hpp"

namespace causalkg::kb {

// The fields of the records, in the order the sink checks them.
enum class RecordField : std::uint8_t {
  kNone,
  kSubject,
  kRelation,
  kObject,
  kSource,
  kQuote,
  kModality,
  kConfidence,
  kStart,
  kEnd,
  kPage,
  kSection,
  kUrl,
  kOrigin,
  kTool,
  kStance,
  kAttributes,
  kId,
  kKind,
  kLabel,
  kPolarity,
  kSystematicError,  // a source's error rates (engine/model/belief.hpp)
  kRandomError,
  kReliability,
};

// "subject", "confidence", ...: the field as messages name it.
const char* FieldName(RecordField field);

// The values of a piece's origin and stance, as messages list them ("field
// 'origin' must be one of stated, ...").
inline constexpr const char* kOriginNames = "one of stated, extracted, inferred, imported";
inline constexpr const char* kStanceNames = "supports or refutes";

// A field the reader found but cannot give as the record asks, and why, in
// words that follow "field 'NAME' ": "must be a string, not a number". The
// sink reports it in its turn, after any problem of the fields it checks
// before it, so a reader reads a record's fields in the order of
// RecordField and stops at the first it refuses.
struct Refusal {
  RecordField field = RecordField::kNone;
  std::string_view problem{};
};

// A free attribute of a piece of evidence: a number or a text.
struct AttributeRecord {
  std::string_view name{};
  std::optional<double> number{};  // when it is a number
  std::string_view text{};         // when it is not
  // Why the reader could not read the value, in words that follow "field
  // 'attributes.NAME' ": "must be a number or a string, not a boolean".
  std::string_view problem{};
};

// One piece of support for a claim. Empty texts are absent ones.
struct EvidenceRecord {
  std::string_view source{}, quote{}, modality{};
  std::optional<double> confidence{};  // must lie in 0..1
  // The confidence as the input wrote it, quoted when it is out of range;
  // empty to quote the number.
  std::string_view confidence_text{};
  // Its locator: byte offsets of the quote in the source's text (each a
  // non-negative integer, start <= end), a page (a text, or page_number, a
  // non-negative integer), a section and a URL.
  std::optional<double> start{}, end{};
  std::string_view page{};
  std::optional<double> page_number{};
  std::string_view section{}, url{};
  std::string_view origin{};  // stated, extracted, inferred or imported; empty: not said
  std::string_view tool{};    // the tool it was imported from
  std::string_view stance{};  // supports or refutes; empty: supports
  std::span<const AttributeRecord> attributes{};
  Refusal refused{};  // of any field above
};

// "subject relation object", each required: nullopt when absent.
struct ClaimRecord {
  std::optional<std::string_view> subject{}, relation{}, object{};
  // Its pieces of evidence (none for a bare claim); messages number them
  // ("evidence 2: ...") only when there are several.
  std::span<const EvidenceRecord> evidence{};
  Refusal refused{};  // of subject, relation or object
  // The hashes of subject, relation and object (InternTable::KeyOf), when
  // the reader computed them on its own thread; else nullptr.
  const std::uint64_t* name_hashes = nullptr;
};

// A label of a node or relation.
struct LabelRecord {
  // nullopt for a label given without a language, which is taken as
  // English and named 'label' in messages ('label.nl' otherwise).
  std::optional<std::string_view> language{};
  std::string_view text{};
  // Why the text could not be read, when it could not (reported once the
  // language is known to be fit to name it).
  std::string_view problem{};
};

// A node declared with its labels and, optionally, its kind, which is
// stored as `id is_a kind`.
struct NodeRecord {
  std::optional<std::string_view> id{};
  std::string_view kind{};  // empty for none
  std::span<const LabelRecord> labels{};
  Refusal refused{};  // of id, kind or label
};

// A relation declared with its polarity (nullopt: not declared here;
// Polarity::kNone: declared non-causal) and labels.
struct RelationRecord {
  std::optional<std::string_view> id{};
  std::span<const LabelRecord> labels{};
  std::optional<Polarity> polarity{};
  Refusal refused{};  // of id, label or polarity
};

// A source of claims. The store keeps a source as a JSON object; `json` is
// the whole declaration so (empty: stored as {"id": ID}). Its error rates,
// when it declares them ("systematic_error", "random_error",
// "reliability"), are kept apart for the engine to weigh its evidence; each
// must lie in 0..1.
struct SourceRecord {
  std::optional<std::string_view> id{};
  std::string_view json{};
  Refusal refused{};  // of id or a rate
  SourceErrors errors{};
};

enum class RecordKind : std::uint8_t { kClaim, kNode, kRelation, kSource };

// Where a record came from, for messages: "FILE: claim 3: ..." for a record
// numbered among its kind, "FILE, line 17: ..." for one with a line of its
// own (JSON Lines), or both.
struct Origin {
  std::string_view file{};
  std::size_t line = 0;    // 1-based; 0 when unknown
  std::size_t column = 0;  // 1-based; 0 when unknown
  std::size_t index = 0;   // 1-based among the records of its kind; 0 when not numbered
};

// `s`, said of the record of `kind` at `origin` as the sink says its own
// problems: for a reader's errors about a record (a claim that is no
// object). A Storage error is about the database and keeps its words.
Status AtRecord(const Origin& origin, RecordKind kind, Status s);

// What a load did: the claims it read, what the write changed, and the
// readers' notes.
struct LoadSummary {
  std::uint64_t claims = 0;
  WriteSummary write;
  // What the readers made of their input (ClaimSink::Note). Apart from the
  // write's warnings: a model that loads as it should says what it kept and
  // dropped, and has no warning for it.
  std::vector<std::string> notes;
};

// "3 claims: 2 new edges, 4 new nodes, 3 evidence added, 1 warning" (the
// warnings themselves are in summary.write.warnings).
std::string DescribeSummary(const LoadSummary& summary);

class ClaimSink {
 public:
  // Stages into `write`, which must outlive the sink.
  explicit ClaimSink(WriteSet& write) : write_(write) {}

  Status AddClaim(const ClaimRecord& claim, const Origin& origin);
  // The names of a claim to be added soon start loading from where they are
  // looked up (WriteSet::Expect): a reader that reads ahead lets the cache
  // misses of several claims be waited for at once.
  void Expect(std::string_view subject, std::string_view relation, std::string_view object) const {
    write_.Expect(subject);
    write_.Expect(relation);
    write_.Expect(object);
  }
  // The same, with the names' hashes computed before (ClaimRecord::name_hashes).
  void Expect(std::string_view subject, std::string_view relation, std::string_view object,
              const std::uint64_t* hashes) const {
    write_.Expect(InternTable::Key{subject, hashes[0]});
    write_.Expect(InternTable::Key{relation, hashes[1]});
    write_.Expect(InternTable::Key{object, hashes[2]});
  }
  Status DeclareNode(const NodeRecord& node, const Origin& origin);
  Status DeclareRelation(const RelationRecord& relation, const Origin& origin);
  Status DeclareSource(const SourceRecord& source, const Origin& origin);

  // Claims staged so far.
  std::uint64_t claims() const { return claims_; }

  // `claims` claims had a field `name` that is none of a claim's fields and
  // was not read: said once a name, as a warning of the load.
  void UnknownClaimField(std::string_view name, std::uint64_t claims = 1) {
    unknown_fields_.Add(name, claims);
  }

  // A sentence for the load's summary (its notes): what a reader made of its
  // input that the records do not show, such as what it kept and what it
  // dropped ("12 lookup tables became depends_on links").
  void Note(std::string note) { notes_.push_back(std::move(note)); }

  // Commits everything staged, atomically; at most once.
  Result<LoadSummary> Commit();

 private:
  // Whether `claim` passes every check made before it is staged, as the
  // commonest claims do: seen at a glance.
  static bool IsClean(const ClaimRecord& claim);
  // The first problem of a claim that is not clean, in field order; Ok when
  // it has none (a piece with a locator, say, is checked here).
  static Status ProblemOf(const ClaimRecord& claim);
  Status StageClaim(const ClaimRecord& claim);
  // A claim that is not clean: its first problem, or staged when it has none.
  Status CheckAndStage(const ClaimRecord& claim);
  Status StageNode(const NodeRecord& node);
  Status StageRelation(const RelationRecord& relation);
  Status StageLabels(std::span<const LabelRecord> labels, const Refusal& refused, Labels& out);

  WriteSet& write_;
  std::uint64_t claims_ = 0;
  std::vector<std::string> notes_;
  UnknownFields unknown_fields_;
  Evidence piece_;  // the piece being staged, its room kept from claim to claim
};

}  // namespace causalkg::kb
