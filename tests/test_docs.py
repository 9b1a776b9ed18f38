"""The README tells the truth: every command, endpoint and setting is documented there."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _routes():
    from newsgraph.api.app import create_app

    app = create_app()
    return sorted({p for p in app.openapi()["paths"]})


def _commands():
    import typer.main

    from newsgraph.cli import app

    return sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


def _settings():
    from pydantic import BaseModel

    from newsgraph.settings import Settings

    names = []
    for name, field in Settings.model_fields.items():
        ann = field.annotation
        if isinstance(ann, type) and issubclass(ann, BaseModel):
            names += [f"NEWSGRAPH_{name.upper()}__{sub.upper()}" for sub in ann.model_fields]
        else:
            names.append(f"NEWSGRAPH_{name.upper()}")
    return names


@pytest.mark.parametrize("path", _routes())
def test_endpoint_documented(path):
    bare = re.sub(r"\{[^}]+\}", "{", path)
    documented = {
        re.sub(r"\{[^}]+\}", "{", p) for p in re.findall(r"`(?:GET|POST|PUT|DELETE) (/[^`?\s]*)", README)
    }
    assert bare in documented, f"{path} is not in README.md"


@pytest.mark.parametrize("command", _commands())
def test_command_documented(command):
    assert f"newsgraph {command}" in README


@pytest.mark.parametrize("variable", _settings())
def test_setting_documented(variable):
    prefix, _, sub = variable.partition("__")
    assert variable in README or (sub and prefix in README and f"__{sub}" in README), (
        f"{variable} is not in README.md"
    )
