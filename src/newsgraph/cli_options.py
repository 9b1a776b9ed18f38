"""The options several commands of the command line share (:mod:`newsgraph.cli`), each with its
help and its default."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

Paths = Annotated[
    list[Path],
    typer.Argument(help="Folders of .txt (+ metadata.csv), .txt files, or JSON Lines (.jsonl, .jsonl.gz)."),
]
StorePath = Annotated[
    Path | None,
    typer.Option(
        "--store",
        envvar="NEWSGRAPH_STORE_PATH",
        help="Folder of the embedded Oxigraph store.",
        show_default=".newsgraph/store",
    ),
]
Backend = Annotated[
    str | None,
    typer.Option(
        "--backend",
        envvar="NEWSGRAPH_BACKEND",
        help="oxigraph, falkordb, neo4j or sparql.",
        show_default="oxigraph",
    ),
]
IdField = Annotated[
    str,
    typer.Option(
        envvar="NEWSGRAPH_JSON_ID",
        help="JSON Lines: field holding the article id (absent: a hash of url or text).",
    ),
]
TextField = Annotated[
    str, typer.Option(envvar="NEWSGRAPH_JSON_TEXT", help="JSON Lines: field holding the article text.")
]
TitleField = Annotated[
    str, typer.Option(envvar="NEWSGRAPH_JSON_TITLE", help="JSON Lines: field holding the title.")
]
DateField = Annotated[
    str, typer.Option(envvar="NEWSGRAPH_JSON_DATE", help="JSON Lines: field holding the publication date.")
]
UrlField = Annotated[
    str, typer.Option(envvar="NEWSGRAPH_JSON_URL", help="JSON Lines: field holding the URL.")
]

WRITE_EVERY = 8
"""``build``'s batches per store write: on the first 2,048 reports of 2022 (bench_build_replay),
8 batches of 64 per Oxigraph bulk load cost the build process about a third less CPU than one
(RocksDB compacts fewer ingested files), the same graph and registry."""
WriteEvery = Annotated[
    int,
    typer.Option(
        envvar="NEWSGRAPH_WRITE_EVERY",
        help=(
            "Batches written together, all or nothing (fewer, larger writes: less compaction "
            "of the embedded store; a failed write names the documents it did not store)."
        ),
    ),
]
