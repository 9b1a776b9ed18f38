"""Speech inside another speaker's words (issue 14): « Les voisins disent que le bruit dure toute la
nuit », s'agace une habitante. The quote is the inhabitant's statement and the neighbours' claim is a
speech act of its own, with its own speaker, cue and content: one statement per speech act, so the
inner one is kept beside the quote instead of being dropped as a second reading of its words.

Only a speaker the quote itself names by a noun reads as such ("les voisins", "le ministre", "une
étude"): a pronoun inside a quote ("il dit que", "ils m'ont dit de") would be resolved against the
speakers around the quote rather than in the quoting speaker's mind, and "je", "on", "nous", "mon
patron" are the quoting speaker's own world. A nested speaker is never the antecedent of a pronoun
outside the quote (``in_quote_of``)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from newsgraph.extract.speaker_sides import side_phrase
from newsgraph.extract.speech_common import Candidate, inside, words
from newsgraph.extract.speech_direct import third_party
from newsgraph.extract.speech_quoted_sources import named_source
from newsgraph.extract.speech_quotes import doc_quotes
from newsgraph.extract.speech_relay_people import mistagged_name, people_antecedent, stands_for_people

NESTED = "nested-"
SPEAKER_POS = {"NOUN", "PROPN"}
FIRST_PERSON = re.compile(r"\b(?:(?:je|nous|me|moi)\b|[jm]['’])", re.IGNORECASE)
"""The quoting speaker's own person: "je", "nous", "me"; not a possessive or "on", which a source's
figures speak in as well ("Selon l'Insee, ça représente 300 euros qui sortent de nos poches")."""
RELATIVE_QUE = {"que", "qu'", "qu’"}
CLOSING = '»”"'
MIN_INNER_WORDS = 3  # reported words inside the quote, before its close


def nested_speech(
    text: str, cands: list[Candidate], quotes: list[tuple[int, int]], relays: list[tuple[int, int]]
) -> list[Candidate]:
    """The reported candidates whose speech verb lies inside a quote read as a statement: kept, as
    nested speech ending where the quote ends, when the quote names their speaker; dropped
    otherwise. Those inside a correspondent's quote (``relays``, read in its stead) end where it
    ends too. The others unchanged."""
    out = []
    for c in cands:
        cue = c.cue_token.idx if not c.direct and c.cue_token is not None else -1
        quote = inside(quotes, cue)
        relay = inside(relays, cue) if quote is None else None
        if relay is not None and relay[0] <= c.content[0] < relay[1]:
            c.content = (c.content[0], min(c.content[1], quote_end(text, relay)))
            if c.speaker_head is not None and placed_on(c.speaker_head, relay):
                c.rule = NESTED + c.rule  # "« À l'Élysée, on reconnaît que … », rapporte le journaliste"
            elif c.speaker_head is not None and stands_for_people(c.speaker_head):
                c.speaker_head = people_antecedent(c.speaker_head) or c.speaker_head  # else the quote's
        if quote is None:
            out.append(closed_by_quote(text, c) if relay is None else c)
        elif names_inner_speaker(c, quote) and not (c.rule == "selon" and speaker_own(text, c)):
            if c.speaker_head is not None and stands_for_people(c.speaker_head):
                c.speaker_head = people_antecedent(c.speaker_head)  # "ces migrants … Tous nous ont dit"
                if c.speaker_head is None:
                    continue
            c.rule = NESTED + c.rule
            c.content = (c.content[0], min(c.content[1], quote_end(text, quote)))
            out.append(c)
    return out


def closed_by_quote(text: str, c: Candidate) -> Candidate:
    """ "« Certains médecins estiment qu'il vaut mieux attendre », quand d'autres …": reported words
    that start inside a quote no one is given as speaker stop where it closes, not in the words after."""
    if c.cue_token is None or c.direct:
        return c
    quote = inside(doc_quotes(c.cue_token.doc), c.cue_token.idx)
    if quote is None or not quote[0] <= c.content[0] < quote[1] < c.content[1]:
        return c
    end = quote_end(text, quote)  # a mark that opens the words after "que" is no close (marks mispaired)
    if words(text[c.content[0] : end]) >= MIN_INNER_WORDS:
        c.content = (c.content[0], end)
    return c


def names_inner_speaker(c: Candidate, quote: tuple[int, int]) -> bool:
    """The candidate's speaker, a noun that is someone else, and the start of its words lie inside
    the quote (the parse may run the words on past it, into the incise), its words after its cue:
    words before it inside a quote are the quoting speaker's ("C'est cela que les élus proposent",
    "Le moment attendu, selon le journaliste, c'est …")."""
    head = c.speaker_head
    qs, qe = quote
    return (
        head is not None
        and c.cue_token is not None
        and c.cue_token.idx < c.content[0]
        and not fronted_object(c.cue_token)
        and qs <= head.idx < qe
        and qs <= c.content[0] < qe
        and (
            ((head.pos_ in SPEAKER_POS or stands_for_people(head)) and (third_party(c) or named_source(c)))
            or mistagged_name(head)
            or placed_on(head, quote)
        )
    )


def placed_on(head: Token, quote: tuple[int, int]) -> bool:
    """ "« À l'Élysée, on reconnaît que … »": an "on" the quote places at an institution speaks for
    it (``speaker_sides``), not for the quoting speaker."""
    side = side_phrase(head)
    return side is not None and quote[0] <= side[0]


def speaker_own(text: str, c: Candidate) -> bool:
    """Words in the quoting speaker's first person ("« Selon les chiffres de la mairie, nous avons
    perdu … »"): a source backs the speaker's own claim, it says nothing of its own. A possessive or
    a generic "on" is not enough ("« Selon l'Ademe, on jette 30 kilos par an dans nos poubelles »":
    the agency's figure)."""
    return FIRST_PERSON.search(text, c.content[0], c.content[1]) is not None


def fronted_object(verb: Token) -> bool:
    """What the verb says stands before it, as a relative "que" ("C'est cela que les partisans
    proposent aux Français …"): the words after it are not what was said."""
    return any(c.dep_ == "obj" and c.lower_ in RELATIVE_QUE and c.i < verb.i for c in verb.children)


def quote_end(text: str, quote: tuple[int, int]) -> int:
    """Where the words inside a quote end: before its closing mark and the spaces before it."""
    end = quote[1]
    while end > quote[0] and (text[end - 1] in CLOSING or text[end - 1].isspace()):
        end -= 1
    return end


def in_quote_of(outer: Candidate, inner: Candidate) -> bool:
    """The inner candidate is nested speech inside the outer one's quote: another speech act, not
    a second reading of the same words."""
    return (
        outer.direct
        and outer.quote is not None
        and inner.rule.startswith(NESTED)
        and inner.cue_token is not None
        and outer.quote[0] <= inner.cue_token.idx < outer.quote[1]
    )


def is_nested(c: Candidate) -> bool:
    """Nested speech: its speaker is no antecedent for the pronouns of the narration after it."""
    return c.rule.startswith(NESTED)
