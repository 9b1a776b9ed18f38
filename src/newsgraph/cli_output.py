"""How the command line prints query rows: a table shortened to fit the terminal, JSON or CSV."""

from __future__ import annotations

import csv
import json
import sys
from typing import Any

import typer

WIDTH = 100
"""Columns of the default table (``--wide`` lifts it): the widest columns are shortened to fit."""
STATEMENT_VIEW = (
    ("date", "date"),
    ("speaker", "speaker_name"),
    ("said", "content"),
    ("published", "outlet|title"),
)
"""The narrow statement table: (header, source columns joined with ' — ')."""


def print_rows(columns: list[str], rows: list[list[Any]], format: str, wide: bool = False) -> None:
    if format == "json":
        typer.echo(
            json.dumps([dict(zip(columns, r, strict=True)) for r in rows], ensure_ascii=False, indent=2)
        )
        return
    if format == "csv":
        w = csv.writer(sys.stdout)
        w.writerow(columns)
        w.writerows(rows)
        return
    from rich.console import Console
    from rich.table import Table

    if not wide and {"date", "speaker_name", "content"} <= set(columns):
        index = {c: i for i, c in enumerate(columns)}
        headers = [h for h, _ in STATEMENT_VIEW]
        cells = [
            [
                " — ".join(
                    str(r[index[c]]) for c in src.split("|") if c in index and r[index[c]] not in (None, "")
                )
                for _, src in STATEMENT_VIEW
            ]
            for r in rows
        ]
    else:
        headers, cells = columns, [["" if v is None else str(v) for v in r] for r in rows]
    widths = [max([len(h), *(len(r[i]) for r in cells)]) for i, h in enumerate(headers)]
    if not wide:  # shrink the widest column, one character at a time, till the table fits
        room = WIDTH - (3 * len(headers) + 1)
        while sum(widths) > room and max(widths) > 4:
            widths[widths.index(max(widths))] -= 1
        cells = [[_shorten(v, w) for v, w in zip(r, widths, strict=True)] for r in cells]
    table = Table(*headers, show_lines=False)
    for column, width in zip(table.columns, widths, strict=True):
        column.width, column.no_wrap = width, True
    for r in cells:
        table.add_row(*r)
    Console(width=max(WIDTH, sum(widths) + 3 * len(widths) + 1)).print(table)


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split()) if len(text) > width else text
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"
