"""What a second resolution of the speakers keeps of the first (``statements.speakers_kept``: when a
reading found no speaker, the candidates are deduplicated again without it and resolved again).
``statements.resolve_speakers`` reads the candidates in text order, each speaker depending only on
the candidates before it: those both runs begin with get the same speakers, so only the rest is
resolved again."""

from __future__ import annotations

from newsgraph.extract.speech_common import Candidate
from newsgraph.extract.speech_nested import is_nested
from newsgraph.extract.speech_speakers import Speaker

Pairs = list[tuple[Candidate, Speaker]]
Known = tuple[int, Pairs]
"""How many of the first candidates in text order are resolved already, and the pairs found for them
(a candidate whose speaker was not found has none)."""
NOTHING: Known = (0, [])


def resolved_before(first: list[Candidate], then: list[Candidate], resolved: Pairs) -> Known:
    """What the resolution of ``first`` (``resolved``) found that holds for ``then`` too: the
    candidates both begin with in text order (the same objects, not equal ones) and their pairs."""
    a, b = sorted(first, key=lambda c: c.position), sorted(then, key=lambda c: c.position)
    n = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x is not y), min(len(a), len(b)))
    shared = {id(c) for c in a[:n]}
    return n, [(c, s) for c, s in resolved if id(c) in shared]


def replayed(known: Known) -> tuple[list[Speaker], tuple[Candidate, Speaker] | None, Pairs]:
    """The state of ``resolve_speakers`` after the known pairs: the speakers the narration's pronouns
    may take up (``history``), the last of them with its candidate, and the pairs so far."""
    history: list[Speaker] = []
    last: tuple[Candidate, Speaker] | None = None
    out: Pairs = []
    for c, speaker in known[1]:
        out.append((c, speaker))
        if not is_nested(c):  # the speaker inside a quote is no antecedent of the narration's pronouns
            history.append(Speaker(speaker.name, speaker.type, c.position, speaker.key))
            last = (c, speaker)
    return history, last, out
