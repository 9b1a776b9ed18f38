"""Shortcuts of the extraction's hot spots give the same answers as the long way round."""

from __future__ import annotations

import pytest

from newsgraph.extract.regex_first import literal_words
from newsgraph.extract.timex_rules import has_trigger, rules


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("siècle", ("siècle",)),
        ("trimestre|semestre", ("trimestre", "semestre")),
        (r"(?:lundi|mardi)", ("lundi", "mardi")),
        (r"aujourd'hui|après\-demain|la\ nuit", ("aujourd'hui", "après-demain", "la nuit")),
        (r"nuit\s+du", None),
        ("suivante?", None),
        (r"(?:ce|cet)\s+soir", None),
        ("(lundi)", None),
        (r"\d\d", None),
        ("mois|(?:an|ans)s", None),
        ("", None),
    ],
)
def test_literal_words(pattern: str, expected: tuple[str, ...] | None) -> None:
    assert literal_words(pattern) == expected


SENTENCES = [
    "Le ministre parlera demain, en fin de journée, devant les députés.",
    "Au premier trimestre, les ventes ont reculé ; à l'heure actuelle, rien ne bouge.",
    "La Saint-Valentin tombe un lundi cette année, a rappelé le fleuriste.",
    "Jusqu'à présent, personne n'a revendiqué l'attaque de la nuit dernière.",
    "Il est arrivé la veille, au petit matin, par le train de 6 h 12.",
    "Rien de daté dans cette phrase sur la pêche en mer.",
    "Dans l'après-midi du 14-Juillet, la foule a envahi la place.",
    "Le 3 courant, la veille du scrutin, les jours d'avant avaient été calmes.",
    "La semaine prochaine, dans la nuit du 4 au 5, le ministre reviendra plus tard.",
    "L'an dernier, au petit matin, soir après soir, l'année écoulée.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_trigger_words_agree_with_regex(sentence: str) -> None:
    low = sentence.lower()
    for rule in rules():
        if rule.trigger is not None:
            assert has_trigger(rule, low) == (rule.trigger.search(low) is not None), rule.name
