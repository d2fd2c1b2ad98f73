// .param: the values of the parameters (`$x`) of every later statement, as
// sqlite3's .param keeps them. A statement is parsed once, with its
// parameters as slots; each run puts in the values set here.
#include "cli/render/listing_output.hpp"
#include "cli/shell/shell.hpp"
#include "engine/common/visible_text.hpp"
#include "grammar/lexical.hpp"

namespace causalkg::cli {

namespace {

constexpr const char* kParamUsage =
    ".param set NAME VALUE, .param unset NAME, .param list, .param clear";

// `name` without its `$`, when it is a parameter's name (a word); else "".
std::string ParameterName(const std::string& name) {
  const std::string bare = name.starts_with('$') ? name.substr(1) : name;
  const char* const first = bare.data();
  const char* const last = first + bare.size();
  if (bare.empty() || grammar::lexical::ScanWord(first, last) != last) return "";
  return bare;
}

}  // namespace

Listing Shell::ParameterListing() const {
  Listing listing;
  listing.table.header = {"parameter", "value"};
  listing.json = {{"parameters", nlohmann::json::object()}};
  for (const auto& [name, value] : runner_.parameters()) {
    listing.table.rows.push_back({"$" + Visible(name), Visible(value)});
    listing.json["parameters"][name] = value;
  }
  const std::size_t n = runner_.parameters().size();
  listing.closing = n == 0   ? "no parameters set: .param set NAME VALUE\n"
                    : n == 1 ? "1 parameter\n"
                             : std::to_string(n) + " parameters\n";
  if (n == 0) listing.text = listing.closing;
  return listing;
}

bool Shell::Param(const std::vector<std::string>& args) {
  const std::string action = args.empty() ? "list" : args[0];
  ParameterValues& values = runner_.parameters();
  if (action == "list" || action == "ls") {
    if (args.size() > 1) return Fail(".param list takes no argument", kParamUsage);
    return ShowListing(ParameterListing());
  }
  if (action == "clear") {
    if (args.size() > 1) return Fail(".param clear takes no argument", kParamUsage);
    values.clear();
    return true;
  }
  if (action == "set" || action == "unset") {
    const std::size_t wanted = action == "set" ? 3 : 2;
    if (args.size() < 2) return Fail(".param " + action + " needs a name", kParamUsage);
    const std::string name = ParameterName(args[1]);
    if (name.empty()) {
      return Fail("'" + Visible(args[1]) + "' is not a parameter's name",
                  "a name is a word, with or without its $: .param set node digitalisation");
    }
    if (args.size() < wanted) {
      return Fail(".param set " + name + " needs a value",
                  "quote a value with blanks: .param set " + name + " 'social cohesion'");
    }
    if (args.size() > wanted) {
      return Fail(action == "set" ? "one value, please" : ".param unset takes one name",
                  action == "set"
                      ? "quote a value with blanks: .param set " + name + " 'social cohesion'"
                      : kParamUsage);
    }
    if (action == "set") {
      values[name] = args[2];
    } else if (values.erase(name) == 0) {
      return Fail("parameter $" + name + " is not set", ".param list shows those that are");
    }
    return true;
  }
  return Fail("unknown .param action '" + Visible(action) + "'", kParamUsage);
}

}  // namespace causalkg::cli
