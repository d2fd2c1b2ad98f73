#include "cli/shell/shell.hpp"
#include "engine/storage/store.hpp"
