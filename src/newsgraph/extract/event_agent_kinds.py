"""The doer of an event that its sentence leaves unnamed, when the report names it elsewhere by the
noun or the name of its kind: a strike and the union ("La CGT appelle à la mobilisation. La grève a
commencé lundi à la raffinerie"), a verdict and the court ("La cour d'assises a rendu son verdict.
L'accusé a été condamné à vingt ans"), an arrest and the police ("Les gendarmes sont intervenus
dans la nuit. Trois hommes ont été interpellés"), a hiring, a closure or a cut in output and the
firm ("L'entreprise traverse une crise. La fermeture du site est prévue en juin").

Only a kind whose doer is one class of actor (``KIND_DOERS``), only an actor named acting (the
subject of an active verb, the "par X" of a passive: not "un policier est recherché", "face à la
police", "le directeur de l'entreprise"), only when the lead and the two sentences before name
exactly one actor of that class (two unions, two courts: no guess), and only for an event the other
context rules left agentless (``event_agent_context`` calls it last). When they name none, a union,
a court or the police may be named anywhere else in the report ("La grève se poursuit. [...] La
CGT, seul syndicat à maintenir le mouvement"): a report names one for all its events of the kind.
The event's own sentence is not read: what it names and the roles did not take is more often the
victim or the place ("la grève à l'usine Renault") than the doer."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsgraph import lexicons
from newsgraph.extract.event_cache import morph_feats
from newsgraph.extract.event_parse import MentionIndex, lemma
from newsgraph.extract.event_reference import is_passive
from newsgraph.extract.event_role_actors import actor_of
from newsgraph.model import Event, RoleRef

DOERS = lexicons.tagged("event_doers.tsv")
"""Class -> the common nouns (``union``) and the names (``union-name``) of its doers."""
KIND_DOERS = {
    "strike_or_boycott": "union",
    "sentence": "court",
    "court_ruling": "court",
    "acquit": "court",
    "arrest": "police",
    "recruitment": "company",
    "layoff": "company",
    "closure": "company",
    "reduce_production": "company",
    "harvest": "grower",
    "policy_measure": "government",
    "provide_aid": "government",
}
"""Event type -> the one class of actor that performs it: a union calls a strike, a court sentences
or acquits, the police arrest, a firm hires, lays off, closes a site or cuts its output, farmers
and pickers harvest; the government sets a national measure or an aid (round 36: "Le gouvernement a
tenu parole. La remise de 30 centimes entre en vigueur jeudi")."""
GENITIVE_DOERS = {
    "investigate": ("police", "court", "investigator"),
    "strike_or_boycott": ("union",),
    "sentence": ("court",),
    "court_ruling": ("court",),
    "acquit": ("court",),
}
"""Event type -> the classes of actor that perform it and never undergo it, so that the "de X" of
its noun names the doer even where that "de" most often names what is acted on (round 44: "l'enquête
de la gendarmerie", "les investigations du parquet", "la grève de la CGT", "le jugement du
tribunal"; not "l'enquête du meurtre", "la condamnation du prévenu")."""
TRADE_KINDS = frozenset({"grower"})
"""Classes a report names as a trade and by members ("les apiculteurs ont le sourire [...] Rémy
Coche, apiculteur, lance sa récolte"): the trade as a group does the act for all of them."""
JUDGES_ACTS = DOERS.get("judge-act", frozenset())
"""Words of arrest triggers that a judge performs, not the police: "la mise en examen", "écroué"."""
ACTING_DEPS = frozenset({"nsubj", "obl:agent"})
"""Where a doer is named acting: the subject of an active verb, the "par X" of a passive; not the
subject of a passive ("un policier est recherché"), an object or a complement ("face à la police",
"le directeur de l'entreprise"), which name who undergoes or what is owned."""
WINDOW = 2
"""How many sentences before the event's are read first, besides the lead."""
WHOLE_REPORT = frozenset({"union", "court", "police", "grower"})
"""Classes of doers that a report names once for all its events of the kind, before or after:
the one union of a strike report, the one court of a trial report, the police of a crime report,
the growers of a harvest report (a firm is not: a report on a closure names other firms, its
clients and suppliers)."""


def of_class(token: Token, kind: str) -> bool:
    """A token that names a doer of the class: its common noun ("les syndicats", "la cour"), or
    its name written with a capital, of one word or two ("la CGT", "Force ouvrière"; not "le sud du
    pays")."""
    if token.pos_ == "NOUN" and lemma(token) in DOERS.get(kind, frozenset()):
        return True
    names = DOERS.get(f"{kind}-name", frozenset())
    if not token.text[:1].isupper():
        return False
    after = token.nbor(1).lower_ if token.i + 1 < len(token.doc) else ""
    return token.lower_ in names or f"{token.lower_} {after}" in names  # "Force ouvrière"


def genitive_doer(token: Token, kind: str) -> bool:
    """A "de X" of an event noun of ``kind`` that names a class of its doers (``GENITIVE_DOERS``):
    the agent, not the target ("l'enquête de la gendarmerie a été confiée à un juge")."""
    return any(of_class(token, c) for c in GENITIVE_DOERS.get(kind, ()))


def acting(token: Token) -> bool:
    """A token named as the one who acts (``ACTING_DEPS``), itself or through the first of a
    coordination or an apposition ("la CGT et les cheminots ont", "la CGT, premier syndicat, a")."""
    node = token
    while node.dep_ in {"conj", "appos", "flat:name"} and node.head.i != node.i:
        node = node.head
    if node.dep_ == "nsubj:pass":  # "les gendarmes sont intervenus": être, not a passive
        return not is_passive(node.head)
    return node.dep_ in ACTING_DEPS


def sentences(token: Token, mentions: MentionIndex) -> tuple[list[Span], int]:
    """The document's sentences (made once per document) and the index of the token's."""
    key = ("doer-sentences", id(token.doc))
    sents = mentions.memo.get(key)
    if sents is None:
        sents = mentions.memo[key] = list(token.doc.sents)
    return sents, next((i for i, s in enumerate(sents) if s.start <= token.i < s.end), 0)


def same_or_second(token: Token, kind: str) -> bool:
    """A common noun of the class coordinated after another ("les juges et les jurés"), through a
    conjunct or as a second subject of the same verb (as the parser often reads it); or one in
    apposition to a doer of the class, the same one ("la CGT, seul syndicat à maintenir le mouvement")."""
    if token.dep_ == "appos" and of_class(token.head, kind):
        return True
    if token.pos_ != "NOUN":
        return False
    if token.dep_ == "conj":
        return token.head.pos_ == "NOUN" and of_class(token.head, kind)
    return any(
        s.i < token.i and s.dep_ == token.dep_ and s.pos_ == "NOUN" and of_class(s, kind)
        for s in token.head.children
    )


def doers(sents: list[Span], kind: str, mentions: MentionIndex) -> dict[str, RoleRef]:
    """The actors of the class named acting in the sentences, by id; the members of one
    coordination of common nouns count once, as its first ("les juges et les jurés ont décidé": the
    judges; not "la CGT et la CFDT", two unions)."""
    found: dict[str, RoleRef] = {}
    for sent in sents:
        for ref in sentence_doers(sent, kind, mentions):
            found.setdefault(ref.id, ref)
    return found


def sentence_doers(sent: Span, kind: str, mentions: MentionIndex) -> list[RoleRef]:
    """The actors of the class named acting in one sentence, in order (``doers``), found once per
    sentence and class: every agentless event of the kind reads the whole report again."""
    key = ("doers", sent.start, sent.end, kind)
    found: list[RoleRef] | None = mentions.memo.get(key)
    if found is None:
        found = mentions.memo[key] = [
            ref
            for t in sent
            if of_class(t, kind)  # the cheap test first: most words name no doer
            and not same_or_second(t, kind)
            and acting(t)
            and (ref := actor_of(t, mentions, "agent")) is not None
        ]
    return found


def trade(sents: list[Span], kind: str, mentions: MentionIndex) -> RoleRef | None:
    """The one plural common noun of the class named acting ("les apiculteurs"), the trade as a
    group beside its members named one by one; None for none or for two ("les viticulteurs [...]
    les arboriculteurs")."""
    groups: dict[str, RoleRef] = {}
    for sent in sents:
        for t in sent:
            plural = t.pos_ == "NOUN" and "Plur" in morph_feats(t).get("Number", [])
            if plural and of_class(t, kind) and acting(t) and not same_or_second(t, kind):
                ref = actor_of(t, mentions, "agent")
                if ref is not None and ref.type == "group":
                    groups.setdefault(ref.id, ref)
    return next(iter(groups.values())) if len(groups) == 1 else None


LOCAL_WORDS = frozenset(
    {"régional", "municipal", "départemental", "communal", "intercommunal", "préfectoral", "local", "arrêté"}
)
"""Adjectives of a local authority on a measure ("des subventions régionales", "une aide municipale"),
and the decree of a prefect or a mayor ("un arrêté"): a region's or a town's act, not the government's."""


def local_measure(token: Token) -> bool:
    """A measure said as a local authority's: its word, or an adjective on it or on the subject of a
    verb trigger ("une aide municipale sera versée"), in ``LOCAL_WORDS``."""
    nouns = [token, *(c for c in token.children if c.dep_ in {"nsubj", "nsubj:pass"})]
    return any(
        lemma(n) in LOCAL_WORDS or any(c.dep_ == "amod" and lemma(c) in LOCAL_WORDS for c in n.children)
        for n in nouns
    )


def fitting_doer(token: Token, event: Event, mentions: MentionIndex) -> RoleRef | None:
    """The one actor of the class that performs the event's kind named acting (``acting``) in the
    lead or the two sentences before; else, for a union, a court or the police, anywhere else in
    the report (see the module); or None."""
    kind = KIND_DOERS.get(event.type)
    if kind is None or any(r.role == "agent" for r in event.actors):
        return None
    if kind == "police" and any(w in JUDGES_ACTS for w in event.trigger.lower().split()):
        return None
    if kind == "government" and local_measure(token):
        return None  # "des subventions régionales", "un arrêté municipal": a region's or a town's
    sents, n = sentences(token, mentions)
    read = ([sents[0]] if n > WINDOW else []) + sents[max(0, n - WINDOW) : n]
    found = doers(read, kind, mentions)
    if not found and kind in WHOLE_REPORT:
        read = sents[:n] + sents[n + 1 :]
        found = doers(read, kind, mentions)
    if len(found) > 1 and kind in TRADE_KINDS and (group := trade(read, kind, mentions)) is not None:
        found = {group.id: group}  # "les apiculteurs ont le sourire [...] Rémy Coche, apiculteur"
    if len(found) != 1:
        return None
    (ref,) = found.values()
    return None if any(r.id == ref.id for r in event.actors) else ref
