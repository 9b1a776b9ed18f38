"""Who is who, decided from one record and fixed lexicons: an actor's type, its shown name, its id
(document-scoped for "un habitant") and which of its aliases are names of it.

Nothing here reads other documents, so resolution gives the same graph whatever the number of
workers, the batch size or the order in which batches come.
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache

from newsgraph import lexicons
from newsgraph.geo import geocode, government_of
from newsgraph.geo_demonyms import demonym_country
from newsgraph.model import Actor, stable_id
from newsgraph.names import (
    CALENDAR,
    NEVER_MERGED,
    PERSON_TYPES,
    actor_id,
    canonical_person_keys,
    collective_key,
    display_name,
    fold,
    fold_key,
    is_count,
    known_persons,
    lexicon,
    person_keys,
    readable,
    strip_determiners,
    surname_key,
)
from newsgraph.nations import state_of

SEAT_WORD = re.compile(r"\b(?:Quai|Palais|Hôtel|Place|Fort|Bureau|Département|Downing)\b", re.I)
"""A word a seat's name of several words begins with, never a person's: "Quai d'Orsay", "Place
Beauvau" read as a person's name are the seat, the body it houses."""
COORDINATION = re.compile(r"\s(?:et|ou|ni)\s|[,;&]", re.I)
"""An alias holding a coordination names two actors ("X et son homologue américain")."""


@cache
def institution_seats() -> frozenset[str]:
    """Folded keys of the institutions of ``roles.txt`` (marked ``org``): "elysee", "matignon"; and
    of the seats of ``seats.txt`` that are no state ("Quai d'Orsay", "Kremlin", "Maison Blanche"):
    named as who acts, the institution they house, never a place or a state."""
    roles = {fold_key(w) for w in lexicons.selection("roles.txt", "org")}
    seats = {strip_determiners(fold_key(n)) for n in lexicons.lines("seats.txt") if government_of(n) is None}
    return frozenset(roles | seats)


@cache
def first_names() -> frozenset[str]:
    """Folded first names: those of ``first_names_fr.tsv`` and the epicene ones."""
    rows = lexicons.lines("first_names_fr.tsv") + lexicons.lines("epicene_first_names.txt")
    return frozenset(fold(line.split("\t")[0].strip()) for line in rows)


def first_name(name: str) -> bool:
    """A person named by a first name alone, as written ("Dominique", "Maurice"; not a headline's
    "RUSSIE"): that person, even when a state bears the name (Dominica, Mauritius)."""
    return not name.isupper() and fold(name.strip()) in first_names()


def is_acronym(name: str) -> bool:
    """ "RN", "LFI": a party's or a body's initials, not a place (a state in capitals is caught
    before: "USA", "RDC")."""
    return name.isupper() and name.isalpha() and len(name) <= 5


def canonical_type(name: str, type: str) -> str:
    """The type a name has, from evidence besides the NER label.

    One rule for states and places: an actor named by a place is a geopolitical entity ("gpe")
    when the place stands for a government (a country or its capital: "Russie", "RUSSIE",
    "Moscou"), whatever label NER gave it; a name NER called a place that the gazetteer does not
    know as a place, or that is an acronym ("RN", "LFI", "Europe"), is an organisation. The place
    itself is a ``Place`` node of its own. A public figure's surname typed as an organisation is
    that person; a known state or organisation named by an unknown speaker is that body."""
    if type == "group" and is_national_body(name):
        return "organization"  # "le gouvernement", "la justice" read as people in an event's role
    if type in NEVER_MERGED:
        return type
    state_named = strip_determiners(fold_key(name)).startswith("etat-")  # "l'État américain"
    if type == "gpe" and state_named and state_of(name, "organization") is not None:
        return "organization"  # the governing body, as a bare "l'État" of its report (state_bodies)
    probe = readable(name)
    seat = SEAT_WORD.search(probe) and strip_determiners(fold_key(probe)) in institution_seats()
    if type == "person" and seat:
        return "organization"  # "le Quai d'Orsay", "le palais de Buckingham" read as a person's name
    single = len(person_keys(probe)) == 1
    if type != "person" or (single and not first_name(name)):
        body = display_name(probe, "organization")  # "Fédération de Russie" -> "Russie"
        if fold(strip_determiners(fold_key(body))) in institution_seats():
            return "organization"  # "l'Élysée", "Matignon": the institution, not the district
        state = government_of(body)
        if state is not None and (not is_acronym(name) or geocode(body) == state):
            return "gpe"  # an acronym only as a country's own ("USA"), never a city's code ("AMS")
        if type == "gpe" and (is_acronym(name) or (geocode(body) is None and " " not in body.strip())):
            return "organization"  # "RN", "Lidl"
    collective = strip_determiners(fold_key(probe)) in lexicon().collectives
    if type in {"organization", "unknown"} and single and probe[:1].isupper() and not collective:
        if person_keys(probe)[0] in known_persons():
            return "person"
    if type == "unknown" and collective:
        return "organization"
    return type


def is_generic_group(name: str) -> bool:
    """A collective named by a bare common noun ("habitants", "clients") or a quantifier ("certains",
    "d'autres"): nobody in particular beyond its report, unlike "autorités ukrainiennes" or "syndicats
    de la SNCF". The capital a sentence gives its first word changes nothing ("Certains estiment …",
    "Habitants et commerçants …"); a capitalised word that is no common noun of people stays a name."""
    words = name.split()
    if len(words) != 1 or demonym_country(name.lower()) is not None:
        return False
    if name == name.lower():
        return True
    return name == name.capitalize() and _common_people_word(name.lower())


def _common_people_word(word: str) -> bool:
    """ "certains", "d'autres", "personne", "habitants": a quantifier or pronoun that stands for people,
    or the plural of a noun of people or bodies (``people_nouns``); not an invariable one ("les
    Insoumis", a party's members, stay a named group)."""
    folded = fold(word)  # typographic apostrophes made straight: "d’autres" -> "d'autres"
    if NOT_NAMES.match(folded) or folded in ("d'autres", "beaucoup", "personne", "chacun"):
        return True
    return folded.endswith(("s", "x")) and folded[:-1] in people_nouns()


def institution_heads() -> frozenset[str]:
    """Head nouns of institutions that name no body without a complement (``institution_heads.txt``)."""
    return lexicons.words("institution_heads.txt")


def is_bare_institution(name: str) -> bool:
    """ "le Conseil", "la Commission", "direction": an institution's head noun alone, which names
    no body in particular beyond its report ("Conseil constitutionnel" does)."""
    key = strip_determiners(fold_key(name))
    return "-" not in key and key in institution_heads()


def scoped_id(id_: str, name: str, type: str, doc: str) -> str:
    """The id within its document of an anonymous actor ("un habitant"), of a generic group or of
    an institution named by its head noun alone ("le Conseil"): one node per report, never one for
    every "un habitant" or "le Conseil" of the corpus."""
    if type == "anonymous" or (type == "group" and is_generic_group(name)):
        prefix = "anon" if type == "anonymous" else "group"
        return f"{prefix}-{stable_id(doc, size=8)}-{id_.split('-', 1)[1] if '-' in id_ else id_}"
    if type == "organization" and is_bare_institution(name):
        return f"org-{stable_id(doc, size=8)}-{id_.split('-', 1)[1] if '-' in id_ else id_}"
    return id_


SCOPED_ID = re.compile(r"^(?:anon|group|org)-[0-9a-f]{8}-")
"""The id of an actor of one report only (``scoped_id``)."""
NOT_NAMES = re.compile(
    r"^(?:les?|la|l'|des?|du|d'|un|une|ces?|dont|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|"
    r"plusieurs|quelques|certains|certaines|tous|toutes)$"
)
"""Capitalised words that name nobody: a determiner or a number that began a sentence."""


@cache
def national_bodies() -> frozenset[str]:
    """Head nouns of institutions that name one body alone (``national_bodies.txt``)."""
    return lexicons.words("national_bodies.txt")


@cache
def office_nouns() -> frozenset[str]:
    """Folded nouns of ``roles.txt`` that name one person's office ("ambassadeur", "gouverneur"),
    not an institution (no ``org``)."""
    return frozenset(fold(w) for w in lexicons.words("roles.txt") - lexicons.selection("roles.txt", "org"))


def is_national_body(name: str) -> bool:
    """ "le gouvernement", "la justice", "les syndicats": a head noun of ``national_bodies.txt``
    alone, which names one body (an event's role may read it as a group of people)."""
    return fold(strip_determiners(fold_key(name))) in national_bodies()


def is_identified(id_: str, name: str, type: str) -> bool:
    """Whether an actor is someone a reader can tell apart from the rest of the corpus: a named
    person ("Emmanuel Macron", "Kaboré"), a state, an organisation or a collective with a proper
    name in it ("SNCF", "direction de Total", "forces de Kiev"), a nationality ("soldats russes",
    "autorités ukrainiennes") or the head of a body that needs no name ("gouvernement", "police
    nationale"). Not a description local to its report: an anonymous or document-scoped actor ("un
    homme", "les habitants", "le tribunal"), a role with no name ("médecin de 45 ans"), a
    description ("entreprise pharmaceutique", "personnes expulsables"), a fragment ("dont deux
    policiers") nor a count of people ("sept ressortissants russes"). Such actors stay in the graph
    (their events keep them); the actor network, which joins actors across reports, leaves them out."""
    name = name.strip()
    if type == "anonymous" or not name or SCOPED_ID.match(id_) or PHRASE_DEBRIS.search(name):
        return False
    if type == "gpe":
        return True
    if is_count(name):
        return False  # "sept ressortissants russes": a set of people of one report
    words = re.findall(r"[^\W\d_][\w-]*", name)  # "l'Intérieur": "l", "Intérieur"
    proper = [w for w in words if w[:1].isupper() and not NOT_NAMES.match(fold(w))]
    offices = office_nouns()
    content = [fold(w) for w in words if not NOT_NAMES.match(fold(w))][:2]
    if type in PERSON_TYPES or any(w in offices for w in content):
        # a name, not an office ("ministre du Logement", "Premier ministre", "ambassadeur de France")
        names = [w for w in proper if fold(w) not in offices and fold(w) not in {"premier", "premiere"}]
        # a name, or a surname that begins with its article ("Le Pen", "Le Corbusier")
        return bool(names) and (words[0] in proper or (words[0] in {"Le", "La"} and words[1:2] == names[:1]))
    if proper:
        return True
    key = fold(strip_determiners(fold_key(name)))
    if any(key == b or key.startswith(f"{b}-") for b in national_bodies()):
        return True
    return any(demonym_country(w.lower()) for w in words)


def canonical(name: str, type: str, doc: str) -> tuple[str, str, str]:
    """(id, shown name, type) of one actor record of document ``doc``."""
    type_ = canonical_type(name, type)
    shown = display_name(readable(name), type_)
    return scoped_id(actor_id(readable(name), type_), shown, type_, doc), shown, type_


def joined(into: Actor, other: Actor, *names: str) -> Actor:
    """``into`` with ``other``'s aliases (and ``names``) and mentions added: two records of one actor."""
    return dataclasses.replace(
        into,
        aliases=tuple(sorted({*into.aliases, *other.aliases, *names})),
        mentions=into.mentions + other.mentions,
        identified=into.identified or other.identified,
    )


def is_alias_of(alias: str, name: str, type: str) -> bool:
    """An alias is a name of that actor: never a coordination, never a phrase holding another
    name; a person's alias has the person's surname and, when it has a first name, the same one
    ("Lee Miller" is no alias of Aleksei Miller)."""
    alias = alias.strip()
    if not alias or COORDINATION.search(alias):
        return False
    if type in PERSON_TYPES:
        if alias == alias.lower():
            return False  # "le président ukrainien" describes, it does not name
        keys, own = canonical_person_keys(alias), canonical_person_keys(name)
        if not keys or not own or surname_key(keys) != surname_key(own):
            return False
        return len(keys) == 1 or keys[0] == own[0]
    if type in ("organization", "gpe"):
        return (
            collective_key(alias) == collective_key(name)
            or fold_key(alias) in fold_key(name)
            or (alias.isupper() and len(alias) <= 6)  # an acronym
        )
    return True


PHRASE_DEBRIS = re.compile(r"[()\[\]]|\.\S")
"""A name cut across punctuation ("Ille-et-Vilaine).Formats") is no name."""
QUANTIFIERS = re.compile(
    r"^(?:(?:les?|la|des|du|de|ces|ses|leurs?|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|"
    r"douze|quinze|vingt|trente|quarante|cinquante|cent|mille|\d[\d.,]*|presque|environ|plusieurs|"
    r"quelques|nombreux|nombreuses|certains|certaines|autres|tous|toutes|plus de|moins de|pres de|au moins)"
    r"(?:\s+|$)|[ld]')+"
)
"""Determiners and numbers before the head noun of a common-noun actor ("les deux soldats", "plus
de 300 pompiers")."""
THE_STATE = re.compile(r"^(?:[Ll]['’]\s*)?[ÉE]tats?\b")
"""The State written with its capital ("l'État a décidé", "l'Etat"), an actor, unlike the thing
"état" of ``THING_SENSES`` ("l'état des routes")."""
AMOUNTS = re.compile(r"^(?:dizaines?|centaines?|milliers?|millions?|foule|groupe|majorité)\s+(?:de\s+|d')")
"""A quantity before the people it counts: "des milliers de manifestants"."""


@cache
def people_nouns() -> frozenset[str]:
    """Folded head nouns of people and of institutions: roles.txt and people_nouns.txt, and the
    nouns of forces, people and bodies that extraction reads as actors (``event_nouns.tsv``: "les
    secours", "les passeurs", "le prévenu", "la coalition"), but for the ones that also name a
    thing (``THING_SENSES``)."""
    listed = {w for name in ("roles.txt", "people_nouns.txt") for w in lexicons.words(name)}
    events = lexicons.tagged("event_nouns.tsv")
    acting = (events["military"] | events["people"] | events["body"]) - THING_SENSES
    return frozenset(fold(w) for w in listed | acting)


@cache
def town_peoples() -> frozenset[str]:
    """The nouns of the people of French towns and regions ("marseillais", "bretons"), lowercase
    with accents (``town_demonyms.tsv``)."""
    return frozenset(
        f.strip() for _, forms in lexicons.rows("town_demonyms.tsv", 2) for f in forms.split(";")
    )


THING_SENSES = frozenset({"camp", "défense", "division", "unité", "sélection", "taxi", "état"})
"""Nouns of ``event_nouns.tsv`` that name a body in an event's slot but a thing as often ("un camp
de migrants", "la division du travail", "l'état des routes"): an actor only when a lexicon of
people says so."""


def is_actor(name: str, type: str) -> bool:
    """Whether an event's agent or target names an actor: a named person or organisation, a state
    (a place standing for a government: "Russie", "Moscou"), or a person, body or collective named
    by a role or people noun ("gouvernement", "les forces ukrainiennes", "des civils", "les
    Russes"). Not a thing ("la cuisine", "le protocole"), a place that is no state ("Toulon"),
    a count with no people ("milliers Trump") nor a phrase cut across punctuation."""
    name = name.strip()
    if not name or PHRASE_DEBRIS.search(name):
        return False
    if type == "gpe":  # a state, or a phrase naming one by its demonym ("l'État américain")
        return government_of(readable(name)) is not None or any(map(demonym_country, fold(name).split()[1:]))
    if type in {"person", "organization", "unknown"} and name[:1].isupper():
        return not CALENDAR.match(fold(name))
    if THE_STATE.match(name):
        return True  # "l'État a mis en place un plan": the State
    text = QUANTIFIERS.sub("", AMOUNTS.sub("", QUANTIFIERS.sub("", fold(name))))
    phrase = re.split(r"\s(?:de|des|du|d'|a|au|aux|qui|que|dont|pour|sur|en)\b|\sd'", text, maxsplit=1)[0]
    words = [p for w in phrase.split() for p in (w, *w.split("-"))]
    nouns = people_nouns()
    if any(demonym_country(w) is not None or w in town_peoples() for w in name.lower().split()[:2]):
        return True  # "les Américains", "deux Français", "les Marseillais": the demonym as written
    return any(
        w in nouns
        or (w[:-1] in nouns and w.endswith(("s", "x")))
        or demonym_country(w) is not None
        or w.rstrip("s").endswith("iste")
        for w in words
        if len(w) > 2
    )
