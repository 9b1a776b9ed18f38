"""Event precision, second pass (round 13, issue 17): words of events used in another sense, found
by reading unannotated 2022 reports. A mountain top ("au sommet de la station", "les sommets de
l'île"), a turn of the screw ("un tour de vis"), a news programme or the press that goes somewhere
("le 13 Heures se rend en Lozère", "les médias se sont rendus au zoo"), a storm or goods that
arrive, a slogan or an example taken up ("il a repris le même slogan", "prend l'exemple de Lyon"),
a ski resort that welcomes skiers, an epidemic that strikes, money invested, sales that collapse,
what strikes someone ("ce qui interpelle le nutritionniste"), a title ("consultant"), a way out of
a room, a popularity seized; and an expert of a kind of event ("expert en négociations") which
names no event. Each false reading has its true reading beside it. Sentences written for these
tests. Rows: (sentence, type) with no event of that type; (sentence, type, actor, place) checked
as in test_event_constructions."""

from __future__ import annotations

import pytest
from test_event_constructions import check_row, no_event


def xfail(*row, reason: str):
    return pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=reason))


FALSE = [
    ("La nouvelle télécabine monte les skieurs au sommet de la station.", "meet"),
    ("Des rafales à 120 km/h sont attendues sur les sommets de l'île.", "meet"),
    ("Les randonneurs ont gravi trois sommets différents en une semaine.", "meet"),
    ("Le gouvernement prépare un nouveau tour de vis sur les dépenses.", "election"),
    ("Après un premier tour de vis en janvier, l'exécutif veut aller plus loin.", "election"),
    ("À la sortie de la salle d'audience, les salariés pleuraient.", "cultural_event"),
    ("Depuis samedi, la base de loisirs est prise d'assaut par les familles.", "capture"),
    ("Parmi les habitants rencontrés par TF1, aucun ne votera dimanche.", "meet"),
    ("Le journal de 20 Heures se rend cette semaine dans le Jura.", "visit"),
    ("Les médias du monde entier se sont rendus au parc zoologique mardi.", "visit"),
    ("Des tableaux arrivent d'Espagne pour l'exposition du musée.", "visit"),
    ("La tempête va arriver par l'ouest dans la nuit.", "visit"),
    ("Le candidat a repris le slogan de son adversaire.", "capture"),
    ("La chercheuse prend l'exemple de la ville de Nantes.", "capture"),
    ("Les familles prennent le petit train pour la vallée.", "capture"),
    ("La station se prépare à accueillir les premiers skieurs samedi.", "host_visit"),
    ("Le camping accueille les vacanciers depuis le début du mois.", "host_visit"),
    ("La grippe frappe durement la France cet hiver.", "air_strike"),
    ("Le Covid frappe de nouveau la Chine.", "air_strike"),
    ("Les agriculteurs ont investi dans des filets contre la grêle.", "appoint"),
    ("Certains ont investi dans des canons à grêle.", "appoint"),
    ("Le lieu a été investi par des artistes il y a vingt ans.", "appoint"),
    ("Le Covid-19 frappe de nouveau sévèrement la Chine.", "air_strike"),
    ("Les ventes de maisons neuves s'effondrent cet automne.", "accident"),
    ("C'est ce qui interpelle le médecin, qui juge ces produits trop sucrés.", "arrest"),
    # the title 'consultant', read as the participle of 'consulter', is vetoed by its 'cabinet' (evc22)
    ("Les prix augmentent, explique Paul Martin, consultant chez un cabinet.", "consult"),
    ("Il faut s'adresser à un expert en négociations salariales.", "engage_in_negotiation"),
    ("Le coureur a bien saisi sa nouvelle popularité.", "seize"),
    ("Un convoi humanitaire est arrivé à Marioupol dans la matinée.", "visit"),
    ("Les premiers avions de transport viennent d'arriver en Roumanie.", "visit"),
    ("Un motard s'est tué samedi soir sur la départementale.", "kill"),
    ("Les magasins font des offres très alléchantes aux clients.", "propose_talks"),
    ("Les familles sont parties en vacances samedi matin.", "flee"),
    xfail(
        "Une mère de famille a eu peur de ne pas pouvoir partir en vacances.",
        "flee",
        reason="the parser hangs 'en vacances' on 'pouvoir', out of the veto's reach",
    ),
    ("Le 12/13 reçoit ce midi le candidat écologiste.", "host_visit"),
    ("Le journal de 13 Heures reçoit ce midi le maire de Lyon.", "host_visit"),
    ("Les méthodes du président reprises par ses successeurs ont divisé le parti.", "capture"),
    ("Elle est spécialiste des incendies de forêt depuis vingt ans.", "fire"),
]

TRUE = [
    ("Le sommet de l'Otan s'est ouvert à Madrid mardi.", "meet", None, "madrid"),
    ("Les dirigeants européens se réuniront lors d'un sommet à Bruxelles.", "meet", None, None),
    ("Le candidat est arrivé en tête du premier tour de l'élection.", "election", None, None),
    ("La ministre des Armées s'est rendue à Varsovie lundi.", "visit", "ministre", "varsovie"),
    ("Le président tchèque est arrivé à Madrid pour deux jours.", "visit", "président", "madrid"),
    ("L'armée ukrainienne a repris la ville de Kherson.", "capture", "armée", None),
    ("Le film sort mercredi en salle, une sortie très attendue.", "cultural_event", None, None),
    ("Les soldats ont pris la base aérienne après deux jours de combats.", "capture", "soldats", None),
    ("Les séparatistes ont pris le contrôle de l'aéroport.", "capture", "séparatistes", None),
    ("Le Premier ministre a accueilli son homologue italien à Rome.", "host_visit", "premier", "rome"),
    ("Le nouveau président a été investi dans ses fonctions dimanche.", "appoint", "président", None),
    ("Un missile a frappé un immeuble de Kiev dans la nuit.", "air_strike", None, None),
    ("L'immeuble s'est effondré dans la nuit à Marseille.", "collapse", None, "marseille"),
    ("La police a interpellé un suspect dans la nuit.", "arrest", "suspect", None),
    ("Les douaniers ont saisi deux tonnes de cocaïne au port du Havre.", "seize", "douaniers", None),
    (
        "Les négociations salariales ont repris lundi chez le constructeur.",
        "engage_in_negotiation",
        None,
        None,
    ),
]


@pytest.mark.parametrize(("sentence", "type_"), FALSE)
def test_other_senses_give_no_event(nlp, sentence, type_):
    no_event(nlp, sentence, type_)


@pytest.mark.parametrize(("sentence", "type_", "actor", "place"), TRUE)
def test_true_events_stay(nlp, sentence, type_, actor, place):
    check_row(nlp, sentence, type_, actor, place)
