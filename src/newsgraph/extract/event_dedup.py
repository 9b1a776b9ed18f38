"""One event per happening: a sentence often names one happening with two triggers of the same type
linked in the parse, a noun and the verb it is the subject of ("la motion de censure a été
rejetée": both a vote), or a noun and the noun it qualifies ("le premier tour de l'élection
présidentielle": both an election). Counting both would report the happening twice; the two are
merged into the one that says more, which takes the other's actors and place. A verb of hitting
whose passive agent is an act of force ("la centrale a été visée par des bombardements", "le
convoi a été touché par une frappe") also names one happening, though the two types differ: the
agent, which says how, stays.

Two more shapes name one happening (evp27). A verb whose subject or passive agent is a happening of
nature and reads as an act of force or a removal says what that happening did ("la tornade a arraché
des toitures", "le Pakistan a été frappé par des inondations"): it merges into the nature event (not
a death, damage or an outage, which a report counts on its own). And a definite noun repeating the
trigger of an earlier event of the same type ("Une tornade a traversé la ville. [...] La tornade a
arraché") points back at it: one happening, unless the two say distinct places, dates or
modalities, or the noun is told as another one ("une nouvelle tornade", "la prochaine grève").
Last, an activity counted by its volume and the change of that volume ("les ventes ont progressé de
10 %") are one change."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from newsgraph.event_types import CASUALTY_TYPES, broader
from newsgraph.extract.event_parse import lemma
from newsgraph.extract.event_phrases import generic_heads
from newsgraph.model import Event

LINK_DEPS = frozenset(
    {"nsubj", "nsubj:pass", "obj", "nmod", "appos", "obl:arg", "obl:agent", "acl", "acl:relcl", "xcomp"}
)
"""Dependencies by which two triggers name one happening: the subject, object or passive agent of
the other trigger ("ravagé par un incendie", evp27), its complement, its apposition or a participle
qualifying it. Not "conj": "des frappes et
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


NATURE_EXTRA = frozenset({"natural_disaster", "fire", "epidemic"})
"""Happenings of nature besides the narrower kinds of natural_disaster (flood, storm, heat wave...)."""

DOINGS = frozenset({"removal"})
"""Types of a verb that, said of a happening of nature, only tells what it did ("la tornade a arraché
des toitures"); with a verb of force read of a person ("frappé par des inondations": no air strike).
Not a death, damage, an outage or a saturation, which a report counts on its own (a storm and the
power cut it caused are two events)."""

CAUSE_DEPS = frozenset({"nsubj", "obl:agent"})
"""Where a happening of nature stands to the verb of what it did: "la tornade a arraché", "frappé
par des inondations"."""


def is_nature(event: Event) -> bool:
    return event.type in NATURE_EXTRA or broader().get(event.type) == "natural_disaster"


def nature_cause(a: Token, b: Token, ea: Event, eb: Event) -> Token | None:
    """The one of two triggers that is a happening of nature whose doing the other, a verb, tells
    (its subject, its passive agent, or the noun the verb's relative or participle qualifies)."""
    for cause, verb, ec, ev in ((a, b, ea, eb), (b, a, eb, ea)):
        if not is_nature(ec) or ev.type in CASUALTY_TYPES or not (force(ev) or ev.type in DOINGS):
            continue
        if verb.pos_ not in VERBAL_POS:
            continue
        if cause.head.i == verb.i and cause.dep_ in CAUSE_DEPS:
            return cause
        if verb.head.i == cause.i and verb.dep_ in {"acl", "acl:relcl"} and subject_relative(verb):
            return cause
    return None


CHANGE_TYPES = frozenset({"indicator_change", "price_change"})
"""Events of a quantity rising or falling."""

MEASURED_TYPES = frozenset({"sales", "production", "reduce_production"})
"""Nouns of an activity counted by its volume: "les ventes ont progressé", "la baisse des ventes"
tell one change of that volume, kept as the activity's own kind (a sales trend, a fall of production),
the more telling type."""

MEASURED_DEPS = frozenset({"nsubj", "nsubj:pass", "nmod"})


def measured(a: Token, b: Token, ea: Event, eb: Event) -> Token | None:
    """The activity of two triggers when the other is the change of its volume: the activity is the
    change's subject ("les ventes de jouets ont progressé") or its "de X" ("une baisse des ventes")."""
    for change, noun, ec, en in ((a, b, ea, eb), (b, a, eb, ea)):
        if ec.type in CHANGE_TYPES and en.type in MEASURED_TYPES and noun.pos_ == "NOUN":
            if noun.head.i == change.i and noun.dep_ in MEASURED_DEPS:
                return noun
    return None


def subject_relative(verb: Token) -> bool:
    """A participle (no subject of its own) or a relative clause whose subject is "qui"."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    return not subjects or any(c.lower_ == "qui" for c in subjects)


ANAPHOR_DETS = frozenset({"le", "la", "les", "l'", "l’", "ce", "cet", "cette", "ces"})
"""Determiners of a noun pointing back at a happening told before."""

OTHER_ONE = frozenset(
    "nouveau nouvel nouvelle autre prochain dernier premier second deuxième troisième précédent ancien"
    " prochaine dernière première seconde précédente ancienne nouveaux nouvelles autres".split()
)
"""Adjectives that make the noun another happening of the kind ("une nouvelle tornade")."""


def is_anaphor(token: Token) -> bool:
    """A definite or demonstrative event noun not told as another one of its kind."""
    return (
        token.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ in ANAPHOR_DETS for c in token.children)
        and not any(c.dep_ == "nummod" or c.lower_ in OTHER_ONE for c in token.children)
    )


def same_words(ea: Event, eb: Event) -> bool:
    """The two triggers read alike: one word each, the same phrase ("la hausse des prix" and "la
    hausse des salaires" are two changes; "hausse" alone names no quantity, so a change is taken up
    only by the same words), a word with the qualifier its row required read as the word (``bare``)."""
    a, b = ea.trigger.casefold(), eb.trigger.casefold()
    return a == b or (" " not in bare(a) and " " not in bare(b) and ea.type not in CHANGE_TYPES)


def bare(trigger: str) -> str:
    """A trigger without the qualifier its row required ("catastrophe naturelle": "catastrophe",
    evt37g), as the word alone names its happening; a generic head's stays ("vague de chaleur")."""
    head = trigger.split()[0] if trigger.strip() else trigger
    return trigger if head.rstrip("sx") in generic_heads() else head


def same_happening(ea: Event, eb: Event, words: bool = True) -> bool:
    """Nothing tells the two reports apart: one type, one modality, no two places, no two dates (and,
    unless ``words`` is off, triggers that read alike, ``same_words``)."""
    if ea.type != eb.type or ea.modality != eb.modality or (words and not same_words(ea, eb)):
        return False
    if ea.location is not None and eb.location is not None and ea.location.id != eb.location.id:
        return False
    return not (ea.date_source == eb.date_source == "text" and ea.date != eb.date)


DEMONSTRATIVES = frozenset({"ce", "cet", "cette", "ces"})


BETWEEN_POS = frozenset({"ADJ", "NUM", "ADV"})
"""What stands between a determiner and its noun: "ce terrible accident", "ces trois frappes"."""


def demonstrative(token: Token) -> bool:
    """A noun shown by "ce", "cet", "cette", "ces": it points back at a happening the report told
    before, whatever noun named it there ("Un train a déraillé. [...] Cet accident"). The determiner
    stands before the noun with only adjectives between: not the "ce" of "et ce alors que les taux
    remontent", parsed as the determiner of "taux"."""
    doc = token.doc
    return any(
        c.dep_ == "det"
        and c.pos_ == "DET"
        and c.lower_ in DEMONSTRATIVES
        and all(t.pos_ in BETWEEN_POS for t in doc[c.i + 1 : token.i])
        for c in token.lefts
    )


def taken_up(token: Token, event: Event, out: list[tuple[Token, Event]]) -> int | None:
    """The index in ``out`` of the earlier report an anaphoric noun (``is_anaphor``) tells again. A
    demonstrative noun points at the last report of a former sentence with its type and nothing
    telling the two apart, whatever word named it ("cet accident" after "a percuté", "cet incendie"
    after the second of two fires); a definite one at the first with the same trigger word
    (``same_happening``)."""
    if not is_anaphor(token):
        return None
    former = [k for k, (t, _) in enumerate(out) if t.sent.start < token.sent.start]
    if demonstrative(token):
        alike = [k for k in former if same_happening(out[k][1], event, words=False)]
        return alike[-1] if alike else None
    same = (k for k in former if lemma(out[k][0]) == lemma(token) and same_happening(out[k][1], event))
    return next(same, None)


def told_again(found: list[tuple[Token, Event]]) -> list[tuple[Token, Event]]:
    """``found`` without the anaphoric nouns telling again an earlier event of a former sentence
    (``taken_up``): each is merged into the earlier report."""
    out: list[tuple[Token, Event]] = []
    for token, event in found:
        earlier = taken_up(token, event, out)
        if earlier is None:
            out.append((token, event))
        else:
            out[earlier] = (out[earlier][0], merged(out[earlier][1], event))
    return out


def one_per_happening(found: list[tuple[Token, Event]]) -> list[Event]:
    """The events in text order, each pair of linked same-type triggers of a sentence (or of verbs
    coordinated on one subject, see ``continued``) merged into the report that says more (on a tie,
    the governing trigger's), a verb of force merged into its passive agent of force, a verb of what
    a happening of nature did into that happening, then a definite noun told again into the earlier
    report of its happening."""
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
            if agent is None:  # "la tornade a arraché des toitures": the tornado
                agent = nature_cause(a, b, events[i], eb) or measured(a, b, events[i], eb)  # "les ventes"
            same = eb.type == events[i].type
            if agent is None and not (same and (linked(a, b) or continued(a, b, events[i], eb))):
                continue
            first = weight(eb) > weight(events[i]) or (weight(eb) == weight(events[i]) and a.head.i == b.i)
            if agent is not None:  # "visée par des bombardements": the bombardments; "la tornade a arraché"
                first = agent.i == b.i
            if first:  # the later trigger says more, or governs: it stays, in the earlier's place
                events[i] = merged(eb, events[i])
            else:
                events[i] = merged(events[i], eb)
            gone.add(j)
    kept = [(t, e) for k, ((t, _), e) in enumerate(zip(found, events, strict=True)) if k not in gone]
    return [e for _, e in told_again(kept)]
