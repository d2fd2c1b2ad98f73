#include "cli/store_listings.hpp"

#include <set>

#include "cli/commands.hpp"
#include "cli/render/belief_text.hpp"
#include "engine/common/text_fold.hpp"
#include "engine/common/visible_text.hpp"
#include "engine/model/vocabulary.hpp"

namespace causalkg::cli {

namespace {

using nlohmann::json;

std::string LabelIn(const Labels& labels, const char* language) {
  auto it = labels.find(language);
  return it == labels.end() ? std::string() : Visible(it->second);
}

json LabelsJson(const Labels& labels) {
  json out = json::object();
  for (const auto& [language, label] : labels) out[language] = label;
  return out;
}

json RateJson(const std::optional<double>& rate) { return rate ? json(*rate) : json(nullptr); }

constexpr const char* kRatesNote =
    "A blank rate is the default of each piece's origin (systematic, random: stated or imported "
    "0.05, 0.3; "
    "extracted 0.1, 0.4; inferred 0.05, 0.2).\n"
    "A piece's confidence stands for its random error. How rates weigh evidence: "
    "docs/belief.md.\n";

}  // namespace

Result<Listing> NodesListing(const Store& store, const std::string& pattern,
                             std::size_t most_shown) {
  const std::string folded = FoldCase(pattern);
  Listing listing;
  listing.table.header = {"id", "en", "nl"};
  listing.json = {{"nodes", json::array()}};
  std::size_t matching = 0;
  Status s = store.ForEachTerm([&](TermId, const std::string& name, const TermInfo& info) {
    if (!(info.roles & kRoleNode)) return true;
    bool hit = folded.empty() || FoldCase(name).find(folded) != std::string::npos;
    for (const auto& [language, label] : info.labels)
      hit = hit || FoldCase(label).find(folded) != std::string::npos;
    if (!hit) return true;
    if (++matching > most_shown) return true;
    listing.table.rows.push_back(
        {Visible(name), LabelIn(info.labels, "en"), LabelIn(info.labels, "nl")});
    listing.json["nodes"].push_back({{"id", name}, {"labels", LabelsJson(info.labels)}});
    return true;
  });
  if (!s.ok()) return s;
  const std::size_t shown = listing.table.rows.size();
  listing.closing =
      std::to_string(matching) + (matching == 1 ? " node" : " nodes") +
      (shown < matching ? " (the first " + std::to_string(shown) + " shown; give a pattern)" : "") +
      "\n";
  return listing;
}

Result<Listing> RelationsListing(const Store& store) {
  Listing listing;
  listing.table.header = {"relation", "polarity", "built in", "en", "nl"};
  listing.json = {{"relations", json::array()}};
  std::set<std::string> stored;
  auto add = [&](const std::string& name, Polarity polarity, Labels labels, bool in_store) {
    AddBuiltinLabels(name, labels);
    const bool builtin = FindBuiltin(name) != nullptr;
    listing.table.rows.push_back(
        {Visible(name), polarity == Polarity::kNone ? "none" : PolarityText(polarity),
         builtin ? "yes" : "", LabelIn(labels, "en"), LabelIn(labels, "nl")});
    listing.json["relations"].push_back(
        {{"id", name},
         {"polarity", polarity == Polarity::kNone ? json(nullptr) : json(PolarityText(polarity))},
         {"built_in", builtin},
         {"in_store", in_store},
         {"labels", LabelsJson(labels)}});
  };
  Status s = store.ForEachTerm([&](TermId, const std::string& name, const TermInfo& info) {
    if (!(info.roles & kRoleRelation)) return true;
    stored.insert(name);
    add(name, info.polarity, info.labels, true);
    return true;
  });
  if (!s.ok()) return s;
  std::size_t unused = 0;
  for (const BuiltinRelation& builtin : BuiltinRelations()) {
    if (stored.count(std::string(builtin.id))) continue;
    ++unused;
    add(std::string(builtin.id), builtin.polarity, {}, false);
  }
  listing.closing = std::to_string(stored.size()) +
                    (stored.size() == 1 ? " relation" : " relations") + " in the database, " +
                    std::to_string(unused) +
                    " built in that no claim uses yet; polarity ? means causal, sign not stated\n";
  return listing;
}

Result<Listing> SourcesListing(const Store& store, const std::string& only) {
  auto sources = store.Sources();
  if (!sources.ok()) return std::move(sources).TakeStatus();
  Listing listing;
  listing.table.header = {"source",     "title",  "publisher",  "date",
                          "systematic", "random", "reliability"};
  listing.json = {{"sources", json::array()}};
  for (const SourceInfo& s : *sources) {
    if (!only.empty() && s.id != only) continue;
    json fields = json::parse(s.json, nullptr, false);
    if (!fields.is_object()) fields = json::object();
    auto field = [&](const char* key) {
      return fields.contains(key) && fields[key].is_string()
                 ? Visible(fields[key].get<std::string>())
                 : "";
    };
    auto rate = [](const std::optional<double>& r) { return r ? BeliefText(*r) : std::string(); };
    listing.table.rows.push_back({Visible(s.id), field("title"), field("publisher"), field("date"),
                                  rate(s.errors.systematic), rate(s.errors.random),
                                  rate(s.errors.reliability)});
    fields["id"] = s.id;
    fields["systematic_error"] = RateJson(s.errors.systematic);
    fields["random_error"] = RateJson(s.errors.random);
    fields["reliability"] = RateJson(s.errors.reliability);
    listing.json["sources"].push_back(std::move(fields));
  }
  listing.closing = kRatesNote;
  return listing;
}

Listing StatsListing(const Store& store) {
  const StoreCounts& c = store.counts();
  Listing listing;
  listing.table.header = {"database", "nodes", "relations", "edges", "evidence", "sources"};
  listing.table.rows.push_back({Visible(store.path()), std::to_string(c.nodes),
                                std::to_string(c.relations), std::to_string(c.edges),
                                std::to_string(c.evidence), std::to_string(c.sources)});
  listing.json = {{"database", store.path()}, {"nodes", c.nodes},       {"relations", c.relations},
                  {"edges", c.edges},         {"evidence", c.evidence}, {"sources", c.sources}};
  listing.text = DescribeStore(store);
  return listing;
}

}  // namespace causalkg::cli
