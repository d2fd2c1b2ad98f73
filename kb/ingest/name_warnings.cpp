#include "kb/ingest/name_warnings.hpp"

#include <map>
#include <utility>

#include "engine/binder/name_resolver.hpp"
#include "engine/binder/near_names.hpp"
#include "engine/common/text_fold.hpp"

namespace causalkg::kb {

namespace {

// The listed warnings of a kind, and a count of the rest.
class Listed {
 public:
  Listed(std::vector<std::string>& out, std::string rest_one, std::string rest_many)
      : out_(out), rest_one_(std::move(rest_one)), rest_many_(std::move(rest_many)) {}
  bool Wants() const { return listed_ < kMostListed; }
  void Add(std::string warning) {
    if (Wants()) {
      out_.push_back(std::move(warning));
      ++listed_;
    } else {
      ++rest_;
    }
  }
  void Count() { ++rest_; }
  ~Listed() {
    if (rest_ > 0)
      out_.push_back(std::to_string(rest_) + " " + (rest_ == 1 ? rest_one_ : rest_many_));
  }

 private:
  std::vector<std::string>& out_;
  std::string rest_one_, rest_many_;
  std::size_t listed_ = 0;
  std::uint64_t rest_ = 0;
};

// A known name a new one may be close to: a node's id (label < 0) or its
// label-th label.
struct Known {
  TermId id = kNoTerm;
  int label = -1;
};

Status CloseNames(const WriteSet& write, std::vector<std::string>& warnings) {
  const Store& store = write.store();
  NearNames near;
  // New names are tagged with their ids, by which the write gives them back.
  std::size_t news = 0;
  write.ForEachNewNode([&](TermId, const std::string&) { ++news; });
  if (news == 0) return Status::Ok();
  std::vector<Known> known;
  if (store.counts().nodes > 0) {
    // As for ADD, the first terms of a very large store only: a load's
    // warnings come at the price of a glance, not of reading the store.
    std::uint64_t examined = 0;
    CAUSALKG_RETURN_IF_ERROR(
        store.ForEachTerm([&](TermId id, const std::string& name, const TermInfo& info) {
          if (++examined > kMaxTermsCompared) return false;
          if (!(info.roles & kRoleNode)) return true;
          near.AddKnown(name, static_cast<std::uint32_t>(known.size()), false);
          known.push_back({id, -1});
          int label = 0;
          for (const auto& [language, text] : info.labels) {
            near.AddKnown(text, static_cast<std::uint32_t>(known.size()), true);
            known.push_back({id, label++});
          }
          return true;
        }));
  }
  near.Reserve(news);
  write.ForEachNewNode([&](TermId id, const std::string& name) { near.AddNew(name, id); });
  Listed listed(warnings, "more new node has a name close to another's",
                "more new nodes have names close to others'");
  for (const NearNames::Match& match : near.Find()) {
    if (!listed.Wants()) {
      listed.Count();
      continue;
    }
    const std::string& name = write.NameOf(match.name);
    if (match.close_to_new) {
      const std::string& other = write.NameOf(match.close_to);
      listed.Add("new node " + Quote(name) + " " + HowClose(name, other) + " " + Quote(other) +
                 ", new in this load too: did you mean " + Quote(other) + "?");
      continue;
    }
    const Known& to = known[match.close_to];
    CloseNode close;
    close.id = to.id;
    TermInfo info;
    CAUSALKG_RETURN_IF_ERROR(store.ReadTerm(to.id, close.node, info));
    if (to.label >= 0) {
      auto it = std::next(info.labels.begin(), to.label);
      close.language = it->first;
      close.label = it->second;
    }
    listed.Add(CloseNodeWarning(name, close));
  }
  return Status::Ok();
}

struct GivenLabel {
  TermId id;
  const std::string* name;
  const std::string* language;
  const std::string* label;
};

// The labels of the store's node `id` once this write commits, or nullptr
// when it is no node.
Result<const Labels*> LabelsOf(const WriteSet& write, TermId id, Labels& read) {
  if (const Labels* after = write.LabelsAfter(id)) return after;
  std::string name;
  TermInfo info;
  CAUSALKG_RETURN_IF_ERROR(write.store().ReadTerm(id, name, info));
  if (!(info.roles & kRoleNode)) return static_cast<const Labels*>(nullptr);
  read = std::move(info.labels);
  return static_cast<const Labels*>(&read);
}

Status SharedLabels(const WriteSet& write, std::vector<std::string>& warnings) {
  std::vector<GivenLabel> given;
  write.ForEachGivenLabel([&](TermId id, const std::string& name, const std::string& language,
                              const std::string& label) {
    given.push_back({id, &name, &language, &label});
  });
  if (given.empty()) return Status::Ok();
  const Store& store = write.store();
  Listed listed(warnings, "more label is shared by two nodes",
                "more labels are shared by two nodes");
  auto said = [&](const GivenLabel& g) { return Quote(*g.label) + " (" + *g.language + ")"; };
  // Two nodes of this load.
  std::map<std::pair<std::string, std::string>, const GivenLabel*> first;
  for (const GivenLabel& g : given) {
    auto [it, inserted] = first.try_emplace({*g.language, FoldCase(*g.label)}, &g);
    if (inserted || it->second->id == g.id) continue;
    listed.Add("nodes " + Quote(*it->second->name) + " and " + Quote(*g.name) +
               " both get the label " + said(g) + " in this load");
  }
  // A node of the store.
  if (store.counts().nodes == 0) return Status::Ok();
  for (const GivenLabel& g : given) {
    auto ids = store.FindByLabel(*g.label);
    if (!ids.ok()) return std::move(ids).TakeStatus();
    const std::string folded = FoldCase(*g.label);
    for (TermId other : *ids) {
      if (other == g.id) continue;
      Labels read;
      auto labels = LabelsOf(write, other, read);
      if (!labels.ok()) return std::move(labels).TakeStatus();
      if (*labels == nullptr) continue;
      auto same = (*labels)->find(*g.language);
      if (same == (*labels)->end() || FoldCase(same->second) != folded) continue;
      auto name = store.TermName(other);
      if (!name.ok()) return std::move(name).TakeStatus();
      listed.Add("node " + Quote(*g.name) + " gets the label " + said(g) + ", which node " +
                 Quote(*name) + " has already");
      break;
    }
  }
  return Status::Ok();
}

}  // namespace

Status AddNameWarnings(const WriteSet& write, std::vector<std::string>& warnings) {
  CAUSALKG_RETURN_IF_ERROR(CloseNames(write, warnings));
  return SharedLabels(write, warnings);
}

}  // namespace causalkg::kb
