#include "cli/parse_cache.hpp"

#include <functional>
#include <mutex>
#include <string>
#include <unordered_map>

namespace causalkg::cli {

namespace {

struct TextHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const {
    return std::hash<std::string_view>()(text);
  }
};

// Enough for the statements a script repeats; a script of many different
// statements starts the cache afresh rather than growing it.
constexpr std::size_t kMostCached = 4096;

}  // namespace

std::shared_ptr<const ParsedStatements> ParsedText(std::string_view text) {
  static std::mutex mutex;
  static std::unordered_map<std::string, std::shared_ptr<const ParsedStatements>, TextHash,
                            std::equal_to<>>
      cache;
  {
    std::lock_guard<std::mutex> lock(mutex);
    if (auto found = cache.find(text); found != cache.end()) return found->second;
  }
  auto made = std::make_shared<ParsedStatements>();
  made->parse = grammar::Parse(text);
  for (std::size_t i = 0; i < made->parse.statements.size(); ++i)
    made->reuse.push_back(std::make_unique<BindingReuse>());
  std::shared_ptr<const ParsedStatements> parsed = std::move(made);
  std::lock_guard<std::mutex> lock(mutex);
  if (cache.size() >= kMostCached) cache.clear();
  cache.emplace(std::string(text), parsed);
  return parsed;
}

}  // namespace causalkg::cli
