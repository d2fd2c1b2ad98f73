// causalkg: the command line. Parses arguments and hands over to a command.
#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/commands.hpp"

namespace {

constexpr const char* kDescription =
    "causalkg: a knowledge graph of causal claims.\n"
    "Without a command, prints the database's contents and this help.";

}  // namespace

int main(int argc, char** argv) {
  using causalkg::cli::GlobalOptions;
  CLI::App app(kDescription, "causalkg");
  app.set_version_flag("--version", std::string("causalkg ") + CAUSALKG_VERSION);
  GlobalOptions global;
  app.add_option("--db", global.db, "database directory (default: $CAUSALKG_DB, else ~/.local/share/causalkg/default)");
  app.add_flag("--empty", global.empty, "do not seed a new database with the bundled SCP report");

  std::vector<std::string> files;
  auto* load = app.add_subcommand("load", "load JSON or JSON Lines claims files (all or nothing)");
  load->add_option("files", files, "claims files (.json documents, .jsonl one claim a line)")->required();

  std::string export_format = "json", export_output;
  auto* export_cmd = app.add_subcommand("export", "write the database as claims (json, jsonl) or N-Triples");
  export_cmd->add_option("--format,-f", export_format, "json, jsonl or ntriples")->capture_default_str();
  export_cmd->add_option("-o,--output", export_output, "file to write (default: standard output)");

  std::string stats_format = "table";
  auto* stats = app.add_subcommand("stats", "count the nodes, relations, edges, evidence and sources");
  stats->add_option("--format,-f", stats_format, "table or json")->capture_default_str();
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

  if (*load) return causalkg::cli::RunLoad(global, files);
  if (*export_cmd) return causalkg::cli::RunExport(global, export_format, export_output);
  if (*stats) return causalkg::cli::RunStats(global, stats_format);
  const int code = causalkg::cli::RunStats(global, "table");
  std::cout << '\n' << app.help();
  return code;
}
