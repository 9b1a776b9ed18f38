"""A verdict with a postposed "pour X": "Une relaxe inacceptable pour les familles des victimes",
"Ce projet est inacceptable pour les syndicats", "C'est une provocation pour les grévistes", "une
ligne rouge pour Kiev". The reporter gives X's judgement of what the clause names: X is the speaker
and the clause up to the verdict word is the content (direct false, as "Pour X, …").

Only the verdicts of ``pour_readings.tsv`` (class ``judgement``: rejection or acceptance); "difficile
pour X", "dangereux pour X", "indispensable pour X" say what happens to X. X must be a person or a
body (a name, a role, a group noun), never the quoting speaker ("pour moi", "pour nous") nor a time
("pour la semaine prochaine"); words inside a quote are the quoting speaker's wording and are left
to the quote, save in a quote where a correspondent relays others ("« Moscou propose des couloirs
vers la Russie. Une proposition inacceptable pour Kiev », précise le journaliste"). "Il est
impensable pour X de …" (an impersonal subject, what X rules out comes after) is not read, nor a
verdict on the object of the reporter's verb ("cache une réalité inacceptable pour les résidents").
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph import lexicons
from newsgraph.extract.attribution import can_speak_noun
from newsgraph.extract.context import DocContext, doc_text
from newsgraph.extract.speech_common import Candidate, inside, words, words_among
from newsgraph.extract.speech_quotes import QUOTE_MARKS
from newsgraph.extract.speech_speakers import mentions_between

JUDGEMENTS = lexicons.tagged("pour_readings.tsv")["judgement"]
FEMININE_PLURAL = ("es", "e", "s", "x")
NOT_JUDGES = frozenset({"moi", "nous", "toi", "vous", "on", "ça", "cela"})
JUDGE_POS = frozenset({"NOUN", "PROPN", "PRON"})
QUANTIFIERS = frozenset({"plupart", "majorité", "partie", "beaucoup", "nombre"})
PEOPLE_PRONOUNS = frozenset({"lui", "elle", "eux", "elles"})
CLAUSE_OPENERS = frozenset({".", "!", "?", ":", ";", "…"}) | QUOTE_MARKS
MIN_WORDS = 2
DE = frozenset({"de", "d'", "d’"})
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
    flat = {head.i} | {c.i for c in head.children if c.dep_.startswith("flat")}
    between = pour.doc[pour.i + 1 : head.i]
    if any(t.pos_ in JUDGE_POS and t.i not in flat and t.lower_ not in QUANTIFIERS for t in between):
        return None  # "Une provocation pour les grévistes Patrick Pouyanné réplique": a heading glued on
    after = head.doc[max(flat) + 1 : max(flat) + 4]
    if head.pos_ == "NOUN" and len(after) and after[0].pos_ == "PROPN" and after[0].text[:1].isupper():
        return None  # "… pour les grévistes Patrick Pouyanné réplique": the heading ends before the name
    if len(after) and after[0].lower_ in DE and any("Inf" in t.morph.get("VerbForm", []) for t in after[1:]):
        return None  # "c'est impensable pour le patron de la réduire": what X rules out comes after
    if head.lower_ in PEOPLE_PRONOUNS:
        return head
    nxt = pour.doc[pour.i + 1] if pour.i + 1 < len(pour.doc) else None
    if nxt is not None and nxt.pos_ in {"VERB", "AUX"}:
        return None  # "exclu pour avoir …": a reason, not a judge
    last = max([head, *(c for c in head.children if c.dep_.startswith("flat"))], key=lambda t: t.i)
    end = last.idx + len(last.text)  # "pour Sophie Martin": the whole name
    named = bool(mentions_between(ctx, pour.idx + len(pour.text), end + 1))
    return head if named or can_speak_noun(head) else None


def clause_start(doc_tokens: list[Token]) -> int | None:
    """Where the verdict's clause starts: after the last sentence or clause mark before it (None
    when none stands near enough: a long sentence whose start is not the verdict's)."""
    for t in reversed(doc_tokens):
        if t.text in CLAUSE_OPENERS or t.is_sent_start:
            return t.i + (1 if t.text in CLAUSE_OPENERS else 0)
    return None


def inside_narration(word: Token) -> bool:
    """A verdict adjective on the object of a verb ("cache une réalité inacceptable pour les
    résidents") is the reporter's clause, X only its experiencer: not read."""
    if word.dep_ != "amod":
        return False
    noun = word.head
    return noun.dep_ in {"obj", "obl", "obl:arg", "obl:mod", "nmod"} and noun.head.pos_ in {"VERB", "AUX"}


def pour_judgement_candidates(ctx: DocContext, quotes: list[tuple[int, int]]) -> list[Candidate]:
    """The verdicts with a postposed "pour X" outside the quotes of ``quotes``."""
    doc, text = ctx.sdoc, doc_text(ctx.sdoc)
    out = []
    for pour in words_among(doc, {"pour"}):  # ``quotes`` leaves out the quotes a correspondent relays
        if pour.i == 0 or pour.text != "pour" or inside(quotes, pour.idx) is not None:
            continue  # "Pour X, …" starting the next sentence is the fronted reading's
        word = doc[pour.i - 1]
        if word.pos_ not in {"ADJ", "NOUN", "VERB"} or not verdict(word) or inside_narration(word):
            continue
        head = judge(ctx, pour)
        start = clause_start(list(doc[max(word.sent.start, word.i - 40) : word.i + 1]))
        if head is None or start is None:
            continue
        if any(t.lower_ == "il" and t.dep_.startswith("expl") for t in doc[start : word.i]):
            continue  # "Il est impensable pour X de …"
        content = (doc[start].idx, word.idx + len(word.text))
        if words(text[content[0] : content[1]]) < MIN_WORDS:
            continue
        cand = Candidate(content, False, "pour", pour, speaker_head=head, position=pour.idx, rule=RULE)
        out.append(cand)
    return out
