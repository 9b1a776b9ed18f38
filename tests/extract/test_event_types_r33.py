"""Event types of round 33 (evt33t), for type misses that recur over the open sets, read by kind of
happening: supply (a new type: stations resupplied, drivers filling up, strategic stocks drawn on),
firefighting (``emergency_response``: a fire put out, water dropped), sales (goods sold in the passive,
shops that sell, stock sold off, a share of the sales), troops massed at a border told without a
verb (``deploy``), people spending the night below ground (``take_shelter``), watering forbidden
(``impose_restrictions``), discoveries (a new type), waste fought (``reuse``), airspace closed,
renovation works (a new type), nationals urged to leave a country (``flee``), an event put off in
the passive (``postponement``), a closure told by its noun, avian flu named (``epidemic``) and a
deposit worked (``production``); with the other senses of their words
("faire le plein de voix", "découvrir que", "éteindre la lumière", "restaurer la confiance") as
negatives.
Sentences written for these tests, after the neutral lead of ``test_event_types_r32``. Rows:
(sentence, type, actor, place) as in ``test_event_constructions.check_row`` (lowercase substrings;
None: not checked); negatives: (sentence, type)."""

from __future__ import annotations

import pytest
from test_event_constructions import check_row, no_event, xfail
from test_event_types_r32 import LEAD

FOUND = [
    # -- supply: resupplied (passive, active), refilled, drivers filling up, strategic stocks
    ("Les stations en difficulté seront ravitaillées en priorité.", "supply", None, None),
    ("Des camions ravitaillent chaque nuit la ville assiégée.", "supply", None, None),
    ("Une station-service de la banlieue a été approvisionnée dans la nuit.", "supply", None, None),
    ("L'État a puisé dans les stocks stratégiques pour réapprovisionner les pompes.", "supply", None, None),
    ("Les automobilistes belges viennent faire le plein en France.", "supply", None, None),
    ("Avant la hausse, tout le monde voulait faire son plein.", "supply", None, None),
    ("Les conducteurs remplissent leur réservoir avant la fin de la remise.", "supply", None, None),
    # -- firefighting
    ("Les pompiers tentent toujours d'éteindre le feu.", "emergency_response", None, None),
    ("Les flammes ont été éteintes par les soldats du feu.", "emergency_response", None, None),
    ("Deux canadairs larguent de l'eau sur les flammes.", "emergency_response", None, None),
    ("Des agriculteurs ont arrosé les lisières avec leurs tonnes à eau.", "emergency_response", None, None),
    ("Six bombardiers d'eau survolent le massif depuis le matin.", "emergency_response", None, None),
    # -- sales
    ("En vingt minutes, les soixante coffrets ont été vendus.", "sales", None, None),
    ("Dans la capitale, les boutiques vendent des tasses à l'effigie du président.", "sales", None, None),
    ("Les magasins bradent leurs vêtements avant la fermeture.", "sales", None, None),
    ("Pour écouler les marchandises, l'enseigne propose de petits prix.", "sales", None, None),
    ("Les voitures électriques ont représenté 90 % des ventes ce week-end.", "sales", None, None),
    xfail(
        "Les cartes représentent cinq pour cent des ventes de jouets.",
        "sales",
        None,
        None,
        reason="a share in words ('cinq pour cent') is parsed with the number as head, not '%'",
    ),
    # -- troops massed at a border, no verb
    ("Avec 190 000 soldats russes à la frontière, tous les scénarios sont possibles.", "deploy", None, None),
    # -- below ground
    ("La population s'entasse dans le métro, à cent mètres sous terre.", "take_shelter", None, None),
    ("Des civils passent une deuxième nuit dans le métro.", "take_shelter", None, None),
    ("Les familles dorment dans les caves depuis trois jours.", "take_shelter", None, None),
    # -- watering forbidden or stopped
    ("Des agriculteurs n'ont pas respecté l'interdiction d'arrosage.", "impose_restrictions", None, None),
    ("La commune a stoppé son arrosage dès le mois de juin.", "impose_restrictions", None, None),
    # -- discoveries
    ("Un site macabre a été découvert vendredi dans la forêt.", "discovery", None, None),
    ("Une archéologue découvre une épave au large de Cannes.", "discovery", None, None),
    ("Les policiers ont découvert un atelier clandestin dans un pavillon.", "discovery", "policiers", None),
    ("Les soldats ont fait la découverte d'un charnier près de la ville.", "discovery", None, None),
    ("Le fisc a débusqué 7 000 piscines non déclarées.", "discovery", None, None),
    # -- waste fought
    ("L'entreprise veut limiter le gaspillage de ces produits.", "reuse", None, None),
    ("Voici des astuces pour ne plus gaspiller la nourriture.", "reuse", None, None),
    # -- airspace closed, told by the sky
    ("Le ciel européen est fermé aux avions russes.", "reduce_relations", None, None),
    # -- renovation works
    ("La tour termine tout juste ses travaux de rénovation.", "renovation", None, None),
    ("La ville va rénover toutes ses écoles cet été.", "renovation", None, None),
    ("Des bénévoles restaurent la chapelle du village depuis dix ans.", "renovation", None, None),
    ("La gare a été rénovée l'an dernier.", "renovation", None, None),
    # -- nationals urged to leave
    ("Le Quai d'Orsay recommande à tous ses ressortissants de quitter l'Ukraine.", "flee", None, None),
    # -- put off, passive
    ("Coup de théâtre, le départ de la course est repoussé.", "postponement", None, None),
    ("Le concert a été reporté à cause de la pluie.", "postponement", None, None),
    # -- closure told by the noun
    ("Les clients se bousculent avant la fermeture définitive du magasin.", "closure", None, None),
    ("Avec la fermeture des pistes cyclables, les réservations chutent.", "closure", None, None),
    # -- avian flu named with no verb of spreading; a deposit worked
    ("Il a perdu tous ses canards à cause de la grippe aviaire.", "epidemic", None, None),
    ("Le plus gros gisement de lithium du pays va bientôt être exploité.", "production", None, None),
    # -- read on fresh reports: goods sold by quantity, traces found, works carried out
    ("Samedi, deux tonnes de châtaignes ont été vendues sur la foire.", "sales", None, None),
    ("Des empreintes ont été découvertes sur la portière.", "discovery", None, None),
    ("Les locataires sont contents des travaux réalisés cet été.", "renovation", None, None),
]

OTHER_SENSES = [
    ("Le candidat a fait le plein de voix dans le Nord.", "supply"),
    ("Les hôtels de la côte font le plein pour le week-end.", "supply"),
    ("Le feu n'est pas encore éteint ce matin.", "emergency_response"),
    ("Elle a éteint la lumière en partant.", "emergency_response"),
    ("Ce produit pourrait être vendu en pharmacie.", "sales"),
    ("Certains producteurs ont du mal à écouler leur stock.", "sales"),
    ("L'armée a mobilisé 3 000 soldats pour la parade.", "deploy"),
    ("Les enfants jouent dans le métro.", "take_shelter"),
    ("Ils ont caché des vivres dans la cave.", "take_shelter"),
    ("Les visiteurs découvrent la nouvelle exposition du musée.", "discovery"),
    ("Les enquêteurs ont découvert que le suspect avait menti.", "discovery"),
    ("Partez à la découverte de la côte bretonne.", "discovery"),
    ("Ils repartent débusquer la coquille à trois heures du matin.", "discovery"),
    ("Le gouvernement veut restaurer la confiance.", "renovation"),
    ("Il a réalisé un excellent travail pendant la saison.", "renovation"),
    ("Les ressortissants sont invités à quitter la salle après la réunion.", "flee"),
    ("Le joueur a repoussé le ballon de la tête.", "postponement"),
    ("Le maire redoute la fermeture de la classe.", "closure"),
    ("Les éleveurs attendent le vaccin contre la grippe aviaire.", "epidemic"),
    ("Il faut exploiter toutes les pistes.", "production"),
    # -- read on fresh reports: supply that did not happen, a price or a place of sale, a causative
    ("Depuis l'aube, aucune citerne n'est ravitaillée.", "supply"),
    ("Les pompes ne sont pas approvisionnées le lundi.", "supply"),
    ("Il est désormais interdit de remplir son réservoir à plus de trente litres.", "supply"),
    ("Chaque panier est vendu six euros.", "sales"),
    ("Ces crèmes sont vendues en pharmacie.", "sales"),
    ("Le journal de 20 heures vous les fait découvrir.", "discovery"),
    ("Le gîte attend des familles pour venir faire une découverte.", "discovery"),
    ("Il lui manque du gazole pour achever ses travaux agricoles.", "renovation"),
]


@pytest.mark.parametrize("sentence,type_,actor,place", FOUND)
def test_found(nlp, sentence, type_, actor, place):
    check_row(nlp, LEAD + sentence, type_, actor, place)


@pytest.mark.parametrize("sentence,type_", OTHER_SENSES)
def test_other_senses(nlp, sentence, type_):
    no_event(nlp, LEAD + sentence, type_)
