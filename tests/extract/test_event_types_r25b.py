"""Event types of round 25b (evt25b), by construction, from sentences written for these tests:

- a noun trigger qualified by the participle of the verb it would hang on reads as that verb's
  object: "une enquête ouverte par le parquet" as "ouvrir une enquête", "le rapport rendu par" as
  "rendre un rapport"; a row's "!^x" veto holds the same way ("le gel réclamé par");
- "venir de" (the recent past) passes its subject to its infinitive: "une étude vient de montrer";
- a team that meets another ("l'équipe de France affronte la Tunisie"): a match;
- a "par X" the parser hung on the noun's first "de X" is the noun's agent ("l'encerclement de
  Kiev par les Russes");
- false events read on fresh reports: a fire attacked by firefighters (their work on it, no attack),
  an "angle d'attaque" (a line of argument);
- false assertions read on fresh reports: a noun event object of a verb in the future is future
  ("toucheront une revalorisation"), also where the tagger calls the future a present
  ("organiseront", "signeront") or a past ("affronteront"); not under a verb of memory
  ("n'oublieront jamais l'attentat").
"""

from __future__ import annotations

import pytest
from test_event_constructions import check, check_modality, no_event, of_type, xfail

FOUND = [
    ("L'enquête ouverte par le parquet de Lille avance lentement.", "investigate"),
    ("Deux enquêtes ordonnées par la ministre sont toujours en cours.", "investigate"),
    ("Les enquêtes ouvertes après le drame piétinent.", "investigate"),
    ("Le rapport rendu mardi par la Cour des comptes est sévère.", "report_release"),
    ("Une étude vient de montrer les effets du sucre sur le cerveau.", "report_release"),
    ("Des fraudes sont épinglées dans une enquête de l'association.", "investigate"),
    ("Dès lundi, les bombardiers d'eau ont attaqué le feu par le nord.", "emergency_response"),
    ("Les pompiers s'attaquent aux flammes depuis l'aube.", "emergency_response"),
    ("Les rebelles ont attaqué le village à l'aube.", "attack"),
    ("L'équipe de France de rugby affronte l'Irlande samedi soir.", "sport_competition"),
    ("Lyon affronte Lens en huitième de finale de la coupe.", "sport_competition"),
]


@pytest.mark.parametrize(("sentence", "type_"), FOUND)
def test_the_construction_gives_its_type(nlp, sentence, type_):
    of_type(nlp, sentence, type_)


OTHER_SENSES = [
    ("Le gel des loyers, réclamé par les locataires, n'est pas à l'ordre du jour.", "policy_measure"),
    xfail(
        "Le gel des loyers réclamé par les locataires n'est pas à l'ordre du jour.",
        "policy_measure",
        reason="the parser hangs the participle on the complement (loyers), though it agrees with gel",
    ),
    ("Une enquête d'opinion publiée hier place le maire en tête.", "investigate"),
    ("L'enquête du journal télévisé a été regardée par des millions de gens.", "investigate"),
    ("Dès lundi, les bombardiers d'eau ont attaqué le feu par le nord.", "attack"),
    ("Elle peaufine ses angles d'attaque sur le bilan du président.", "attack"),
    ("Les deux candidats s'affrontent ce soir lors d'un débat télévisé.", "sport_competition"),
    ("Les éleveurs affrontent une nouvelle sécheresse.", "sport_competition"),
]


@pytest.mark.parametrize(("sentence", "type_"), OTHER_SENSES)
def test_other_senses_give_no_event(nlp, sentence, type_):
    no_event(nlp, sentence, type_)


def test_a_by_phrase_hung_on_the_complement_is_the_agent(nlp):
    check(nlp, "L'encerclement de Kiev par les Russes dure depuis un mois.", "blockade", "russes", None, None)


# not in the lead: event_main's rows read the lead's heads only, the trigger rows any sentence
LEAD = "Il fait beau ce matin. Les habitants attendent. "
MODALITY = [
    (LEAD + "Les retraités toucheront une revalorisation de leurs pensions.", "policy_measure", "future"),
    (LEAD + "Les salariés toucheront une prime de 600 euros.", "payment", "future"),
    (LEAD + "Les syndicats organiseront une manifestation jeudi.", "demonstrate", "future"),
    ("Les ministres signeront un accord à Genève.", "sign", "future"),
    (LEAD + "Les Bleus affronteront l'Argentine dimanche en finale.", "sport_competition", "future"),
    (LEAD + "Les salariés ont touché une prime de 600 euros.", "payment", "asserted"),
    (LEAD + "Les syndicats organisent une manifestation jeudi.", "demonstrate", "asserted"),
    (LEAD + "Les Français n'oublieront jamais l'attentat du Bataclan.", "terror_attack", "asserted"),
    (LEAD + "Les élèves raconteront l'incendie de leur école.", "fire", "asserted"),
]


@pytest.mark.parametrize(("sentence", "type_", "modality"), MODALITY)
def test_the_tense_of_the_verb_dates_its_object(nlp, sentence, type_, modality):
    check_modality(nlp, sentence, type_, modality)
