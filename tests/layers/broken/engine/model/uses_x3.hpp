#include <boost/spirit/home/x3.hpp>
#include "engine/exec/executor.hpp"
