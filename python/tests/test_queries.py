"""Each statement's result through the module, against answers worked by hand
on data/small.json and on the bundled SCP report.

data/small.json: a -increases-> b -decreases-> c -increases-> a, a -influences-> c
(sign not stated), and a lever, policy, that addresses b.
"""

import pytest

import causalkg


def chains(result):
    return [(row["nodes"], [(s["relation"], s["sign"]) for s in row["steps"]], row["sign"])
            for row in result.rows]


def test_paths_are_every_simple_chain_shortest_first_with_net_signs(db):
    result = db.query("PATHS FROM a TO c")
    assert result.kind == "paths"
    assert chains(result) == [
        (["a", "c"], [("influences", "?")], "?"),
        (["a", "b", "c"], [("increases", "+"), ("decreases", "-")], "-"),
    ]
    assert [row["length"] for row in result] == [1, 2]
    assert result.rows[1]["labels"] == ["alpha", "beta", "gamma"]
    assert not result.truncated and not result.capped


def test_labels_name_nodes_and_follow_the_language(db):
    assert chains(db.query("PATHS FROM 'ALFA' TO 'gamma' SIGN -")) == [
        (["a", "b", "c"], [("increases", "+"), ("decreases", "-")], "-")]
    db.language = "nl"
    # b and c have no Dutch label: their English one stands in.
    assert db.query("PATHS FROM a TO c SIGN -").rows[0]["labels"] == ["alfa", "beta", "gamma"]


def test_shortest_is_one_chain_with_fewest_steps(db):
    result = db.query("SHORTEST FROM b TO a")
    assert result.kind == "shortest"
    assert chains(result) == [(["b", "c", "a"], [("decreases", "-"), ("increases", "+")], "-")]


def test_effects_give_distance_and_every_net_sign(db):
    result = db.query("EFFECTS OF a")
    assert result.kind == "effects"
    rows = {row["id"]: (row["distance"], row["signs"]) for row in result}
    # c is one step away by influences (?) and two by a -> b -> c (-).
    assert rows == {"b": (1, ["+"]), "c": (1, ["-", "?"])}
    assert result.data["total"] == 2


def test_causes_go_upstream(db):
    result = db.query("CAUSES OF a")
    assert result.kind == "causes"
    rows = {row["id"]: (row["distance"], row["signs"]) for row in result}
    # c -> a (+); b -> c -> a (- then +: -).
    assert rows == {"c": (1, ["+"]), "b": (2, ["-"])}


def test_loops_each_once_with_their_type(db):
    result = db.query("LOOPS")
    assert result.kind == "loops"
    found = {(frozenset(row["nodes"]), row["type"], row["sign"]) for row in result}
    # a -> b -> c -> a: + - + is balancing; a -> c -> a has a step of unknown sign.
    assert found == {(frozenset("abc"), "B", "-"), (frozenset("ac"), "U", "?")}
    assert len(result) == 2
    assert [row["length"] for row in result] == [2, 3]
    assert len(db.query("LOOPS SIGN -")) == 1


def test_match_rows_are_dicts_by_column(db):
    result = db.query("MATCH ?x increases ?y")
    assert result.kind == "match"
    assert sorted((row["?x"], row["?y"]) for row in result) == [("a", "b"), ("c", "a")]
    assert result.data["columns"] == ["?x", "?y"]
    assert sorted(result.data["rows"]) == [["a", "b"], ["c", "a"]]


def test_count_match_is_one_row(db):
    result = db.query("COUNT MATCH ?s ?r ?o WHERE sign(?r) = '+'")
    assert result.kind == "count"
    assert result.rows == [{"count": 2}]


def test_why_a_claim_gives_its_evidence_and_belief(db):
    result = db.query("WHY a increases b")
    assert result.kind == "why"
    [piece] = result.rows
    assert (piece["subject"], piece["relation"], piece["object"]) == ("a", "increases", "b")
    assert (piece["source"], piece["quote"], piece["confidence"]) == ("memo", "a raises b", 0.8)
    assert piece["stance"] == "supports"
    # One stated piece: 1 - (systematic 0.05 + random 1 - 0.8) = 0.75.
    assert result.data["belief"] == pytest.approx(0.75)


def test_why_a_chain_multiplies_its_steps_beliefs(db):
    result = db.query("WHY b a")
    assert [(r["subject"], r["object"]) for r in result] == [("b", "c"), ("c", "a")]
    # c -> a: 1 - (0.05 + 0.1) = 0.85; b -> c: a hedge ("can") of confidence 0.6,
    # whatever its own belief, the chain's is the product of the two.
    beliefs = [c["belief"] for c in result.data["claims"]]
    assert beliefs[1] == pytest.approx(0.85)
    assert result.data["belief"] == pytest.approx(beliefs[0] * beliefs[1])
    assert result.data["chain"]["nodes"] == ["b", "c", "a"]


def test_levers_and_blindspots(db):
    levers = db.query("LEVERS FOR c")
    assert [(r["lever"], r["relation"], r["target"], r["distance"], r["signs"], r["recommended"])
            for r in levers] == [("policy", "addresses", "b", 1, ["-"], False)]
    blind = db.query("BLINDSPOTS FOR c")
    # a causes c and nothing acts on it; b has the policy.
    assert [(r["id"], r["distance"], r["signs"]) for r in blind] == [("a", 1, ["-", "?"])]


def test_several_statements_give_a_list(db):
    results = db.query("PATHS FROM a TO b; COUNT MATCH ?s increases ?o")
    assert [r.kind for r in results] == ["paths", "count"]
    assert [r.kind for r in db.query_all("LOOPS")] == ["loops"]


def test_explain_plans_and_runs_nothing(db):
    before = db.stats()
    plan = db.explain("ADD a increases c")
    assert plan.kind == "plan"
    assert plan.plan["operation"] == "add claim"
    assert plan.rows[0]["depth"] == 0
    assert db.stats() == before
    assert db.query("EXPLAIN PATHS FROM a TO c").kind == "plan"


def test_profile_keeps_its_rows_and_adds_the_plan(db):
    result = db.query("PROFILE PATHS FROM a TO c")
    assert result.kind == "paths" and len(result) == 2
    assert result.plan is not None and "ms" in result.plan


def test_report_paths_into_social_cohesion(report):
    result = report.query("PATHS FROM digitalisering TO 'sociale samenhang'")
    assert chains(result) == [
        (["digitalisation", "social_cohesion"], [("erodes", "-")], "-"),
        (["digitalisation", "social_cohesion"], [("influences", "?")], "?"),
        (["digitalisation", "social_inequality", "social_cohesion"],
         [("increases", "+"), ("weakens", "-")], "-"),
        (["digitalisation", "individualisation", "social_cohesion"],
         [("strengthens", "+"), ("weakens", "-")], "-"),
    ]


def test_report_blindspots_and_why(report):
    blind = report.query("BLINDSPOTS FOR 'social cohesion'")
    assert [(r["id"], r["distance"], r["signs"]) for r in blind] == [
        ("digitalisation", 1, ["-", "?"]),
        ("social_inequality", 1, ["-"]),
        ("individualisation", 1, ["-"]),
    ]
    why = report.query("WHY social_inequality weakens social_cohesion")
    [piece] = why.rows
    assert piece["source"] == "scp-2025"
    assert piece["quote"] == "wat op zijn beurt de sociale samenhang verder verzwakt"
    assert why.data["belief"] == pytest.approx(0.75)


def test_report_loops_none(report):
    assert len(report.query("LOOPS")) == 0


def test_results_outlive_the_database(tmp_path, small_claims):
    with causalkg.open(tmp_path / "db") as db:
        db.load(small_claims)
        result = db.query("PATHS FROM a TO c")
    assert db.closed
    assert len(result.rows) == 2 and result.to_networkx().number_of_edges() == 3
