"""causalkg from Python: a knowledge graph of causal claims.

::

    import causalkg

    with causalkg.open("analysis.db", seed=True) as db:     # seeded with the SCP report
        chains = db.query("PATHS FROM digitalisation TO social_cohesion")
        chains.rows                 # dicts, with the field names of --format json
        chains.to_pandas()          # a DataFrame
        chains.to_networkx()        # a MultiDiGraph: relation, sign, evidence on each edge

Errors raise :class:`causalkg.Error` subclasses (ParseError, NameError,
QueryError, LoadError, StorageError and its LockedError, ReadOnlyError,
CorruptError, UsageError, InternalError), with ``line``, ``column`` and
``hint``. See the README's "From Python".
"""

from ._database import Database, Statement, open  # noqa: A004
from ._errors import (CausalkgWarning, CorruptError, Error, InternalError, LoadError,
                      LockedError, NameError, ParseError, QueryError, ReadOnlyError,
                      StorageError, UsageError)
from ._result import Result, chain_text

# NameError is left out: `from causalkg import *` would hide Python's own.
__all__ = ["open", "Database", "Statement", "Result", "chain_text", "Error", "ParseError", "QueryError",
           "LoadError", "StorageError", "LockedError", "ReadOnlyError", "CorruptError",
           "UsageError", "InternalError", "CausalkgWarning"]
