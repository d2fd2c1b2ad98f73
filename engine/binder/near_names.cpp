#include "engine/binder/near_names.hpp"

#include <algorithm>
#include <bit>

#include "engine/binder/name_resolver.hpp"
#include "engine/common/text_fold.hpp"
#include "grammar/edit_distance.hpp"

namespace causalkg {

namespace {

// What a run of digits is in a shape: a byte no stored text holds
// (engine/storage/field_rules.hpp refuses control characters).
constexpr char kNumberMark = '\x01';

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

std::uint64_t Mix(std::uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

constexpr std::uint64_t kBase = 0x100000001b3ULL;
constexpr std::uint64_t kLengthMix = 0x9e3779b97f4a7c15ULL;

// A polynomial hash of `text` with its length mixed in: the same for the
// same bytes however they were come by (a whole shape, or one with a byte
// left out).
std::uint64_t HashOf(std::string_view text) {
  std::uint64_t h = 0;
  for (char c : text) h = h * kBase + static_cast<unsigned char>(c) + 1;
  return Mix(h ^ (text.size() * kLengthMix));
}

// The shapes' texts are one edit apart, leaving the numbers alone, and long
// enough to be compared at all.
bool ShapesClose(std::string_view a, std::size_t a_numbers, std::string_view b,
                 std::size_t b_numbers) {
  return a_numbers == b_numbers && std::min(a.size(), b.size()) >= kMinCloseBytes && a != b &&
         grammar::EditDistance(a, b, 1) <= 1;
}

}  // namespace

std::string HowClose(std::string_view name, std::string_view other) {
  if (name == other) return "has the name of";
  if (FoldCase(name) == FoldCase(other)) return "differs only in case or spacing from";
  return "is close to";
}

void FormInto(std::string_view name, NameForm& form) {
  FoldCaseInto(name, form.folded);
  form.shape.clear();
  form.numbers = 0;
  for (std::size_t i = 0; i < form.folded.size();) {
    if (!IsDigit(form.folded[i])) {
      form.shape.push_back(form.folded[i++]);
      continue;
    }
    form.shape.push_back(kNumberMark);
    ++form.numbers;
    while (i < form.folded.size() && IsDigit(form.folded[i])) ++i;
  }
}

NameForm FormOf(std::string_view name) {
  NameForm form;
  FormInto(name, form);
  return form;
}

bool AreClose(const NameForm& a, const NameForm& b) {
  if (a.folded == b.folded) return true;
  return ShapesClose(a.shape, a.numbers, b.shape, b.numbers);
}

Result<std::optional<CloseNode>> FindCloseNode(const Store& store, std::string_view name) {
  const NameForm wanted = FormOf(name);
  std::optional<CloseNode> found;
  NameForm other;
  std::uint64_t examined = 0;
  Status s = store.ForEachTerm([&](TermId id, const std::string& term, const TermInfo& info) {
    if (++examined > kMaxTermsCompared) return false;
    if (!(info.roles & kRoleNode) || term == name) return true;
    FormInto(term, other);
    if (AreClose(wanted, other)) {
      found = CloseNode{id, term, "", ""};
      return false;
    }
    for (const auto& [language, label] : info.labels) {
      FormInto(label, other);
      if (AreClose(wanted, other)) {
        found = CloseNode{id, term, label, language};
        return false;
      }
    }
    return true;
  });
  if (!s.ok()) return s;
  return found;
}

std::string CloseNodeWarning(std::string_view name, const CloseNode& close) {
  const std::string named = "new node " + Quote(std::string(name)) + " " +
                            HowClose(name, close.label.empty() ? close.node : close.label) + " ";
  if (close.label.empty()) {
    return named + "node " + Quote(close.node) + ": did you mean " + Quote(close.node) + "?";
  }
  return named + Quote(close.label) + ", the " + close.language + " label of node " +
         Quote(close.node) + ": did you mean " + Quote(close.label) + " (" + close.node + ")?";
}

void NearNames::Add(std::string_view name, std::uint32_t tag, bool is_new, bool is_label) {
  FormInto(name, form_);
  Entry entry;
  entry.folded_hash = HashOf(form_.folded);
  entry.tag = tag;
  entry.is_new = is_new ? 1 : 0;
  if (is_label || form_.folded != name) shared_folds_.push_back(entry.folded_hash);
  // The shape's index: equal shapes are one (names that differ in digits
  // only), looked up by hash and told apart by text when hashes meet; the
  // last one's first, as names that differ in digits often come in a row.
  if (!shapes_.empty() && ShapeText(shapes_[last_shape_]) == form_.shape) {
    entry.shape = last_shape_;
  } else {
    entry.shape = ShapeIndex();
    last_shape_ = entry.shape;
  }
  Shape& shape = shapes_[entry.shape];
  const auto index = static_cast<std::uint32_t>(entries_.size());
  if (is_new && shape.first_new == kNone) shape.first_new = index;
  if (!is_new && shape.first_known == kNone) shape.first_known = index;
  entries_.push_back(entry);
}

std::uint32_t NearNames::ShapeIndex() {
  std::uint64_t h = HashOf(form_.shape);
  for (;; ++h) {
    auto [it, inserted] = shape_of_hash_.try_emplace(h, static_cast<std::uint32_t>(shapes_.size()));
    if (inserted) {
      Shape shape;
      shape.offset = static_cast<std::uint32_t>(arena_.size());
      shape.length = static_cast<std::uint32_t>(form_.shape.size());
      shape.numbers = static_cast<std::uint32_t>(form_.numbers);
      arena_ += form_.shape;
      shapes_.push_back(shape);
    }
    if (ShapeText(shapes_[it->second]) == form_.shape) return it->second;
  }
}

void NearNames::FindCloseShapes() {
  // Each shape long enough, whole and with each byte left out, as a key:
  // the hash in the high bits, the shape's index in the low ones. Two shapes
  // one edit apart share a key (a byte changed: both without it; added: the
  // shorter whole; swapped: each without one of the two).
  const int shape_bits = std::max(1, static_cast<int>(std::bit_width(shapes_.size())));
  const std::uint64_t shape_mask = (std::uint64_t{1} << shape_bits) - 1;
  std::vector<std::uint64_t> keys;
  std::vector<std::uint64_t> prefix, power;
  auto keys_of = [&](std::uint32_t index, auto&& emit) {
    const std::string_view text = ShapeText(shapes_[index]);
    const std::size_t n = text.size();
    prefix.assign(n + 1, 0);
    power.assign(n + 1, 1);
    for (std::size_t i = 0; i < n; ++i) {
      prefix[i + 1] = prefix[i] * kBase + static_cast<unsigned char>(text[i]) + 1;
      power[i + 1] = power[i] * kBase;
    }
    emit(Mix(prefix[n] ^ (n * kLengthMix)) << shape_bits | index);
    for (std::size_t i = 0; i < n; ++i) {
      const std::uint64_t without =
          prefix[i] * power[n - 1 - i] + (prefix[n] - prefix[i + 1] * power[n - 1 - i]);
      emit(Mix(without ^ ((n - 1) * kLengthMix)) << shape_bits | index);
    }
  };
  // The new names' shapes first; the others only where they meet one, so
  // that a small load into a large store indexes little.
  for (std::uint32_t i = 0; i < shapes_.size(); ++i) {
    if (shapes_[i].first_new == kNone || shapes_[i].length < kMinCloseBytes) continue;
    keys_of(i, [&](std::uint64_t key) { keys.push_back(key); });
  }
  if (keys.empty()) return;
  std::sort(keys.begin(), keys.end());
  const std::size_t new_keys = keys.size();
  for (std::uint32_t i = 0; i < shapes_.size(); ++i) {
    if (shapes_[i].first_new != kNone || shapes_[i].length < kMinCloseBytes) continue;
    keys_of(i, [&](std::uint64_t key) {
      const std::uint64_t hash_only = key & ~shape_mask;
      auto at = std::lower_bound(keys.begin(), keys.begin() + new_keys, hash_only);
      if (at != keys.begin() + new_keys && (*at & ~shape_mask) == hash_only) keys.push_back(key);
    });
  }
  std::sort(keys.begin(), keys.end());
  // In each group of shapes that share a key, a new name's shape looks for
  // a known shape close to it, then for the new one that came first. A group
  // holds few shapes in any real list of names; in a large one (many names
  // a letter apart, which are mostly close to each other) each looks at
  // kCompared of each kind at most.
  constexpr std::size_t kCompared = 64;
  std::vector<std::uint32_t> known, fresh;
  for (std::size_t first = 0; first < keys.size();) {
    std::size_t last = first + 1;
    while (last < keys.size() && (keys[last] & ~shape_mask) == (keys[first] & ~shape_mask)) ++last;
    known.clear();
    fresh.clear();
    for (std::size_t k = first; k < last; ++k) {
      const auto index = static_cast<std::uint32_t>(keys[k] & shape_mask);
      // A shape may name both: "wave1" in the store, "wave2" new.
      if (shapes_[index].first_known != kNone) known.push_back(index);
      if (shapes_[index].first_new != kNone) fresh.push_back(index);
    }
    const std::size_t size = last - first;
    first = last;
    if (fresh.empty() || size < 2) continue;
    auto by = [this](auto member) {
      return [this, member](std::uint32_t a, std::uint32_t b) {
        return shapes_[a].*member < shapes_[b].*member;
      };
    };
    std::sort(known.begin(), known.end(), by(&Shape::first_known));
    std::sort(fresh.begin(), fresh.end(), by(&Shape::first_new));
    auto close = [this](std::uint32_t a, std::uint32_t b) {
      const Shape &sa = shapes_[a], &sb = shapes_[b];
      return a != b && ShapesClose(ShapeText(sa), sa.numbers, ShapeText(sb), sb.numbers);
    };
    for (std::uint32_t p : fresh) {
      Shape& shape = shapes_[p];
      for (std::size_t k = 0; k < known.size() && k < kCompared; ++k) {
        const std::uint32_t q = known[k];
        if (shapes_[q].first_known >= shape.close_known) break;
        if (close(p, q)) {
          shape.close_known = shapes_[q].first_known;
          break;
        }
      }
      for (std::size_t k = 0; k < fresh.size() && k < kCompared; ++k) {
        const std::uint32_t q = fresh[k];
        if (shapes_[q].first_new >= shape.close_new) break;
        if (close(p, q)) {
          shape.close_new = shapes_[q].first_new;
          break;
        }
      }
    }
  }
}

std::vector<NearNames::Match> NearNames::Find() {
  // Names that fold alike: among the names whose folded text another may
  // share, by hash.
  std::vector<std::uint32_t> same_fold_known(entries_.size(), kNone);
  std::vector<std::uint32_t> same_fold_new(entries_.size(), kNone);
  if (!shared_folds_.empty()) {
    std::sort(shared_folds_.begin(), shared_folds_.end());
    shared_folds_.erase(std::unique(shared_folds_.begin(), shared_folds_.end()),
                        shared_folds_.end());
    std::vector<std::pair<std::uint64_t, std::uint32_t>> folds;
    for (std::uint32_t i = 0; i < entries_.size(); ++i) {
      if (std::binary_search(shared_folds_.begin(), shared_folds_.end(), entries_[i].folded_hash))
        folds.emplace_back(entries_[i].folded_hash, i);
    }
    std::sort(folds.begin(), folds.end());
    for (std::size_t first = 0; first < folds.size();) {
      std::size_t last = first + 1;
      while (last < folds.size() && folds[last].first == folds[first].first) ++last;
      std::uint32_t known = kNone, earliest_new = kNone;
      for (std::size_t k = first; k < last; ++k) {
        const std::uint32_t i = folds[k].second;
        if (!entries_[i].is_new && known == kNone) known = i;
        if (entries_[i].is_new && earliest_new == kNone) earliest_new = i;
      }
      for (std::size_t k = first; k < last; ++k) {
        const std::uint32_t i = folds[k].second;
        if (!entries_[i].is_new) continue;
        same_fold_known[i] = known;
        if (earliest_new != i) same_fold_new[i] = earliest_new;
      }
      first = last;
    }
  }
  FindCloseShapes();
  std::vector<Match> matches;
  for (std::uint32_t i = 0; i < entries_.size(); ++i) {
    const Entry& entry = entries_[i];
    if (!entry.is_new) continue;
    // A known name first, the same but for case before one a typo away;
    // else a new one that came before.
    const Shape& shape = shapes_[entry.shape];
    std::uint32_t partner = same_fold_known[i];
    if (partner == kNone) partner = shape.close_known;
    if (partner == kNone) partner = same_fold_new[i];
    if (partner == kNone && shape.close_new < i) partner = shape.close_new;
    if (partner == kNone) continue;
    matches.push_back({entry.tag, entries_[partner].tag, entries_[partner].is_new == 1});
  }
  return matches;
}

}  // namespace causalkg
