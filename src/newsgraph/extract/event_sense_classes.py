"""Sense classes of event nouns (round 43, evt43): one test per class of nouns, named by the rows of
``event_triggers.tsv`` as ``@SENSE:<class>``, so a noun the team never read gets the same treatment
as one it did.

A noun of a class names a happening, rather than a thing, a topic or a quantity, by its construction
(``ontology/lexicons/event_sense_classes.tsv`` lists each class's words by role):

- it is the subject of a verb that tells it comes or sets in (``onset``: "la pluie est arrivée", "un
  froid intense s'abat") or of a verb of ``happening_verbs.tsv`` ("l'orage a frappé", "le froid
  s'installe", "les températures grimpent": ``event_happening``);
- an adjective grades the occurrence (``degree``), as its modifier or as the predicate of its copula:
  "des pluies torrentielles", "des températures anormalement douces", "la température est haute";
- it is the object of a verb whose subject undergoes or records it (``undergo``): "la région a connu
  ses premières gelées";

and no word it depends on makes it wished, lacking or fended off (``veto``: "on espère la pluie",
"se protéger du froid", "des stations sans neige").
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph import lexicons
from newsgraph.extract.event_happening import VERB_CLASSES, is_happening_subject
from newsgraph.extract.event_parse import lemma
from newsgraph.extract.event_trigger_grammar import MODAL_VERBS

PREFIX = "@SENSE:"
"""The requirement atom of a class: "@SENSE:weather"."""

ROLES = ("onset", "degree", "undergo", "veto", "domain", "figure")


def _classes() -> dict[str, dict[str, frozenset[str]]]:
    found: dict[str, dict[str, frozenset[str]]] = {}
    for tag, words in lexicons.tagged("event_sense_classes.tsv").items():
        name, _, role = tag.partition(":")
        if role not in ROLES:
            raise ValueError(f"event_sense_classes.tsv: unknown role {tag!r}")
        found.setdefault(name, {r: frozenset() for r in ROLES})[role] = words
    return found


CLASSES = _classes()
"""Class -> role -> words."""

COPULAS = frozenset({"être", "rester", "demeurer", "devenir", "sembler", "paraître"})
SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
"""A verb's subjects: "la pluie est arrivée" is parsed as a passive (its auxiliary is "être")."""
OBJECTS = frozenset({"obj"})


def is_sense_event(token: Token, atom: str) -> bool:
    """Whether the noun, of the class the atom names, is read in its event sense here."""
    roles = CLASSES.get(atom.removeprefix(PREFIX))
    if roles is None or token.pos_ not in {"NOUN", "PROPN"}:
        return False
    if _vetoed(token, roles["veto"]) or _other_domain(token, roles["domain"]):
        return False
    if roles["figure"] and _figure(token, roles["figure"]):
        return False
    return (
        _graded(token, roles["degree"])
        or _onset(token, roles["onset"])
        or _undergone(token, roles["undergo"])
        or any(is_happening_subject(token, a) for a in VERB_CLASSES)
    )


def _graded(token: Token, degree: frozenset[str]) -> bool:
    """An adjective of degree qualifies the noun, or is its copula's predicate ("la température est
    anormalement haute": the parser heads the clause on the adjective)."""
    if any(c.dep_ == "amod" and lemma(c) in degree for c in token.children):
        return True
    head = token.head
    return (
        token.dep_ in SUBJECTS
        and head.pos_ in {"ADJ", "ADV"}  # "l'orage a été bref": the tagger reads "bref" as an adverb
        and lemma(head) in degree
        and any(c.dep_ == "cop" for c in head.children)
    )


def _onset(token: Token, onset: frozenset[str]) -> bool:
    """The noun is the subject of a verb of onset, or of a modal governing one ("la neige devrait
    tomber")."""
    if token.dep_ not in SUBJECTS or token.head.pos_ not in {"VERB", "AUX"}:
        return False
    verb = token.head
    if lemma(verb) in onset:
        return True
    return lemma(verb) in MODAL_VERBS and any(c.dep_ == "xcomp" and lemma(c) in onset for c in verb.children)


def _undergone(token: Token, undergo: frozenset[str]) -> bool:
    """The noun is the verb's object, or its partitive object read as a complement ("enregistre des
    précipitations record": the parser takes "des" for a preposition)."""
    partitive = token.dep_ == "obl:arg" and any(
        c.dep_ == "case" and c.lower_ in PARTITIVES for c in token.children
    )
    return (token.dep_ in OBJECTS or partitive) and lemma(token.head) in undergo


PARTITIVES = frozenset({"des", "du", "de"})


def _other_domain(token: Token, domain: frozenset[str]) -> bool:
    """A relational adjective classes the noun in another domain ("le vent solaire", "la chaleur
    humaine", "le froid diplomatique")."""
    return any(c.dep_ == "amod" and lemma(c) in domain for c in token.children)


def _figure(token: Token, members: frozenset[str]) -> bool:
    """A bare "de X" (no determiner, no number) whose X is not of the class makes the noun a figure
    of quantity or force ("un déluge de feu", "un vent de panique"), not "une averse de grêle", "des
    rafales de vent" (``figure`` lists the class's own nouns)."""
    return any(
        c.dep_ == "nmod"
        and c.pos_ == "NOUN"
        and lemma(c) not in members
        and any(g.dep_ == "case" and g.lower_ in BARE_DE for g in c.children)
        and not any(g.dep_ in {"det", "nummod", "nmod:poss"} for g in c.children)
        for c in token.children
    )


BARE_DE = frozenset({"de", "d'", "d’"})


def _vetoed(token: Token, veto: frozenset[str]) -> bool:
    """A word of veto governs the noun ("espérer la pluie", "le manque de pluie", "se protéger du
    froid") or is its preposition ("sans neige", "contre le froid")."""
    if any(c.dep_ in {"case", "fixed"} and c.lower_ in veto for c in token.children):
        return True
    return token.head.i != token.i and lemma(token.head) in veto
