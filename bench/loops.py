#!/usr/bin/env python3
"""The loop benchmark: causalkg's LOOPS and COUNT LOOPS against networkx, on a
real model (FREE 6, tests/data/import/vensim/metasd/free6.mdl) and on a
synthetic strongly connected graph of World3's size (300 variables, 470
links, seed 15).

For each graph, in one run:
  COUNT LOOPS DEPTH 30                 causalkg query, a whole process (target < 1 s)
  LOOPS DEPTH 40 --format csv > file   streamed, a whole process, peak memory (target < 5 s)
  networkx.simple_cycles(length_bound) 30 and 40 steps, on the claims causalkg
                                       exports, with each loop typed R, B or U
and the ratios. Each causalkg time is the median of 3 runs; networkx runs once.

  python3 bench/loops.py [--causalkg build/causalkg] [--skip-networkx-40]

Writes a Markdown table to stdout; work files go to bench/work/loops/."""

import argparse
import json
import os
import pathlib
import random
import resource
import statistics
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "loops"))
import networkx_loops  # noqa: E402

WORK = ROOT / "bench" / "work" / "loops"
FREE6 = ROOT / "tests" / "data" / "import" / "vensim" / "metasd" / "free6.mdl"


def synthetic(path, nodes=300, links=470, seed=15):
    """A ring through every variable (so one strongly connected component),
    plus chords forwards or backwards 2 to 100 places along it: with seed 15,
    71 loops of at most 12 steps, 21,750 of at most 30 and 582,931 of at most
    40 (World3: 281, 103,520, about 660,000). Signs + (60%), - (35%), ? (5%)."""
    rng = random.Random(seed)
    pairs = set()
    for i in range(nodes):
        pairs.add((i, (i + 1) % nodes))
    while len(pairs) < links:
        a = rng.randrange(nodes)
        d = rng.randint(2, 100)
        b = (a - d) % nodes if rng.random() < 0.5 else (a + d) % nodes
        if a != b:
            pairs.add((a, b))
    claims = []
    for a, b in sorted(pairs):
        r = rng.random()
        relation = "increases" if r < 0.60 else "decreases" if r < 0.95 else "influences"
        claims.append({"subject": "v%03d" % a, "relation": relation, "object": "v%03d" % b})
    document = {"format": "causalkg/1",
                "relations": [{"id": "increases", "polarity": "+"},
                              {"id": "decreases", "polarity": "-"},
                              {"id": "influences", "polarity": "?"}],
                "claims": claims}
    path.write_text(json.dumps(document))


def run(binary, db, *args, stdout=subprocess.PIPE):
    done = subprocess.run([binary, "--db", str(db), *args], stdout=stdout,
                          stderr=subprocess.PIPE, text=True, check=False)
    if done.returncode != 0:
        sys.exit("causalkg %s: %s" % (" ".join(args), done.stderr))
    return done.stdout


def timed(binary, db, args, out_file=None, runs=3):
    """Median seconds of `runs` whole processes, and the largest peak RSS (MB)."""
    seconds, peak = [], 0.0
    for _ in range(runs):
        start = time.perf_counter()
        if out_file:
            with open(out_file, "w") as f:
                proc = subprocess.Popen([binary, "--db", str(db), *args], stdout=f,
                                        stderr=subprocess.PIPE)
        else:
            proc = subprocess.Popen([binary, "--db", str(db), *args], stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE)
        out, err = proc.communicate()
        status = proc.returncode
        seconds.append(time.perf_counter() - start)
        if status != 0:
            sys.exit("causalkg %s failed: %s" % (" ".join(args), err))
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return statistics.median(seconds), peak, out


def bench(name, binary, db, depths=(30, 40), networkx_40=True):
    document = json.loads(run(binary, db, "export", "--format", "json"))
    links = sum(len(v) for v in networkx_loops.causal_links(document).values())
    nodes = len({n for pair in networkx_loops.causal_links(document) for n in pair})
    rows = []
    count_s, _, out = timed(binary, db, ["query", "COUNT LOOPS DEPTH %d" % depths[0],
                                         "--format", "json"])
    counted = json.loads(out)["total"]
    stream_file = WORK / ("%s-loops-%d.csv" % (name, depths[1]))
    stream_s, stream_mb, _ = timed(binary, db, ["query", "LOOPS DEPTH %d" % depths[1],
                                                "--format", "csv"], out_file=stream_file)
    streamed = sum(1 for _ in open(stream_file)) - 1
    size_mb = stream_file.stat().st_size / 1e6
    stream_file.unlink()
    start = time.perf_counter()
    nx30 = networkx_loops.loop_tally(document, depths[0])
    nx30_s = time.perf_counter() - start
    nx30_total = sum(sum(t.values()) for t in nx30.values())
    nx40_s = nx40_total = None
    if networkx_40:
        start = time.perf_counter()
        nx40 = networkx_loops.loop_tally(document, depths[1])
        nx40_s = time.perf_counter() - start
        nx40_total = sum(sum(t.values()) for t in nx40.values())
    agree30 = nx30_total == counted["total"] and all(
        sum(t[k] for t in nx30.values()) == counted[k] for k in "RBU")
    rows.append("| %s (%d nodes, %d links) | COUNT LOOPS DEPTH %d | %.3f s | %.2f s | %s | %s R, %s B, %s U = %s | %s |" % (
        name, nodes, links, depths[0], count_s, nx30_s, "%.0fx" % (nx30_s / count_s),
        "{:,}".format(counted["R"]), "{:,}".format(counted["B"]), "{:,}".format(counted["U"]),
        "{:,}".format(counted["total"]), "agree" if agree30 else "DIFFER: networkx %d" % nx30_total))
    rows.append("| %s | LOOPS DEPTH %d to a CSV file | %.2f s, peak %.0f MB, %.0f MB written | %s | %s | %s loops | %s |" % (
        name, depths[1], stream_s, stream_mb, size_mb,
        "%.1f s" % nx40_s if nx40_s is not None else "not run",
        "%.0fx" % (nx40_s / stream_s) if nx40_s is not None else "",
        "{:,}".format(streamed),
        ("agree" if nx40_total == streamed else "DIFFER: networkx %d" % nx40_total)
        if nx40_total is not None else ""))
    return rows


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--causalkg", default=str(ROOT / "build" / "causalkg"))
    parser.add_argument("--skip-networkx-40", action="store_true")
    args = parser.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    rows = []
    free6_db = WORK / "free6.db"
    if not free6_db.exists():
        run(args.causalkg, free6_db, "--empty", "load", str(FREE6))
    rows += bench("FREE 6", args.causalkg, free6_db, networkx_40=not args.skip_networkx_40)
    synthetic_json = WORK / "synthetic-300.json"
    synthetic_db = WORK / "synthetic-300.db"
    if not synthetic_db.exists():
        synthetic(synthetic_json)
        run(args.causalkg, synthetic_db, "--empty", "load", str(synthetic_json))
    rows += bench("synthetic", args.causalkg, synthetic_db,
                  networkx_40=not args.skip_networkx_40)
    print("| graph | statement | causalkg | networkx | ratio | loops | vs networkx |")
    print("|---|---|---:|---:|---:|---:|---|")
    for row in rows:
        print(row)


if __name__ == "__main__":
    main()
