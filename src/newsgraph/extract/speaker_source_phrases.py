"""Speakers of the attributions by preposition that name no one by a noun: the newsroom of the
report itself ("Selon nos informations, …", "D'après notre enquête, …"), and a pronoun standing
for the subject of its own clause ("D'autres électeurs vont plus loin : selon eux, …", "Un autre
policier explique que, selon lui, …").

"Selon nos informations" is the outlet that publishes the report speaking (its name from the
report's metadata, "la rédaction" when it has none); "selon nos sources auprès de la préfecture" is
the body the sources are at (``source_body``).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph import lexicons
from newsgraph.extract.context import DocContext
from newsgraph.extract.entities import is_role
from newsgraph.extract.speaker_nouns import person_noun, speaker_kind
from newsgraph.extract.speech_lexicon import document_nouns
from newsgraph.extract.speech_quotes import doc_quotes, inside_quote
from newsgraph.extract.speech_speakers import Speaker
from newsgraph.extract.speech_subjects import possessor
from newsgraph.names import fold_spaced as fold

SOURCE_NOUNS = lexicons.tagged("statement_words.tsv")["source_noun"]
NEWSROOM_POSSESSIVES = frozenset({"nos", "notre"})
"""The possessive of the newsroom writing the report: "selon nos informations", "notre enquête"."""
NEWSROOM = "la rédaction"
"""The newsroom's name when the report's metadata names no outlet."""


def newsroom_source(ctx: DocContext, noun: Token) -> Speaker | None:
    """The outlet of the report when the source noun is the newsroom's own ("nos informations",
    "notre enquête"), else None. Not "nos confrères du Parisien": only a noun of a source or a
    document is the newsroom's own."""
    if noun.lemma_.lower() not in SOURCE_NOUNS | document_nouns() or inside_quote(
        doc_quotes(noun.doc), noun.idx
    ):
        return None  # inside a correspondent's quotation, "nos informations" are the correspondent's
    if not any(c.dep_ == "det" and c.lower_ in NEWSROOM_POSSESSIVES for c in noun.children):
        return None
    name = (ctx.document.outlet or "").strip() or NEWSROOM
    return Speaker(name, "organization", noun.idx, "org:" + fold(name))


SOURCE_PRONOUNS = {
    "lui": (False, "Masc"),
    "elle": (False, "Fem"),
    "eux": (True, None),
    "elles": (True, "Fem"),
}
"""The pronouns after "selon" / "d'après": (plural, gender they require of a noun, None for any)."""
CLAUSE_SUBJECT_DEPS = {"nsubj", "nsubj:pass"}


def clause_subject(source: Token, pronoun: Token) -> Token | None:
    """The noun subject of the sentence before "selon lui" / "selon eux" (same sentence, before the
    source word), agreeing with the pronoun in number and gender: "D'autres électeurs vont plus loin :
    il faut, selon eux, …" (the voters, not the group that spoke before). A name or a pronoun
    subject is left to the pronoun's resolution; None when no such noun subject is there."""
    wanted = SOURCE_PRONOUNS.get(pronoun.lower_)
    if wanted is None:
        return None
    plural, gender = wanted
    sent = source.sent
    for tok in sent:
        if tok.i >= source.i:
            return None
        if tok.dep_ not in CLAUSE_SUBJECT_DEPS or tok.pos_ != "NOUN":
            continue
        if ("Plur" in tok.morph.get("Number", [])) != plural or not speaks(tok):
            return None  # the first subject does not agree: the pronoun is someone else
        det = next((c for c in tok.children if c.dep_ == "det" and c.morph.get("Gender", [])), tok)
        said = det.morph.get("Gender", [])
        if gender is not None and said and gender not in said:
            return None
        return tok
    return None


def speaks(noun: Token) -> bool:
    """A noun that names people or a body that can speak (a role, a person noun, a group)."""
    return bool(is_role(noun) or person_noun(noun) or speaker_kind(noun))


BODY_LEADS = frozenset({"auprès", "sein"})
"""The words that place a source at a body: "auprès de la préfecture", "au sein de la police"."""


def source_body(noun: Token) -> Token | None:
    """The body a source noun places its sources at ("nos sources auprès des autorités de Kharkiv",
    "des sources au sein de la police"), whose words they pass on: the noun of that body, else None.
    Only a noun of a source ("nos informations auprès de …" alike), not "un proche de …"."""
    if noun.lemma_.lower() not in SOURCE_NOUNS:
        return None
    for lead in noun.children:
        if lead.i < noun.i or lead.lower_ not in BODY_LEADS:
            continue
        body = next((c for c in lead.children if c.i > lead.i and c.pos_ in {"NOUN", "PROPN"}), None)
        if body is not None:
            return body
    return None


def owned_source(source: Token) -> Token | None:
    """ "d'après ses calculs", "selon ses estimations": the possessive of a source noun names who
    speaks ("ses": the one the report is about), else None."""
    return possessor(source) if source.lemma_.lower() in SOURCE_NOUNS else None
