"""One event per happening: a sentence often names one happening with two triggers of the same type
linked in the parse, a noun and the verb it is the subject of ("la motion de censure a été
rejetée": both a vote), or a noun and the noun it qualifies ("le premier tour de l'élection
présidentielle": both an election). Counting both would report the happening twice; the two are
merged into the one that says more, which takes the other's actors and place. A verb of hitting
whose passive agent is an act of force ("la centrale a été visée par des bombardements", "le
convoi a été touché par une frappe") also names one happening, though the two types differ: the
agent, which says how, stays."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from newsgraph.model import Event

LINK_DEPS = frozenset({"nsubj", "nsubj:pass", "obj", "nmod", "appos", "obl:arg", "acl", "acl:relcl", "xcomp"})
"""Dependencies by which two triggers name one happening: the subject or object of the other
trigger, its complement, its apposition or a participle qualifying it. Not "conj": "des frappes et
des bombardements" may be two happenings."""


FORCE_ROOTS = frozenset({"18", "19"})
"""CAMEO roots of assault and fight: a verb of hitting and its agent noun of force are one act."""

AGENT_DEPS = frozenset({"obl:agent"})


def agent_of(a: Token, b: Token) -> Token | None:
    """The one of two triggers that is the other's passive agent ("visée par des bombardements":
    "bombardements"), or None."""
    if a.head.i == b.i and a.dep_ in AGENT_DEPS:
        return a
    if b.head.i == a.i and b.dep_ in AGENT_DEPS:
        return b
    return None


def force(event: Event) -> bool:
    """An event of assault or fight (CAMEO 18, 19)."""
    return (event.cameo or "")[:2] in FORCE_ROOTS


def linked(a: Token, b: Token) -> bool:
    """One trigger depends on the other directly, by one of LINK_DEPS."""
    return (a.head.i == b.i and a.dep_ in LINK_DEPS) or (b.head.i == a.i and b.dep_ in LINK_DEPS)


SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "expl:subj"})
VERBAL_POS = frozenset({"VERB", "AUX", "ADJ"})
"""Parts of speech of a verb trigger, a participle read as an adjective among them ("a été interpellé
et placé en garde à vue")."""


CARRIED_DEPS = frozenset({"obj", "obl", "obl:arg", "obl:mod"})


def clause_verb(t: Token) -> Token:
    """The verb a trigger's clause is told by: the trigger itself, or the verb a noun trigger is
    the object or complement of ("placé en garde à vue": "placé")."""
    if t.pos_ in {"NOUN", "PROPN"} and t.dep_ in CARRIED_DEPS and t.head.pos_ in VERBAL_POS:
        return t.head
    return t


def continued(a: Token, b: Token, ea: Event, eb: Event) -> bool:
    """Two verbs of one type coordinated on one subject, the second going on with the first ("l'avion
    a raté son atterrissage et a fini sa course dans un étang", "il a été interpellé et placé en garde
    à vue"): one happening told in two steps. Not when each verb has its own subject ("les prix
    augmentent et les salaires augmentent"), nor when the two say distinct places or distinct
    targets ("ils ont bombardé Kharkiv et frappé Odessa": two strikes)."""
    first, then = sorted((clause_verb(a), clause_verb(b)), key=lambda t: t.i)
    if then.dep_ != "conj" or then.head.i != first.i or not {first.pos_, then.pos_} <= VERBAL_POS:
        return False
    if any(c.dep_ in SUBJECT_DEPS for c in then.children):
        return False
    if ea.location is not None and eb.location is not None and ea.location.id != eb.location.id:
        return False
    ta = {r.id for r in ea.actors if r.role == "target"}
    tb = {r.id for r in eb.actors if r.role == "target"}
    return not (ta and tb and not ta & tb)


def weight(event: Event) -> int:
    """What an event report says: its actors, its place, a date read in the text."""
    return len(event.actors) + (event.location is not None) + (event.date_source == "text")


def merged(keep: Event, drop: Event) -> Event:
    """``keep`` with the actors and the place only ``drop`` has."""
    known = {(r.id, r.role) for r in keep.actors} | {r.id for r in keep.actors}
    extra = tuple(r for r in drop.actors if r.id not in known)
    place = keep.location if keep.location is not None else drop.location
    return replace(keep, actors=keep.actors + extra, location=place)


def one_per_happening(found: list[tuple[Token, Event]]) -> list[Event]:
    """The events in text order, each pair of linked same-type triggers of a sentence (or of verbs
    coordinated on one subject, see ``continued``) merged into the report that says more (on a tie,
    the governing trigger's), and a verb of force merged into its passive agent of force."""
    events = [e for _, e in found]
    gone: set[int] = set()
    for i, (a, _) in enumerate(found):
        if i in gone:
            continue
        for j in range(i + 1, len(found)):
            b, eb = found[j]
            if j in gone or a.sent.start != b.sent.start:
                continue
            agent = agent_of(a, b) if eb.type != events[i].type and force(eb) and force(events[i]) else None
            same = eb.type == events[i].type
            if agent is None and not (same and (linked(a, b) or continued(a, b, events[i], eb))):
                continue
            first = weight(eb) > weight(events[i]) or (weight(eb) == weight(events[i]) and a.head.i == b.i)
            if agent is not None:  # "visée par des bombardements": the bombardments
                first = agent.i == b.i
            if first:  # the later trigger says more, or governs: it stays, in the earlier's place
                events[i] = merged(eb, events[i])
            else:
                events[i] = merged(events[i], eb)
            gone.add(j)
    return [e for k, e in enumerate(events) if k not in gone]
