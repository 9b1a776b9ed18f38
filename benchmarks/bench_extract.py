"""Extraction throughput: our end-to-end extraction against bare ``nlp.pipe``, side by side.

Same model, same batch size, same documents (reports spread over 2022), same process. Prints
words per second (wall and CPU time; CPU time is the fair figure on a shared machine), the ratio
ours / bare (goal >= 0.85, issue 14), the time spent in each extraction stage, and with ``--profile`` the
hot spots (cProfile) of our stages.

    .venv/bin/python benchmarks/bench_extract.py [--docs 400] [--batch-size 32] [--rounds 1] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import importlib
import io
import pstats
import time
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from _common import clock, result_line, sample_documents, words

from newsgraph.extract import pipeline
from newsgraph.extract.pipeline import extract_documents

GOAL = 0.85
"""Our extraction's words per second / bare spaCy's (issue 14)."""

# (module, function) pairs timed in the extraction; nested ones are inside an outer stage
STAGES = [
    ("newsgraph.extract.clean", "mask_debris", ""),
    ("newsgraph.extract.entities", "find_mentions", ""),
    ("newsgraph.extract.timex", "find_times", ""),
    ("newsgraph.extract.statements", "extract_statements", ""),
    ("newsgraph.extract.events", "extract_events", ""),
    ("newsgraph.extract.pipeline", "collect_actors", ""),
    ("newsgraph.extract.pipeline", "collect_places", ""),
    ("newsgraph.extract.topics", "topics_for", "  (inside statements/events)"),
    ("newsgraph.extract.timex", "statement_date", "  (inside statements)"),
    ("newsgraph.extract.pipeline", "geocode", "  (inside collect_places)"),
]


def timed_stages() -> tuple[dict[str, float], Callable[[], None]]:
    """Wrap the stage functions with timers; returns the totals and an undo function."""
    totals: dict[str, float] = defaultdict(float)
    undo: list[tuple[Any, str, Any]] = []
    for mod_name, fn_name, note in STAGES:
        try:
            mod = importlib.import_module(mod_name)
        except ImportError:
            continue
        fn = getattr(mod, fn_name, None)
        if fn is None:
            continue
        label = f"{mod_name.rsplit('.', 1)[-1]}.{fn_name}{note}"

        def wrapper(*a: Any, _fn: Any = fn, _label: str = label, **k: Any) -> Any:
            t = time.perf_counter()
            try:
                return _fn(*a, **k)
            finally:
                totals[_label] += time.perf_counter() - t

        setattr(mod, fn_name, wrapper)
        undo.append((mod, fn_name, fn))
        # a name imported into the pipeline module (from x import f) is patched there too
        if mod_name != "newsgraph.extract.pipeline" and getattr(pipeline, fn_name, None) is fn:
            setattr(pipeline, fn_name, wrapper)
            undo.append((pipeline, fn_name, fn))

    def restore() -> None:
        for mod, name, fn in reversed(undo):
            setattr(mod, name, fn)

    return totals, restore


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--profile", action="store_true", help="also profile our stages with cProfile")
    ap.add_argument("--model", default=pipeline.MODEL)
    args = ap.parse_args()

    docs = sample_documents(args.docs)
    n_words = words(docs)
    nlp = pipeline.load_nlp(args.model)
    print(
        f"{len(docs)} reports, {n_words} words, model {args.model} "
        f"({', '.join(nlp.pipe_names)}), batch {args.batch_size}"
    )
    warm = docs[:16]
    list(nlp.pipe((d.text for d in warm), batch_size=args.batch_size))
    extract_documents(warm, args.model, args.batch_size)

    bare = ours = None
    stage_totals: dict[str, float] = {}
    for _ in range(args.rounds):
        with clock() as b:
            for _doc in nlp.pipe((d.text for d in docs), batch_size=args.batch_size):
                pass
        totals, restore = timed_stages()
        try:
            with clock() as o:
                extractions = extract_documents(docs, args.model, args.batch_size)  # what builds run
        finally:
            restore()
        if bare is None or b.cpu < bare.cpu:
            bare = b
        if ours is None or o.cpu < ours.cpu:
            ours, stage_totals = o, dict(totals)
    assert bare and ours
    stmts = sum(len(x.statements) for x in extractions)
    events = sum(len(x.events) for x in extractions)
    ratio_cpu, ratio_wall = bare.cpu / ours.cpu, bare.wall / ours.wall
    print(
        f"bare nlp.pipe : {n_words / bare.wall:8.0f} words/s wall  {n_words / bare.cpu:8.0f} words/s CPU  "
        f"({bare.wall:.1f} s wall, {bare.cpu:.1f} s CPU)"
    )
    print(
        f"our extraction: {n_words / ours.wall:8.0f} words/s wall  {n_words / ours.cpu:8.0f} words/s CPU  "
        f"({ours.wall:.1f} s wall, {ours.cpu:.1f} s CPU)"
    )
    print(
        f"ratio ours/bare: {ratio_cpu:.2f} (CPU), {ratio_wall:.2f} (wall)   goal >= {GOAL:.2f}   "
        f"-> {'MET' if ratio_cpu >= GOAL else 'NOT MET'}"
    )
    top = sum(t for label, t in stage_totals.items() if "inside" not in label)
    ratio_share = 1 - top / ours.wall  # the spaCy share of our own run: robust to noise between runs
    print(
        f"share of our run spent in spaCy: {ratio_share:.2f} "
        "(= the ratio if bare spaCy ran at the same speed as inside our run)"
    )
    print(
        f"found: {stmts} statements, {events} event reports; "
        f"{len(docs) - len(extractions)} documents failed (see stderr)"
    )
    print("time in our stages (wall seconds, share of our extraction):")
    for label, t in sorted(stage_totals.items(), key=lambda kv: -kv[1]):
        print(f"  {label:55s} {t:7.2f} s  {100 * t / ours.wall:5.1f} %")
    print(
        result_line(
            "extract",
            docs=len(docs),
            words=n_words,
            batch_size=args.batch_size,
            bare_wps_cpu=round(n_words / bare.cpu),
            ours_wps_cpu=round(n_words / ours.cpu),
            bare_wps_wall=round(n_words / bare.wall),
            ours_wps_wall=round(n_words / ours.wall),
            ratio_cpu=round(ratio_cpu, 3),
            ratio_wall=round(ratio_wall, 3),
            ratio_stage_share=round(ratio_share, 3),
            stages={k: round(v, 2) for k, v in stage_totals.items()},
        )
    )

    if args.profile:
        # profile the stages only (analysis done first), so spaCy does not drown the picture
        contexts = [ctx for _, ctx in pipeline.analyse(docs, nlp, batch_size=args.batch_size)]
        prof = cProfile.Profile()
        prof.enable()
        for ctx in contexts:
            try:
                pipeline.extract_document(ctx)
            except Exception:
                continue
        prof.disable()
        out = io.StringIO()
        st = pstats.Stats(prof, stream=out).strip_dirs().sort_stats("tottime")
        st.print_stats(30)
        print("\nhot spots of the extraction stages (cProfile, stages only, sorted by own time):")
        print(out.getvalue())
        out = io.StringIO()
        pstats.Stats(prof, stream=out).strip_dirs().sort_stats("cumulative").print_stats(
            r"newsgraph|extract", 30
        )
        print(out.getvalue())


if __name__ == "__main__":
    main()
