"""Event types of round 25 (evt25), by construction, from sentences written for these tests:

- an attack aimed by a state ("Moscou cible les infrastructures") or told by its weapon in a passive
  ("ciblées par les tirs russes"), a shot that hits ("un tir russe a frappé"); not a public targeted;
- a place or people left in the dark ("plongé dans le noir"): a power outage;
- firefighters who fight a fire told without its object ("les pompiers ont lutté toute la nuit"),
  and a word of fighting said of a fire ("face aux flammes, le combat se gagne"): firefighting;
- people evacuated told by a passive, homes left under constraint ("a contraint 6 000 personnes à
  quitter leur maison", asserted: what one was made to do happened);
- a road closed told by a passive; a ban by an authority; a burial;
- someone named who "a disparu" with the time of day: a disappearance, an obituary's age a death;
- a named actor's refusal to do an act ("le refus de l'Italie d'accueillir"), people sent back over a
  border, a ban or an exclusion received ("a écopé d'une interdiction"), a compensation announced, a
  movement named with its kind ("le mouvement social");
- searches by rescuers are a rescue (the police's an inquiry); a bonus paid is a payment, not aid;
- a ban told with its start ("interdite depuis 2020"), a citizens' convention that meets;
- false events read on fresh reports: animals that arrive, a date decided, carbon captured, a kind
  of event one withstands ("résister aux intempéries"), "la plupart des" a kind in the present, a
  standing refusal ("a toujours refusé de"), a land that "semble mourir de soif".
"""

from __future__ import annotations

import pytest
from test_event_constructions import check_modality, events_of, no_event, of_type

FOUND = [
    ("Moscou cible les infrastructures énergétiques du pays.", "attack"),
    ("La Russie a ciblé plusieurs villes de l'ouest dans la nuit.", "attack"),
    ("Les centrales thermiques, ciblées par les tirs russes, sont à l'arrêt.", "attack"),
    ("Un tir russe vient de frapper un champ de blé.", "air_strike"),
    ("Un tir d'artillerie a touché la gare de la ville.", "shell"),
    ("Dans la soirée, le pays est plongé dans le noir.", "outage"),
    ("Plus de deux millions d'habitants se sont retrouvés dans le noir samedi soir.", "outage"),
    ("Toute la région a été plongée dans l'obscurité après les frappes.", "outage"),
    ("Les pompiers ont lutté toute la nuit.", "emergency_response"),
    ("Les soldats du feu luttent sans relâche sur les hauteurs.", "emergency_response"),
    ("Face aux flammes, le combat se gagne mètre après mètre.", "emergency_response"),
    ("La vieille dame a été évacuée à temps.", "rescue"),
    ("Une centaine de vacanciers ont été évacués du camping.", "rescue"),
    ("Le feu a contraint 6 000 personnes à quitter leur maison.", "rescue"),
    ("L'autoroute a été partiellement fermée à midi.", "traffic_disruption"),
    ("Le col a été fermé toute la journée à cause de la neige.", "traffic_disruption"),
    ("Le soldat est enterré par ses camarades jeudi.", "ceremony"),
    ("La victime a été inhumée samedi dans son village natal.", "ceremony"),
    ("Lola a disparu dans l'après-midi de vendredi alors qu'elle rentrait du collège.", "disappearance"),
    ("Jean-Paul Belmondo a disparu à l'âge de 88 ans.", "death"),
    ("Le gouvernement a refusé la proposition des syndicats.", "reject"),
]


@pytest.mark.parametrize(("sentence", "type_"), FOUND)
def test_the_construction_gives_its_type(nlp, sentence, type_):
    of_type(nlp, sentence, type_)


# not in the lead (its first two sentences when the text has no summary): event_main's rows read the
# lead's heads only, the trigger rows any sentence
LEAD = "Il fait beau ce matin. Les habitants attendent. "
LATER = [
    ("Les préfets du Nord ont interdit le remplissage de bidons.", "impose_restrictions"),
    ("La mairie interdit l'accès aux berges jusqu'à lundi.", "impose_restrictions"),
    ("La vaisselle en plastique est interdite depuis 2020.", "impose_restrictions"),
    ("Après le refus de l'Italie d'accueillir le navire, la France a proposé un port.", "reject"),
    ("Tous ont été renvoyés vers la Serbie.", "expel"),
    ("Le joueur a écopé d'une interdiction de jouer pendant dix ans.", "sentence"),
    ("La SNCF vient d'annoncer l'indemnisation des usagers.", "payment"),
    ("Une convention citoyenne sur la fin de vie a débuté vendredi.", "meet"),
    ("À midi, l'autoroute a été partiellement fermée, faute de visibilité.", "traffic_disruption"),
    ("Toute la nuit, les pompiers ont poursuivi les recherches.", "rescue"),
    ("Les gendarmes poursuivent leurs recherches pour retrouver le suspect.", "investigate"),
    ("Les salariés ont touché une prime de 600 euros.", "payment"),
]


@pytest.mark.parametrize(("sentence", "type_"), LATER)
def test_later_in_the_text(nlp, sentence, type_):
    of_type(nlp, LEAD + sentence, type_)


def test_homes_left_under_constraint_were_left(nlp):
    check_modality(nlp, "Le feu a contraint 6 000 personnes à quitter leur maison.", "rescue", "asserted")


OTHER_SENSES = [
    ("Le journal cible un public jeune.", "attack"),
    ("La campagne publicitaire vise les jeunes.", "attack"),
    ("Le tir de Mbappé a frappé le poteau.", "air_strike"),
    ("Le tir de l'attaquant a touché la barre.", "shell"),
    ("Ils ont enterré le projet de réforme.", "ceremony"),
    ("Les manifestants luttent contre la réforme.", "emergency_response"),
    ("Elle a quitté son domicile à 20 ans pour étudier à Paris.", "rescue"),
    ("Le spectateur est resté dans le noir pendant tout le film.", "outage"),
    ("Le combat pour reprendre la ville a duré trois jours.", "emergency_response"),
    ("Un container est prévu pour résister à toutes les intempéries.", "storm"),
    ("Ces maisons sont résistantes aux séismes.", "earthquake"),
    ("La plupart des arnaques promettent un remboursement rapide.", "crime"),
    ("Emmanuel Macron a toujours refusé de rendre la vaccination obligatoire.", "reject"),
    ("La France semble mourir de soif cet été.", "death"),
    ("Lola a disparu dans l'après-midi de vendredi alors qu'elle rentrait du collège.", "death"),
    (LEAD + "Les agriculteurs réclament une indemnisation rapide.", "payment"),
    ("Le ballon a été renvoyé vers le gardien.", "expel"),
    ("Le dossier a été renvoyé vers la cour d'appel de Paris.", "expel"),
    ("Le refus de soins est fréquent chez les personnes âgées.", "reject"),
    ("Le feu progresse. À la nuit tombée, les flammes se sont emparées d'une grange.", "capture"),
    (LEAD + "Il est interdit de fumer dans les bars.", "impose_restrictions"),
    (LEAD + "La convention collective des cheminots prévoit une prime.", "meet"),
    (LEAD + "Les habitants sont renvoyés vers les hôpitaux de Tours.", "expel"),
    (LEAD + "Des canards arrivés de Vendée et de Bulgarie y sont élevés.", "visit"),
    (LEAD + "Les présidents de groupe doivent décider de la date du nouveau débat.", "policy_measure"),
    (LEAD + "L'usine doit capturer le CO2 de ses cheminées.", "capture"),
]


@pytest.mark.parametrize(("sentence", "type_"), OTHER_SENSES)
def test_other_senses_give_no_event(nlp, sentence, type_):
    no_event(nlp, sentence, type_)


STILL = [
    ("La plupart des incendies ont été maîtrisés dans la nuit.", "fire"),
    ("Le combat pour reprendre la ville a duré trois jours.", "fight"),
    ("Les combats entre soldats russes et ukrainiens font rage près du village en feu.", "fight"),
    ("Les pompiers luttent contre un incendie dans les Landes.", "emergency_response"),
]


@pytest.mark.parametrize(("sentence", "type_"), STILL)
def test_the_event_senses_stay(nlp, sentence, type_):
    of_type(nlp, sentence, type_)


def test_a_movement_is_named_with_its_kind(nlp):
    found = of_type(
        nlp, "Le salaire du patron fait polémique en plein mouvement social.", "strike_or_boycott"
    )
    assert found[0].trigger == "mouvement social", found[0].trigger


def test_a_fight_said_of_a_fire_is_no_fight(nlp):
    found = {e.type for e in events_of(nlp, "Face aux flammes, le combat se gagne mètre après mètre.")}
    assert "fight" not in found, found
