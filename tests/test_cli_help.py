"""The command line as people read it (issue 15, item 5): every option of every command is described
and says its default (a required option needs none; a --x/--no-x pair names the one it takes)."""

from __future__ import annotations

import typer.core
import typer.main
from typer.testing import CliRunner

from newsgraph.cli import app


def options() -> list[tuple[str, typer.core.TyperOption]]:
    group = typer.main.get_command(app)
    return [
        (name, p)
        for name, command in group.commands.items()  # type: ignore[attr-defined]
        for p in command.params
        if isinstance(p, typer.core.TyperOption)
    ]


def says_its_default(p: typer.core.TyperOption) -> bool:
    if p.required or p.secondary_opts or isinstance(p.show_default, str):
        return True
    return bool(p.show_default) and p.default not in (None, False)


def test_every_option_is_described_with_its_default():
    found = options()
    assert {name for name, _ in found} >= {"build", "query", "export", "serve", "extract"}
    assert [(name, p.name) for name, p in found if not p.help] == []
    assert [(name, p.name) for name, p in found if not says_its_default(p)] == []


def test_an_option_without_a_default_value_says_what_it_takes_instead():
    text = CliRunner().invoke(app, ["query", "-h"], env={"COLUMNS": "200"}).output
    assert ".newsgraph/store" in text and "oxigraph" in text  # --store and --backend
    assert "default: (off)" in text  # --wide
    served = CliRunner().invoke(app, ["serve", "--help"], env={"COLUMNS": "200"}).output
    assert "Port to listen on" in served and "Address to listen on" in served


def test_version_and_short_help():
    assert CliRunner().invoke(app, ["--version"]).output.startswith("newsgraph ")
    assert "Usage" in CliRunner().invoke(app, ["-h"]).output
