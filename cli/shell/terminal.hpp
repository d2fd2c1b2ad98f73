// What the shell needs to know about, and do with, the terminal.
#pragma once

#include <atomic>
#include <cstddef>

namespace causalkg::cli {

bool StdinIsTerminal();
bool StdoutIsTerminal();
// Columns of the terminal on stdout; 0 when it is not a terminal.
std::size_t TerminalWidth();
// Rows of the terminal on stdout; 0 when it is not a terminal.
std::size_t TerminalHeight();
// Colour only on a terminal, and never when NO_COLOR is set.
bool UseColour();

// Ctrl-C sets this flag instead of ending the process, so that it cancels
// the running query and leaves the shell usable.
void CatchInterrupts();
std::atomic<bool>& InterruptFlag();

}  // namespace causalkg::cli
