"""Event types, round 41 (evt41t, issue 17): evacuations of people told without the people noun the
rows of ``évacuer`` / ``évacuation`` asked for. The read half's census of gold events with no event of
their type (``benchmarks/event_type_misses.py``; benchmarks/results/event_types_evt41t.txt) finds the
evacuation the largest family of the "rows" and "other type" classes outside topics (weather, tests,
prices): the people evacuated named by a quantifier ("tout le monde a été évacué"), the wounded or the
dead as passive subject, a people noun the participle qualifies, a possessive standing for them ("leur
évacuation"). Sentences written for these tests; each follows a neutral lead sentence, as in
``test_event_lexicon_r39``. Rows: (sentence, type, actor, place) as in
``test_event_constructions.check_row``; negatives: (sentence, type), the same words evacuating water,
smoke, waste or a topic, and troops (a withdrawal, not a rescue)."""

from __future__ import annotations

import pytest
from test_event_constructions import check_row, no_event

LEAD = "Le journal régional du soir, présenté par notre équipe."
"""A lead sentence that names no happening (the summary ends at ".X", the corpus's own join)."""


def xfail(*row, reason: str):
    return pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=reason))


EVACUATED = [  # évacuer: a quantifier, the wounded or the dead as passive subject; a participle
    ("Tout le monde a été évacué avant l'arrivée des flammes.", "rescue", None, None),
    ("Chacun a été évacué dans le calme.", "rescue", None, None),
    ("Les morts et les blessés ont été évacués dans la matinée.", "rescue", None, None),
    ("Les rescapés ont été évacués par bateau.", "rescue", None, None),
    ("Les riverains évacués dimanche n'ont pas encore regagné leur domicile.", "rescue", None, None),
    ("Les voyageurs évacués après deux heures d'attente ont pu reprendre la route.", "rescue", None, None),
    xfail(
        "Les voyageurs, évacués après deux heures d'attente, ont pu reprendre la route.",
        "rescue",
        None,
        None,
        reason="the participle set off by commas is parsed apart from its noun (no subject to read)",
    ),
    # évacuation: a possessive standing for the people
    ("Leur évacuation a pris toute la nuit.", "rescue", None, None),
    ("Son évacuation vers l'hôpital de Lyon a été décidée dans la nuit.", "rescue", None, "lyon"),
    xfail(
        "L'évacuation est impossible tant que la ville reste encerclée.",
        "rescue",
        None,
        None,
        reason="a bare definite noun: nothing in the sentence says people are evacuated",
    ),
]

NOT_EVACUATED = [  # the same words for water, smoke, waste, a topic; troops withdraw
    ("Les fumées sont évacuées par la cheminée.", "rescue"),
    ("Les eaux usées sont évacuées par une canalisation.", "rescue"),
    ("Les déchets évacués par camion finissent dans une décharge.", "rescue"),
    ("Le sujet a été évacué en quelques minutes par le ministre.", "rescue"),
    ("Le système assure l'évacuation de leurs eaux usées.", "rescue"),
    ("Son évacuation des déchets pose problème.", "rescue"),
    ("Les soldats ont été évacués du front.", "rescue"),
]


@pytest.mark.parametrize(("sentence", "type_", "actor", "place"), EVACUATED)
def test_event_word(nlp, sentence, type_, actor, place):
    check_row(nlp, LEAD + sentence, type_, actor, place)


@pytest.mark.parametrize(("sentence", "type_"), NOT_EVACUATED)
def test_other_sense(nlp, sentence, type_):
    no_event(nlp, LEAD + sentence, type_)
