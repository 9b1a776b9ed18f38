"""Memory to analyse one long article (issue 12: a 1 MB text took 3.8 GB; the bound is 1.5 GB for
2 MB). One text of ``--mb`` megabytes made of corpus reports end to end, extracted in a fresh
process; prints the peak resident memory and the time.

    PYTHONPATH=src python benchmarks/bench_long_text.py --mb 2
"""

from __future__ import annotations

import argparse
import subprocess
import sys

from _common import result_line, sample_documents

CHILD = """
import resource, sys, time
from newsgraph.extract.pipeline import extract_documents
from newsgraph.model import Document
text = sys.stdin.read()
t0 = time.monotonic()
[x] = extract_documents([Document("long", text)])
took = time.monotonic() - t0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{len(text.encode())} {peak:.0f} {took:.1f} {len(x.statements)}")
"""


def long_text(megabytes: float) -> str:
    parts: list[str] = []
    size = 0
    for d in sample_documents(2_000):
        parts.append(d.text)
        size += len(d.text.encode("utf-8")) + 2
        if size >= megabytes * 1_000_000:
            break
    return "\n\n".join(parts)[: int(megabytes * 1_000_000)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=2.0)
    args = ap.parse_args()
    text = long_text(args.mb)
    out = subprocess.run(
        [sys.executable, "-c", CHILD], input=text, capture_output=True, text=True, check=True
    )
    size, peak, took, statements = out.stdout.split()
    print(
        result_line(
            "long_text",
            bytes=int(size),
            peak_rss_mb=int(peak),
            seconds=float(took),
            statements=int(statements),
        )
    )


if __name__ == "__main__":
    main()
