"""The Dask worker plugin of ``--executor dask`` (``parallel.DaskExtractor``), apart from
``newsgraph.parallel``: importing ``distributed`` took ~0.36 s of CPU in every process that
imported ``parallel``, the build process and each local worker included (a worker imports
``parallel`` to run its first chunk), which never use Dask."""

from __future__ import annotations

from typing import Any

from distributed.diagnostics.plugin import WorkerPlugin


class ModelPlugin(WorkerPlugin):
    """Dask worker plugin: load the spaCy model once when a worker starts (or joins)."""

    def __init__(self, model: str) -> None:
        self.model = model

    def setup(self, worker: Any) -> None:
        from newsgraph.extract import pipeline

        pipeline.load_nlp(self.model)
