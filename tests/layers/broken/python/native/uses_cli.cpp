#include "cli/shell/shell.hpp"
#include "engine/model/result.hpp"
#include "kb/ingest/load.hpp"
