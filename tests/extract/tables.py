"""The sentences of the test tables, for tests that run every table sentence two ways (a shortcut
on and off) and compare: the first string of each parametrized row of the named test modules."""

from __future__ import annotations

import importlib
from collections.abc import Iterable

from _pytest.mark.structures import ParameterSet


def table_sentences(modules: Iterable[str]) -> list[str]:
    """The first string of every parametrized row of the ``modules`` (names importable from
    tests/extract), with a space in it, each once, in order."""
    found: dict[str, None] = {}
    for name in modules:
        module = importlib.import_module(name)
        for value in vars(module).values():
            for mark in getattr(value, "pytestmark", []):
                if mark.name != "parametrize" or len(mark.args) < 2:
                    continue
                for row in mark.args[1]:
                    values = row.values if isinstance(row, ParameterSet) else row
                    first = values[0] if isinstance(values, tuple | list) else values
                    if isinstance(first, str) and " " in first.strip():
                        found.setdefault(first, None)
    return list(found)
