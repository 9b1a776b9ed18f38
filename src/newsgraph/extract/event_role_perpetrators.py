"""Who did an attack the report names in a nearby sentence by what they did: "Une fusillade a fait
15 morts dans une école. [...] Le tireur s'est suicidé": the shooter is the attack's agent. A TV
report of a shooting or a stabbing often says the act first and its author, unnamed, after ("le
tireur", "l'assaillant", "l'agresseur"), or the other way round."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.event_parse import PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS, lemma, sentences_back

PERPETRATORS = frozenset(
    {"tireur", "assaillant", "agresseur", "forcené", "meurtrier", "kamikaze", "terroriste", "auteur"}
)
"""Nouns of the one who attacked, named by the act ("le tireur", "l'agresseur"); "auteur" only with
"de X" of an attack ("l'auteur des coups de feu")."""
VIOLENT_TYPES = frozenset(
    {"attack", "terror_attack", "shooting", "kill", "physical_assault", "assault", "bombing"}
)
"""Types of violence one author commits against people, whose agent a nearby sentence may name."""
AUTHOR_NOUNS = PERPETRATORS | {"suspect", "commanditaire", "instigateur", "organisateur"}
"""Nouns of the one who did an act named as their "de X" ("le suspect de la fusillade", "l'auteur
de l'attaque", "les organisateurs de la manifestation", "le suspect dans l'attaque")."""
AUTHOR_CASES = frozenset({"de", "d'", "d’", "du", "des", "dans"})
DEFINITES = frozenset({"le", "la", "l'", "l’", "les", "ce", "cet", "cette", "ces"})
NEARBY = 2
"""How many sentences before and after the trigger's own the author is looked for in."""


def perpetrator(token: Token, type_: str) -> Token | None:
    """The unnamed author of a violent act named by what they did in the trigger's sentence or one
    of the ``NEARBY`` around it ("Le tireur a été abattu"): a definite noun of ``PERPETRATORS`` as
    the subject of a clause, the nearest first; None for other types or when there is none."""
    if type_ not in VIOLENT_TYPES:
        return None
    doc = token.doc
    start = sentences_back(token, NEARBY)
    end = token.sent.end
    for _ in range(NEARBY):
        if end < len(doc):
            end = doc[end].sent.end
    found = [t for t in doc[start:end] if is_perpetrator(t)]
    return min(found, key=lambda t: abs(t.i - token.i)) if found else None


def is_perpetrator(t: Token) -> bool:
    """A definite subject noun of ``PERPETRATORS`` ("le tireur", "l'unique assaillant"), "auteur"
    only with a "de X" ("l'auteur de l'attaque")."""
    if t.pos_ not in {"NOUN", "ADJ"} or lemma(t) not in PERPETRATORS:
        return False
    if t.dep_ not in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS:
        return False
    if not any(c.dep_ == "det" and c.lower_ in DEFINITES for c in t.children):
        return False
    return lemma(t) != "auteur" or any(c.dep_ == "nmod" for c in t.children)


def author_of(token: Token) -> Token | None:
    """The noun of an author an event noun is the "de X" of ("les antécédents du suspect dans
    l'attaque", "l'auteur présumé de la fusillade", "les organisateurs du rassemblement"): that
    noun, else None ("les victimes de l'attaque": no author)."""
    if not token.dep_.startswith(("nmod", "obl")):
        return None
    if not any(c.dep_ == "case" and c.lower_ in AUTHOR_CASES for c in token.children):
        return None
    start = token.left_edge.i
    before = token.doc[start - 1] if start > token.sent.start else None  # hung higher by the parser
    presumed = token.head.head if token.head.dep_ == "acl" else None  # "l'auteur présumé de l'attaque"
    for head in (token.head, before, presumed):
        if head is not None and head.i != token.i and head.pos_ == "NOUN" and lemma(head) in AUTHOR_NOUNS:
            return said_of(head)
    return None


STATE_VERBS = frozenset({"rester", "demeurer", "devenir", "être"})
STATE_FORMS = frozenset({"reste", "restent", "restait", "restaient", "demeure", "demeurent"})
"""Forms of "rester", "demeurer" the lemmatiser reads as nouns ("reste" -> "reste")."""


def said_of(noun: Token) -> Token:
    """Who an author noun is said of when it is a predicate ("Cet homme est l'auteur de l'attaque",
    "X reste le principal suspect de la disparition"): the clause's subject; else the noun."""
    verb = noun if any(c.dep_ == "cop" for c in noun.children) else None
    if (
        verb is None
        and noun.dep_ in {"obj", "xcomp"}
        and (lemma(noun.head) in STATE_VERBS or noun.head.lower_ in STATE_FORMS)
    ):
        verb = noun.head
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS] if verb is not None else []
    return subjects[0] if subjects else noun
