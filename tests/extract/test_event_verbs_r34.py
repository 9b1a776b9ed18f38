"""Event verbs of round 34 (evt34tv). First, verbs the trigger lexicon did not know, chosen by the
number of fresh reports they occur in (not by missed gold words), each kept with what names its
happening: fleeing ("s'enfuir", "s'exiler"), events put off ("retarder", "déprogrammer"), aid and
arms brought in ("acheminer"), harvests ("vendanger"), ships lost ("sombrer"), land flooded
("submerger"), fires caught or rekindled ("s'enflammer", "se rallumer"), fires held ("contenir",
"endiguer") and the spelling "interpeler". Then verbs the lexicon knew whose rows wanted words the
happening is often told without: rockets launched, cargo intercepted, commanders eliminated,
transport suspended, people swept away or carried off, relief handed out, a town retaken in the
passive. The other senses of the same words ("submergé de demandes", "sombrer dans le chaos",
"l'emporter", "distribuer des tracts", "acheminer des colis") are negatives. "monter", "remonter",
"gonfler", "récolter", "cueillir" and "restreindre" were tried and dropped: on 938 fresh reports
they fired mostly on habits, advice and generic talk.
Sentences written for these tests, after the neutral lead of ``test_event_types_r32``. Rows:
(sentence, type, actor, place) as in ``test_event_constructions.check_row``; negatives: (sentence,
type)."""

from __future__ import annotations

import pytest
from test_event_constructions import check_row, no_event, xfail
from test_event_types_r32 import LEAD

FOUND = [
    # -- fleeing
    ("Le cambrioleur s'est enfui par le jardin avant l'arrivée des gendarmes.", "flee", None, None),
    ("Des milliers d'habitants se sont enfuis vers la frontière polonaise.", "flee", None, None),
    ("Le journaliste s'est exilé en Lettonie après la fermeture de sa chaîne.", "flee", None, None),
    # -- put off
    ("Le match de dimanche a été retardé à cause du brouillard.", "postponement", None, None),
    ("La préfecture a retardé le lancement de la saison.", "postponement", None, None),
    ("Faute de soignants, l'hôpital a déprogrammé des opérations.", "postponement", None, None),
    # -- aid and arms brought in
    (
        "Les Nations unies ont acheminé de l'aide humanitaire vers la ville.",
        "provide_humanitarian_aid",
        None,
        None,
    ),
    ("Des médicaments ont été acheminés par camion jusqu'à Odessa.", "provide_humanitarian_aid", None, None),
    ("Les États-Unis acheminent des munitions vers la Pologne.", "provide_military_aid", None, None),
    # -- harvests
    ("Dans le Bordelais, on vendange depuis lundi.", "harvest", None, None),
    xfail(
        "Les vignerons ont commencé à vendanger dès le début du mois d'août.",
        "harvest",
        None,
        None,
        reason="the parser tags the infinitive a noun (xcomp) and no NOUN row reads it",
    ),
    # -- ships lost, land flooded, fires caught or rekindled, fires held
    ("Le chalutier a sombré au large de la Bretagne.", "accident", None, None),
    ("Les quartiers bas de la ville ont été submergés par les eaux.", "natural_disaster", None, None),
    ("La végétation s'est enflammée en quelques secondes.", "fire", None, None),
    ("Dans la nuit, le feu s'est rallumé près de la route.", "fire", None, None),
    ("Les pompiers tentent de contenir l'incendie avant la nuit.", "emergency_response", None, None),
    ("Les renforts ont permis d'endiguer le feu.", "emergency_response", None, None),
    # -- the spelling "interpeler"
    ("Deux suspects ont été interpelés mardi à Lille.", "arrest", None, None),
    # -- verbs known, rows too narrow: munitions launched, cargo intercepted, commanders eliminated, transport
    #    suspended, swept away or carried off, relief handed out, a town retaken in the passive
    ("Dans la nuit, les rebelles ont lancé une dizaine de roquettes sur la ville.", "shell", None, None),
    ("L'armée a lancé des missiles sur les dépôts de carburant.", "air_strike", None, None),
    ("Un navire chargé de céréales a été intercepté par les garde-côtes.", "seize", None, None),
    ("Les douaniers ont intercepté une cargaison de cocaïne au port.", "seize", None, None),
    ("Une frappe a permis d'éliminer deux commandants de la milice.", "kill", None, None),
    ("Les transports scolaires sont suspendus jusqu'à jeudi.", "traffic_disruption", None, None),
    ("La rencontre a été suspendue à la cinquantième minute.", "postponement", None, None),
    ("Deux pêcheurs ont été emportés par une vague sur la digue.", "accident", None, None),
    ("La crue a emporté plusieurs maisons du village.", "natural_disaster", None, None),
    ("Le chanteur a été emporté par un cancer à 62 ans.", "death", None, None),
    ("Les bénévoles distribuent des sacs de couchage aux campeurs.", "provide_humanitarian_aid", None, None),
    ("La ville a été reprise par l'armée après trois jours de combats.", "capture", None, None),
]

OTHER_SENSES = [
    ("Le standard est submergé de demandes depuis lundi.", "natural_disaster"),
    ("Le pays a sombré dans le chaos.", "accident"),
    ("Le public s'est enflammé pour le champion.", "fire"),
    ("Cette boîte contient des allumettes et du bois pour le feu.", "emergency_response"),
    ("La vie du jeune homme s'est enfuie comme un rêve, dit le temps qui passe.", "flee"),
    ("L'enseigne a lancé une nouvelle gamme de jouets.", "shell"),
    ("Le journaliste a intercepté le ministre à la sortie du conseil.", "seize"),
    ("L'équipe a été éliminée en demi-finale.", "kill"),
    ("Le club a suspendu son entraîneur pour deux matchs.", "traffic_disruption"),
    ("Les Bleus l'ont emporté trois buts à un.", "accident"),
    ("Les militants distribuent des tracts devant la gare.", "provide_humanitarian_aid"),
    ("Le transporteur achemine des millions de colis en décembre.", "provide_humanitarian_aid"),
    ("Le slogan a été repris par les manifestants dans toute la ville.", "capture"),
]


@pytest.mark.parametrize("sentence,type_,actor,place", FOUND)
def test_found(nlp, sentence, type_, actor, place):
    check_row(nlp, LEAD + sentence, type_, actor, place)


@pytest.mark.parametrize("sentence,type_", OTHER_SENSES)
def test_other_senses(nlp, sentence, type_):
    no_event(nlp, LEAD + sentence, type_)
