"""Could the parser's word vectors type a trigger word the lexicon lacks? Figures, no rule (evt37v).

    PYTHONPATH=src .venv/bin/python benchmarks/event_vectors.py [--loo] [--fresh N]

``fr_core_news_md`` ships 20,000 vectors of 300 dimensions for 500,000 keys: a word whose own vector
was pruned shares the row of the kept word it was nearest to (cosine 1 between the two).
``nearest_types`` ranks the event types of the lexicon's single-word rows (``event_triggers.tsv``) by
the cosine of their word nearest to a given word. ``--loo`` types each single-word lemma of the
lexicon by its nearest *other* lexicon word (leave-one-out): accuracy at the top type by part of
speech, under a threshold on the top cosine and a margin over the second type, at the type and at
the root of ``event_types.ttl`` (``skos:broader`` followed up). ``--fresh N`` reads N fresh reports
(corpus lines 17,000-17,999 counted from 0, development lines skipped) and lists what a fallback
typer would type there: a verb heading a sentence (or a clause joined to its head) or a noun root,
subject or object of a verb, whose lemma no trigger row holds, typed at cosine >= 0.75 and margin
>= 0.10 (40 drawn with seed 37). ``event_type_misses.py --vectors`` reads the misses with
``nearest_types``. Results: ``benchmarks/results/event_vectors_evt37v.txt``.
"""

from __future__ import annotations

import csv
import gzip
import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from newsgraph import lexicons

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/corpus/tvnews_fr_2022.jsonl.gz")
SAME_ROW = 0.999
"""A cosine this high is a shared vector row (a pruned key), not a likeness the model learnt."""


@dataclass(frozen=True)
class Near:
    """A type, the cosine of its word nearest to the word asked, and that word."""

    type: str
    cosine: float
    word: str


@cache
def lexicon_words() -> tuple[tuple[str, str, frozenset[str]], ...]:
    """The single-word lemmas of ``event_triggers.tsv``: (lemma, VERB or NOUN, the types of its rows)."""
    types: dict[tuple[str, str], set[str]] = {}
    for lemma_, pos, type_, _de_role, _requires in lexicons.rows("event_triggers.tsv", 5, "-"):
        word = lemma_.strip().lower()
        if word.isalpha():
            types.setdefault((word, pos.strip()), set()).add(type_.strip())
    return tuple((w, p, frozenset(t)) for (w, p), t in sorted(types.items()))


@cache
def _matrix(vocab: Any, pos: str) -> tuple[tuple[str, ...], tuple[frozenset[str], ...], np.ndarray]:
    """The lexicon's ``pos`` words that have a vector, their types and their unit vectors."""
    rows = [(w, t) for w, p, t in lexicon_words() if p == pos and vocab.has_vector(w)]
    vecs = np.array([vocab.get_vector(w) for w, _ in rows], dtype=np.float32)
    unit = vecs / np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-9)
    return tuple(w for w, _ in rows), tuple(t for _, t in rows), unit


def nearest_types(vocab: Any, word: str, pos: str, leave_out: str = "") -> list[Near]:
    """The types of the lexicon's ``pos`` words, each with its word nearest to ``word``, best first
    (``leave_out``: a lexicon word not counted); empty when ``word`` has no vector."""
    if not vocab.has_vector(word):
        return []
    vec = np.asarray(vocab.get_vector(word), dtype=np.float32)
    words, types, unit = _matrix(vocab, pos)
    sims = unit @ (vec / max(float(np.linalg.norm(vec)), 1e-9))
    best: dict[str, Near] = {}
    for i in np.argsort(-sims):
        if words[i] != leave_out:
            for t in types[i]:
                best.setdefault(t, Near(t, float(sims[i]), words[i]))
    return sorted(best.values(), key=lambda n: -n.cosine)


@cache
def roots() -> dict[str, str]:
    """Each type's top ancestor in ``event_types.ttl`` (itself when it has no ``skos:broader``)."""
    up = dict(
        re.findall(
            r"^ev:(\w+) a skos:Concept[^\n]*skos:broader ev:(\w+)", lexicons.text("event_types.ttl"), re.M
        )
    )

    def top(t: str) -> str:
        for _ in range(10):
            t = up.get(t, t)
        return t

    return {t: top(t) for t in {*up, *up.values()}}


def loo(vocab: Any) -> None:
    """Leave-one-out figures over the lexicon's single-word lemmas."""
    root = roots()
    res = []
    for w, p, types in lexicon_words():
        near = nearest_types(vocab, w, p, leave_out=w)
        if len(near) > 1:
            res.append((p, types, near[0], near[0].cosine - near[1].cosine))
    print(f"vectors {vocab.vectors.shape}, keys {vocab.vectors.n_keys}")
    print(
        f"lexicon lemmas whose nearest other lexicon word shares its vector row: "
        f"{sum(1 for r in res if r[2].cosine >= SAME_ROW)} of {len(res)}"
    )
    print("pos   cosine>=  margin>=  typed  right (type)  right (root)   [shared rows left out: typed right]")
    for p in ("VERB", "NOUN"):
        for th, mg in ((0.0, 0.0), (0.5, 0.05), (0.7, 0.05), (0.75, 0.1), (0.8, 0.1)):
            sel = [r for r in res if r[0] == p and r[2].cosine >= th and r[3] >= mg]
            ok = sum(1 for r in sel if r[2].type in r[1])
            okr = sum(1 for r in sel if root.get(r[2].type, r[2].type) in {root.get(t, t) for t in r[1]})
            own = [r for r in sel if r[2].cosine < SAME_ROW]
            ok2 = sum(1 for r in own if r[2].type in r[1])
            print(
                f"{p:5} {th:8.2f} {mg:9.2f} {len(sel):6d} {ok:5d} = {ok / max(1, len(sel)):.2f} "
                f"{okr:5d} = {okr / max(1, len(sel)):.2f}"
                f"   [{len(own)}: {ok2} = {ok2 / max(1, len(own)):.2f}]"
            )


def fresh_texts(n: int) -> list[tuple[int, str]]:
    """N fresh reports of corpus lines 17,000-17,999 (counted from 0) that no development set uses."""
    sources = [*HERE.glob("devgold/*/sources.csv"), *Path("/work/shared/eval").glob("*/sources.csv")]
    taken = {int(r["corpus_line"]) for p in sources for r in csv.DictReader(p.open(encoding="utf-8"))}
    texts: list[tuple[int, str]] = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= 18000 or len(texts) >= n:
                break
            if i >= 17000 and i not in taken:
                texts.append((i, json.loads(line).get("description") or ""))
    return texts


def slot(t: Any) -> str:
    """VERB or NOUN when the token stands in an event slot (see the module's doc string), else ""."""
    if t.pos_ == "VERB" and (t.dep_ == "ROOT" or (t.dep_ in {"ccomp", "conj"} and t.head.dep_ == "ROOT")):
        return "VERB"
    if t.pos_ == "NOUN" and (
        t.dep_ == "ROOT" or (t.dep_ in {"nsubj", "nsubj:pass", "obj"} and t.head.pos_ == "VERB")
    ):
        return "NOUN"
    return ""


def fresh(n: int) -> None:
    """What a fallback typer would type in N fresh reports, and 40 of them to read."""
    from newsgraph.extract import pipeline
    from newsgraph.extract.event_triggers import trigger_rows

    texts = fresh_texts(n)
    framing = set().union(*lexicons.tagged("event_verbs.tsv").values())  # light, speech-like, etre...
    nlp = pipeline.load_nlp()
    found = []
    for (i, _), doc in zip(texts, nlp.pipe([t for _, t in texts]), strict=True):
        for t in doc:
            pos = slot(t)
            if not pos or t.is_stop or not t.is_alpha or t.lemma_.lower() in framing:
                continue
            if trigger_rows(t.lemma_, t.lower_, True) or trigger_rows(t.lemma_, t.lower_, False):
                continue
            near = nearest_types(doc.vocab, t.lemma_.lower(), pos)
            if len(near) > 1:
                found.append(
                    (i, pos, t.lemma_, near[0], near[0].cosine - near[1].cosine, t.sent.text.strip())
                )
    print(
        f"fresh reports {len(texts)}; words in an event slot with no trigger row: {len(found)} "
        f"({dict(Counter(f[1] for f in found))})"
    )
    for th, mg in ((0.7, 0.05), (0.75, 0.1), (0.8, 0.1)):
        sel = [f for f in found if f[3].cosine >= th and f[4] >= mg]
        own = sum(1 for f in sel if f[3].cosine < SAME_ROW)
        print(
            f"cosine >= {th}, margin >= {mg}: typed {len(sel)} ({dict(Counter(f[1] for f in sel))}); "
            f"of them by a shared vector row (cosine 1): {len(sel) - own}"
        )
    sel = [f for f in found if f[3].cosine >= 0.75 and f[4] >= 0.1]
    random.Random(37).shuffle(sel)
    for i, pos, lem, near, margin, sent in sel[:40]:
        print(
            f"{i}\t{pos}\t{lem} -> {near.type} ({near.cosine:.2f}, margin {margin:.2f}, via {near.word})"
            f"\t{sent[:150]}"
        )


def main() -> None:
    if "--loo" in sys.argv:
        import spacy

        loo(spacy.load("fr_core_news_md").vocab)
    if "--fresh" in sys.argv:
        fresh(int(sys.argv[sys.argv.index("--fresh") + 1]))


if __name__ == "__main__":
    main()
