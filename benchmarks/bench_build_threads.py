"""The CPU of a command's process tree, per process and per thread (Linux ``/proc``, polled every
0.1 s): where a build's CPU goes between its own process (main thread, the executor's and the
bulk loader's threads, RocksDB's), the forkserver and the workers. A process or thread that ends
between two polls loses its last tenth of a second; ``RUSAGE_CHILDREN`` would miss the workers,
which the forkserver, not the build, reaps.

    PYTHONPATH=src .venv/bin/python benchmarks/bench_build_threads.py -- \
        .venv/bin/python -m newsgraph build FILE.jsonl --workers 2 --no-progress --store DIR
"""

from __future__ import annotations

import collections
import os
import subprocess
import sys
import time

TICK = os.sysconf("SC_CLK_TCK")


def stat(path: str) -> tuple[str, int, float] | None:
    """A task's name, parent pid and CPU seconds (user + system), or None once it is gone."""
    try:
        with open(path) as f:
            text = f.read()
    except OSError:
        return None
    end = text.rindex(")")
    fields = text[end + 2 :].split()
    return text[text.index("(") + 1 : end], int(fields[1]), (int(fields[11]) + int(fields[12])) / TICK


def tree(root: int) -> set[int]:
    found, grew = {root}, True
    while grew:
        grew = False
        for pid in filter(str.isdigit, os.listdir("/proc")):
            st = stat(f"/proc/{pid}/stat")
            if st and st[1] in found and int(pid) not in found:
                found.add(int(pid))
                grew = True
    return found


def main() -> None:
    cmd = sys.argv[sys.argv.index("--") + 1 :] if "--" in sys.argv else sys.argv[1:]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd)
    threads: dict[tuple[int, int], tuple[str, float]] = {}
    names: dict[int, tuple[int, str]] = {}
    while proc.poll() is None:
        for pid in tree(proc.pid):
            if pid not in names:
                try:
                    with open(f"/proc/{pid}/cmdline") as f:
                        line = f.read().replace("\0", " ")
                except OSError:
                    line = "?"
                st = stat(f"/proc/{pid}/stat")
                names[pid] = (st[1] if st else 0, line)
            try:
                tids = os.listdir(f"/proc/{pid}/task")
            except OSError:
                continue
            for tid in tids:
                st = stat(f"/proc/{pid}/task/{tid}/stat")
                if st:
                    threads[(pid, int(tid))] = (st[0], st[2])
        time.sleep(0.1)
    total = sum(c for _, c in threads.values())
    print(f"wall {time.perf_counter() - started:.1f} s, CPU {total:.2f} s, exit {proc.returncode}")
    for pid, (ppid, line) in names.items():
        mine = {tid: v for (p, tid), v in threads.items() if p == pid}
        forkserver = ppid == proc.pid and "forkserver" in line
        role = "build" if pid == proc.pid else "forkserver" if forkserver else ""
        print(f"pid {pid} (parent {ppid}) {role:10s} {sum(c for _, c in mine.values()):7.2f} s  {line[:80]}")
        by: dict[str, list[float]] = collections.defaultdict(lambda: [0, 0.0])
        for tid, (comm, cpu) in mine.items():
            key = "main thread" if tid == pid else comm
            by[key][0] += 1
            by[key][1] += cpu
        for key, (n, cpu) in sorted(by.items(), key=lambda kv: -kv[1][1]):
            if cpu >= 0.01:
                print(f"    {key:20s} x{n:<3d} {cpu:7.2f} s")


if __name__ == "__main__":
    main()
