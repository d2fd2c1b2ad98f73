#include "engine/binder/name_resolver.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <string_view>

#include "engine/binder/parameters.hpp"
#include "engine/common/text_fold.hpp"
#include "grammar/edit_distance.hpp"

namespace causalkg {

namespace {

// "did you mean" is a hint, and must answer at once for any input: names
// longer than this (in bytes, folded) get no suggestion, a typo is at most
// kMaxDistance edits away, and a store with more terms than
// kMaxTermsExamined has only its first ones compared.
constexpr std::size_t kMaxSuggestedLength = 100;
constexpr std::size_t kMaxDistance = 3;
constexpr std::uint64_t kMaxTermsExamined = 250000;
// Candidates kept while comparing: enough for the few shown, also when a
// term has the same label in several languages.
constexpr std::size_t kKept = 64;

bool HasRole(const TermInfo& info, NameRole role) {
  return (info.roles & (role == NameRole::kNode ? kRoleNode : kRoleRelation)) != 0;
}

// The built-in relation whose id or built-in label folds to the same text
// as `text`, or null.
const BuiltinRelation* BuiltinNamed(const std::string& text) {
  const std::string folded = FoldCase(text);
  for (const BuiltinRelation& builtin : BuiltinRelations()) {
    if (FoldCase(builtin.id) == folded) return &builtin;
    for (const auto& [language, label] : builtin.labels()) {
      if (FoldCase(label) == folded) return &builtin;
    }
  }
  return nullptr;
}

}  // namespace

std::string Quote(const std::string& s) {
  constexpr std::size_t kShown = 200;
  std::size_t characters = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && ++characters > kShown)
      return "'" + s.substr(0, i) + "…' (" + std::to_string(Utf8Length(s)) + " characters)";
  }
  return "'" + s + "'";
}

const char* RoleNoun(NameRole role) { return role == NameRole::kNode ? "node" : "relation"; }

std::vector<std::string> NameResolver::Suggest(const std::string& text, NameRole role,
                                               std::size_t n) const {
  std::vector<std::string> out;
  const std::string wanted = FoldCase(text);
  if (wanted.size() > kMaxSuggestedLength) return out;
  const std::size_t allowed = std::clamp<std::size_t>(wanted.size() / 3, 2, kMaxDistance);
  std::multimap<std::size_t, std::string> ranked;
  // A term's id and labels, each shown as it is written.
  auto consider_term = [&](const std::string& name, const Labels& labels) {
    // `candidate` is `name` or one of its labels, `folded` its folded text.
    auto consider = [&](const std::string& candidate, const std::string& folded) {
      std::size_t d = grammar::EditDistance(wanted, folded, allowed);
      // A name that contains what was typed (or the reverse) is a close call.
      if (d > 1 && wanted.size() >= 3 &&
          (folded.find(wanted) != std::string::npos || wanted.find(folded) != std::string::npos)) {
        d = 1;
      }
      if (d > allowed) return;
      ranked.emplace(d, &candidate == &name ? Quote(name) : Quote(candidate) + " (" + name + ")");
      // Only the closest few can be shown; among equals, the first found.
      if (ranked.size() > kKept) ranked.erase(std::prev(ranked.end()));
    };
    const std::string folded_name = FoldCase(name);
    consider(name, folded_name);
    for (const auto& [language, label] : labels) {
      const std::string folded = FoldCase(label);
      if (folded != folded_name) consider(label, folded);
    }
  };
  std::uint64_t examined = 0;
  Status s = store_.ForEachTerm([&](TermId, const std::string& name, const TermInfo& info) {
    if (++examined > kMaxTermsExamined) return false;
    if (HasRole(info, role)) consider_term(name, info.labels);
    return true;
  });
  if (!s.ok()) return out;
  // Every store knows the built-in relations; one it holds too is shown once.
  if (role == NameRole::kRelation) {
    for (const BuiltinRelation& builtin : BuiltinRelations())
      consider_term(std::string(builtin.id), builtin.labels());
  }
  for (const auto& [distance, shown] : ranked) {
    if (std::find(out.begin(), out.end(), shown) == out.end()) out.push_back(shown);
    if (out.size() == n) break;
  }
  return out;
}

Result<ResolvedName> NameResolver::Resolve(const ast::Name& name, NameRole role) const {
  // Values are put in before binding (parameters.hpp); a parameter left is
  // one no value reached, never a name to look up.
  if (name.parameter) return UnboundParameter(name.text, name.offset);
  ResolvedName resolved;
  auto exact = store_.FindTerm(name.text);
  if (!exact.ok()) return std::move(exact).TakeStatus();
  if (exact->has_value()) {
    resolved.id = **exact;
    resolved.by_id = true;
    return resolved;
  }

  auto found = store_.FindByLabel(name.text);
  if (!found.ok()) return std::move(found).TakeStatus();
  std::vector<TermId> ids = std::move(found).value();
  if (ids.size() > 1) {
    std::vector<TermId> in_role;
    for (TermId id : ids) {
      std::string term;
      TermInfo info;
      CAUSALKG_RETURN_IF_ERROR(store_.ReadTerm(id, term, info));
      if (HasRole(info, role)) in_role.push_back(id);
    }
    if (!in_role.empty()) ids = in_role;
  }
  if (ids.size() == 1) {
    resolved.id = ids.front();
    return resolved;
  }
  if (ids.empty() && role == NameRole::kRelation) {
    if (const BuiltinRelation* builtin = BuiltinNamed(name.text)) {
      auto stored = store_.FindTerm(builtin->id);
      if (!stored.ok()) return std::move(stored).TakeStatus();
      if (stored->has_value()) {
        resolved.id = **stored;
      } else {
        resolved.absent_builtin = builtin;
      }
      return resolved;
    }
  }
  if (ids.empty()) {
    const auto suggestions = Suggest(name.text, role);
    std::string hint;
    for (const std::string& s : suggestions) hint += (hint.empty() ? "did you mean " : " or ") + s;
    if (!hint.empty()) hint += "?";
    if (hint.empty()) {
      hint = role == NameRole::kNode ? "list known nodes with .nodes or MATCH ?n is_a ?kind"
                                     : "list known relations with .relations";
    }
    return Status::Name(std::string("unknown ") + RoleNoun(role) + " " + Quote(name.text), hint)
        .WithCode(StatusCode::kNotFound)
        .AtOffset(name.offset);
  }
  std::string which;
  for (TermId id : ids) {
    auto term = store_.TermName(id);
    if (!term.ok()) return std::move(term).TakeStatus();
    which += (which.empty() ? "" : ", ") + Quote(*term);
  }
  return Status::Name(Quote(name.text) + " names " + std::to_string(ids.size()) + " " +
                          RoleNoun(role) + "s: " + which,
                      "use the id to say which")
      .WithCode(StatusCode::kAmbiguous)
      .AtOffset(name.offset);
}

}  // namespace causalkg
