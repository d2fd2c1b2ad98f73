// A pager for results taller than the terminal, as psql uses one: $PAGER,
// else `less -FRX` when less is installed.
#pragma once

#include <string>

#include "engine/common/status.hpp"

namespace causalkg::cli {

// The command that pages: $PAGER when it is set and not empty, else
// "less -FRX" when `less` is on the PATH, else "" (none).
std::string PagerCommand();

// Whether `text` takes more rows than a terminal of `rows` rows and
// `columns` columns shows below a prompt (a line wider than the terminal
// takes several).
bool TallerThan(const std::string& text, std::size_t rows, std::size_t columns);

// Hands `text` to `command` (run by /bin/sh) on its standard input and waits
// for it to end; the person may quit it before reading everything.
Status Page(const std::string& text, const std::string& command);

}  // namespace causalkg::cli
