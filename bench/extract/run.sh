#!/usr/bin/env bash
# The extractor's scores on the development sets (builds nothing):
#
#   bench/extract/run.sh [BINARY] [score.py options]     BINARY defaults to build/causalkg
#
# Turns the sets in bench/extract/data/ into texts and gold spans under
# bench/extract/work/gold/ and scores BINARY on them: the project's own set (data/own,
# kept with the project, scored per language) always, the two fetched sets when
# bench/extract/get_data.sh has placed them.
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
if [ -e bench/extract/data/cnc/train_subtask2.csv ] && [ -e bench/extract/data/because-masc/LICENSE ]; then
  python3 bench/extract/convert.py
else
  echo "bench/extract/run.sh: the fetched sets are not in bench/extract/data (bench/extract/get_data.sh): scoring the own set only" >&2
  rm -f bench/extract/work/gold/cnc.jsonl bench/extract/work/gold/because-masc.jsonl
  python3 bench/extract/convert.py --own-only
fi
exec python3 bench/extract/score.py "$binary" "$@"
