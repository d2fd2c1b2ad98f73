#!/usr/bin/env bash
# The extractor's scores on the development sets (builds nothing):
#
#   bench/extract/run.sh [BINARY] [score.py options]     BINARY defaults to build/causalkg
#
# Needs the sets in bench/extract/data/ (bench/extract/get_data.sh places them); turns
# them into texts and gold spans under bench/extract/work/gold/ and scores BINARY on them.
set -euo pipefail
cd "$(dirname "$0")/../.."
binary=build/causalkg
if [ $# -ge 1 ] && [ "${1#-}" = "$1" ]; then
  binary=$1
  shift
fi
if [ ! -x "$binary" ]; then
  echo "bench/extract/run.sh: no executable $binary (build it first: cmake --build build)" >&2
  exit 1
fi
python3 bench/extract/convert.py
exec python3 bench/extract/score.py "$binary" "$@"
