"""Loops of real models, FREE 6 and Industrial Dynamics' chapter 15
(tests/data/import/vensim/metasd), counted
by causalkg (COUNT LOOPS, and LOOPS streamed as JSON Lines) and by networkx's
simple_cycles on the claims causalkg exports (tests/loops/networkx_loops.py):
by length and type R, B, U, they must agree; and the shortest independent
loop set must hold each of its components' links and no more loops than the
component's cyclomatic number."""

import json
import os
import subprocess
import sys
from collections import Counter

import pytest

from conftest import SOURCE_DIR

sys.path.insert(0, str(SOURCE_DIR / "tests" / "loops"))
import networkx_loops  # noqa: E402

BINARY = os.environ.get("CAUSALKG_BINARY") or str(SOURCE_DIR / "build" / "causalkg")
MODELS = SOURCE_DIR / "tests" / "data" / "import" / "vensim" / "metasd"
MODEL = MODELS / "free6.mdl"


def run(binary, db, *args):
    done = subprocess.run([binary, "--db", str(db), *args], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture(scope="module")
def free6(tmp_path_factory):
    db = tmp_path_factory.mktemp("free6") / "db"
    run(BINARY, db, "--empty", "load", str(MODEL))
    return db, json.loads(run(BINARY, db, "export", "--format", "json"))


def counted(binary, db, depth):
    answer = json.loads(run(binary, db, "query", f"COUNT LOOPS DEPTH {depth}", "--format", "json"))
    return {row["length"]: {t: row[t] for t in "RBU"} for row in answer["lengths"]}, answer


@pytest.mark.parametrize("depth", [1, 6, 12, 20])
def test_count_loops_agrees_with_networkx(binary, free6, depth):
    db, document = free6
    expected = networkx_loops.loop_tally(document, depth)
    tally, answer = counted(binary, db, depth)
    assert tally == expected
    assert answer["total"]["total"] == sum(sum(t.values()) for t in expected.values())
    assert answer["total"]["total"] > 0


def test_streamed_loops_agree_with_networkx(binary, free6):
    db, document = free6
    expected = networkx_loops.loop_tally(document, 16)
    lines = run(binary, db, "query", "LOOPS DEPTH 16", "--format", "jsonl").splitlines()
    streamed = Counter()
    for line in lines:
        loop = json.loads(line)
        assert loop["length"] == len(loop["nodes"]) == len(loop["steps"])
        streamed[(loop["length"], loop["type"])] += 1
    assert streamed == Counter({(k, t): n for k, v in expected.items() for t, n in v.items() if n})
    # Each loop once.
    assert len({line for line in lines}) == len(lines)


def test_independent_loop_set_covers_each_component(binary, free6):
    db, document = free6
    answer = json.loads(run(binary, db, "query", "LOOPS INDEPENDENT LIMIT 100000", "--format",
                            "json"))
    links = networkx_loops.causal_links(document)
    loops = answer["paths"]
    covered = set()
    for loop in loops:
        nodes = loop["nodes"]
        steps = [(nodes[i], s["relation"], nodes[(i + 1) % len(nodes)])
                 for i, s in enumerate(loop["steps"])]
        assert any(step not in covered for step in steps), "a loop adds no link"
        covered.update(steps)
    lengths = [loop["length"] for loop in loops]
    assert lengths == sorted(lengths) or len(answer["components"]) > 1
    total = 0
    for component in answer["components"]:
        assert 1 <= component["independent_loops"] <= component["cyclomatic_number"]
        assert component["cyclomatic_number"] == component["links"] - component["nodes"] + 1
        total += component["independent_loops"]
    assert total == len(loops)
    # Every link on a loop is on a loop of the set.
    on_loops = sum(c["links"] for c in answer["components"])
    assert len(covered) == on_loops
    assert sum(len(v) for v in links.values()) >= on_loops


def test_every_loop_of_industrial_dynamics_agrees_with_networkx(tmp_path):
    """DEPTH ALL: every loop of Forrester's chapter 15 model (874), against
    networkx's unbounded simple_cycles."""
    db = tmp_path / "db"
    run(BINARY, db, "--empty", "load", str(MODELS / "IDch15d.mdl"))
    document = json.loads(run(BINARY, db, "export", "--format", "json"))
    expected = networkx_loops.loop_tally(document, None)
    tally, answer = counted(BINARY, db, "ALL")
    assert tally == expected
    assert answer["depth"] == "all"
    assert answer["total"]["total"] == sum(sum(t.values()) for t in expected.values()) == 874
    listed = run(BINARY, db, "query", "LOOPS DEPTH ALL", "--format", "csv").splitlines()
    assert len(listed) == 874 + 1
