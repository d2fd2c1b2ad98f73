// How fast causalkg extract reads text, in MB a second on one core, against
// its own floor measured in the same run: ICU's sentence and word
// iterators with case folding alone, which any extractor built on them
// pays.
//
//   build/bench/causalkg_extract_speed [--mb N] [--runs R] [FILE...]
//
// The text is FILEs (default: the project's test texts and the bundled
// report) concatenated and repeated to N MB (default 20). Extraction runs
// without a database (so no linking to nodes) and writes each candidate's
// JSON line to memory; a run of the real binary with a database adds the
// process start and the label index (bench/RESULTS.md).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "kb/extract/candidate.hpp"
#include "kb/extract/extractor.hpp"
#include "kb/extract/segmenter.hpp"
#include "kb/extract/source_text.hpp"

namespace {

using causalkg::Status;
namespace extract = causalkg::kb::extract;

double Seconds(const std::chrono::steady_clock::time_point& begin) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
}

double Median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

[[noreturn]] void Fail(const std::string& message) {
  std::fprintf(stderr, "causalkg_extract_speed: %s\n", message.c_str());
  std::exit(1);
}

}  // namespace

int main(int argc, char** argv) {
  double megabytes = 20;
  int runs = 3;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--mb" && i + 1 < argc) {
      megabytes = std::atof(argv[++i]);
    } else if (arg == "--runs" && i + 1 < argc) {
      runs = std::max(1, std::atoi(argv[++i]));
    } else if (arg.starts_with("-")) {
      Fail("usage: causalkg_extract_speed [--mb N] [--runs R] [FILE...]");
    } else {
      files.push_back(arg);
    }
  }
  if (files.empty()) {
    const std::string root = CAUSALKG_SOURCE_DIR;
    for (const auto& entry :
         std::filesystem::directory_iterator(root + "/tests/data/extract/texts")) {
      const std::string ext = entry.path().extension().string();
      if (ext == ".txt") files.push_back(entry.path().string());
    }
    files.push_back(root + "/kb/sources/scp-2025-02-digitalisering-nl.txt");
    std::sort(files.begin(), files.end());
  }
  std::string one;
  for (const std::string& f : files) one += ReadAll(f) + "\n\n";
  if (one.empty()) Fail("no text to read");
  std::string text;
  const std::size_t target = static_cast<std::size_t>(megabytes * 1e6);
  while (text.size() < target) text += one;

  auto begin = std::chrono::steady_clock::now();
  auto source = extract::MakeSourceText(text, "bench", extract::TextFormat::kPlain);
  if (!source.ok()) Fail(source.status().ToString());
  const double prepare = Seconds(begin);

  auto segmenter = extract::Segmenter::Create();
  if (!segmenter.ok()) Fail(segmenter.status().ToString());
  std::vector<double> tokenise_times, extract_times;
  std::size_t tokens = 0, sentences = 0, candidates = 0, json_bytes = 0;
  for (int run = 0; run < runs; ++run) {
    begin = std::chrono::steady_clock::now();
    std::vector<extract::Token> words;
    tokens = sentences = 0;
    Status s = (*segmenter)->ForEachSentence(source->view, [&](std::uint32_t a, std::uint32_t b) {
      ++sentences;
      if (b - a > extract::kMaxSentenceBytes) return true;
      words.clear();
      if (!(*segmenter)->Tokenize(source->view, a, b, words).ok()) return false;
      tokens += words.size();
      return true;
    });
    if (!s.ok()) Fail(s.ToString());
    tokenise_times.push_back(Seconds(begin));

    begin = std::chrono::steady_clock::now();
    auto extractor = extract::Extractor::Create({}, nullptr);
    if (!extractor.ok()) Fail(extractor.status().ToString());
    extract::ExtractStats stats;
    candidates = json_bytes = 0;
    s = (*extractor)
            ->ExtractText(
                *source,
                [&](const extract::Candidate& c) {
                  json_bytes += extract::CandidateJson(c).size() + 1;
                  ++candidates;
                  return Status::Ok();
                },
                stats);
    if (!s.ok()) Fail(s.ToString());
    extract_times.push_back(Seconds(begin));
  }
  const double mb = static_cast<double>(text.size()) / 1e6;
  const double tokenise = Median(tokenise_times), full = Median(extract_times);
  std::printf("text: %.1f MB (%zu files repeated), %zu sentences, %zu tokens\n", mb, files.size(),
              sentences, tokens);
  std::printf("check UTF-8 and make the readable view: %.3f s\n", prepare);
  std::printf("%-44s %8s %10s\n", "step (median of runs)", "seconds", "MB/s");
  std::printf("%-44s %8.3f %10.1f\n", "ICU sentences, words and case folding", tokenise,
              mb / tokenise);
  std::printf("%-44s %8.3f %10.1f\n", "extract: rules, ids, JSON lines", full, mb / full);
  std::printf("extraction takes %.1fx the time of tokenising; %zu candidates, %.1f MB of JSON\n",
              full / tokenise, candidates, static_cast<double>(json_bytes) / 1e6);
  std::printf("target: at least 1 MB/s on one core: %s\n", mb / full >= 1.0 ? "met" : "NOT met");
  return 0;
}
