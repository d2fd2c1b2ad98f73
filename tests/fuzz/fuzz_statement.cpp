// Fuzzes whole statements as `causalkg query` and the shell run them: parsed,
// evaluated against a store and printed as a table, as JSON and as DOT. The
// store holds the bundled SCP report and a small graph with a cycle, a
// self-loop, levers, an ambiguous label and non-ASCII labels, so that names
// in the inputs resolve and every statement has something to chew on.
//
// Each input meets the same store: after an input that may have written
// (ADD, REMOVE, LOAD, TO 'file'), the store and the working directory are put
// back. A crash therefore reproduces from its input alone.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "cli/statement_runner.hpp"
#include "engine/exec/executor.hpp"
#include "grammar/parse.hpp"
#include "harness.hpp"
#include "kb/ingest/bundled.hpp"
#include "kb/ingest/load.hpp"

using namespace causalkg;

namespace {

constexpr std::string_view kSmallGraph = R"json({
  "format": "causalkg/1",
  "sources": [{"id": "fuzz-notes", "title": "Notes", "publisher": "causalkg"}],
  "relations": [
    {"id": "feeds", "polarity": "+", "label": {"en": "feeds", "nl": "voedt"}},
    {"id": "dampens", "polarity": "-"},
    {"id": "mentions", "polarity": null},
    {"id": "stirs", "polarity": "?"}
  ],
  "nodes": [
    {"id": "trust", "label": {"en": "trust", "nl": "vertrouwen"}},
    {"id": "trust_institutions", "label": {"en": "trust in institutions", "nl": "vertrouwen"}},
    {"id": "cooperation", "label": "cooperation"},
    {"id": "workload"},
    {"id": "fatigue"},
    {"id": "technologies", "label": {"en": "technologies", "nl": "technologieën"}},
    {"id": "policy", "kind": "lever", "label": "a policy"},
    {"id": "plan", "kind": "recommendation"}
  ],
  "claims": [
    {"subject": "trust", "relation": "increases", "object": "cooperation",
     "source": "fuzz-notes", "quote": "trust makes people work together", "modality": "can",
     "confidence": 0.7},
    {"subject": "cooperation", "relation": "feeds", "object": "trust"},
    {"subject": "cooperation", "relation": "increases", "object": "workload"},
    {"subject": "workload", "relation": "increases", "object": "workload"},
    {"subject": "workload", "relation": "increases", "object": "fatigue"},
    {"subject": "fatigue", "relation": "dampens", "object": "cooperation"},
    {"subject": "fatigue", "relation": "reduces", "object": "trust"},
    {"subject": "fatigue", "relation": "stirs", "object": "workload"},
    {"subject": "technologies", "relation": "influences", "object": "trust"},
    {"subject": "trust_institutions", "relation": "strengthens", "object": "social_cohesion"},
    {"subject": "technologies", "relation": "increases", "object": "digitalisation"},
    {"subject": "technologies", "relation": "mentions", "object": "trust"},
    {"subject": "policy", "relation": "addresses", "object": "fatigue"},
    {"subject": "plan", "relation": "addresses", "object": "workload"}
  ]
})json";

// Files a LOAD statement may name, in the working directory.
struct WorkFile {
  const char* name;
  const char* text;
};
constexpr WorkFile kWorkFiles[] = {
    {"claims.json",
     R"({"claims": [{"subject": "trust", "relation": "increases", "object": "hope"}]})"},
    {"claims.jsonl",
     "{\"subject\": \"hope\", \"relation\": \"reduces\", \"object\": \"fatigue\"}\n"
     "{\"relation\": {\"id\": \"lifts\", \"polarity\": \"+\"}}\n"
     "{\"subject\": \"hope\", \"relation\": \"lifts\", \"object\": \"trust\"}\n"},
    {"broken.json", R"({"claims": [{"subject": "a", "relation": "increases"}]})"},
};

Status Seed(Store& store) {
  auto bundled = kb::SeedWithBundled(store);
  if (!bundled.ok()) return bundled.status();
  auto small = kb::LoadDocumentText(store, kSmallGraph, "small-graph.json");
  return small.ok() ? Status::Ok() : small.status();
}

std::string WorkDir() { return fuzz::ScratchDir() + "/work"; }

// Empties the working directory (the process's current directory, so it is
// emptied rather than made anew) and writes the files LOAD may name.
void RefillWorkDir() {
  std::error_code ec;
  std::filesystem::create_directories(WorkDir(), ec);
  fuzz::Check(!ec, "cannot make the working directory");
  for (const auto& entry : std::filesystem::directory_iterator(WorkDir())) {
    std::filesystem::remove_all(entry.path(), ec);
  }
  for (const WorkFile& file : kWorkFiles) fuzz::WriteFile(WorkDir() + "/" + file.name, file.text);
}

fuzz::ResettableStore& SeededStore() {
  static fuzz::ResettableStore* store = new fuzz::ResettableStore("statement", Seed);
  return *store;
}

// LOAD and TO name files; only those in the working directory are fair game:
// a fuzzer must not read /dev/zero or overwrite files of the machine.
bool StaysInWorkDir(const std::vector<ast::Statement>& statements) {
  for (const ast::Statement& s : statements) {
    if (s.output.file && s.output.file->find('/') != std::string::npos) return false;
    if (const auto* load = std::get_if<ast::Load>(&s.body)) {
      if (load->path.find('/') != std::string::npos) return false;
    }
  }
  return true;
}

bool MayWrite(const std::vector<ast::Statement>& statements) {
  for (const ast::Statement& s : statements) {
    if (IsWrite(s) || s.output.file) return true;
  }
  return false;
}

// Runs in the working directory, so that LOAD and TO find their files
// there, and goes back to where libFuzzer reads and writes its files.
class InWorkDir {
 public:
  InWorkDir() {
    fuzz::Check(::chdir(WorkDir().c_str()) == 0, "cannot enter the working directory");
  }
  ~InWorkDir() {
    fuzz::Check(::chdir(Home().c_str()) == 0, "cannot return from the working directory");
  }
  InWorkDir(const InWorkDir&) = delete;
  InWorkDir& operator=(const InWorkDir&) = delete;

  static const std::string& Home() {
    static const std::string home = std::filesystem::current_path().string();
    return home;
  }
};

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
  fuzz::MakeArtifactPrefixAbsolute(argc, argv);
  InWorkDir::Home();
  RefillWorkDir();
  SeededStore();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const std::vector<ast::Statement> statements = grammar::Parse(text).statements;
  // Not run (a libFuzzer newer than clang 14's also keeps it out of the corpus).
  if (!StaysInWorkDir(statements)) return -1;

  // Four runs of the same text, as a table, JSON, DOT and a Markdown table
  // (the rows view CSV and TSV write too) print it. A write in the first
  // run is seen by the next ones; that is deterministic too, since the store
  // is put back only after the input.
  InWorkDir in_work_dir;
  for (cli::OutputFormat format : {cli::OutputFormat::kTable, cli::OutputFormat::kJson,
                                   cli::OutputFormat::kDot, cli::OutputFormat::kMarkdown}) {
    std::ostringstream out, err;
    cli::StatementRunner runner(SeededStore().store(), out, err);
    runner.set_format(format);
    runner.Run(text);
  }

  if (MayWrite(statements)) {
    SeededStore().Reset();
    RefillWorkDir();
  }
  return 0;
}
