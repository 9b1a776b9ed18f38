"""Names of common-noun actors that only say who they are with their "de X": a relative of
someone ("la mère d'un patient a giflé le médecin", "le père de la victime a porté plainte") and a
body of people named by whom it gathers ("le collectif de riverains a déposé une plainte",
"l'association des parents d'élèves"); and the one of a set said as a pronoun ("l'une des marques
britanniques a décidé de supprimer", "l'un des suspects a avoué"), who acts as that set's noun."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.event_cache import morph_feats
from newsgraph.extract.prepositions import DE_FORMS as DE_CASES

RELATION_NOUNS = frozenset(
    {
        "mari", "époux", "épouse", "femme", "compagnon", "compagne", "conjoint", "conjointe", "concubin",
        "concubine", "ami", "amie", "copain", "copine", "fils", "fille", "père", "mère", "frère", "sœur",
        "oncle", "tante", "cousin", "cousine", "neveu", "nièce", "enfant", "parent", "beau-père",
        "belle-mère", "beau-frère", "belle-sœur", "grand-père", "grand-mère", "voisin", "voisine",
        "collègue", "patron", "employeur", "employé", "agresseur", "meurtrier", "ravisseur",
        # companions and followers: "enterré par ses camarades", "ses partisans ont manifesté"
        "camarade", "coéquipier", "proche", "partisan", "supporter", "supporteur", "complice",
        "compatriote",
    }
)  # fmt: skip
"""Nouns of a person related to another: with a possessive they name someone else than the owner
("agressée par son ex-compagnon", "a tué sa femme", "frappé par son voisin", "enterré par ses
camarades", "ses partisans ont défilé"), unlike "ses troupes"
or "son armée", which act for the owner; with a "de X" they are named by it ("la mère d'un
patient")."""

GATHERING_NOUNS = frozenset({"collectif", "association", "comité", "coordination", "groupement", "amicale"})
"""Nouns of a body of people that a "de" + plural noun names by whom it gathers ("le collectif de
riverains", "l'association des victimes", "le comité de grévistes"): the name is the whole phrase."""

COMPLEMENT_POS = frozenset({"NOUN", "PROPN"})
CLAUSE_DEPS = frozenset({"punct", "acl", "acl:relcl", "appos", "conj", "cc"})

ONE_OF = frozenset({"un", "une"})
ELIDED_ARTICLES = frozenset({"l'", "l’"})


def lemma_of(token: Token) -> str:
    return (token.lemma_ or token.text).lower()


def kin_complement(token: Token) -> list[Token]:
    """The tokens of the "de X" that names a relative or a gathering by whom it is related to or
    gathers ("mère" of "la mère d'un patient": "d'un patient"; "collectif" of "le collectif de
    riverains": "de riverains"), in text order, without a clause or an apposition hung on it; empty
    for any other noun, for a gathering of no plural noun ("l'association de défense") and when the
    complement comes first."""
    word = lemma_of(token).removeprefix("ex-")
    kin = word in RELATION_NOUNS
    if not kin and word not in GATHERING_NOUNS:
        return []
    for c in token.children:
        if c.dep_ != "nmod" or c.i < token.i or c.pos_ not in COMPLEMENT_POS:
            continue
        if not any(g.dep_ == "case" and g.lower_ in DE_CASES for g in c.children):
            continue
        if not kin and "Plur" not in morph_feats(c).get("Number", []):
            return []
        skip = {t.i for d in c.children if d.dep_ in CLAUSE_DEPS or bare_noun(d) for t in d.subtree}
        return contiguous([t for t in c.subtree if t.i not in skip], token.i + 1)
    return []


def bare_noun(token: Token) -> bool:
    """A noun hung with no preposition on a complement, most often a date the parser misplaced
    ("le compagnon d'une patiente samedi": "samedi")."""
    return token.pos_ in COMPLEMENT_POS and not any(g.dep_ in {"case", "det"} for g in token.children)


def contiguous(tokens: list[Token], start: int) -> list[Token]:
    """The tokens that follow on from index ``start`` without a gap: a complement the parser hung
    a far word on ("l'association des petites villes de France [...] Côtes-d'Armor") stops at the
    gap."""
    out: list[Token] = []
    for t in sorted(tokens, key=lambda t: t.i):
        if t.i != start + len(out):
            break
        out.append(t)
    return out


def one_of_set(token: Token) -> Token | None:
    """The set's noun of "l'un des X" / "l'une des X" ("l'une des marques britanniques a décidé":
    "marques"), the noun that acts for the pronoun; None for any other token."""
    if token.pos_ != "PRON" or token.lower_ not in ONE_OF:
        return None
    if not any(c.dep_ == "det" and c.lower_ in ELIDED_ARTICLES for c in token.children):
        return None
    for c in token.children:
        if c.dep_ == "nmod" and c.pos_ in COMPLEMENT_POS and any(g.lower_ in DE_CASES for g in c.children):
            return c
    return None
