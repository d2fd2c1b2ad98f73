"""A result whose net signs the step budget could not settle names the loops
whose chains were too many, as the binary's JSON does: the result's
``incomplete_components`` and each partial row's ``signs_depend_on``."""

import json

import causalkg
from test_json_shape import binary_json


def cluster_claims():
    """o -> n1, a dense cluster n1..n11 (each amplifies every other and n12,
    which weakens n1): walks give the cluster a negative sign no chain has,
    and ruling it out takes more chains than the budget; n13 -> n14 is on no
    loop."""
    claims = [("o", "amplifies", "n1"), ("n12", "weakens", "n1"), ("o", "amplifies", "n13"),
              ("n13", "weakens", "n14")]
    for k in range(1, 12):
        claims.append((f"n{k}", "amplifies", "n12"))
        claims += [(f"n{k}", "amplifies", f"n{m}") for m in range(1, 12) if m != k]
    return {"claims": [{"subject": s, "relation": r, "object": o} for s, r, o in claims]}


def test_partial_signs_name_their_loop(tmp_path, binary):
    path = tmp_path / "cluster.json"
    path.write_text(json.dumps(cluster_claims()))
    with causalkg.open(tmp_path / "cluster.db") as db:
        db.load(path)
        result = db.query("EFFECTS OF o DEPTH 12")
        assert not result.signs_complete
        assert len(result.incomplete_components) == 1
        loop = result.incomplete_components[0]
        assert loop["size"] == 12
        assert loop["node"] in {f"n{k}" for k in range(1, 13)}
        assert loop["steps"] > 0
        partial = {row["id"]: row["signs_depend_on"] for row in result.rows
                   if not row["signs_complete"]}
        assert set(partial) == {f"n{k}" for k in range(1, 13)}
        assert all(on == [loop["node"]] for on in partial.values())
        whole = [row for row in result.rows if row["signs_complete"]]
        assert {row["id"] for row in whole} == {"n13", "n14"}
        assert all("signs_depend_on" not in row for row in whole)
        frame = result.to_pandas()
        assert "signs_depend_on" in frame.columns
        complete = db.query("EFFECTS OF o DEPTH 3")
        assert complete.signs_complete and complete.incomplete_components == []
    data = result.data
    assert data == binary_json(binary, tmp_path / "cluster.db", "EFFECTS OF o DEPTH 12")
