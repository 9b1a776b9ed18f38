"""The ``newsgraph`` command line. Every option is also an environment variable (shown in --help)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer

from newsgraph.cli_options import (
    WRITE_EVERY,
    Backend,
    DateField,
    IdField,
    Paths,
    StorePath,
    TextField,
    TitleField,
    UrlField,
    WriteEvery,
)
from newsgraph.cli_output import print_rows
from newsgraph.ingest import InputError, InputProblem, JsonFields, read_paths
from newsgraph.settings import Settings

app = typer.Typer(
    help="newsgraph: who said what, about what, when and where, from French news.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        from newsgraph import __version__

        typer.echo(f"newsgraph {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """newsgraph: who said what, about what, when and where, from French news."""


def warn(message: str) -> None:
    typer.secho(f"newsgraph: warning: {message}", err=True, fg=typer.colors.YELLOW)


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


def report_failure(problems: Problems) -> Any:
    """A document whose extraction fails, as an input problem: named with its source, then skipped."""
    from newsgraph.extract.pipeline import error_text

    def report(document: Any, e: Exception) -> None:
        source = document.source or document.id
        problems(InputProblem(source, f"extraction failed on document {document.id}: {error_text(e)}"))

    return report


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
        problem = "; ".join(
            f"{'.'.join(map(str, err['loc'])) or 'settings'}: {err['msg']}"
            for err in e.errors(include_url=False, include_input=False)
        )
    except ValueError as e:  # raised by code, not carrying the input
        problem = str(e)
    fail(f"bad settings: {problem}")  # outside the except: no chained traceback holding the input
    raise AssertionError("unreachable")


@contextmanager
def opened_store(settings: Settings, read_only: bool = False, strict: bool = True) -> Iterator[Any]:
    from newsgraph.stores import StoreError, open_store

    try:
        store = open_store(settings, read_only=read_only, strict=strict, warn=warn)
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
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="Write to this file instead of standard output.", show_default="stdout"
        ),
    ] = None,
    resolve_actors: Annotated[
        bool, typer.Option("--resolve/--no-resolve", help="Make actors canonical across the documents.")
    ] = True,
    id_field: IdField = "id",
    text_field: TextField = "description",
    title_field: TitleField = "title",
    date_field: DateField = "date",
    url_field: UrlField = "url",
) -> None:
    """Print the records extracted from articles, one JSON object a line (no store needed)."""
    from newsgraph.extract import pipeline
    from newsgraph.model import to_dict
    from newsgraph.resolve import resolve

    if format != "jsonl":
        fail(f"unknown format {format!r} (want: jsonl)")
    problems = Problems()
    fields = JsonFields(id=id_field, text=text_field, title=title_field, date=date_field, url=url_field)
    out = output.open("w", encoding="utf-8") if output else sys.stdout
    try:
        documents = read_paths(paths, problems, fields)
        extractions = pipeline.extract_or_report(documents, report_failure(problems))
        if resolve_actors:
            extractions = iter(resolve(list(extractions)))
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
    batch_size: Annotated[
        int, typer.Option(envvar="NEWSGRAPH_BATCH_SIZE", help="Documents per batch (one transaction each).")
    ] = 64,
    workers: Annotated[
        int, typer.Option(envvar="NEWSGRAPH_WORKERS", help="Extraction processes on this machine.")
    ] = 1,
    write_every: WriteEvery = WRITE_EVERY,
    executor: Annotated[str, typer.Option(envvar="NEWSGRAPH_EXECUTOR", help="local or dask.")] = "local",
    scheduler: Annotated[
        str | None,
        typer.Option(
            envvar="NEWSGRAPH_SCHEDULER",
            help=(
                "Dask scheduler address, e.g. tcp://host:8786 (with --executor dask; "
                "absent: a local Dask cluster of --workers processes)."
            ),
            show_default="none",
        ),
    ] = None,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Show a progress bar.")] = True,
    replace: Annotated[
        bool,
        typer.Option(
            "--replace",
            help="A document whose id is stored with another text replaces it (default: skipped and named).",
            show_default="off",
        ),
    ] = False,
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
    from newsgraph import write
    from newsgraph.stores import StoreError

    if batch_size < 1 or workers < 1 or write_every < 1:
        fail("--batch-size, --workers and --write-every must be at least 1")
    settings = settings_for(store, backend, batch_size=batch_size)
    problems = Problems()
    fields = JsonFields(id=id_field, text=text_field, title=title_field, date=date_field, url=url_field)
    try:
        documents = read_paths(paths, problems, fields)  # lazy: read as the batches need them
        first = next(documents, None)  # a missing path fails here, before the store is opened
    except InputError as e:
        fail(str(e))
    if first is None:  # nothing readable: say so, and leave the store as it is (or absent)
        fail("nothing to build: no readable article in " + ", ".join(map(str, paths)), code=1)
        raise AssertionError("unreachable")
    documents = itertools.chain([first], documents)
    extractor = make_extractor(settings, workers, executor, scheduler)
    bar = tqdm(unit="doc", disable=not progress, file=sys.stderr)
    report = None
    with opened_store(settings) as s:
        # with its journal, after a crash; minus what a kill between journal and write left
        registry = write.open_registry(settings.registry_file, s)

        def on_batch(n: int) -> None:
            bar.update(n)

        try:
            report = build_mod.build(
                documents,
                s,
                registry,
                batch_size=settings.batch_size,
                extractor=extractor,
                on_batch=on_batch,
                registry_file=settings.registry_file,
                replace=replace,
                write_every=write_every,
            )
        except StoreError as e:
            fail(f"{e} (batches before the failing one are stored; rerun to resume)")
        finally:
            bar.close()
            close = getattr(extractor, "close", None)
            if close:
                close()
    assert report is not None
    typer.echo(
        f"built: {report.documents} new documents, {report.skipped} already stored, "
        f"{report.replaced} replacing an older text, "
        f"{len(report.conflicts)} refused (id stored with another text), "
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
    if executor == "dask":
        from importlib.util import find_spec

        if find_spec("distributed") is None:
            fail(
                "--executor dask needs the optional dependencies of newsgraph[dask]; "
                "install them with: pip install 'newsgraph[dask]'"
            )
    if executor == "dask" or workers > 1:
        try:
            from newsgraph import parallel
        except ImportError as e:
            fail(f"parallel extraction is not available in this installation ({e})")
        return parallel.extractor(
            settings.model, workers=workers, executor=executor, scheduler=scheduler, resolved=True
        )
    return build_mod.local_extractor(settings.model)


@app.command()
def query(
    name: Annotated[
        str, typer.Argument(help="A named query (see `newsgraph queries`) or a .rq / .cypher file.")
    ],
    param: Annotated[
        list[str] | None,
        typer.Option(
            "--param",
            "-p",
            help="A parameter of the named query as key=value, repeatable (see `newsgraph queries`).",
            show_default="none",
        ),
    ] = None,
    format: Annotated[str, typer.Option("--format", "-f", help="table, csv or json.")] = "table",
    limit: Annotated[
        int, typer.Option(min=1, help="At most this many rows (a note says when there are more).")
    ] = 100,
    wide: Annotated[
        bool,
        typer.Option("--wide", help="table: every column, in full, as wide as it takes.", show_default="off"),
    ] = False,
    store: StorePath = None,
    backend: Backend = None,
) -> None:
    """Run a named query or a query file against the store and print the rows.

    The table fits 100 columns: for statements, the date, the speaker, what was said (shortened)
    and where it was published; --wide shows every column in full."""
    from newsgraph import queries
    from newsgraph.stores import NEEDS_CURRENT, QueryRejected

    if format not in {"table", "csv", "json"}:
        fail(f"unknown format {format!r} (want: table, csv or json)")
    params: dict[str, str] = {}
    for p in param or []:
        key, sep, value = p.partition("=")
        if not sep or not key:
            fail(f"--param wants key=value, got {p!r}")
        params[key.strip()] = value
    path = Path(name)
    is_file = path.suffix in {".rq", ".sparql", ".cypher", ".cql"}
    try:  # a mistake in the question is named before any store is opened
        if is_file and not path.is_file():
            fail(f"{path}: no such file")
        if not is_file:
            queries.get(name).check_params(params)
    except queries.QueryError as e:
        fail(str(e))
    settings = settings_for(store, backend)
    require_store(settings)
    with opened_store(settings, read_only=True, strict=not is_file and name in NEEDS_CURRENT) as s:
        try:
            if is_file:
                result = s.raw(path.read_text(encoding="utf-8"))
            else:
                result = s.query(name, params, limit=limit + 1)
        except (queries.QueryError, QueryRejected) as e:
            fail(str(e))
    more = result.truncated or len(result.rows) > limit
    rows = result.rows[:limit]
    print_rows(result.columns, rows, format, wide=wide)
    typer.echo(f"{len(rows)} rows" + (f" (more exist: raise --limit, now {limit})" if more else ""), err=True)


def require_store(settings: Settings) -> None:
    """Refuse to read an embedded store that is not there (opening it would create an empty one)."""
    path = settings.store_path
    if settings.backend == "oxigraph" and not (Path(path) / "CURRENT").is_file():
        fail(f"{path}: no newsgraph store here (build one with `newsgraph build PATH --store {path}`)")
    where = Path(settings.falkordb.path)
    if settings.backend == "falkordb" and not settings.falkordb.url and not where.is_file():
        fail(f"{where}: no FalkorDB store here (build one with `newsgraph build PATH --backend falkordb`)")


@app.command("queries")
def list_queries() -> None:
    """List the named queries with their parameters (* needed) and columns."""
    from newsgraph.queries import PARAM_HELP, catalog

    for q in catalog().values():
        params = ", ".join(p + ("*" if p in q.required else "") for p in q.params)
        typer.echo(f"{q.name}({params}) -> {', '.join(q.columns)}\n    {q.description}")
        for p in q.params:
            typer.echo(f"      {p}{' (needed)' if p in q.required else ''}: {PARAM_HELP.get(p, '')}")


@app.command()
def export(
    format: Annotated[
        str, typer.Option("--format", "-f", help="gexf, graphml, csv, turtle, nquads or jsonld.")
    ],
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write (a folder for csv).")],
    topic: Annotated[
        str | None, typer.Option(help="Only statements about this topic.", show_default="all")
    ] = None,
    actor: Annotated[
        str | None,
        typer.Option(help="Only what involves this actor (id or part of a name).", show_default="all"),
    ] = None,
    place: Annotated[
        str | None, typer.Option(help="Only events at this place (id or part of a name).", show_default="all")
    ] = None,
    since: Annotated[
        str | None,
        typer.Option(help="From this date (YYYY, YYYY-MM or YYYY-MM-DD).", show_default="the first"),
    ] = None,
    until: Annotated[str | None, typer.Option(help="Up to this date.", show_default="the last")] = None,
    store: StorePath = None,
    backend: Backend = None,
) -> None:
    """Export the graph (or a filtered part) for Gephi, other graph tools or RDF stores."""
    from newsgraph import export as export_mod

    settings = settings_for(store, backend)
    require_store(settings)
    with opened_store(settings, read_only=True, strict=format not in export_mod.RDF_FORMATS) as s:
        try:
            export_mod.write_export(
                s, format, output, topic=topic, actor=actor, place=place, since=since, until=until
            )
        except export_mod.ExportError as e:
            fail(str(e))
    typer.echo(f"exported {format} to {output}", err=True)


@app.command()
def serve(
    host: Annotated[str, typer.Option(envvar="NEWSGRAPH_HOST", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(envvar="NEWSGRAPH_PORT", help="Port to listen on.")] = 8000,
    store: StorePath = None,
    backend: Backend = None,
) -> None:
    """Serve the graph over HTTP: the web explorer at /, the API beside it (OpenAPI docs at /docs)."""
    from newsgraph.api import server
    from newsgraph.api.app import create_app

    settings = settings_for(store, backend, host=host, port=port)
    with opened_store(settings) as s:  # refused here, with its message, when not in this code's format
        server.run(create_app(settings, store=s), settings)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
