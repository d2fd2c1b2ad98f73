#include "engine/name_resolver.hpp"

#include <algorithm>
#include <map>

#include "engine/text_fold.hpp"

namespace causalkg {

namespace {

// Edit distance with transpositions, on bytes of folded text.
std::size_t Distance(const std::string& a, const std::string& b) {
  const std::size_t n = a.size(), m = b.size();
  std::vector<std::vector<std::size_t>> d(n + 1, std::vector<std::size_t>(m + 1));
  for (std::size_t i = 0; i <= n; ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= m; ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    for (std::size_t j = 1; j <= m; ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[n][m];
}

bool HasRole(const TermInfo& info, NameRole role) {
  return (info.roles & (role == NameRole::kNode ? kRoleNode : kRoleRelation)) != 0;
}

std::string Quote(const std::string& s) { return "'" + s + "'"; }

}  // namespace

const char* RoleNoun(NameRole role) { return role == NameRole::kNode ? "node" : "relation"; }

std::vector<std::string> NameResolver::Suggest(const std::string& text, NameRole role,
                                               std::size_t n) const {
  const std::string wanted = FoldCase(text);
  const std::size_t allowed = std::max<std::size_t>(2, wanted.size() / 3);
  std::multimap<std::size_t, std::string> ranked;
  Status s = store_.ForEachTerm([&](TermId, const std::string& name, const TermInfo& info) {
    if (!HasRole(info, role)) return true;
    auto consider = [&](const std::string& candidate, const std::string& shown) {
      const std::string folded = FoldCase(candidate);
      std::size_t d = Distance(wanted, folded);
      // A name that contains what was typed (or the reverse) is a close call.
      if (wanted.size() >= 3 &&
          (folded.find(wanted) != std::string::npos || wanted.find(folded) != std::string::npos)) {
        d = std::min<std::size_t>(d, 1);
      }
      if (d <= allowed) ranked.emplace(d, shown);
    };
    consider(name, Quote(name));
    for (const auto& [language, label] : info.labels) {
      if (FoldCase(label) != FoldCase(name)) consider(label, Quote(label) + " (" + name + ")");
    }
    return true;
  });
  std::vector<std::string> out;
  if (!s.ok()) return out;
  for (const auto& [distance, shown] : ranked) {
    if (std::find(out.begin(), out.end(), shown) == out.end()) out.push_back(shown);
    if (out.size() == n) break;
  }
  return out;
}

Result<TermId> NameResolver::Resolve(const ast::Name& name, NameRole role) const {
  auto exact = store_.FindTerm(name.text);
  if (!exact.ok()) return std::move(exact).TakeStatus();
  if (exact->has_value()) return **exact;

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
  if (ids.size() == 1) return ids.front();
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
      .AtOffset(name.offset);
}

}  // namespace causalkg
