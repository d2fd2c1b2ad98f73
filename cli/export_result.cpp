#include "cli/export_result.hpp"

#include <filesystem>
#include <fstream>

#include "cli/render/dot_output.hpp"
#include "cli/render/graphviz.hpp"
#include "cli/render/json_output.hpp"

namespace causalkg::cli {

namespace {

Status WriteText(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  out.close();
  if (!out) return Status::Usage("cannot write the file '" + path + "'");
  return Status::Ok();
}

}  // namespace

Result<std::string> ExportResult(const QueryResult& result, const std::string& path,
                                 const TextStyle& style) {
  std::string extension = std::filesystem::path(path).extension().string();
  for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (extension == ".json") {
    CAUSALKG_RETURN_IF_ERROR(WriteText(path, ResultAsJson(result, style.language) + "\n"));
    return "wrote " + path + " (JSON)";
  }
  if (extension == ".dot" || extension == ".gv" || extension == ".svg" || extension == ".png" ||
      extension == ".pdf") {
    auto dot = ResultAsDot(result, style.language);
    if (!dot.ok()) return std::move(dot).TakeStatus();
    if (extension == ".dot" || extension == ".gv") {
      CAUSALKG_RETURN_IF_ERROR(WriteText(path, *dot));
      return "wrote " + path + " (DOT)";
    }
    const std::string format = extension.substr(1);
    CAUSALKG_RETURN_IF_ERROR(RenderDot(*dot, format, path));
    return "wrote " + path + " (" + format + ", rendered by Graphviz)";
  }
  TextStyle plain = style;
  plain.colour = false;
  CAUSALKG_RETURN_IF_ERROR(WriteText(path, ResultAsText(result, plain)));
  return "wrote " + path + " (text)";
}

}  // namespace causalkg::cli
