"""Where the project's data folders are: ``ontology/`` and ``queries/`` at the top of a checkout,
or inside the installed package (the wheel carries copies)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def resource_dir(name: str) -> Path:
    """The folder ``name`` ("ontology", "queries" or "samples")."""
    for candidate in (_PACKAGE.parents[1] / name, _PACKAGE / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"newsgraph data folder {name!r} not found near {_PACKAGE}")
