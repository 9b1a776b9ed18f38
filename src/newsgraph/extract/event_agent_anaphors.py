"""Whom a bare pronoun subject of an event stands for when it is no personal pronoun: a pronoun of
part ("Les agriculteurs sont en colère. Certains bloquent les routes": the farmers, as for
"certains d'entre eux") and a pronoun of the last-named ("Les policiers ont interpellé trois
jeunes. Ces derniers avaient agressé un chauffeur": the youths; "Le ministre a reçu le maire.
Celui-ci a démissionné": the mayor).

- A pronoun of part takes up what a plural personal pronoun in its place would
  (``event_reference.antecedent``: the nearest agreeing subject of its sentence or the two before),
  only when no other noun of people is said between them ("Les policiers ont interpellé des
  manifestants. Certains ont blessé un agent": which? neither).
- A pronoun of the last-named takes up the nearest noun before it, in its sentence or the one
  before, that agrees with it in number and gender, outside quotes (not the "de X" of a noun
  unless X is a person: "le maire de Lyon" names the mayor); when that noun names no actor
  ("La ministre a visité l'usine. Celle-ci a fermé") the pronoun has none: the search never goes
  past it to an earlier actor."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newsgraph.extract.entity_spans import first_names
from newsgraph.extract.event_cache import morph_feats
from newsgraph.extract.event_parse import ACTOR_TYPES, SUBJECT_DEPS, MentionIndex, lemma
from newsgraph.extract.event_reference import antecedent
from newsgraph.extract.speech_quotes import doc_quotes, inside_quote
from newsgraph.names import fold_spaced as fold

PART_PRONOUNS = {
    "certains": "ils",
    "certaines": "elles",
    "plusieurs": "ils",
    "tous": "ils",
    "toutes": "elles",
}
"""Pronouns of part or whole said alone as a subject, with the personal pronoun that stands in
their place ("Certains bloquent" as "Ils bloquent", "Toutes ont signé" as "Elles ont signé")."""
LATTER_WORDS = {
    "dernier": (False, False),
    "dernière": (False, True),
    "derniers": (True, False),
    "dernières": (True, True),
}
""""ce dernier", "cette dernière", "ces derniers", "ces dernières": (plural, feminine)."""
LATTER_DETS = frozenset({"ce", "cet", "cette", "ces"})
DEMONSTRATIVES = {
    "celui": (False, False),
    "celle": (False, True),
    "ceux": (True, False),
    "celles": (True, True),
}
""""celui-ci", "celle-ci", "ceux-ci", "celles-ci" (however the tokenizer cut them): (plural, feminine)."""
NAME_PARTS = frozenset({"flat:name", "flat", "compound", "fixed"})


def anaphor_antecedent(token: Token, mentions: MentionIndex, people: Callable[[Token], bool]) -> Token | None:
    """The word a bare pronoun of part or of the last-named as a subject stands for (see the
    module), else None; ``people`` says whether a noun is one of people who may act."""
    if token.dep_ not in SUBJECT_DEPS:
        return None
    if token.lower_ in PART_PRONOUNS and not any(c.dep_ in {"nmod", "det", "amod"} for c in token.children):
        found = antecedent(token, mentions, form=PART_PRONOUNS[token.lower_])
        if found is None or any(
            t.pos_ == "NOUN"
            and "Plur" in morph_feats(t).get("Number", [])
            and lemma(t) != lemma(found)
            and people(t)
            for t in token.doc[found.i + 1 : token.i]
        ):
            return None
        return found
    form = latter_form(token)
    if form is None:
        return None
    return last_named(token, mentions, *form)


def latter_form(token: Token) -> tuple[bool, bool] | None:
    """(plural, feminine) of "ce dernier" / "celle-ci" said alone, else None ("ces derniers jours")."""
    word = token.lower_
    if word in LATTER_WORDS:
        det = next((c for c in token.children if c.dep_ == "det" and c.i < token.i), None)
        if (
            det is None
            or det.lower_ not in LATTER_DETS
            or (token.i + 1 < len(token.doc) and token.nbor().pos_ == "NOUN")
        ):
            return None
        return LATTER_WORDS[word]
    stem = word.removesuffix("-ci")
    if stem not in DEMONSTRATIVES:
        return None
    after = "".join(t.lower_ for t in token.doc[token.i + 1 : token.i + 3])
    if word.endswith("-ci") or after.startswith(("-ci", "ci")):
        return DEMONSTRATIVES[stem]
    return None


def last_named(pronoun: Token, mentions: MentionIndex, plural: bool, feminine: bool) -> Token | None:
    """The nearest noun before the pronoun (its sentence, then the one before) that agrees with it,
    when it names an actor or people ("les policiers", "le maire", "Marie Dupont"); else None."""
    doc = pronoun.doc
    quotes = doc_quotes(doc)
    sent = pronoun.sent
    start = doc[sent.start - 1].sent.start if sent.start else sent.start
    for t in reversed(doc[start : pronoun.i]):
        if t.pos_ not in {"NOUN", "PROPN"} or t.dep_ in NAME_PARTS or inside_quote(quotes, t.idx):
            continue
        m = mentions.get(t)
        if t.dep_ == "nmod" and t.head.pos_ in {"NOUN", "PROPN"} and (m is None or m.label != "PER"):
            continue  # "le maire de Lyon", "le directeur du site": the head noun is the one named
        if not agrees(t, m is not None and m.label == "PER", plural, feminine):
            continue
        return t if (m is not None and m.label in ACTOR_TYPES) or t.pos_ == "NOUN" else None
    return None


def agrees(noun: Token, person: bool, plural: bool, feminine: bool) -> bool:
    """Number and gender of a noun (its own, its article's, a person's first name) and the pronoun's."""
    number = morph_feats(noun).get("Number", [])
    if number and ("Plur" in number) != plural:
        return False
    if person:
        given = first_names().get(fold(noun.text))
        return given is None or (given == "f") == feminine
    words = (noun, *(c for c in noun.children if c.dep_ == "det"))
    gender = {g for t in words for g in morph_feats(t).get("Gender", [])}
    want = "Fem" if feminine else "Masc"
    return not gender or want in gender
