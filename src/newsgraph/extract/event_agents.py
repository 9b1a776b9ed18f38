"""Agents of an event read where the trigger's own clause does not give them: a union of states
named by its continent or seat ("L'Europe a annoncé des sanctions"), the subject of a verb that
goes into the event ("repartir à l'assaut", "passer à l'offensive", "rejoindre la grève"), the
sides an act "oppose" ("des combats opposent X à Y"), the "par X" shared by coordinated passive
participles ("évacuée et relogée par les autorités"), the earlier report of the same event that
a definite or demonstrative noun takes up ("L'UE a adopté des sanctions. Ces sanctions visent")."""

from __future__ import annotations

import re

from spacy.tokens import Token

from newsgraph import lexicons
from newsgraph.event_types import broader, cameo_codes
from newsgraph.extract.entities import is_role_word
from newsgraph.extract.entity_edges import without_measure
from newsgraph.extract.event_agent_dated import dated_object_verb
from newsgraph.extract.event_agent_kin import kin_complement
from newsgraph.extract.event_agent_names import QUANTITY_WORDS
from newsgraph.extract.event_cache import morph_feats
from newsgraph.extract.event_nominal import INSTITUTION_ADJECTIVES
from newsgraph.extract.event_parse import (
    OBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    SUBJECT_DEPS,
    MentionIndex,
    lemma,
    sentences_back,
)
from newsgraph.extract.event_triggers import TRIGGER_POS, Trigger, match_trigger
from newsgraph.extract.prepositions import DE_FORMS
from newsgraph.extract.tokens import tokens
from newsgraph.geo import country_name, geocode, government_of
from newsgraph.geo_demonyms import demonym_country
from newsgraph.model import RoleRef
from newsgraph.names import actor_id

BLOCS = {
    "europe": ("Union européenne", "organization"),
    "bruxelles": ("Union européenne", "organization"),
    "occident": ("Occident", "group"),
}
SEATS = {
    "kremlin": ("Russie", "gpe"),
    "maison blanche": ("États-Unis", "gpe"),
    "pentagone": ("États-Unis", "gpe"),
    "downing street": ("Royaume-Uni", "gpe"),
    "élysée": ("Élysée", "organization"),
    "matignon": ("Matignon", "organization"),
    "quai d'orsay": ("Quai d'Orsay", "organization"),
}
"""Seats of power that, as the one who acts, stand for their government ("le Kremlin a ordonné",
"la Maison Blanche a imposé des sanctions") or their institution ("l'Élysée a annoncé")."""
BLOCS.update(SEATS)
PEOPLES = frozenset(
    {"occidentaux", "européens", "alliés", "kurdes", "talibans", "houthis", "africains", "arabes", "insoumis",
     # nations without a state of their own, whose people the gazetteer names no country of
     "écossais", "gallois", "catalans", "basques", "corses", "bretons", "flamands", "wallons", "québécois",
     "tibétains", "ouïghours", "tchétchènes", "kosovars", "sahraouis", "rohingyas", "yézidis", "tatars"}
)  # fmt: skip
"""Plural names of peoples, blocs and movements that act as a group ("les Occidentaux ont livré",
"les Kurdes ont repris", "des milliers d'Écossais font la queue"), which the NER leaves untagged,
miscellaneous or tagged a place."""

"""Places that, as the one who acts, stand for a union of states: "L'Europe a annoncé des
sanctions", "Bruxelles a débloqué une aide" (the EU's seat, not Belgium's government), "l'Occident
livre des armes"."""

JOIN_VERBS = frozenset(
    {
        "repartir", "partir", "passer", "monter", "retourner", "aller", "rejoindre", "joindre",
        "continuer", "basculer", "replonger", "plonger", "prendre", "participer",
    }
)  # fmt: skip
"""Verbs whose subject goes into (or keeps to) the event their complement names: "repartir à
l'assaut", "passer à l'offensive", "partir en guerre", "monter au front", "rejoindre la grève",
"se joindre aux manifestations", "prendre part aux combats" ("part" is then the object),
"participer aux manifestations"."""
HELP_JOIN_VERBS = frozenset({"venir", "voler", "accourir"})
HELP_TYPES = frozenset({"rescue", "provide_aid", "emergency_response"})
"""Verbs of coming whose subject gives the help their complement names ("venir au secours des
habitants", "voler au secours de", "venir en aide aux sinistrés"), and only help: "à chaque départ
en vacances, le chien vient en pension" is no one's departure."""
JOIN_CASES = {"à", "au", "aux", "en", "dans"}
BEGIN_VERBS = frozenset(
    {
        "entamer",
        "commencer",
        "débuter",
        "ouvrir",
        "achever",
        "terminer",
        "conclure",
        "clore",
        "clôturer",
        "finir",
    }
)
"""Verbs of beginning or ending whose "par X" is the first or last act of their subject's own
course ("a entamé sa tournée par un déplacement au Cameroun", "a conclu sa visite par une rencontre
avec les soldats"): the subject does X."""

OPPOSE_VERBS = {"opposer"}
"""A fight or a dispute that "oppose X à Y": X and Y take part ("des combats opposent l'armée aux
rebelles", "le conflit qui oppose la Russie à l'Ukraine")."""
SIDE_TYPES = {"fight", "clash", "war", "attack", "shell", "dispute", "engage_in_negotiation"}

ACTING_PEOPLE = lexicons.words("people_nouns.txt")
"""Collectives and people named by what they do, who act in the events of the news ("le tireur a
ouvert le feu", "la foule a envahi", "tuée par la balle d'une chasseuse"), beside the people and
military nouns and the roles lexicon (which hold "agriculteurs", "procureur"): the list that
resolution reads too, so an agent found here stays an agent in ``actor_network``."""

ATTACKERS = frozenset(
    {
        "terroriste", "djihadiste", "jihadiste", "assaillant", "insurgé", "milicien", "rebelle",
        "kamikaze", "séparatiste", "tireur", "émeutier", "casseur", "pirate", "hacker", "commando",
        "paramilitaire", "mercenaire", "agresseur", "combattant",
    }
)  # fmt: skip
ATTACK_TYPES = {
    "attack",
    "terror_attack",
    "bombing",
    "shooting",
    "shell",
    "air_strike",
    "cyber_attack",
    "assault",
}
"""Who attacks is in the "de X" of an attack noun when X names attackers ("l'attaque des
terroristes", "l'assaut des rebelles"), not a target."""

PRODUCT_TYPES = {"launch"}
"""Types whose object is a thing that starts (a business, a site, a product), no actor acted on
unless it is named ("a créé une association", "a ouvert trois cliniques")."""

DEMONSTRATIVES = {"ce", "cet", "cette", "ces"}
FIRE_TYPES = frozenset({"shell", "air_strike", "bombing", "attack"})
"""Acts of firing on a place, which reports name by turns ("ont bombardé", "ces frappes")."""
DEFINITES = {"le", "la", "les", "l'", "l’"}
ANAPHOR_SENTENCES = 3
"""How many sentences back a definite or demonstrative event noun may take up an earlier report."""


def bloc(name: str) -> tuple[str, str] | None:
    """The union of states a place name stands for when it acts ("l'Europe"), else None."""
    key = name.lower().replace("’", "'").removeprefix("l'").removeprefix("le ").removeprefix("la ").strip()
    return BLOCS.get(key)


def joined(token: Token, kind: str = "") -> list[Token]:
    """The subject of a verb that goes into the event its complement names: "les soldats
    repartent à l'assaut", "ils rejoignent la grève", "prennent part aux combats", "a entamé sa
    tournée par un déplacement" (``BEGIN_VERBS``), and for help
    (``kind``) "les pompiers viennent au secours des habitants"."""
    head = token.head
    if head.i == token.i or head.pos_ != "VERB":
        return []
    word = lemma(head)
    if (
        word in BEGIN_VERBS
        and token.dep_.startswith("obl")
        and any(c.dep_ == "case" and c.lower_ == "par" for c in token.children)
    ):
        return subjects_of(head)  # "a entamé sa tournée par un déplacement au Cameroun"
    if word not in JOIN_VERBS and not (word in HELP_JOIN_VERBS and kind in HELP_TYPES):
        return []
    cased = any(c.dep_ == "case" and c.lower_ in JOIN_CASES for c in token.children)
    if word == "prendre":  # "prendre part à X": only with "part" as the object
        if not cased or not any(c.dep_ in OBJECT_DEPS and c.lower_ == "part" for c in head.children):
            return []
    elif not (cased and token.dep_.startswith("obl")) and not (
        word in {"rejoindre", "continuer"} and token.dep_ in OBJECT_DEPS
    ):
        return []
    return subjects_of(head)


def subjects_of(verb: Token) -> list[Token]:
    """The subject of a verb or, through infinitives (also of purpose: "se sont arrêtés pour prendre
    part") and coordinations, of the verb governing it."""
    t = verb
    for _ in range(4):
        subj = [c for c in t.children if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS]
        if subj:
            return subj
        purpose = t.dep_ == "advcl" and "Inf" in morph_feats(t).get("VerbForm", [])  # "pour prendre part"
        if (t.dep_ in {"xcomp", "conj"} or purpose) and t.head.pos_ in {"VERB", "AUX"} and t.head.i != t.i:
            t = t.head
            continue
        return []
    return []


def light_dep(token: Token, light: frozenset[str] | set[str]) -> list[Token]:
    """The subject of a light verb whose object the parser left as a bare "dep" ("Poutine a
    supervisé, samedi en fin de matinée, des manœuvres": "manœuvres" hung as dep) or hung on the
    time said before it ("a adopté jeudi de nouvelles sanctions")."""
    head = dated_object_verb(token)  # "a adopté jeudi de nouvelles sanctions": hung on "jeudi"
    if head is None and token.dep_ != "dep":
        return []
    head = head or token.head
    if head.pos_ != "VERB" or lemma(head) not in light:
        return []
    return subjects_of(head)


PURPOSE_HOSTS = lexicons.tagged("event_verbs.tsv")["attendance"] | {
    "rendre", "déplacer", "venir", "aller", "partir", "voyager", "retrouver", "rencontrer", "rentrer",
}  # fmt: skip
"""Verbs of going to or hosting people, whose subject takes part in the meeting that a "pour X"
gives as their purpose (not "condamné pour une réunion interdite")."""


FALL_VERBS = {"tomber", "passer"}
HANDS = {"main", "contrôle", "coupe"}


def fallen_to(verb: Token) -> list[Token]:
    """Who takes a place that "tombe aux mains de X" or "passe sous le contrôle de X": X (the
    place, the verb's subject, is what is taken); [] for any other verb."""
    if lemma(verb) not in FALL_VERBS:
        return []
    hands = [c for c in verb.children if c.dep_.startswith("obl") and lemma(c) in HANDS]
    return [g for h in hands for g in h.children if g.dep_ == "nmod" and g.pos_ in {"NOUN", "PROPN"}][:1]


def purpose_verb(token: Token) -> Token | None:
    """The verb a "pour X" says the purpose of ("s'est rendu à Kiev pour des pourparlers"), also
    when the parser hung it on the verb's object or time ("a reçu, jeudi, les syndicats pour une
    consultation": "consultation" hung on "syndicats"); None for any other "pour"."""
    if not any(c.dep_ == "case" and c.lower_ == "pour" for c in token.children):
        return None
    head = token.head
    if token.dep_ == "nmod" and head.dep_ in OBJECT_DEPS | {"obl:mod"} and head.pos_ == "NOUN":
        head = head.head  # "les leaders syndicaux pour une consultation"
    elif not token.dep_.startswith("obl"):
        return None
    return head if head.pos_ == "VERB" and lemma(head) in PURPOSE_HOSTS else None


def sides(token: Token, trig: Trigger) -> list[Token]:
    """The sides of a fight or a dispute said by "opposer": "des affrontements opposent X à Y",
    "le conflit qui oppose X à Y", "la guerre opposant X et Y" (with coordinated names)."""
    if trig.type not in SIDE_TYPES:
        return []
    verbs = [c for c in token.children if c.dep_ in {"acl", "acl:relcl"} and lemma(c) in OPPOSE_VERBS]
    if token.dep_ == "nsubj" and lemma(token.head) in OPPOSE_VERBS:
        verbs.append(token.head)
    found: list[Token] = []
    for v in verbs:
        for c in v.children:
            to = any(g.dep_ == "case" and g.lower_ in {"à", "au", "aux"} for g in c.children)
            if c.dep_ in OBJECT_DEPS or (c.dep_.startswith("obl") and to):
                found += [c, *(g for g in c.children if g.dep_ == "conj" and g.pos_ in {"NOUN", "PROPN"})]
                found += [  # "opposent l'armée aux rebelles", "aux rebelles" hung on the object
                    g
                    for g in c.children
                    if g.dep_ == "nmod"
                    and any(k.dep_ == "case" and k.lower_ in {"à", "au", "aux"} for k in g.children)
                ]
    return found


def shared_passive_agent(verb: Token, agent_phrases) -> list[Token]:  # type: ignore[no-untyped-def]
    """The "par X" a passive participle shares with the participles coordinated with it ("elle a
    été évacuée et relogée par les autorités": the authorities evacuated her too)."""
    for c in verb.children:
        if (
            c.dep_ == "conj"
            and c.pos_ == "VERB"
            and "Part" in morph_feats(c).get("VerbForm", [])
            and not any(g.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS for g in c.children)
        ):
            found = agent_phrases(c)
            if found:
                return list(found)
    return []


def taken_up(token: Token, trig: Trigger, mentions: MentionIndex) -> Token | None:
    """The earlier trigger of the same type that a definite or demonstrative event noun takes up
    ("L'UE a adopté des sanctions [...]. Ces sanctions visent 350 députés"; a demonstrative also
    of a kin type, see ``kin``: "Ils ont bombardé la ville. Ces frappes"): the nearest one before
    it in its own sentence or the ``ANAPHOR_SENTENCES`` before; None for a noun with an article of
    its own kind ("des", "une"), a possessive or complements that make it a new event."""
    if token.pos_ != "NOUN":
        return None
    det = next((c for c in token.children if c.dep_ == "det"), None)
    if det is None or det.lower_ not in DEMONSTRATIVES | DEFINITES:
        return None
    if det.lower_ in DEFINITES and any(c.dep_ in {"nmod", "amod", "acl"} for c in token.children):
        return None  # "les sanctions américaines", "la grève des contrôleurs": an event of its own
    doc = token.doc
    start = sentences_back(token, ANAPHOR_SENTENCES)
    demonstrative, pos = det.lower_ in DEMONSTRATIVES, tokens(doc).pos
    for i in range(token.i - 1, start - 1, -1):  # the part of speech read from the column, no Token made
        if pos[i] not in TRIGGER_POS:
            continue
        t = doc[i]
        found = match_trigger(t, mentions)
        if found is not None and (found.type == trig.type or (demonstrative and kin(found.type, trig.type))):
            return t
    return None


def kin(one: str, other: str) -> bool:
    """Two event types close enough for a demonstrative to take up one by the other: of one CAMEO
    code ("Les Russes ont envahi l'Ukraine. Cette offensive"), one the other's kind, or both fire
    on a place ("Ils ont bombardé la ville. Ces frappes"); not a whole root, whose kinds differ too
    much ("ces annexions" is no "offensive", though both are 19)."""
    if one in FIRE_TYPES and other in FIRE_TYPES:
        return True
    codes = cameo_codes()
    a, b = codes.get(one), codes.get(other)
    if a and b and len(a) > 2 and a[:3] == b[:3]:
        return True
    families = broader()
    return families.get(one) == other or families.get(other) == one


COLLECTIVE_NAMES = frozenset(line.strip() for line in lexicons.lines("collective_names.txt"))
"""Collectives named by a noun and its "de" complement ("forces de l'ordre", "gardiens de la paix")."""

ELIDED = re.compile(r"\b([dlDL]['’]) ")
"""An elided article or preposition and the space the tokens' join puts after it."""


def phrase(token: Token) -> str:
    """A short name for a common-noun argument: the noun with its adjectives and "de X" names
    ("troupes de Moscou"), without a settlement it is from ("forces russes" of "forces russes de
    Lyman": Lyman is where)."""
    keep = [token]
    for c in token.children:
        if c.dep_ == "amod" and not own_adjective(c, token):
            continue  # "Le président sortant désire [...]": a verb the parser hung as an adjective
        if c.dep_ == "amod" and c.lower_ in QUANTITY_WORDS:
            continue  # "de nombreuses familles": how many, not who
        if c.dep_ == "amod" or (
            c.dep_ == "nmod"
            and c.pos_ == "PROPN"
            and any(g.dep_ == "case" and g.lower_ in DE_FORMS for g in c.children)
            and (geocode(c.text) is None or government_of(c.text))
        ):
            keep += [
                t
                for t in c.subtree
                if (t.dep_ not in {"punct", "acl", "acl:relcl"} and t.pos_ != "DET")
                or (t.dep_ == "case" and t.head.i == c.i)
            ]
    clauses = {"punct", "acl", "acl:relcl"}
    keep += [t for c in office_domains(token) for t in c.subtree if t.dep_ not in clauses]
    keep += [t for c in collective_complements(token) for t in c.subtree]
    keep += kin_complement(token)  # "la mère d'un patient", "le collectif de riverains"
    keep = sorted(set(keep), key=lambda t: t.i)
    end = without_measure(tokens(token.doc), keep[-1].i + 1, token.i)  # "ses employés de 4 %"
    keep = [t for t in keep if t.i < end]
    return ELIDED.sub(r"\1", " ".join(t.text for t in keep))  # "d' Ukraine": "d'Ukraine"


INVERTED_PRONOUN = re.compile(r"-(?:t-)?(?:il|elle|ils|elles|on)$", re.IGNORECASE)


def own_adjective(adjective: Token, noun: Token) -> bool:
    """An "amod" that is the noun's adjective, not a verb or a predicate the parser hung on it: not
    a finite verb or an infinitive ("Le président sortant désire"), nor a verb of no participle
    ("les forces russes progresse"), nor a verb with its inverted pronoun ("des salariés est-elle
    légale ?"), nor an adjective of another number ("légale" of "salariés")."""
    forms = set(morph_feats(adjective).get("VerbForm", []))
    if {"Fin", "Inf"} & forms or (adjective.pos_ in {"VERB", "AUX"} and "Part" not in forms):
        return False
    if INVERTED_PRONOUN.search(adjective.text):
        return False
    number, own = morph_feats(adjective).get("Number", []), morph_feats(noun).get("Number", [])
    return not (number and own and number != own)


def collective_complements(token: Token) -> list[Token]:
    """The "de" complement that, with the noun, names a collective of ``COLLECTIVE_NAMES`` ("les
    forces de l'ordre", "des gardiens de la paix"), else none."""
    for c in token.children:
        if c.dep_ != "nmod" or c.i < token.i:
            continue
        words = [token.text.lower(), *(t.text.lower() for t in c.subtree)]
        said = ELIDED.sub(r"\1", " ".join(words)).replace("’", "'")
        if said in COLLECTIVE_NAMES or said.replace("force ", "forces ", 1) in COLLECTIVE_NAMES:
            return [c]
    return []


ORGANISATION_ROLES = lexicons.selection("roles.txt", "org")
"""Nouns of the roles lexicon that name a body, not a person ("l'armée", "la préfecture",
"gouvernement", "hôpital"): a person's office is named with the one it serves ("la porte-parole du
gouvernement")."""


def office_domains(token: Token) -> list[Token]:
    """The capitalised "de X" that names the domain of an office ("ministre de l'Intérieur",
    "procureur de la République", "ministre des Armées"), or the institution a person's office
    serves ("la porte-parole du gouvernement", "le directeur de l'hôpital": round 37): part of the
    office's name, without which every minister, every spokesman would be one actor."""
    word = lemma(token)
    if not is_role_word(word, token.lower_):
        return []
    # an office, not a body
    person = word not in ORGANISATION_ROLES and token.lower_ not in ORGANISATION_ROLES
    return [
        c
        for c in token.children
        if c.dep_ == "nmod"
        and c.pos_ == "NOUN"
        and (c.text[:1].isupper() or (person and c.i > token.i and lemma(c) in ORGANISATION_ROLES))
        and any(g.dep_ == "case" and g.lower_ in DE_FORMS for g in c.children)
    ][:1]


def adjective_actor(adjective: Token, role: str) -> RoleRef | None:
    """The actor an adjective of a trigger names: a country ("les frappes russes"), a union of
    states or an international body ("les sanctions européennes", "l'aide onusienne")."""
    nation = demonym_country(adjective.lower_)
    if nation:
        return RoleRef(actor_id(nation, "gpe"), nation, role, "gpe")
    body = INSTITUTION_ADJECTIVES.get(lemma(adjective))  # "la remise gouvernementale"
    if body is None:
        return None
    return RoleRef(actor_id(body, "organization"), body, role, "organization")


def state_of(name: str, role: str) -> RoleRef | None:
    """A place mention in an actor's slot: a country is a state; its capital acts as its
    government when it is the agent ("Moscou a retiré ses troupes"); any other place is a place."""
    union = bloc(name) if role == "agent" else None
    if union is not None:  # "L'Europe a annoncé des sanctions"
        return RoleRef(actor_id(union[0], union[1]), union[0], role, union[1])  # type: ignore[arg-type]
    government = government_of(name)
    if government is None:
        return None
    place = geocode(name)
    if place is not None and place.type == "country":
        return RoleRef(actor_id(name, "gpe"), name, role, "gpe")
    if role == "target":
        return None  # "Moscou a été frappée": the city; "pourparlers avec Kiev": Ukraine
    french = country_name(government)
    return RoleRef(actor_id(french, "gpe"), french, role, "gpe")
