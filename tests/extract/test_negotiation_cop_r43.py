"""The negotiation topic, round 43: a climate conference named by its session ("la COP27", "COP 28") is
the conference of the parties that negotiate the climate accords, an act of grade 2 (diplomatic): one
more piece must place it, talks in the context (the headline's COP) or a field word. "COP" alone stays a
field word; a verdict on its course in a report about it ("quelques avancées") is a reaction to talks.

Tables of (sentence, context, expected narrower concept) written for these tests; ``NOT`` rows must
give no negotiation at all.
"""

from __future__ import annotations

import pytest
from negotiation_rows import check_found, check_not

DIPLOMATIC = "diplomatic_negotiation"
SUMMIT = "COP27 : les pays du Sud réclament des fonds pour les pertes et dommages."

FOUND = [
    ("La présidence égyptienne de la COP27 propose un fonds pour les pays vulnérables.", SUMMIT, DIPLOMATIC),
    ("Il y a eu quelques avancées, mais pas de grand soir, juge la correspondante.", SUMMIT, DIPLOMATIC),
    (
        "« À la COP 28, il faudra sortir du charbon », estime le ministre.",
        "La COP 28 s'ouvre jeudi à Dubaï.",
        DIPLOMATIC,
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
