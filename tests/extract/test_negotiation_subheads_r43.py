"""The negotiation topic, round 43: a subhead that repeats the statement's own words, glued to the
headline in the context with no full stop, is the statement's words, not talks around it
(``negotiation_subheads.without_echo``). A context sentence that only shares its first words with the
statement ("Les négociations ont …") still counts.

Tables of (sentence, context, expected narrower concept) written for these tests; ``NOT`` rows must
give no negotiation at all.
"""

from __future__ import annotations

import pytest
from negotiation_rows import check_found, check_not

from newsgraph.extract.negotiation_subheads import without_echo

DIPLOMATIC = "diplomatic_negotiation"
LABOUR = "labour_negotiation"

NOT = [
    # the subhead repeats a weak act of the sentence: no talks around it
    (
        "Selon le curé, il venait à la messe, il discutait avec les paroissiens et aidait au café.",
        "Il discutait avec les paroissiens Un homme a été interpellé après l'incendie de l'église de Vannes.",
    ),
    (
        "Selon son frère, il s'entretenait avec les élèves après les cours.",
        "Il s'entretenait avec les élèves Un professeur agressé à Lyon.",
    ),
]

FOUND = [
    # the context's own talks are still talks around the sentence
    (
        "Les discussions ont repris jeudi entre les syndicats et la direction, selon un délégué.",
        "Les discussions avaient été rompues la semaine dernière. Grève chez le constructeur automobile.",
        LABOUR,
    ),
    (
        "Le ministre a discuté avec son homologue ukrainien du corridor vers Odessa.",
        "Le ministre a discuté avec son homologue russe Des pourparlers sur les céréales.",
        DIPLOMATIC,
    ),
]

ECHOES = [
    # (context sentence, folded statement, what is left)
    ("Il discutait avec les prêtres Deux blessés.", "il discutait avec les pretres et", "Deux blessés."),
    ("Ils veulent un accord rapide La grève continue.", "ils veulent un accord rapide", "La grève continue."),
    (
        "Les négociations ont repris lundi.",
        "les negociations ont echoue",
        "Les négociations ont repris lundi.",
    ),
    ("Un accord trouvé", "un accord", "Un accord trouvé"),
]


@pytest.mark.parametrize(("text", "context"), NOT)
def test_not(text: str, context: str) -> None:
    check_not(text, context)


@pytest.mark.parametrize(("text", "context", "concept"), FOUND)
def test_found(text: str, context: str, concept: str) -> None:
    check_found(text, context, concept)


@pytest.mark.parametrize(("part", "folded", "left"), ECHOES)
def test_without_echo(part: str, folded: str, left: str) -> None:
    assert without_echo(part, folded) == left
