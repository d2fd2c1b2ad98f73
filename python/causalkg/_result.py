"""The result of one statement: its rows as dicts, its JSON document, and the
same answer as a pandas DataFrame or a networkx graph."""

import html
import shutil
import subprocess

from ._errors import UsageError

# The fields of each kind's rows, in the order a table shows them: the names
# `causalkg query --format json` gives them. Fields a row has beyond these
# (added by a later causalkg) follow them.
_ROW_FIELDS = {
    "count": ["count"],
    "paths": ["nodes", "labels", "steps", "sign", "length", "belief"],
    "shortest": ["nodes", "labels", "steps", "sign", "length", "belief"],
    "loops": ["type", "nodes", "labels", "steps", "sign", "length", "belief"],
    "effects": ["id", "label", "distance", "signs", "signs_complete", "step", "belief"],
    "causes": ["id", "label", "distance", "signs", "signs_complete", "step", "belief"],
    "levers": ["lever", "lever_label", "relation", "target", "target_label", "distance",
               "signs", "signs_complete", "recommended", "evidence", "chain_belief", "belief"],
    "blindspots": ["id", "label", "distance", "signs", "signs_complete", "recommendations", "step", "belief"],
    "contradictions": ["kind", "strength", "side", "against"],
    "why": ["subject", "relation", "object", "source", "quote", "modality", "confidence",
            "start", "end", "page", "section", "url", "origin", "tool", "stance",
            "attributes"],
    "write": ["message", "new_edges", "new_nodes", "evidence_added", "removed_edges",
              "removed_evidence", "warnings"],
    "plan": ["depth", "operation", "detail", "rows", "ms"],
}

_GRAPH_KINDS = ("paths", "shortest", "loops", "effects", "causes", "levers", "blindspots",
                "contradictions", "why", "match")


def chain_text(path):
    """A chain as the binary's table shows it: ``a -[weakens -]-> b``; a loop
    returns to its first node."""
    nodes = path["nodes"]
    parts = [nodes[0]] if nodes else []
    for i, step in enumerate(path["steps"]):
        following = nodes[(i + 1) % len(nodes)]
        parts.append(f" -[{step['relation']} {step['sign']}]-> {following}")
    return "".join(parts)


def _flatten_plan(node, depth=0):
    yield {"depth": depth, "operation": node["operation"], "detail": node["detail"],
           "rows": node.get("rows"), "ms": node.get("ms")}
    for child in node["children"]:
        yield from _flatten_plan(child, depth + 1)


class Result:
    """The result of one statement.

    - ``kind``: "match", "count", "paths", "shortest", "loops", "effects",
      "causes", "levers", "blindspots", "contradictions", "why", "write" or
      "plan" (EXPLAIN);
    - ``rows`` (also ``to_dicts()``, iteration, ``len()`` and ``result[i]``):
      a list of dicts with the field names of ``--format json``: a chain
      {"nodes", "labels", "steps", "sign", "length", "belief"} (a loop also
      "type"; each step its "evidence" summary), an EFFECTS node {"id",
      "label", "distance", "signs", "signs_complete", "step", "belief"}, a MATCH row
      {"?a": id, ...} by the columns it returns, a piece of WHY's evidence,
      ...; COUNT MATCH gives one row {"count": n}, a write one row of what it
      did, a plan one row a step;
    - ``data``: the whole JSON document, as ``--format json`` writes it;
    - ``truncated`` and ``capped``: more rows than LIMIT, or than one result
      may hold;
    - ``signs_complete`` and ``incomplete_components``: whether net signs are
      whole, and if not the loops whose chains were too many (a partial row
      names those it depends on in "signs_depend_on");
    - ``to_pandas()`` (or ``df``) and ``to_networkx()``.

    A result holds what the statement found; it stays valid after the
    database is closed.
    """

    def __init__(self, native):
        self._native = native
        self._head = None
        self._rows = None

    @property
    def kind(self):
        return self._native.kind

    def _head_fields(self):
        if self._head is None:
            self._head = self._native.head()
        return self._head

    @property
    def data(self):
        """The result as ``causalkg query --format json`` writes it."""
        document = dict(self._head_fields())
        key = self._native.rows_key
        if key:
            document[key] = self._native.rows()
        document.update(self._native.beside())  # MATCH's labels beside its ids
        return document

    @property
    def rows(self):
        rows = self._rows
        if rows is None:
            # MATCH's and COUNT MATCH's rows in one call: the shape of a loop
            # of look-ups, where each result is read once.
            rows = self._native.dict_rows()
            if rows is None:
                rows = self._make_rows()
            self._rows = rows
        return rows

    def _make_rows(self):
        kind = self.kind
        head = self._head_fields()
        if kind == "write":
            return [dict(head)]
        if kind == "plan":
            return list(_flatten_plan(head["plan"]))
        return self._native.rows()

    def to_dicts(self):
        """The rows, as a list of dicts (``rows``)."""
        return self.rows

    def __len__(self):
        if self._rows is None and self._native.rows_key:
            return len(self._native)  # without making the rows Python objects
        return len(self.rows)

    def __iter__(self):
        return iter(self.rows)

    def __getitem__(self, index):
        return self.rows[index]

    @property
    def truncated(self):
        return bool(self._head_fields().get("truncated", False))

    @property
    def capped(self):
        return bool(self._head_fields().get("capped", False))

    @property
    def signs_complete(self):
        """EFFECTS, CAUSES, LEVERS and BLINDSPOTS: whether every row's net
        signs are those of all its chains; True for other kinds."""
        return bool(self._head_fields().get("signs_complete", True))

    @property
    def incomplete_components(self):
        """EFFECTS, CAUSES, LEVERS and BLINDSPOTS: the loops whose chains the
        step budget for net signs could not finish, largest first, each a dict
        {"node", "label", "size", "steps"} named by its node of smallest id;
        a row whose signs are partial names those it depends on in its
        "signs_depend_on". [] when the signs are complete, and for others."""
        return list(self._head_fields().get("incomplete_components", []))

    @property
    def message(self):
        """A write's message ("Added ...", "Loaded ..."); None for others."""
        return self._head_fields().get("message")

    @property
    def warnings(self):
        """A write's warnings (and a load's notes); [] for others."""
        return list(self._head_fields().get("warnings", []))

    @property
    def plan(self):
        """EXPLAIN's plan, or PROFILE's with what it counted: nested dicts of
        operation, detail, rows, ms, counters and children; None for others."""
        head = self._head_fields()
        return head.get("plan", head.get("profile"))

    def columns(self):
        """The fields of the rows, in the order a table shows them."""
        kind = self.kind
        if kind == "match":
            fields = list(self._head_fields()["columns"])
        else:
            fields = list(_ROW_FIELDS.get(kind, []))
        seen = set(fields)
        for row in self.rows:
            for name in row:
                if name not in seen:
                    seen.add(name)
                    fields.append(name)
        return fields

    def to_pandas(self):
        """The rows as a pandas DataFrame, one column a field (the names of
        ``--format json``). Chains, steps and evidence stay Python lists and
        dicts in their cells."""
        try:
            import pandas
        except ImportError as e:  # pragma: no cover - pandas is a Debian package away
            raise ImportError("to_pandas() needs pandas (Debian: python3-pandas)") from e
        return pandas.DataFrame(self.rows, columns=self.columns())

    @property
    def df(self):
        """``to_pandas()``."""
        return self.to_pandas()

    def is_graph(self):
        """Whether ``to_networkx()`` can draw this result."""
        return self._native.is_graph()

    def to_networkx(self):
        """The graph the result draws, as ``AS DOT`` draws it, as a
        ``networkx.MultiDiGraph``.

        Nodes are ids, with attributes ``label`` (in the database's
        language), ``labels`` (by language), ``is_lever``,
        ``is_recommendation``, and what the rows say of them: EFFECTS,
        CAUSES and BLINDSPOTS give ``distance`` and ``signs`` (and
        ``recommendations``), LEVERS ``lever`` and ``recommended`` on a lever,
        ``distance`` and ``signs`` on the node it acts on. Edges are keyed by
        relation id, each claim once, with ``relation``, ``sign`` ("+", "-",
        "?", or None for a relation that is not causal), ``rows`` (the
        indices of the rows that draw it) and, when the answer weighed it,
        ``evidence`` ({"pieces", "refuting", "sources", "modality",
        "confidence", "belief"}). ``graph.graph`` holds ``kind`` and
        ``focus`` (the nodes the statement named).

        Raises UsageError for a result that is no graph (a write, a plan,
        COUNT MATCH, MATCH rows whose columns form no edge).
        """
        try:
            import networkx
        except ImportError as e:  # pragma: no cover - networkx is a Debian package away
            raise ImportError("to_networkx() needs networkx (Debian: python3-networkx)") from e
        drawn = self._native.graph()
        graph = networkx.MultiDiGraph(kind=self.kind, focus=list(drawn["focus"]))
        for node, attributes in drawn["nodes"]:
            graph.add_node(node, **attributes)
        for source, target, relation, attributes in drawn["edges"]:
            graph.add_edge(source, target, key=relation, **attributes)
        kind = self.kind
        if kind in ("effects", "causes", "blindspots"):
            for row in self.rows:
                extra = {k: v for k, v in row.items() if k not in ("id", "label")}
                graph.nodes[row["id"]].update(extra)
        elif kind == "levers":
            for row in self.rows:
                graph.nodes[row["lever"]].update(lever=True, recommended=row["recommended"])
                graph.nodes[row["target"]].update(distance=row["distance"], signs=row["signs"])
        return graph

    def __repr__(self):
        return f"<causalkg.Result {self.kind}: {self._summary()}>"

    def _summary(self):
        kind = self.kind
        if kind == "count":
            return f"count {self._head_fields()['count']}"
        if kind == "write":
            return self.message
        if kind == "plan":
            return f"{len(self.rows)} steps"
        n = len(self.rows)
        more = ", truncated" if self.truncated else ""
        return f"{n} row{'s' if n != 1 else ''}{more}"

    def _repr_svg_(self):
        """The diagram ``AS DOT`` draws, rendered by Graphviz's ``dot``, for
        Jupyter; None for a result that is no graph, or without Graphviz."""
        dot_text = self._native.dot()
        dot = shutil.which("dot")
        if dot_text is None or dot is None:
            return None
        try:
            done = subprocess.run([dot, "-Tsvg"], input=dot_text.encode(), capture_output=True,
                                  timeout=60, check=False)
        except (OSError, subprocess.TimeoutExpired):
            return None
        if done.returncode != 0:
            return None
        svg = done.stdout.decode("utf-8", "replace")
        start = svg.find("<svg")
        return svg[start:] if start >= 0 else None

    def _repr_html_(self, max_rows=50):
        """A table of the first rows, for Jupyter."""
        columns = self.columns()
        rows = self.rows[:max_rows]
        out = ["<table><thead><tr>"]
        out += [f"<th>{html.escape(str(c))}</th>" for c in columns]
        out.append("</tr></thead><tbody>")
        for row in rows:
            out.append("<tr>")
            for c in columns:
                out.append(f"<td>{html.escape(_cell_text(c, row))}</td>")
            out.append("</tr>")
        out.append("</tbody></table>")
        out.append(f"<p>{html.escape(self._summary())}"
                   f"{f' (the first {max_rows} shown)' if len(self.rows) > max_rows else ''}</p>")
        return "".join(out)


def _cell_text(column, row):
    value = row.get(column)
    if column == "steps" and "nodes" in row:
        return chain_text(row)
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)
