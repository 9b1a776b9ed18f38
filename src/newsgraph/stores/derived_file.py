"""The rows of the derived tables (:mod:`newsgraph.stores.derived`) kept in a file beside the store,
so that a service starting on a store it has not written reads them from the file, instead of
reading the whole graph again (a minute or more on the graph of 2022).

The file is right only for the state of the store it was made from. It names that state by a
stamp: the store's number of triples, the version of Python (``marshal``'s format) and the text
of the queries that read the tables. The embedded store removes the file before each write
(``forget``, under the lock that ``save`` takes too; it keeps the rows it read to bring them up
to date, :mod:`newsgraph.stores.derived_update`, and saves them again at the next query or when
the store closes), so that a file never outlives the state it describes, and the stamp catches a
store written by other means (another program that changed its number of triples). The rows are
plain values (strings, numbers, booleans, None, lists and tuples), written with ``marshal``, which
reads them back several times faster than ``pickle`` and runs no code as it does.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FORMAT = 1
"""Bumped when what the file holds changes shape."""


@dataclass(frozen=True)
class Aside:
    """A file of rows moved aside before a write, and the header it had to have then."""

    path: Path
    header: list[Any]


def _read(path: Path, header: list[Any]) -> dict[str, list[Any]] | None:
    try:
        with path.open("rb") as f:
            if marshal.load(f) != header:
                return None
            rows = marshal.load(f)
    except (OSError, EOFError, ValueError, TypeError):
        return None
    return rows if isinstance(rows, dict) else None


class SavedRows:
    """The file ``path`` of the rows of one state of the store; ``stamp()`` names the store's state
    now (computed when the file is read or written)."""

    def __init__(self, path: Path, stamp: Callable[[], Any], queries: str) -> None:
        self.path = path
        self._stamp = stamp
        self._version = [FORMAT, list(sys.version_info[:2]), hashlib.sha256(queries.encode()).hexdigest()]
        self.lock = threading.Lock()

    def _header(self) -> list[Any]:
        return [*self._version, self._stamp()]

    def load(self) -> dict[str, list[Any]] | None:
        """The rows, when the file is there and made from the store as it is now; else None."""
        return _read(self.path, self._header())

    def set_aside(self) -> Aside | None:
        """Before a write (hold ``lock``): the file, when made from the store as it is now, moved to
        ``PATH.base`` (out of the way of the next start, which must not read it) with its header, for
        ``load_aside`` to read once the write is done (a write does not wait for the rows)."""
        if not self.current():
            return None
        base = self.path.with_name(f"{self.path.name}.base")
        header = self._header()
        try:
            os.replace(self.path, base)
        except OSError:
            return None
        return Aside(base, header)

    @staticmethod
    def load_aside(aside: Aside) -> dict[str, list[Any]] | None:
        """The rows of a file set aside (then removed), if it is still the one set aside."""
        try:
            return _read(aside.path, aside.header)
        finally:
            aside.path.unlink(missing_ok=True)

    def current(self) -> bool:
        """Whether the file is there and made from the store as it is now (its header only)."""
        try:
            with self.path.open("rb") as f:
                return bool(marshal.load(f) == self._header())
        except (OSError, EOFError, ValueError, TypeError):
            return False

    def save(self, rows: dict[str, list[Any]], still: Callable[[], bool]) -> None:
        """Write the rows (to a new file, then renamed over the old one), if ``still()`` says that
        the store is still in the state they were read from. A store that cannot be written beside
        (a read-only folder) just has no file."""
        with self.lock:
            if not still():
                return
            tmp = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
            try:
                with tmp.open("wb") as f:
                    marshal.dump(self._header(), f)
                    marshal.dump(rows, f)
                os.replace(tmp, self.path)
            except (OSError, ValueError):
                tmp.unlink(missing_ok=True)

    def forget(self) -> None:
        """Remove the file (before a write: its rows are about to be wrong; an OSError when it
        cannot be, and then nothing may be written). Hold ``lock``."""
        self.path.unlink(missing_ok=True)
