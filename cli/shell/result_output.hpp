// Where the shell's results go: the terminal (through a pager when a result
// is taller than the screen), every result to a file after `.output FILE`,
// or the next one only after `.once FILE`.
#pragma once

#include <fstream>
#include <memory>
#include <ostream>
#include <sstream>
#include <string>

#include "engine/common/status.hpp"

namespace causalkg::cli {

class ResultOutput {
 public:
  // `terminal`: where results go when no file is named (standard output);
  // `errors`: where what is said beside them goes (standard error).
  ResultOutput(std::ostream& terminal, std::ostream& errors);

  // The stream a result is written to, between Begin() and End().
  std::ostream& stream() { return stream_; }
  // What is said beside a result (notes, warnings, errors): while a result
  // is held for the pager, held too, to follow it rather than come first.
  std::ostream& notes() { return notes_; }

  // .output FILE: every later result to FILE (made anew), until
  // SendToTerminal(). A file that cannot be written is refused, and the
  // results go where they went.
  Status SendToFile(const std::string& path);
  void SendToTerminal();
  // .once FILE: the next result only.
  Status SendNextToFile(const std::string& path);

  // The file results go to, "" for the terminal; the one the next goes to.
  const std::string& file() const { return file_path_; }
  const std::string& next_file() const { return once_path_; }

  // Starts a result. With `pager` (a command) it is held until End(), which
  // pages it when it is taller than the terminal. Returns whether it goes
  // to a file (to be written without colour and not cut to the terminal's
  // width).
  bool Begin(const std::string& pager);
  // Ends the result begun: pages or shows what was held, closes the file of
  // .once. An error when writing a file failed, or the pager did not run
  // (what it was to show is then shown without it).
  Status End(std::size_t rows, std::size_t columns);

  // Whether End() flushes a result shown on the terminal (at a terminal);
  // a script's results gather, and notes (on stderr) flush them before
  // they are said, so that the two keep their order.
  void set_flush_each(bool flush) { flush_each_ = flush; }

 private:
  std::ostream& terminal_;
  std::ostream& errors_;
  std::ostream stream_;
  std::ostream notes_;
  std::ostringstream held_notes_;
  std::unique_ptr<std::ofstream> file_;
  std::string file_path_;
  std::unique_ptr<std::ofstream> once_;
  std::string once_path_;
  std::ostringstream held_;
  std::string pager_;  // of the result begun; "" when not held
  bool began_ = false;
  std::ofstream* writing_ = nullptr;  // the file of the result begun
  bool flush_each_ = true;
};

}  // namespace causalkg::cli
