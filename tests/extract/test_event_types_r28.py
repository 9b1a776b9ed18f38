"""Event types of round 28 (evt28), for triggers no lexicon row knew, chosen by how often their class
recurs over all open sets and over unannotated reports: imports and exports (``trade``) and people or
animals taking shelter or put in safety (``take_shelter``); with the other senses of their words
("n'importe quoi", "peu importe", "abriter un musée", "se recueillir", "recueillir des témoignages")
as negatives. Sentences written for these tests. Rows: (sentence, type, actor, place) as in
``test_event_constructions.check_row`` (lowercase substrings; None: not checked); negatives:
(sentence, type)."""

from __future__ import annotations

import pytest
from test_event_constructions import check_row, no_event, xfail

FOUND = [
    # -- imports and exports
    ("La Belgique importe la moitié de son électricité depuis la France.", "trade", "belgique", None),
    ("Le Japon a importé deux millions de tonnes de blé canadien l'an dernier.", "trade", None, None),
    xfail(
        "Le Japon a importé deux millions de tonnes de blé canadien l'an dernier.",
        "trade",
        "japon",
        None,
        reason="a country subject of an economy event is not read as its agent (event roles)",
    ),
    ("Les industriels importent désormais leurs poulets du Brésil.", "trade", "industriels", None),
    ("Presque tout le saumon vendu en rayon est importé de Norvège.", "trade", None, None),
    ("Les fromages du plateau sont exportés vers une trentaine de pays.", "trade", None, None),
    ("La coopérative exporte ses noix jusqu'en Chine.", "trade", None, "chine"),
    ("Les exportations de vin vers les États-Unis ont repris en mars.", "trade", None, None),
    ("Le pays a suspendu ses exportations de riz jusqu'à nouvel ordre.", "trade", "pays", None),
    ("Les importations de gaz liquéfié ont doublé cet hiver.", "trade", None, None),
    ("L'Union européenne va stopper ses importations de charbon russe.", "trade", None, None),
    # -- taking shelter, put in safety, taken in
    ("À Kharkiv, des habitants se terrent dans les caves.", "take_shelter", "habitants", "kharkiv"),
    ("Les employés se sont barricadés dans la mairie.", "take_shelter", "employés", None),
    ("Sous les bombes, les familles s'abritent dans le métro.", "take_shelter", "familles", None),
    ("Les sauveteurs ont mis à l'abri une vingtaine de randonneurs.", "take_shelter", None, None),
    ("Trois mille campeurs ont été mis à l'abri dans des gymnases.", "take_shelter", None, None),
    ("Les chiens abandonnés sont recueillis par une association de Dax.", "take_shelter", None, None),
    ("Un couple de retraités a recueilli une famille de réfugiés syriens.", "take_shelter", "famille", None),
    xfail(
        "Près de mille personnes ont passé la nuit dans les abris anti-aériens.",
        "take_shelter",
        None,
        None,
        reason="a shelter told by the place where people stay, not by a verb of sheltering",
    ),
]

OTHER_SENSES = [
    ("Peu importe le prix, ils veulent partir au soleil.", "trade"),
    ("Il ne faut pas faire n'importe quoi avec les pétards.", "trade"),
    ("N'importe qui peut s'inscrire au concours.", "trade"),
    ("Il importe de rester prudent sur les routes.", "trade"),
    ("Qu'importe la météo, le marché aura lieu.", "trade"),
    ("L'interdiction des importations de fourrure entre en vigueur.", "trade"),
    ("S'attaquer aux exportations russes reste le meilleur moyen de peser.", "trade"),
    ("Les importations représentent 40 % de la consommation du pays.", "trade"),
    ("Près de 30 % des exportations de l'île partent vers le Japon.", "trade"),
    ("Ces prêts servaient surtout à payer leurs importations.", "trade"),
    ("Le carburant importé coûte de plus en plus cher.", "trade"),
    ("En Suisse, 20 % du pétrole importé vient du Nigeria.", "trade"),
    ("Ces fruits sont généralement importés d'Amérique du Sud.", "trade"),
    ("Pour importer des meubles, il faut payer des droits de douane.", "trade"),
    ("Le château abrite un musée de la dentelle.", "take_shelter"),
    ("Les fidèles sont venus se recueillir sur la tombe du poète.", "take_shelter"),
    ("Les enquêteurs ont recueilli le témoignage de la victime.", "take_shelter"),
    ("La candidate a recueilli 23 % des voix.", "take_shelter"),
    ("La pétition a recueilli plus de 3 000 signatures.", "take_shelter"),
    ("Cette prime devait mettre les familles à l'abri du besoin.", "take_shelter"),
    ("Les manifestants ont barricadé la rue principale.", "take_shelter"),
    ("Sa vieille maison barricadée a résisté aux tirs.", "take_shelter"),
    ("Les vaches s'abritent du soleil sous les arbres.", "take_shelter"),
]


@pytest.mark.parametrize("sentence,type_,actor,place", FOUND)
def test_found(nlp, sentence, type_, actor, place):
    check_row(nlp, sentence, type_, actor, place)


@pytest.mark.parametrize("sentence,type_", OTHER_SENSES)
def test_other_senses(nlp, sentence, type_):
    no_event(nlp, sentence, type_)
