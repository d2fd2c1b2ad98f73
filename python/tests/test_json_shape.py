"""A result's ``data`` is what ``causalkg query --format json`` prints for the
same statement on the same database: the same fields, names and values, so
that a user moves between the binary and Python without a dictionary."""

import json
import shutil
import subprocess

import pytest

import causalkg
from conftest import SOURCE_DIR

SMALL_STATEMENTS = [
    "PATHS FROM a TO c",
    "PATHS FROM a TO c SIGN - LIMIT 1",
    "SHORTEST FROM b TO a",
    "LOOPS",
    "LOOPS THROUGH b",
    "EFFECTS OF a",
    "CAUSES OF a DEPTH 1",
    "LEVERS FOR c",
    "BLINDSPOTS FOR c",
    "MATCH ?x ?r ?y",
    "MATCH ?x increases ?y RETURN ?y ORDER BY ?y DESC LIMIT 1",
    "COUNT MATCH ?s ?r ?o",
    "WHY a increases b",
    "WHY b a",
    "WHY policy is_a lever",
    "CONTRADICTIONS",
    "EXPLAIN PATHS FROM a TO c",
    "EXPLAIN MATCH ?x increases ?y, ?y decreases ?z",
]

REPORT_STATEMENTS = [
    "PATHS FROM digitalisation TO social_cohesion",
    "EFFECTS OF digitalisation",
    "LEVERS FOR 'digital inequality'",
    "BLINDSPOTS FOR 'digital inequality'",
    "WHY digitalisation strengthens individualisation",
    "CONTRADICTIONS",
    "CONTRADICTIONS FOR social_cohesion",
    "CONTRADICTIONS CHAINS FROM digitalisation TO social_cohesion",
    "PATHS FROM digitalisation TO social_cohesion WHERE modality != 'can' ORDER BY belief DESC",
    "EFFECTS OF digitalisation MIN BELIEF 0.6",
    "MATCH ?a ?r social_cohesion EVIDENCE ?e WHERE ?e.confidence >= 0.5 "
    "RETURN ?a, ?e.quote, ?e.confidence, ?e.start",
    "MATCH digitalisation ?r ?b EVIDENCE ?e RETURN ?b, ?e LIMIT 3",
]


def binary_json(binary, path, text):
    out = subprocess.run([binary, "--db", str(path), "query", text, "--format", "json"],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


@pytest.fixture(scope="module")
def small_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("shape") / "small.db"
    with causalkg.open(path) as db:
        db.load(SOURCE_DIR / "python" / "tests" / "data" / "small.json")
    return path


@pytest.fixture(scope="module")
def report_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("shape") / "report.db"
    with causalkg.open(path, seed=True) as db:
        db.load(SOURCE_DIR / "kb" / "examples" / "online-communities.json")
    return path


@pytest.mark.parametrize("text", SMALL_STATEMENTS)
def test_small_graph_results_are_the_binarys_json(small_db, binary, text):
    expected = binary_json(binary, small_db, text)
    with causalkg.open(small_db, read_only=True) as db:
        assert db.query(text).data == expected


@pytest.mark.parametrize("text", REPORT_STATEMENTS)
def test_report_results_are_the_binarys_json(report_db, binary, text):
    expected = binary_json(binary, report_db, text)
    with causalkg.open(report_db, read_only=True) as db:
        result = db.query(text)
    assert result.data == expected
    # Not vacuous: each of these statements has rows on the report.
    assert len(result) > 0


def test_a_write_is_the_binarys_json(small_db, binary, tmp_path):
    copy = tmp_path / "copy.db"
    shutil.copytree(small_db, copy)
    text = "ADD a increases policy QUOTE 'a grows the policy' SOURCE memo CONFIDENCE 0.5"
    expected = binary_json(binary, copy, text)
    with causalkg.open(small_db) as db:
        result = db.query(text)
        db.query("REMOVE a increases policy")
    assert result.data == expected
    assert result.message.startswith("Added")


def test_dutch_labels_are_the_binarys(report_db, binary):
    text = "PATHS FROM digitalisation TO social_cohesion"
    out = subprocess.run([binary, "--db", str(report_db), "--lang", "nl", "query", text,
                          "--format", "json"], capture_output=True, text=True, check=True)
    with causalkg.open(report_db, read_only=True, language="nl") as db:
        assert db.query(text).data == json.loads(out.stdout)


def test_a_match_cell_of_evidence_has_a_value_and_no_label(report_db):
    with causalkg.open(report_db, read_only=True) as db:
        result = db.query("MATCH ?a ?r social_cohesion EVIDENCE ?e RETURN ?a, ?e.source")
    assert len(result.rows) > 0
    for row, labels in zip(result.data["rows"], result.data["labels"]):
        assert isinstance(row[0], str) and isinstance(labels[0], str)
        assert labels[1] is None
        assert row[1] in ("scp-2025", "wikipedia-internet-communities")
