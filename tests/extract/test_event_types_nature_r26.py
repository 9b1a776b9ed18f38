"""Event types of round 26 (evn26): weather, fire, disease and accidents told by constructions of
their own, from sentences written for these tests:

- weather matter told by its presence ("il y a du verglas") or its quantity, the unit or the
  quantity heading the bare matter ("une couche de neige", "dix centimètres de neige", "la grande
  quantité de neige"), named with it as the trigger;
- impersonal weather verbs ("il a plu 80 millimètres") and the earth that shakes ("la terre a
  tremblé");
- a disease as the subject of a verb of reaching or striking ("la grippe touche toutes les
  régions"), also where the tagger left the present as its own lemma ("la bronchiolite frappe");
- the object of a verb with an adverbial of repetition is a kind of event, not one ("chaque
  hiver, la grippe fait des milliers de morts", "il y a souvent du verglas");
- a public figure's death told with their role ("la mort de la reine", "le décès du chanteur");
- hail and storms as the agent of a passive of damage ("hachées par la grêle"); snow as the
  subject of a relative present left as its own lemma ("la neige qui tombe");
- a storm told by its passage ("le passage d'un cyclone"), a fire by what it surrounds ("cernés
  par les flammes");
- idioms of fire and accidents: "a pris feu", "a fini sa course dans un fossé" (a vehicle),
  "a raté son atterrissage", "est tombé dans un ravin", "est sortie de la route".

Other senses give no event: a ball or a missile that ends its course, "plaire" ("le film lui a
plu"), a fear that makes one tremble, a lack of snow, snow that would be needed, figures of unrest
("un incendie social", "un séisme politique", "la polémique a pris feu").
"""

from __future__ import annotations

import pytest
from test_event_constructions import check_modality, no_event, of_type, xfail

FOUND = [
    ("Il y a du verglas sur les routes de la Manche ce matin.", "snow_and_cold"),
    ("Il y a beaucoup de verglas dans les Ardennes.", "snow_and_cold"),
    ("Une épaisse couche de neige recouvre le Jura depuis lundi.", "snow_and_cold"),
    ("Les conducteurs ont été surpris par la grande quantité de neige tombée sur Caen.", "snow_and_cold"),
    ("Quinze centimètres de neige ont paralysé la ville de Clermont-Ferrand.", "snow_and_cold"),
    ("Il a plu 120 millimètres en trois heures à Montpellier.", "flood"),
    ("La terre a tremblé dans les Pyrénées-Atlantiques dans la nuit.", "earthquake"),
    ("Le sol a tremblé pendant dix secondes à Strasbourg.", "earthquake"),
    ("La grippe touche désormais toutes les régions de métropole.", "epidemic"),
    ("La rougeole sévit dans plusieurs écoles de la ville.", "epidemic"),
    ("Le choléra frappe de nouveau le pays.", "epidemic"),
    ("Une grange a pris feu dans la nuit de samedi à dimanche.", "fire"),
    ("Le véhicule a pris feu sur le parking du supermarché.", "fire"),
    ("La camionnette a fini sa course dans un fossé.", "accident"),
    ("Un avion de tourisme a raté son atterrissage à l'aérodrome de Cannes.", "accident"),
    ("Un autocar est tombé dans un ravin au Pérou.", "accident"),
    ("La voiture est sortie de la route dans un virage.", "accident"),
    ("La bronchiolite frappe les nourrissons en Bretagne.", "epidemic"),
    ("La mort de la reine a plongé le pays dans le deuil.", "death"),
    ("Le décès du chanteur a été annoncé par sa famille.", "death"),
    ("La région a été dévastée par le passage d'un cyclone.", "storm"),
    ("Les habitants des hameaux cernés par les flammes ont été évacués.", "fire"),
    ("Les vignes ont été hachées par la grêle en quelques minutes.", "storm"),
    ("Des toitures ont été endommagées par les orages à Vichy.", "storm"),
    ("La neige qui tombe sur Lyon depuis samedi inquiète les automobilistes.", "snow_and_cold"),
    xfail(
        "Il a gelé à moins douze degrés dans la nuit.",
        "snow_and_cold",
        reason="the parser makes 'gelé' an adjective and the main-event lexicon reads a price freeze",
    ),
]


@pytest.mark.parametrize(("sentence", "type_"), FOUND)
def test_the_construction_gives_its_type(nlp, sentence, type_):
    of_type(nlp, sentence, type_)


TRIGGER_TEXT = [
    ("Une épaisse couche de neige recouvre le Jura depuis lundi.", "snow_and_cold", "couche de neige"),
    ("La camionnette a fini sa course dans un fossé.", "accident", "fini sa course"),
    ("Une grange a pris feu dans la nuit.", "fire", "pris feu"),
]


@pytest.mark.parametrize(("sentence", "type_", "trigger"), TRIGGER_TEXT)
def test_the_trigger_names_the_construction(nlp, sentence, type_, trigger):
    assert of_type(nlp, sentence, type_)[0].trigger == trigger


OTHER_SENSES = [
    ("Le ballon a fini sa course au fond des filets.", "accident"),
    ("Le film lui a beaucoup plu.", "natural_disaster"),
    ("Ce spectacle m'a plu.", "natural_disaster"),
    ("Il a tremblé de peur en entendant la nouvelle.", "natural_disaster"),
    ("Les stations de ski manquent de neige cette année.", "natural_disaster"),
    ("Il faudrait beaucoup de neige pour sauver la saison.", "natural_disaster"),
    ("La couche d'ozone se reconstitue lentement.", "natural_disaster"),
    ("La neige a aussi des avantages pour les agriculteurs.", "natural_disaster"),
    ("Les associations luttent contre la grippe dans les Ehpad.", "epidemic"),
    ("Le débat a pris un tour inattendu.", "fire"),
    ("La reine a échappé à la mort de justesse.", "death"),
    ("Le chanteur est mort de rire sur le plateau.", "death"),
    ("Le passage de la loi au Sénat a pris trois mois.", "natural_disaster"),
    ("La polémique a pris feu sur les réseaux sociaux.", "fire"),
    ("Un incendie social couve dans les banlieues.", "fire"),
    ("Cette défaite a provoqué un séisme politique.", "natural_disaster"),
    ("Chaque hiver, la grippe fait des milliers de morts.", "kill"),
    ("Chaque année, les accidents de la route font plus de 3000 morts.", "death"),
    ("En hiver, il y a souvent du verglas sur cette route.", "natural_disaster"),
    xfail(
        "Le résultat a créé un tremblement de terre au sein du parti.",
        "natural_disaster",
        reason="a figure told by its frame ('au sein du parti'), not by an adjective",
    ),
    ("Il est sorti de la route des vins pour visiter un château.", "accident"),
]


@pytest.mark.parametrize(("sentence", "type_"), OTHER_SENSES)
def test_other_senses_give_no_event(nlp, sentence, type_):
    no_event(nlp, sentence, type_)


MODALITY = [
    ("Une couche de neige pourrait recouvrir la région demain.", "snow_and_cold", "hypothetical"),
]


@pytest.mark.parametrize(("sentence", "type_", "modality"), MODALITY)
def test_modality(nlp, sentence, type_, modality):
    check_modality(nlp, sentence, type_, modality)
