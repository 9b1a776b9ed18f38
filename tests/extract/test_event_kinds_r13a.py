"""Event kinds of society news (round 13, kinds A), found by reading unannotated 2022 reports: a
plane that "s'est écrasé", a train that "a percuté" a tractor; a sentence told by how often or what
for ("a été condamné deux fois", "condamné pour meurtre"); someone "porté disparu" in apposition; an
epidemic named by its disease; petrol stations "à sec"; lightning striking; a child found "sain et
sauf"; offenders (burglars, robbers, fugitives) arrested. And the other senses of the same words (a
crisis that "percute" the economy, an attack "condamnée" by the world, the epidemic as a date).
Sentences written for these tests. Rows: (sentence, type, agent, place), agent and place lowercase
substrings of an actor's name (any role) and of the place, None: not checked."""

from __future__ import annotations

import pytest
from test_event_constructions import check_row, events_of, no_event

ROWS = [
    # air and road accidents
    ("L'appareil s'est écrasé peu après son décollage.", "accident", None, None),
    ("Un hélicoptère s'est écrasé en mer au large de Brest.", "accident", None, None),
    ("Un TER a percuté un tracteur sur un passage à niveau.", "accident", None, None),
    ("Le camion a percuté un poteau en pleine nuit.", "accident", None, None),
    # sentences
    ("Il avait déjà été condamné trois fois pour vol avec violence.", "sentence", None, None),
    ("Le conducteur a été condamné à plusieurs reprises pour conduite sans permis.", "sentence", None, None),
    ("Le militant a été condamné pour dégradation par le tribunal de Rennes.", "sentence", "militant", None),
    # missing people
    ("Le randonneur, porté disparu depuis mardi, a été retrouvé le soir.", "disappearance", None, None),
    ("Une octogénaire, portée disparue depuis jeudi, est recherchée.", "disappearance", None, None),
    ("Trois pêcheurs sont toujours portés disparus.", "disappearance", "pêcheurs", None),
    ("Le garçon a été retrouvé sain et sauf dans une grange.", "rescue", "garçon", None),
    # epidemics named by their disease
    ("Une épidémie de rougeole sévit dans le nord de Lyon.", "epidemic", None, None),
    ("L'épidémie de bronchiolite progresse dans toute la région.", "epidemic", None, None),
    # falls, judicial supervision
    ("Un ouvrier a chuté d'un échafaudage à Nantes.", "accident", "ouvrier", "nantes"),
    ("La prévenue a été placée sous contrôle judiciaire.", "court_ruling", None, None),
    # shortages, weather
    ("Les stations-service sont à sec dans tout le département.", "shortage", None, None),
    ("La station est à sec depuis lundi.", "shortage", None, None),
    ("La foudre est tombée sur le clocher de l'église.", "storm", None, None),
    # offenders arrested
    ("Un cambrioleur a été arrêté en flagrant délit.", "arrest", "cambrioleur", None),
    ("Le braqueur a été interpellé par les gendarmes.", "arrest", "braqueur", None),
    ("Le fugitif a été arrêté à la frontière espagnole.", "arrest", "fugitif", None),
]

SENSES = [
    ("La crise a percuté de plein fouet l'économie du pays.", "accident"),
    ("L'attaque a été condamnée par la communauté internationale.", "sentence"),
    ("Le coup d'État a été condamné par les Nations unies.", "sentence"),
    ("Depuis l'épidémie de Covid, les ventes de vélos ont doublé.", "epidemic"),
    ("Les médecins craignent une épidémie de grippe cet hiver.", "epidemic"),
    ("La soirée est restée au sec sous la tente.", "shortage"),
    ("Il a retrouvé ses clés dans sa voiture.", "rescue"),
    ("Le coureur a écrasé la concurrence.", "accident"),
    ("Un feu menace toujours les maisons du lotissement.", "threaten"),
    ("Le combat des pompiers se poursuit dans la nuit.", "fight"),
    ("Les pompiers traquent la moindre reprise des flammes.", "investigate"),
    ("Le sommet enneigé du massif domine la vallée.", "meet"),
    ("Les ventes de voitures ont chuté de 12 % en mai.", "accident"),
    ("Le contrôle judiciaire n'a pas empêché la récidive.", "court_ruling"),
    ("Le suspect se nomme Paul Martin et il a 40 ans.", "appoint"),
]


@pytest.mark.parametrize(("sentence", "type_", "agent", "place"), ROWS)
def test_kind(nlp, sentence, type_, agent, place):
    check_row(nlp, sentence, type_, agent, place)


@pytest.mark.parametrize(("sentence", "type_"), SENSES)
def test_other_sense(nlp, sentence, type_):
    no_event(nlp, sentence, type_)


def test_condamne_pour_is_one_sentence_not_a_denunciation(nlp):
    """A passive "condamné pour X" is a sentence; its "pour X" is the offence, so the condemnation
    of an attack ("condamner l'attaque") stays no sentence."""
    types = [e.type for e in events_of(nlp, "Le maire a condamné l'attaque contre la mairie.")]
    assert "sentence" not in types


# (sentence, type, agent, target): "-" the role is empty, None not checked
UNDERGOERS = [
    ("Un lycéen s'est fait agresser devant la gare.", "physical_assault", "-", "lycéen"),
    ("La retraitée s'est fait voler son sac à main.", "crime", "-", "retraitée"),
    ("Les proches des victimes de l'accident étaient présents.", "accident", "-", None),
    ("Les familles des victimes de l'incendie ont été reçues à la mairie.", "fire", "-", None),
    ("Un homme a agressé une passante dans le métro.", "physical_assault", "homme", "passante"),
    ("Le feu avait été éteint par les pompiers mardi.", "fire", "-", None),
    ("Le combat des pompiers se poursuit dans la nuit.", "emergency_response", "pompiers", None),
]


@pytest.mark.parametrize(("sentence", "type_", "agent", "target"), UNDERGOERS)
def test_undergoers_are_no_agents(nlp, sentence, type_, agent, target):
    """The subject of a reflexive "se faire" + infinitive undergoes it; victims name no agent."""
    found = [e for e in events_of(nlp, sentence) if e.type == type_]
    assert found, [(e.type, e.trigger) for e in events_of(nlp, sentence)]
    for role, want in (("agent", agent), ("target", target)):
        got = " | ".join(r.name for r in found[0].actors if r.role == role).lower()
        assert (not got) if want == "-" else (want is None or want in got), (role, got)
