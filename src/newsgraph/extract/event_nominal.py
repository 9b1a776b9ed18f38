"""Roles read off a nominal trigger's complements: the "de X" complements of a noun (not an amount,
not "de la part de X"), who talks are held with ("avec X", "entre X et Y"), the agent of a
participle that qualifies the noun ("l'offensive lancée par l'armée"), "de la part de X", the
attacker of "l'attaque de X contre Y", and an agent borrowed from the noun's surroundings."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph import lexicons
from newsgraph.event_types import broader
from newsgraph.extract.context import Mention
from newsgraph.extract.entities import is_role_word
from newsgraph.extract.event_amounts import CURRENCIES, MILITARY_NOUNS, PEOPLE_NOUNS, SCALE, suffixed_person
from newsgraph.extract.event_cache import morph_feats
from newsgraph.extract.event_parse import OBJECT_DEPS, MentionIndex, lemma
from newsgraph.extract.event_reference import agent_phrases, with_conjuncts
from newsgraph.extract.event_triggers import Trigger
from newsgraph.geo import geocode
from newsgraph.geo_demonyms import demonym_country

FORCING_VERBS = lexicons.tagged("event_verbs.tsv")["forcing"]
MEETING_TYPES = {"meet", "consult", "engage_in_negotiation", "mediate", "phone_call", "visit", "host_visit"}
"""Verbs whose subject takes part in the meeting they govern ("Poutine est resté à l'écart du sommet")."""
DE_CASES = {"de", "du", "des", "d'", "d’"}
INSTITUTION_ADJECTIVES = {
    "européen": "Union européenne",
    "onusien": "ONU",
    "otanien": "Otan",
    "gouvernemental": "gouvernement",
    "étatique": "État",
    "policier": "police",
    "préfectoral": "préfecture",
    "syndical": "syndicats",
}
"""Relational adjectives that name the union or body acting ("les sanctions européennes", "la remise
gouvernementale", "l'aide étatique", "l'intervention policière", "un arrêté préfectoral", "la
mobilisation syndicale"), as countries' adjectives name their state ("les frappes russes"); not
"présidentiel" nor "municipal" (mostly the scope of an election: "la campagne présidentielle"), nor
"militaire" or "judiciaire" (a kind of act, not who: "une opération militaire russe")."""
AGAINST_CASES = {"contre", "sur"}
FIGHT_TYPES = {"fight", "clash"}
COLLECTIVES = lexicons.words("people_nouns.txt")


def impersonal(type_: str) -> bool:
    """A disaster or an accident (the scheme's ``disasters_and_accidents``, not the rescue that
    answers it): nobody acts, so its "de X" place is where ("les inondations du Pakistan")."""
    return broader().get(type_) == "disasters_and_accidents" and type_ != "emergency_response"


def on_behalf(token: Token) -> Token | None:
    """The X of "de la part de X" hung on a noun ("une agression de la part de son voisin")."""
    if lemma(token) != "part" or not any(g.dep_ == "case" and g.lower_ in DE_CASES for g in token.children):
        return None
    return next(
        (
            c
            for c in token.children
            if c.dep_ == "nmod" and any(g.dep_ == "case" and g.lower_ in DE_CASES for g in c.children)
        ),
        None,
    )


def own_agents(token: Token) -> list[Token]:
    """Who acts, said on the noun itself: "de la part de X", and the "par X" of a participle that
    qualifies it ("l'offensive lancée par l'armée russe", "l'enquête ouverte par le parquet", "la
    grève menée par les contrôleurs")."""
    found = [x for c in token.children if c.dep_ == "nmod" and (x := on_behalf(c)) is not None]
    for c in token.children:
        if c.dep_ == "acl" and c.pos_ == "VERB" and "Part" in morph_feats(c).get("VerbForm", []):
            found += [a for a in c.children if a.dep_ == "obl:agent"] or [
                a for a in c.children if a.dep_.startswith("obl") and has_case(a, {"par"})
            ]
    return with_conjuncts(found)


def has_case(token: Token, words: set[str]) -> bool:
    return any(g.dep_ == "case" and g.lower_ in words for g in token.children)


def against(token: Token, mentions: MentionIndex) -> list[Token]:
    """The named "contre X" / "sur X" of a noun: who or what an act is aimed at."""
    return [c for c in token.children if c.dep_ == "nmod" and has_case(c, AGAINST_CASES) and mentions.get(c)]


def against_verb(token: Token, mentions: MentionIndex) -> list[Token]:
    """The named "contre X" of the verb a nominal trigger is the subject or object of ("des
    sanctions ont été prises contre la Russie", "une plainte a été déposée contre X")."""
    head = token.head
    if head.i == token.i or head.pos_ != "VERB" or token.dep_ not in {"nsubj", "nsubj:pass", "obj"}:
        return []
    return [
        c for c in head.children if c.dep_.startswith("obl") and has_case(c, {"contre"}) and mentions.get(c)
    ]


def borrowed_agents(token: Token, mentions: MentionIndex) -> list[Token]:
    """The agent of a nominal trigger read off its surroundings: "la grève à la SNCF" (an
    organisation after à/chez), "la grève a été reconduite par les syndicats" (the agent of the
    passive verb it is the subject of), "forçant à la retraite l'armée russe" (the object of a
    verb of forcing)."""
    for c in token.children:
        m = mentions.get(c)
        if (
            c.dep_ == "nmod"
            and m is not None
            and m.label == "ORG"
            and any(g.dep_ == "case" and g.lower_ in {"à", "chez", "au"} for g in c.children)
        ):
            return [c]
    head = token.head
    if token.dep_ == "nsubj:pass":  # "par les syndicats", however the parser labels it
        return agent_phrases(head)
    if token.dep_ == "nsubj":  # "La grève entamée lundi a été reconduite par les syndicats" (misparsed)
        for v in head.children:
            if (
                v.dep_ in {"conj", "advcl"}
                and v.pos_ == "VERB"
                and any(c.dep_ == "aux:pass" for c in v.children)
                and not any(c.dep_ in {"nsubj", "nsubj:pass"} and not ago(c) for c in v.children)
            ):
                return agent_phrases(v)
    if token.dep_.startswith("obl") and lemma(head) in FORCING_VERBS:
        # "forçant à la retraite l'armée russe": the object, or a bare noun hung on the trigger
        bare = [
            c for c in token.children if c.dep_ == "nmod" and not any(g.dep_ == "case" for g in c.children)
        ]
        return [c for c in head.children if c.dep_ in OBJECT_DEPS] + bare
    return []


def ago(token: Token) -> bool:
    """A duration after "il y a" ("il y a deux semaines"), which the parser may take for a subject."""
    doc = token.doc
    words = [t.lower_ for t in doc[max(token.sent.start, token.left_edge.i - 3) : token.i]]
    return any(words[i : i + 2] == ["y", "a"] for i in range(len(words) - 1))


def partners(token: Token, verb: Token, trig: Trigger) -> list[Token]:
    """Who a meeting, a call or talks are held with: "des pourparlers avec Kiev", "s'est
    entretenu avec Xi Jinping" (and the names coordinated with them); whom a fight is with ("des
    affrontements avec les forces de l'ordre", "au cinquième jour de combats avec l'EI")."""
    if trig.type not in MEETING_TYPES | FIGHT_TYPES:  # "des affrontements avec la police"
        return []
    near = [*token.children, *(verb.children if verb.i != token.i else [])]
    # "par téléphone avec X", "s'entretenir dans la journée avec X" (hung on "journée")
    near += [g for c in near if c.dep_ in {"obl:mod", "obl:arg", "nmod"} for g in c.children]
    found = [
        c
        for c in near
        if c.dep_ in {"nmod", "obl:arg", "obl:mod"}
        and any(g.dep_ == "case" and g.lower_ == "avec" for g in c.children)
    ]
    return with_conjuncts(found)


def between(token: Token) -> list[Token]:
    """The "entre X et Y" of a noun or a verb, with the names coordinated with X."""
    found = []
    for c in token.children:
        if c.dep_ in {"nmod", "obl:mod", "obl:arg"} and any(
            g.dep_ == "case" and g.lower_ == "entre" for g in c.children
        ):
            found += [c, *(g for g in c.children if g.dep_ == "conj")]
            found += [g for g in token.children if g.dep_ == "conj" and g.pos_ == "PROPN"]
    return found


ARMED_TYPES = {"shell", "air_strike", "attack", "invade", "blockade"}
"""Armed acts whose "de X" is the target ("le bombardement de Kharkiv") unless X is a force."""


FORCE_BODIES = frozenset({"aviation", "marine", "milice", "artillerie", "infanterie", "flotte"})
"""Arms of the forces that the lexicon files as bodies, which act in the fighting they name."""


def is_force(token: Token, mentions: MentionIndex) -> bool:
    """An army or a people in arms: "des Russes", "de l'armée ukrainienne", "des troupes", an arm
    of the forces ("les bombardements de l'aviation russe", "les tirs de la marine")."""
    if lemma(token) in MILITARY_NOUNS or (token.pos_ == "NOUN" and lemma(token) in FORCE_BODIES):
        return True
    m = mentions.get(token)
    return (
        token.pos_ in {"PROPN", "NOUN"}
        and demonym_country(token.lower_) is not None
        and (m is None or geocode(m.name) is None)
    )


def de_complements(token: Token) -> list[Token]:
    """The "de X" complements of a noun, in order; not "autour de X", "près de X" (where)."""
    return [
        c
        for c in token.children
        if c.dep_ in {"nmod", "obl:arg"}
        and any(
            g.dep_ == "case" and g.lower_ in DE_CASES and (g.i == 0 or g.doc[g.i - 1].pos_ != "ADV")
            for g in c.children
        )
        and not is_amount(c)
        and not on_behalf(c)
    ]


def is_amount(token: Token) -> bool:
    """ "de 400 millions de dollars", "de 20 tonnes": a quantity, not an actor; but people counted
    ("l'intervention de 750 pompiers", "une manifestation de 3 000 agriculteurs") are who act."""
    if lemma(token) in SCALE or token.lower_ in CURRENCIES:
        return True
    counted = any(
        c.dep_ in {"nummod", "det"} and (c.pos_ == "NUM" or (c.like_num and c.lower_ not in {"un", "une"}))
        for c in token.children
    )  # not "d'un policier", an article
    word = lemma(token)
    return counted and not (
        word in MILITARY_NOUNS | PEOPLE_NOUNS | COLLECTIVES
        or is_role_word(word, token.lower_)
        or suffixed_person(token)
    )


def is_settlement(m: Mention) -> bool:
    """A place mention that is a city, region or water (not a country standing for its state)."""
    geo = geocode(m.name)
    return geo is not None and geo.type in {"city", "region", "water"}
