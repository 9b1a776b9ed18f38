"""An event named only as what a party to it is party to: "le suspect de la fusillade", "l'auteur
de l'agression", "les rescapés du naufrage" — the event, definite, took place; a bare noun that
qualifies another noun is otherwise no event ("la guerre des sanctions"), and a party to a kind of
act, with no article, names no one event ("les victimes de fusillades de masse"). Sentences written
for these tests. Rows: (sentence, type, actor, place) as in ``test_event_constructions.check_row``;
negatives: (sentence, type)."""

from __future__ import annotations

import pytest
from test_event_constructions import check_row, no_event

ROWS = [
    ("La garde à vue du suspect de la fusillade a été prolongée mardi.", "shooting", None, None),
    ("Le procès du tireur de la fusillade s'ouvre lundi.", "shooting", None, None),
    ("Les proches des otages de l'attaque attendent des nouvelles.", "attack", None, None),
]

NOT_ONE_EVENT = [
    ("Les victimes de fusillades de masse réclament une loi plus stricte.", "shooting"),  # round 24
    ("Le suspect de vol a été relâché faute de preuves.", "theft"),
    ("Les témoins de mariage signent le registre.", "marriage"),
]


@pytest.mark.parametrize(("sentence", "type_", "actor", "place"), ROWS)
def test_party_names_its_event(nlp, sentence, type_, actor, place):
    check_row(nlp, sentence, type_, actor, place)


@pytest.mark.parametrize(("sentence", "type_"), NOT_ONE_EVENT)
def test_party_to_a_kind_names_no_event(nlp, sentence, type_):
    no_event(nlp, sentence, type_)
