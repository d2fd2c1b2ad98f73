#include "cli/export_result.hpp"

#include <filesystem>
#include <fstream>

#include "cli/render/dot_output.hpp"
#include "cli/render/graphviz.hpp"
#include "cli/render/json_output.hpp"
#include "cli/render/rows_output.hpp"

namespace causalkg::cli {

namespace {

Status WriteText(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  out.close();
  if (!out) return Status::Usage("cannot write the file '" + path + "'");
  return Status::Ok();
}

struct RowsExtension {
  OutputFormat format;
  std::string name;
};

std::optional<RowsExtension> RowsFormat(const std::string& extension) {
  if (extension == ".csv") return RowsExtension{OutputFormat::kCsv, "CSV"};
  if (extension == ".tsv" || extension == ".tab") return RowsExtension{OutputFormat::kTsv, "TSV"};
  if (extension == ".md" || extension == ".markdown")
    return RowsExtension{OutputFormat::kMarkdown, "Markdown"};
  return std::nullopt;
}

std::string Extension(const std::string& path) {
  std::string extension = std::filesystem::path(path).extension().string();
  for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return extension;
}

}  // namespace

std::optional<std::string> PictureFormat(const std::string& path) {
  const std::string extension = Extension(path);
  if (extension == ".svg" || extension == ".png" || extension == ".pdf") return extension.substr(1);
  return std::nullopt;
}

Result<std::string> ExportResult(const QueryResult& result, const std::string& path,
                                 const TextStyle& style, const DotStyle& dot,
                                 std::ostream* warnings) {
  const std::string extension = Extension(path);
  if (extension == ".json") {
    CAUSALKG_RETURN_IF_ERROR(WriteText(path, ResultAsJson(result, style.language) + "\n"));
    return "wrote " + path + " (JSON)";
  }
  if (const auto rows = RowsFormat(extension)) {
    RowsText text = ResultAsRows(result, style.language, rows->format, style.raise_sign_budget);
    CAUSALKG_RETURN_IF_ERROR(WriteText(path, text.text));
    if (warnings) {
      for (const std::string& note : text.notes) *warnings << note << '\n';
      *warnings << std::flush;
    }
    return "wrote " + path + " (" + rows->name + ")";
  }
  const auto picture = PictureFormat(path);
  if (extension == ".dot" || extension == ".gv" || picture) {
    auto drawing = DrawDot(result, style.language, dot);
    if (!drawing.ok()) return std::move(drawing).TakeStatus();
    if (warnings) *warnings << drawing->warning << std::flush;
    if (!picture) {
      CAUSALKG_RETURN_IF_ERROR(WriteText(path, drawing->text));
      return "wrote " + path + " (DOT)";
    }
    CAUSALKG_RETURN_IF_ERROR(RenderDot(drawing->text, *picture, path, dot.dpi));
    const std::string resolution =
        *picture == "png" && dot.dpi ? " at " + std::to_string(*dot.dpi) + " dpi" : "";
    return "wrote " + path + " (" + *picture + resolution + ", rendered by Graphviz)";
  }
  if (extension == ".txt") {
    TextStyle plain = style;
    plain.colour = false;
    plain.width = 0;
    CAUSALKG_RETURN_IF_ERROR(WriteText(path, ResultAsText(result, plain)));
    return "wrote " + path + " (text)";
  }
  const std::string hint = "name a file ending in one of " + std::string(kResultExtensions) +
                           ", e.g. .export 'chains.csv'";
  if (extension.empty())
    return Status::Usage("'" + path + "' has no extension to tell its format by", hint);
  return Status::Usage("a result cannot be written as " + extension, hint);
}

}  // namespace causalkg::cli
