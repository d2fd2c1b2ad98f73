"""``sign_budget=N`` gives the statements of one call their own step budget
for net signs, as ``causalkg query --sign-budget`` does: too few steps leave
the signs of a loop cluster partial, naming it; the default settles them; a
value that is no positive whole number is refused before anything runs."""

import json

import pytest

import causalkg


def dense_loops():
    """o -> n1; n1..n5 each amplify every other but n5 weakens n1; o -> side."""
    claims = [("o", "amplifies", "n1"), ("o", "amplifies", "side"), ("n5", "weakens", "n1")]
    claims += [(f"n{k}", "amplifies", f"n{m}") for k in range(1, 6) for m in range(1, 6)
               if k != m and (k, m) != (5, 1)]
    return {"claims": [{"subject": s, "relation": r, "object": o} for s, r, o in claims]}


@pytest.fixture
def loops(tmp_path):
    path = tmp_path / "loops.json"
    path.write_text(json.dumps(dense_loops()))
    with causalkg.open(tmp_path / "loops.db") as db:
        db.load(path)
        yield db


def test_a_small_budget_leaves_the_cluster_partial_and_the_default_settles_it(loops):
    starved = loops.query("EFFECTS OF o DEPTH 12", sign_budget=10)
    assert not starved.signs_complete
    assert len(starved.incomplete_components) == 1
    named = starved.incomplete_components[0]["node"]
    partial = {row["id"] for row in starved.rows if not row["signs_complete"]}
    assert partial == {f"n{k}" for k in range(1, 6)}
    assert all(row["signs_depend_on"] == [named] for row in starved.rows
               if not row["signs_complete"])
    whole = loops.query("EFFECTS OF o DEPTH 12")
    assert whole.signs_complete and whole.incomplete_components == []
    # One call's budget is that call's: the next without one has the default.
    assert loops.query("EFFECTS OF o DEPTH 12", sign_budget=10**9).signs_complete


def test_query_all_and_parameters_take_the_budget(loops):
    first, second = loops.query_all("EFFECTS OF o DEPTH 12; CAUSES OF n3 DEPTH 12",
                                    sign_budget=10)
    assert not first.signs_complete and not second.signs_complete
    # With parameters the statement runs prepared, with the same budget.
    assert not loops.query("EFFECTS OF $x DEPTH 12", x="o", sign_budget=10).signs_complete
    assert loops.query("EFFECTS OF $x DEPTH 12", x="o").signs_complete
    # A parameter named like it takes its value from params.
    result = loops.query("EFFECTS OF $sign_budget DEPTH 12", {"sign_budget": "o"}, sign_budget=10)
    assert not result.signs_complete


@pytest.mark.parametrize("steps", [0, -1, 2**64, 1.5, "10", True, [10]])
def test_a_budget_that_is_no_positive_whole_number_is_refused(loops, steps):
    with pytest.raises(causalkg.UsageError) as refused:
        loops.query("EFFECTS OF o DEPTH 12", sign_budget=steps)
    assert refused.value.message == f"Usage error: sign_budget={steps!r} is no number of steps"
    assert refused.value.code == "invalid"
    assert "whole number from 1" in refused.value.hint
    with pytest.raises(causalkg.UsageError):
        loops.query_all("EFFECTS OF o DEPTH 12", sign_budget=steps)
