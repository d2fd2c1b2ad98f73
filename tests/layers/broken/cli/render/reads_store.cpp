#include "engine/model/result.hpp"
#include "engine/storage/store.hpp"
