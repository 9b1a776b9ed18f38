"""The rule table of time expressions: templates filled from time_fr.json, triggers beside patterns."""

from __future__ import annotations

import pytest

from newsgraph.extract.timex_calendar import lexicon
from newsgraph.extract.timex_rules import TABLE, active_rules, fill, rules

# Sentences written for these tests, each with the rule that must read the expression.
SAMPLES = [
    ("decade", "Dans les années 1990, la ville a grandi."),
    ("rate", "La pharmacie est ouverte 24h/24."),
    ("century", "Le château date du XVIe siècle."),
    ("set", "Le marché se tient tous les samedis."),
    ("habitual", "La boutique ouvre du lundi au samedi."),
    ("date", "Il est arrivé le 24 février 2022."),
    ("daylist", "Les élections auront lieu les 6 et 13 avril."),
    ("numeric", "Le décret du 10/10/2022 est paru."),
    ("night", "Dans la nuit de samedi à dimanche, il a plu."),
    ("weekday", "Il a parlé mardi soir."),
    ("deictic", "Le ministre parlera demain matin."),
    ("this", "Le conseil se réunit cette semaine."),
    ("relative", "Le prix a baissé le mois dernier."),
    ("offset", "Le pont a rouvert il y a deux semaines."),
    ("vague", "Le pont a rouvert il y a quelques semaines."),
    ("recent", "Le trafic a doublé ces dernières années."),
    ("month", "La loi entre en vigueur en mars 2023."),
    ("year", "Le traité date de 1997."),
    ("nextday", "Le lendemain, la route était fermée."),
    ("unitedge", "Le chantier finira en fin de semaine."),
    ("season", "La station a fermé l'hiver dernier."),
    ("quarter", "Les ventes ont baissé au premier trimestre."),
    ("holiday", "Les magasins ferment à Noël."),
    ("present", "Le pont est désormais fermé."),
    ("sameday", "Il a signé le jour même."),
    ("weekdaynumber", "Le vote a eu lieu le mardi 7."),
    ("daynumber", "Il est arrivé le 3 au soir."),
    ("storypart", "Samedi, le maire est arrivé. Le soir, il a dîné en ville."),
    ("daycurrent", "La séance du 12 courant a été levée."),
    ("nightnumbers", "Les heurts ont eu lieu dans la nuit du 10 au 11."),
    ("daypart", "Le feu a pris en fin d'après-midi."),
    ("shortyear", "La digue a cédé en 98."),
    ("offsetfrom", "Il est arrivé lundi ; trois jours plus tard, il repartait."),
    ("neighbour", "Le club a été créé en 2015 et promu l'année suivante."),
    ("that", "Ce jour-là, la ville était calme."),
    ("eve", "La veille du scrutin, les candidats se sont tus."),
    ("schoolstart", "Les cantines seront gratuites à la rentrée."),
    ("boundday", "Le musée restera fermé jusqu'au 25."),
    ("newyear", "Le maire a présenté ses vœux pour la nouvelle année."),
    ("clock", "La séance commence à 14 h 30."),
    ("wordclock", "Le train part à six heures et quart."),
    ("duration", "Les travaux ont duré pendant trois ans."),
]


def test_every_rule_has_a_sample():
    assert [name for name, _ in SAMPLES] == [spec.name for spec in TABLE]


@pytest.mark.parametrize(("name", "sentence"), SAMPLES)
def test_the_rule_matches_and_its_trigger_is_present(name, sentence):
    rule = next(r for r in rules() if r.name == name)
    match = rule.regex.search(sentence)
    assert match is not None, f"{name} does not match {sentence!r}"
    # the trigger stands in the text from the match on
    # (a look-ahead, as in "les 6 et 13 avril", reads further)
    assert rule.trigger is not None and rule.trigger.search(sentence.lower(), match.start())
    assert rule in active_rules(sentence)


def test_one_word_day_parts_come_from_the_lexicon():
    parts = fill("{DAY_WORDS}").replace("\\", "").split("|")
    assert set(parts) == {p for p in lexicon()["day_parts"] if " " not in p}
    assert "après-midi" in parts


def test_relative_units_leave_out_the_demonstrative_forms():
    assert "mois-ci" in fill("{THIS_UNITS}").replace("\\", "")
    assert "mois-ci" not in fill("{RELATIVE_UNITS}").replace("\\", "")
