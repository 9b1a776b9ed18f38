"""Shared fixtures: the French model (loaded once), the sample corpus, and a store built from it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "seeds"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    from newsgraph.extract.pipeline import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def sample_dir() -> Path:
    return SAMPLES


@pytest.fixture(scope="session")
def sample_extractions(nlp):
    """The sample corpus, extracted and resolved once."""
    from newsgraph.extract.pipeline import extract
    from newsgraph.ingest import read_paths
    from newsgraph.resolve import Registry, resolve

    problems: list = []
    docs = list(read_paths([SAMPLES], problems.append))
    assert not problems
    return resolve(list(extract(docs, nlp)), Registry())


@pytest.fixture(scope="session")
def sample_records(sample_extractions):
    return [r for x in sample_extractions for r in x.records()]


@pytest.fixture(scope="session")
def built_store(sample_records, tmp_path_factory) -> Iterator:
    """An embedded Oxigraph store holding the sample corpus."""
    from newsgraph.stores.oxigraph import OxigraphStore

    store = OxigraphStore(tmp_path_factory.mktemp("oxigraph") / "store")
    store.write(sample_records)
    yield store
    store.close()
