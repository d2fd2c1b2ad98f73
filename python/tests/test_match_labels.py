"""MATCH's JSON holds each cell's label beside its id: "labels", row for row
and column for column with "rows", in the language asked for; "rows" holds
the ids as before, so that a reader of ids reads on as it did."""

import json
import subprocess

import causalkg


def test_match_data_has_labels_beside_the_ids(tmp_path):
    with causalkg.open(tmp_path / "nl.db", seed=True, language="nl") as db:
        data = db.query("MATCH ?a strengthens ?b").data
    assert data["rows"] == [["digitalisation", "individualisation"]]
    assert data["labels"] == [["digitalisering", "individualisering"]]
    assert data["columns"] == ["?a", "?b"]


def test_the_binarys_match_labels_follow_lang(tmp_path, binary):
    db = tmp_path / "report.db"
    def match(language):
        out = subprocess.run([binary, "--db", str(db), "--lang", language, "query",
                              "MATCH ?a weakens ?b ORDER BY ?a", "--format", "json"],
                             capture_output=True, text=True, check=True)
        return json.loads(out.stdout)
    english, dutch = match("en"), match("nl")
    assert english["rows"] == dutch["rows"]
    assert len(english["labels"]) == len(english["rows"]) > 1
    for ids, en, nl in zip(english["rows"], english["labels"], dutch["labels"]):
        assert len(ids) == len(en) == len(nl) == 2
    assert ["individualisation", "social cohesion"] in english["labels"]
    assert ["individualisering", "sociale samenhang"] in dutch["labels"]


def test_count_match_has_no_labels(report):
    assert "labels" not in report.query("COUNT MATCH ?s ?r ?o").data
