"""The state an actor stands for: a state itself, its people named by their demonym, or a body of
the state (its forces, police, government) named with the state's demonym or name.

"les Russes", "la Russie" and "les forces russes" are three actors and stay three nodes of the
network: a people is not its state ("les Russes" in a report are now the soldiers, now the
negotiators, now the population; "la Russie" is the state that acts), nor is its army. GDELT and
CAMEO code all three with the state's country (RUS; the army RUSMIL, the police …COP, the
government …GOV), and so does newsgraph: :func:`state_of` gives them the same ISO 3166-1 code and,
to a body, its CAMEO sector, which the network exports write as the actor's ``country`` and
``sector`` (beside a place's country), so that a reader folds the side of a war into its state
when that is what is asked ("les frappes russes" are the "forces russes"), and keeps them apart
otherwise.

A people is a plural demonym alone ("les Russes", "Américains"). A body is a name that begins with
a head noun of a state's armed forces (``armed_forces.txt``: "armée", "forces", "soldats"), police,
government, judiciary, legislature or general staff (:data:`POLICE`, :data:`GOVERNMENT`,
:data:`JUSTICE`, :data:`PARLIAMENT`, :data:`STAFF`), with the state's demonym after it ("l'armée
ukrainienne", "le ministère russe de la Défense", "la justice française") or its name
or capital after "de" ("les forces de Kiev"); or a body's own name or seat (:data:`NAMED_BODIES`:
"Tsahal", "le Kremlin"). A body named with no state ("les forces de l'ordre", "l'armée de l'air",
"le gouvernement") has none: its report says which state, not its name (``resolve.state_bodies``
names it after that state when the report's places say which). Nationals described ("des
ressortissants russes") and a party named after a state ("Russie unie") have none either.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from newsgraph import lexicons
from newsgraph.geo import geocode, government_of
from newsgraph.geo_demonyms import demonym_country
from newsgraph.names import ARTICLES, fold_spaced, readable

PEOPLE = re.compile(r"^(?:les\s+|des\s+)?([A-ZÀ-Ý][\w'’-]*[sx])$")
"""A capitalised plural noun alone, after "les" or "des" ("les Russes", "Américains"): the
people, written as a noun; "russes" in lowercase is an adjective of something else."""

MIL, COP, GOV, JUD, LEG = "MIL", "COP", "GOV", "JUD", "LEG"
POLICE = frozenset({"police", "policiers", "gendarmerie", "gendarmes", "forces de l'ordre"})
GOVERNMENT = frozenset(
    {"gouvernement", "ministère", "autorités", "exécutif", "diplomatie", "régime", "présidence", "état"}
)
JUSTICE = frozenset({"justice", "parquet"})
PARLIAMENT = frozenset({"parlement", "sénat"})
STAFF = frozenset({"état-major"})
"""Head nouns of a state's police (CAMEO sector COP), government (GOV), judiciary (JUD),
legislature (LEG) and general staff (MIL); those of its armed forces (MIL) are
``armed_forces.txt``'s. The longest head that begins a name is its head ("forces
de l'ordre" before "forces")."""

NAMED_BODIES: dict[str, tuple[str, str]] = {
    "tsahal": ("IL", MIL),
    "pentagone": ("US", MIL),
    "kremlin": ("RU", GOV),
    "elysee": ("FR", GOV),
    "matignon": ("FR", GOV),
    "quai d'orsay": ("FR", GOV),
    "maison blanche": ("US", GOV),
    "maison-blanche": ("US", GOV),
    "downing street": ("GB", GOV),
    "10 downing street": ("GB", GOV),
    "palais de buckingham": ("GB", GOV),
    "buckingham palace": ("GB", GOV),
    "buckingham": ("GB", GOV),
    "palais de l'elysee": ("FR", GOV),
    "hotel de matignon": ("FR", GOV),
    "bercy": ("FR", GOV),
    "beauvau": ("FR", GOV),
    "place beauvau": ("FR", GOV),
    "place vendome": ("FR", GOV),
    "fort de bregancon": ("FR", GOV),
    "bregancon": ("FR", GOV),
    "hotel de marigny": ("FR", GOV),
    "hotel de brienne": ("FR", MIL),
    "balard": ("FR", MIL),
    "assemblee nationale": ("FR", LEG),  # said bare in French news: France's (others say whose)
    "palais bourbon": ("FR", LEG),
    "palais-bourbon": ("FR", LEG),
    "palais du luxembourg": ("FR", LEG),
    "hotel de lassay": ("FR", LEG),
    "bureau ovale": ("US", GOV),
    "departement d'etat": ("US", GOV),
    "quirinal": ("IT", GOV),
    "palais chigi": ("IT", GOV),
    "moncloa": ("ES", GOV),
    "zhongnanhai": ("CN", GOV),
    "bankova": ("UA", GOV),
    "rada": ("UA", LEG),
    "verkhovna rada": ("UA", LEG),
    "bundestag": ("DE", LEG),
    "knesset": ("IL", LEG),
}
"""A state's body by its own name or the seat that stands for it (folded, no article): palaces and
residences of heads of state and government, ministries by their address ("Bercy", "Place
Vendôme"; a ministry of defence MIL, as CAMEO codes it), parliaments by their seat or name (LEG).
Seats several states' bodies share a name with ("Capitole": Washington's, Toulouse's city hall;
"Congrès") are left out."""

_WORDS = re.compile(r"[\s'’]+")
_OF = frozenset({"de", "du", "d", "des"})
"""Before a state named as whose a body is ("les forces de Kiev", "l'armée d'Ukraine")."""
_THE = frozenset({"l", "la", "le", "les"})


class StateCode(NamedTuple):
    code: str  # ISO 3166-1 alpha-2 of the state
    sector: str | None  # CAMEO sector of a state body (MIL, COP, GOV, JUD, LEG); None: a state, a people


def state_of(name: str, type_: str) -> StateCode | None:
    """The state an actor stands for, with the sector of a body of it, or None.

    A state (type ``gpe``: a country, or its capital standing for its government, "Moscou") is
    its own; a people (a plural demonym alone, a ``group``, or an ``organization`` where NER
    called it one: "Français" tagged ORG) is its state's; a body of a state (a ``group`` or an
    ``organization``) is its state's, with its sector.

    >>> state_of("forces russes", "group"), state_of("les Russes", "group")
    (StateCode(code='RU', sector='MIL'), StateCode(code='RU', sector=None))
    """
    name = name.strip()
    if type_ == "gpe":
        code = _government(name)
        # "l'État américain": a state named by its demonym (as ``resolve.actors.is_actor`` reads it)
        code = code or next((c for w in name.split()[1:] if (c := _country_of(w)) is not None), None)
        return StateCode(code, None) if code is not None else None
    if type_ not in {"group", "organization"}:
        return None
    if (m := PEOPLE.match(name)) is not None:
        code = _country_of(m.group(1))
        return StateCode(code, None) if code is not None else None
    return _body(name)


def state_code(name: str, type_: str) -> str | None:
    """The ISO 3166-1 code of the state an actor stands for (:func:`state_of`), or None.

    >>> state_code("les Russes", "group"), state_code("Russie", "gpe"), state_code("armée russe", "group")
    ('RU', 'RU', 'RU')
    >>> state_code("Russie unie", "organization"), state_code("ressortissants russes", "group")
    (None, None)
    """
    found = state_of(name, type_)
    return found.code if found is not None else None


def _body(name: str) -> StateCode | None:
    """A body of a state by its name: its head noun and the state said after it, or its own name."""
    key = ARTICLES.sub("", fold_spaced(name))
    if key in NAMED_BODIES:
        return StateCode(*NAMED_BODIES[key])
    head = _head(key)
    if head is None:
        return None
    words = _WORDS.split(ARTICLES.sub("", name.strip()))[len(_WORDS.split(head[0])) :]
    before = [w for w in map(fold_spaced, words) if w not in _THE]  # the words, articles out
    for i, word in enumerate(w for w in words if fold_spaced(w) not in _THE):
        code = _country_of(word)  # "l'armée ukrainienne", "les forces de l'ordre françaises"
        if code is None and i and before[i - 1] in _OF and word[:1].isupper():
            code = _government(word)  # "les forces de Kiev", "l'armée de la Russie"
        if code is not None:
            return StateCode(code, head[1])
    return None


def _head(key: str) -> tuple[str, str] | None:
    """The head noun a folded name begins with, and its sector; None if it begins with none."""
    for head, sector in _heads():
        if key == head or key.startswith(f"{head} "):
            return head, sector
    first = key.split(" ")[0]
    return (first, MIL) if armed_head(first) else None


@cache
def _heads() -> tuple[tuple[str, str], ...]:
    """Folded heads of a state's police, government, judiciary, legislature and staff with their
    sector, the longest first."""
    sectors = ((POLICE, COP), (GOVERNMENT, GOV), (JUSTICE, JUD), (PARLIAMENT, LEG), (STAFF, MIL))
    heads = [(fold_spaced(h), sector) for words, sector in sectors for h in words]
    return tuple(sorted(heads, key=lambda hs: (-len(hs[0]), hs[0])))


def armed_head(word: str) -> bool:
    """A folded word that is a head noun of a state's armed forces or arms, or its plural ("troupes",
    "soldats": ``armed_forces.txt``); ``resolve.state_targets`` reads a forces agent with it too."""
    return word in _armed_forces() or word.rstrip("sx") in _armed_forces()


@cache
def _armed_forces() -> frozenset[str]:
    """Folded head nouns of a state's armed forces (``armed_forces.txt``, singular)."""
    return frozenset(fold_spaced(w) for w in lexicons.words("armed_forces.txt"))


def _government(name: str) -> str | None:
    """The ISO code of the state a place name stands for (a country, its capital), or None."""
    state = government_of(readable(name))
    return state.country if state is not None else None


def _country_of(demonym: str) -> str | None:
    """The ISO code of the country a demonym names ("russes", "Américains"), or None."""
    country = demonym_country(demonym)
    place = geocode(country) if country is not None else None
    return place.country if place is not None and place.type == "country" else None
