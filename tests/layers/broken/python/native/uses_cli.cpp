#include "cli/render/json_output.hpp"
#include "engine/model/result.hpp"
#include "kb/ingest/load.hpp"
