#!/usr/bin/env bash
# Times `causalkg load` of the same claims as JSON Lines and as CSV, each into a fresh database,
# and prints the ratio. The CSV reader's target: within 1.2x of JSON Lines.
#
#   bench/csv_vs_jsonl.sh [M] [--evidence] [--runs N]
#
# M claims (default 1000000) from bench/gen.py (bench/data/claims-M.jsonl, made when missing);
# --evidence gives every claim a source, a quote holding a comma (so that the CSV quotes it),
# a modality and a confidence. The CSV is written from the JSON Lines by Python's csv module.
# Each load is a whole process, as a user runs it; the median of N runs (default 3) counts.
set -euo pipefail
cd "$(dirname "$0")/.."
m=1000000 runs=3 evidence=0
while [ $# -gt 0 ]; do
  case $1 in
    --evidence) evidence=1 ;;
    --runs) runs=$2; shift ;;
    *) m=$1 ;;
  esac
  shift
done
mkdir -p bench/data bench/work
claims=bench/data/claims-$m.jsonl
if [ ! -f "$claims" ]; then
  echo "bench: generating a workload of $m claims..." >&2
  python3 bench/gen.py "$m" --out bench/data >/dev/null
fi
exec python3 - "$claims" "$evidence" "$runs" <<'EOF'
import csv, json, os, shutil, statistics, subprocess, sys, time

claims, evidence, runs = sys.argv[1], sys.argv[2] == "1", int(sys.argv[3])
jsonl = claims
if evidence:
    jsonl = claims.replace("claims-", "evidence-")
    if not os.path.exists(jsonl):
        with open(claims) as src, open(jsonl, "w") as out:
            for i, line in enumerate(src):
                c = json.loads(line)
                c.update(source="s%d" % (i % 1000),
                         quote="a verbatim quote from the report, number %d, long enough "
                               "to leave the small-string buffer" % i,
                         modality="can", confidence=0.5)
                out.write(json.dumps(c, separators=(",", ":")) + "\n")
columns = ["subject", "relation", "object", "source", "quote", "modality", "confidence"]
table = jsonl[:-len(".jsonl")] + ".csv"
if not os.path.exists(table) or os.path.getmtime(table) < os.path.getmtime(jsonl):
    with open(jsonl) as src, open(table, "w", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        for line in src:
            c = json.loads(line)
            writer.writerow(["" if c.get(k) is None else c[k] for k in columns])

def load(path, db):
    shutil.rmtree(db, ignore_errors=True)
    start = time.perf_counter()
    done = subprocess.run(["build/causalkg", "--db", db, "load", path],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit("bench: loading %s failed: %s" % (path, done.stderr.strip()))
    return elapsed, done.stdout.splitlines()[0]

times = {"jsonl": [], "csv": []}
for _ in range(runs):  # alternated, so that a busy moment falls on both
    for kind, path in (("jsonl", jsonl), ("csv", table)):
        elapsed, said = load(path, "bench/work/%s-db" % kind)
        times[kind].append(elapsed)
        summary = said
for kind in ("jsonl", "csv"):
    print("%-5s %7.3f s  (runs: %s)" % (kind, statistics.median(times[kind]),
                                         ", ".join("%.3f" % t for t in times[kind])))
ratio = statistics.median(times["csv"]) / statistics.median(times["jsonl"])
print("csv / jsonl: %.2fx (target: at most 1.20x)" % ratio)
print("each: " + summary)
EOF
