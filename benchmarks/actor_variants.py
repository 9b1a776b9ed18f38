"""How many actors are split by spelling alone, before and after resolution.

Runs extraction over the first N reports of the TV-news corpus that mention "Ukraine", resolves
them, and lists groups of distinct person ids whose names differ only by spelling: the same
transliteration key, or the same first name and surnames within edit distance 2, or a surname
alone that a single known full name ends with. "Before" ids are the plain ``fold(name)`` of each
name (no transliteration rules, no resolution); "after" ids are those ``resolve`` gives.
Then checks on the seed articles that Zelenskyy in 000 and 002 is one actor.

    PYTHONPATH=src .venv/bin/python benchmarks/actor_variants.py [--limit 200] [--corpus PATH]
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import sys
from collections import defaultdict
from pathlib import Path

from newsgraph.model import Document, Extraction, stable_id
from newsgraph.names import PERSON_TYPES, person_keys, person_words
from newsgraph.names import fold_key as fold
from newsgraph.resolve import Registry, resolve

CORPUS = Path("/work/shared/corpus/tvnews_fr_2022.jsonl.gz")
SEEDS = Path("/work/shared/seeds")


def read_corpus(path: Path, limit: int, needle: str = "Ukraine") -> list[Document]:
    """The first ``limit`` reports whose text mentions ``needle``."""
    try:
        from newsgraph.ingest import read_jsonl

        docs = (d for d in read_jsonl(path, lambda p: None) if needle in d.text)
    except ImportError:  # the readers are not there yet
        docs = (_json_document(line) for line in gzip.open(path, "rt", encoding="utf-8"))
        docs = (d for d in docs if needle in d.text)
    return list(itertools.islice(docs, limit))


def _json_document(line: str) -> Document:
    obj = json.loads(line)
    text = obj.get("description") or ""
    return Document(id=str(obj.get("id") or stable_id(text)), text=text, title=obj.get("title"))


def read_seeds(folder: Path) -> list[Document]:
    try:
        from newsgraph.ingest import read_folder

        return list(read_folder(folder, lambda p: None))
    except ImportError:
        return [Document(p.stem, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))]


def extract_all(docs: list[Document]) -> list[Extraction]:
    """Extraction of every document; one that a stage fails on is reported and skipped."""
    from newsgraph.extract.pipeline import analyse, extract_document

    out = []
    for doc, ctx in analyse(docs):
        try:
            out.append(extract_document(ctx))
        except Exception as e:  # another stage's bug must not hide this measure
            print(f"  skipped {doc.id}: {type(e).__name__}: {str(e)[:80]}", file=sys.stderr)
    return out


def person_names(extractions: list[Extraction]) -> dict[str, set[str]]:
    """id -> names, over actors, statement speakers and event actors of person-like type."""
    names: dict[str, set[str]] = defaultdict(set)
    for ex in extractions:
        refs = [(a.id, a.name, a.type) for a in ex.actors]
        refs += [(s.speaker.id, s.speaker.name, s.speaker.type) for s in ex.statements]
        refs += [(r.id, r.name, r.type) for e in ex.events for r in e.actors]
        for id_, name, type_ in refs:
            if type_ in PERSON_TYPES:
                names[id_].add(name)
    return names


def edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def same_by_spelling(a: str, b: str) -> bool:
    """Two person names that differ only by spelling, or a surname alone and a full name."""
    ka, kb = person_keys(a), person_keys(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    wa = [fold(w) for w in person_words(a)]
    wb = [fold(w) for w in person_words(b)]
    if len(wa) >= 2 and len(wb) >= 2:
        return wa[0] == wb[0] and edit_distance(wa[-1], wb[-1]) <= 2
    if len(wa) == 1 and len(wb) == 1:
        return len(wa[0]) >= 6 and edit_distance(wa[0], wb[0]) <= 1
    short, full = (wa, wb) if len(wa) == 1 else (wb, wa)
    return edit_distance(short[0], full[-1]) <= 1 and len(short[0]) >= 4


def spelling_pairs(names: dict[str, set[str]]) -> list[tuple[str, str, str, str]]:
    """Pairs of distinct ids (with one name each) that differ only by spelling."""
    ids = sorted(names)
    pairs = []
    for a, b in itertools.combinations(ids, 2):
        hit = next(
            ((x, y) for x in sorted(names[a]) for y in sorted(names[b]) if same_by_spelling(x, y)), None
        )
        if hit:
            pairs.append((a, b, *hit))
    return pairs


def surname_ambiguity(pairs: list[tuple[str, str, str, str]]) -> int:
    """How many of the pairs are a surname alone left beside several full names (left on purpose)."""
    alone = defaultdict(set)
    for a, b, x, y in pairs:
        if len(person_words(x)) == 1 and len(person_words(y)) > 1:
            alone[a].add(b)
        elif len(person_words(y)) == 1 and len(person_words(x)) > 1:
            alone[b].add(a)
    return sum(len(v) for v in alone.values() if len(v) > 1)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=200)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--seeds", type=Path, default=SEEDS)
    ap.add_argument("--merges", action="store_true", help="also list the ids resolution joined")
    args = ap.parse_args(argv)

    docs = read_corpus(args.corpus, args.limit)
    extractions = extract_all(docs)
    before = defaultdict(set)
    for ns in person_names(extractions).values():
        for n in ns:
            before[fold(n)].add(n)  # the stub's id: fold(name)
    registry = Registry()
    resolved = resolve(extractions, registry)
    after = person_names(resolved)
    pb, pa = spelling_pairs(before), spelling_pairs(after)
    print(
        f"documents={len(docs)} extracted={len(extractions)} "
        f"person ids: before={len(before)} after={len(after)}"
    )
    print(
        f"spelling pairs: before={len(pb)} after={len(pa)} "
        f"(surname alone beside several full names: {surname_ambiguity(pa)})"
    )
    for a, b, x, y in pa:
        print(f"  remaining  {a}  ~  {b}    ({x!r} / {y!r})")

    if args.merges:
        groups = defaultdict(list)
        for raw, c in registry.canonical().items():
            groups[c.id].append(raw)
        print("merges (canonical id <- raw ids):")
        for head, raws in sorted(groups.items()):
            if len(raws) > 1:
                print(f"  {head} <- {', '.join(sorted(r for r in raws if r != head))}")

    seeds = read_seeds(args.seeds)
    seed_ex = resolve(extract_all(seeds), Registry())
    found = {
        ex.document.id[:3]: [a for a in ex.actors if "zelensk" in a.id or "zelensk" in fold(a.name)]
        for ex in seed_ex
    }
    print("seeds: Zelensky actors per article")
    for doc, actors in sorted(found.items()):
        for a in actors:
            print(f"  {doc}  {a.id}  {a.name!r}  aliases={list(a.aliases)}")
    ids_000_002 = {a.id for d in ("000", "002") for a in found.get(d, [])}
    ok = len(ids_000_002) == 1 and all(found.get(d) for d in ("000", "002"))
    print(f"seeds: Zelenskyy in 000 and 002 is one actor: {ok} {sorted(ids_000_002)}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
