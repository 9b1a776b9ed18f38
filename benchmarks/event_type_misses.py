"""Why gold events get no system event of their type: a census by reason, over every open set (evt30).

    PYTHONPATH=src .venv/bin/python benchmarks/event_type_misses.py [--sets tvnews2022u,...] [--detail]

For each set of the READ half of the open development sets (``READ_HALF``; ``--sets`` names others
among the open ones: the blind ones are never read) the texts are parsed and the event extraction is
run step by step, as ``events.extract_events`` runs it, logging for every token the
first step that rejects it. A gold event with no system event of its type in its report (the
``no-type`` class of ``misses.py``) is then classed by the fate of the words of its report that
carry one of its French stems (``types``):

- (d) ``no-stem``: no word of the report carries a stem (the gold names a category, a summary or
  an implicit event: no single trigger word);
- (c) ``not-lexicon``: words carry a stem but none is a lemma or form of the trigger lexicons
  (``event_triggers.tsv``, ``event_phrases.tsv``);
- (b) ``other-type``: a stem word is in the lexicons and the sentence it stands in has an output
  event of another type (which pair: printed with ``--detail``);
- (a) ``dropped:STEP``: a stem word is in the lexicons, its sentence has no output event, and the
  furthest step any of its stem words reached is STEP: ``pos`` (its part of speech is never a
  trigger's, and no construction makes it a verb: ``event_trigger_verbs``), ``gate`` (no row's
  required words are in the sentence), ``sense`` (a measure noun
  or a state, ``event_trigger_gate.no_sense``), ``rows`` (``match_trigger``: no row's requirements
  hold), ``veto`` (a row's requirements hold but one of its vetoes fires), ``echo``, ``generic``,
  ``built-none`` (``event_from_trigger`` gave nothing: classifier, other sense, bare noun qualifying
  another...), ``merged`` (an event was made and merged away by ``one_per_happening``).

The census (reason x set) is printed at the end; ``--detail`` prints one line per miss with the words
and steps; ``--vectors`` (evt37v) adds, for the misses of ``not-lexicon``, ``pos`` and ``rows``, the
types nearest each stem word in the parser's word vectors (``benchmarks/event_vectors.py``: the best
cosine to a lexicon word of each type) and the rank of the gold's type among them.
``--core`` reads only the gold's core events (``"core": true``: the happening the report is
about) and classes each miss also by where its stem words first stand (``first``: the text's first
sentence, which is the title or opens the summary; ``lead``: another sentence of ``event_main.lead``;
``later``) and by the shape of that word (``shape``): ``nominal-root`` (a noun heading a sentence with no
verb, "Grève à la SNCF"), ``verb``, ``passive``, ``noun-subject`` ("la mobilisation a rassemblé"),
``light-verb`` (a noun object of a verb of doing: "mener une attaque"), ``noun-other``, ``implicit`` (no
stem word).
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import quality
from _gold_match import event_type_ok, norm
from event_vectors import nearest_types
from misses import BLIND

from newsgraph import ingest
from newsgraph.extract import entities, pipeline, timex
from newsgraph.extract import events as ev
from newsgraph.extract.event_main import candidates as lead_candidates
from newsgraph.extract.event_main import lead, main_rows
from newsgraph.extract.event_parse import MentionIndex, lemma
from newsgraph.extract.event_phrases import phrase_heads
from newsgraph.extract.event_trigger_gate import kept, no_sense
from newsgraph.extract.event_trigger_verbs import misread_verbs
from newsgraph.extract.event_triggers import NOMINAL_POS, TRIGGER_POS, holds, match_trigger, trigger_rows
from newsgraph.extract.tokens import tokens

OPEN = frozenset(
    {
        "seeds",
        *(
            f"tvnews2022{x}"
            for x in [
                "",
                *"bcehjlmnopqrstuvwxyz",
                "aa",
                "ab",
                "ac",
                "ad",
                "ae",
                "af",
                "ag",
                "ah",
                "ai",
                "aj",
                "ak",
                "al",
                "am",
                "an",
                "ao",
                "ap",
                "aq",
                "ar",
                "as",
                "at",
                "au",
                "av",
                "aw",
                "ax",
                "ay",
                "az",
                "ba",
                "bb",
            ]
        ),
    }
)
"""The open sets of round 46 (an allow-list besides ``misses.BLIND``: a set added later is not read)."""

READ_HALF = frozenset(
    {
        "seeds",
        *(f"tvnews2022{x}" for x in "b e j m o q s u w y aa ac ae ag ai ak am ao aq as au aw ay ba".split()),
    }
)
"""The read half of round 46 (the sets whose misses helpers read), the default: the other half is scored
only, and this tool re-parses the texts itself (a saved run's folder given as an argument is not read)."""

STEPS = ["pos", "gate", "sense", "rows", "veto", "echo", "generic", "built-none", "merged", "output"]


def fates(ctx: Any) -> tuple[dict[int, str], dict[int, str], list[Any]]:
    """Per token in the lexicons, the furthest step it reached (and its lemma), and the output events."""
    mentions = MentionIndex(ctx.sdoc, ctx.mentions)
    doc, table = ctx.sdoc, tokens(ctx.sdoc)
    fate: dict[int, str] = {}
    lem: dict[int, str] = {}
    lexical = [
        i
        for i, (lm, low, p) in enumerate(zip(table.lemma, table.lower, table.pos, strict=True))
        if trigger_rows(lm, low, p not in NOMINAL_POS)
        or trigger_rows(lm, low, True)
        or trigger_rows(lm, low, False)
    ]
    heads = set(phrase_heads(doc))
    misread = misread_verbs(doc)  # a verb tagged otherwise, read as the verb: "il ravitaille"
    for i in {*lexical, *heads, *misread}:
        fate[i] = "pos" if doc[i].pos_ not in TRIGGER_POS and i not in heads | set(misread) else "gate"
        lem[i] = doc[i].lemma_
    for sent in doc.sents:
        cands = [i for i in sorted(fate) if sent.start <= i < sent.end and fate[i] == "gate"]
        passed = kept(doc, cands, sent.start, sent.end)
        for i in cands:
            if i in passed:
                fate[i] = "rows"
            elif i in no_sense(doc, [i]) or i in heads:
                fate[i] = "gate"
            else:
                fate[i] = "sense"
        for i in passed:
            token = doc[i]
            trig = match_trigger(token, mentions)
            if trig is None:
                fate[i] = "veto" if vetoed(token, mentions) else "rows"
                continue
            if ev.is_echo(token, trig, mentions):
                fate[i] = "echo"
                continue
            if ev.is_generic(token):
                fate[i] = "generic"
                continue
            built = ev.event_from_trigger(token, trig, sent, ctx, mentions)
            fate[i] = "built-none" if built is None else "merged"
    out = ev.extract_events(ctx)
    return fate, lem, out


def vetoed(token: Any, mentions: MentionIndex) -> bool:
    """Whether a row of the word had its requirements hold (or none) but a veto fired: the veto, not
    a missing requirement, dropped it (phrase rows not counted)."""
    verb = token.pos_ not in NOMINAL_POS
    for row in trigger_rows(token.lemma_, token.lower_, verb):
        if (row.pos == "VERB") != verb:
            continue
        alts = row.alternatives
        if alts and not any(all(holds(r, token, mentions) != neg for neg, r in alt) for alt in alts):
            continue
        if any(holds(v, token, mentions, veto=True) for v in row.vetoes):
            return True
    return False


def stem_tokens(doc: Any, stems: list[str]) -> list[int]:
    """The tokens carrying one of the gold's stems (a word containing it; the first word of a phrase)."""
    found = []
    for t in doc:
        w = norm(t.text)
        for s in stems:
            parts = s.split()
            if len(parts) == 1 and len(s) >= 4 and s in w:
                found.append(t.i)
                break
            if len(parts) > 1 and parts[0] in w and s in norm(t.sent.text):
                found.append(t.i)
                break
    return found


def where(ctx: Any, hits: list[int]) -> str:
    """Where the stem words stand: in the lead (``event_main.lead``), as a lead head that
    ``event_main`` reads, and whether their lemma is a row of ``event_main.tsv``."""
    spans = lead(ctx)
    in_lead = [i for i in hits if any(sp.start <= i < sp.end for sp in spans)]
    heads = {t.i for sp in spans for t in lead_candidates(sp)}
    tok = ctx.sdoc
    main = [
        i
        for i in hits
        if (lemma(tok[i]), "NOUN" if tok[i].pos_ in {"NOUN", "PROPN"} else "VERB") in main_rows()
    ]
    yes = {True: "Y", False: "N"}
    return f"lead={yes[bool(in_lead)]} head={yes[bool(heads & set(hits))]} mainrow={yes[bool(main)]}"


LIGHT_VERBS = frozenset(
    "faire mener lancer effectuer procéder donner avoir connaître subir organiser".split()
)
"""Verbs whose noun object is the happening ("mener une offensive", "subir une attaque")."""


def place(ctx: Any, hits: list[int]) -> tuple[str, str]:
    """Where the first stem word stands (``first``, ``lead``, ``later``) and its shape (see above)."""
    if not hits:
        return "none", "implicit"
    doc = ctx.sdoc
    t = doc[min(hits)]
    sents = list(doc.sents)
    spans = lead(ctx)
    pos = (
        "first"
        if sents and sents[0].start <= t.i < sents[0].end
        else "lead"
        if any(sp.start <= t.i < sp.end for sp in spans)
        else "later"
    )
    if t.pos_ in {"NOUN", "PROPN"}:
        root = t.sent.root
        if t.dep_ == "ROOT" or (root.pos_ in {"NOUN", "PROPN"} and not any(w.pos_ == "VERB" for w in t.sent)):
            return pos, "nominal-root"
        if t.dep_ in {"nsubj", "nsubj:pass"}:
            return pos, "noun-subject"
        if t.dep_ == "obj" and lemma(t.head) in LIGHT_VERBS:
            return pos, "light-verb"
        return pos, "noun-other"
    if any(c.dep_ in {"aux:pass", "nsubj:pass"} for c in t.children):
        return pos, "passive"
    return pos, "verb"


def classify(
    e: dict[str, Any], doc: Any, fate: dict[int, str], lem: dict[int, str], out: list[Any]
) -> tuple[str, str]:
    stems = [norm(s) for s in e["types"]]
    hits = stem_tokens(doc, stems)
    if not hits:
        return "d:no-stem", ""
    lexical = [i for i in hits if i in fate]
    words = ",".join(sorted({doc[i].text for i in hits}))
    if not lexical:
        return "c:not-lexicon", words
    by_sent = {(e2.evidence.start, e2.evidence.end): e2 for e2 in out}
    others = []
    for i in lexical:
        s = doc[i].sent
        for (a, b), e2 in by_sent.items():
            if a <= s.start_char < b or s.start_char <= a < s.end_char:
                others.append(f"{e2.type}|{e2.trigger}")
    detail = ";".join(f"{doc[i].text}/{lem[i]}/{doc[i].pos_}:{fate[i]}" for i in lexical)
    if others:
        return "b:other-type", detail + " SYS=" + ";".join(sorted(set(others)))
    best = max(lexical, key=lambda i: STEPS.index(fate[i]))
    return f"a:{fate[best]}", detail


def vector_line(e: dict[str, Any], doc: Any, hits: list[int]) -> str:
    """For each stem word read as a noun or a verb: its three nearest types (type:cosine:word), and the
    rank of the first type the gold's stems name ("-": none of its types is among the lexicon's)."""
    parts = []
    for i in hits:
        t = doc[i]
        pos = "NOUN" if t.pos_ in NOMINAL_POS else "VERB" if t.pos_ in TRIGGER_POS else ""
        if not pos:
            continue
        near = nearest_types(doc.vocab, t.lemma_.lower(), pos)
        if not near:
            parts.append(f"{t.lemma_}/{pos}:novector")
            continue
        ranks = [k for k, n in enumerate(near, 1) if any(s in norm(n.type) for s in e["types"])]
        top = ",".join(f"{n.type}:{n.cosine:.2f}:{n.word}" for n in near[:3])
        parts.append(f"{t.lemma_}/{pos}:rank={ranks[0] if ranks else '-'}:{top}")
    return " VEC " + " ; ".join(parts)


def main() -> None:
    only: set[str] = set(READ_HALF)
    if "--sets" in sys.argv:
        only = set(sys.argv[sys.argv.index("--sets") + 1].split(","))
    detail = "--detail" in sys.argv
    core = "--core" in sys.argv
    vectors = "--vectors" in sys.argv
    nlp = pipeline.load_nlp()
    table: dict[str, Counter[str]] = defaultdict(Counter)
    lemmas_by_reason: dict[str, Counter[str]] = defaultdict(Counter)
    for s in quality.SETS:
        if s.name in BLIND or s.name not in only or s.events is None or not Path(s.events).exists():
            continue
        if s.name not in OPEN:
            continue
        gold = [e for e in json.loads(Path(s.events).read_text())["events"] if e.get("core") or not core]
        folder = s.folder(Path(tempfile.mkdtemp(prefix="evt30_census_")))
        docs = [d for d in ingest.read_folder(folder, lambda p: None)]
        need = {e["doc"] for e in gold}
        for document, ctx in pipeline.analyse([d for d in docs if d.id in need], nlp):
            ctx.mentions = entities.find_mentions(ctx.sdoc)
            ctx.times = timex.dated(
                timex.find_times(document.text, document.published, document.id, ctx.sdoc)
            )
            fate, lem, out = fates(ctx)
            recs = [{"type": x.type, "trigger": x.trigger} for x in out]
            for e in gold:
                if e["doc"] != document.id:
                    continue
                table[s.name]["gold"] += 1
                if any(event_type_ok(e, r) for r in recs):
                    continue
                why, what = classify(e, ctx.sdoc, fate, lem, out)
                table[s.name][why] += 1
                table[s.name]["no-type"] += 1
                if why.startswith(("a:", "b:")):
                    for part in what.split(" SYS=")[0].split(";"):
                        bits = part.split("/")
                        lemmas_by_reason[why][bits[1].lower() if len(bits) > 1 else part] += 1
                hits = stem_tokens(ctx.sdoc, [norm(x) for x in e["types"]])
                pos = where(ctx, hits)
                table[s.name][f"{why[:2]}{pos}"] += 1
                at, shape = place(ctx, hits)
                if core:
                    table[s.name][f"at={at} shape={shape}"] += 1
                if detail:
                    vec = (
                        vector_line(e, ctx.sdoc, hits)
                        if vectors and why in {"c:not-lexicon", "a:pos", "a:rows"}
                        else ""
                    )
                    print(
                        f"{s.name}\t{e['id']}\tcore={e.get('core')}\tcameo={e.get('cameo')}\t{why}\t{e['types']}\t{what}\t{pos}\t{at}/{shape}{vec}"
                    )
        print(f"# done {s.name}", file=sys.stderr, flush=True)
    names = list(table)
    header = "".join((n.replace("tvnews2022", "") or "tv").rjust(5) for n in names) + "  total  sets"
    reasons = sorted({k for c in table.values() for k in c if k not in {"gold", "no-type"}})
    for title, rows in (
        ("reason", ["gold", "no-type", *(r for r in reasons if "lead=" not in r and "at=" not in r)]),
        ("class by position", [r for r in reasons if "lead=" in r]),
        ("where and shape (--core)", [r for r in reasons if r.startswith("at=")]),
    ):
        print(f"\n{title}".ljust(30) + header)
        for r in rows:
            row = [table[n][r] for n in names]
            cells = "".join(str(v).rjust(5) for v in row)
            print(r.ljust(29) + cells + str(sum(row)).rjust(7) + str(sum(1 for v in row if v)).rjust(6))
    for r, c in sorted(lemmas_by_reason.items()):
        print(f"\n# {r}: words by count\n  " + ", ".join(f"{w} {n}" for w, n in c.most_common(40)))


if __name__ == "__main__":
    main()
