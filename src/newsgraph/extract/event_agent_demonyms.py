"""The people of a French town or region named by their demonym, as the subject or the "par X" of
an event: "les Marseillais ont manifesté", "des Bretons ont défilé", "les Normands commémorent le
Débarquement". A country's people are a group already ("les Russes"); a town's or a region's are
one too, not the place their name comes from (that place is where, ``demonym_place``)."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.event_cache import morph_feats
from newsgraph.extract.event_place_names import town_demonyms

PLURAL_DETERMINERS = frozenset({"les", "des", "ces", "nos", "leurs", "certains", "plusieurs", "nombreux"})
"""Determiners that make a demonym that is the same in both numbers ("Marseillais") a plural."""


def town_people(token: Token) -> bool:
    """A capitalised plural noun of a town's or a region's people ("les Marseillais", "des
    Bretons"): not the adjective ("un boulanger parisien"), not one person nor a title read as
    one ("Le Parisien", a newspaper), not a word opening its sentence with no determiner."""
    if token.pos_ not in {"NOUN", "PROPN"} or not token.text[:1].isupper():
        return False
    if token.lower_ not in town_demonyms():
        return False
    plural = "Plur" in morph_feats(token).get("Number", [])
    determined = any(c.dep_ == "det" and c.lower_ in PLURAL_DETERMINERS for c in token.children)
    return determined or (plural and token.i != token.sent.start and token.lower_.endswith(("s", "x")))
