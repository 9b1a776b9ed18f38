"""The shortcuts of the twenty-second speed round answer as the long way did: ``negotiation_evidence``
with no act, reaction, verdict nor placed field in the sentence answers {} without reading the
context, as the context's reading would have; the stance heads found by one map of the cached test
are those the loop over the words found."""

from __future__ import annotations

import pytest

from newsgraph.extract.negotiation import (
    Zone,
    _outside,
    _placed,
    _reaction,
    _vetoed,
    negotiation_evidence,
    read_zone,
)
from newsgraph.extract.negotiation_lent import lent_claim
from newsgraph.extract.speech_stance import stance_head, stance_heads

SENTENCES = [
    "Selon le ministre, les négociations reprendront lundi à Paris.",
    "Pour la CGT, « c'est inacceptable », a déclaré sa secrétaire générale : pas question de céder.",
    "Le maire, qui parlait à la presse, a annoncé que la route serait rouverte, selon ses services.",
    "SELON l'AFP, Selon Reuters, selon nos informations : trois blessés.",
    "Il pleut.",
    "",
]


def without_act(text: str, context: str) -> dict[str, tuple[str, ...]]:
    """The long way for a sentence with no act: the context read, the veto, then ``_reaction``."""
    here = read_zone(text)
    assert not here.acts
    context = _outside(context, text)
    around = read_zone(context) if context else Zone((), (), ())
    if _vetoed(here, around):
        return {}
    return _reaction(here, around) or lent_claim(text, context)


TALKS = "Les syndicats et le patronat ont repris les négociations salariales chez Renault."
WAR_TALKS = "Kiev et Moscou ont entamé des pourparlers de paix en Turquie."

ROWS = [
    # (sentence, context, the sentence's zone is empty: the shortcut answers)
    ("Il fait beau sur la Côte d'Azur ce week-end.", TALKS, True),
    ("Le prix du carburant a encore augmenté à la pompe.", WAR_TALKS, True),
    ("Les bombardements ont repris dans la nuit.", WAR_TALKS, True),
    ("Le match a été reporté à dimanche.", "", True),
    ("« On n'y croit guère », confie un salarié.", TALKS, False),  # a reaction word: read on
    ("C'est une bonne nouvelle pour les salariés.", TALKS, False),
    ("Les syndicats réclament une hausse des salaires.", TALKS, False),  # a party of the field
    ("Ils réclament 10 % d'augmentation.", TALKS, True),  # a claim whose party the context names
]


@pytest.mark.parametrize(("text", "context", "empty"), ROWS)
def test_negotiation_without_act_answers_as_the_long_way(text: str, context: str, empty: bool) -> None:
    here = read_zone(text)
    if here.acts:
        pytest.skip("an act in the sentence: the shortcut does not apply")
    assert (not (here.reaction or here.verdict or _placed(here.field_weight()))) is empty
    assert negotiation_evidence(text, context) == without_act(text, context)


@pytest.mark.parametrize("text", [*SENTENCES, "Le gouvernement reconnaît que la réforme a échoué, admet-il."])
def test_stance_heads_are_the_walk(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    walk = [(t.i, h) for t in doc if (h := stance_head(t.lemma_, t.text)) is not None]
    assert [(t.i, h) for t, h in stance_heads(doc)] == walk
