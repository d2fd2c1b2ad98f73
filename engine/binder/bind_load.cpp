// LOAD 'file' [FORMAT name]: a file, read by the loader the engine is given,
// in the format named, which must be one the loader reads.
#include "engine/binder/bind_context.hpp"
#include "engine/binder/plan_steps.hpp"
#include "engine/common/text_fold.hpp"

namespace causalkg {

namespace {

// "json, jsonl, csv"
std::string Listed(std::span<const std::string> formats) {
  std::string out;
  for (const std::string& format : formats) out += (out.empty() ? "" : ", ") + format;
  return out;
}

}  // namespace

Result<BoundLoad> Bind(const ast::Load& load, const BindContext& context) {
  BoundLoad bound{load.path, {}};
  if (!load.format) return bound;
  // Case-insensitive, as the loader's own --format is.
  const std::string wanted = AsciiLower(load.format->text);
  for (const std::string& format : context.load_formats()) {
    if (AsciiLower(format) != wanted) continue;
    bound.format = format;
    return bound;
  }
  const std::string known = Listed(context.load_formats());
  return Status::Name(
             "unknown format " + Quote(load.format->text) +
                 (known.empty() ? "; no format is known here" : "; causalkg reads " + known),
             "without FORMAT, the file's extension or content says its format")
      .WithCode(StatusCode::kNotFound)
      .AtOffset(load.format->offset);
}

PlanNode PlanOf(const BoundLoad& load) {
  const std::string format =
      load.format.empty() ? " in the format its extension or content says" : " as " + load.format;
  return PlanStep("load", "'" + load.path + "'" + format +
                              ": a write, every claim checked, then committed in one atomic step");
}

}  // namespace causalkg
