"""Parameters ($x): db.query(text, **params) and db.prepare(text), which parse
a statement once and run it with many values, answering as the statement
written with those values does."""

import shutil
import threading

import pytest

import causalkg


def same(a, b):
    return a.kind == b.kind and a.data == b.data


@pytest.mark.parametrize("text, params, literal", [
    ("MATCH $s ?r ?o", {"s": "a"}, "MATCH a ?r ?o"),
    ("COUNT MATCH $n ?r ?o WHERE sign(?r) != 'none'", {"n": "a"},
     "COUNT MATCH a ?r ?o WHERE sign(?r) != 'none'"),
    ("MATCH ?s $r ?o LIMIT $n", {"r": "increases", "n": 1}, "MATCH ?s increases ?o LIMIT 1"),
    ("PATHS FROM $from TO $to DEPTH $d", {"from": "a", "to": "c", "d": 2},
     "PATHS FROM a TO c DEPTH 2"),
    ("PATHS FROM $from TO $to", {"from": "alpha", "to": "gamma"},
     "PATHS FROM 'alpha' TO 'gamma'"),
    ("SHORTEST FROM $a TO $b", {"a": "a", "b": "c"}, "SHORTEST FROM a TO c"),
    ("EFFECTS OF $x DEPTH $d", {"x": "a", "d": 1}, "EFFECTS OF a DEPTH 1"),
    ("CAUSES OF $x", {"x": "c"}, "CAUSES OF c"),
    ("LOOPS THROUGH $x", {"x": "b"}, "LOOPS THROUGH b"),
    ("LEVERS FOR $x", {"x": "c"}, "LEVERS FOR c"),
    ("BLINDSPOTS FOR $x", {"x": "c"}, "BLINDSPOTS FOR c"),
    ("CONTRADICTIONS FOR $x", {"x": "a"}, "CONTRADICTIONS FOR a"),
    ("WHY $s $r $o", {"s": "a", "r": "increases", "o": "b"}, "WHY a increases b"),
])
def test_a_parameter_answers_as_its_value_written(db, text, params, literal):
    assert same(db.query(text, **params), db.query(literal))
    assert same(db.query(text, params), db.query(literal))
    assert same(db.prepare(text).run(**params), db.query(literal))


def test_a_prepared_statement_runs_many_times(db):
    count = db.prepare("COUNT MATCH $n ?r ?o")
    assert count.parameters == ["n"]
    assert count.text == "COUNT MATCH $n ?r ?o"
    for node in ["a", "b", "c", "policy"]:
        assert count(n=node).rows == db.query(f"COUNT MATCH {node} ?r ?o").rows
    # A parameter's name may be no identifier; params= takes it, with its $ or not.
    assert same(count({"$n": "a"}), count(n="a"))


def test_a_prepared_write_runs_with_each_value(db):
    add = db.prepare("ADD $s increases $o QUOTE $q SOURCE $src CONFIDENCE $c")
    for subject in ["d", "e"]:
        result = add(s=subject, o="a", q=f"{subject} raises a", src="memo", c=0.5)
        assert result.kind == "write"
    why = db.query("WHY e increases a")
    assert why.rows[0]["quote"] == "e raises a"
    assert why.rows[0]["confidence"] == 0.5


def test_a_prepared_statement_stays_right_after_writes(db):
    effects = db.prepare("EFFECTS OF $x DEPTH 1")
    before = len(effects(x="c"))
    db.add("c", "increases", "z")
    assert len(effects(x="c")) == before + 1


def test_a_parameter_without_a_value_is_refused_where_it_stands(db):
    before = db.stats()
    text = "ADD a increases $o"
    with pytest.raises(causalkg.QueryError) as caught:
        db.query(text)
    error = caught.value
    assert error.code == "not_found"
    assert error.message == "Query error: parameter $o has no value"
    assert (error.line, error.column) == (1, text.index("$o") + 1)
    assert db.stats() == before
    with pytest.raises(causalkg.QueryError) as caught:
        db.prepare("PATHS FROM $a TO $b")(a="a")
    assert caught.value.column == len("PATHS FROM $a TO ") + 1


@pytest.mark.parametrize("value", ["deep", 2.5, 0, 99, -1])
def test_a_value_of_the_wrong_kind_is_refused(db, value):
    with pytest.raises(causalkg.QueryError) as caught:
        db.query("EFFECTS OF a DEPTH $d", d=value)
    assert caught.value.code == "invalid"
    assert caught.value.column == len("EFFECTS OF a DEPTH ") + 1


@pytest.mark.parametrize("value", [True, None, ["a"], b"a"])
def test_a_value_python_cannot_give_is_refused(db, value):
    with pytest.raises(causalkg.UsageError):
        db.query("EFFECTS OF $x", x=value)


def test_a_text_that_does_not_parse_is_refused_when_prepared(db):
    with pytest.raises(causalkg.ParseError) as caught:
        db.prepare("PATHS FROM $a TOO $b")
    assert caught.value.column == len("PATHS FROM $a ") + 1


def test_prepared_statements_run_in_threads(db):
    count = db.prepare("COUNT MATCH $n ?r ?o")
    expected = {n: count(n=n).rows[0]["count"] for n in ["a", "b", "c"]}
    failures = []

    def work():
        for _ in range(200):
            for node, want in expected.items():
                if count(n=node).rows[0]["count"] != want:
                    failures.append(node)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []


def test_a_graph_renders_as_svg_for_jupyter(db):
    chains = db.query("PATHS FROM a TO c")
    if shutil.which("dot") is None:
        assert chains._repr_svg_() is None
    else:
        svg = chains._repr_svg_()
        assert svg.startswith("<svg") and svg.rstrip().endswith("</svg>")
        # The diagram's nodes, by the labels AS DOT draws.
        assert "alpha" in svg and "gamma" in svg
    assert db.query("COUNT MATCH ?s ?r ?o")._repr_svg_() is None
