"""Results as pandas DataFrames and networkx graphs, checked against the same
answers as the rows."""

import networkx
import pandas
import pytest

import causalkg

SIGN = {"+": 1, "-": -1, "?": 0}


def test_paths_to_pandas_has_the_json_fields_as_columns(db):
    result = db.query("PATHS FROM a TO c")
    frame = result.to_pandas()
    assert isinstance(frame, pandas.DataFrame)
    assert list(frame.columns) == ["nodes", "labels", "steps", "sign", "length", "belief"]
    assert list(frame["sign"]) == ["?", "-"]
    assert list(frame["length"]) == [1, 2]
    assert frame["nodes"][1] == ["a", "b", "c"]
    assert result.df.equals(frame)


def test_effects_frame_and_an_empty_one_keep_their_columns(db):
    frame = db.query("EFFECTS OF a").to_pandas()
    assert list(frame.columns) == ["id", "label", "distance", "signs", "step", "belief"]
    assert dict(zip(frame["id"], frame["distance"])) == {"b": 1, "c": 1}
    empty = db.query("EFFECTS OF policy").to_pandas()
    assert len(empty) == 0
    assert list(empty.columns) == ["id", "label", "distance", "signs", "step", "belief"]


def test_match_frame_columns_are_the_variables(db):
    frame = db.query("MATCH ?x increases ?y RETURN ?y, ?x").to_pandas()
    assert list(frame.columns) == ["?y", "?x"]
    assert sorted(zip(frame["?x"], frame["?y"])) == [("a", "b"), ("c", "a")]


def test_why_frame_one_row_a_piece(report):
    frame = report.query("WHY digitalisation strengthens individualisation").to_pandas()
    assert list(frame.columns)[:7] == ["subject", "relation", "object", "source", "quote",
                                       "modality", "confidence"]
    assert len(frame) == 4
    assert set(frame["source"]) == {"scp-2025"}


def test_levers_and_write_frames(db):
    frame = db.query("LEVERS FOR c").to_pandas()
    assert list(frame.columns) == ["lever", "lever_label", "relation", "target", "target_label",
                                   "distance", "signs", "recommended", "evidence", "chain_belief",
                                   "belief"]
    assert frame["lever_label"][0] == "the policy"
    write = db.add("a", "reduces", "policy").to_pandas()
    assert write["new_edges"][0] == 1


def assert_chains_match_graph(result, graph):
    """Every chain's steps are edges of the graph with the chain's relation and
    sign, and the product of those signs is the chain's net sign."""
    for index, row in enumerate(result.rows):
        nodes = row["nodes"]
        net = 1
        for i, step in enumerate(row["steps"]):
            u, v = nodes[i], nodes[(i + 1) % len(nodes)]
            edge = graph.edges[u, v, step["relation"]]
            assert edge["relation"] == step["relation"]
            assert edge["sign"] == step["sign"]
            assert index in edge["rows"]
            net *= SIGN[edge["sign"]]
        assert net == SIGN[row["sign"]]


def test_report_paths_as_a_graph(report):
    result = report.query("PATHS FROM digitalisation TO social_cohesion")
    graph = result.to_networkx()
    assert isinstance(graph, networkx.MultiDiGraph)
    assert set(graph.nodes) == {"digitalisation", "social_cohesion", "social_inequality",
                                "individualisation"}
    assert sorted((u, v, k, d["sign"]) for u, v, k, d in graph.edges(keys=True, data=True)) == [
        ("digitalisation", "individualisation", "strengthens", "+"),
        ("digitalisation", "social_cohesion", "erodes", "-"),
        ("digitalisation", "social_cohesion", "influences", "?"),
        ("digitalisation", "social_inequality", "increases", "+"),
        ("individualisation", "social_cohesion", "weakens", "-"),
        ("social_inequality", "social_cohesion", "weakens", "-"),
    ]
    assert graph.nodes["social_cohesion"]["label"] == "social cohesion"
    assert graph.nodes["social_cohesion"]["labels"]["nl"] == "sociale samenhang"
    assert graph.graph["focus"] == ["digitalisation", "social_cohesion"]
    assert_chains_match_graph(result, graph)


def test_loops_as_a_graph_close_each_loop(db):
    result = db.query("LOOPS")
    graph = result.to_networkx()
    assert_chains_match_graph(result, graph)
    assert graph.number_of_edges() == 4  # a->b, b->c, c->a, a->c


def test_effects_graph_carries_the_rows_on_its_nodes(db):
    result = db.query("EFFECTS OF a")
    graph = result.to_networkx()
    assert graph.nodes["c"]["distance"] == 1
    assert graph.nodes["c"]["signs"] == ["-", "?"]
    assert graph.graph["focus"] == ["a"]
    assert graph.edges["a", "b", "increases"]["sign"] == "+"
    assert graph.edges["b", "c", "decreases"]["sign"] == "-"
    assert graph.edges["a", "c", "influences"]["sign"] == "?"


def test_levers_graph_marks_the_lever_and_its_policy_edge(db):
    graph = db.query("LEVERS FOR c").to_networkx()
    assert graph.nodes["policy"]["lever"] is True
    assert graph.nodes["policy"]["is_lever"] is True
    # A policy acting on a node is drawn, with no sign.
    assert graph.edges["policy", "b", "addresses"]["sign"] is None
    assert graph.nodes["b"]["signs"] == ["-"]


def test_blindspots_graph(report):
    result = report.query("BLINDSPOTS FOR 'social cohesion'")
    graph = result.to_networkx()
    for row in result:
        assert graph.nodes[row["id"]]["distance"] == row["distance"]
        assert graph.nodes[row["id"]]["signs"] == row["signs"]
    assert "social_cohesion" in graph


def test_match_edges_from_its_patterns(db):
    result = db.query("MATCH ?x ?r ?y, ?y decreases c")
    graph = result.to_networkx()
    edges = {(u, v, k): d["sign"] for u, v, k, d in graph.edges(keys=True, data=True)}
    assert edges == {("a", "b", "increases"): "+", ("b", "c", "decreases"): "-",
                     ("policy", "b", "addresses"): None}


def test_why_graph_is_its_claims(report):
    result = report.query("WHY digitalisation social_cohesion")
    graph = result.to_networkx()
    for claim in result.data["claims"]:
        assert graph.has_edge(claim["subject"], claim["object"], claim["relation"])


def test_what_is_no_graph_says_so(db):
    for text in ("COUNT MATCH ?a ?r ?b", "ADD a increases c", "MATCH ?x increases ?y RETURN ?x"):
        result = db.query(text)
        assert not result.is_graph()
        with pytest.raises(causalkg.UsageError, match="not a graph"):
            result.to_networkx()
    assert db.explain("LOOPS").is_graph() is False


def test_html_for_jupyter_shows_chains(db):
    html = db.query("PATHS FROM a TO c")._repr_html_()
    assert "a -[increases +]-&gt; b -[decreases -]-&gt; c" in html
    assert "2 rows" in html
