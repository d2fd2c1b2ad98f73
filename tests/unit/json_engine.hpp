// A store holding a claims document, asked as a user asks (through the
// StatementRunner of the shell and scripts), answering in JSON: what the
// brute-force tests compare with their oracles.
#pragma once

#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "cli/statement_runner.hpp"
#include "test_support.hpp"

namespace causalkg::testing {

class JsonEngine {
 public:
  explicit JsonEngine(const std::string& document) : runner_(*db_.store, out_, err_) {
    MustLoad(*db_.store, document);
    runner_.set_format(cli::OutputFormat::kJson);
  }

  // The statement's JSON answer; a statement that fails fails the test.
  nlohmann::json Query(const std::string& statement) {
    out_.str({});
    err_.str({});
    const bool ok = runner_.Run(statement);
    INFO(statement << "\n" << out_.str() << err_.str());
    REQUIRE(ok);
    return nlohmann::json::parse(out_.str());
  }

 private:
  ScratchStore db_;
  std::ostringstream out_, err_;
  cli::StatementRunner runner_;
};

inline std::vector<std::string> Strings(const nlohmann::json& array) {
  std::vector<std::string> out;
  for (const nlohmann::json& s : array) out.push_back(s.get<std::string>());
  return out;
}

// A JSON list of signs as a set.
inline std::set<std::string> SignsOf(const nlohmann::json& signs) {
  const auto list = Strings(signs);
  return {list.begin(), list.end()};
}

}  // namespace causalkg::testing
