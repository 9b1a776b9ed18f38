"""Who a statement is about: the actors its content mentions (``Statement.about``).

Persons, organisations, collectives and anonymous actors named in the content, and places that
stand for their government (a country: "la Russie", "l'Ukraine"), each as the article resolves it
(a title or a surname points to the full name). The speaker is not about themself; a pronoun
("il", "elle") refers through the article's coreference to the person named last before it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache

from spacy.tokens import Token

from newsgraph.extract.context import PLACE_LABELS, DocContext, Mention
from newsgraph.extract.speaker_gender import gender
from newsgraph.extract.speech_speakers import mention_speaker
from newsgraph.extract.tokens import tokens
from newsgraph.model import ActorRef, ActorType

LABEL_TYPES: dict[str, ActorType] = {
    "PER": "person",
    "ORG": "organization",
    "GROUP": "group",
    "ANON": "anonymous",
    "GPE": "gpe",
    "LOC": "gpe",
}
THIRD_PERSON = {"il", "elle"}
PRONOUN_REACH = 400  # characters back to the person a pronoun of the content refers to


@lru_cache(maxsize=4096)
def is_country(name: str) -> bool:
    """A place name the gazetteer knows as a country: it can stand for its government."""
    try:
        from newsgraph.geo import geocode

        place = geocode(name)
    except Exception:  # the gazetteer is optional
        return False
    return place is not None and place.type == "country"


def about_actors(
    ctx: DocContext,
    start: int,
    end: int,
    speaker_key: str,
    speaker_name: str,
    actor_id: Callable[[str, ActorType], str],
) -> tuple[ActorRef, ...]:
    """Actors mentioned between ``start`` and ``end`` (the content), without the speaker."""
    found: dict[str, ActorRef] = {}

    def add(m: Mention) -> None:
        type_ = LABEL_TYPES.get(m.label)
        if type_ is None or m.key == speaker_key or m.name == speaker_name:
            return
        if m.label in PLACE_LABELS and not is_country(m.name):
            return
        ref = ActorRef(actor_id(m.name, type_), m.name, type_)
        found.setdefault(ref.id, ref)

    for m in ctx.mentions_within(start, end):
        add(m)
    text = ctx.document.text
    content = ctx.sdoc.char_span(start, end, alignment_mode="expand") or ()
    table = tokens(ctx.sdoc)  # the columns, not a Token per word of every content
    for i in range(content.start, content.end) if content else ():
        if table.lower[i] in THIRD_PERSON and table.dep[i].startswith("nsubj") and table.idx[i] > start + 3:
            tok = ctx.sdoc[i]
            if thing_antecedent(ctx, content, tok):
                continue  # "L'intelligence artificielle ne convainc pas seulement, elle …"
            person = last_person_before(ctx, tok.idx, speaker_key)
            if person is not None and text[tok.idx - 2 : tok.idx].strip() not in {"qu'", "qu’"}:
                if agrees(ctx, person, tok.lower_):
                    add(person)
    return tuple(found.values())


def thing_antecedent(ctx: DocContext, content: Iterable[Token], pronoun: Token) -> bool:
    """A subject noun of the same gender before the pronoun in the content, naming no actor: the
    pronoun takes it up, not a person named before the statement."""
    wanted = "Fem" if pronoun.lower_ == "elle" else "Masc"
    for tok in content:
        if tok.i >= pronoun.i:
            return False
        if (
            tok.pos_ == "NOUN"
            and tok.dep_.startswith("nsubj")
            and wanted in tok.morph.get("Gender", [])
            and not ctx.mentions_at(tok.idx)
        ):
            return True
    return False


def agrees(ctx: DocContext, person: Mention, pronoun: str) -> bool:
    """The person's gender, when known, is the pronoun's."""
    known = gender(ctx, mention_speaker(person))
    return known is None or known == ("f" if pronoun == "elle" else "m")


def last_person_before(ctx: DocContext, at: int, speaker_key: str) -> Mention | None:
    """The person named last before ``at`` (within reach), other than the speaker."""
    before = [
        m
        for m in ctx.mentions_within(max(0, at - PRONOUN_REACH), at)
        if m.label == "PER" and m.key != speaker_key
    ]
    return before[-1] if before else None
