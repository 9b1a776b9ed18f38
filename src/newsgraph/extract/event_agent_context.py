"""Agents of events that their own sentence does not name, read from the rest of the report.

A TV report names its actor once and then goes on about what it does without naming it again:
"L'UE a adopté des sanctions contre Moscou. [...] De nouvelles sanctions visent les banques", "La
SNCF annonce un plan d'économies. Trois cents trains seront supprimés". Each rule below states the
one construction it reads and gives an agentless event the actor it names; when two actors could
be meant, it gives none.

- ``same_kind_agent``: an event of a kind the report has already told with an agent, when every
  earlier report of that kind names one and the same agent ("Les syndicats ont déclenché une grève
  lundi. [...] Une nouvelle grève est prévue jeudi": the unions). Earlier only: a report names its
  actor first, and an agent said later is often another's claim ("selon Kiev, des frappes russes").
  Only for acts of one actor on another (the kinds with a CAMEO code: a strike, a sanction, an
  arrest, a strike from the air), not for the happenings of a feature (a price that rises, a
  campaign, a homage, a race, an appointment), whose earlier agent is seldom the next one's; not
  for what is undergone (a death, a wound), nor when that actor is a target of the kind (two sides
  fight), nor when the event's clause has a subject of its own that the roles could not read, nor
  for an event named through its victims ("les victimes de violences conjugales"): what befalls
  people in general, not the act told before ("elle a été agressée par un inconnu").
- ``firefighting_agent`` (event_agent_firefighters): the firefighters a fire report names, for its
  agentless acts of fighting the fire ("L'incendie a été fixé dans la nuit").
- ``named_doers`` (event_agent_doers): the strikers or demonstrators a report names by the noun of
  their kind ("les grévistes", "les manifestants"), for its agentless strikes and demonstrations.
- ``fitting_doer`` (event_agent_kinds): the one doer of the class that performs the event's kind
  (a union for a strike, a court for a sentence, the police for an arrest, a firm for a hiring or
  a closure) that the lead or the two sentences before name.
- ``announcer``: a passive with no "par X" that an organisation or a state announces, in the
  clause its verb of announcing governs ("L'armée a annoncé que vingt villes ont été reprises") or
  as the whole next sentence ("La SNCF annonce un plan d'économies. Trois cents trains seront
  supprimés d'ici à juin"): the one who announces is the one who acts. Not a person (a prosecutor
  announces arrests the police made), not what nobody performs nor what is undergone.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Token

from newsgraph.event_types import CASUALTY_TYPES, broader, cameo_codes
from newsgraph.extract.entities import is_role_word
from newsgraph.extract.event_agent_doers import named_doers
from newsgraph.extract.event_agent_firefighters import firefighting_agent
from newsgraph.extract.event_agent_kinds import fitting_doer
from newsgraph.extract.event_agent_nature import unacted
from newsgraph.extract.event_agents import FIRE_TYPES, ORGANISATION_ROLES
from newsgraph.extract.event_kind_roles import VICTIM_NOUNS, victim_noun
from newsgraph.extract.event_modality import carrier
from newsgraph.extract.event_parse import SUBJECT_DEPS, MentionIndex, lemma
from newsgraph.extract.event_reference import is_passive
from newsgraph.extract.event_role_actors import actor_of
from newsgraph.model import Event, RoleRef

CONTESTED_ROOTS = frozenset({"18", "19"})
"""CAMEO roots of armed conflict: assaults and fighting, where a report tells what each side does."""
NOBODY_ACTS = "disasters_and_accidents"
"""The scheme's family of happenings that nobody performs (fires, floods, heat waves, accidents)."""
ACTING_EXCEPTIONS = frozenset({"emergency_response"})
"""Members of that family that somebody does perform: the rescue answering a disaster."""
NO_CONTEXT_TYPES = (
    frozenset({"death", "birth", "disappearance", "hospitalization", "hospital_saturation"}) | CASUALTY_TYPES
)
"""Kinds whose agent a report never leaves to the context: what is undergone (a death, a casualty,
whose killer is named with it or unknown; a stay in hospital) or befalls someone (a birth, a
disappearance)."""


@cache
def nobody_acts(kind: str) -> bool:
    """A kind of happening nobody performs: one of the disasters and accidents family, at any depth
    ("heat_wave" under "natural_disaster"), except the emergency response to one."""
    if kind in ACTING_EXCEPTIONS:
        return False
    up, seen = broader(), set()
    while kind in up and kind not in seen:
        seen.add(kind)
        kind = up[kind]
        if kind == NOBODY_ACTS:
            return True
    return False


ANNOUNCING_VERBS = frozenset({"annoncer", "décider", "confirmer", "officialiser", "programmer", "planifier"})
"""Verbs by which an organisation makes known what it does: "la SNCF annonce", "l'armée a confirmé"."""
ANNOUNCER_TYPES = frozenset({"organization", "gpe", "group"})
"""Who acts by announcing: an organisation, a state, a body ("l'armée", "les syndicats"); a person
announces for others as often."""
NATURAL_KINDS = frozenset({"natural_disaster", "fire", "accident", "explosion", "epidemic", "pollution"})
"""What nobody decides, even when it is announced: the disasters, but not an outage or a cut in
traffic, which an operator decides ("trois cents trains seront supprimés")."""


def has_agent(event: Event) -> bool:
    return any(r.role == "agent" for r in event.actors)


def open_to_context(event: Event) -> bool:
    """An event whose agent the rest of the report may give: no agent of its own, of a kind that
    somebody performs."""
    return not has_agent(event) and event.type not in NO_CONTEXT_TYPES and not nobody_acts(event.type)


def agents_of(event: Event) -> set[str]:
    return {r.id for r in event.actors if r.role == "agent"}


def of_kind(one: str, other: str) -> bool:
    """The same kind of event, or two acts of firing on a place, which reports name by turns ("ont
    bombardé", "les frappes")."""
    return one == other or (one in FIRE_TYPES and other in FIRE_TYPES)


def contested(kind: str) -> bool:
    """An act of armed conflict (CAMEO 18 assault, 19 fight), which a report tells of both sides."""
    return (cameo_codes().get(kind) or "")[:2] in CONTESTED_ROOTS


def same_kind_agent(event: Event, before: list[Event]) -> RoleRef | None:
    """The one agent that the reports of the event's kind told before it in the document name (see
    the module): None when they name none or more than one, when one of them has it as its target
    (two sides: "L'armée a bombardé X. Les rebelles ont visé l'armée"), when it is the event's own
    target or participant, or when it names the event itself ("le Salon du livre", a fair's own
    name, is no one who holds the next fair). A hypothetical event neither gives nor takes one (the
    threats of a speech: "de potentielles frappes américaines [...] des frappes préventives"). For an
    act of war, every earlier act of war counts:
    "Les Russes ont pris Izioum. Les Ukrainiens ont détruit un char. Le village a été repris": no
    guess."""
    if not open_to_context(event) or event.modality == "hypothetical":
        return None
    if cameo_codes().get(event.type) is None:
        return None
    before = [o for o in before if o.modality != "hypothetical"]  # "en réponse à de potentielles frappes"
    same = [o for o in before if of_kind(o.type, event.type)]
    pool = [o for o in before if contested(o.type)] if contested(event.type) else same
    ids = {i for o in pool if has_agent(o) for i in agents_of(o)}
    if len(ids) != 1:
        return None
    (only,) = ids
    if any(r.id == only and r.role != "agent" for o in pool for r in o.actors):
        return None
    if any(r.id == only for r in event.actors):
        return None
    ref = next((r for o in same for r in o.actors if r.id == only and r.role == "agent"), None)
    if ref is None or event.trigger.lower() in ref.name.lower():
        return None
    return None if lemma_word(ref.name) in VICTIM_NOUNS else ref  # "les victimes": a parse gone wrong


def lemma_word(name: str) -> str:
    """The first word of an actor's name, lowercased, without a plural "s"."""
    first = name.lower().split()[0] if name.strip() else ""
    return first[:-1] if first.endswith("s") else first


def natural(kind: str) -> bool:
    """A disaster, an accident or an epidemic (see ``NATURAL_KINDS``), at any depth of the scheme."""
    up, seen = broader(), set()
    while kind not in seen:
        if kind in NATURAL_KINDS:
            return True
        seen.add(kind)
        if kind not in up:
            return False
        kind = up[kind]
    return False


def announcing_subject(token: Token) -> list[Token]:
    """The subject of the verb of announcing that frames a passive trigger: the verb whose
    complement clause it is ("a annoncé que vingt villes ont été reprises", through coordinated
    verbs), else the root of the sentence before when the trigger is the root of its own
    ("La SNCF annonce un plan. Trois cents trains seront supprimés"); [] for any other."""
    verb = token
    while verb.dep_ == "conj" and verb.head.i < verb.i:
        verb = verb.head
    if verb.dep_ == "ccomp" and lemma(verb.head) in ANNOUNCING_VERBS:
        return [c for c in verb.head.children if c.dep_ in SUBJECT_DEPS]
    if verb.dep_ != "ROOT" or verb.sent.start == 0:
        return []
    before = verb.doc[verb.sent.start - 1].sent.root
    if lemma(before) not in ANNOUNCING_VERBS:
        return []
    return [c for c in before.children if c.dep_ in SUBJECT_DEPS]


def announcer(token: Token, event: Event, mentions: MentionIndex) -> RoleRef | None:
    """The organisation or the state that announces an agentless passive event (see the module)."""
    if has_agent(event) or event.type in NO_CONTEXT_TYPES or natural(event.type):
        return None
    if token.pos_ != "VERB" or not is_passive(token):
        return None
    subjects = announcing_subject(token)
    if len(subjects) != 1:
        return None
    subject = subjects[0]
    if is_role_word(lemma(subject), subject.lower_) and lemma(subject) not in ORGANISATION_ROLES:
        return None  # "le procureur", "la ministre": a person by the office; not "l'armée", "la police"
    ref = actor_of(subject, mentions, "agent")
    if ref is None or ref.type not in ANNOUNCER_TYPES or any(r.id == ref.id for r in event.actors):
        return None
    return ref


def own_subject(token: Token) -> bool:
    """The trigger's clause has a subject of its own, other than the trigger itself, which the roles
    could not read as an actor ("PPDA a porté plainte" with the name missed, "il a porté plainte"):
    its agent is that subject, whom the context must not overwrite."""
    verb = carrier(token)
    return any(c.dep_ in SUBJECT_DEPS and c.i != token.i for c in verb.children)


def befalls_victims(token: Token) -> bool:
    """An event named through those it befell, the victim noun a noun or an adjective ("les
    victimes de violences conjugales", "une femme victime de violences"): what befalls people in
    general, not the act told before."""
    if victim_noun(token) is not None:
        return True
    node = token
    for _ in range(3):
        if node.head.i == node.i or node.dep_ not in {"nmod", "obl:arg", "obl:mod", "conj"}:
            return False
        node = node.head
        if lemma(node) in VICTIM_NOUNS:
            return True
    return False


def contextual_agents(found: list[tuple[Token, Event]], mentions: MentionIndex) -> list[tuple[Token, Event]]:
    """The document's events, in the same order, each agentless one given the agent its context
    names by one of the module's rules (read on the events as they were, not on agents given here),
    and a happening of nature stripped of the agents it cannot have (event_agent_nature)."""
    events = [e for _, e in found]
    words = found[0][0].doc if found else ()  # walked only for a kind with doer nouns
    out = []
    for n, (token, event) in enumerate(found):
        agent = announcer(token, event, mentions) or firefighting_agent(token, event, mentions)
        if agent is None and not own_subject(token) and not befalls_victims(token):
            agent = same_kind_agent(event, events[:n]) or named_doers(event, words, mentions)
            if agent is None and open_to_context(event):  # "Les gendarmes sont intervenus. [...] interpellés"
                agent = fitting_doer(token, event, mentions)
        if agent is not None:
            event = replace(event, actors=(agent, *event.actors))
        out.append((token, unacted(event)))  # "L'Inde fait face à une canicule": no agent
    return out
