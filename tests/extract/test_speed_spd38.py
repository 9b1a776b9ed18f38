"""Round 38's memos answer as the functions alone do.

``special_speaker`` (with ``described_person`` under it) is asked about the same subject head by the rule
that finds the candidate and again by the resolver: it is answered once per Doc, mention list and head
(``context.per_context``, keyed by the token's index). ``recent_referent``, the person the narration before
a pronoun puts forward, is asked again by each candidate whose speaker is that pronoun (keyed by the
pronoun's place and form). Every token or pronoun of each sentence below is asked: the memo's answer equals
the function's alone, is kept for the next question, and never outlives its Doc (a Doc parsed again, the
memos dropped by ``pipeline.release``, or mentions found again start afresh). ``speech_common.words``
counts the words of each text once (the rules count the same quotes again): kept by text, it holds no Doc."""

from __future__ import annotations

import re

import pytest
from spacy.tokens import Doc, Token

from newsgraph.extract.context import DocContext, per_context
from newsgraph.extract.entities import find_mentions
from newsgraph.extract.pipeline import release
from newsgraph.extract.speaker_antecedents import recent_referent
from newsgraph.extract.speaker_kinds import special_speaker
from newsgraph.extract.speech_common import words
from newsgraph.model import Document

SPECIAL = "newsgraph.special_speaker"

SPEAKERS = [
    "« Le pont sera fermé tout l'été », précise la journaliste depuis la rive gauche.",
    "Le rapport de la Cour des comptes estime que le chantier a coûté trop cher.",
    "Le rapport souligne des retards importants sur les trois sites.",
    "Du côté de la mairie, on assure que les travaux finiront en mai.",
    "L'une d'entre elles explique qu'elle attend depuis deux heures.",
    "D'autres se réjouissent de la décision du tribunal administratif.",
    "« C'est une honte », lance sa voisine en montrant la façade.",
    "L'avocat de la famille dénonce une enquête bâclée.",
    "Tous pensent que la grève durera encore une semaine.",
    "Chacun est appelé à voter dimanche dans son bureau habituel.",
    "Sophie Marchal dirige l'école depuis 2015. Pour la directrice, la fermeture serait une erreur.",
    "« Il faut agir », commente un kiosquier de la place du marché.",
    "Il pleut sur Quimper depuis mardi.",
]


def context(nlp, text: str) -> DocContext:  # type: ignore[no-untyped-def]
    sdoc = nlp(text)
    return DocContext(Document("t", text), sdoc, find_mentions(sdoc), [])


def alone(ctx: DocContext, tok: Token):  # type: ignore[no-untyped-def]
    return special_speaker.__wrapped__(ctx, tok)  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", SPEAKERS)
def test_special_speaker_is_answered_once_per_head(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    ctx = context(nlp, text)
    expected = [alone(ctx, t) for t in ctx.sdoc]
    assert SPECIAL not in ctx.sdoc.user_data
    first = [special_speaker(ctx, t) for t in ctx.sdoc]
    assert first == expected
    assert all(special_speaker(ctx, t) is f for t, f in zip(ctx.sdoc, first, strict=True))  # kept
    assert len(ctx.sdoc.user_data[SPECIAL][2]) == len(ctx.sdoc)
    release(ctx)
    assert SPECIAL not in ctx.sdoc.user_data  # dropped with the Doc's other memos
    again = context(nlp, text)
    assert SPECIAL not in again.sdoc.user_data  # a Doc parsed again has its own
    assert [special_speaker(again, t) for t in again.sdoc] == expected


def test_the_table_holds_speakers_and_none(nlp) -> None:  # type: ignore[no-untyped-def]
    """Both answers occur (else the rows above could not tell a wrong memo), and several kinds."""
    found = [special_speaker(ctx, t) for ctx in (context(nlp, s) for s in SPEAKERS) for t in ctx.sdoc]
    assert any(f is None for f in found)
    assert {f.type for f in found if f is not None} >= {"organization", "group", "anonymous"}


def test_mentions_found_again_start_afresh(nlp) -> None:  # type: ignore[no-untyped-def]
    ctx = context(nlp, SPEAKERS[1])
    head = next(t for t in ctx.sdoc if t.lower_ == "rapport")
    before = special_speaker(ctx, head)
    assert before is None  # "le rapport de la Cour des comptes": the author speaks
    ctx.mentions = []  # no mention of the author: the document itself speaks
    assert special_speaker(ctx, head) == alone(ctx, head) != before


def test_per_context_keys_tokens_by_index_and_leaves_other_docs_alone(nlp) -> None:  # type: ignore[no-untyped-def]
    calls: list[tuple[int, int]] = []

    @per_context("test.per_context")
    def word(ctx: DocContext, tok: Token, upper: bool) -> str:
        calls.append((tok.i, upper))
        return tok.text.upper() if upper else tok.lower_

    ctx, other = context(nlp, "Le Maire parle."), context(nlp, "Le Maire parle.")
    doc: Doc = ctx.sdoc
    assert [word(ctx, doc[1], False), word(ctx, doc[1], False), word(ctx, doc[1], True)] == [
        "maire",
        "maire",
        "MAIRE",
    ]
    assert calls == [(1, False), (1, True)]  # a new Token of the same place: answered from the memo
    assert word(ctx, other.sdoc[2], False) == "parle"  # a token of another Doc: asked, not kept
    assert len(calls) == 3 and set(ctx.sdoc.user_data["test.per_context"][2]) == {(1, False), (1, True)}


PRONOUNS = [
    "Nous rencontrons Odette, 93 ans, sur le marché. « Tout a doublé », soupire-t-elle.",
    "Une infirmière sort de l'hôpital. Elle estime que les effectifs manquent depuis des mois.",
    "Les pêcheurs sont rentrés au port. Ils dénoncent la hausse du gazole.",
    "Le boulanger ouvre à six heures. Il explique qu'il a augmenté ses prix. Il le regrette.",
    "Marc Duval, le maire, a visité le chantier avec un ingénieur. Selon lui, le retard sera rattrapé.",
    "La pluie tombe depuis mardi. Elle devrait cesser jeudi selon les prévisions.",
]
REFERENT = "newsgraph.recent_referent"


def referent(found):  # type: ignore[no-untyped-def]
    """A referent by its head's place (Tokens are made afresh at each read)."""
    return None if found is None else (found[0].i, found[1])


@pytest.mark.parametrize("text", PRONOUNS)
def test_recent_referent_is_answered_once_per_pronoun(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    ctx = context(nlp, text)
    asked = [(t.idx, t.lower_) for t in ctx.sdoc if t.pos_ == "PRON" or t.lower_ in {"lui", "-elle", "-il"}]
    assert asked
    expected = [referent(recent_referent.__wrapped__(ctx, at, p)) for at, p in asked]  # type: ignore[attr-defined]
    assert REFERENT not in ctx.sdoc.user_data
    first = [recent_referent(ctx, at, p) for at, p in asked]
    assert [referent(f) for f in first] == expected
    assert all(recent_referent(ctx, at, p) is f for (at, p), f in zip(asked, first, strict=True))  # kept
    release(ctx)
    assert REFERENT not in ctx.sdoc.user_data
    again = context(nlp, text)
    assert [referent(recent_referent(again, at, p)) for at, p in asked] == expected


def test_some_pronoun_has_a_referent_and_some_has_none(nlp) -> None:  # type: ignore[no-untyped-def]
    found = [
        referent(recent_referent(ctx, t.idx, t.lower_))
        for ctx in (context(nlp, s) for s in PRONOUNS)
        for t in ctx.sdoc
        if t.pos_ == "PRON"
    ]
    assert any(f is None for f in found)
    assert any(f is not None for f in found)


COUNTED = [
    "Nous ne fermerons pas la maternité cet hiver",
    "l'État-major a-t-il menti ?",
    "  1 200 euros par mois, c'est trop peu  ",
    "« … »",
    "",
    "aujourd’hui, dit-elle",
]


@pytest.mark.parametrize("text", COUNTED)
def test_words_are_counted_once_per_text_as_the_count_alone(text: str) -> None:
    """``speech_common.words`` is kept by text (a pure function of a string: it holds no Doc)."""
    alone = words.__wrapped__(text)  # type: ignore[attr-defined]
    assert alone == len(re.findall(r"\w+", text))
    assert words(text) == alone
    assert words("".join(list(text))) == alone  # the same text in another string object
