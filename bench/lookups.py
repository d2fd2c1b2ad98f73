#!/usr/bin/env python3
"""Q1's 1000 look-ups one statement at a time, against Python's sqlite3 module.

  python3 bench/lookups.py [M] [--build DIR]
      (M default 100000; ./run.sh bench builds first; --build names another
      build folder, e.g. a copy of an older build to compare against, whose
      causalkg binary and python/ module are measured instead of build/'s)

For each of the 1000 Q1 nodes of the workload of bench/gen.py (M claims),
the count of its causal out-edges: causalkg's
    COUNT MATCH $n ?r ?o WHERE sign(?r) != 'none'
against SQLite's
    SELECT count(*) FROM edges WHERE s = ? AND sign != 0
on the same claims (SQLite's table and indexes as bench/sqlite_runner.cpp
makes them), one statement per look-up, in the same run:

 1. In one Python process: a loop of 1000 calls, timed around the loop:
    causalkg's prepared statement, `stmt(n=node).rows[0]["count"]`, against
    sqlite3's `con.execute(sql, (node,)).fetchone()[0]`.
 2. Whole processes reading their look-ups on stdin and printing one answer
    a line: `causalkg` reading a piped script, against a
    `python3` process that reads the nodes and asks sqlite3. The script is
    `.param set n NODE` and the same statement each time (parsed once), and
    separately literal statements (parsed each time). Timed from start to
    exit; beside it, the cost of one look-up: the time of 1000 less the
    time of the same process given only the first, over 999 (so that what
    the first look-up sets up, such as sqlite3 reading its schema, counts
    as start-up for both).

Times are CPU time (user + system, of this process and of the processes
it starts, from getrusage), not wall-clock time: on a shared machine they
say what the look-ups cost rather than how long they waited for a core.
Every figure is the median of 11 runs after one untimed run. The answers
are checked: every way must give the same 1000 counts.
"""
import os
import pathlib
import resource
import sqlite3
import statistics
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def build_folder():
    if "--build" in sys.argv:
        at = sys.argv.index("--build")
        folder = pathlib.Path(sys.argv[at + 1]).resolve()
        del sys.argv[at:at + 2]
        return folder
    return ROOT / "build"


BUILD = build_folder()
BINARY = BUILD / "causalkg"
sys.path.insert(0, str(BUILD / "python"))
import causalkg  # noqa: E402

SIGNS = {"amplifies": 1, "increases": 1, "strengthens": 1,
         "weakens": -1, "decreases": -1, "erodes": -1}
STATEMENT = "COUNT MATCH $n ?r ?o WHERE sign(?r) != 'none'"
SQL = "SELECT count(*) FROM edges WHERE s = ? AND sign != 0"
RUNS = 11

SQLITE_PROCESS = r"""
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
out = sys.stdout
for line in sys.stdin:
    out.write("%d\n" % con.execute(sys.argv[2], (line.strip(),)).fetchone()[0])
"""


def workload(m):
    data = ROOT / "bench" / "data"
    claims, edges, queries = (data / f"claims-{m}.jsonl", data / f"edges-{m}.tsv",
                              data / f"queries-{m}.txt")
    if not queries.exists():
        print(f"lookups: generating a workload of {m} claims...", file=sys.stderr)
        data.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, str(ROOT / "bench" / "gen.py"), str(m), "--out",
                        str(data)], check=True, stdout=subprocess.DEVNULL)
    nodes = []
    for line in queries.read_text().splitlines():
        if line.startswith("Q1 "):
            nodes = line.split()[1:]
    return claims, edges, nodes


def sqlite_database(edges, path):
    if path.exists():
        return
    tmp = path.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    con = sqlite3.connect(tmp)
    con.execute("CREATE TABLE edges(s TEXT NOT NULL, r TEXT NOT NULL, o TEXT NOT NULL, "
                "sign INTEGER NOT NULL)")
    with open(edges) as src:
        rows = (line.rstrip("\n").split("\t") for line in src if line.strip())
        con.executemany("INSERT INTO edges VALUES (?, ?, ?, ?)",
                        ((s, r, o, SIGNS.get(r, 0)) for s, r, o in rows))
    con.execute("CREATE INDEX edges_s ON edges(s, sign, o)")
    con.execute("CREATE INDEX edges_o ON edges(o, sign, s)")
    con.execute("ANALYZE")
    con.commit()
    con.close()
    tmp.rename(path)


def causalkg_database(claims, path):
    if path.exists():
        return
    tmp = path.with_name(path.name + ".tmp")
    subprocess.run(["rm", "-rf", str(tmp)], check=True)
    subprocess.run([str(BINARY), "--db", str(tmp), "--empty", "load", str(claims)], check=True,
                   stdout=subprocess.DEVNULL)
    tmp.rename(path)


def cpu_seconds():
    """CPU time (user + system) of this process and of its children that
    have ended: on a shared machine, what the look-ups cost rather than how
    long they waited for a core."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def median_time(run):
    run()
    times = []
    for _ in range(RUNS):
        start = cpu_seconds()
        run()
        times.append(cpu_seconds() - start)
    return statistics.median(times)


def in_process(kg_path, sqlite_path, nodes):
    answers = {}
    con = sqlite3.connect(sqlite_path)

    def sqlite_loop():
        answers["sqlite3"] = [con.execute(SQL, (n,)).fetchone()[0] for n in nodes]

    db = causalkg.open(kg_path, read_only=True)
    stmt = db.prepare(STATEMENT)

    def causalkg_loop():
        answers["causalkg"] = [stmt(n=n).rows[0]["count"] for n in nodes]

    times = {"sqlite3": median_time(sqlite_loop), "causalkg": median_time(causalkg_loop)}
    db.close()
    con.close()
    return times, answers


def process_time(command, stdin_text):
    outputs = []

    def run():
        done = subprocess.run(command, input=stdin_text, capture_output=True, text=True)
        if done.returncode != 0:
            sys.exit(f"lookups: {command[0]} failed: {done.stderr.strip()}")
        outputs.append(done.stdout)

    return median_time(run), outputs[-1]


def counts_of_csv(text):
    return [int(line) for line in text.splitlines() if line.strip().isdigit()]


def whole_processes(kg_path, sqlite_path, nodes):
    kg = [str(BINARY), "--db", str(kg_path)]
    sq = [sys.executable, "-c", SQLITE_PROCESS, str(sqlite_path), SQL]
    param_script = ".mode csv\n" + "".join(f".param set n {n}\n{STATEMENT};\n" for n in nodes)
    literal_script = ".mode csv\n" + "".join(STATEMENT.replace("$n", n) + ";\n" for n in nodes)
    rows = {}
    answers = {}
    first = nodes[:1]
    for name, command, text, one in (
            ("sqlite3 (python3 process)", sq, "".join(n + "\n" for n in nodes),
             "".join(n + "\n" for n in first)),
            ("causalkg, .param set + one statement", kg, param_script,
             ".mode csv\n" + "".join(f".param set n {n}\n{STATEMENT};\n" for n in first)),
            ("causalkg, literal statements", kg, literal_script,
             ".mode csv\n" + "".join(STATEMENT.replace("$n", n) + ";\n" for n in first))):
        whole, out = process_time(command, text)
        started, _ = process_time(command, one)
        rows[name] = (whole, (whole - started) / (len(nodes) - 1))
        answers[name] = [int(x) for x in out.split()] if name.startswith("sqlite3") \
            else counts_of_csv(out)
    return rows, answers


def main():
    m = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    claims, edges, nodes = workload(m)
    work = ROOT / "bench" / "work"
    work.mkdir(parents=True, exist_ok=True)
    sqlite_path = work / f"lookups-{m}.sqlite"
    kg_path = work / f"lookups-{m}.causalkg"
    sqlite_database(edges, sqlite_path)
    causalkg_database(claims, kg_path)

    times, answers = in_process(kg_path, sqlite_path, nodes)
    rows, process_answers = whole_processes(kg_path, sqlite_path, nodes)
    answers.update(process_answers)
    expected = answers["sqlite3"]
    for name, got in answers.items():
        if got != expected:
            sys.exit(f"lookups: {name} answers differ from sqlite3's")

    n = len(nodes)
    print(f"{n} look-ups of Q1 on {m} claims, one statement each; total count {sum(expected)}")
    print("\nCPU time, user + system; median of %d runs" % RUNS)
    print("\n1. In one Python process (the loop timed)")
    print(f"   {'':38} {'1000 look-ups':>14} {'one':>9} {'vs sqlite3':>11}")
    base = times["sqlite3"]
    for name, label in (("sqlite3", "sqlite3, execute(sql, (node,))"),
                        ("causalkg", "causalkg, prepared stmt(n=node)")):
        t = times[name]
        print(f"   {label:38} {t * 1e3:11.2f} ms {t / n * 1e6:6.2f} µs {base / t:10.2f}x")
    print("\n2. Whole processes, look-ups piped on stdin (start to exit)")
    print(f"   {'':38} {'1000 look-ups':>14} {'vs sqlite3':>11} {'one (less start)':>17} "
          f"{'vs sqlite3':>11}")
    base_whole, base_one = rows["sqlite3 (python3 process)"]
    for name, (whole, one) in rows.items():
        print(f"   {name:38} {whole * 1e3:11.2f} ms {base_whole / whole:10.2f}x "
              f"{one * 1e6:14.2f} µs {base_one / one:10.2f}x")
    print("\n(vs sqlite3: sqlite3's time over causalkg's; above 1 is faster than sqlite3)")


if __name__ == "__main__":
    main()
