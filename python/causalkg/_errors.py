"""causalkg's exceptions: one class a kind of error, as the binary names them.

Every error causalkg raises is a :class:`Error`. Its class says what kind it is
(the binary's prefix: "Parse error", "Name error", ...), its ``code`` what a
program may act on (``"locked"``, ``"read_only"``, ``"not_found"``, ...), and
``str(error)`` is the error as the binary prints it, with the line and column
of the statement text it points into and the hint::

    Name error: unknown node 'digitalisaton'
    line 1, column 12:
    PATHS FROM digitalisaton TO social_cohesion
               ^
    hint: did you mean 'digitalisation'?
"""


class Error(Exception):
    """An error of causalkg, with where it is and a hint.

    Attributes, as the binary's JSON error object names them:

    - ``message``: the error in one line ("Parse error: expected ...");
    - ``kind``: "Parse error", "Name error", "Query error", "Load error",
      "Storage error", "Usage error" or "Internal error";
    - ``code``: what a program may act on, or None: "not_found", "ambiguous",
      "exists", "invalid", "locked", "read_only", "corrupt", "internal";
    - ``line``, ``column``: where in the statement text (1-based; the column
      counts characters), or in the file named by ``file``; None when nowhere;
    - ``file``: the file a load error is in, or None;
    - ``offset``: the byte offset in the statement text (UTF-8), or None;
    - ``hint``: what to do about it, or None;
    - ``results``: the results of the statements of the same text that ran
      before the one that failed (their writes stay; the failing statement
      changed nothing).
    """

    def __init__(self, display, *, message=None, kind=None, code=None, line=None,
                 column=None, file=None, offset=None, hint=None, results=()):
        super().__init__(display)
        self.message = message if message is not None else display
        self.kind = kind
        self.code = code
        self.line = line
        self.column = column
        self.file = file
        self.offset = offset
        self.hint = hint
        self.results = list(results)


class ParseError(Error):
    """A statement that does not parse; nothing of its text ran."""


class NameError(Error):  # noqa: A001 -- the binary's "Name error"; not in __all__
    """An unknown or ambiguous node or relation name (``code`` "not_found" or
    "ambiguous"); the hint names the closest ones."""


class QueryError(Error):
    """A statement that names what it cannot do (a FROM equal to its TO, a text
    the store would refuse, ...)."""


class LoadError(Error):
    """A file or list of claims that does not load: nothing of it was stored.
    ``file``, ``line`` and ``column`` say where."""


class StorageError(Error):
    """The database: it cannot be opened, read or written."""


class LockedError(StorageError):
    """The database is open for writing in another process: one process may
    write a database at a time, any number may read it
    (``causalkg.open(path, read_only=True)``)."""


class ReadOnlyError(StorageError):
    """A write to a database opened with ``read_only=True``."""


class CorruptError(StorageError):
    """Stored data that cannot be read back as written."""


class UsageError(Error):
    """A call that cannot be made so: a closed database, a result that is not
    a graph, an unknown format."""


class InternalError(Error):
    """A fault of causalkg's own."""


_BY_KIND = {
    "Parse error": ParseError,
    "Name error": NameError,
    "Query error": QueryError,
    "Load error": LoadError,
    "Storage error": StorageError,
    "Usage error": UsageError,
    "Internal error": InternalError,
}

_STORAGE_BY_CODE = {
    "locked": LockedError,
    "read_only": ReadOnlyError,
    "corrupt": CorruptError,
}


def from_status(fields, results=()):
    """The exception for an error's fields as the native module gives them."""
    cls = _BY_KIND.get(fields["kind"], Error)
    if cls is StorageError:
        cls = _STORAGE_BY_CODE.get(fields["code"], StorageError)
    return cls(fields["display"], message=fields["message"], kind=fields["kind"],
               code=fields["code"], line=fields["line"], column=fields["column"],
               file=fields["file"], offset=fields["offset"], hint=fields["hint"],
               results=results)


class CausalkgWarning(UserWarning):
    """What a load or an open has to say: a load's warnings and its readers'
    notes, a migration of the store's format, damage a reader answers around."""
