"""A place word inside a news outlet's name: "le 12/13 de France 3", "une équipe de France
Télévisions", "au micro de Radio France", "sur Europe 1". The outlet is who reports, never where an
event happened, though the NER labels its place word LOC or finds it inside the outlet's name."""

from __future__ import annotations

from bisect import bisect_left
from functools import cache

from spacy.tokens import Token

from newsgraph import lexicons
from newsgraph.extract.context import Mention, doc_text
from newsgraph.extract.event_cache import last_token
from newsgraph.extract.tokens import tokens
from newsgraph.names import fold_spaced


@cache
def outlet_names() -> frozenset[str]:
    """Folded names of news outlets: ``media.txt`` (agencies and outlets cited or credited) and the
    lines of kind ``media`` of ``non_actors.tsv`` (channels, stations, papers)."""
    names = {fold_spaced(n) for n, _ in lexicons.rows("media.txt", 2)}
    names |= {fold_spaced(n) for n, kind in lexicons.rows("non_actors.tsv", 2) if kind.strip() == "media"}
    return frozenset(n for n in names if n)


def in_outlet_name(t: Token, m: Mention) -> bool:
    """Whether the place mention at ``t`` is part of an outlet's name with the word or two next to
    it ("France" of "France 3", "France Télévisions", "France Bleu Gironde", "Radio France")."""
    doc = t.doc
    # the first token at or after the mention's start, by bisection of the offsets column (not a
    # walk from the document's start: every place of every event asks)
    table = tokens(doc)
    idx, forms, text = table.idx, table.text, doc_text(doc)
    first = min(t.i, bisect_left(idx, m.start, 0, t.i + 1))
    last = last_token(t, m.end)
    names = outlet_names()
    for start, end in ((first, last + 2), (first, last + 3), (first - 1, last + 1)):
        if start < 0 or end > len(doc) or (start, end) == (first, last + 1):
            continue
        if fold_spaced(text[idx[start] : idx[end - 1] + len(forms[end - 1])]) in names:  # doc[start:end].text
            return True
    return False
