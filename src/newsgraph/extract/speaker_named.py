"""The persons a singular subject pronoun may take up, found once per document.

``speech_speakers.resolve_pronoun`` asks, for every "il"/"elle" of an attribution, which mentions
name a person outside quoted words and not an institution; the answer does not depend on the
pronoun but for its place, so it is found once per Doc (and per mention list) and each pronoun
keeps the mentions that end before it.
"""

from __future__ import annotations

from newsgraph import lexicons
from newsgraph.extract.context import DocContext, Mention
from newsgraph.extract.speaker_gender import aged_name
from newsgraph.extract.speaker_nouns import institution_mention
from newsgraph.extract.speech_quotes import doc_quotes, inside_quote
from newsgraph.geo_demonyms import demonym_country

NAMED_KEY = "newsgraph.people_named"
NAMED_AFTER = lexicons.tagged("speaker_words.tsv")["named_after"]


def people_named(ctx: DocContext) -> list[Mention]:
    """The mentions of persons (a person's name, an anonymous person, a first name the tagger took
    for a place), in the mention list's order, but those inside quotes (spoken of, not speaking)
    and the roles naming an institution."""
    memo: tuple[list[Mention], int, list[Mention]] | None = ctx.sdoc.user_data.get(NAMED_KEY)
    if memo is not None and memo[0] is ctx.mentions and memo[1] == len(ctx.mentions):
        return memo[2]
    quotes = doc_quotes(ctx.sdoc)
    named = [
        m
        for m in ctx.mentions
        if (m.label in {"PER", "ANON"} or aged_name(ctx, m))
        and not inside_quote(quotes, m.start)
        and not institution_mention(ctx, m)
        and not named_after(ctx, m)
        and not modifying_adjective(ctx, m)
    ]
    ctx.sdoc.user_data[NAMED_KEY] = (ctx.mentions, len(ctx.mentions), named)
    return named


def glued_name(name: str) -> str:
    """A tagged name run on past a comma into the clause after it ("Ademe, ça"): up to the comma."""
    head, comma, rest = name.partition(",")
    return head.rstrip() if comma and head.strip() and rest.strip()[:1].islower() else name


def named_after(ctx: DocContext, m: Mention) -> bool:
    """A person's name that names a building, an institution or a street: "le lycée Jean-Moulin",
    "le centre hospitalier Henri-Mondor", "rue Victor-Hugo" (the noun just before it, or before
    one adjective)."""
    span = ctx.sdoc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    doc = span.doc
    before = doc[span.start - 1]
    if before.pos_ == "ADJ" and span.start > 1:
        before = doc[span.start - 2]  # "le centre hospitalier X"
    return before.lower_ in NAMED_AFTER or before.lemma_.lower() in NAMED_AFTER


MODIFIER_DEPS = {"amod", "flat:name", "nmod", "appos"}


def modifying_adjective(ctx: DocContext, m: Mention) -> bool:
    """A capitalised word the tagger calls a person but that modifies a noun as an adjective (its
    tag, or a nationality's name): a demonym ("un Palestinien naturalisé Norvégien", "un Libanais
    naturalisé Suédois"), which describes someone and names no one."""
    span = ctx.sdoc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or len(span) != 1 or span[0].head.i == span[0].i:
        return False
    tok = span[0]
    return (tok.pos_ == "ADJ" and tok.dep_ == "amod") or (
        tok.dep_ in MODIFIER_DEPS and demonym_country(tok.text) is not None
    )
