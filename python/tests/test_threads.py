"""The GIL is released while a statement runs, and one database serves
several threads: reads side by side, writes one at a time."""

import threading
import time

import causalkg


def layered_claims(width, layers):
    """s -> each node of layer 0 -> each node of layer 1 -> ... -> t: width**layers
    chains from s to t, all of sign +."""
    claims = [{"subject": "s", "relation": "increases", "object": f"n0_{j}"}
              for j in range(width)]
    for i in range(layers - 1):
        claims += [{"subject": f"n{i}_{j}", "relation": "increases", "object": f"n{i + 1}_{k}"}
                   for j in range(width) for k in range(width)]
    claims += [{"subject": f"n{layers - 1}_{j}", "relation": "increases", "object": "t"}
               for j in range(width)]
    return claims


def test_other_threads_run_while_a_statement_runs(tmp_path):
    with causalkg.open(tmp_path / "db") as db:
        db.load_claims(layered_claims(width=6, layers=7))
        text = "PATHS FROM s TO t DEPTH 8 LIMIT 1000000"
        span = {}

        def worker():
            span["start"] = time.monotonic()
            span["result"] = db.query(text)
            span["end"] = time.monotonic()

        ticks = []
        thread = threading.Thread(target=worker)
        thread.start()
        while thread.is_alive():
            ticks.append(time.monotonic())
        thread.join()
        # 6**7 chains of 8 steps, cut at what one result may hold.
        assert span["result"].capped and len(span["result"]) == 2_500_000 // 17
        took = span["end"] - span["start"]
        assert took > 0.1
        # This thread ran Python all through the statement: had the GIL been
        # held while it ran, there would be a gap of about its whole time.
        during = [span["start"]] + [t for t in ticks if span["start"] < t < span["end"]]
        widest = max(b - a for a, b in zip(during, during[1:] + [span["end"]]))
        assert widest < took / 2, (widest, took)


def test_reads_and_writes_from_several_threads(tmp_path, small_claims):
    with causalkg.open(tmp_path / "db") as db:
        db.load(small_claims)
        errors = []

        def read():
            try:
                for _ in range(50):
                    rows = db.query("PATHS FROM a TO c").rows
                    assert [r["sign"] for r in rows] == ["?", "-"]
            except Exception as e:  # noqa: BLE001 - reported below
                errors.append(e)

        def write(n):
            try:
                for i in range(20):
                    db.add(f"w{n}_{i}", "increases", "a")
            except Exception as e:  # noqa: BLE001 - reported below
                errors.append(e)

        threads = [threading.Thread(target=read) for _ in range(3)]
        threads += [threading.Thread(target=write, args=(n,)) for n in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
        assert db.query("COUNT MATCH ?w increases a").rows == [{"count": 41}]


def test_close_waits_and_later_calls_fail(tmp_path):
    db = causalkg.open(tmp_path / "db")
    db.load_claims(layered_claims(width=5, layers=6))
    outcome = []

    def worker():
        try:
            outcome.append(len(db.query("PATHS FROM s TO t DEPTH 7 LIMIT 1000000")))
        except causalkg.UsageError:
            outcome.append("closed")

    thread = threading.Thread(target=worker)
    thread.start()
    db.close()
    thread.join()
    # Either the statement ran whole before the close, or it met a closed database.
    assert outcome in ([5 ** 6], ["closed"])
    assert db.closed
