"""A subhead that repeats a statement's words, glued to the context (used by
:mod:`newsgraph.extract.negotiation`).

News sites put a few words of the next quote above it as a subhead, with no full stop ("Il discutait
avec les prêtres" above "…, il discutait avec les prêtres et avait demandé le baptême", rapporte la
journaliste). The sentence before a statement is then that subhead, joined to the headline with no
full stop between them: one sentence of the context that begins with the statement's own words. Those
words must not count twice, as the statement's own sentence never counts in its context: a weak act
there would find its own echo as talks around it.
"""

from __future__ import annotations

from newsgraph.names import fold_spaced

ECHO_WORDS = 4
"""How many words a context sentence must begin with, repeated from the statement, to be a subhead
of it (fewer, "Les négociations ont" before "repris lundi", are words two sentences share)."""


def without_echo(part: str, folded_text: str) -> str:
    """``part`` (a sentence of the context) without the longest run of its first words that the
    statement's folded text (``fold_spaced``) holds, when that run is ``ECHO_WORDS`` words or more.

    >>> without_echo("Il discutait avec les prêtres Deux blessés à Nice.", "il discutait avec les pretres et")
    'Deux blessés à Nice.'
    >>> without_echo("Les négociations ont repris lundi.", "les negociations ont echoue")
    'Les négociations ont repris lundi.'
    """
    words = part.split()
    low, high = 0, len(words)
    while low < high:  # a run of first words held is held at every shorter length: search it
        mid = (low + high + 1) // 2
        if fold_spaced(" ".join(words[:mid])) in folded_text:
            low = mid
        else:
            high = mid - 1
    return part if low < ECHO_WORDS else " ".join(words[low:])
