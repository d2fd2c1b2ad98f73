"""Errors: their classes, positions and hints, and a store left as it was."""

import json
import os
import subprocess
import sys

import pytest

import causalkg


def json_documents(text):
    """The JSON documents printed one after another in `text`."""
    decoder, documents, at = json.JSONDecoder(), [], 0
    while text[at:].strip():
        while text[at].isspace():
            at += 1
        document, at = decoder.raw_decode(text, at)
        documents.append(document)
    return documents


def node_ids(db):
    return {node["id"] for node in db.nodes()}


def test_parse_error_has_line_column_and_caret(db):
    before = db.stats()
    text = "ADD p increases q;\nPATHS FROM a TO c DEPTH 99"
    with pytest.raises(causalkg.ParseError) as caught:
        db.query(text)
    error = caught.value
    assert error.kind == "Parse error"
    assert error.line == 2
    assert error.offset == text.index("99")
    assert error.column == text.index("99") - text.index("\n")
    assert str(error).startswith("Parse error: ")
    assert f"line 2, column {error.column}:\nPATHS FROM a TO c DEPTH 99\n" in str(error)
    # Nothing of the text ran: the ADD before the error did not either.
    assert error.results == []
    assert db.stats() == before and "p" not in node_ids(db)


def test_positions_are_the_binarys(db, binary):
    """The line and column Python gives are those of the binary's JSON error."""
    text = "LOOPS;\n  PATHS FROM a TO zzz"
    with pytest.raises(causalkg.Error) as caught:
        db.query(text)
    db.close()
    out = subprocess.run([binary, "--db", db.path, "query", text, "--format", "json"],
                         capture_output=True, text=True)
    assert out.returncode == 1
    printed = json_documents(out.stdout)[-1]["error"]
    assert (caught.value.line, caught.value.column) == (printed["line"], printed["column"])
    assert caught.value.kind == printed["kind"] == "Name error"
    assert caught.value.hint == printed.get("hint")


def test_unknown_name_is_a_name_error_with_a_hint(db):
    with pytest.raises(causalkg.NameError) as caught:
        db.query("PATHS FROM alpah TO c")
    error = caught.value
    assert error.code == "not_found"
    assert (error.line, error.column) == (1, 12)
    assert "alpha" in error.hint
    assert isinstance(error, causalkg.Error)


def test_a_failing_statement_changes_nothing_and_those_before_it_stay(db):
    with pytest.raises(causalkg.Error) as caught:
        db.query("ADD x increases y; ADD 'bad\x01name' increases y")
    error = caught.value
    assert isinstance(error, causalkg.QueryError)
    assert [r.kind for r in error.results] == ["write"]
    assert (error.line, error.column) == (1, 24)
    ids = node_ids(db)
    assert "x" in ids and "bad\x01name" not in ids


def test_output_clauses_are_refused_before_anything_runs(db):
    with pytest.raises(causalkg.UsageError) as caught:
        db.query("ADD p increases q; PATHS FROM a TO c AS JSON")
    assert caught.value.column == 20
    assert "p" not in node_ids(db)
    with pytest.raises(causalkg.UsageError):
        db.query("LOOPS TO 'loops.txt'")


def test_read_only_refuses_every_write(db, small_claims):
    before = db.stats()
    with causalkg.open(db.path, read_only=True) as reader:
        assert reader.read_only
        assert len(reader.query("PATHS FROM a TO c")) == 2
        writes = [
            lambda: reader.query("ADD a increases policy"),
            lambda: reader.query("REMOVE a increases b"),
            lambda: reader.query(f"LOAD '{small_claims}'"),
            lambda: reader.add("a", "increases", "policy"),
            lambda: reader.load(small_claims),
            lambda: reader.load_claims([{"subject": "a", "relation": "increases",
                                         "object": "policy"}]),
        ]
        for write in writes:
            with pytest.raises(causalkg.ReadOnlyError) as caught:
                write()
            assert caught.value.code == "read_only"
            assert isinstance(caught.value, causalkg.StorageError)
        assert reader.stats() == before
    assert db.stats() == before


def test_one_writer_across_processes(db):
    # The fixture's database is open for writing here: another process can
    # read it, not write it.
    script = (
        "import sys, causalkg\n"
        "path = sys.argv[1]\n"
        "with causalkg.open(path, read_only=True) as r:\n"
        "    print(len(r.query('PATHS FROM a TO c')))\n"
        "try:\n"
        "    causalkg.open(path)\n"
        "except causalkg.LockedError as e:\n"
        "    print(type(e).__name__, e.code)\n")
    out = subprocess.run([sys.executable, "-c", script, db.path], capture_output=True, text=True,
                         env=dict(os.environ), check=True)
    assert out.stdout.split("\n")[:2] == ["2", "LockedError locked"]
    # And within this process, a second writer is refused alike.
    with pytest.raises(causalkg.LockedError):
        causalkg.open(db.path)


def test_bad_file_loads_nothing(db):
    broken = os.path.join(os.path.dirname(__file__), "data", "broken.json")
    before, ids = db.stats(), node_ids(db)
    with pytest.raises(causalkg.LoadError) as caught:
        db.load(broken)
    error = caught.value
    assert error.file.endswith("broken.json")
    assert error.line == 5
    assert error.column is not None
    assert f"broken.json, line 5, column {error.column}: " in str(error)
    assert db.stats() == before and node_ids(db) == ids


def test_bad_file_among_good_ones_loads_none_of_them(tmp_path, small_claims):
    broken = os.path.join(os.path.dirname(__file__), "data", "broken.json")
    with causalkg.open(tmp_path / "db") as fresh:
        with pytest.raises(causalkg.LoadError):
            fresh.load([small_claims, broken])
        assert fresh.stats()["edges"] == 0


def test_missing_file_is_a_load_error(db, tmp_path, small_claims):
    before = db.stats()
    with pytest.raises(causalkg.LoadError) as caught:
        db.load([small_claims, tmp_path / "nowhere.json"])
    assert caught.value.file == str(tmp_path / "nowhere.json")
    assert db.stats() == before


def test_bad_claim_names_its_place_in_the_list(db):
    before = db.stats()
    claims = [
        {"subject": "x", "relation": "increases", "object": "y"},
        {"subject": "y", "relation": "increases", "object": "z", "source": "s",
         "confidence": 3},
    ]
    with pytest.raises(causalkg.LoadError) as caught:
        db.load_claims(claims)
    assert caught.value.file == "claims"
    assert caught.value.line == 2
    assert "confidence" in str(caught.value)
    assert db.stats() == before and "x" not in node_ids(db)


def test_closed_database_refuses_calls(tmp_path):
    db = causalkg.open(tmp_path / "db")
    db.close()
    db.close()
    with pytest.raises(causalkg.UsageError, match="closed"):
        db.query("LOOPS")
    with pytest.raises(causalkg.UsageError):
        db.stats()


def test_a_folder_of_something_else_is_refused_untouched(tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "todo.txt").write_text("not a database")
    with pytest.raises(causalkg.StorageError):
        causalkg.open(folder)
    assert os.listdir(folder) == ["todo.txt"]
