"""A build killed with SIGKILL halfway and rerun ends with the same store as a clean build."""

from __future__ import annotations

import gzip
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import IO

import pytest

from newsgraph.stores.oxigraph import OxigraphStore

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus" / "tvnews_fr_2022.jsonl.gz"
SEEDS = ROOT / "samples" / "seeds"
REPORTS = 40
BATCH = 4

pytestmark = pytest.mark.slow


def write_corpus(path: Path, source: str) -> None:
    """40 reports of the French TV-news corpus, or the seeds with variations."""
    lines = []
    if source == "tvnews":
        if not CORPUS.exists():
            pytest.skip(f"{CORPUS} is absent")
        with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
            for line in f:
                obj = json.loads(line)
                if (obj.get("description") or "").strip():
                    lines.append(
                        json.dumps(
                            {k: obj.get(k) for k in ("title", "description", "date", "url")},
                            ensure_ascii=False,
                        )
                    )
                if len(lines) == REPORTS:
                    break
    else:
        texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
        for i in range(REPORTS):
            text = texts[i % len(texts)] + f"\n\nMis à jour (version {i})."
            lines.append(
                json.dumps({"id": f"v{i}", "description": text, "date": "2022-11-10"}, ensure_ascii=False)
            )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def command(corpus: Path, store: Path, progress: bool = False) -> list[str]:
    return [
        sys.executable,
        "-m",
        "newsgraph.cli",
        "build",
        str(corpus),
        "--store",
        str(store),
        "--batch-size",
        str(BATCH),
        "--write-every",  # one write per batch, so a kill lands between two writes (groups: test_build_r18)
        "1",
        "--progress" if progress else "--no-progress",
    ]


def environment() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("NEWSGRAPH_")}


class Progress:
    """Documents a running build has written, read from its progress bar (updated after each
    batch is stored)."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.done = 0
        self.thread = threading.Thread(target=self._read, args=(stream,), daemon=True)
        self.thread.start()

    def close(self, proc: subprocess.Popen[bytes]) -> None:
        """After the build ended: the reader has seen everything, the pipe is closed."""
        self.thread.join(timeout=10)
        if proc.stderr is not None:
            proc.stderr.close()

    def _read(self, stream: IO[bytes]) -> None:
        buf = b""
        while chunk := stream.read1(4096):  # type: ignore[attr-defined]
            buf = (buf + chunk)[-4096:]
            counts = re.findall(rb"(?<![\d.])(\d+)doc(?!/)", buf)  # the count, not the rate ("3.51doc/s")
            if counts:
                self.done = int(counts[-1])


def quads(store_path: Path) -> list[str]:
    store = OxigraphStore(store_path)
    try:
        return sorted(str(q) for q in store.store)
    finally:
        store.close()


@pytest.mark.parametrize("source", ["tvnews", "seeds"])
def test_killed_build_reruns_to_the_clean_result(tmp_path, source):
    corpus = tmp_path / "corpus.jsonl"
    write_corpus(corpus, source)
    clean, crashed = tmp_path / "clean" / "store", tmp_path / "crashed" / "store"
    env = environment()

    run = subprocess.run(
        command(corpus, clean), env=env, cwd=ROOT, capture_output=True, text=True, timeout=600
    )
    assert run.returncode == 0, run.stderr

    proc = subprocess.Popen(
        command(corpus, crashed, progress=True),
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    progress = Progress(proc.stderr)
    deadline = time.monotonic() + 600
    while progress.done < 3 * BATCH and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    progress.close(proc)
    written = progress.done
    assert proc.returncode == -signal.SIGKILL, "the build ended before it could be killed"
    assert 0 < written < REPORTS

    run = subprocess.run(
        command(corpus, crashed), env=env, cwd=ROOT, capture_output=True, text=True, timeout=600
    )
    assert run.returncode == 0, run.stderr
    assert "already stored" in run.stderr

    want, got = quads(clean), quads(crashed)
    assert len(got) == len(set(got))  # no duplicates
    assert len(got) == len(want)
    missing, extra = set(want) - set(got), set(got) - set(want)
    assert not missing and not extra, (sorted(missing)[:5], sorted(extra)[:5])


FIRST = "Le président ukrainien Volodymyr Zelensky a déclaré lundi à Kiev : « Nous ne céderons pas. »"
LATER = (
    "« Nous continuerons à nous battre jusqu'à la victoire », a affirmé Zelensky mardi devant les députés."
)
FILLER = " Les discussions se sont poursuivies dans la soirée, sans annonce particulière." * 300


def test_kill_between_a_write_and_the_registry_save(tmp_path):
    """Batch 1 names Volodymyr Zelensky; batch 2 (long, so the kill lands before its write) says
    only "Zelensky". A rerun must resolve batch 2 as the clean build did."""
    corpus = tmp_path / "corpus.jsonl"
    rows = [
        {"id": "first", "description": FIRST, "date": "2022-11-07"},
        {"id": "later", "description": LATER + FILLER, "date": "2022-11-08"},
    ]
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    clean, crashed = tmp_path / "clean" / "store", tmp_path / "crashed" / "store"
    env = environment()
    one = [c if c != str(BATCH) else "1" for c in command(corpus, clean)]
    assert subprocess.run(one, env=env, cwd=ROOT, capture_output=True, timeout=600).returncode == 0

    cmd = [c if c != str(BATCH) else "1" for c in command(corpus, crashed, progress=True)]
    proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    progress = Progress(proc.stderr)
    deadline = time.monotonic() + 600
    while progress.done < 1 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    progress.close(proc)
    assert proc.returncode == -signal.SIGKILL and progress.done == 1
    rerun = [c if c != str(BATCH) else "1" for c in command(corpus, crashed)]
    assert subprocess.run(rerun, env=env, cwd=ROOT, capture_output=True, timeout=600).returncode == 0
    assert quads(crashed) == quads(clean)
