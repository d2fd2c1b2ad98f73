// The dot-commands that list what the database holds, in the output mode:
// .nodes, .relations, .sources (and .sources SET), .stats.
#include <cctype>
#include <charconv>
#include <limits>

#include "cli/commands.hpp"
#include "cli/shell/shell.hpp"
#include "engine/common/visible_text.hpp"
#include "kb/ingest/source_rates.hpp"

namespace causalkg::cli {

namespace {

// The table mode shows this many nodes at most: a terminal's worth, not a
// million. The other modes are for programs, which get them all.
constexpr std::size_t kMostNodesShown = 200;

}  // namespace

bool Shell::ShowListing(const Result<Listing>& listing) {
  if (!listing.ok()) return Fail(listing.status().message(), listing.status().hint());
  results() << ListingText(listing.value(), runner_.format(), runner_.style().width) << std::flush;
  return true;
}

bool Shell::Nodes(const std::vector<std::string>& args) {
  // `.nodes social c` looks for "social c", as `.nodes 'social c'` does.
  std::string pattern;
  for (const std::string& word : args) pattern += (pattern.empty() ? "" : " ") + word;
  const std::size_t most =
      runner_.format() == OutputFormat::kTable || runner_.format() == OutputFormat::kDot
          ? kMostNodesShown
          : std::numeric_limits<std::size_t>::max();
  return ShowListing(NodesListing(store_, pattern, most));
}

bool Shell::Relations(const std::vector<std::string>& args) {
  if (!args.empty()) return Fail(".relations takes no argument", ".relations");
  return ShowListing(RelationsListing(store_));
}

bool Shell::Sources(const std::vector<std::string>& args) {
  if (!args.empty()) return SetSourceRate(args);
  return ShowListing(SourcesListing(store_));
}

bool Shell::SetSourceRate(const std::vector<std::string>& args) {
  constexpr const char* kUsage = ".sources SET id reliability|systematic|random x|default";
  std::string set = args[0];
  for (char& c : set) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (set != "SET" || args.size() != 4) return Fail("which source, rate and value?", kUsage);
  const auto rate = kb::SourceRateNamed(args[2]);
  if (!rate) {
    return Fail("unknown rate '" + args[2] + "'",
                "reliability, systematic or random: " + std::string(kUsage));
  }
  std::optional<double> value;
  if (args[3] != "default") {
    double number = 0;
    const char* first = args[3].data();
    const char* last = first + args[3].size();
    const auto [end, error] = std::from_chars(first, last, number);
    if (error != std::errc() || end != last || !(number >= 0 && number <= 1)) {
      return Fail("'" + args[3] + "' is no rate", "a rate is a number from 0 to 1, or default");
    }
    value = number;
  }
  if (store_.read_only()) {
    runner_.ReportError(ReadOnlyError(store_.path()), {});
    return false;
  }
  auto changed = kb::SetSourceRate(store_, args[1], *rate, value);
  if (!changed.ok()) {
    runner_.ReportError(changed.status(), {});
    return false;
  }
  if (changed->new_source) out_ << "declared source " << Visible(args[1]) << "\n";
  return ShowListing(SourcesListing(store_, args[1]));
}

bool Shell::Stats(const std::vector<std::string>& args) {
  if (!args.empty()) return Fail(".stats takes no argument", ".stats");
  return ShowListing(StatsListing(store_));
}

}  // namespace causalkg::cli
