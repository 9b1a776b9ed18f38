"""Reported-speech misses over every open set, classed by construction (round 30, rep30).

    PYTHONPATH=src .venv/bin/python benchmarks/reported_misses.py SAVE_DIR

SAVE_DIR holds the ``<set>.jsonl`` files of ``benchmarks/quality.py --save SAVE_DIR``. For each
missed gold statement that is not verbatim (``construction`` reported or selon), the cue's sentence
is parsed with the pipeline's model and the cue's place in it decides the class: the span's root and
the word that governs it (the cue word), e.g. ``que/estimer/lex`` (a que-clause under a lexicon
verb), ``que/gagner/nolex``, ``inf/vouloir/lex`` (an infinitive), ``np/annoncer/lex`` (a noun
phrase object), ``pp``, ``nominal/annonce`` (under a noun), ``adj`` ("se dit inquiet"),
``selon``, ``verb-in-cue/obj`` (the cue holds the speech verb itself with its object),
``main-clause`` (the cue is the sentence's own main clause: the attribution is elsewhere).
Prints one line per miss, then the count of each class per set. The blind sets are never read.
With ``--why`` each statement not found also gets the step of the statement pass that lost it
(``_statement_why``: no candidate, a gate, a clipped content, a deduplication, an unresolved speaker),
counted per set like the classes.
"""

from __future__ import annotations

import sys
import tempfile
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import quality
from _gold_match import construction
from _statement_why import context_of, why_lost
from misses import saved_sets, statement_found  # saved_sets: the open sets only, never the blind ones

from newsgraph.extract.pipeline import load_nlp
from newsgraph.extract.speech_lexicon import speech_nouns, speech_verbs

OBJECT_DEPS = {"obj", "obl", "obl:arg", "obl:mod", "ccomp", "xcomp", "iobj"}
QUOTES = set('«»“”"„‹›')


def fold_char(c: str) -> str:
    d = unicodedata.normalize("NFD", c.lower())
    return d[0] if d else c


def find_span(text: str, cue: str) -> tuple[int, int] | None:
    """Character span of ``cue`` in ``text``, accents, case and quotation marks ignored."""
    keep = [i for i, c in enumerate(text) if c not in QUOTES]
    flat = "".join(fold_char(text[i]) for i in keep)
    want = "".join(fold_char(c) for c in cue if c not in QUOTES).strip()
    flat_sp = flat.replace("’", "'")
    pos = flat_sp.find(want.replace("’", "'"))
    if pos < 0:
        return None
    return keep[pos], keep[min(pos + len(want), len(keep)) - 1] + 1


def classify(doc: Any, start: int, end: int) -> tuple[str, str]:
    toks = [t for t in doc if t.idx < end and t.idx + len(t) > start]
    if not toks:
        return "unlocated", ""
    ids = {t.i for t in toks}
    roots = [t for t in toks if t.head.i not in ids or t.head.i == t.i]
    root = min(roots, key=lambda t: len(list(t.ancestors)))
    sent = root.sent
    if any(w.lower_ == "selon" for w in sent):
        return "selon", "selon"
    gov = root.head
    if gov.i == root.i:
        lemma = root.lemma_.lower()
        if root.pos_ in {"VERB", "AUX"} and lemma in speech_verbs():
            objs = sorted({c.dep_.split(":")[0] for c in root.children if c.dep_ in OBJECT_DEPS})
            return f"verb-in-cue/{'+'.join(objs) or 'none'}", lemma
        return "main-clause", lemma
    lemma = gov.lemma_.lower()
    lex = "lex" if lemma in speech_verbs() or lemma in speech_nouns() else "nolex"
    if lemma in speech_verbs():
        frames = set().union(*(v.frames for v in speech_verbs()[lemma]))
        lex += "-" + ",".join(sorted(frames))
    marks = {c.lower_ for c in root.children if c.dep_ in {"mark", "case"}}
    if gov.pos_ in {"NOUN", "PROPN"}:
        return f"nominal/{lex}", lemma
    if root.pos_ in {"VERB", "AUX"} or root.dep_ in {"ccomp", "advcl"}:
        if "que" in marks or "qu'" in marks or "qu’" in marks:
            return f"que/{lex}", lemma
        if "Inf" in root.morph.get("VerbForm"):
            return f"inf/{lex}", lemma
        if root.dep_ in {"conj", "parataxis"}:
            return f"{root.dep_}/{lex}", lemma
        return f"clause-{root.dep_}/{lex}", lemma
    if root.pos_ == "ADJ" and any(c.lower_ in {"se", "s'", "s’"} for c in gov.children):
        return f"adj/{lex}", lemma
    if root.dep_ in {"obj", "nsubj:pass"} and not marks:
        return f"np/{lex}", lemma
    if marks:
        return f"pp/{lex}", lemma
    return f"other-{root.dep_}/{lex}", lemma


def main() -> None:
    save = Path(sys.argv[1])
    why_asked = "--why" in sys.argv[2:]
    nlp = load_nlp()
    per_set: dict[str, Counter[str]] = defaultdict(Counter)
    cue_words: Counter[str] = Counter()
    sets_of: dict[str, set[str]] = defaultdict(set)
    for s, recs, gold in saved_sets(save, "statements"):
        stmts = [r for r in recs if r.get("kind") == "statement"]
        texts = quality.doc_texts(s.folder(Path(tempfile.mkdtemp(prefix="repmiss_"))))
        docs: dict[str, Any] = {}
        contexts: dict[str, Any] = {}
        for g in gold:
            text = texts.get(g["doc"])
            if construction(g, text) not in {"reported", "selon"}:
                continue
            cands, said = statement_found(g, stmts)
            if said:
                continue
            why = "spk" if cands else "nf"
            span = find_span(text, g["cue"]) if text else None
            if span is None:
                cls, word = "unlocated", ""
            else:
                if g["doc"] not in docs:
                    docs[g["doc"]] = nlp(text)
                cls, word = classify(docs[g["doc"]], *span)
            kind = g.get("speaker_kind")
            step = ""
            if why_asked and why == "nf" and text:
                if g["doc"] not in contexts:
                    contexts[g["doc"]] = context_of(nlp, g["doc"], text)
                step = why_lost(contexts[g["doc"]], g["cue"], span)
                per_set["why:" + ("later" if step.startswith("later") else step.split("/")[0])][s.name] += 1
            key = f"{why}:{cls}"
            per_set[key][s.name] += 1
            per_set[f"kind:{why}:{kind}"][s.name] += 1
            cue_words[f"{cls.split('/')[0]} {word}"] += 1
            sets_of[f"{cls.split('/')[0]} {word}"].add(s.name)
            got = "; ".join(r.get("speaker", {}).get("name", "") for r in cands[:2])
            print(
                f"{s.name}\t{g['doc']}\t{why}\t{cls}\t{word}\t{kind}\tcore={g.get('core')}\t"
                f"cue={g['cue']!r}\tSYS: {got}\t{step}"
            )
    print("\n# class: total, number of sets, per set")
    for key, c in sorted(per_set.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"{sum(c.values()):4d} {len(c):3d}  {key:28s} {dict(sorted(c.items()))}")
    print("\n# cue words (construction + governing lemma) seen in >= 2 sets")
    for w, n in cue_words.most_common():
        if len(sets_of[w]) >= 2:
            print(f"{n:4d} {len(sets_of[w]):3d}  {w}  {sorted(sets_of[w])}")


if __name__ == "__main__":
    main()
