"""A correspondent's quote that relays what others say (round 36, issue 14), in reports of our own.

The convention of the development gold (``/work/shared/eval/README.md``): what a correspondent
relays of someone else's words is the original speaker's statement only (reported, not direct),
and every claim the correspondent makes in her own name in the same quote stays hers: the sentences
before and after the relaying one, and a main clause after the relayed words in the same sentence
("…, mais la ligne tient": a strict xfail while MIN_OWN_WORDS drops its 3 words). A quote that only
relays gives the correspondent nothing.
"""

from __future__ import annotations

import pytest
from speech import check_construction, described, find, statements, xfail

HABITANTS = (
    "« Sur place, les habitants disent qu'ils ont peur. Ils attendent des renforts depuis des jours »,"
    " raconte notre envoyée spéciale."
)
PECHEURS = (
    '"Les pêcheurs disent qu\'ils ne peuvent plus sortir en mer. La saison est perdue", explique notre'
    " correspondante à Boulogne."
)
MEDECINS = (
    "« Les médecins disent que les malades affluent. Le personnel est épuisé. Les lits manquent »,"
    " rapporte notre correspondante à Marseille."
)
CALME = (
    "« La ville est calme ce matin. Les habitants disent qu'ils ont peur. Ils attendent des renforts"
    " depuis des jours », raconte notre envoyée spéciale."
)
SOLDATS = (
    "« Les soldats disent qu'ils manquent de munitions, mais la ligne tient. Les renforts arrivent"
    " demain », rapporte notre correspondant."
)
SELON = (
    "« Selon les habitants, l'eau est coupée depuis lundi. Les camions-citernes n'arrivent pas »,"
    " raconte notre envoyé spécial."
)
FAMILLES = (
    "« Les familles, raconte notre envoyé spécial, disent qu'elles n'ont reçu aucune aide. Elles dorment"
    " dehors depuis trois nuits. »"
)
COLON = (
    "Notre envoyé spécial raconte : « Les soldats disent qu'ils manquent de munitions. Ils tiennent la"
    " ligne malgré tout. »"
)

# (text, speaker name part, content part, direct, speaker type)
CASES = [
    (HABITANTS, "habitants", "ils ont peur", False, "group"),
    (HABITANTS, "envoyée spéciale", "Ils attendent des renforts", True, "anonymous"),
    (PECHEURS, "pêcheurs", "ne peuvent plus sortir en mer", False, "group"),
    (PECHEURS, "correspondante", "La saison est perdue", True, "anonymous"),
    (MEDECINS, "médecins", "les malades affluent", False, "group"),
    (MEDECINS, "correspondante", "Le personnel est épuisé. Les lits manquent", True, "anonymous"),
    (CALME, "envoyée spéciale", "La ville est calme ce matin", True, "anonymous"),
    (CALME, "envoyée spéciale", "Ils attendent des renforts", True, "anonymous"),
    (SOLDATS, "soldats", "ils manquent de munitions", False, "group"),
    xfail(
        SOLDATS,
        "correspondant",
        "la ligne tient",
        True,
        "anonymous",
        reason="own clause of 3 words after the relayed words: under MIN_OWN_WORDS (fix 387e748c reverted:"
        " no change on the check half, the read half or 937 fresh reports)",
    ),
    (SOLDATS, "correspondant", "Les renforts arrivent demain", True, "anonymous"),
    (SELON, "habitants", "l'eau est coupée depuis lundi", False, "group"),
    (SELON, "envoyé spécial", "Les camions-citernes n'arrivent pas", True, "anonymous"),
    xfail(
        FAMILLES,
        "familles",
        "elles n'ont reçu aucune aide",
        False,
        "group",
        reason="an incise inside the quote: the relayed speech is not read, the quote stays whole",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "content", "direct", "kind"), CASES)
def test_correspondent_relay_rel36(nlp, text, speaker, content, direct, kind):
    check_construction(nlp, text, speaker, content, direct, kind)


def test_relayed_only_quote_is_the_sources(nlp):
    """A quote that does nothing but relay is the relayed speaker's only (the gold's convention)."""
    text = "« Ici, les habitants affirment que l'eau n'arrive plus depuis lundi », rapporte la journaliste."
    found = statements(nlp, text)
    assert [s.speaker.name for s in find(found, "l'eau n'arrive plus")] == ["habitants"], described(found)
    assert not [s for s in found if "journaliste" in s.speaker.name], described(found)


@pytest.mark.xfail(strict=True, reason="colon frame: the correspondent's quote keeps the relayed sentence")
def test_colon_relay_keeps_only_own_sentence(nlp):
    found = statements(nlp, COLON)
    own = [s for s in found if "envoyé" in s.speaker.name]
    assert [s.content.strip(" .") for s in own] == ["Ils tiennent la ligne malgré tout"], described(found)


@pytest.mark.xfail(strict=True, reason="an incise inside a relaying quote stays in the quote's content")
def test_incise_inside_relay_left_out(nlp):
    found = statements(nlp, FAMILLES)
    own = [s for s in found if "envoyé" in s.speaker.name]
    assert own and not any("raconte" in s.content for s in own), described(found)
