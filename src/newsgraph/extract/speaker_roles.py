"""A role whose complement names someone else: "le patron de Stellantis", "la porte-parole
d'Emmanuel Macron", "le procureur de Paris". The person, company or place in the complement is
whom the role serves, not who speaks: the role speaks (kept as a description). A title linked to
a name ("le ministre de l'Intérieur Gérald Darmanin") covers the role itself and is not concerned.
So with the people around someone ("les familles de victimes", "les proches de X"): they speak.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph import lexicons
from newsgraph.extract.context import PLACE_LABELS, DocContext, Mention, sentence_before
from newsgraph.extract.entities import is_role, np_span, strip_determiner
from newsgraph.extract.prepositions import DE_FORMS as OF
from newsgraph.extract.speaker_nouns import (
    folded_institutions,
    head_form,
    institution_roles,
    person_noun,
    speaker_kind,
)
from newsgraph.extract.speech_quotes import doc_quotes, inside_quote
from newsgraph.extract.speech_subjects import PRONOUNS_PL

CLOSE_PEOPLE = lexicons.tagged("speaker_words.tsv")["close_people"]


def kin_head(head: Token) -> bool:
    """The people around someone ("les familles de victimes", "les proches du défunt", "les
    collègues de l'infirmière"): a noun of ``close_people`` with a "de" complement speaks as a group,
    the complement only says whose they are."""
    return (
        head.pos_ == "NOUN"
        and head.lower_ in CLOSE_PEOPLE
        and any(c.dep_ == "nmod" and c.i > head.i for c in head.children)
    )


def singular_role(head: Token) -> bool:
    """A singular noun of a person's role or title, not an institution ("le ministère")."""
    return (
        head.pos_ == "NOUN"
        and is_role(head)
        and "Plur" not in head.morph.get("Number", [])
        and head_form(head) not in folded_institutions()
    )


def role_complement(head: Token, m: Mention) -> bool:
    """The mention is the "de" complement of a singular role head ("le patron de Stellantis") or of
    plural people ("les soutiens de Marine Dupuis", "les électeurs du maire"): they speak, not
    the person they follow."""
    if not (singular_role(head) or plural_people_head(head)) or m.start <= head.idx < m.end:
        return False
    for child in head.children:
        if child.dep_ != "nmod" or child.i < head.i or not m.start <= child.idx < m.end:
            continue
        if any(c.dep_ == "case" and c.lower_ in OF for c in child.children):
            return True
    return False


def plural_people_head(head: Token) -> bool:
    """A plural noun of people, by role or by shape ("les avocats", "les partisans", "les soutiens")."""
    return (
        head.pos_ == "NOUN"
        and "Plur" in head.morph.get("Number", [])
        and (is_role(head) or speaker_kind(head) == "group")
        and head_form(head) not in folded_institutions()
    )


def place_over_role(head: Token, m: Mention) -> bool:
    """A place mention the tagger stretched over a role ("procureur de" tagged a place): a
    person's role is never a place."""
    return m.label in PLACE_LABELS and singular_role(head)


def before_own_case(head: Token, m: Mention) -> bool:
    """A mention that starts before the head's own preposition is another phrase the head is only
    a complement of: "6 avions, 600 pompiers Pour les autorités, …" (a heading glued to "Pour les
    autorités" and read with it as one group): "les autorités" speak, not the heading."""
    return any(c.dep_ == "case" and c.i < head.i and m.start < c.idx for c in head.children)


DESCRIPTION_WINDOW = 600  # characters back a bare role looks for its fuller description
BARE_DEPS = {"nmod", "amod", "appos", "acl", "acl:relcl", "flat:name", "nummod", "compound"}


def fuller_description(ctx: DocContext, head: Token) -> tuple[str, int] | None:
    """ "Le ministre de l'Intérieur a été entendu … Pour le ministre, …": a bare definite role no
    mention links takes up the fuller description of the same role given just before it, outside
    quotes and agreeing in gender (name, start). None when there is none or it names someone."""
    det = next((c for c in head.children if c.dep_ == "det" and c.i < head.i), None)
    if (
        det is None
        or det.text not in {"le", "la", "l'", "l’", "Le", "La", "L'", "L’"}
        or not singular_role(head)
    ):
        return None
    if any(c.dep_ in BARE_DEPS for c in head.children) or ctx.mentions_at(head.idx):
        return None
    doc, quotes = head.doc, doc_quotes(head.doc)
    for tok in reversed(doc[: head.i]):
        if head.idx - tok.idx > DESCRIPTION_WINDOW:
            return None
        if tok.pos_ != "NOUN" or tok.lemma_.lower() != head.lemma_.lower() or inside_quote(quotes, tok.idx):
            continue
        if any(m.label == "PER" for m in ctx.mentions_at(tok.idx)) or not agree(det, tok):
            return None  # linked to a name (the general resolver's) or of the other gender
        if any(c.dep_ in {"nmod", "amod"} for c in tok.children):
            span = np_span(tok)
            return strip_determiner(span), span.start_char
    return None


def agree(det: Token, tok: Token) -> bool:
    """False when the earlier description's determiner says the other gender ("la ministre" after
    "le ministre de la Santé")."""
    other = next((c for c in tok.children if c.dep_ == "det" and c.morph.get("Gender", [])), None)
    if other is None or not det.morph.get("Gender", []):
        return True
    return other.morph.get("Gender", []) == det.morph.get("Gender", [])


def previous_topic_role(ctx: DocContext, at: int, pronoun: str) -> tuple[str, int] | None:
    """The person a sentence opens on when it is not its subject: "Chez cet habitant de la vallée,
    la colère ne retombe pas. Il dit …" (the first noun of the sentence before, a singular role
    agreeing with the pronoun): its words and where they start."""
    prev = sentence_before(ctx, at)
    if prev is None or pronoun in PRONOUNS_PL:
        return None
    head = next((t for t in prev if t.pos_ in {"NOUN", "PROPN", "VERB", "AUX"}), None)
    if head is None or head.pos_ != "NOUN" or not person_noun(head):
        return None
    det = next((c for c in head.children if c.dep_ == "det" and c.morph.get("Gender", [])), None)
    gender = (det or head).morph.get("Gender", [])
    if ("elle" in pronoun) != ("Fem" in gender) or head.lemma_.lower() in institution_roles():
        return None
    span = np_span(head)
    span = span[1:] if span[0].dep_ == "case" else span
    name = strip_determiner(span)
    return name, span.start_char
