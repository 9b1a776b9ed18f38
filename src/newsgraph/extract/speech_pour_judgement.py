"""A verdict with a postposed "pour X": "Une relaxe inacceptable pour les familles des victimes",
"Ce projet est inacceptable pour les syndicats", "C'est une provocation pour les grévistes", "une
ligne rouge pour Kiev". The reporter gives X's judgement of what the clause names: X is the speaker
and the clause up to the verdict word is the content (direct false, as "Pour X, …").

Only the verdicts of ``pour_readings.tsv`` (class ``judgement``: rejection or acceptance); "difficile
pour X", "dangereux pour X", "indispensable pour X" say what happens to X. X must be a person or a
body (a name, a role, a group noun), never the quoting speaker ("pour moi", "pour nous") nor a time
("pour la semaine prochaine"); words inside a quote are someone's own and are left to its speaker,
save inside a correspondent's quote (``quotes`` lists the others). "Il est impensable pour X de …"
(an impersonal subject, what X rules out comes after) is not read.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph import lexicons
from newsgraph.extract.attribution import can_speak_noun
from newsgraph.extract.context import DocContext, doc_text
from newsgraph.extract.speech_common import Candidate, inside, words, words_among
from newsgraph.extract.speech_speakers import mentions_between

JUDGEMENTS = lexicons.tagged("pour_readings.tsv")["judgement"]
FEMININE_PLURAL = ("es", "e", "s", "x")
NOT_JUDGES = frozenset({"moi", "nous", "toi", "vous", "on", "ça", "cela"})
JUDGE_POS = frozenset({"NOUN", "PROPN", "PRON"})
QUANTIFIERS = frozenset({"plupart", "majorité", "partie", "beaucoup", "nombre"})
PEOPLE_PRONOUNS = frozenset({"lui", "elle", "eux", "elles"})
CLAUSE_OPENERS = frozenset({".", "!", "?", ":", ";", "«", "»", "“", "”", '"', "…"})
MIN_WORDS = 2
RULE = "pour-judgement"


def verdict(tok: Token) -> bool:
    """The word before "pour" is a verdict of the lexicon, in any gender and number."""
    low = tok.lower_
    forms = {low, tok.lemma_.lower()} | {low[: -len(e)] for e in FEMININE_PLURAL if low.endswith(e)}
    forms |= {f + "x" for f in forms if f.endswith("eu")} | {f[:-1] + "x" for f in forms if f.endswith("s")}
    if forms & JUDGEMENTS:
        return True
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return prev is not None and f"{prev.lower_} {low}" in JUDGEMENTS  # "une ligne rouge"


def judge(ctx: DocContext, pour: Token) -> Token | None:
    """The person or body "pour" introduces: the noun it governs, named, a role or a group."""
    head = pour.head if pour.dep_ == "case" and pour.head.i > pour.i else None
    if head is None:
        head = next((t for t in pour.doc[pour.i + 1 : pour.i + 5] if t.pos_ in JUDGE_POS), None)
    if head is not None and head.lower_ in QUANTIFIERS:  # "pour la plupart des familles"
        head = next((c for c in head.children if c.dep_ == "nmod" and c.pos_ in JUDGE_POS), head)
    if head is None or head.lower_ in NOT_JUDGES or head.i > pour.i + 6:
        return None
    if head.lower_ in PEOPLE_PRONOUNS:
        return head
    nxt = pour.doc[pour.i + 1] if pour.i + 1 < len(pour.doc) else None
    if nxt is not None and nxt.pos_ in {"VERB", "AUX"}:
        return None  # "exclu pour avoir …": a reason, not a judge
    last = max([head, *(c for c in head.children if c.dep_.startswith("flat"))], key=lambda t: t.i)
    end = last.idx + len(last.text)  # "pour Sophie Martin": the whole name
    named = bool(mentions_between(ctx, pour.idx + len(pour.text), end + 1))
    return head if named or can_speak_noun(head) else None


def clause_start(doc_tokens: list[Token]) -> int:
    """Where the verdict's clause starts: after the last sentence or clause mark before it."""
    for t in reversed(doc_tokens):
        if t.text in CLAUSE_OPENERS or t.is_sent_start:
            return t.i + (1 if t.text in CLAUSE_OPENERS else 0)
    return doc_tokens[0].i if doc_tokens else 0


def pour_judgement_candidates(ctx: DocContext, quotes: list[tuple[int, int]]) -> list[Candidate]:
    """The verdicts with a postposed "pour X" outside the quotes of ``quotes``."""
    doc, text = ctx.sdoc, doc_text(ctx.sdoc)
    out = []
    for pour in words_among(doc, {"pour"}):
        if pour.i == 0 or inside(quotes, pour.idx) is not None:
            continue
        word = doc[pour.i - 1]
        if word.pos_ not in {"ADJ", "NOUN", "VERB"} or not verdict(word):
            continue
        head = judge(ctx, pour)
        if head is None:
            continue
        start = clause_start(list(doc[max(word.sent.start, word.i - 40) : word.i + 1]))
        if any(t.lower_ == "il" and t.dep_.startswith("expl") for t in doc[start : word.i]):
            continue  # "Il est impensable pour X de …"
        content = (doc[start].idx, word.idx + len(word.text))
        if words(text[content[0] : content[1]]) < MIN_WORDS:
            continue
        cand = Candidate(content, False, "pour", pour, speaker_head=head, position=pour.idx, rule=RULE)
        out.append(cand)
    return out
