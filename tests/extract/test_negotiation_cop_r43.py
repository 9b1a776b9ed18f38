"""The negotiation topic, round 43: a climate conference named by its session ("la COP27", "COP 28") is
the conference of the parties that negotiate the climate accords, an act of grade 2 (diplomatic): one
more piece must place it, talks in the context (the headline's COP) or a field word. "COP" alone stays a
field word; a verdict on its course in a report about it ("quelques avancées") is a reaction to talks.

Tables of (sentence, context, expected narrower concept) written for these tests; ``NOT`` rows must
give no negotiation at all.

The rule (lexicon acts "COP26" … "COP30", "COP 26" … "COP 30", grade 2, diplomatic) was measured and
REVERTED: the check half and neg2022held unchanged, no fresh change (lines 5,001-6,000 hold no COP); the read
half gained as33-S07 (R 45/79 -> 46/79) and one false tag (ae24 "le groupe profite de la COP27 pour faire du
lobbying"). Its found rows are strict xfails; the ``NOT`` rows hold with or without it.
"""

from __future__ import annotations

import pytest
from negotiation_rows import check_found, check_not
from negotiation_rows import open_row as _open

DIPLOMATIC = "diplomatic_negotiation"
REVERTED = "a COP's session is no act of the lexicon (rule reverted: no check-half or fresh gain)"
SUMMIT = "COP27 : les pays du Sud réclament des fonds pour les pertes et dommages."

FOUND = [
    # a proposal made at the COP: found with or without the rule ("propose" and the headline's talks)
    ("La présidence égyptienne de la COP27 propose un fonds pour les pays vulnérables.", SUMMIT, DIPLOMATIC),
    # found with the rule only: strict xfails
    _open(
        "Il y a eu quelques avancées, mais pas de grand soir, juge la correspondante.",
        SUMMIT,
        DIPLOMATIC,
        REVERTED,
    ),
    _open(
        "« À la COP 28, il faudra sortir du charbon », estime le ministre.",
        "La COP 28 s'ouvre jeudi à Dubaï.",
        DIPLOMATIC,
        REVERTED,
    ),
]

NOT = [
    # a COP named with nothing to place it, or no COP at all
    ("La COP27 s'est ouverte dimanche, rappelle le présentateur.", ""),
    (
        "Il y a eu quelques avancées, mais pas de grand soir, juge l'entraîneur.",
        "Le club a terminé deuxième.",
    ),
    ("Les militants du climat ont manifesté devant la mairie, dit la police.", "La COP débute en Égypte."),
]


@pytest.mark.parametrize(("text", "context", "concept"), FOUND)
def test_found(text: str, context: str, concept: str) -> None:
    check_found(text, context, concept)


@pytest.mark.parametrize(("text", "context"), NOT)
def test_not(text: str, context: str) -> None:
    check_not(text, context)
