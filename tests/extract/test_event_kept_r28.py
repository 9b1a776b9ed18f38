"""Known trigger words whose event was dropped, round 28 (evd28): kept, with their modality.

Some rows of the trigger lexicon veto a governing verb ("!^attendre", "!^pouvoir") so that a happening
only expected or possible is not told as a fact. Where the modality rules read the construction
themselves, the veto dropped an event that issue 17 wants kept and marked: an event noun expected or
planned ("le verdict est attendu le 29 juin", "la décision attendue mercredi") is kept as ``future``;
a verb under "devoir" or "pouvoir" in the past indicative ("a dû être relogée") tells what was done,
``asserted``. The vetoes still hold where the modality rules do not answer them: the conditional
or the present of a modal ("pourrait", "va devoir"), a long wait that may be over ("tant
attendue"), a verb of expecting that takes the noun as its object. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from test_event_constructions import events_of


def xfail(*row, reason: str):
    return pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=reason))


# (sentence, type kept, its modality)
KEPT = [
    ("Le verdict est attendu le 12 mars à Rennes.", "court_ruling", "future"),
    ("Un verdict attendu pour vendredi, après trois semaines d'audience.", "court_ruling", "future"),
    ("La décision du tribunal est attendue dans quinze jours.", "court_ruling", "future"),
    ("Le jugement de la cour d'appel est attendu en septembre.", "court_ruling", "future"),
    ("Une hausse des salaires est attendue en janvier.", "indicator_change", "future"),
    ("La réouverture du musée est attendue pour le printemps.", "launch", "future"),
    ("Une grève est prévue sur la ligne B dans la soirée.", "strike_or_boycott", "future"),
    ("Un mouvement de grève est prévu dans la soirée.", "strike_or_boycott", "future"),
    ("Une famille de cinq personnes a dû être relogée.", "provide_humanitarian_aid", "asserted"),
    ("Les sinistrés ont pu être relogés par la mairie dès lundi.", "provide_humanitarian_aid", "asserted"),
    xfail(
        "On attend le verdict pour jeudi.",
        "court_ruling",
        "future",
        reason="the noun as the object of 'attendre' keeps the veto: its modality is not read yet",
    ),
]


@pytest.mark.parametrize(("sentence", "type_", "modality"), KEPT)
def test_kept_with_modality(nlp, sentence, type_, modality):
    found = [e for e in events_of(nlp, sentence) if e.type == type_]
    assert found, [(e.type, e.trigger) for e in events_of(nlp, sentence)]
    assert found[0].modality == modality


# (sentence, type that must stay dropped: the modal veto holds)
DROPPED = [
    ("La famille va devoir être relogée dans les prochains jours.", "provide_humanitarian_aid"),
    ("Ce magasin pourrait fermer ses portes.", "closure"),
    ("Ils espèrent le retour des touristes cet été.", "tourism_season"),
]


@pytest.mark.parametrize(("sentence", "type_"), DROPPED)
def test_still_dropped(nlp, sentence, type_):
    assert all(e.type != type_ for e in events_of(nlp, sentence))


# (sentence, type that must not be marked future: a long wait, a past expectation, a person expected)
NOT_AHEAD = [
    ("La hausse tant attendue des salaires a enfin été votée.", "indicator_change"),
    ("La visite du président à Berlin était attendue depuis des semaines.", "visit"),
    ("Le nouveau ministre est attendu sur de nombreux dossiers.", "appoint"),
]


@pytest.mark.parametrize(("sentence", "type_"), NOT_AHEAD)
def test_not_future(nlp, sentence, type_):
    assert all(e.type != type_ or e.modality != "future" for e in events_of(nlp, sentence))
