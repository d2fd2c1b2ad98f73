// WriteSet: everything one write (a load, an ADD, a REMOVE) changes, staged in
// memory and committed atomically.
//
// Nothing is visible to readers until Commit() succeeds; a WriteSet that is
// destroyed uncommitted, or a process killed before Commit() returns, leaves
// the store exactly as it was. Small writes commit as one RocksDB WriteBatch
// (one WAL record); large ones as sorted SST files ingested into every column
// family in one atomic step.
//
// It is also the door every write goes through: each id, label, source and
// piece of evidence is checked against engine/storage/field_rules.hpp as it is
// staged, so that nothing the store cannot give back is ever written.
#pragma once

#include <cstdint>
#include <functional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine/common/status.hpp"
#include "engine/model/model.hpp"
#include "engine/model/write_summary.hpp"
#include "engine/storage/field_rules.hpp"
#include "engine/storage/huge_pages.hpp"
#include "engine/storage/intern_table.hpp"
#include "engine/storage/store.hpp"

namespace causalkg {

// Above this many entries a commit stages SST files and ingests them.
inline constexpr std::size_t kIngestThreshold = 50000;

// How a commit reaches the store: chosen by size, or fixed (for tests and
// tools that need one path).
enum class CommitPath { kBySize, kWriteBatch, kIngest };

class CommitSink;

class WriteSet {
 public:
  // `store` must be open for writing and outlive this WriteSet. Texts that
  // break the field rules are refused with errors of `refusal` kind (a
  // Load error for files, a Query error for a statement).
  explicit WriteSet(Store& store, ErrorKind refusal = ErrorKind::kLoad);

  // The id of the term `name`: its id in the store, or a new one. A name
  // that is no valid id is refused before it is looked up.
  Result<TermId> Intern(std::string_view name) { return Intern(InternTable::KeyOf(name)); }
  // `name` made ready to intern: where it is looked up starts loading now,
  // so that a caller with several names (a claim's three) waits for their
  // cache misses at once rather than one after another.
  InternTable::Key Expect(std::string_view name) const { return Expect(InternTable::KeyOf(name)); }
  // The same for a name whose key was made before (on another thread).
  InternTable::Key Expect(const InternTable::Key& key) const {
    ids_.Prefetch(key);
    return key;
  }
  Result<TermId> Intern(const InternTable::Key& key);

  // Records that `id` is used as a node, with these labels (merged into its
  // labels; a label in the same language replaces the old one).
  Status MarkNode(TermId id, const Labels& labels = {});

  // Records that `id` is used as a relation. `declared` is a polarity given
  // in the input; without one, a built-in relation takes its built-in
  // polarity, and any other stays non-causal with a warning (once).
  // Declaring a polarity that contradicts the store's is a Load error.
  Status MarkRelation(TermId id, std::optional<Polarity> declared = std::nullopt,
                      const Labels& labels = {});

  // Stages a claim: its ends as nodes, its relation as a relation (see
  // MarkRelation), the triple, and its evidence when there is any (kept as
  // its record: `evidence` may be reused for the next claim).
  Status AddClaim(const Triple& t, const Evidence& evidence);

  // The door's check of one text: Ok, or the error a write of it gets
  // ("the quote '...' is 70,000 bytes; quotes hold at most 65,536 bytes").
  // For callers that can point at where the text came from.
  Status CheckField(fields::Field field, std::string_view text) const;

  void AddTriple(const Triple& t) { triples_.push_back(t); }
  // A declared source: its id and its JSON object text, and the error rates
  // it declares. A source that declares none keeps those stored before (a
  // file loaded again does not undo `.sources SET`); one that declares any
  // replaces them.
  Status AddSource(SourceInfo source);
  // Sets the error rates of source `id` to `errors` (none: the defaults),
  // whether or not it is declared.
  Status SetSourceErrors(std::string id, const SourceErrors& errors);
  // Removes a triple that is in the store, with all its evidence. A node
  // the removals leave with no triple and no label of its own, and that is
  // no relation, goes too (WriteSummary::dropped_nodes): a node is there for
  // its claims or for what it was declared with.
  void RemoveTriple(const Triple& t) { removals_.push_back(t); }
  // Removes node `id` of the store from the dictionary: its name, record and
  // labels. The caller removes every triple that names it in the same write.
  // A term that is a relation too is refused (code kInvalid).
  Status RemoveNode(TermId id);
  // Gives term `id` of the store the new id `name`. Its triples, evidence
  // and labels refer to it by number and stay as they are. A name another
  // term has is refused (code kExists).
  Status RenameTerm(TermId id, std::string_view name);

  // What this write gives names, for the checks a caller makes before it
  // commits (near-duplicate names, shared labels): the nodes it makes, in
  // the order they were first named, and each label it gives a node that
  // the node did not have in that language.
  void ForEachNewNode(const std::function<void(TermId, const std::string& name)>& visit) const;
  void ForEachGivenLabel(
      const std::function<void(TermId, const std::string& name, const std::string& language,
                               const std::string& label)>& visit) const;
  // The labels term `id` has once this write commits; nullptr when the write
  // leaves them as they are in the store.
  const Labels* LabelsAfter(TermId id) const;

  // Writes everything atomically and durably. Call at most once.
  Result<WriteSummary> Commit();

  void set_commit_path(CommitPath path) { commit_path_ = path; }
  // Whether a commit through SST files may stage its terms on a second
  // thread beside the triples (the default). Off, every stage runs one
  // after the other; the store is the same either way.
  void set_parallel(bool parallel) { parallel_ = parallel; }
  // Whether Commit() stages SST files (else one WriteBatch).
  bool UsesIngest() const;

  // The store this write goes to.
  const Store& store() const { return store_; }

  // The name of a term interned or touched in this write.
  const std::string& NameOf(TermId id) const {
    return id >= first_new_ ? new_terms_[id - first_new_].name : old_terms_.at(id).name;
  }

 private:
  struct PendingTerm {
    std::string name;
    TermInfo before;  // as in the store (empty for a new term)
    TermInfo after;
    bool is_new = false;
    bool removed = false;
  };

  Result<PendingTerm*> Touch(TermId id);
  // The door's checks of a piece's locator, tool and attributes.
  Status CheckDetails(const Evidence& e) const;
  Status CheckLabels(const std::string& name, const Labels& labels) const;
  Status Refuse(std::string message) const {
    return Status::Error(refusal_, std::move(message)).WithCode(StatusCode::kInvalid);
  }

  class Sink;
  // The stages of a commit through SST files, the terms on a second thread.
  Status StageInParallel(CommitSink& out, Sink& sink, StoreCounts& counts, WriteSummary& summary,
                         std::vector<std::pair<TermId, Polarity>>& polarities);
  Status StageTerms(Sink& sink, StoreCounts& counts, WriteSummary& summary,
                    std::vector<std::pair<TermId, Polarity>>& polarities);
  Status StageTriples(Sink& sink, StoreCounts& counts, WriteSummary& summary);
  Status StageEvidence(Sink& sink, StoreCounts& counts, WriteSummary& summary);
  // Puts the pieces evidence_[i] for each i of `written` (in key order).
  Status PutEvidence(Sink& sink, const std::vector<std::size_t>& written);
  Status StageSources(Sink& sink, StoreCounts& counts, WriteSummary& summary);
  Status StageRemovals(Sink& sink, StoreCounts& counts, WriteSummary& summary);
  // Marks removed the nodes the removals leave with nothing (RemoveTriple).
  Status DropOrphans(WriteSummary& summary);
  Status StageRemovedTerm(Sink& sink, TermId id, const PendingTerm& term, WriteSummary& summary);
  std::size_t EstimatedEntries() const;

  Store& store_;
  const ErrorKind refusal_;
  const TermId first_new_;  // ids from here on are new in this write
  TermId next_term_;
  InternTable ids_;                     // names seen in this write
  std::vector<PendingTerm> new_terms_;  // by id - first_new_: ids are dense
  // Roles of new terms, apart from their records: marking a node is the
  // commonest step of a bulk load and should touch one byte.
  std::vector<std::uint8_t, HugePageAllocator<std::uint8_t>> new_roles_;
  std::unordered_map<TermId, PendingTerm> old_terms_;  // terms of the store touched here
  std::vector<Triple> triples_;
  // Pieces of evidence as they will be stored: a million of them hold
  // their records, not the model's larger struct.
  struct PendingEvidence {
    Triple triple;
    std::uint64_t fingerprint = 0;  // of its source and quote: the rest of its key
    std::string record;
  };
  std::vector<PendingEvidence> evidence_;
  std::vector<SourceInfo> sources_;
  std::vector<std::pair<std::string, SourceErrors>> source_errors_;  // in the order set
  std::vector<Triple> removals_;
  std::vector<TermId> removed_nodes_;  // by RemoveNode, then DropOrphans
  // The names in the store of the terms RenameTerm gave others: apart from
  // PendingTerm, which a bulk load holds a million of.
  std::unordered_map<TermId, std::string> renamed_from_;
  // Sources the evidence names, registered at commit unless declared or
  // stored; the last one named, to pass over the commonest repeat at once.
  std::set<std::string, std::less<>> named_sources_;
  std::string last_named_source_;
  std::vector<TermId> undeclared_;  // relations first seen without a polarity
  bool committed_ = false;
  CommitPath commit_path_ = CommitPath::kBySize;
  bool parallel_ = true;
};

}  // namespace causalkg
