"""Candidates for what a subject pronoun stands for, beyond the subjects ``event_reference.antecedent``
reads first: people coordinated as a subject ("Maurice et Édith [...]. Ils"), the people of a
singular subject's "de X" ("une grève des contrôleurs [...]. Ils"), people said as a "par X" ("bloqué
par les agriculteurs. Ils protestaient"), a first name the tagger took for a place ("« … », confie
Vincent. Il")."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.context import Mention
from newsgraph.extract.entities import is_role_word
from newsgraph.extract.entity_spans import first_names
from newsgraph.extract.event_amounts import PEOPLE_NOUNS
from newsgraph.extract.event_parse import PASSIVE_SUBJECT_DEPS, PLACE_LABELS, SUBJECT_DEPS, lemma
from newsgraph.geo import geocode
from newsgraph.names import fold_place
from newsgraph.names import fold_spaced as fold


def named_first_name(token: Token, mention: Mention | None, form: str) -> bool:
    """A first name of the pronoun's gender as a subject, before or after its verb, that the tagger
    took for a place or missed ("« … », confie Vincent, boulanger. Il a dû"; not "Florence", a town
    of that name, nor an organisation)."""
    want = "f" if form.startswith("elle") else "m"
    return (
        token.dep_ in SUBJECT_DEPS
        and first_names().get(fold(token.text)) == want
        and first_name_person(token, mention)
    )


def first_name_person(token: Token, mention: Mention | None) -> bool:
    """A capitalised first name the tagger took for a place or missed, that names a person: no place
    is called exactly so, or it speaks in an incise after a quote or is described by an apposition
    ("« … », confie Vincent, boulanger": not the town of Vincent in California)."""
    if token.pos_ != "PROPN" or not token.text[:1].isupper() or first_names().get(fold(token.text)) is None:
        return False
    if mention is not None and (mention.label not in PLACE_LABELS or " " in mention.name.strip()):
        return False
    verb = token.head
    closing = {"»", '"', "”"}
    incise = (
        token.dep_ in SUBJECT_DEPS
        and token.i > verb.i
        and any(t.text in closing for t in verb.doc[max(0, verb.i - 3) : verb.i])
    )
    described = any(c.dep_ == "appos" and c.pos_ == "NOUN" for c in (token.head, token) for c in c.children)
    place = geocode(token.text)
    return incise or described or place is None or fold_place(place.name) != fold_place(token.text)


def joined(noun: Token, form: str) -> bool:
    """Two or more people or actors coordinated as a subject (or as a fragment the parser cut off its
    verb), whom a plural pronoun takes up together: "Maurice et Édith se sont rencontrés. Ils",
    "Le ministre et son conseiller ont quitté Paris. Ils"; "elles" only for women all."""
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    fragment = noun.dep_ == "ROOT" and not any(t.pos_ in {"VERB", "AUX"} for t in noun.sent)
    if noun.dep_ not in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS and not fragment:
        return False
    members = [noun, *conjuncts(noun)]
    if len(members) < 2:
        return False
    if form == "elles":
        return all(feminine(t) for t in members)
    return True


def conjuncts(noun: Token) -> list[Token]:
    return [c for c in noun.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}]


def feminine(token: Token) -> bool:
    """A woman by her first name, or a feminine noun by its own or its article's gender ("sa femme")."""
    if token.pos_ == "PROPN":
        return first_names().get(fold(token.text)) == "f"
    words = (token, *(c for c in token.children if c.dep_ == "det"))
    gender = {g for t in words for g in t.morph.get("Gender", [])}
    return gender == {"Fem"}


def people_of(noun: Token) -> Token | None:
    """The people a singular subject's "de X" names, whom a plural pronoun after it stands for ("un
    mouvement de grève des contrôleurs", "le syndicat des pilotes": the controllers, the pilots);
    None when its complements are things ("la hausse des prix") or singular."""
    for c in noun.children:
        if c.dep_ != "nmod":
            continue
        for x in (c, *(g for g in c.children if g.dep_ == "nmod")):
            if x.pos_ == "NOUN" and "Plur" in x.morph.get("Number", []) and people_word(x):
                return x
    return None


def people_word(noun: Token) -> bool:
    """A noun of people: a trade, a role or a group that acts ("contrôleurs", "salariés", "élus")."""
    return lemma(noun) in PEOPLE_NOUNS or is_role_word(noun.lemma_, noun.lower_)


def by_people(noun: Token) -> bool:
    """People said as the "par X" of a passive verb or of an act ("le blocage de l'île par les
    agriculteurs"): whom a pronoun takes up when no subject before it agrees."""
    by = noun.dep_ == "obl:agent" or any(c.dep_ == "case" and c.lower_ == "par" for c in noun.children)
    return by and noun.pos_ == "NOUN" and people_word(noun)
