"""The ``newsgraph`` command line. Every option is also an environment variable (shown in --help)."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer

from newsgraph.ingest import InputError, InputProblem, JsonFields, read_paths
from newsgraph.settings import Settings

app = typer.Typer(
    help="newsgraph: who said what, about what, when and where, from French news.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)

Paths = Annotated[list[Path], typer.Argument(help="Folders of .txt (+ metadata.csv), .txt files, or JSON Lines (.jsonl, .jsonl.gz).")]
StorePath = Annotated[Path | None, typer.Option("--store", envvar="NEWSGRAPH_STORE_PATH", help="Folder of the embedded Oxigraph store.")]
Backend = Annotated[str | None, typer.Option("--backend", envvar="NEWSGRAPH_BACKEND", help="oxigraph, falkordb, neo4j or sparql.")]
IdField = Annotated[str, typer.Option(envvar="NEWSGRAPH_JSON_ID", help="JSON Lines: field holding the article id (absent: a hash of url or text).")]
TextField = Annotated[str, typer.Option(envvar="NEWSGRAPH_JSON_TEXT", help="JSON Lines: field holding the article text.")]
TitleField = Annotated[str, typer.Option(envvar="NEWSGRAPH_JSON_TITLE", help="JSON Lines: field holding the title.")]
DateField = Annotated[str, typer.Option(envvar="NEWSGRAPH_JSON_DATE", help="JSON Lines: field holding the publication date.")]
UrlField = Annotated[str, typer.Option(envvar="NEWSGRAPH_JSON_URL", help="JSON Lines: field holding the URL.")]


def fail(message: str, code: int = 2) -> None:
    typer.secho(f"newsgraph: error: {message}", err=True, fg=typer.colors.RED)
    raise typer.Exit(code)


class Problems:
    """Collects input problems; the command goes on with the other inputs and exits 1 at the end."""

    def __init__(self) -> None:
        self.items: list[InputProblem] = []

    def __call__(self, problem: InputProblem) -> None:
        self.items.append(problem)
        typer.secho(f"newsgraph: skipped {problem}", err=True, fg=typer.colors.YELLOW)

    def exit_code(self) -> int:
        return 1 if self.items else 0


def settings_for(store: Path | None = None, backend: str | None = None, **extra: Any) -> Settings:
    overrides: dict[str, Any] = {k: v for k, v in extra.items() if v is not None}
    if store is not None:
        overrides["store_path"] = store
    if backend is not None:
        overrides["backend"] = backend
    from pydantic import ValidationError

    try:
        return Settings(**overrides)
    except ValidationError as e:  # pydantic's messages and field names only: an input may be a secret
        problem = "; ".join(f"{'.'.join(map(str, err['loc'])) or 'settings'}: {err['msg']}"
                            for err in e.errors(include_url=False, include_input=False))
    except ValueError as e:  # raised by code, not carrying the input
        problem = str(e)
    fail(f"bad settings: {problem}")  # outside the except: no chained traceback holding the input
    raise AssertionError("unreachable")


@contextmanager
def opened_store(settings: Settings) -> Iterator[Any]:
    from newsgraph.stores import StoreError, open_store

    try:
        store = open_store(settings)
    except StoreError as e:
        fail(str(e))
    try:
        yield store
    finally:
        store.close()


@app.command()
def extract(
    paths: Paths,
    format: Annotated[str, typer.Option("--format", "-f", help="Output format: jsonl.")] = "jsonl",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file instead of standard output.")] = None,
    resolve_actors: Annotated[bool, typer.Option("--resolve/--no-resolve", help="Make actors canonical across the documents.")] = True,
    id_field: IdField = "id",
    text_field: TextField = "description",
    title_field: TitleField = "title",
    date_field: DateField = "date",
    url_field: UrlField = "url",
) -> None:
    """Print the records extracted from articles, one JSON object a line (no store needed)."""
    from newsgraph.extract import pipeline
    from newsgraph.model import to_dict
    from newsgraph.resolve import Registry, resolve

    if format != "jsonl":
        fail(f"unknown format {format!r} (want: jsonl)")
    problems = Problems()
    fields = JsonFields(id=id_field, text=text_field, title=title_field, date=date_field, url=url_field)
    out = output.open("w", encoding="utf-8") if output else sys.stdout
    try:
        documents = read_paths(paths, problems, fields)
        extractions = pipeline.extract(documents)
        if resolve_actors:
            extractions = iter(resolve(list(extractions), Registry()))
        for x in extractions:
            for record in x.records():
                out.write(json.dumps(to_dict(record), ensure_ascii=False) + "\n")
    except InputError as e:
        fail(str(e))
    finally:
        if output:
            out.close()
    raise typer.Exit(problems.exit_code())


@app.command()
def build(
    paths: Paths,
    store: StorePath = None,
    backend: Backend = None,
    batch_size: Annotated[int, typer.Option(envvar="NEWSGRAPH_BATCH_SIZE", help="Documents per batch (one transaction each).")] = 64,
    workers: Annotated[int, typer.Option(envvar="NEWSGRAPH_WORKERS", help="Extraction processes on this machine.")] = 1,
    executor: Annotated[str, typer.Option(envvar="NEWSGRAPH_EXECUTOR", help="local or dask.")] = "local",
    scheduler: Annotated[str | None, typer.Option(envvar="NEWSGRAPH_SCHEDULER", help="Dask scheduler address, e.g. tcp://host:8786 (with --executor dask; absent: a local Dask cluster of --workers processes).")] = None,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Show a progress bar.")] = True,
    id_field: IdField = "id",
    text_field: TextField = "description",
    title_field: TitleField = "title",
    date_field: DateField = "date",
    url_field: UrlField = "url",
) -> None:
    """Extract articles and load them into the store (default: embedded Oxigraph in .newsgraph/store).

    Articles are read, analysed and written in batches (memory does not grow with the corpus);
    articles already stored are skipped by content hash, so a rerun only adds what is new."""
    import itertools

    from tqdm import tqdm

    from newsgraph import build as build_mod
    from newsgraph.resolve import Registry
    from newsgraph.stores import StoreError

    if batch_size < 1 or workers < 1:
        fail("--batch-size and --workers must be at least 1")
    settings = settings_for(store, backend, batch_size=batch_size)
    problems = Problems()
    fields = JsonFields(id=id_field, text=text_field, title=title_field, date=date_field, url=url_field)
    try:
        documents = read_paths(paths, problems, fields)  # lazy: read as the batches need them
        first = next(documents, None)  # a missing path fails here, before the store is opened
    except InputError as e:
        fail(str(e))
    if first is not None:
        documents = itertools.chain([first], documents)
    extractor = make_extractor(settings, workers, executor, scheduler)
    registry = Registry.load(settings.registry_file)  # with its journal, after a crash
    bar = tqdm(unit="doc", disable=not progress, file=sys.stderr)

    def on_batch(n: int) -> None:
        bar.update(n)
        registry.checkpoint(settings.registry_file)  # rewritten whole once its journal is long

    report = None
    with opened_store(settings) as s:
        try:
            report = build_mod.build(
                documents, s, registry, batch_size=settings.batch_size, extractor=extractor, on_batch=on_batch,
                before_write=lambda: registry.journal(settings.registry_file),
            )
        except StoreError as e:
            fail(f"{e} (batches before the failing one are stored; rerun to resume)")
        finally:
            bar.close()
            if report is None or report.documents:  # a rerun that added nothing leaves it as it was
                registry.checkpoint(settings.registry_file)
            close = getattr(extractor, "close", None)
            if close:
                close()
    assert report is not None
    typer.echo(
        f"built: {report.documents} new documents, {report.skipped} already stored, "
        f"{report.statements} statements, {report.events} event reports, {len(report.actors)} actors"
        f" -> {settings.backend}" + (f" at {settings.store_path}" if settings.backend == "oxigraph" else ""),
        err=True,
    )
    raise typer.Exit(problems.exit_code())


def make_extractor(settings: Settings, workers: int, executor: str, scheduler: str | None) -> Any:
    """In this process (one worker), on ``workers`` local processes, or on a Dask cluster."""
    from newsgraph import build as build_mod

    if executor not in {"local", "dask"}:
        fail(f"unknown executor {executor!r} (want: local or dask)")
    if scheduler and executor != "dask":
        fail("--scheduler needs --executor dask")
    if executor == "dask" or workers > 1:
        try:
            from newsgraph import parallel
        except ImportError as e:
            fail(f"parallel extraction is not available in this installation ({e})")
        return parallel.extractor(settings.model, workers=workers, executor=executor, scheduler=scheduler)
    return build_mod.local_extractor(settings.model)


@app.command()
def query(
    name: Annotated[str, typer.Argument(help="A named query (see `newsgraph queries`) or a .rq / .cypher file.")],
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="A parameter as key=value (repeatable).")] = None,
    format: Annotated[str, typer.Option("--format", "-f", help="table, csv or json.")] = "table",
    limit: Annotated[int | None, typer.Option(help="At most this many rows.")] = None,
    store: StorePath = None,
    backend: Backend = None,
) -> None:
    """Run a named query or a query file against the store and print the rows."""
    from newsgraph.queries import QueryError
    from newsgraph.stores import QueryRejected

    if format not in {"table", "csv", "json"}:
        fail(f"unknown format {format!r} (want: table, csv or json)")
    params: dict[str, str] = {}
    for p in param or []:
        key, sep, value = p.partition("=")
        if not sep or not key:
            fail(f"--param wants key=value, got {p!r}")
        params[key.strip()] = value
    settings = settings_for(store, backend)
    with opened_store(settings) as s:
        try:
            path = Path(name)
            if path.suffix in {".rq", ".sparql", ".cypher", ".cql"}:
                if not path.is_file():
                    fail(f"{path}: no such file")
                result = s.raw(path.read_text(encoding="utf-8"))
            else:
                result = s.query(name, params, limit=limit)
        except (QueryError, QueryRejected) as e:
            fail(str(e))
    print_rows(result.columns, result.rows[:limit] if limit else result.rows, format)


def print_rows(columns: list[str], rows: list[list[Any]], format: str) -> None:
    if format == "json":
        typer.echo(json.dumps([dict(zip(columns, r, strict=True)) for r in rows], ensure_ascii=False, indent=2))
    elif format == "csv":
        w = csv.writer(sys.stdout)
        w.writerow(columns)
        w.writerows(rows)
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(*columns, show_lines=False)
        for r in rows:
            table.add_row(*("" if v is None else str(v) for v in r))
        Console(width=200).print(table)
        typer.echo(f"{len(rows)} rows", err=True)


@app.command("queries")
def list_queries() -> None:
    """List the named queries with their parameters and columns."""
    from newsgraph.queries import catalog

    for q in catalog().values():
        typer.echo(f"{q.name}({', '.join(q.params)}) -> {', '.join(q.columns)}\n    {q.description}")


@app.command()
def export(
    format: Annotated[str, typer.Option("--format", "-f", help="gexf, graphml, csv, turtle, nquads or jsonld.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write (a folder for csv).")],
    topic: Annotated[str | None, typer.Option(help="Only statements about this topic.")] = None,
    actor: Annotated[str | None, typer.Option(help="Only what involves this actor (id or part of a name).")] = None,
    place: Annotated[str | None, typer.Option(help="Only events at this place (id or part of a name).")] = None,
    since: Annotated[str | None, typer.Option(help="From this date (YYYY, YYYY-MM or YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Up to this date.")] = None,
    store: StorePath = None,
    backend: Backend = None,
) -> None:
    """Export the graph (or a filtered part) for Gephi, other graph tools or RDF stores."""
    from newsgraph import export as export_mod

    settings = settings_for(store, backend)
    with opened_store(settings) as s:
        try:
            export_mod.write_export(s, format, output, topic=topic, actor=actor, place=place, since=since, until=until)
        except export_mod.ExportError as e:
            fail(str(e))
    typer.echo(f"exported {format} to {output}", err=True)


@app.command()
def serve(
    host: Annotated[str, typer.Option(envvar="NEWSGRAPH_HOST")] = "127.0.0.1",
    port: Annotated[int, typer.Option(envvar="NEWSGRAPH_PORT")] = 8000,
    store: StorePath = None,
    backend: Backend = None,
) -> None:
    """Serve the graph over HTTP: the web explorer at /, the API beside it (OpenAPI docs at /docs)."""
    import uvicorn

    from newsgraph.api.app import create_app

    settings = settings_for(store, backend, host=host, port=port)
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
