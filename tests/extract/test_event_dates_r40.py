"""When an event happened, round 40 (issue 17). A participle or an infinitive coordinated with an
earlier one whose auxiliary and subject it shares ("ils ont pillé le musée et saccagé les vitrines")
tells an act of the same time: the time said as a circumstance of the earlier verb should date it,
also where the parse hangs that time on the earlier verb's object ("ont arrêté un homme en 2019")
(a rule tried and reverted: those rows are strict xfails). Not a time of a "de X" phrase of a noun
("l'auteur de l'agression de 2019"), nor one of a participle on the subject ("Les gendarmes,
arrivés lundi,"), nor the bound of a stretch ("jusqu'au 3 mars"); not a conjunct with an auxiliary
of its own ("et a été libéré"), nor a participle the parse hangs on an infinitive ("ont tenté de
franchir la frontière en janvier et fui"). A time phrase that opens a sentence the text runs into
the heading before it, with no full stop ("Mobilisation des enseignants Mardi 12 mars, les
syndicats ont déclenché une grève") dates the clause after its comma, as a fronted time does; not
an event in a relative clause in the pluperfect under a noun, nor after a stretch's bound
("Jusqu'au 3 mars"). Sentences written for these tests; the publication day is Thursday 14 March
2024. Rows: (text, trigger, date prefix, or "!" and a date prefix the event must not have)."""

from __future__ import annotations

import pytest
from test_event_constructions import xfail
from test_event_dates_r33 import assert_dated

REVERTED = (
    "the coordinated-verb rule of round 40 was reverted: check half unchanged and no change in 748 fresh"
    " reports, short of the evidence the protocol asks"
)

CONJUNCT = [
    # the later conjunct shares the earlier verb's auxiliary, subject and time
    xfail(
        "Il y a un mois, des voleurs ont pillé le musée et saccagé les vitrines.",
        "saccagé",
        "2024-02",
        reason=REVERTED,
    ),
    xfail(
        "Le suspect a été interpellé le 3 mars et placé en garde à vue.",
        "garde à vue",
        "2024-03-03",
        reason=REVERTED,
    ),
    xfail("Les policiers ont arrêté un homme en 2019 et saisi des armes.", "saisi", "2019", reason=REVERTED),
    xfail("Il a été arrêté en 2020 et condamné à deux ans de prison.", "condamné", "2020", reason=REVERTED),
    xfail(
        "Les secouristes ont sorti trois blessés des décombres mardi et évacué les habitants.",
        "évacué",
        "2024-03-12",
        reason="the parse hangs 'mardi' on 'décombres', two nouns below the verb",
    ),
    # negative twins: a noun's "de X", a participle on the subject, a stretch's bound
    ("Les policiers ont arrêté l'auteur de l'agression de 2019 et saisi des armes.", "saisi", "!2019"),
    ("Les gendarmes, arrivés lundi, ont interpellé le suspect et saisi ses armes.", "saisi", "!2024-03-11"),
    (
        "Les manifestants ont incendié des voitures jusqu'au 3 mars et pillé des commerces.",
        "pillé",
        "!2024-03-03",
    ),
    # an auxiliary of its own; a participle hung on an infinitive
    ("Le prévenu a été arrêté en 2019 et a été libéré sous contrôle judiciaire.", "libéré", "!2019"),
    ("Les soldats ont tenté de franchir la frontière en janvier et fui vers le nord.", "fui", "!2024-01"),
]

GLUED = [
    # a heading run into the sentence: its time phrase dates the clause after the comma
    (
        "Mobilisation des enseignants Mardi 12 mars, les syndicats ont déclenché une grève.",
        "grève",
        "2024-03-12",
    ),
    (
        "Les prix de l'énergie explosent En février, la consommation des ménages a baissé de 2 %.",
        "baissé",
        "2024-02",
    ),
    # already so when the parser cuts the sentence there
    ("Un quartier sous le choc Dimanche 10 mars, un incendie a ravagé un immeuble.", "ravagé", "2024-03-10"),
    # negative twins: a relative in the pluperfect under a noun, a stretch's bound
    (
        "Un bilan lourd Lundi 11 mars, les secours ont retrouvé les victimes de l'incendie qui avait"
        " ravagé l'immeuble.",
        "incendie",
        "!2024-03-11",
    ),
    ("Un hiver rigoureux Jusqu'au 3 mars, la neige a bloqué les routes du massif.", "bloqué", "!2024-03-03"),
]


@pytest.mark.parametrize(("text", "trigger", "day"), CONJUNCT + GLUED)
def test_event_date_r40(nlp, text: str, trigger: str, day: str) -> None:
    assert_dated(nlp, text, trigger, day)
