#include "engine/common/status.hpp"
