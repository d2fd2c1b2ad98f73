#include "causalkg_runner.hpp"

#include <stdexcept>

#include "engine/exec/executor.hpp"
#include "grammar/parse.hpp"

namespace causalkg::bench {

namespace {

QueryResult Run(Store& store, const std::string& statement) {
  grammar::ParseResult parsed = grammar::Parse(statement);
  if (parsed.error || parsed.statements.size() != 1)
    throw std::runtime_error("cannot parse: " + statement);
  Executor executor(store, {});
  auto result = executor.Execute(parsed.statements[0]);
  if (!result.ok()) throw std::runtime_error(statement + ": " + result.status().ToString());
  return std::move(result).value();
}

// Unlimited, so that the answers are the whole answers.
constexpr const char* kNoLimit = " LIMIT 100000000";

}  // namespace

std::string CausalkgRunner::Open(const std::string& dir) {
  auto opened = Store::Open(dir, OpenMode::kReadOnly);
  if (!opened.ok()) return opened.status().ToString();
  store_ = std::move(opened).value();
  return "";
}

long long CausalkgRunner::Q0Causal() {
  auto r = Run(*store_, "COUNT MATCH ?s ?r ?o WHERE sign(?r) != 'none'");
  return static_cast<long long>(std::get<MatchResult>(r.body).count);
}

long long CausalkgRunner::Q1(const Workload& w) {
  long long total = 0;
  for (const std::string& n : w.q1_nodes) {
    auto r = Run(*store_, "COUNT MATCH " + n + " ?r ?o WHERE sign(?r) != 'none'");
    total += static_cast<long long>(std::get<MatchResult>(r.body).count);
  }
  return total;
}

long long CausalkgRunner::Q2(const Workload& w, const std::string& conditions) {
  auto r = Run(*store_, "EFFECTS OF " + w.q2_source + " DEPTH 3" + conditions + kNoLimit);
  return static_cast<long long>(std::get<ReachResult>(r.body).total);
}

void CausalkgRunner::Q3(const Workload& w, Answers& a, const std::string& conditions) {
  auto r = Run(*store_,
               "PATHS FROM " + w.q3_from + " TO " + w.q3_to + " DEPTH 4" + conditions + kNoLimit);
  const auto& paths = std::get<PathsResult>(r.body).paths;
  a.q3_total = static_cast<long long>(paths.size());
  a.q3_plus = a.q3_minus = 0;
  for (const Path& p : paths) (p.sign > 0 ? a.q3_plus : a.q3_minus) += 1;
}

long long CausalkgRunner::Q4(const Workload& w, const std::string& conditions) {
  auto r = Run(*store_, "SHORTEST FROM " + w.q4_from + " TO " + w.q4_to + conditions);
  const auto& paths = std::get<PathsResult>(r.body).paths;
  return paths.empty() ? -1 : static_cast<long long>(paths[0].steps.size());
}

long long CausalkgRunner::CausesOfQ4Target(const Workload& w, const std::string& conditions) {
  auto r = Run(*store_, "CAUSES OF " + w.q4_to + " DEPTH 3" + conditions + kNoLimit);
  return static_cast<long long>(std::get<ReachResult>(r.body).total);
}

long long CausalkgRunner::Q5(const Workload& w, const std::string& conditions) {
  auto r = Run(*store_, "LOOPS THROUGH " + w.q5_node + " DEPTH 4" + conditions + kNoLimit);
  long long n = 0;
  for (const Path& p : std::get<PathsResult>(r.body).paths) n += p.steps.size() >= 2;
  return n;
}

}  // namespace causalkg::bench
