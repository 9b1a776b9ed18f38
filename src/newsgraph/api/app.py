"""Build the FastAPI app; the store is opened and closed in the app's lifespan."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from newsgraph import __version__
from newsgraph.api.routes import ROUTERS
from newsgraph.settings import Settings
from newsgraph.stores import Store, open_store

DESCRIPTION = """Who said what, about what, when and where — and what happened to whom — in news
articles. Named graph queries, raw read-only SPARQL and Cypher, and exports."""


def create_app(settings: Settings | None = None, store: Store | None = None) -> FastAPI:
    """The app for ``settings``; pass an open ``store`` to share one (it is then not closed)."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        own = store is None
        app.state.store = store if store is not None else open_store(settings)
        try:
            yield
        finally:
            if own:
                app.state.store.close()

    app = FastAPI(title="newsgraph", version=__version__, description=DESCRIPTION, lifespan=lifespan)
    app.state.settings = settings
    for router in ROUTERS:
        app.include_router(router)
    return app
