"""The conditional told by its form where the tagger calls it an imperfect, and the "au cas où"
clause: an event in the conditional of a main clause is reported (alleged), in an "au cas où" /
"dans le cas où" clause hypothetical; an imperfect stays asserted. Sentences written for these tests;
rows (sentence, type, modality) and a table of verb forms for ``verb_mood.future_stems``."""

from __future__ import annotations

import pytest
from test_event_constructions import check_modality

from newsgraph.extract.verb_mood import future_stems

MOODS = [
    ("Moscou attaquerait la Moldavie, selon des sources militaires.", "attack", "reported"),
    ("Les troupes prendraient la ville dans la nuit, d'après l'état-major.", "capture", "reported"),
    ("Dans le cas où Moscou attaquerait la Moldavie, l'OTAN réagirait.", "attack", "hypothetical"),
    (
        "Au cas où les manifestants envahiraient la place, la police interviendrait.",
        "obstruct",
        "hypothetical",
    ),
    ("Le palais a tout prévu dans le cas où la reine s'éteindrait.", "death", "hypothetical"),
    # the imperfect, on the present's stem, stays a fact
    ("Le ministre déclarait mardi que l'armée attaquait la ville.", "attack", "asserted"),
    ("La police a arrêté un homme qui courait dans la rue.", "arrest", "asserted"),
    ("Chaque nuit, les soldats bombardaient la ville.", "shell", "asserted"),
    ("Les manifestants bloquaient le dépôt depuis lundi.", "obstruct", "asserted"),
]


@pytest.mark.parametrize(("sentence", "type_", "mode"), MOODS)
def test_mood_of_the_event(nlp, sentence, type_, mode):
    check_modality(nlp, sentence, type_, mode)


@pytest.mark.parametrize(
    ("infinitive", "stem", "imperfect"),
    [
        ("attaquer", "attaquer", "attaqu"),
        ("prendre", "prendr", "pren"),
        ("intervenir", "interviendr", "interven"),
        ("recevoir", "recevr", "recev"),
        ("avoir", "aur", "av"),
        ("envoyer", "enverr", "envoy"),
    ],
)
def test_future_stems(infinitive, stem, imperfect):
    stems = future_stems(infinitive)
    assert stem in stems and imperfect not in stems
