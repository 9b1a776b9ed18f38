"""Readers, and every bad-input case: a clear problem naming file, line and field."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from newsgraph.ingest import InputError, JsonFields, parse_published, read_paths
from newsgraph.model import TimeValue


def read(paths, fields: JsonFields | None = None):
    problems: list = []
    docs = list(read_paths(paths, problems.append, fields or JsonFields()))
    return docs, [str(p) for p in problems]


def test_sample_folder_reads_metadata(sample_dir):
    docs, problems = read([sample_dir])
    assert problems == []
    by_id = {d.id: d for d in docs}
    assert len(by_id) == 5
    milley = by_id["001_75a8bacb6ab80d84"]
    assert milley.published == TimeValue("2022-11-10", "day")
    assert milley.outlet == "franceinfo"
    assert by_id["003_5060f3cdf8b1d660"].published == TimeValue("2023-08", "month")
    assert by_id["004_d4ef2a59c3a9ac12"].published == TimeValue("2023", "year")
    # the text is exactly the file's content, so offsets index the file
    assert milley.text == (sample_dir / "001_75a8bacb6ab80d84.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2022-11-12", TimeValue("2022-11-12", "day")),
        ("2022-11", TimeValue("2022-11", "month")),
        ("2023", TimeValue("2023", "year")),
        ("2022-01-01T00:00:00.000Z", TimeValue("2022-01-01", "day")),
        ("09/11/2022", TimeValue("2022-11-09", "day")),
        ("", None),
        (None, None),
    ],
)
def test_parse_published(raw, expected):
    assert parse_published(raw) == expected


@pytest.mark.parametrize("raw", ["2022-13", "2022-02-30", "demain", "22/22/2022"])
def test_parse_published_rejects(raw):
    with pytest.raises(ValueError):
        parse_published(raw)


def test_single_txt(tmp_path: Path):
    f = tmp_path / "article.txt"
    f.write_text("Le président a déclaré que la paix était possible.", encoding="utf-8")
    docs, problems = read([f])
    assert [d.id for d in docs] == ["article"] and problems == []


def test_missing_path_is_an_error(tmp_path: Path):
    with pytest.raises(InputError, match="no such file or folder"):
        read([tmp_path / "nope"])


def test_empty_file_is_named(tmp_path: Path):
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "ok.txt").write_text("Un texte.", encoding="utf-8")
    docs, problems = read([tmp_path])
    assert [d.id for d in docs] == ["ok"]
    assert problems == [f"{tmp_path / 'empty.txt'}: empty file"]


def test_not_utf8_is_named(tmp_path: Path):
    (tmp_path / "latin1.txt").write_bytes("Le président a déclaré".encode("latin-1"))
    docs, problems = read([tmp_path])
    assert docs == []
    assert len(problems) == 1 and "latin1.txt" in problems[0] and "not UTF-8" in problems[0]


def test_metadata_naming_missing_file(tmp_path: Path):
    (tmp_path / "a.txt").write_text("Texte A.", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text(
        "id,file,language,published,outlet\nA,a.txt,fr,2022-11-10,x\nB,b.txt,fr,2022-11-11,y\n",
        encoding="utf-8",
    )
    docs, problems = read([tmp_path])
    assert [d.id for d in docs] == ["A"]
    assert problems == [f"{tmp_path / 'metadata.csv'}:3: field 'file' names a missing file: b.txt"]


def test_metadata_bad_date_names_field(tmp_path: Path):
    (tmp_path / "a.txt").write_text("Texte A.", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("id,file,published\nA,a.txt,hier\n", encoding="utf-8")
    docs, problems = read([tmp_path])
    assert docs == [] and problems[0].startswith(f"{tmp_path / 'metadata.csv'}:2: field 'published'")


def _jsonl(path: Path, lines: list[str]) -> Path:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "wt", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return path


@pytest.mark.parametrize("name", ["articles.jsonl", "articles.jsonl.gz"])
def test_jsonl_malformed_line_named_others_load(tmp_path: Path, name: str):
    good = {
        "title": "T",
        "description": "Moscou a réagi.",
        "date": "2022-03-01T20:00:00Z",
        "url": "https://x/1",
    }
    path = _jsonl(
        tmp_path / name,
        [
            json.dumps(good),
            "{not json",
            json.dumps({**good, "url": "https://x/2", "description": "Kiev aussi."}),
        ],
    )
    docs, problems = read([path])
    assert len(docs) == 2
    assert docs[0].published == TimeValue("2022-03-01", "day") and docs[0].title == "T"
    assert len(problems) == 1 and problems[0].startswith(f"{path}:2: malformed JSON")
    assert docs[0].id != docs[1].id  # ids derived from content (url) when there is no id field


def test_jsonl_field_names_are_options(tmp_path: Path):
    path = _jsonl(tmp_path / "a.jsonl", [json.dumps({"uid": "x1", "body": "Texte.", "when": "2022-05"})])
    docs, problems = read([path], JsonFields(id="uid", text="body", date="when"))
    assert problems == [] and docs[0].id == "x1" and docs[0].published == TimeValue("2022-05", "month")


def test_jsonl_missing_text_field_named(tmp_path: Path):
    path = _jsonl(tmp_path / "a.jsonl", [json.dumps({"title": "no text"})])
    docs, problems = read([path])
    assert docs == [] and problems == [f"{path}:1: field 'description' is missing or empty"]


def test_reads_the_real_corpus_as_it_is():
    corpus = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "tvnews_fr_2022.jsonl.gz"
    if not corpus.exists():
        pytest.skip(f"{corpus} is not here")
    from itertools import islice

    problems: list = []
    docs = list(islice(read_paths([corpus], problems.append), 50))
    assert len(docs) == 50 and not problems
    assert all(d.published and d.published.value.startswith("2022") for d in docs)


@pytest.mark.parametrize("size", [10, 1000, 50_000])
def test_split_text_gives_the_text_back(size):
    from newsgraph.extract.pipeline import split_text

    text = ("Une phrase.\nUne autre phrase, plus longue. " * 3000) + "x" * 120_000
    parts = split_text(text, size)
    assert "".join(parts) == text
    assert all(len(p) <= size for p in parts)
    assert len(parts) <= 2 * len(text) // size + 2  # pieces are not cut needlessly small


def test_split_text_cuts_a_single_huge_word_in_few_pieces():
    from newsgraph.extract.pipeline import split_text

    parts = split_text("a" * 1_000_000, 50_000)
    assert [len(p) for p in parts] == [50_000] * 20


@pytest.mark.parametrize(
    ("header", "cells", "title"),
    [
        ("id,file,title", "A,a.txt,Grève à la SNCF : trafic perturbé", "Grève à la SNCF : trafic perturbé"),
        ("id,file,title,note", "A,a.txt,Le titre,Une note", "Le titre"),
        ("id,file,note", "A,a.txt,Une note sur la date", "Première ligne du texte."),
        ("id,file,title", "A,a.txt,  ", "Première ligne du texte."),
        ("id,file,outlet", "A,a.txt,France 2", "Première ligne du texte."),
    ],
)
def test_metadata_title_column(tmp_path: Path, header: str, cells: str, title: str):
    """A document's title is its metadata row's title, else the first line of its text (a note is
    no title)."""
    (tmp_path / "a.txt").write_text("Première ligne du texte.\nLa suite.", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text(f"{header}\n{cells}\n", encoding="utf-8")
    docs, problems = read([tmp_path])
    assert problems == [] and [d.title for d in docs] == [title]
