"""A wage claim whose claimant the context names (used by :mod:`newsgraph.extract.negotiation`).

A party of labour's claim of a pay rise is its position in wage bargaining
(:mod:`newsgraph.extract.negotiation_senses`), but a report names the party once, in its headline or
the sentence before, and the claim then has a pronoun for subject: "Les contrôleurs de la SNCF sont
en grève. Ils réclament 10 % d'augmentation". The context lends the claim its party when the
claim's subject is a pronoun of the third or first person plural (ils, elles, nous, on) and a party
of labour or a strike is in the context. A claim with a subject of its own that is no party of
labour ("les Français demandent une hausse des salaires") is not lent one.
"""

from __future__ import annotations

import re

from newsgraph.extract.negotiation_senses import BROAD, CLAIM, PARTY, RISES
from newsgraph.names import fold

LABOUR = "labour_negotiation"
PRONOUN = re.compile(r"(?<!\w)(?:ils|elles|nous|on)(?: (?:leur|lui|en|y|ne|n'|le|la|les|l'))* ?$")
"""A subject pronoun right before the verb of claiming, a clitic between ("ils en réclament", "on
leur demande"): the claimant named elsewhere."""


def lent_claim(text: str, context: str) -> dict[str, tuple[str, ...]]:
    """``labour_negotiation`` with the claim's words and the context's party, when ``text`` claims
    a pay rise with a pronoun for subject, names no party of labour itself, and ``context`` names
    one or a strike; else nothing.

    >>> lent_claim("Ils réclament 10 % d'augmentation.", "Grève des éboueurs")["negotiation"]
    ("reclament 10 % d'augmentation", 'greve')
    >>> lent_claim("Ils réclament 10 % d'augmentation.", "Les prix de l'énergie flambent")
    {}
    """
    lowered = text.lower()
    if not any(map(lowered.__contains__, RISES)):
        return {}
    folded = fold(text)
    if PARTY.search(folded) is not None:
        return {}  # named in the sentence: the claim is read there (negotiation_senses)
    claim = next((m for m in CLAIM.finditer(folded) if PRONOUN.search(folded, 0, m.start())), None)
    party = PARTY.search(fold(context)) if claim is not None else None
    if claim is None or party is None:
        return {}
    words = (claim.group(), party.group())
    return {LABOUR: words, BROAD: words}
