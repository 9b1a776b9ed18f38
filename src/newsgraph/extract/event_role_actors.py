"""Who a token of an event's clause names, as an actor: a person, an organisation, a state, a
collective of people, followed through a relative pronoun, a possessive, a quantity ("des milliers
de manifestants") or an act and its weapon ("la frappe russe", "les tirs de l'armée"). Split out of
``event_roles`` (the reading of the roles themselves), which it serves."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph import lexicons
from newsgraph.extract.entities import is_role_word
from newsgraph.extract.entity_organs import organ_name, title_name
from newsgraph.extract.event_agent_anaphors import anaphor_antecedent
from newsgraph.extract.event_agent_bodies import named_body
from newsgraph.extract.event_agent_demonyms import town_people
from newsgraph.extract.event_agent_kin import RELATION_NOUNS, one_of_set
from newsgraph.extract.event_agent_members import union_of_members
from newsgraph.extract.event_agent_names import counted, group_name
from newsgraph.extract.event_agent_quantified import SHARE_NOUNS, quantified_people
from newsgraph.extract.event_agents import (
    ACTING_PEOPLE,
    PEOPLES,
    adjective_actor,
    collective_complements,
    phrase,
    state_of,
)
from newsgraph.extract.event_amounts import (
    BODY_NOUNS,
    MILITARY_NOUNS,
    PEOPLE_NOUNS,
    QUANTITY_NOUNS,
    suffixed_person,
)
from newsgraph.extract.event_cache import morph_feats
from newsgraph.extract.event_coref import compatriot, described_actor
from newsgraph.extract.event_coref_persons import described_person
from newsgraph.extract.event_nominal import de_complements, is_force
from newsgraph.extract.event_parse import (
    ACTOR_TYPES,
    PASSIVE_SUBJECT_DEPS,
    PLACE_LABELS,
    SUBJECT_DEPS,
    MentionIndex,
    lemma,
    personal_expletive,
)
from newsgraph.extract.event_persons import first_name_place, named_apposition
from newsgraph.extract.event_reference import antecedent, topic
from newsgraph.extract.event_role_kinds import HAND_WEAPONS, WEAPON_NOUNS
from newsgraph.extract.event_triggers import match_trigger
from newsgraph.extract.pronoun_candidates import first_name_person
from newsgraph.geo import geocode
from newsgraph.geo_demonyms import demonym_country
from newsgraph.model import RoleRef
from newsgraph.names import actor_id

_RELATIVES = lexicons.tagged("pronouns.tsv")
RELATIVE_PRONOUNS = (
    _RELATIVES["relative_subject"] | _RELATIVES["relative_object"] | _RELATIVES["relative_genitive"]
)
QUANTIFIERS = _RELATIVES["quantifier"]
"""Pronouns of quantity that act through their "de X" like a noun of number: "beaucoup de salariés
sont en grève", "certains des manifestants ont bloqué la route"."""
COUNTING_NOUNS = QUANTITY_NOUNS | SHARE_NOUNS
"""Nouns of number and of a share of a whole: both act through their "de X" ("des milliers de
manifestants", "75 % des enseignants")."""


def relation(token: Token) -> bool:
    """A noun of a related person ("son mari", "son ex-compagnon"), see ``RELATION_NOUNS``."""
    word = lemma(token)
    return word.removeprefix("ex-") in RELATION_NOUNS


def actor_of(token: Token, mentions: MentionIndex, role: str, possessive: bool = True) -> RoleRef | None:
    """The actor a subject/object token names, as a RoleRef: a person, an organisation, a state
    (a country, or its capital acting as its government), a collective of people ("les
    manifestants", "l'armée russe"), never a thing ("cuisine") nor a number ("milliers"). A city
    or a region is a place, not an actor: None. ``possessive=False`` does not follow a possessive
    to its owner (the owner's own search asks so: a relative pronoun can lead back to the phrase).
    Found once per token and question (the events of a sentence share their subjects)."""
    key = ("actor", token.i, role, possessive)
    if key not in mentions.memo:
        mentions.memo[key] = _actor_of(token, mentions, role, possessive)
    found: RoleRef | None = mentions.memo[key]
    return found


def _actor_of(token: Token, mentions: MentionIndex, role: str, possessive: bool) -> RoleRef | None:
    if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "acl:relcl":
        pronoun, token = token, token.head.head
        if mentions.get(token) is None:  # "le retour à l'Assemblée de X, qui a avoué": X, not "retour"
            named = [
                t
                for t in token.subtree
                if t.i < pronoun.i and (m := mentions.get(t)) is not None and m.label in ACTOR_TYPES
            ]
            token = named[-1] if named else token
    elif token.lower_ in RELATIVE_PRONOUNS and token.dep_ in SUBJECT_DEPS and token.i > 0:
        # ", qui a avoué" taken for a complement clause: the name just before the pronoun
        before = [t for t in token.doc[max(token.sent.start, token.i - 4) : token.i] if mentions.get(t)]
        token = before[-1] if before else token
    token = anaphor_antecedent(token, mentions, is_people) or token  # "Certains bloquent", "Celui-ci a"
    token = one_of_set(token) or token  # "l'une des marques a décidé": the brands
    if (union := union_of_members(token, role)) is not None:
        return union  # "les 27 ont adopté": the European Union
    if lemma(token) in COUNTING_NOUNS or token.pos_ == "NUM" or token.lower_ in QUANTIFIERS or counted(token):
        # "des milliers de manifestants", "beaucoup de salariés", "certains des grévistes", "75 % des"
        inner = next((c for c in token.children if c.dep_ == "nmod" and c.pos_ in {"NOUN", "PROPN"}), None)
        inner = inner or quantified_people(token)  # "beaucoup de salariés", "salariés" an obl:arg
        while inner is not None and lemma(inner) in QUANTITY_NOUNS:  # "des centaines de milliers de"
            inner = next(
                (c for c in inner.children if c.dep_ == "nmod" and c.pos_ in {"NOUN", "PROPN"}), None
            )
        if inner is None and (token.like_num or counted(token)):  # "deux cents manifestants"
            inner = next((c for c in token.children if c.dep_ == "amod" and c.pos_ == "NOUN"), None)
        if inner is None and (them := among_them(token)) is not None:
            # "Les salariés sont inquiets. Certains d'entre eux ont manifesté": the employees
            inner = antecedent(them, mentions, form="ils" if them.lower_ == "eux" else "elles")
            inner = inner if inner is not None and alone_before(inner, them) else None
        if inner is None:
            return None
        token = inner
    if (
        token.pos_ == "PRON"
        and token.lower_ in {"il", "elle", "ils", "elles"}
        and (token.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS or personal_expletive(token))
    ):
        # "Il a été nommé": the person named just before; "Quant à la France, elle": the topic
        token = topic(token, mentions) or antecedent(token, mentions) or token
    token = named_apposition(token, mentions) or token  # "le constructeur Renault": Renault
    if (body := named_body(token, mentions, role)) is not None:
        return body  # "le groupe russe LockBit 3.0", "le magazine « Que choisir »": no actor label
    if (organ := organ_name(token)) is not None:  # "la direction de l'entreprise X": X's, not "direction"
        return RoleRef(actor_id(organ, "organization"), organ, role, "organization")
    m = mentions.get(token)
    if token.pos_ == "NOUN" and (m is None or m.label in PLACE_LABELS):
        # "Emmanuel Macron [...]. Le chef de l'État a reçu": Macron; "la ville de Paris versera"
        if (described := described_actor(token, mentions, role)) is not None:
            return described
    if (person := compatriot(token, mentions, role)) is not None:
        return person  # "Rudy Gobert [...]. Le Français a été élu": the person, not the people
    if m is None and (taken := described_person(token, mentions)) is not None:
        return RoleRef(actor_id(taken.name, "person"), taken.name, role, "person")  # "L'acteur était"
    if (
        m is not None
        and (m.label == "DEMONYM" or m.label in PLACE_LABELS)
        and (demonym_country(token.lower_) or token.lower_ in PEOPLES)
        and geocode(m.name) is None
    ):  # "les Allemands", "les Écossais" (tagged a place): a people
        return RoleRef(actor_id(token.text, "group"), token.text, role, "group")
    if town_people(token):  # "les Marseillais ont manifesté": the town's people, not the town
        return RoleRef(actor_id(token.text, "group"), token.text, role, "group")
    if m is not None and m.label in PLACE_LABELS and token.pos_ == "NOUN" and is_people(token):
        m = None  # "le procureur de la République de Perpignan" tagged a place: the role noun acts
    if m is not None and m.label in PLACE_LABELS:
        state = state_of(m.name, role)
        if state is None and (first_name_place(m.name) or first_name_person(token, m)):
            # "Laurent a porté plainte", "« … », confie Vincent" (tagged a place)
            return RoleRef(actor_id(m.name, "person"), m.name, role, "person")
        return state
    if m is not None and m.label in ACTOR_TYPES:
        type_ = ACTOR_TYPES[m.label]
        name = group_name(m, token.doc) if type_ == "group" else m.name  # "sept ressortissants russes"
        return RoleRef(actor_id(name, type_), name, role, type_)  # type: ignore[arg-type]
    if token.lower_ in PEOPLES and (m is None or m.label not in ACTOR_TYPES):  # "les Occidentaux"
        return RoleRef(actor_id(token.text, "group"), token.text, role, "group")
    if (
        token.pos_ == "ADJ"
        and token.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS
        and suffixed_person(token)
        and any(c.dep_ == "det" for c in token.children)
    ):
        name = phrase(token)  # "un jeune suprémaciste a abattu": a noun the tagger took for an adjective
        return RoleRef(actor_id(name, "group"), name, role, "group")
    if token.pos_ != "NOUN":
        return None
    if (
        possessive
        and not relation(token)
        and any("Yes" in morph_feats(c).get("Poss", []) for c in token.children)
    ):
        owner = possessor(token, mentions)  # "ses troupes": the troops of the clause's subject
        if owner is not None:
            return RoleRef(owner.id, owner.name, role, owner.type)
    word = lemma(token)
    if is_people(token):
        name = phrase(token)
        if (title := title_name(token, name)) is not None:  # "le maire de Quimper", as a speaker is
            return RoleRef(actor_id(title[0], title[1]), title[0], role, title[1])
        return RoleRef(actor_id(name, "group"), name, role, "group")
    if demonym_country(token.lower_):  # "les Russes"
        return RoleRef(actor_id(token.text, "group"), token.text, role, "group")
    if word.startswith("ex-") and is_role_word(word[3:], token.lower_[3:]):  # "l'ex-président"
        name = phrase(token)
        return RoleRef(actor_id(name, "group"), name, role, "group")
    if (
        role == "agent"
        and "Plur" in morph_feats(token).get("Number", [])
        and word not in WEAPON_NOUNS
        and match_trigger(token, mentions) is None
    ):
        # "les parlementaires américains ont voté": people of a nation act as a group (not "la
        # démocratie américaine", a singular abstract noun; "les frappes russes", "les chars russes":
        # an act or a weapon, whose state acts, see ``instruments``)
        if any(c.dep_ == "amod" and demonym_country(c.lower_) for c in token.children):
            name = phrase(token)  # "chars russes", "parlementaires américains": a state's own
            return RoleRef(actor_id(name, "group"), name, role, "group")
    return None


PEOPLE_WORDS = MILITARY_NOUNS | PEOPLE_NOUNS | BODY_NOUNS | ACTING_PEOPLE
"""The lemmas ``is_people`` takes (the four lexicons joined once, not per token asked)."""


def is_people(token: Token) -> bool:
    """A noun of people who may act: a force, a role, a people noun ("soldats", "procureur")."""
    word = lemma(token)
    if token.lower_ == "cours":  # "le cours du pétrole", "les cours d'eau": not a court ("cour")
        return False
    if word in PEOPLE_WORDS or is_role_word(word, token.lower_):
        return True
    if token.pos_ == "NOUN" and suffixed_person(token):
        return True  # "les complotistes ont attaqué", "un spéléologue", "le départ des praticiens"
    if token.text[:1] == "E" and "é" + word[1:] in PEOPLE_WORDS:
        return True  # "l'Etat", "les Elus": a capital letter often drops its accent in French print
    return word == "garde" and bool(collective_complements(token))  # "le garde des Sceaux"


def possessor(token: Token, mentions: MentionIndex) -> RoleRef | None:
    """The named actor a possessive noun phrase ("ses forces") belongs to: the nearest subject
    or passive subject of an enclosing clause, or the "à X"-free subject of its own verb."""
    owner = possessor_token(token, mentions)
    return None if owner is None else actor_of(owner, mentions, "agent", possessive=False)


def possessor_token(token: Token, mentions: MentionIndex) -> Token | None:
    """The subject token that a possessive ("sa démission", "ses forces") refers to."""
    v = token.head
    for _ in range(4):
        subj = [
            c
            for c in v.children
            if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS
            and c.i != token.i
            and token not in c.subtree  # "la plupart de ses soldats": not the phrase itself
            and not any("Yes" in morph_feats(g).get("Poss", []) for g in c.children)
        ]
        for c in subj:
            if actor_of(c, mentions, "agent", possessive=False) is not None:
                return c
        if v.head.i == v.i:
            return None
        v = v.head
    return None


def instruments(tokens: list[Token], mentions: MentionIndex) -> list[Token]:
    """Who acts through a subject or agent that is no actor but an act or a weapon: the state of its
    adjective ("la frappe russe a détruit une école", "détruite par un missile iranien"), the
    force of its "de X" ("les tirs de l'armée ont tué deux civils") or the "de X" who carries out
    an act whose "de X" is its agent ("la manifestation des agriculteurs a bloqué la rocade": the
    farmers blocked it)."""
    out: list[Token] = []
    for t in tokens:
        if t.pos_ != "NOUN" or actor_of(t, mentions, "agent") is not None:
            continue
        act = match_trigger(t, mentions)
        if lemma(t) not in WEAPON_NOUNS | HAND_WEAPONS and act is None:
            continue  # "la démocratie américaine, attaquée": not an act nor a weapon
        out += [c for c in t.children if c.dep_ == "amod" and adjective_actor(c, "agent") is not None]
        hand = lemma(t) in HAND_WEAPONS  # "la balle d'un policier", "le couteau de l'agresseur"
        own = act is not None and act.de_role == "agent"  # "la manifestation des agriculteurs a bloqué"
        out += [
            d
            for d in de_complements(t)[:1]
            if is_force(d, mentions) or ((hand or own) and actor_of(d, mentions, "agent") is not None)
        ]
        if act is not None:  # "l'offensive menée par l'armée a permis de reprendre Kherson"
            out += [a for a in led_by(t) if actor_of(a, mentions, "agent") is not None][:1]
    return out


def led_by(act: Token) -> list[Token]:
    """The "par X" of a participle qualifying an act ("l'offensive menée par l'armée", "la marche
    organisée par les syndicats"): who carried out the act, and so what it did."""
    return [
        a
        for c in act.children
        if c.dep_ == "acl" and c.pos_ == "VERB" and "Part" in morph_feats(c).get("VerbForm", [])
        for a in c.children
        if a.dep_ == "obl:agent"
        or (a.dep_.startswith("obl") and any(g.dep_ == "case" and g.lower_ == "par" for g in a.children))
    ]


def among_them(quantity: Token) -> Token | None:
    """The "eux"/"elles" of "certains d'entre eux", "la plupart d'entre elles", "450 d'entre eux"
    hung on a word of quantity, else None."""
    for c in quantity.children:
        if c.pos_ == "PRON" and c.lower_ in {"eux", "elles"} and c.i > quantity.i:
            if any(t.lower_ == "entre" for t in quantity.doc[quantity.i + 1 : c.i]):
                return c
    return None


def alone_before(noun: Token, pronoun: Token) -> bool:
    """No other plural noun of people between a pronoun's antecedent and the pronoun ("Les policiers
    ont interpellé les manifestants. Certains d'entre eux": which? neither)."""
    return not any(
        t.pos_ == "NOUN"
        and "Plur" in morph_feats(t).get("Number", [])
        and lemma(t) != lemma(noun)
        and is_people(t)
        for t in noun.doc[noun.i + 1 : pronoun.i]
    )
