#include "test_support.hpp"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace causalkg::testing {

TempDir::TempDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "causalkg-test-XXXXXX").string();
  REQUIRE(::mkdtemp(pattern.data()) != nullptr);
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

std::string TempDir::Write(const std::string& name, const std::string& text) const {
  const std::string path = File(name);
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

ScratchStore::ScratchStore() {
  auto opened = Store::Open(dir.File("db"), OpenMode::kReadWrite);
  REQUIRE(opened.ok());
  store = std::move(opened).value();
}

kb::LoadSummary MustLoad(Store& store, const std::string& json_text) {
  auto loaded = kb::LoadDocumentText(store, json_text, "test.json");
  INFO((loaded.ok() ? std::string() : loaded.status().ToString()));
  REQUIRE(loaded.ok());
  return loaded.value();
}

std::string ExportOf(const Store& store, kb::ExportFormat format) {
  std::ostringstream out;
  Status s = kb::Export(store, format, out);
  INFO(s.ToString());
  REQUIRE(s.ok());
  return out.str();
}

TermId IdOf(const Store& store, const std::string& name) {
  auto found = store.FindTerm(name);
  REQUIRE(found.ok());
  INFO("term " << name);
  REQUIRE(found->has_value());
  return **found;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void ExecCausalkg(const std::vector<std::string>& args) {
  std::string binary = CAUSALKG_BINARY;
  std::vector<std::string> copies(args);
  std::vector<char*> argv{binary.data()};
  for (auto& a : copies) argv.push_back(a.data());
  argv.push_back(nullptr);
  ::execv(binary.c_str(), argv.data());
  ::_exit(127);
}

RunResult RunCausalkg(const std::vector<std::string>& args, const std::string& input) {
  TempDir io;
  const std::string in_path = io.Write("stdin", input);
  const std::string out_path = io.File("stdout"), err_path = io.File("stderr");
  const pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    const int in = ::open(in_path.c_str(), O_RDONLY);
    const int out = ::open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int err = ::open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    ::dup2(in, 0);
    ::dup2(out, 1);
    ::dup2(err, 2);
    ExecCausalkg(args);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  RunResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = ReadFile(out_path);
  result.err = ReadFile(err_path);
  return result;
}

}  // namespace causalkg::testing
