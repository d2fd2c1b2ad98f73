// causalkg: the command line. Parses arguments and hands over to a command.
#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/commands.hpp"
#include "cli/extract_command.hpp"
#include "cli/query_command.hpp"
#include "cli/render/output_format.hpp"
#include "cli/review_command.hpp"
#include "cli/shell/shell_command.hpp"
#include "engine/common/status.hpp"
#include "engine/common/visible_text.hpp"
#include "engine/exec/chains.hpp"
#include "kb/export/export.hpp"
#include "kb/ingest/format_registry.hpp"

namespace {

constexpr const char* kDescription =
    "causalkg: a knowledge graph of causal claims.\n"
    "Without a command, opens the interactive shell (on a terminal) or runs the\n"
    "statements and dot-commands piped on standard input.";

}  // namespace

int main(int argc, char** argv) {
  using causalkg::cli::GlobalOptions;
  CLI::App app(kDescription, "causalkg");
  app.set_version_flag("--version", std::string("causalkg ") + CAUSALKG_VERSION);
  GlobalOptions global;
  app.add_option(
      "--db", global.db,
      "database directory (default: $CAUSALKG_DB, else ~/.local/share/causalkg/default)");
  app.add_flag("--empty", global.empty, "do not seed a new database with the bundled SCP report");

  causalkg::cli::QueryOptions query_options;
  app.add_option("--lang", query_options.language,
                 "language of labels in results: en, nl, or id for ids")
      ->capture_default_str();
  // Diagrams' settings, for the shell and piped statements here, and for
  // `query` below.
  auto add_dot_options = [&query_options](CLI::App& command) {
    command.add_flag("--dot-verbs", query_options.dot_verbs,
                     "label each causal edge of a diagram with its relation's verb beside the "
                     "sign (.set dot.verbs on)");
    command
        .add_option_function<std::string>(
            "--dot-dpi", [&query_options](const std::string& dpi) { query_options.dot_dpi = dpi; },
            "the resolution of PNG pictures, in dots per inch, 36 to 1200 (default: Graphviz's 96; "
            ".set dot.dpi N)")
        ->type_name("N");
  };
  add_dot_options(app);

  std::string statement;
  auto* query = app.add_subcommand("query", "run a statement (or several, separated by ;)");
  query->add_option("statement", statement, "e.g. 'PATHS FROM digitalisation TO social_cohesion'")
      ->required();
  query
      ->add_option("--format,-f", query_options.format,
                   causalkg::cli::DescribeOutputFormats() + " (markdown also md)")
      ->capture_default_str();
  add_dot_options(*query);
  query
      ->add_option_function<std::string>(
          "--sign-budget",
          [&query_options](const std::string& steps) { query_options.sign_budget = steps; },
          "how many chain steps EFFECTS, CAUSES, LEVERS and BLINDSPOTS may walk to settle the "
          "net signs that loops leave open (default: " +
              std::to_string(causalkg::kSignBudget) + ")")
      ->type_name("STEPS");

  std::vector<std::string> files;
  std::string load_format;
  auto* load = app.add_subcommand("load", "load claims files (all or nothing)");
  load->add_option("files", files, "files to load, each in one of the formats below")->required();
  load->add_option("--format,-f", load_format,
                   "the files' format, one of: " + causalkg::kb::Formats().Describe() +
                       " (default: by extension, else by content)");

  std::string export_format, export_output;
  auto* export_cmd =
      app.add_subcommand("export", "write the database as claims (json, jsonl) or N-Triples");
  export_cmd->add_option(
      "--format,-f", export_format,
      causalkg::kb::DescribeExportFormats() + " (default: by the extension of -o FILE, else json)");
  export_cmd->add_option("-o,--output", export_output, "file to write (default: standard output)");

  std::string stats_format = "table";
  auto* stats =
      app.add_subcommand("stats", "count the nodes, relations, edges, evidence and sources");
  stats->add_option("--format,-f", stats_format, causalkg::cli::DescribeOutputFormats())
      ->capture_default_str();
  causalkg::cli::ReviewOptions review_options;
  auto* review = app.add_subcommand(
      "review", "review candidate claims (from causalkg extract) and load those accepted");
  review->add_option("file", review_options.file, "the candidates, JSON Lines")->required();
  review->add_flag("--accept-all", review_options.accept_all,
                   "accept every candidate not yet decided, except those whose text denies the "
                   "link (negated: rejected), and load them in one step (for scripts)");
  review->add_flag("--calibrate", review_options.calibrate,
                   "print each rule's accept rate and write the calibration file "
                   "(FILE without .jsonl, then .calibration.json)");
  review->add_option("-o,--output", review_options.calibration_file,
                     "with --calibrate: the calibration file to write");
  causalkg::cli::ExtractArguments extract_arguments;
  auto* extract = app.add_subcommand(
      "extract",
      "propose causal claims read from text (plain, Markdown, HTML), one JSON line each");
  extract->add_option("files", extract_arguments.files, "UTF-8 text files to read")->required();
  extract
      ->add_option("--lang", extract_arguments.language,
                   "the texts' language: nl, en, or auto (told by each sentence's function "
                   "words, else the file's)")
      ->capture_default_str();
  extract->add_option("--source", extract_arguments.source,
                      "the source id of the candidates (default: each file's name)");
  extract->add_option("-o,--output", extract_arguments.output,
                      "file to write (default: standard output)");
  extract->add_option("--lexicon", extract_arguments.lexicons,
                      "more lexicon entries (NAME.nl.tsv or NAME.en.tsv; kb/extract/README.md)");
  extract->add_option("--calibration", extract_arguments.calibration,
                      "rule confidences from reviews (causalkg review --calibrate's file)");
  app.require_subcommand(0, 1);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "Usage error: " << e.what() << "\nRun `causalkg --help` for the commands.\n";
    return 2;
  }

  auto run = [&] {
    if (*query) return causalkg::cli::RunStatements(global, statement, query_options);
    if (*load) return causalkg::cli::RunLoad(global, files, load_format);
    if (*export_cmd) return causalkg::cli::RunExport(global, export_format, export_output);
    if (*stats) return causalkg::cli::RunStats(global, stats_format);
    if (*review) return causalkg::cli::RunReviewCommand(global, review_options);
    if (*extract) return causalkg::cli::RunExtract(global, extract_arguments);
    return causalkg::cli::RunShell(global, query_options);
  };
  // Failures travel as Status values; an exception here is a fault of
  // causalkg's own, and is said as such rather than as a library's message.
  try {
    return run();
  } catch (const std::exception& e) {
    // The library's message may quote hostile input.
    std::cerr << causalkg::Status::Internal(
                     "causalkg failed unexpectedly (" + causalkg::Visible(e.what()) +
                     "); the database is as its last complete write left it.")
                     .ToString()
              << '\n';
    return 1;
  }
}
