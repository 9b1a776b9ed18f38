"""The events a report is about: the main predicates of its lead.

A TV report's lead (its first sentences, up to the end of the summary the text opens with) states
what happened: "Les 138 bateaux s'élanceront mercredi depuis Saint-Malo", "La Poste a supprimé les
boîtes aux lettres", "la disparition des guichets provoque la colère". Those happenings are of every
kind, and most have no CAMEO code, so the trigger lexicon, which must be strict about a word read
anywhere in a text, misses them. Here only the head of each lead sentence is read: the verb at its
root and the verbs coordinated with it (through a verb of aspect, modality or decision to its
infinitive: "doit abandonner", "continue de progresser"), and an event noun that is the subject of
that verb, the sentence's own head or the object of "avoir lieu". A head whose lemma is a row of
``ontology/lexicons/event_main.tsv`` (whole classes of verbs and nouns: rising and falling, closing,
removing, making, adapting, starting, returning, paying, testing...) gives an event, built like any
other (roles, place, date, modality). Speech, states and opinions are not in the classes; a lead
sentence about the report itself ("la journaliste fait le point", "le 13 Heures présente") is
skipped; a report yields at most ``MAX_MAIN`` such events. A head that is a word of the trigger lexicon
whose sense its own phrase does not tell ("2 000 personnes sont mobilisées") takes the row whose sense
words the lead's other words give ("ces activistes": ``lead_sense_row``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from spacy.tokens import Span, Token

from newsgraph import lexicons
from newsgraph.extract.context import DocContext, doc_text, span_text
from newsgraph.extract.event_generic import is_generic
from newsgraph.extract.event_parse import MentionIndex, lemma
from newsgraph.extract.event_place_lead import opening
from newsgraph.extract.event_trigger_grammar import participle_infinitive
from newsgraph.extract.event_trigger_row import Trigger, parse_requires
from newsgraph.extract.event_triggers import NOMINAL_POS, holds, names_place_or_person, trigger_rows
from newsgraph.model import Event

MAX_MAIN = 3
"""A report has one to four main events; the lead's heads add at most this many, counted once the
reports of one happening are merged (``capped``)."""

MAX_BUILT = 2 * MAX_MAIN
"""Lead heads built before the merge, some of which the merge folds into another report."""

LEAD_FALLBACK = 2
"""Sentences read as the lead when the text has no summary glued to its body."""

SUMMARY_END = re.compile(r"[.!?…»\"”)][A-ZÀ-ÖØ-Þ«\"“]")
"""The end of a TV report's summary: its last full stop glued to the body's first capital
("...le 29 septembre.L'image interpelle")."""

GOVERNORS = frozenset(
    "aller devoir pouvoir venir continuer commencer recommencer décider choisir tenter essayer parvenir"
    " réussir falloir vouloir chercher compter envisager prévoir promettre s'apprêter apprêter oser"
    " finir achever cesser arrêter".split()
)
"""Verbs whose infinitive is the happening: "doit abandonner", "ont décidé de passer la main"."""

OCCUR_VERBS = frozenset({"avoir", "tenir", "dérouler", "survenir", "produire"})
"""Verbs whose subject or "lieu" object is the happening itself ("a lieu la 13e étape")."""

CREW_WORDS = frozenset(
    "journaliste reporter reportage rubrique émission séquence feuilleton magazine chronique envoyé"
    " envoyée correspondant correspondante présentateur présentatrice jt plateau rédaction 13h 20h"
    " 12/13 19/20".split()
)
"""Subjects that are the report's own crew or programme: "la rubrique présente", "la journaliste
fait le point" tell what the report does, not what happened."""

CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB"})
"""The words of the lead that tell the sense of its head (not "se", "sur", "en": rows combine them
with the head's own parse)."""

HEAD_DEPS = frozenset({"ROOT", "conj", "parataxis"})

STATE_CASES = frozenset({"en", "de", "d'", "d’"})
"""The prepositions of a head noun that is itself the predicate ("est de retour", "sont en hausse");
another one makes it a circumstance or a stance ("sont contre la réforme", "depuis la disparition")."""


@cache
def main_rows() -> dict[tuple[str, str], tuple[Trigger, ...]]:
    """The lexicon of lead heads, by (lemma, VERB or NOUN)."""
    found: dict[tuple[str, str], list[Trigger]] = {}
    for lem, pos, type_, de_role, requires in lexicons.rows("event_main.tsv", 5, "-"):
        row = Trigger(lem.strip(), pos.strip(), type_.strip(), de_role.strip(), parse_requires(requires))
        found.setdefault((row.lemma, row.pos), []).append(row)
    return {k: tuple(v) for k, v in found.items()}


def row_holds(row: Trigger, token: Token, mentions: MentionIndex) -> bool:
    """The row's vetoes do not hold and one of its alternatives does (or it has none)."""
    if any(holds(v, token, mentions, veto=True) for v in row.vetoes):
        return False
    alts = row.alternatives
    return not alts or any(all(holds(r, token, mentions) != neg for neg, r in alt) for alt in alts)


def main_row(token: Token, mentions: MentionIndex) -> Trigger | None:
    """The first row of the head's lemma whose requirements hold."""
    pos = "NOUN" if token.pos_ in {"NOUN", "PROPN"} else "VERB"
    rows = main_rows().get((lemma(token), pos)) or main_rows().get((token.lower_, pos))
    if rows is None and pos == "VERB":
        rows = main_rows().get((participle_infinitive(token.lower_), pos))
    return next((r for r in rows or () if row_holds(r, token, mentions)), None)


def sense_words(row: Trigger) -> list[frozenset[str]]:
    """The words of each of the row's alternatives that name its sense ("~manifestant", "^battre+record":
    the word, whatever its place in the parse); an alternative with a test ("@PLACE") names none."""
    found = []
    for alt in row.alternatives:
        if any(r.startswith("@") for _, r in alt):
            continue
        words = frozenset(r.lstrip("^~=").lower() for neg, r in alt if not neg)
        if words:
            found.append(words)
    return found


def lead_sense_row(token: Token, mentions: MentionIndex, lead_words: frozenset[str]) -> Trigger | None:
    """A lead head of the trigger lexicon none of whose rows found its sense in its own phrase
    ("Environ 2 000 personnes sont mobilisées à X ... ces activistes"): the first row whose sense words
    are all words of the lead's other sentences (``lead_words``: where the head's own sentence holds
    them, its rows' requirements have already said whether they tell its sense) and whose vetoes do not
    hold. The lead says what the report is about; its other sentences tell the sense of its head."""
    verb = token.pos_ not in NOMINAL_POS
    if not verb and names_place_or_person(token, mentions):
        return None
    for row in trigger_rows(token.lemma_, token.lower_, verb):
        if (row.pos == "VERB") != verb or not any(w <= lead_words for w in sense_words(row)):
            continue
        if any(v.lstrip("^~=") in lead_words or holds(v, token, mentions, veto=True) for v in row.vetoes):
            continue  # "les vols vers les outre-mer ... billets d'avion": the lead tells against it too
        return row
    return None


def content_words(span: Span) -> frozenset[str]:
    """The lemmas and forms of a sentence's nouns, names and verbs (``CONTENT_POS``), lowercased."""
    return frozenset(w for t in span if t.pos_ in CONTENT_POS for w in (lemma(t).lower(), t.lower_))


def lead(ctx: DocContext) -> list[Span]:
    """The lead's sentences: those that begin before the summary's end, else the first two."""
    if ctx.offset:
        return []
    spans = opening(ctx.sdoc)
    text = doc_text(ctx.sdoc)  # not ``Doc.text``, which joins every token again
    end = next((m.start() + 1 for m in SUMMARY_END.finditer(text) if m.start() > 30), None)
    if end is None or end > 700:
        return spans[:LEAD_FALLBACK]
    return [s for s in spans if s.start_char < end]


def through_governors(verb: Token) -> Token:
    """The infinitive a verb of aspect, modality or decision governs ("doit abandonner")."""
    for _ in range(3):
        if lemma(verb) not in GOVERNORS:
            return verb
        inf = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if inf is None:
            return verb
        verb = inf
    return verb


def heads(sent: Span) -> list[Token]:
    """The sentence's head verbs (root and coordinated, through governors) or its head noun."""
    found: list[Token] = []
    todo = [sent.root]
    while todo and len(found) < 6:
        node = todo.pop(0)
        todo += [c for c in node.children if c.dep_ in HEAD_DEPS and c.pos_ == "VERB"]
        t = through_governors(node)  # "ont adapté la formule et commencent à reconquérir": both
        if t.i != node.i:
            todo += [c for c in t.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        if all(t.i != x.i for x in found):
            found.append(t)
    return found


def about_report(sent: Span) -> bool:
    """A subject of the sentence is the report's crew or programme ("la rubrique présente...", "le
    feuilleton du 13 Heures débute avec..."): the sentence tells what the report does."""
    return any(t.dep_ == "nsubj" and (lemma(t) in CREW_WORDS or t.lower_ in CREW_WORDS) for t in sent)


def is_participle(token: Token) -> bool:
    """A verb, or a participle the parser tags ADJ with its auxiliary ("ont été fermées"), not an
    adjective of state ("très implantés en Russie")."""
    return token.pos_ in {"VERB", "AUX"} or (
        token.pos_ == "ADJ" and any(c.dep_.startswith("aux") for c in token.children)
    )


def candidates(sent: Span) -> list[Token]:
    """The words of the sentence read against the lexicon: each head verb, its subject noun (or,
    for "avoir lieu", its object), and a head noun."""
    found: list[Token] = []
    if about_report(sent) or span_text(sent).rstrip().endswith("?"):
        return found  # "Et si vous testiez le ski ?": a question asks, it tells nothing
    for h in heads(sent):
        if is_participle(h):
            found.append(h)
            found += [c for c in h.children if c.dep_ in {"nsubj", "nsubj:pass"} and c.pos_ == "NOUN"]
            if lemma(h) in OCCUR_VERBS:
                found += [c for c in h.children if c.dep_ == "obj" and c.pos_ == "NOUN"]
        elif h.pos_ == "NOUN" and all(c.lower_ in STATE_CASES for c in h.children if c.dep_ == "case"):
            found.append(h)
            found += [c for c in h.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    return found


def tells_of_taken(token: Token, taken: set[int]) -> bool:
    """A verb with no object whose subject, or the noun it qualifies, is an event already found
    ("l'épidémie repart", "deux incendies, démarrés jeudi"): it tells how that event goes."""
    if token.pos_ in {"NOUN", "PROPN"}:
        return False
    if token.dep_ in {"acl", "acl:relcl"} and token.head.i in taken:
        return True
    if any(c.dep_ == "obj" for c in token.children):
        return False  # "la hausse des prix a changé nos habitudes": the verb does something else
    return any(c.dep_ in {"nsubj", "nsubj:pass"} and c.i in taken for c in token.children)


Build = Callable[[Token, Trigger, Span, DocContext, MentionIndex], Event | None]


def main_events(
    ctx: DocContext, mentions: MentionIndex, taken: set[int], build: Build
) -> list[tuple[Token, Event]]:
    """The lead's main happenings that no trigger of the lexicon found (``taken``: their tokens),
    at most MAX_BUILT, each built by ``build`` (events.event_from_trigger); ``capped`` keeps
    MAX_MAIN of them once merged."""
    out: list[tuple[Token, Event]] = []
    spans = lead(ctx)
    content = [content_words(sp) for sp in spans]
    for i, sent in enumerate(spans):
        # the lead's other sentences: its own would have told the row already
        words = frozenset().union(*(c for j, c in enumerate(content) if j != i))
        for token in candidates(sent):
            if token.i in taken or len(out) >= MAX_BUILT or is_generic(token) or tells_of_taken(token, taken):
                continue
            row = main_row(token, mentions) or lead_sense_row(token, mentions, words)
            if row is None:
                continue
            event = build(token, row, sent, ctx, mentions)
            if event is not None:
                taken.add(token.i)
                out.append((token, event))
    return out


def capped(events: list[Event], main_ids: set[str]) -> list[Event]:
    """``events`` (merged, in text order) with at most MAX_MAIN of the lead's heads (``main_ids``):
    a head merged into another report no longer takes a place (evp27: the cap came before the
    merge)."""
    out: list[Event] = []
    left = MAX_MAIN
    for e in events:
        if e.id in main_ids:
            if left == 0:
                continue
            left -= 1
        out.append(e)
    return out
