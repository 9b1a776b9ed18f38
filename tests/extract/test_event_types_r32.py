"""Event types of round 32 (evt32n), for type misses that recur over the open sets, read as
constructions: equipment installed (``production``), residents back home (``return``), security
tightened (``mobilize_police``), an event or an advantage given up (``give_up``), a reform named with
what it reforms (``policy_measure``) and an event called off in the passive (``postponement``); with
the other senses of their words ("s'installer", "rentrer du travail", "renforcer l'équipe") as
negatives.
Sentences written for these tests. Rows: (sentence, type, actor, place) as in
``test_event_constructions.check_row`` (lowercase substrings; None: not checked); negatives:
(sentence, type)."""

from __future__ import annotations

import pytest
from test_event_constructions import check_row, no_event, xfail

LEAD = "Le conseil municipal s'est réuni mardi soir à la mairie. Les élus ont longuement débattu du budget. "
"""A lead put before each sentence, so that what is read is the trigger rows and not the lead's main
predicate (``event_main``)."""

FOUND = [
    # -- equipment installed: object or passive subject
    ("La mairie a installé des caméras devant l'école.", "production", "mairie", None),
    ("Deux cents panneaux solaires ont été installés sur le toit du gymnase.", "production", None, None),
    ("Le syndicat va installer des conteneurs enterrés dans le quartier.", "production", None, None),
    ("La commune a procédé à l'installation de bornes de recharge.", "production", None, None),
    ("Des barrières seront installées le long de la falaise.", "production", None, None),
    ("Les radars, installés l'an dernier, ne fonctionnent toujours pas.", "production", None, None),
    ("Ils ont installé des ruches sur le toit de la mairie.", "production", None, None),
    # -- residents back home
    ("Les évacués sont rentrés chez eux dimanche soir.", "return", None, None),
    xfail(
        "Les évacués sont rentrés chez eux dimanche soir.",
        "return",
        "évacués",
        None,
        reason="the returning residents are not read as the event's actor (event roles, evt32a)",
    ),
    ("Les habitants du village sont revenus constater les dégâts.", "return", "habitants", None),
    ("Les familles ont enfin pu regagner leur maison.", "return", None, None),
    ("Après l'incendie, les sinistrés sont de retour dans leur immeuble.", "return", None, None),
    ("Le retour des habitants s'est fait dans le calme.", "return", None, None),
    # -- security tightened
    ("Les mesures de sécurité ont été renforcées autour du stade.", "mobilize_police", None, None),
    ("La préfecture a renforcé les contrôles aux frontières.", "mobilize_police", "préfecture", None),
    ("Le gouvernement annonce un renforcement des contrôles dans les gares.", "mobilize_police", None, None),
    # -- a reform named with what it reforms or whose it is
    ("Le gouvernement présentera la réforme des retraites en janvier.", "policy_measure", None, None),
    ("Sa réforme de la police judiciaire provoque la colère des enquêteurs.", "policy_measure", None, None),
    ("Le ministre prépare une nouvelle réforme de l'assurance-chômage.", "policy_measure", None, None),
    # -- an event called off, told in the passive
    ("En raison de la chaleur, la course cycliste a été annulée.", "postponement", None, None),
    ("Les retransmissions des matchs sont annulées dans plusieurs villes.", "postponement", None, None),
    # -- people sheltering below ground, without the reflexive
    ("Des centaines de familles sont réfugiées dans les caves de l'immeuble.", "take_shelter", None, None),
    # -- an event, a trip or an advantage given up
    ("La championne a dû renoncer à la finale du tournoi.", "give_up", "championne", None),
    ("L'ancien ministre a renoncé à sa voiture de fonction.", "give_up", "ministre", None),
]

OTHER_SENSES = [
    ("Le jeune couple s'est installé à Lyon au printemps.", "production"),
    ("La nouvelle directrice a été installée dans ses fonctions.", "production"),
    ("Les installations nucléaires du site ont été inspectées.", "production"),
    ("Il faut installer une application pour payer le parking.", "production"),
    ("Chaque soir, il rentre du travail à vingt heures.", "return"),
    ("Elle espère revenir un jour dans son pays natal.", "return"),
    ("Le ministre est revenu sur sa décision.", "return"),
    ("Le club a renforcé son équipe avec deux attaquants.", "mobilize_police"),
    ("Cette défaite renforce la colère des supporters.", "mobilize_police"),
    ("Les syndicats réclament un renforcement des contrôles.", "mobilize_police"),
    ("Il refuse de renoncer à ses idées.", "give_up"),
    ("Beaucoup de clients envisagent de renoncer à leur abonnement.", "give_up"),
    ("Chaque soir, elle prend le bus pour rentrer chez elle.", "return"),
    ("Le soleil est de retour sur toute la moitié sud du pays.", "return"),
    ("Les habitants du quartier sont venus faire rentrer la balle dans le panier.", "return"),
    ("La loi vise à renforcer le contrôle idéologique de la population.", "mobilize_police"),
    ("Le budget finance un certain nombre de réformes.", "policy_measure"),
    ("La carte bancaire du client a été annulée par la banque.", "postponement"),
    ("Les syndicats réclament une réforme de la fiscalité.", "policy_measure"),
    ("Une réforme en profondeur serait nécessaire, selon les experts.", "policy_measure"),
]


@pytest.mark.parametrize("sentence,type_,actor,place", FOUND)
def test_found(nlp, sentence, type_, actor, place):
    check_row(nlp, LEAD + sentence, type_, actor, place)


@pytest.mark.parametrize("sentence,type_", OTHER_SENSES)
def test_other_senses(nlp, sentence, type_):
    no_event(nlp, LEAD + sentence, type_)
