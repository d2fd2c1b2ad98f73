#include "engine/storage/write_set.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <thread>

#include "engine/common/text_fold.hpp"
#include "engine/model/vocabulary.hpp"
#include "engine/storage/codec.hpp"
#include "engine/storage/commit_sink.hpp"
#include "engine/storage/key_order.hpp"
#include "engine/storage/load_phases.hpp"
#include "engine/storage/store_internals.hpp"
#include "engine/storage/triple_sort.hpp"

namespace causalkg {

// Collects entries per family and hands them to the sink in key order,
// the last write of a key winning.
class WriteSet::Sink {
 public:
  explicit Sink(CommitSink& out) : out_(out), entries_(codec::kFamilies.size()) {}
  void Put(int family, std::string key, std::string value) {
    entries_[family].push_back({std::move(key), std::move(value), false});
  }
  void Delete(int family, std::string key) {
    entries_[family].push_back({std::move(key), std::string(), true});
  }
  // Writes the collected entries of `family` now, sorted.
  Status Flush(int family) {
    auto& entries = entries_[family];
    auto by_key = [](const Entry& a, const Entry& b) { return a.key < b.key; };
    auto put = [&](const Entry& e) {
      return e.is_delete ? out_.Delete(family, e.key) : out_.Put(family, e.key, e.value);
    };
    // A bulk load's new terms come in id order: their ids need no sort.
    if (std::is_sorted(entries.begin(), entries.end(), by_key)) {
      for (std::size_t i = 0; i < entries.size(); ++i) {
        if (i + 1 < entries.size() && entries[i + 1].key == entries[i].key) continue;
        CAUSALKG_RETURN_IF_ERROR(put(entries[i]));
      }
    } else {
      // Sorted as indices, the entries staying where they are: a stable
      // order, so that of equal keys the last staged is the one put.
      std::vector<std::string_view> keys(entries.size());
      for (std::size_t i = 0; i < entries.size(); ++i) keys[i] = entries[i].key;
      const std::vector<KeyRank> order = StableKeyOrder(keys);
      std::vector<std::string_view>().swap(keys);
      // The entries are read in key order, at random: several start loading
      // at once.
      constexpr std::size_t kAhead = 8;
      for (std::size_t i = 0; i < order.size(); ++i) {
        if (i + kAhead < order.size()) __builtin_prefetch(&entries[order[i + kAhead].index]);
        if (i + 1 < order.size() && order[i + 1].prefix == order[i].prefix &&
            entries[order[i + 1].index].key == entries[order[i].index].key)
          continue;
        CAUSALKG_RETURN_IF_ERROR(put(entries[order[i].index]));
      }
    }
    std::vector<Entry, HugePageAllocator<Entry>>().swap(entries);
    return Status::Ok();
  }
  // Moves the collected entries of `family` of `other` after this sink's.
  void TakeFrom(Sink& other, int family) {
    auto& from = other.entries_[family];
    auto& to = entries_[family];
    to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
    from.clear();
  }
  CommitSink& direct() { return out_; }
  // Makes room for `more` entries of `family` without growing again.
  void Reserve(int family, std::size_t more) {
    entries_[family].reserve(entries_[family].size() + more);
  }

 private:
  struct Entry {
    std::string key;
    std::string value;
    bool is_delete = false;
  };
  CommitSink& out_;
  // A bulk load's millions of terms are flushed in key order, read at
  // random from here: on 2 MB pages, a read misses the cache but not the TLB.
  std::vector<std::vector<Entry, HugePageAllocator<Entry>>> entries_;
};

WriteSet::WriteSet(Store& store, ErrorKind refusal)
    : store_(store),
      refusal_(refusal),
      first_new_(StoreInternals::NextTerm(store)),
      next_term_(StoreInternals::NextTerm(store)) {}

Status WriteSet::CheckField(fields::Field field, std::string_view text) const {
  std::string problem = fields::Problem(field, text);
  if (problem.empty()) return Status::Ok();
  return Refuse(std::string("the ") + fields::NounOf(field) + " " + fields::Excerpt(text) + " " +
                problem);
}

Status WriteSet::CheckLabels(const std::string& name, const Labels& labels) const {
  for (const auto& [language, label] : labels) {
    if (auto problem = fields::Problem(fields::Field::kLanguage, language); !problem.empty()) {
      return Refuse("the language tag " + fields::Excerpt(language) + " of a label of " +
                    fields::Excerpt(name) + " " + problem);
    }
    if (auto problem = fields::Problem(fields::Field::kLabel, label); !problem.empty()) {
      return Refuse("the label " + fields::Excerpt(label) + " (" + language + ") of " +
                    fields::Excerpt(name) + " " + problem);
    }
  }
  return Status::Ok();
}

Result<TermId> WriteSet::Intern(const InternTable::Key& key) {
  if (TermId known = ids_.Find(key); known != kNoTerm) return known;
  const std::string_view name = key.name;
  // Each name is checked once per write, the first time it is seen.
  CAUSALKG_RETURN_IF_ERROR(CheckField(fields::Field::kId, name));
  TermId id = kNoTerm;
  // An empty store has no terms to look up: a bulk load into it skips a
  // read per new name.
  if (first_new_ > 1) {
    auto found = store_.FindTerm(name);
    if (!found.ok()) return std::move(found).TakeStatus();
    if (found->has_value()) id = **found;
  }
  if (id == kNoTerm) {
    if (next_term_ == UINT32_MAX) return Status::Storage("the database is full: 4294967294 terms");
    id = next_term_++;
    PendingTerm term;
    term.name = std::string(name);
    term.is_new = true;
    new_terms_.push_back(std::move(term));
    new_roles_.push_back(0);
  }
  ids_.Insert(key, id);
  return id;
}

Result<WriteSet::PendingTerm*> WriteSet::Touch(TermId id) {
  if (id >= first_new_) return &new_terms_[id - first_new_];
  if (auto it = old_terms_.find(id); it != old_terms_.end()) return &it->second;
  PendingTerm term;
  CAUSALKG_RETURN_IF_ERROR(store_.ReadTerm(id, term.name, term.before));
  term.after = term.before;
  return &old_terms_.emplace(id, std::move(term)).first->second;
}

Status WriteSet::MarkNode(TermId id, const Labels& labels) {
  if (id >= first_new_ && labels.empty()) {
    new_roles_[id - first_new_] |= kRoleNode;
    return Status::Ok();
  }
  auto term = Touch(id);
  if (!term.ok()) return std::move(term).TakeStatus();
  CAUSALKG_RETURN_IF_ERROR(CheckLabels((*term)->name, labels));
  (*term)->after.roles |= kRoleNode;
  for (const auto& [language, label] : labels) (*term)->after.labels[language] = label;
  return Status::Ok();
}

Status WriteSet::MarkRelation(TermId id, std::optional<Polarity> declared, const Labels& labels) {
  // A relation already settled in this write: the commonest case of a bulk load.
  if (id >= first_new_ && !declared && labels.empty() &&
      (new_roles_[id - first_new_] & kRoleRelation)) {
    return Status::Ok();
  }
  auto found = Touch(id);
  if (!found.ok()) return std::move(found).TakeStatus();
  PendingTerm& term = **found;
  CAUSALKG_RETURN_IF_ERROR(CheckLabels(term.name, labels));
  TermInfo& info = term.after;
  const bool was_relation = (info.roles & kRoleRelation) != 0;
  info.roles |= kRoleRelation;
  if (id >= first_new_) new_roles_[id - first_new_] |= kRoleRelation;
  for (const auto& [language, label] : labels) info.labels[language] = label;
  if (declared) {
    if (info.polarity_declared && info.polarity != *declared) {
      auto text = [](Polarity p) {
        return p == Polarity::kNone ? std::string("none") : std::string(PolarityText(p));
      };
      return Status::Load(
          "relation '" + term.name + "' has polarity " + text(info.polarity) +
              (term.before.polarity_declared ? " in the store" : " already") + " but is declared " +
              text(*declared) + " here",
          "a relation has one polarity; use another relation for the opposite effect");
    }
    info.polarity_declared = true;
    info.polarity = *declared;
    return Status::Ok();
  }
  if (info.polarity_declared || was_relation) return Status::Ok();
  if (auto builtin = BuiltinPolarity(term.name)) {
    info.polarity_declared = true;
    info.polarity = *builtin;
    return Status::Ok();
  }
  // Whether it stays undeclared is known at commit: a declaration may come
  // later in the same load.
  undeclared_.push_back(id);
  return Status::Ok();
}

Status WriteSet::AddClaim(const Triple& t, const Evidence& evidence) {
  // The roles of two new terms far apart: both fetched at once.
  if (t.subject >= first_new_) __builtin_prefetch(&new_roles_[t.subject - first_new_]);
  if (t.object >= first_new_) __builtin_prefetch(&new_roles_[t.object - first_new_]);
  CAUSALKG_RETURN_IF_ERROR(MarkNode(t.subject));
  CAUSALKG_RETURN_IF_ERROR(MarkRelation(t.relation));
  CAUSALKG_RETURN_IF_ERROR(MarkNode(t.object));
  AddTriple(t);
  const Evidence& e = evidence;
  if (e.empty()) return Status::Ok();
  CAUSALKG_RETURN_IF_ERROR(CheckField(fields::Field::kSourceId, e.source));
  CAUSALKG_RETURN_IF_ERROR(CheckField(fields::Field::kQuote, e.quote));
  CAUSALKG_RETURN_IF_ERROR(CheckField(fields::Field::kModality, e.modality));
  // A source named only here is registered at commit: a source named
  // anywhere is one the store lists and counts.
  if (!e.source.empty() && e.source != last_named_source_) {
    if (named_sources_.find(e.source) == named_sources_.end()) named_sources_.emplace(e.source);
    last_named_source_ = e.source;
  }
  // Most evidence has no more than that: one branch for all of the rest.
  if (!e.locator.empty() || !e.tool.empty() || !e.attributes.empty()) {
    CAUSALKG_RETURN_IF_ERROR(CheckDetails(e));
  }
  auto record = codec::EncodeEvidence(e);
  if (!record.ok()) return std::move(record).TakeStatus();
  evidence_.push_back({t, codec::Fingerprint(e.source, e.quote), std::move(record).value()});
  return Status::Ok();
}

Status WriteSet::CheckDetails(const Evidence& e) const {
  const Locator& at = e.locator;
  if (at.start && at.end && *at.end < *at.start) {
    return Refuse("a piece of evidence cannot end (at byte " + std::to_string(*at.end) +
                  ") before it starts (at byte " + std::to_string(*at.start) + ")");
  }
  CAUSALKG_RETURN_IF_ERROR(CheckField(fields::Field::kPage, at.page));
  CAUSALKG_RETURN_IF_ERROR(CheckField(fields::Field::kSection, at.section));
  CAUSALKG_RETURN_IF_ERROR(CheckField(fields::Field::kUrl, at.url));
  CAUSALKG_RETURN_IF_ERROR(CheckField(fields::Field::kTool, e.tool));
  for (const auto& [name, value] : e.attributes) {
    CAUSALKG_RETURN_IF_ERROR(CheckField(fields::Field::kAttributeName, name));
    if (const double* number = std::get_if<double>(&value)) {
      if (!std::isfinite(*number))
        return Refuse("the attribute " + fields::Excerpt(name) + " is not a finite number");
    } else if (auto problem =
                   fields::Problem(fields::Field::kAttributeText, std::get<std::string>(value));
               !problem.empty()) {
      return Refuse("the text " + fields::Excerpt(std::get<std::string>(value)) +
                    " of the attribute " + fields::Excerpt(name) + " " + problem);
    }
  }
  return Status::Ok();
}

Status WriteSet::AddSource(SourceInfo source) {
  CAUSALKG_RETURN_IF_ERROR(CheckField(fields::Field::kSourceId, source.id));
  if (source.id.empty()) return Refuse("a source needs a non-empty id");
  if (auto problem = fields::Problem(fields::Field::kSourceRecord, source.json); !problem.empty()) {
    return Refuse("the source record of " + fields::Excerpt(source.id) + " " + problem);
  }
  if (!source.errors.empty()) CAUSALKG_RETURN_IF_ERROR(SetSourceErrors(source.id, source.errors));
  sources_.push_back(std::move(source));
  return Status::Ok();
}

Status WriteSet::SetSourceErrors(std::string id, const SourceErrors& errors) {
  CAUSALKG_RETURN_IF_ERROR(CheckField(fields::Field::kSourceId, id));
  if (id.empty()) return Refuse("a source needs a non-empty id");
  if (std::string problem = ErrorRatesProblem(errors); !problem.empty()) {
    return Refuse("source " + fields::Excerpt(id) + " " + problem);
  }
  source_errors_.emplace_back(std::move(id), errors);
  return Status::Ok();
}

Status WriteSet::RemoveNode(TermId id) {
  auto found = Touch(id);
  if (!found.ok()) return std::move(found).TakeStatus();
  PendingTerm& term = **found;
  if (term.after.roles & kRoleRelation) {
    return Refuse("'" + term.name + "' is a relation too, and a relation is not removed");
  }
  if (!term.removed) {
    term.removed = true;
    removed_nodes_.push_back(id);
  }
  return Status::Ok();
}

Status WriteSet::RenameTerm(TermId id, std::string_view name) {
  CAUSALKG_RETURN_IF_ERROR(CheckField(fields::Field::kId, name));
  auto taken = store_.FindTerm(name);
  if (!taken.ok()) return std::move(taken).TakeStatus();
  if (ids_.Find(name) != kNoTerm || (taken->has_value() && **taken != id)) {
    return Refuse("there is a term '" + std::string(name) + "' already")
        .WithCode(StatusCode::kExists);
  }
  auto found = Touch(id);
  if (!found.ok()) return std::move(found).TakeStatus();
  PendingTerm& term = **found;
  if (!term.is_new) renamed_from_.try_emplace(id, term.name);
  ids_.Erase(term.name);
  term.name = std::string(name);
  ids_.Insert(term.name, id);
  return Status::Ok();
}

void WriteSet::ForEachNewNode(
    const std::function<void(TermId, const std::string& name)>& visit) const {
  for (std::size_t i = 0; i < new_terms_.size(); ++i) {
    if ((new_roles_[i] | new_terms_[i].after.roles) & kRoleNode)
      visit(first_new_ + static_cast<TermId>(i), new_terms_[i].name);
  }
}

void WriteSet::ForEachGivenLabel(
    const std::function<void(TermId, const std::string& name, const std::string& language,
                             const std::string& label)>& visit) const {
  auto given = [&](TermId id, const PendingTerm& term, std::uint8_t roles) {
    if (!(roles & kRoleNode) || term.removed) return;
    for (const auto& [language, label] : term.after.labels) {
      auto before = term.before.labels.find(language);
      if (before == term.before.labels.end() || FoldCase(before->second) != FoldCase(label))
        visit(id, term.name, language, label);
    }
  };
  for (std::size_t i = 0; i < new_terms_.size(); ++i) {
    given(first_new_ + static_cast<TermId>(i), new_terms_[i],
          new_roles_[i] | new_terms_[i].after.roles);
  }
  // In id order, so that what is said of them reads the same every time.
  std::vector<TermId> old(old_terms_.size());
  std::transform(old_terms_.begin(), old_terms_.end(), old.begin(),
                 [](const auto& entry) { return entry.first; });
  std::sort(old.begin(), old.end());
  for (TermId id : old) {
    const PendingTerm& term = old_terms_.at(id);
    given(id, term, term.after.roles);
  }
}

const Labels* WriteSet::LabelsAfter(TermId id) const {
  if (id >= first_new_)
    return id - first_new_ < new_terms_.size() ? &new_terms_[id - first_new_].after.labels
                                               : nullptr;
  auto it = old_terms_.find(id);
  return it == old_terms_.end() ? nullptr : &it->second.after.labels;
}

bool WriteSet::UsesIngest() const {
  // Removals and renames need deletes that an ingested file would not order
  // after the store's own entries: they always go through a WriteBatch.
  if (!removals_.empty() || !removed_nodes_.empty() || !renamed_from_.empty()) return false;
  if (commit_path_ != CommitPath::kBySize) return commit_path_ == CommitPath::kIngest;
  return EstimatedEntries() > kIngestThreshold;
}

std::size_t WriteSet::EstimatedEntries() const {
  return 3 * triples_.size() + evidence_.size() + 3 * (new_terms_.size() + old_terms_.size());
}

Result<WriteSummary> WriteSet::Commit() {
  if (committed_) return Status::Internal("a write was committed twice");
  committed_ = true;
  if (store_.read_only()) return ReadOnlyError(store_.path());
  std::unique_ptr<CommitSink> out = UsesIngest() ? MakeIngestSink(store_) : MakeBatchSink(store_);
  Sink sink(*out);
  StoreCounts counts = store_.counts();
  WriteSummary summary;
  for (TermId id : undeclared_) {
    auto term = Touch(id);
    if (!term.ok()) return std::move(term).TakeStatus();
    if ((*term)->after.polarity_declared) continue;
    summary.warnings.push_back(
        "relation '" + (*term)->name +
        "' has no declared polarity and is not built in: it is treated as non-causal "
        "(declare it with \"polarity\": \"+\", \"-\" or \"?\" to follow it in chains)");
  }
  std::vector<std::pair<TermId, Polarity>> polarities;
  CAUSALKG_RETURN_IF_ERROR(DropOrphans(summary));
  CAUSALKG_RETURN_IF_ERROR(StageRemovals(sink, counts, summary));
  if (out->ParallelFamilies() && parallel_) {
    CAUSALKG_RETURN_IF_ERROR(StageInParallel(*out, sink, counts, summary, polarities));
  } else {
    CAUSALKG_RETURN_IF_ERROR(StageTriples(sink, counts, summary));
    CAUSALKG_RETURN_IF_ERROR(StageEvidence(sink, counts, summary));
    CAUSALKG_RETURN_IF_ERROR(StageSources(sink, counts, summary));
    CAUSALKG_RETURN_IF_ERROR(StageTerms(sink, counts, summary, polarities));
  }

  sink.Put(codec::kMeta, std::string(codec::kFormatKey), codec::kFormat);
  sink.Put(codec::kMeta, std::string(codec::kNextTermKey), codec::EncodeU64Value(next_term_));
  for (const codec::CountKey& count : codec::kCountKeys) {
    sink.Put(codec::kMeta, std::string(count.key), codec::EncodeU64Value(counts.*count.field));
  }
  {
    LoadPhase phase("families flushed");
    for (int family = 0; family < static_cast<int>(codec::kFamilies.size()); ++family) {
      CAUSALKG_RETURN_IF_ERROR(sink.Flush(family));
    }
  }
  CAUSALKG_RETURN_IF_ERROR(out->Finish());
  StoreInternals::AfterCommit(store_, counts, next_term_, polarities);
  return summary;
}

Status WriteSet::StageInParallel(CommitSink& out, Sink& sink, StoreCounts& counts,
                                 WriteSummary& summary,
                                 std::vector<std::pair<TermId, Polarity>>& polarities) {
  // The terms' entries (names, records, labels) go to families no other
  // stage writes, so a second thread builds, sorts and writes them while
  // the triples are sorted and written. Their counts and polarities are
  // kept apart and added after, as the stages one after the other would.
  Sink term_sink(out);
  StoreCounts term_counts = counts;
  WriteSummary term_summary;
  Status terms_status;
  std::thread terms([&] {
    LoadPhase phase("terms staged and written");
    terms_status = StageTerms(term_sink, term_counts, term_summary, polarities);
    for (int family : {codec::kTerm, codec::kLabel, codec::kId}) {
      if (terms_status.ok()) terms_status = term_sink.Flush(family);
    }
  });
  Status rest = [&]() -> Status {
    LoadPhase phase("triples, evidence, sources");
    CAUSALKG_RETURN_IF_ERROR(StageTriples(sink, counts, summary));
    CAUSALKG_RETURN_IF_ERROR(StageEvidence(sink, counts, summary));
    return StageSources(sink, counts, summary);
  }();
  terms.join();
  CAUSALKG_RETURN_IF_ERROR(rest);
  CAUSALKG_RETURN_IF_ERROR(terms_status);
  counts.nodes = term_counts.nodes;
  counts.relations = term_counts.relations;
  summary.new_nodes += term_summary.new_nodes;
  summary.new_relations += term_summary.new_relations;
  summary.removed_nodes += term_summary.removed_nodes;
  // Polarities follow the sources' entries of the same family, as when
  // the terms are staged last.
  sink.TakeFrom(term_sink, codec::kMeta);
  return Status::Ok();
}

Status WriteSet::DropOrphans(WriteSummary& summary) {
  std::sort(removals_.begin(), removals_.end());
  removals_.erase(std::unique(removals_.begin(), removals_.end()), removals_.end());
  if (removals_.empty()) return Status::Ok();
  std::vector<TermId> ends;
  for (const Triple& t : removals_) {
    ends.push_back(t.subject);
    ends.push_back(t.object);
  }
  std::sort(ends.begin(), ends.end());
  ends.erase(std::unique(ends.begin(), ends.end()), ends.end());
  // What this write adds keeps the nodes it names.
  std::set<TermId> added;
  for (const Triple& t : triples_) added.insert({t.subject, t.relation, t.object});
  auto removed = [this](const Triple& t) {
    return std::binary_search(removals_.begin(), removals_.end(), t);
  };
  for (TermId id : ends) {
    if (added.count(id)) continue;
    auto found = Touch(id);
    if (!found.ok()) return std::move(found).TakeStatus();
    PendingTerm& term = **found;
    if (term.removed || (term.after.roles & kRoleRelation) || !term.after.labels.empty()) continue;
    bool kept = false;
    for (const TriplePattern& pattern : {TriplePattern{id, {}, {}}, TriplePattern{{}, {}, id}}) {
      CAUSALKG_RETURN_IF_ERROR(store_.Scan(pattern, [&](const Triple& t) {
        kept = !removed(t);
        return !kept;
      }));
      if (kept) break;
    }
    if (kept) continue;
    term.removed = true;
    removed_nodes_.push_back(id);
    summary.dropped_nodes.push_back(term.name);
  }
  return Status::Ok();
}

Status WriteSet::StageRemovedTerm(Sink& sink, TermId id, const PendingTerm& term,
                                  WriteSummary& summary) {
  const auto renamed = renamed_from_.find(id);
  const std::string& name = renamed == renamed_from_.end() ? term.name : renamed->second;
  sink.Delete(codec::kTerm, name);
  sink.Delete(codec::kId, codec::IdKey(id));
  sink.Delete(codec::kLabel, codec::LabelKey(FoldCase(name), id));
  for (const auto& [language, label] : term.before.labels)
    sink.Delete(codec::kLabel, codec::LabelKey(FoldCase(label), id));
  if (term.before.roles & kRoleNode) ++summary.removed_nodes;
  return Status::Ok();
}

Status WriteSet::StageRemovals(Sink& sink, StoreCounts& counts, WriteSummary& summary) {
  for (const Triple& t : removals_) {
    for (auto ordering : {codec::kSpo, codec::kPos, codec::kOsp}) {
      sink.Delete(ordering, codec::TripleKey(ordering, t));
    }
    auto evidence = store_.EvidenceOf(t);
    if (!evidence.ok()) return std::move(evidence).TakeStatus();
    for (const Evidence& e : *evidence) {
      std::string key = codec::EvidenceKey(t, e), by_object;
      codec::EvidenceByObjectKeyOf(key, by_object);
      sink.Delete(codec::kEvidence, std::move(key));
      sink.Delete(codec::kEvidenceByObject, std::move(by_object));
    }
    summary.removed_edges += 1;
    summary.removed_evidence += evidence->size();
  }
  counts.edges -= std::min<std::uint64_t>(counts.edges, summary.removed_edges);
  counts.evidence -= std::min<std::uint64_t>(counts.evidence, summary.removed_evidence);
  return Status::Ok();
}

Status WriteSet::StageTriples(Sink& sink, StoreCounts& counts, WriteSummary& summary) {
  {
    LoadPhase phase("spo sorted");
    std::vector<Triple> sorted, spare;
    SortTriples(codec::kSpo, triples_, sorted, spare);
    triples_.swap(sorted);
  }
  triples_.erase(std::unique(triples_.begin(), triples_.end()), triples_.end());
  if (store_.counts().edges > 0) {
    std::vector<Triple> fresh;
    fresh.reserve(triples_.size());
    for (const Triple& t : triples_) {
      auto present = store_.Contains(t);
      if (!present.ok()) return std::move(present).TakeStatus();
      if (!*present) fresh.push_back(t);
    }
    triples_.swap(fresh);
  }
  // Each ordering is written straight from the triples sorted its way, so
  // that a million triples need no million key strings. A bulk sink takes
  // the three orderings on three threads, each sorting its own copy.
  auto write = [&sink](codec::Family ordering, const std::vector<Triple>& triples) -> Status {
    LoadPhase phase(ordering == codec::kSpo   ? "spo written"
                    : ordering == codec::kPos ? "pos written"
                                              : "osp written");
    for (const Triple& t : triples) {
      CAUSALKG_RETURN_IF_ERROR(sink.direct().Put(ordering, codec::TripleKey(ordering, t), {}));
    }
    return Status::Ok();
  };
  auto sort_and_write = [&](codec::Family ordering) -> Status {
    std::vector<Triple> sorted, spare;
    {
      LoadPhase phase(ordering == codec::kPos ? "pos sorted" : "osp sorted");
      SortTriples(ordering, triples_, sorted, spare);
    }
    return write(ordering, sorted);
  };
  if (sink.direct().ParallelFamilies()) {
    Status pos_status, osp_status;
    std::thread pos_thread([&] { pos_status = sort_and_write(codec::kPos); });
    std::thread osp_thread([&] { osp_status = sort_and_write(codec::kOsp); });
    Status spo_status = write(codec::kSpo, triples_);
    pos_thread.join();
    osp_thread.join();
    CAUSALKG_RETURN_IF_ERROR(pos_status);
    CAUSALKG_RETURN_IF_ERROR(osp_status);
    CAUSALKG_RETURN_IF_ERROR(spo_status);
  } else {
    CAUSALKG_RETURN_IF_ERROR(sort_and_write(codec::kPos));
    CAUSALKG_RETURN_IF_ERROR(sort_and_write(codec::kOsp));
    CAUSALKG_RETURN_IF_ERROR(write(codec::kSpo, triples_));
  }
  summary.new_edges = triples_.size();
  counts.edges += triples_.size();
  return Status::Ok();
}

Status WriteSet::StageEvidence(Sink& sink, StoreCounts& counts, WriteSummary& summary) {
  // By key; later pieces with the same source and quote replace earlier ones.
  std::stable_sort(evidence_.begin(), evidence_.end(),
                   [](const PendingEvidence& a, const PendingEvidence& b) {
                     return std::tie(a.triple, a.fingerprint) < std::tie(b.triple, b.fingerprint);
                   });
  std::string key;
  std::vector<std::size_t> written;  // the pieces put, by index into evidence_, in key order
  written.reserve(evidence_.size());
  for (std::size_t i = 0; i < evidence_.size(); ++i) {
    const PendingEvidence& piece = evidence_[i];
    if (i + 1 < evidence_.size() && evidence_[i + 1].triple == piece.triple &&
        evidence_[i + 1].fingerprint == piece.fingerprint)
      continue;
    if (store_.counts().evidence > 0) {
      codec::EvidenceKeyInto(piece.triple, piece.fingerprint, key);
      auto existing = StoreInternals::Get(store_, codec::kEvidence, key);
      if (!existing.ok()) return std::move(existing).TakeStatus();
      if (existing->has_value()) {
        if (**existing != piece.record) {
          written.push_back(i);
          ++summary.evidence_updated;
        }
        continue;
      }
    }
    written.push_back(i);
    ++summary.evidence_added;
  }
  counts.evidence += summary.evidence_added;
  return PutEvidence(sink, written);
}

Status WriteSet::PutEvidence(Sink& sink, const std::vector<std::size_t>& written) {
  // Each piece goes to evidence under its claim's key and to
  // evidence_by_object under its object's (codec.hpp), each family in its
  // own key order; a bulk sink takes the two on two threads.
  auto by_claim = [&]() -> Status {
    std::string key;
    for (std::size_t i : written) {
      codec::EvidenceKeyInto(evidence_[i].triple, evidence_[i].fingerprint, key);
      CAUSALKG_RETURN_IF_ERROR(sink.direct().Put(codec::kEvidence, key, evidence_[i].record));
    }
    return Status::Ok();
  };
  auto by_object = [&]() -> Status {
    std::vector<std::size_t> order = written;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      const PendingEvidence &x = evidence_[a], &y = evidence_[b];
      return std::tie(x.triple.object, x.triple.relation, x.triple.subject, x.fingerprint) <
             std::tie(y.triple.object, y.triple.relation, y.triple.subject, y.fingerprint);
    });
    std::string key, digest;
    for (std::size_t i : order) {
      if (!codec::DigestOfRecord(evidence_[i].record, digest))
        return Status::Internal("a piece of evidence staged has no digest");
      codec::EvidenceByObjectKeyInto(evidence_[i].triple, evidence_[i].fingerprint, key);
      CAUSALKG_RETURN_IF_ERROR(sink.direct().Put(codec::kEvidenceByObject, key, digest));
    }
    return Status::Ok();
  };
  if (written.empty()) return Status::Ok();
  if (!sink.direct().ParallelFamilies()) {
    CAUSALKG_RETURN_IF_ERROR(by_claim());
    return by_object();
  }
  Status by_object_status;
  std::thread by_object_thread([&] { by_object_status = by_object(); });
  Status by_claim_status = by_claim();
  by_object_thread.join();
  CAUSALKG_RETURN_IF_ERROR(by_claim_status);
  return by_object_status;
}

Status WriteSet::StageSources(Sink& sink, StoreCounts& counts, WriteSummary& summary) {
  for (const SourceInfo& source : sources_) {
    auto existing = StoreInternals::Get(store_, codec::kSource, source.id);
    if (!existing.ok()) return std::move(existing).TakeStatus();
    if (!existing->has_value()) ++summary.new_sources;
    if (!existing->has_value() || **existing != source.json)
      sink.Put(codec::kSource, source.id, source.json);
  }
  // Sources the evidence names that no declaration here or before made:
  // registered by their id alone.
  for (const std::string& id : named_sources_) {
    const bool declared = std::any_of(sources_.begin(), sources_.end(),
                                      [&](const SourceInfo& source) { return source.id == id; });
    if (declared) continue;
    if (store_.counts().sources > 0) {
      auto existing = StoreInternals::Get(store_, codec::kSource, id);
      if (!existing.ok()) return std::move(existing).TakeStatus();
      if (existing->has_value()) continue;
    }
    sink.Put(codec::kSource, id, codec::SourceRecordOfId(id));
    ++summary.new_sources;
  }
  counts.sources += summary.new_sources;
  // The sink keeps the last of several puts of one key: the last rates set.
  for (const auto& [id, errors] : source_errors_) {
    sink.Put(codec::kMeta, codec::SourceErrorsKey(id), codec::EncodeSourceErrors(errors));
  }
  return Status::Ok();
}

Status WriteSet::StageTerms(Sink& sink, StoreCounts& counts, WriteSummary& summary,
                            std::vector<std::pair<TermId, Polarity>>& polarities) {
  auto stage = [&](TermId id, const PendingTerm& term) -> Status {
    if (term.removed) return StageRemovedTerm(sink, id, term, summary);
    const TermInfo& before = term.before;
    const TermInfo& after = term.after;
    const auto renamed_from = renamed_from_.empty() ? renamed_from_.end() : renamed_from_.find(id);
    const bool renamed = renamed_from != renamed_from_.end();
    if (!term.is_new && !renamed && before == after) return Status::Ok();
    auto record = codec::EncodeTermRecord(term.name, after);
    if (!record.ok()) return std::move(record).TakeStatus();
    if (renamed) sink.Delete(codec::kTerm, renamed_from->second);
    std::string folded_name = FoldCase(term.name);
    if (term.is_new || renamed) {
      sink.Put(codec::kTerm, term.name, codec::EncodeTermId(id));
      sink.Put(codec::kLabel, codec::LabelKey(folded_name, id), {});
    }
    sink.Put(codec::kId, codec::IdKey(id), std::move(record).value());
    // Labels: keys for the new ones, and away with replaced ones (and the
    // old id's) unless another name of the term folds to the same text. A
    // new term has nothing to take away: the commonest case of a bulk load
    // builds no set.
    if (!before.labels.empty() || renamed) {
      std::set<std::string> keep = {std::move(folded_name)};
      for (const auto& [language, label] : after.labels) keep.insert(FoldCase(label));
      for (const auto& [language, label] : before.labels) {
        if (!keep.count(FoldCase(label)))
          sink.Delete(codec::kLabel, codec::LabelKey(FoldCase(label), id));
      }
      if (renamed && !keep.count(FoldCase(renamed_from->second)))
        sink.Delete(codec::kLabel, codec::LabelKey(FoldCase(renamed_from->second), id));
    }
    for (const auto& [language, label] : after.labels) {
      sink.Put(codec::kLabel, codec::LabelKey(FoldCase(label), id), {});
    }
    const bool node_now = after.roles & kRoleNode, node_before = before.roles & kRoleNode;
    const bool relation_now = after.roles & kRoleRelation,
               relation_before = before.roles & kRoleRelation;
    if (node_now && !node_before) ++summary.new_nodes;
    if (relation_now && !relation_before) ++summary.new_relations;
    if (relation_now && (after.polarity != before.polarity || !relation_before)) {
      sink.Put(codec::kMeta, codec::PolarityKey(id), codec::EncodePolarity(after.polarity));
      polarities.emplace_back(id, after.polarity);
    }
    return Status::Ok();
  };
  // Each new term puts its name, its id's record and its name's label key.
  for (int family : {codec::kTerm, codec::kLabel, codec::kId}) {
    sink.Reserve(family, new_terms_.size());
  }
  for (std::size_t i = 0; i < new_terms_.size(); ++i) {
    new_terms_[i].after.roles |= new_roles_[i];
    CAUSALKG_RETURN_IF_ERROR(stage(first_new_ + static_cast<TermId>(i), new_terms_[i]));
  }
  for (const auto& [id, term] : old_terms_) CAUSALKG_RETURN_IF_ERROR(stage(id, term));
  counts.nodes += summary.new_nodes;
  counts.nodes -= std::min<std::uint64_t>(counts.nodes, summary.removed_nodes);
  counts.relations += summary.new_relations;
  return Status::Ok();
}

}  // namespace causalkg
