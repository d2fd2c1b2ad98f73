"""A causalkg database opened from Python."""

import json
import os
import warnings

from . import _native
from ._errors import CausalkgWarning, UsageError, from_status
from ._result import Result


def _warn(messages, stacklevel=3):
    for message in messages:
        warnings.warn(message, CausalkgWarning, stacklevel=stacklevel + 1)


def open(path, read_only=False, seed=False, language="en"):  # noqa: A001 - as gzip.open
    """Opens the causalkg database in the folder ``path``.

    A folder that is not there, or is empty, gets a new database; with
    ``seed=True`` it is first loaded with the bundled SCP report, as the
    binary's default database is. ``read_only=True`` opens it for reading
    only: any number of processes may read a database, one may write it
    (opening it for writing while another process writes it raises
    :class:`causalkg.LockedError`). ``language`` ("en", "nl") picks the
    labels results show beside ids.

    Returns a :class:`Database`, which is also a context manager::

        with causalkg.open("claims.db") as db:
            db.load("claims.jsonl")
            result = db.query("PATHS FROM digitalisation TO social_cohesion")
    """
    native = _native.Database.open(os.fspath(path), bool(read_only), bool(seed))
    native.language = language
    _warn(native.warnings, stacklevel=2)
    return Database(native)


class Database:
    """An open causalkg database (made by :func:`causalkg.open`).

    Statements run as in the binary: a text is parsed in full before any of
    its statements runs, its names are resolved before a statement runs, and
    a statement that fails changes nothing. Errors raise
    :class:`causalkg.Error` subclasses.

    Threads: one Database may be used from several threads. Statements that
    only read run side by side (the GIL is released while they run); a write
    (ADD, REMOVE, LOAD, ``load``, ``load_claims``, ``add``) runs alone, and
    ``close()`` waits for what runs. Results are independent of the
    database and may be used anywhere.
    """

    def __init__(self, native):
        self._native = native

    # --- lifetime ---------------------------------------------------------

    def close(self):
        """Closes the database (again: does nothing). Later calls raise
        UsageError."""
        self._native.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    @property
    def closed(self):
        return self._native.closed

    @property
    def path(self):
        return self._native.path

    @property
    def read_only(self):
        return self._native.read_only

    @property
    def language(self):
        """The language of the labels results show beside ids ("en", "nl");
        a term without a label in it shows its English one, else its id."""
        return self._native.language

    @language.setter
    def language(self, language):
        self._native.language = language

    def __repr__(self):
        state = "closed" if self.closed else ("read-only" if self.read_only else "read-write")
        return f"<causalkg.Database {self.path!r} {state}>"

    # --- statements -------------------------------------------------------

    def _results(self, natives, error, warnings_):
        results = [Result(n) for n in natives]
        if warnings_:
            _warn(warnings_, stacklevel=4)
        if error is not None:
            raise from_status(error, results)
        return results

    def _run(self, text, explain, params=None, sign_budget=None):
        if params:
            return self.prepare(text)._run(params, explain, sign_budget)
        return self._results(*self._native.run(text, explain, sign_budget))

    def query_all(self, text, params=None, *, sign_budget=None, **kwargs):
        """Runs every statement of ``text`` (separated by ``;``) and returns
        their results, a list of :class:`Result`.

        Nothing runs unless all of the text parses. The statements run in
        order; at the first that fails, the error is raised with the results
        of those before it in ``error.results`` (their writes stay; the one
        that failed changed nothing; those after it did not run).
        Parameters (``$x``) take their values from ``params`` (a dict) and
        the keyword arguments, and ``sign_budget`` is the step budget of net
        signs, as in :meth:`query`.
        """
        return self._run(text, False, _merged(params, kwargs), _sign_budget(sign_budget))

    def query(self, text, params=None, *, sign_budget=None, **kwargs):
        """Runs the statement(s) in ``text``: the :class:`Result` of a text
        of one statement, else the list of the results (as ``query_all``).

        A parameter ``$x`` in the text takes its value from the keyword
        argument ``x``, or from ``params``, a dict (for names that are no
        Python identifier)::

            db.query("PATHS FROM $a TO $b DEPTH $d", a="digitalisation",
                     b="social cohesion", d=3)

        A value is a str (a name, a label, a quote) or a number (DEPTH,
        LIMIT, CONFIDENCE). A parameter without a value, or with a value of
        the wrong kind, raises :class:`QueryError` pointing at it, and
        nothing runs. To run one statement many times, :meth:`prepare` it.

        ``sign_budget``, a whole number from 1, is how many steps EFFECTS,
        CAUSES, LEVERS and BLINDSPOTS may take to settle the net signs that
        loops leave open (2,000,000 when not given), as ``causalkg query
        --sign-budget`` sets it: a result whose signs ran out of it has
        ``signs_complete`` False and names the loops in
        ``incomplete_components``. (A parameter named ``$sign_budget`` takes
        its value from ``params``.)
        """
        results = self._run(text, False, _merged(params, kwargs), _sign_budget(sign_budget))
        return results[0] if len(results) == 1 else results

    def prepare(self, text):
        """Parses ``text`` once, for running many times with different
        parameter values: a :class:`Statement`, which runs with
        ``statement.run(**params)`` or ``statement(**params)``::

            effects = db.prepare("COUNT MATCH $n ?r ?o WHERE sign(?r) != 'none'")
            for node in ("digitalisation", "loneliness"):
                print(node, effects(n=node).count)

        A text that does not parse raises :class:`ParseError` here."""
        native, error = _native.prepare(text)
        if error is not None:
            raise from_status(error)
        return Statement(self, native)

    def explain(self, text, params=None, **kwargs):
        """The plan of each statement in ``text`` (EXPLAIN): a Result of kind
        "plan" (``result.plan``, and a row a step), or a list of them for
        several statements. Nothing runs, nothing is written."""
        results = self._run(text, True, _merged(params, kwargs))
        return results[0] if len(results) == 1 else results

    # --- writes -----------------------------------------------------------

    def add(self, subject, relation, object, *, quote=None, source=None, confidence=None,
            modality=None):
        """Adds one claim, as ``ADD subject relation object QUOTE ... SOURCE
        ... CONFIDENCE ... MODALITY ...``: each name an id or a label (no
        quoting needed), an unknown one made as a new node or relation.
        Returns the write's Result (``message``, ``rows[0]`` its counts)."""
        result = Result(self._native.add(subject, relation, object, quote, source,
                                         None if confidence is None else float(confidence),
                                         modality))
        _warn(result.warnings)
        return result

    def load(self, paths, format=None):
        """Loads a file of claims (or another tool's map, model or table), or
        a list of them, in one write: all or nothing. ``format`` names the
        format of every file ("json", "jsonl", "kumu", "csv", ...); None
        chooses each file's by its extension, else by its first bytes.
        Warnings and the readers' notes are issued as CausalkgWarning.
        Returns the write's Result."""
        if isinstance(paths, (str, bytes, os.PathLike)):
            paths = [paths]
        paths = [os.fsdecode(p) for p in paths]
        result = Result(self._native.load(paths, format or ""))
        _warn(result.warnings)
        return result

    def load_claims(self, claims):
        """Loads claims given as dicts, in one write: all or nothing.

        Each item is what a line of a JSON Lines claims file holds (the
        README's "Claims files"): a claim {"subject", "relation", "object",
        "source", "quote", "modality", "confidence", ...}, or a declaration
        {"source": {...}}, {"relation": {...}}, {"node": {...}}. An error
        names the item as ``claims, line N``: N is its place in the list,
        from 1.
        """
        lines = []
        for claim in claims:
            lines.append(json.dumps(claim, ensure_ascii=False, allow_nan=False))
        result = Result(self._native.load_text("\n".join(lines) + "\n", "claims", "jsonl"))
        _warn(result.warnings)
        return result

    def export(self, path, format=None):
        """Writes the whole database to the file ``path``: as JSON, JSON
        Lines (both load back into the same database), N-Triples, Kumu or
        CSV, by ``format`` ("json", "jsonl", "ntriples", "kumu", "csv") or
        else the file's extension, else JSON. The file appears only when
        complete."""
        not_utf8 = self._native.export(os.fsdecode(path), format or "")
        if not_utf8:
            _warn([f"{not_utf8} record{'s hold' if not_utf8 != 1 else ' holds'} text that is "
                   "not valid UTF-8, exported with U+FFFD in place of the bad bytes"])

    # --- what the database holds -----------------------------------------

    def nodes(self, pattern=None):
        """The nodes, each {"id", "labels": {language: label}}, in the order
        they came; with ``pattern``, those whose id or a label holds it
        (case-insensitively)."""
        return self._native.nodes(pattern or "")

    def relations(self):
        """The relations: those claims use, in the order they came, then the
        built-in ones no claim uses yet. Each {"id", "polarity" ("+", "-",
        "?" or None: not causal), "built_in", "in_store", "labels"}."""
        return self._native.relations()

    def sources(self):
        """The declared sources, each its declaration's fields ("id",
        "title", "publisher", ...) with the error rates the store keeps:
        "systematic_error", "random_error", "reliability" (None: the default
        of each piece's origin; docs/belief.md)."""
        out = []
        for source_id, declaration, systematic, random, reliability in self._native.sources():
            try:
                fields = json.loads(declaration)
            except ValueError:
                fields = {}
            if not isinstance(fields, dict):
                fields = {}
            fields["id"] = source_id
            fields["systematic_error"] = systematic
            fields["random_error"] = random
            fields["reliability"] = reliability
            out.append(fields)
        return out

    def stats(self):
        """The counts ``causalkg stats --format json`` gives: {"database",
        "nodes", "relations", "edges", "evidence", "sources"}."""
        return self._native.counts()




def _sign_budget(steps):
    """``steps`` as the native module takes a budget: None, or an int from 1
    that 64 bits hold; else a UsageError naming the value."""
    if steps is None:
        return None
    if isinstance(steps, bool) or not isinstance(steps, int) or not 1 <= steps < 2**64:
        message = f"Usage error: sign_budget={steps!r} is no number of steps"
        hint = "give a whole number from 1, e.g. sign_budget=10000000"
        raise UsageError(message + "\nhint: " + hint, message=message, kind="Usage error",
                         code="invalid", hint=hint)
    return steps


def _merged(params, kwargs):
    if params is None:
        return kwargs
    merged = dict(params)
    merged.update(kwargs)
    return merged


class Statement:
    """A statement text parsed once (made by :meth:`Database.prepare`), run
    as many times as needed with different parameter values. Parsing does
    not depend on what the database holds, so a prepared statement stays
    right after any write."""

    def __init__(self, database, native):
        self._database = database
        self._native = native
        # One statement that does not write: no list of results, no warnings,
        # and a call that reads the database's native methods only once.
        self._reads_once = native.reads_once
        self._run_one = database._native.run_one

    @property
    def text(self):
        return self._native.text

    @property
    def parameters(self):
        """The names of its parameters (without ``$``), in order."""
        return self._native.parameters

    def _run(self, params, explain, sign_budget=None):
        database = self._database
        return database._results(
            *database._native.run_prepared(self._native, params, explain, sign_budget))

    def run(self, params=None, **kwargs):
        """Runs it with the parameter values given (as :meth:`Database.query`
        takes them): the :class:`Result` of a text of one statement, else the
        list of the results."""
        values = kwargs if params is None else _merged(params, kwargs)
        if self._reads_once:
            return Result(self._run_one(self._native, values))
        results = self._run(values, False)
        return results[0] if len(results) == 1 else results

    __call__ = run

    def explain(self, params=None, **kwargs):
        """Its plan with these values; nothing runs."""
        results = self._run(_merged(params, kwargs), True)
        return results[0] if len(results) == 1 else results

    def __repr__(self):
        return f"<causalkg.Statement {self.text!r}>"
