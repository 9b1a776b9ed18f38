"""Collective speakers placed by a side phrase before "on" (round 44, col44; issue 14).

French reporting gives the word to a body or a camp with a fronted side phrase and an impersonal
"on": "Côté syndicats, on dénonce …", "Au sein du gouvernement, on estime …", "Dans les rangs de
l'opposition, on …", "Dans le camp présidentiel, on …", "Côté russe, on affirme …" (a nationality
adjective stands for its state). The body or camp the phrase names speaks (``speaker_sides``), and a
bare "Côté" the parser took for the subject is never the speaker (``speech_subjects.side_noun``).

Every sentence here was written for these tests (none is taken from an evaluation text or from the
corpus). A row is (id, text, speaker part, content part, speaker type): exactly one statement holds
the content part, said by a speaker whose name holds the speaker part, of that type.
"""

from __future__ import annotations

import pytest
from speech import check_not_said_by, check_speaker_row, described, statements

ROWS = [
    (
        "cote-bare-noun",
        "Côté syndicats, on dénonce une réforme brutale.",
        "syndicats",
        "une réforme brutale",
        "organization",
    ),
    (
        "cote-parsed-as-subject",
        "Côté gouvernement, on affirme que les loyers seront gelés.",
        "gouvernement",
        "les loyers seront gelés",
        "organization",
    ),
    (
        "cote-institution-name",
        "Côté Élysée, on explique que le président ne se déplacera pas.",
        "Élysée",
        "le président ne se déplacera pas",
        "organization",
    ),
    (
        "cote-nationality",
        "Côté russe, on affirme que la ville est encerclée.",
        "Russie",
        "la ville est encerclée",
        "gpe",
    ),
    (
        "du-cote-nationality",
        "Du côté ukrainien, on assure que la contre-offensive progresse.",
        "Ukraine",
        "la contre-offensive progresse",
        "gpe",
    ),
    (
        "au-sein-de",
        "Au sein de l'entreprise, on explique que les commandes ont chuté.",
        "entreprise",
        "les commandes ont chuté",
        "organization",
    ),
    (
        "dans-les-rangs-de",
        "Dans les rangs de l'opposition, on dénonce un passage en force.",
        "opposition",
        "un passage en force",
        "organization",
    ),
    (
        "dans-les-rangs-people",
        "Dans les rangs des policiers, on réclame davantage de moyens.",
        "policiers",
        "davantage de moyens",
        "group",
    ),
    (
        "dans-le-camp-adjective",
        "Dans le camp présidentiel, on estime que la victoire est acquise.",
        "camp présidentiel",
        "la victoire est acquise",
        "organization",
    ),
    (
        "side-inside-relayed-quote",
        "« Côté syndicats, on prévient que la grève sera reconduite », rapporte la journaliste Anne Roux.",
        "syndicats",
        "la grève sera reconduite",
        "organization",
    ),
]


@pytest.mark.parametrize(
    ("text", "speaker", "content", "kind"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS]
)
def test_side_phrase_speaks(nlp, text, speaker, content, kind):
    check_speaker_row(nlp, text, speaker, content, kind)


def test_au_sein_names_the_body_not_the_phrase(nlp):
    """ "Au sein du gouvernement, on …": the government speaks, not a "sein du gouvernement"."""
    text = "Au sein du gouvernement, on estime que la réforme est nécessaire."
    check_speaker_row(nlp, text, "gouvernement", "la réforme est nécessaire", "organization", whole_name=True)
    check_not_said_by(nlp, text, "sein", "la réforme est nécessaire")


@pytest.mark.parametrize(
    "text",
    [
        "À côté de la gare, on trouve un petit café.",  # a place beside something: no side
        "Côté prix, on constate une hausse de dix pour cent.",  # a topic, no one speaks
    ],
)
def test_no_side_speaker(nlp, text):
    assert statements(nlp, text) == [], described(statements(nlp, text))
