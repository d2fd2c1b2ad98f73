#include "store_entries.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <set>
#include <tuple>

#include "engine/common/text_fold.hpp"
#include "engine/storage/testing/store_testing.hpp"

namespace causalkg::testing {

// The entries of `family` as (key, value) pairs.
std::vector<std::pair<std::string, std::string>> Entries(const Store& store, codec::Family family) {
  std::vector<std::pair<std::string, std::string>> out;
  Status s =
      store_testing::ForEachEntry(store, family, [&](std::string_view k, std::string_view v) {
        out.emplace_back(k, v);
        return true;
      });
  INFO(s.ToString());
  REQUIRE(s.ok());
  return out;
}

// Decodes every entry of every family by the grammar of the format the
// store is marked with (`mark`), and checks that the families agree with
// each other and with what the store reads.
void CheckEveryEntryDecodes(const Store& store, const std::string& mark) {
  // default: only the keys of the grammar, with values of their layout.
  std::set<std::string> meta_keys;
  StoreCounts counts;
  std::uint64_t next_term = 0;
  const std::optional<codec::FormatVersion> version = codec::VersionOfMark(mark);
  REQUIRE(version);
  for (const auto& [key, value] : Entries(store, codec::kMeta)) {
    INFO("metadata key " << key);
    meta_keys.insert(key);
    if (key == codec::kFormatKey) {
      CHECK(value == mark);
    } else if (key == codec::kNextTermKey) {
      REQUIRE(codec::DecodeU64Value(value));
      next_term = *codec::DecodeU64Value(value);
    } else if (auto relation = codec::DecodePolarityKey(key)) {
      REQUIRE(codec::DecodePolarity(value));
      CHECK(store.RelationPolarity(*relation) == *codec::DecodePolarity(value));
    } else if (auto source = codec::DecodeSourceErrorsKey(key)) {
      SourceErrors errors;
      REQUIRE(codec::DecodeSourceErrors(value, errors));
      CHECK(store.SourceErrorRates().value().at(std::string(*source)) == errors);
    } else {
      bool known = false;
      for (const codec::CountKey& count : codec::kCountKeys) {
        if (key != count.key) continue;
        known = true;
        REQUIRE(codec::DecodeU64Value(value));
        counts.*count.field = *codec::DecodeU64Value(value);
      }
      CHECK(known);
    }
  }
  CHECK(meta_keys.count(std::string(codec::kFormatKey)));
  CHECK(counts == store.counts());

  // term -> id, and id -> the record that names it back.
  std::map<TermId, std::pair<std::string, TermInfo>> terms;
  for (const auto& [key, value] : Entries(store, codec::kId)) {
    auto id = codec::DecodeIdKey(key);
    REQUIRE(id);
    auto& [name, info] = terms[*id];
    REQUIRE(codec::DecodeTermRecord(value, name, info));
    CHECK(*id < next_term);
    if (info.roles & kRoleRelation) {
      CHECK(meta_keys.count(codec::PolarityKey(*id)));
    }
  }
  std::size_t names = 0;
  for (const auto& [key, value] : Entries(store, codec::kTerm)) {
    auto id = codec::DecodeTermId(value);
    REQUIRE(id);
    REQUIRE(terms.count(*id));
    CHECK(terms[*id].first == key);
    ++names;
  }
  CHECK(names == terms.size());

  // label: the folded id and labels of each term.
  std::set<std::string> labels;
  for (const auto& [key, value] : Entries(store, codec::kLabel)) {
    CHECK(value.empty());
    REQUIRE(key.size() > 5);
    CHECK(key[key.size() - 5] == '\0');
    labels.insert(key);
  }
  std::set<std::string> expected_labels;
  for (const auto& [id, term] : terms) {
    expected_labels.insert(codec::LabelKey(FoldCase(term.first), id));
    for (const auto& [language, label] : term.second.labels)
      expected_labels.insert(codec::LabelKey(FoldCase(label), id));
  }
  CHECK(labels == expected_labels);

  // spo, pos, osp: one triple set in three orders.
  std::set<Triple> by_family[3];
  const codec::Family orderings[] = {codec::kSpo, codec::kPos, codec::kOsp};
  for (int i = 0; i < 3; ++i) {
    for (const auto& [key, value] : Entries(store, orderings[i])) {
      REQUIRE(key.size() == codec::kTripleKeySize);
      CHECK(value.empty());
      const Triple t = codec::DecodeTripleKey(orderings[i], key);
      CHECK(codec::TripleKey(orderings[i], t) == key);
      CHECK((terms.count(t.subject) && terms.count(t.relation) && terms.count(t.object)));
      by_family[i].insert(t);
    }
  }
  CHECK(by_family[0] == by_family[1]);
  CHECK(by_family[0] == by_family[2]);
  CHECK(by_family[0].size() == store.counts().edges);

  // evidence: the key of a triple and of its record's source and quote.
  std::size_t evidence = 0;
  for (const auto& [key, value] : Entries(store, codec::kEvidence)) {
    REQUIRE(key.size() == codec::kEvidenceKeySize);
    Evidence e;
    REQUIRE(codec::DecodeEvidence(value, *version, e));
    const Triple t = codec::DecodeTripleKey(codec::kSpo, key);
    CHECK(by_family[0].count(t));
    CHECK(codec::EvidenceKey(t, e) == key);
    ++evidence;
  }
  CHECK(evidence == store.counts().evidence);

  // evidence_by_object: from 'causalkg/3' on, each piece of evidence again
  // under its object's key, without its quote; before, nothing.
  std::vector<std::pair<std::string, std::string>> by_object;
  if (*version >= codec::FormatVersion::k3) {
    std::string key, digest;
    for (const auto& [spo_key, record] : Entries(store, codec::kEvidence)) {
      codec::EvidenceByObjectKeyOf(spo_key, key);
      REQUIRE(codec::DigestOfRecord(record, digest));
      by_object.emplace_back(key, digest);
    }
    std::sort(by_object.begin(), by_object.end());
  }
  const auto stored_by_object = Entries(store, codec::kEvidenceByObject);
  CHECK(stored_by_object.size() == by_object.size());
  CHECK(stored_by_object == by_object);
  for (const auto& [key, digest] : stored_by_object) {
    Evidence e;
    REQUIRE(codec::DecodeEvidenceDigest(digest, e));
    CHECK(by_family[0].count(codec::DecodeEvidenceByObjectKey(key)));
  }

  // source: an id and a JSON object.
  auto sources = Entries(store, codec::kSource);
  CHECK(sources.size() == store.counts().sources);
  for (const auto& [key, value] : sources) {
    CHECK_FALSE(key.empty());
    CHECK(value.front() == '{');
  }
}

Contents ContentsOf(const Store& store) {
  Contents out;
  std::map<TermId, std::string> names;
  REQUIRE(store
              .ForEachTerm([&](TermId id, const std::string& name, const TermInfo& info) {
                names[id] = name;
                out.terms[name] = info;
                return true;
              })
              .ok());
  REQUIRE(store
              .Scan({},
                    [&](const Triple& t) {
                      out.claims[{names[t.subject], names[t.relation], names[t.object]}];
                      return true;
                    })
              .ok());
  REQUIRE(store
              .ForEachEvidence([&](const Triple& t, const Evidence& e) {
                out.claims[{names[t.subject], names[t.relation], names[t.object]}].push_back(e);
                return true;
              })
              .ok());
  for (auto& [claim, evidence] : out.claims) {
    std::sort(evidence.begin(), evidence.end(), [](const Evidence& a, const Evidence& b) {
      return std::tie(a.source, a.quote) < std::tie(b.source, b.quote);
    });
  }
  auto sources = store.Sources();
  REQUIRE(sources.ok());
  out.sources = *sources;
  return out;
}

void CheckSameContents(const Contents& a, const Contents& b) {
  REQUIRE(a.claims.size() == b.claims.size());
  for (const auto& [claim, evidence] : a.claims) {
    const auto& [s, r, o] = claim;
    INFO(s << " " << r << " " << o);
    REQUIRE(b.claims.count(claim));
    CHECK(evidence == b.claims.at(claim));
  }
  CHECK(a.terms == b.terms);
  REQUIRE(a.sources.size() == b.sources.size());
  for (std::size_t i = 0; i < a.sources.size(); ++i) {
    CHECK(a.sources[i].id == b.sources[i].id);
    CHECK(a.sources[i].json == b.sources[i].json);
  }
}

}  // namespace causalkg::testing
