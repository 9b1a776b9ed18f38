"""The country of a report set wholly in France, for the events nothing else places. French news
tell a national trend, a government's measure, a strike or an election with no place at all ("La
remise sur l'essence sera prolongée, a indiqué la porte-parole du gouvernement", "les ventes de
livres ont bondi de 20 %", "Les Français se ruent vers les stations"): the report says where by
the institutions it names bare ("le gouvernement", "l'Élysée", "Matignon", the unions'
"intersyndicale": ``national_bodies.txt``), by the people it speaks of ("les Français") or by
naming France itself ("l'Hexagone"), and in a report that names no place abroad, nor a foreign
people, those are France's. Such an event happened in France, a coarse place but a true one; a
report that names any foreign place or people ("la guerre en Ukraine", "le gouvernement
britannique") gets none, since its events may be abroad."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from newsgraph import lexicons
from newsgraph.event_types import cameo_codes
from newsgraph.extract.context import PLACE_LABELS, Mention
from newsgraph.extract.event_place_in_names import in_body_name
from newsgraph.extract.event_place_wars import under_war
from newsgraph.extract.tokens import tokens
from newsgraph.geo import FRENCH_LANDS, place_of
from newsgraph.geo_demonyms import demonym_country
from newsgraph.model import PlaceRef
from newsgraph.names import fold

NATIONAL_KEY = "newsgraph.national_place"


WAR_KINDS = frozenset({"flee", "death"})
"""Kinds with no CAMEO code that a war causes where it is fought (events.WAR_CONSEQUENCES)."""

TEAM_KINDS = frozenset({"sport_result", "sport_competition"})
"""A match is played at a stadium its report names, or abroad; never "in France" by default."""

FRENCH_PEOPLE = frozenset({"français", "françaises"})
"""The people of France named as a noun ("les Français se ruent vers les stations"): capitalised,
so not the adjective of a thing ("les produits français")."""

EUROPEAN = "européen"
"""Europe's people or bodies ("des millions d'Européens", "l'Union européenne", "la Commission
européenne"): what they do or undergo is no more France's than another member's."""


@lru_cache(maxsize=1)
def national_bodies() -> frozenset[str]:
    """Folded head nouns of bodies French news name bare (``national_bodies.txt``), but those
    tagged ``noplace`` ("l'État", named in "le budget de l'État" wherever the report is set)."""
    quiet = {fold(w) for w in lexicons.selection("national_bodies.txt", "noplace")}
    return frozenset(fold(w) for w in lexicons.words("national_bodies.txt")) - quiet


def national_place(token: Token, kind: str) -> PlaceRef | None:
    """France, for an event of ``kind`` that nothing else places, when its report is set wholly in
    France (see the module's doc); else None (found once per document). For a kind that is no
    war's nor politics' (no CAMEO code: a price's rise, a shortage, sales), a war's place is the
    cause its report names ("la flambée des prix depuis la guerre en Ukraine"), not where it is set."""
    if kind in TEAM_KINDS:
        return None
    sdoc = token.doc
    if NATIONAL_KEY not in sdoc.user_data:
        france = place_of("France")
        found = {wars: set_in_france(sdoc, wars) for wars in (False, True)}
        sdoc.user_data[NATIONAL_KEY] = {
            wars: PlaceRef(france.id, "France") if ok and france is not None else None
            for wars, ok in found.items()
        }
    civil = cameo_codes().get(kind) is None and kind not in WAR_KINDS
    place: PlaceRef | None = sdoc.user_data[NATIONAL_KEY][civil]
    return place


def set_in_france(sdoc: Doc, past_wars: bool = False) -> bool:
    """Whether the report names France's bodies, people or France itself, and no place nor
    people abroad; with ``past_wars``, but for a war's place ("la guerre en Ukraine")."""
    french = False
    for ent in sdoc.ents:
        if ent.label_ not in PLACE_LABELS:
            continue
        geo = place_of(ent.text)
        if geo is None or geo.country is None:
            continue
        if geo.country not in FRENCH_LANDS:
            if past_wars and under_war(ent.root):
                continue
            return False  # "la guerre en Ukraine", "à Bruxelles": the report may be set abroad
        if geo.type == "country" and not in_body_name(ent.root, mention_of(ent)):
            french = True  # "en France", "l'Hexagone"; not "La France insoumise"
    said = words_say_france(sdoc)
    return said is not None and (french or said)


WORDS_KEY = "newsgraph.national_words"


def words_say_france(sdoc: Doc) -> bool | None:
    """What the report's words say, whatever its places (read once per Doc from the token table,
    both readings of ``set_in_france`` ask): None when one names a foreign people or Europe's ("le
    gouvernement britannique", "les Allemands", "les Européens"), else whether one names France's
    people or bodies ("les Français", not a sentence's first word; "le gouvernement", "l'Élysée",
    "l'intersyndicale")."""
    if WORDS_KEY not in sdoc.user_data:
        table = tokens(sdoc)
        foreign = any(
            ((country := demonym_country(low)) is not None and country != "France")
            or low.startswith(EUROPEAN)
            for low in set(table.lower)
        )
        bodies, nominal = national_bodies(), NOMINAL_POS
        sdoc.user_data[WORDS_KEY] = (
            None
            if foreign
            else any(
                pos in nominal
                and ((low in FRENCH_PEOPLE and text[:1].isupper() and i > 0) or folded(lem) in bodies)
                for i, (low, text, pos, lem) in enumerate(
                    zip(table.lower, table.text, table.pos, table.lemma, strict=True)
                )
            )
        )
    said: bool | None = sdoc.user_data[WORDS_KEY]
    return said


NOMINAL_POS = frozenset({"NOUN", "PROPN"})
folded = lru_cache(maxsize=65536)(fold)
"""``fold`` of a lemma, cached: the same lemmas recur from report to report."""


def mention_of(ent: Span) -> Mention:
    return Mention(ent.start_char, ent.end_char, ent.text, ent.label_, fold(ent.text), ent.text)
