"""The command line: bad input gets a clear message and a non-zero exit, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "newsgraph", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=300,
    )


def assert_clean_failure(p: subprocess.CompletedProcess, *needles: str) -> None:
    assert p.returncode != 0
    assert "Traceback" not in p.stderr
    for n in needles:
        assert n in p.stderr, p.stderr


def test_missing_path(tmp_path):
    p = run("extract", str(tmp_path / "nowhere"))
    assert_clean_failure(p, "nowhere", "no such file")


def test_bad_inputs_are_named_and_the_rest_loads(tmp_path):
    (tmp_path / "good.txt").write_text("Le ministre a déclaré que la paix était possible.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "latin.txt").write_bytes("Ministre é".encode("latin-1"))
    p = run("extract", str(tmp_path))
    assert_clean_failure(p, "empty.txt: empty file", "latin.txt: not UTF-8")
    kinds = [json.loads(line)["kind"] for line in p.stdout.splitlines()]
    assert kinds.count("document") == 1


def test_malformed_json_line_named(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_text(
        json.dumps({"description": "Kiev a réagi.", "date": "2022-03-01"}) + "\n{oops\n", encoding="utf-8"
    )
    p = run("extract", str(f))
    assert_clean_failure(p, f"{f}:2: malformed JSON")
    assert '"kind": "document"' in p.stdout


def test_extract_contract(sample_dir):
    p = run("extract", str(sample_dir / "001_75a8bacb6ab80d84.txt"), "--format", "jsonl")
    assert p.returncode == 0, p.stderr
    records = [json.loads(line) for line in p.stdout.splitlines()]
    text = (sample_dir / "001_75a8bacb6ab80d84.txt").read_text(encoding="utf-8")
    statements = [r for r in records if r["kind"] == "statement"]
    assert statements
    for s in statements:
        assert {
            "doc",
            "speaker",
            "content",
            "direct",
            "cue",
            "topics",
            "date",
            "date_precision",
            "evidence",
        } <= set(s)
        assert {"id", "name", "type"} <= set(s["speaker"])
        ev = s["evidence"]
        assert text[ev["start"] : ev["end"]] == ev["text"]
    for t in (r for r in records if r["kind"] == "time"):
        assert text[t["start"] : t["end"]] == t["text"]


def test_unknown_format_and_bad_param(tmp_path):
    assert_clean_failure(run("extract", str(tmp_path), "--format", "xml"), "unknown format")
    assert_clean_failure(
        run("query", "who_said_what", "--store", str(tmp_path / "s"), "-p", "oops"), "key=value"
    )
    assert_clean_failure(run("query", "no_such_query", "--store", str(tmp_path / "s")), "no named query")


@pytest.mark.slow
def test_build_then_query_then_rebuild_adds_nothing(tmp_path, sample_dir):
    store = tmp_path / "store"
    p = run("build", str(sample_dir), "--store", str(store), "--no-progress")
    assert p.returncode == 0, p.stderr
    assert "5 new documents" in p.stderr
    q = run("query", "who_said_what", "--store", str(store), "-p", "topic=negotiation", "-f", "json")
    assert q.returncode == 0, q.stderr
    rows = json.loads(q.stdout)
    assert rows and all("negotiation" for r in rows)
    again = run("build", str(sample_dir), "--store", str(store), "--no-progress")
    assert again.returncode == 0 and "0 new documents, 5 already stored" in again.stderr
    q2 = run("query", "who_said_what", "--store", str(store), "-p", "topic=negotiation", "-f", "json")
    assert json.loads(q2.stdout) == rows


def test_impossible_dates_are_refused(tmp_path, built_store):
    store = str(built_store.path)
    assert_clean_failure(
        run("export", "-f", "csv", "-o", str(tmp_path / "o"), "--store", store, "--since", "2022-02-30"),
        "not a calendar date",
    )
    assert_clean_failure(
        run("export", "-f", "csv", "-o", str(tmp_path / "o"), "--store", store, "--until", "２０２２"),
        "ASCII digits",
    )
    assert_clean_failure(run("query", "who_said_what", "--store", store, "-p", "since=garbage"), "since")


def test_query_reads_a_store_another_process_holds_open(built_store):
    """`serve` holds the store open (RocksDB's lock): `newsgraph query` reads beside it."""
    p = run("query", "who_said_what", "--store", str(built_store.path), "-f", "json", "--limit", "3")
    assert p.returncode == 0, p.stderr
    assert len(json.loads(p.stdout)) == 3


@pytest.mark.slow
def test_build_names_a_second_text_under_one_id_and_replaces_on_demand(tmp_path):
    store = tmp_path / "store"
    first = tmp_path / "a.jsonl"
    lines = [
        {"id": "same", "description": "Lundi, le ministre a déclaré que la paix était possible."},
        {"id": "same", "description": "Mardi, la ministre a affirmé que la guerre continuait."},
    ]
    first.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    p = run("build", str(first), "--store", str(store), "--no-progress")
    assert p.returncode == 0, p.stderr
    assert "1 new documents" in p.stderr and "1 refused" in p.stderr
    assert "document 'same' is stored with another text" in p.stderr
    second = tmp_path / "b.jsonl"
    second.write_text(json.dumps(lines[1], ensure_ascii=False) + "\n", encoding="utf-8")
    p = run("build", str(second), "--store", str(store), "--no-progress")
    assert "0 new documents" in p.stderr and "1 refused" in p.stderr
    p = run("build", str(second), "--store", str(store), "--no-progress", "--replace")
    assert p.returncode == 0 and "1 new documents" in p.stderr and "1 replacing" in p.stderr, p.stderr
    q = run("query", "who_said_what", "--store", str(store), "-p", "doc=same", "-f", "json")
    assert q.returncode == 0, q.stderr
    assert all("guerre" in row["content"] for row in json.loads(q.stdout))


def test_a_document_whose_extraction_fails_is_named_and_the_others_are_extracted(tmp_path, monkeypatch):
    """A bug met on one article (here made to happen) skips that article, says which, and exits 1;
    the other articles' records are all written."""
    from typer.testing import CliRunner

    from newsgraph.cli import app
    from newsgraph.extract import pipeline

    real = pipeline.extract_document

    def failing_on_one(ctx):
        if "panne" in ctx.document.text:
            raise ValueError("made to fail")
        return real(ctx)

    monkeypatch.setattr(pipeline, "extract_document", failing_on_one)
    (tmp_path / "a.txt").write_text("Le ministre a déclaré que la paix était possible.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Une panne a touché le réseau, a indiqué la SNCF.", encoding="utf-8")
    (tmp_path / "c.txt").write_text("« Nous signerons », a assuré la syndicaliste.", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == 1
    assert "b.txt: extraction failed on document" in result.stderr
    assert "ValueError: made to fail" in result.stderr
    docs = [json.loads(line) for line in result.stdout.splitlines() if '"kind": "document"' in line]
    assert sorted(Path(d["source"]).name for d in docs) == ["a.txt", "c.txt"]
