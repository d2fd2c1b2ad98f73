#include "kb/extract/node_linker.hpp"

#include <algorithm>

#include "engine/model/vocabulary.hpp"

namespace causalkg::kb::extract {

namespace {

constexpr std::uint32_t kFunctionClasses =
    kDeterminer | kPreposition | kPronoun | kCoordinator | kAuxiliary | kAdverb | kRelative |
    kSubordinator | kNegation | kDegree | kLight | kReporting | kOtherVerb | kHedge | kMore | kLess;

// Longer names than this are not looked for inside a phrase.
constexpr std::size_t kLongestName = 12;
// Proposed ids keep this many words.
constexpr std::size_t kIdWords = 8;
constexpr std::size_t kIdBytes = 120;

std::string HeadKey(const std::string& word) {
  return word.substr(0, std::min<std::size_t>(4, word.size()));
}

std::size_t CommonPrefix(const std::string& a, const std::string& b) {
  std::size_t n = 0;
  while (n < a.size() && n < b.size() && a[n] == b[n]) ++n;
  return n;
}

// Words of one root in two languages or two spellings: cohesie and
// cohesion, afstanden and afstand.
bool SameWord(const std::string& a, const std::string& a_stem, const std::string& b,
              const std::string& b_stem) {
  if (a == b || a_stem == b_stem) return true;
  const std::size_t shorter = std::min(a.size(), b.size());
  const std::size_t common = CommonPrefix(a, b);
  return shorter >= 5 && common >= 6 && common * 5 >= shorter * 4;
}

}  // namespace

NodeLinker::NodeLinker(const Store* store, Segmenter& segmenter)
    : store_(store), segmenter_(segmenter) {}

Status NodeLinker::Build(const Lexicon& lexicon) {
  Names& names = names_[static_cast<int>(lexicon.language())];
  names.built = true;
  if (store_ == nullptr) return Status::Ok();
  std::vector<Token> tokens;
  Status failed;
  Status scanned = store_->ForEachTerm([&](TermId, const std::string& name, const TermInfo& info) {
    if (!(info.roles & kRoleNode)) return true;
    std::vector<std::string> texts;
    std::string spaced = name;
    std::replace(spaced.begin(), spaced.end(), '_', ' ');
    texts.push_back(spaced);
    for (const auto& [language, label] : info.labels) texts.push_back(label);
    for (const std::string& text : texts) {
      if (text.empty() || text.size() > 1024) continue;
      tokens.clear();
      Status s = segmenter_.Tokenize(text, 0, static_cast<std::uint32_t>(text.size()), tokens);
      if (!s.ok()) {
        failed = std::move(s);
        return false;
      }
      std::string key;
      std::vector<const Token*> words;
      for (Token& t : tokens) {
        if (!t.word) continue;
        t.stem = lexicon.stemmer().Stem(t.fold);
        if (!key.empty()) key += ' ';
        key += t.stem;
        words.push_back(&t);
      }
      if (words.empty()) continue;
      std::vector<std::string>& ids = names.by_stems[key];
      if (std::find(ids.begin(), ids.end(), name) == ids.end()) ids.push_back(name);
      // The head: the word before "of" / "van", else the last.
      const Token* head = words.back();
      for (std::size_t k = 1; k < words.size(); ++k) {
        if (lexicon.ClassesOf(words[k]->fold) & kInnerPreposition) {
          head = words[k - 1];
          break;
        }
      }
      names.heads.emplace_back(head->fold + '\x1f' + head->stem, name);
    }
    return true;
  });
  if (!failed.ok()) return failed;
  CAUSALKG_RETURN_IF_ERROR(scanned);
  std::sort(names.heads.begin(), names.heads.end());
  names.heads.erase(std::unique(names.heads.begin(), names.heads.end()), names.heads.end());
  return Status::Ok();
}

Result<NodeLink> NodeLinker::Link(const Sentence& sentence, const Side& side,
                                  const Lexicon& lexicon) {
  const std::vector<Token>& tokens = sentence.tokens;
  std::vector<int> words;
  for (int w : side.words) {
    if (tokens[static_cast<std::size_t>(w)].word) words.push_back(w);
  }
  NodeLink proposed{ProposedId(sentence, words), false, "proposed"};
  if (store_ == nullptr || words.empty()) return proposed;
  Names& names = names_[static_cast<int>(lexicon.language())];
  if (!names.built) CAUSALKG_RETURN_IF_ERROR(Build(lexicon));
  auto token = [&](int w) -> const Token& { return tokens[static_cast<std::size_t>(w)]; };
  const std::size_t n = words.size();
  for (std::size_t length = std::min(n, kLongestName); length > 0; --length) {
    for (std::size_t from = 0; from + length <= n; ++from) {
      bool content = false;
      std::string key;
      for (std::size_t k = from; k < from + length; ++k) {
        const Token& t = token(words[k]);
        content = content || !(t.classes & kFunctionClasses) || t.number;
        if (!key.empty()) key += ' ';
        key += t.stem;
      }
      if (!content) continue;
      auto it = names.by_stems.find(key);
      if (it == names.by_stems.end() || it->second.size() != 1) continue;
      return NodeLink{it->second.front(), true, length == n ? "name" : "contains"};
    }
  }
  // One noun and nothing else: the head of exactly one node's name.
  const Token* noun = nullptr;
  for (int w : words) {
    const Token& t = token(w);
    if (t.classes & (kDeterminer | kPositive | kNegative)) continue;
    if ((t.classes & kFunctionClasses) || noun != nullptr) return proposed;
    noun = &t;
  }
  if (noun == nullptr) return proposed;
  std::vector<std::string> found;
  const std::string key = HeadKey(noun->fold);
  auto first =
      std::lower_bound(names.heads.begin(), names.heads.end(), std::make_pair(key, std::string()));
  for (auto it = first; it != names.heads.end() && it->first.compare(0, key.size(), key) == 0;
       ++it) {
    const std::size_t split = it->first.find('\x1f');
    const std::string head = it->first.substr(0, split);
    const std::string stem = it->first.substr(split + 1);
    if (!SameWord(noun->fold, noun->stem, head, stem)) continue;
    if (std::find(found.begin(), found.end(), it->second) == found.end())
      found.push_back(it->second);
  }
  if (found.size() == 1) return NodeLink{found.front(), true, "head"};
  return proposed;
}

Result<std::string> NodeLinker::RelationFor(const LexiconEntry* entry, int sign) {
  const Polarity wanted = PolarityOfSign(sign);
  const std::string fallback = sign > 0 ? "increases" : sign < 0 ? "decreases" : "influences";
  if (entry == nullptr || entry->relation.empty() || entry->reversed) return fallback;
  auto cached = relations_.find({entry->relation, sign});
  if (cached != relations_.end()) return cached->second;
  std::string chosen = fallback;
  if (store_ != nullptr) {
    auto term = store_->FindTerm(entry->relation);
    if (!term.ok()) return std::move(term).TakeStatus();
    if (term->has_value()) {
      std::string name;
      TermInfo info;
      CAUSALKG_RETURN_IF_ERROR(store_->ReadTerm(**term, name, info));
      if ((info.roles & kRoleRelation) && info.polarity == wanted) chosen = entry->relation;
    }
  }
  if (chosen == fallback) {
    if (auto builtin = BuiltinPolarity(entry->relation); builtin && *builtin == wanted) {
      chosen = entry->relation;
    }
  }
  relations_[{entry->relation, sign}] = chosen;
  return chosen;
}

std::string ProposedId(const Sentence& sentence, const std::vector<int>& words) {
  std::size_t from = 0;
  auto token = [&](int w) -> const Token& { return sentence.tokens[static_cast<std::size_t>(w)]; };
  while (from + 1 < words.size() &&
         (token(words[from]).classes & (kDeterminer | kDegree | kHedgeAdjective |
                                        kNegativeDeterminer | kMore | kLess | kPronoun)) &&
         !token(words[from]).number) {
    ++from;
  }
  std::string id;
  std::size_t count = 0;
  for (std::size_t k = from; k < words.size() && count < kIdWords; ++k, ++count) {
    std::string word;
    for (char c : token(words[k]).fold) {
      const unsigned char u = static_cast<unsigned char>(c);
      const bool keep = u >= 0x80 || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      word += keep ? c : '_';
    }
    if (!id.empty()) id += '_';
    id += word;
  }
  // One underscore between words, none at the ends.
  std::string out;
  for (char c : id) {
    if (c == '_' && (out.empty() || out.back() == '_')) continue;
    out += c;
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  if (out.size() > kIdBytes) {
    std::size_t cut = kIdBytes;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out.resize(cut);
    while (!out.empty() && out.back() == '_') out.pop_back();
  }
  return out.empty() ? "unnamed" : out;
}

}  // namespace causalkg::kb::extract
