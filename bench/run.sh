#!/usr/bin/env bash
# One command for the benchmark (called by ./run.sh bench):
#
#   bench/run.sh [M]                       make a workload of M claims (default 100000) and run it
#   bench/run.sh CLAIMS.jsonl QUERIES.txt  run it on a claims file and a queries file as gen.py writes
#                                          them (an edges TSV is made from the claims for SQLite)
#
# The workload files go to bench/data/ (not tracked); the databases to bench/work/. With M, the
# same claims with evidence (gen.py --evidence) are asked Q2-Q5 with and without conditions on
# the evidence of each step, in the same run.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/data bench/work
if [ $# -ge 2 ]; then
  claims=$1 queries=$2
  edges=bench/data/$(basename "$claims" .jsonl).tsv
  python3 -c '
import json, sys
with open(sys.argv[1]) as src, open(sys.argv[2], "w") as out:
    for line in src:
        if line.strip():
            c = json.loads(line)
            if "subject" in c:
                out.write("%s\t%s\t%s\n" % (c["subject"], c["relation"], c["object"]))
' "$claims" "$edges"
else
  m=${1:-100000}
  claims=bench/data/claims-$m.jsonl edges=bench/data/edges-$m.tsv queries=bench/data/queries-$m.txt
  evidence=bench/data/claims-$m-evidence.jsonl
  if [ ! -f "$queries" ] || [ ! -f "$evidence" ]; then
    echo "bench: generating a workload of $m claims..." >&2
    python3 bench/gen.py "$m" --out bench/data --evidence >/dev/null
  fi
fi
exec build/bench/causalkg_bench --claims "$claims" --edges "$edges" --queries "$queries" \
  --binary build/causalkg --work bench/work ${evidence:+--evidence-claims "$evidence"}
