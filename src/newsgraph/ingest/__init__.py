"""Readers: a folder of .txt files with an optional metadata.csv, a single .txt, or JSON Lines
(optionally gzipped) of articles. Each yields ``Document`` records; problems with one input are
reported as ``InputProblem`` (naming file, line and field) and never stop the others."""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from newsgraph.model import Document, TimeValue, stable_id

METADATA = "metadata.csv"
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz", ".json.gz", ".jsonl.gzip")


class InputError(Exception):
    """A user mistake that stops the command before anything is read (a missing path)."""


@dataclass(frozen=True, slots=True)
class InputProblem:
    source: str  # file, or file:line
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


@dataclass(frozen=True, slots=True)
class JsonFields:
    """Field names of articles in JSON Lines; defaults read the French TV-news corpus as it is."""

    id: str = "id"
    text: str = "description"
    title: str = "title"
    date: str = "date"
    url: str = "url"
    outlet: str = "outlet"
    language: str = "language"


Report = Callable[[InputProblem], None]

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_FR_DAY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


def parse_published(value: object) -> TimeValue | None:
    """A publication date as a day, a month or a year; timestamps keep their day.

    >>> parse_published("2022-11")
    TimeValue(value='2022-11', precision='month')
    >>> parse_published("2022-01-01T00:00:00.000Z").value
    '2022-01-01'
    """
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    if m := _DAY.match(text):
        date(int(m[1]), int(m[2]), int(m[3]))  # raises ValueError on an impossible day
        return TimeValue(f"{m[1]}-{m[2]}-{m[3]}", "day")
    if m := _MONTH.match(text):
        if not 1 <= int(m[2]) <= 12:
            raise ValueError(f"impossible month in {text!r}")
        return TimeValue(text, "month")
    if _YEAR.match(text):
        return TimeValue(text, "year")
    if m := _FR_DAY.match(text):
        d = date(int(m[3]), int(m[2]), int(m[1]))
        return TimeValue(d.isoformat(), "day")
    try:
        return TimeValue(datetime.fromisoformat(text).date().isoformat(), "day")
    except ValueError:
        raise ValueError(f"not a date (want YYYY, YYYY-MM or YYYY-MM-DD): {text!r}") from None


def read_text_file(path: Path, report: Report) -> str | None:
    """The file's text decoded as UTF-8, or None with a problem reported."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        report(InputProblem(str(path), f"not UTF-8 text (byte {e.start}: {data[e.start : e.start + 1]!r})"))
        return None
    if not text.strip():
        report(InputProblem(str(path), "empty file"))
        return None
    return text


def read_folder(folder: Path, report: Report) -> Iterator[Document]:
    """The .txt files of a folder, described by its metadata.csv when there is one."""
    meta_path = folder / METADATA
    described: set[str] = set()
    if meta_path.exists():
        for row_no, row in _metadata_rows(meta_path, report):
            source = f"{meta_path}:{row_no}"
            name = (row.get("file") or "").strip()
            if not name:
                report(InputProblem(source, "field 'file' is empty"))
                continue
            described.add(name)
            path = folder / name
            if not path.is_file():
                report(InputProblem(source, f"field 'file' names a missing file: {name}"))
                continue
            try:
                published = parse_published(row.get("published"))
            except ValueError as e:
                report(InputProblem(source, f"field 'published': {e}"))
                continue
            text = read_text_file(path, report)
            if text is None:
                continue
            yield Document(
                id=(row.get("id") or "").strip() or path.stem,
                text=text,
                title=_metadata_title(row) or _first_line(text),
                published=published,
                outlet=(row.get("outlet") or "").strip() or None,
                language=(row.get("language") or "fr").strip() or "fr",
                source=str(path),
            )
    texts = sorted(folder.glob("*.txt"))
    lines = sorted(p for p in folder.iterdir() if p.name.endswith(JSONL_SUFFIXES))
    if not texts and not lines and not meta_path.exists():
        report(
            InputProblem(str(folder), "no article here: no .txt, .jsonl or .jsonl.gz file, no metadata.csv")
        )
    for path in texts:
        if path.name not in described:
            yield from read_txt(path, report)
    for path in lines:
        yield from read_jsonl(path, report)


def _metadata_rows(path: Path, report: Report) -> Iterator[tuple[int, dict[str, str]]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        report(InputProblem(str(path), "not UTF-8 text"))
        return
    reader = csv.DictReader(io.StringIO(text))
    missing = {"file"} - set(reader.fieldnames or [])
    if missing:
        report(InputProblem(f"{path}:1", f"missing column(s): {', '.join(sorted(missing))}"))
        return
    for row in reader:
        yield reader.line_num, row


def read_txt(path: Path, report: Report, published: TimeValue | None = None) -> Iterator[Document]:
    text = read_text_file(path, report)
    if text is not None:
        yield Document(
            id=path.stem, text=text, title=_first_line(text), published=published, source=str(path)
        )


def read_jsonl(path: Path, report: Report, fields: JsonFields = JsonFields()) -> Iterator[Document]:
    """Articles from JSON Lines (``.gz`` too); a malformed line is reported and skipped."""
    opener = gzip.open if path.suffix in {".gz", ".gzip"} else open
    try:
        with opener(path, "rt", encoding="utf-8") as f:
            empty = True
            for line_no, line in enumerate(f, 1):
                if not line.strip():
                    continue
                empty = False
                source = f"{path}:{line_no}"
                doc = _json_document(line, source, fields, report)
                if doc is not None:
                    yield doc
    except UnicodeDecodeError as e:
        report(InputProblem(str(path), f"not UTF-8 text ({e.reason})"))
        return
    except (OSError, EOFError) as e:  # gzip.BadGzipFile is an OSError
        report(InputProblem(str(path), f"cannot read: {e}"))
        return
    if empty:
        report(InputProblem(str(path), "empty file"))


def _json_document(line: str, source: str, fields: JsonFields, report: Report) -> Document | None:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        report(InputProblem(source, f"malformed JSON ({e.msg} at column {e.colno})"))
        return None
    if not isinstance(obj, dict):
        report(InputProblem(source, "a line must be a JSON object"))
        return None
    text = obj.get(fields.text)
    if not isinstance(text, str) or not text.strip():
        report(InputProblem(source, f"field '{fields.text}' is missing or empty"))
        return None
    try:
        published = parse_published(obj.get(fields.date))
    except ValueError as e:
        report(InputProblem(source, f"field '{fields.date}': {e}"))
        return None
    url = obj.get(fields.url) if isinstance(obj.get(fields.url), str) else None
    raw_id = obj.get(fields.id)
    doc_id = str(raw_id).strip() if raw_id not in (None, "") else stable_id(url or text)
    title = obj.get(fields.title)
    return Document(
        id=doc_id,
        text=text,
        title=title if isinstance(title, str) else None,
        published=published,
        outlet=_str_or_none(obj.get(fields.outlet)),
        url=url,
        language=_str_or_none(obj.get(fields.language)) or "fr",
        source=source,
    )


def read_paths(
    paths: Iterable[str | Path], report: Report, fields: JsonFields = JsonFields()
) -> Iterator[Document]:
    """Documents from every path; raises InputError up front when a path does not exist."""
    resolved = [Path(p) for p in paths]
    for p in resolved:
        if not p.exists():
            raise InputError(f"{p}: no such file or folder")
    for p in resolved:
        if p.is_dir():
            yield from read_folder(p, report)
        elif p.name.endswith(JSONL_SUFFIXES) or p.suffix in {".gz", ".jsonl"}:
            yield from read_jsonl(p, report, fields)
        elif p.suffix == ".txt":
            yield from read_txt(p, report)
        else:
            report(InputProblem(str(p), "unsupported file type (want a folder, .txt, .jsonl or .jsonl.gz)"))


def _metadata_title(row: dict[str, str]) -> str | None:
    """The title a metadata row gives in its ``title`` column, else None (a ``note`` is no title: the
    seeds' notes say how their dates were read)."""
    value = (row.get("title") or "").strip()
    return value[:300] or None


def _first_line(text: str) -> str | None:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:300]
    return None


def _str_or_none(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None
