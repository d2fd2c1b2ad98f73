"""Writes from Python (add, load, load_claims, export) and what the store
holds (nodes, relations, sources, stats)."""

import json

import pytest

import causalkg
from conftest import SOURCE_DIR


def test_a_new_database_is_empty_unless_seeded(tmp_path):
    with causalkg.open(tmp_path / "empty") as db:
        assert db.stats() == {"database": str(tmp_path / "empty"), "nodes": 0, "relations": 0,
                              "edges": 0, "evidence": 0, "sources": 0}
    with causalkg.open(tmp_path / "seeded", seed=True) as db:
        stats = db.stats()
        assert stats["sources"] == 1 and stats["edges"] > 0
        assert [s["id"] for s in db.sources()] == ["scp-2025"]


def test_stats_count_the_small_graph(db):
    stats = db.stats()
    # a, b, c, policy, lever; increases, decreases, influences, is_a, addresses;
    # six claims, five with a piece of evidence, from one source.
    assert (stats["nodes"], stats["relations"], stats["edges"], stats["evidence"],
            stats["sources"]) == (5, 5, 6, 5, 1)


def test_add_resolves_labels_and_makes_what_is_new(db):
    result = db.add("alpha", "reduces", "delta", quote="a lowers d", source="memo",
                    confidence=0.7, modality="may")
    assert result.kind == "write"
    assert result.message.startswith("Added")
    row = result.rows[0]
    assert (row["new_edges"], row["new_nodes"], row["evidence_added"]) == (1, 1, 1)
    [piece] = db.query("WHY a reduces delta").rows
    assert (piece["quote"], piece["source"], piece["confidence"], piece["modality"]) == (
        "a lowers d", "memo", 0.7, "may")
    # A name with a quote in it needs no escaping.
    db.add("it's", "increases", "a")
    assert "it's" in {n["id"] for n in db.nodes()}


def test_add_refuses_what_the_store_would_refuse(db):
    before = db.stats()
    with pytest.raises(causalkg.QueryError) as caught:
        db.add("a", "increases", "b\nc")
    assert caught.value.line is None
    for confidence in (1.5, -0.1, float("nan")):
        with pytest.raises(causalkg.QueryError, match="between 0 and 1") as caught:
            db.add("a", "increases", "policy", confidence=confidence)
        assert caught.value.code == "invalid"
    assert db.stats() == before


def test_load_claims_from_dicts(tmp_path):
    with causalkg.open(tmp_path / "db") as db:
        result = db.load_claims([
            {"source": {"id": "notes", "title": "My notes", "reliability": 0.9}},
            {"subject": "rain", "relation": "increases", "object": "flooding",
             "source": "notes", "quote": "rain floods the town", "page": 4},
            {"subject": "flooding", "relation": "reduces", "object": "traffic"},
        ])
        assert result.rows[0]["new_edges"] == 2
        assert [(r["nodes"], r["sign"]) for r in db.query("PATHS FROM rain TO traffic")] == [
            (["rain", "flooding", "traffic"], "-")]
        [source] = db.sources()
        assert (source["id"], source["title"], source["reliability"]) == ("notes", "My notes", 0.9)
        assert db.query("WHY rain increases flooding").rows[0]["page"] == "4"


def test_load_warns_of_what_it_ignored(tmp_path):
    with causalkg.open(tmp_path / "db") as db:
        with pytest.warns(causalkg.CausalkgWarning, match="qoute"):
            result = db.load_claims([{"subject": "x", "relation": "increases", "object": "y",
                                      "source": "s", "qoute": "typo"}])
        assert any("qoute" in w for w in result.warnings)


def test_load_statement_and_load_call_agree(tmp_path, small_claims):
    with causalkg.open(tmp_path / "one") as one, causalkg.open(tmp_path / "two") as two:
        one.load(small_claims)
        two.query(f"LOAD '{small_claims}'")
        assert {k: v for k, v in one.stats().items() if k != "database"} == {
            k: v for k, v in two.stats().items() if k != "database"}


@pytest.mark.parametrize("name", ["out.json", "out.jsonl"])
def test_export_loads_back_into_the_same_store(db, tmp_path, name):
    db.export(tmp_path / name)
    with causalkg.open(tmp_path / "copy") as copy:
        copy.load(tmp_path / name)
        assert {k: v for k, v in copy.stats().items() if k != "database"} == {
            k: v for k, v in db.stats().items() if k != "database"}
        assert copy.query("WHY a increases b").data == db.query("WHY a increases b").data
    assert not (tmp_path / (name + ".partial")).exists()


def test_export_format_by_name_and_refused(db, tmp_path):
    db.export(tmp_path / "claims.txt", format="jsonl")
    lines = (tmp_path / "claims.txt").read_text().splitlines()
    assert all(isinstance(json.loads(line), dict) for line in lines)
    with pytest.raises(causalkg.UsageError, match="unknown export format"):
        db.export(tmp_path / "x", format="yaml")


def test_nodes_with_a_pattern(db):
    assert {n["id"] for n in db.nodes()} == {"a", "b", "c", "policy", "lever"}
    assert db.nodes("ALF") == [{"id": "a", "labels": {"en": "alpha", "nl": "alfa"}}]


def test_relations_list_stored_then_built_in(db):
    relations = db.relations()
    by_id = {r["id"]: r for r in relations}
    assert by_id["increases"]["polarity"] == "+" and by_id["increases"]["in_store"]
    assert by_id["influences"]["polarity"] == "?"
    assert by_id["addresses"]["polarity"] is None
    # A built-in relation no claim uses yet is listed too, after the stored.
    assert by_id["weakens"] == {"id": "weakens", "polarity": "-", "built_in": True,
                                "in_store": False, "labels": by_id["weakens"]["labels"]}
    stored = [r["in_store"] for r in relations]
    assert stored == sorted(stored, reverse=True)


def test_report_sources_carry_their_declaration(report):
    [source] = report.sources()
    assert source["publisher"] == "Sociaal en Cultureel Planbureau"
    assert source["systematic_error"] is None
    report.load(SOURCE_DIR / "kb" / "examples" / "online-communities.json")
    assert len(report.sources()) > 1
