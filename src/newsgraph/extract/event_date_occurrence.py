"""The date an event noun takes from a clause that says when it takes place (round 41, issue 17):
"une manifestation prévue le 16 octobre", "le Conseil des ministres qui aura lieu lundi", "la
réunion des maires qui se tiendra jeudi", "une finale entre les meilleurs joueurs aura lieu le 2
juillet". Such a clause ("avoir lieu", "se tenir", "se dérouler", "prévu", "programmé", "survenu")
is said of an event only, so the time it carries is the event's, before the time of the clause the
noun is an argument or a circumstance of ("a appelé vendredi à une manifestation prévue le 16
octobre": the call's Friday is not the march's day). The parser often hangs the clause on the
last noun of the event's phrase ("des ministres", "des maires", "entre les joueurs"): it is read
there too, unless that noun names an event of its own ("l'annonce de la grève qui aura lieu
jeudi": the strike's day, not the announcement's). A noun that is the subject of its clause keeps
that clause's time ("La grève, prévue jeudi, a finalement eu lieu vendredi")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.extract import timex
from newsgraph.extract.event_cache import morph_feats
from newsgraph.extract.event_date_bounds import CALENDAR
from newsgraph.extract.event_parse import MentionIndex, lemma
from newsgraph.extract.event_triggers import match_trigger
from newsgraph.model import TimeMention, TimeValue

CLAUSE_DEPS = frozenset({"acl", "acl:relcl"})
"""How a participle or a relative clause hangs on the noun it tells of."""
PHRASE_DEPS = frozenset({"nmod"})
"""How the nouns of the event's phrase hang below it ("le Conseil des ministres", "la réunion des
maires", "une finale entre les meilleurs joueurs")."""
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass"})
PHRASE_DEPTH = 2
"""How many nouns down the event's phrase the clause is looked for."""

PLANNED = frozenset({"prévoir", "programmer", "planifier", "fixer"})
"""Verbs whose participle sets an event's day ("prévue le 16 octobre", "programmée mardi")."""
REFLEXIVE_OCCURRENCE = frozenset({"tenir", "dérouler", "produire"})
"""Verbs that, reflexive, say that an event takes place ("se tiendra", "se déroulera", "s'est
produit")."""
HAPPENED = frozenset({"survenir"})
"""Verbs said of an event only ("l'accident du car survenu dimanche")."""
REFLEXIVE_DEPS = frozenset({"expl:comp", "expl:pass", "expl", "obj", "iobj"})
REFLEXIVE_WORDS = frozenset({"se", "s'", "s’"})


def occurrence_date(
    token: Token, sdoc: Doc, times: list[TimeMention], mentions: MentionIndex
) -> TimeValue | None:
    """The time of the clause that says when the event of the noun ``token`` takes place, hung on
    the noun or on a noun of its phrase; None for a verb trigger or a noun that is the subject of
    its clause."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return None
    if token.dep_ in SUBJECT_DEPS and token.head.i != token.i:
        return None
    for clause in occurrence_clauses(token, mentions):
        if (found := clause_time(clause, sdoc, times)) is not None:
            return found
    return None


def occurrence_clauses(token: Token, mentions: MentionIndex) -> list[Token]:
    """The occurrence clauses on ``token`` and on the nouns below it in its phrase (``PHRASE_DEPTH``
    "de X" links down, none an event's own trigger)."""
    found: list[Token] = []
    nodes = [token]
    for depth in range(PHRASE_DEPTH + 1):
        found += [c for n in nodes for c in n.children if c.dep_ in CLAUSE_DEPS and occurrence(c)]
        if found or depth == PHRASE_DEPTH:
            break
        nodes = [
            c
            for n in nodes
            for c in n.children
            if c.dep_ in PHRASE_DEPS
            and c.pos_ in {"NOUN", "PROPN"}
            and c.i > n.i
            and match_trigger(c, mentions) is None
        ]
    return found


def occurrence(verb: Token) -> bool:
    """A clause that says when the noun it hangs on takes place: "avoir lieu", "se tenir", "se
    dérouler", "se produire", "survenir", or a participle of planning ("prévue", "programmée", "est
    prévue"); a relative clause only with "qui" for subject, the noun ("où se tiendra le concert"
    tells of the concert)."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    if verb.dep_ == "acl:relcl" and not any(
        c.dep_ in SUBJECT_DEPS and c.lower_ == "qui" for c in verb.children
    ):
        return False  # "la marche vers la place où se tiendra le concert": the concert's clause
    word = lemma(verb)
    if word == "avoir":
        return any(c.dep_ == "obj" and lemma(c) == "lieu" for c in verb.children)
    if word in REFLEXIVE_OCCURRENCE:
        return any(c.dep_ in REFLEXIVE_DEPS and c.lower_ in REFLEXIVE_WORDS for c in verb.children)
    if word in HAPPENED:
        return True
    return word in PLANNED and "Part" in morph_feats(verb).get("VerbForm", [])


def clause_time(verb: Token, sdoc: Doc, times: list[TimeMention]) -> TimeValue | None:
    """The calendar time that governs the clause's verb, or that the parse hung on its "lieu" ("a eu
    lieu samedi")."""
    found, _ = timex.event_date(sdoc, verb.i, times, None)
    if found is not None and CALENDAR.match(found.value):
        return found
    place = next((c for c in verb.children if c.dep_ == "obj" and lemma(c) == "lieu"), None)
    if place is None:
        return None
    for tm in times:
        span = sdoc.char_span(tm.start, tm.end, alignment_mode="expand")
        if span is not None and span.root.head.i == place.i and CALENDAR.match(tm.value):
            return TimeValue(tm.value, tm.precision)
    return None
