"""Event word families the lexicon holds only in half: a verb with no row for its noun, a noun with no
row for its verb (evt39n, issue 17).

    PYTHONPATH=src .venv/bin/python benchmarks/event_lexicon_families.py [CORPUS] [--lines N] [--min K]

Every lemma of a trigger row (``event_triggers.tsv``, the head of ``event_phrases.tsv``, ``event_main.tsv``)
is turned into the usual members of its French family by suffix (``-er`` verb: ``-ation``, ``-ement``,
``-age``, ``-ure``, not ``-ée``, a participle's form as often as a noun; ``-ir`` verb: ``-issement``; a
noun of these suffixes: its ``-er`` verb). A member that is the lemma of no row is printed when its
form stands at least K times (default 5) in the texts of the corpus's first N reports (default 12,000;
the development reports and their neighbours skipped), with the types of the row it was derived from.
Suffix rules overgenerate ("viser" -> "visage") and miss irregular families ("prendre" -> "prise"): the
list is for reading, not for adding rows blindly.
"""

from __future__ import annotations

import csv
import gzip
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LEX = ROOT / "ontology" / "lexicons"
CORPUS = ROOT.parent.parent / "shared" / "corpus" / "tvnews_fr_2022.jsonl.gz"
NOUN_SUFFIXES = ("ation", "ement", "age", "ée", "ure")
WORD = re.compile(r"[a-zàâçéèêëîïôûùüÿœæ-]+")


def rows() -> dict[tuple[str, str], set[str]]:
    """(lemma, pos) -> the types of its rows, over the trigger, phrase and lead lexicons."""
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    for name in ("event_triggers.tsv", "event_main.tsv"):
        for line in (LEX / name).read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if line.startswith("#") or len(cols) < 3:
                continue
            found[(cols[0], cols[1])].add(cols[2])
    for line in (LEX / "event_phrases.tsv").read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("#") or len(cols) < 2:
            continue
        found[(cols[0].split()[0], "PHRASE")].add(cols[1])
    return found


def members(lemma: str, pos: str) -> list[tuple[str, str]]:
    """The family members a lemma's suffix predicts: (word, pos)."""
    out: list[tuple[str, str]] = []
    if pos == "VERB" and lemma.endswith("er"):
        stem = lemma[:-2]
        stem_c = stem[:-1] + "ç" if stem.endswith("c") else stem
        out += [(stem + s, "NOUN") for s in NOUN_SUFFIXES if s != "ée"]
        out += [(stem_c + "age", "NOUN")] if stem_c != stem else []
    elif pos == "VERB" and lemma.endswith("ir"):
        out.append((lemma[:-2] + "issement", "NOUN"))
    elif pos == "NOUN":
        for s in NOUN_SUFFIXES:
            if lemma.endswith(s) and len(lemma) > len(s) + 2:
                out.append((lemma[: -len(s)] + "er", "VERB"))
        if lemma.endswith("issement"):
            out.append((lemma[: -len("issement")] + "ir", "VERB"))
    return out


def skipped_lines() -> set[int]:
    """Corpus lines of the development sets and their neighbours."""
    skip: set[int] = set()
    paths = [
        *ROOT.glob("benchmarks/devgold/*/sources.csv"),
        *(ROOT.parent.parent / "shared" / "eval").glob("*/sources.csv"),
    ]
    for path in paths:
        with path.open(encoding="utf-8") as fh:
            for rec in csv.DictReader(fh):
                if (rec.get("corpus_line") or "").isdigit():
                    n = int(rec["corpus_line"])
                    skip.update((n - 1, n, n + 1))
    return skip


def counts(corpus: Path, lines: int) -> Counter[str]:
    """Lower-cased word forms over the texts of the first ``lines`` reports, development lines skipped."""
    skip = skipped_lines()
    seen: Counter[str] = Counter()
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= lines:
                break
            if i not in skip:
                rec = json.loads(line)
                seen.update(WORD.findall(f"{rec.get('title') or ''} {rec.get('description') or ''}".lower()))
    return seen


def forms(word: str, pos: str) -> list[str]:
    """The forms of a member counted in the texts: a noun's singular and plural, a verb's infinitive and
    participles."""
    if pos == "NOUN":
        return [word, word + "s"]
    return [word, word[:-2] + "é", word[:-2] + "ée", word[:-2] + "és", word[:-2] + "ent"]


def main(argv: list[str]) -> None:
    corpus = Path(argv[0]) if argv and not argv[0].startswith("--") else CORPUS
    lines = int(argv[argv.index("--lines") + 1]) if "--lines" in argv else 12000
    least = int(argv[argv.index("--min") + 1]) if "--min" in argv else 5
    lexicon = rows()
    known = {lemma for lemma, _ in lexicon}
    seen = counts(corpus, lines)
    gaps: dict[tuple[str, str], set[str]] = defaultdict(set)
    for (lemma, pos), types in lexicon.items():
        for word, wpos in members(lemma, pos):
            if word not in known:
                gaps[(word, wpos)].update(f"{lemma}:{t}" for t in types)
    found = [(sum(seen[f] for f in forms(w, p)), w, p, src) for (w, p), src in gaps.items()]
    print(f"# {len(found)} family members with no row; shown: those seen >= {least} times in {lines} reports")
    for n, word, pos, src in sorted(found, key=lambda x: (-x[0], x[1])):
        if n >= least:
            print(f"{n:6d}  {word:24s} {pos:5s} from {', '.join(sorted(src))}")


if __name__ == "__main__":
    main(sys.argv[1:])
