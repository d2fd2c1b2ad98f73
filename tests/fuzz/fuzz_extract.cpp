// Fuzzes causalkg extract: any bytes, read as plain text, Markdown and HTML,
// in English, Dutch and with the language told by the text, linked to the
// nodes of a store holding the bundled report. Bytes that are not UTF-8 text
// must be refused with a message; text must give candidates whose quote,
// cause and effect are the bytes at their offsets, the cause and effect
// inside the quote.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "harness.hpp"
#include "kb/extract/extractor.hpp"
#include "kb/ingest/bundled.hpp"

using namespace causalkg;
namespace extract = causalkg::kb::extract;

namespace {

Status Seed(Store& store) {
  auto seeded = kb::SeedWithBundled(store);
  return seeded.ok() ? Status::Ok() : seeded.status();
}

Store& ReportStore() {
  static fuzz::ResettableStore* store = new fuzz::ResettableStore("extract", Seed);
  return store->store();
}

extract::Extractor& ExtractorFor(int which) {
  static std::unique_ptr<extract::Extractor> extractors[3];
  if (!extractors[which]) {
    extract::ExtractOptions options;
    if (which == 1) options.language = extract::Language::kEnglish;
    if (which == 2) options.language = extract::Language::kDutch;
    auto made = extract::Extractor::Create(options, &ReportStore());
    fuzz::CheckOk(made.ok() ? Status::Ok() : made.status(), "the extractor cannot be made");
    extractors[which] = std::move(made).value();
  }
  return *extractors[which];
}

void CheckSpan(const std::string& bytes, std::uint32_t start, std::uint32_t end,
               const std::string& text, std::string_view what) {
  fuzz::Check(start <= end && end <= bytes.size(), std::string(what) + " lies outside the file");
  fuzz::Check(bytes.compare(start, end - start, text) == 0,
              std::string(what) + " is not the file's bytes at its offsets");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  const extract::TextFormat formats[] = {
      extract::TextFormat::kPlain, extract::TextFormat::kMarkdown, extract::TextFormat::kHtml};
  for (int f = 0; f < 3; ++f) {
    auto source = extract::MakeSourceText(bytes, "input", formats[f]);
    if (!source.ok()) {
      fuzz::Check(!source.status().message().empty(), "text refused without a message");
      fuzz::Check(extract::CheckText(bytes, "input").code() == StatusCode::kInvalid,
                  "text refused, though it is UTF-8");
      return 0;
    }
    fuzz::Check(source->view.size() == bytes.size(), "the readable view moved the bytes");
    extract::ExtractStats stats;
    Status s = ExtractorFor(f).ExtractText(
        *source,
        [&](const extract::Candidate& c) {
          CheckSpan(bytes, c.start, c.end, c.quote, "the quote");
          CheckSpan(bytes, c.cause_start, c.cause_end, c.cause, "the cause");
          CheckSpan(bytes, c.effect_start, c.effect_end, c.effect, "the effect");
          fuzz::Check(c.start <= c.cause_start && c.cause_end <= c.end &&
                          c.start <= c.effect_start && c.effect_end <= c.end,
                      "a phrase outside its quote");
          fuzz::Check(!c.cause.empty() && !c.effect.empty(), "an empty phrase");
          fuzz::Check(!c.subject.empty() && !c.object.empty() && !c.relation.empty(),
                      "a candidate without a subject, relation or object");
          const auto json = nlohmann::json::parse(extract::CandidateJson(c), nullptr, false);
          fuzz::Check(json.is_object(), "a candidate's line is not JSON");
          return Status::Ok();
        },
        stats);
    fuzz::CheckOk(s, "extraction from UTF-8 text failed");
  }
  return 0;
}
