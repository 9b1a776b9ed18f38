"""The web explorer: pages for people who will not write SPARQL, served by the API's app.

Server-rendered Jinja2 templates (``templates/``) with a little plain JavaScript and vendored,
offline assets (``static/``, see ``static/vendor/README.md``); the data comes from the named
queries, as the JSON API's does.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

STATIC = Path(__file__).resolve().parent / "static"


def mount(app: FastAPI) -> None:
    """Add the explorer's pages (``/``, ``/explore/...``) and its assets (``/explore/static``)."""
    from newsgraph.api.explorer.routes import router

    app.include_router(router)
    app.mount("/explore/static", StaticFiles(directory=STATIC), name="static")
