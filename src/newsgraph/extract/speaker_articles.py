"""The speaker of a subject phrase, an unnamed person keeping its indefinite article.

"« L'eau est montée d'un coup », raconte une riveraine": the speaker is *une riveraine*, someone the
report does not name nor take up again, not *la riveraine* of the report; the name keeps the "un" or
"une" the subject phrase opens with ("un habitant", "une automobiliste", "un autre manifestant"), as
a reader and the annotators write it. Only an anonymous speaker of one word group whose phrase the
text opens with that article at the speaker's position; its key (what merges it with a later
"l'habitant" or a pronoun) stays the bare noun's.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from newsgraph.extract.context import DocContext, doc_text
from newsgraph.extract.speaker_kinds import special_speaker
from newsgraph.extract.speaker_places import fronted_people
from newsgraph.extract.speech_mistagged import without_misread_verb
from newsgraph.extract.speech_speakers import Speaker, phrase_speaker, speaker_from_head

SINGULAR_INDEFINITE = ("un", "une")


def head_speaker(ctx: DocContext, head: Token, cue: Token | None, history: list[Speaker]) -> Speaker | None:
    """The speaker of the subject ``head`` of a speech cue, or None."""
    head = fronted_people(head) or head  # "À Lyon, des habitants dénoncent …": not Lyon
    speaker = special_speaker(ctx, head) or speaker_from_head(ctx, head, history)
    if speaker is not None and speaker.type == "person" and plural_noun(head):
        # "…, les militants n'ont pas caché leur déception" read as the title of the name before
        speaker = phrase_speaker(ctx, head) or speaker
    if speaker is None:
        return None
    return with_indefinite_article(ctx, without_misread_verb(speaker, cue))


def plural_noun(head: Token) -> bool:
    """A plural common noun with a plural determiner as a subject ("les militants", "des habitants"
    réclament): no one person (not "une de ses avocates, Claire Morel")."""
    return (
        head.pos_ == "NOUN"
        and head.dep_ in {"nsubj", "nsubj:pass"}
        and "Plur" in head.morph.get("Number", [])
        and any(c.dep_ == "det" and "Plur" in c.morph.get("Number", []) for c in head.children)
    )


def with_indefinite_article(ctx: DocContext, speaker: Speaker) -> Speaker:
    """An anonymous speaker named with the "un"/"une" its phrase opens with in the text."""
    if speaker.type != "anonymous" or speaker.name.lower().startswith(SINGULAR_INDEFINITE):
        return speaker
    text = doc_text(ctx.sdoc)  # not ``Doc.text``, which joins every token again
    at = text.find(speaker.name, speaker.start, speaker.start + 40)
    if at < 0:
        return speaker
    before = text[max(0, at - 5) : at].lower().split()
    if not before or before[-1] not in SINGULAR_INDEFINITE or not text[at - 1 : at].isspace():
        return speaker
    return replace(speaker, name=f"{before[-1]} {speaker.name}")
