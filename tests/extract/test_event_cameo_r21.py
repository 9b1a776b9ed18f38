"""CAMEO-rooted events of fresh news told by constructions of their own, round 21: a refusal of an
act ("a refusé de payer", CAMEO 12), a warring side that progresses or gains ground (19), a place
under fire (19), a military operation named as one (19), taking up arms (15), armour leaving a
town (08), survivors taken out of the rubble (07), activists mobilised at a place (14), acts of
torture and sittings of talks ("des actes de torture", "une séance de négociations"). Each with the
other senses of its words as negatives ("refuse de commenter", "les ventes progressent", "sous le
feu des critiques", "gagner du terrain dans les sondages", "un acte de naissance"). Sentences
written for these tests. Rows: (sentence, type, actor, place) as in
``test_event_constructions.check_row`` (lowercase substrings; None: not checked); negatives:
(sentence, type)."""

from __future__ import annotations

import pytest
from test_event_constructions import check_row, events_of, no_event, xfail

NOT_FALLS = [  # a town's club that falls to a lower division is no town captured (lead, after the merge)
    ("Sedan tombe en National après sa défaite à domicile.", "capture"),
    ("Après cette saison ratée, Grenoble est tombé en Ligue 2.", "capture"),
    ("Lens tombe à la cinquième place du classement.", "capture"),
]
NOT_IN_RANGE = [  # a town within range of fire is no town shelled (lead, after the merge)
    ("La ville reste à portée de tir de l'artillerie ennemie.", "shell"),
    ("Toute la région est désormais à portée de frappe des missiles russes.", "air_strike"),
]
REFUSALS = [  # 12 reject, by a named actor
    ("Yannick Jadot a refusé de participer à la primaire.", "reject", "jadot", None),
    ("Le Hamas refuse de libérer les otages avant un cessez-le-feu.", "reject", "hamas", None),
    ("La Hongrie refuse de voter les sanctions contre Moscou.", "reject", "hongrie", None),
    xfail(
        "L'assureur avait refusé d'indemniser les sinistrés.",
        "reject",
        "assureur",
        None,
        reason="an unnamed subject: refusals of people in stories and quotes ('une dame qui refuse "
        "d'aller en Ehpad', 'on refuse de') were most of what it added on fresh reports",
    ),
]
NOT_REFUSALS = [
    ("Le ministre refuse de commenter cette décision.", "reject"),
    ("Je refuse de croire que tout est perdu.", "reject"),
    ("Les habitants refusent de baisser les bras.", "reject"),
    ("Il refuse de parler à la presse.", "reject"),
    ("Les gendarmes ont poursuivi une voiture qui refusait d'obtempérer.", "reject"),
    ("Le film raconte l'histoire d'une dame qui refuse d'aller en maison de retraite.", "reject"),
    ("« On refuse de faire de l'argent sur le dos des morts », dit le maire.", "reject"),
    (
        "« On refuse de payer pour les autres » À Rennes (Ille-et-Vilaine), les commerçants protestent.",
        "reject",
    ),
]

ADVANCES = [  # 19 attack: an advance, ground gained, under fire, an operation
    ("Les séparatistes ont encore progressé de quelques kilomètres.", "attack", "séparatistes", None),
    ("Les troupes russes progressent vers la ville de Bakhmout.", "attack", "troupes", None),
    ("Les rebelles gagnent du terrain autour de Goma.", "attack", "rebelles", None),
    ("Les forces ukrainiennes ont gagné du terrain près de Kherson.", "attack", "forces", None),
    ("L'opération militaire de l'armée israélienne à Rafah se poursuit.", "attack", None, "rafah"),
    ("Le village est sous le feu de l'artillerie ennemie depuis lundi.", "shell", None, None),
    ("Le convoi est passé sous les tirs russes à l'entrée de la ville.", "shell", None, None),
    ("Les troupes ont mené une incursion dans la région frontalière.", "attack", "troupes", None),
    xfail(
        "Les blindés ont mené une incursion dans la région frontalière.",
        "attack",
        None,
        None,
        reason="armoured vehicles are no military noun (event_nouns.tsv): no sign the incursion is armed",
    ),
    ("La patrouille a essuyé des tirs à la sortie du village.", "attack", None, None),
    ("Des passants ont été mitraillés depuis une voiture à Marseille.", "shooting", "passants", "marseille"),
    ("Le forcené a été désarmé par deux clients du bar.", "arrest", "forcené", None),
]
NOT_ADVANCES = [
    ("Les ventes de voitures électriques ont progressé de 12 %.", "attack"),
    ("L'élève a beaucoup progressé en mathématiques.", "attack"),
    ("Cette idée gagne du terrain dans l'opinion.", "attack"),
    ("Le candidat gagne du terrain dans les sondages.", "attack"),
    ("La ministre est sous le feu des critiques.", "shell"),
    ("La chanteuse est sous le feu des projecteurs.", "shell"),
    ("L'opération de la cataracte s'est bien passée.", "attack"),
    ("Sa première incursion dans le monde de la mode a surpris.", "attack"),
    ("L'actrice a été mitraillée par les photographes à Cannes.", "shooting"),
]

POSTURE = [  # 15 mobilize, 08 withdraw
    ("Le président a appelé la population à prendre les armes.", "mobilize", "président", None),
    (
        "Des milliers de volontaires ont pris les armes pour défendre la capitale.",
        "mobilize",
        "volontaires",
        None,
    ),
    ("Les chars russes ont quitté la ville dans la nuit.", "withdraw", None, None),
    ("Le régime a enrôlé des milliers de détenus dans l'armée.", "mobilize", None, None),
    ("Le Parlement a voté le rétablissement de la conscription.", "mobilize", None, None),
    xfail(
        "Dans les villages, des habitants s'arment pour se défendre.",
        "mobilize",
        "habitants",
        None,
        reason="'s'arment' is tagged an adverb in this sentence: no trigger is read",
    ),
]
NOT_POSTURE = [
    ("Les chars du carnaval ont défilé dans la ville.", "withdraw"),
    ("Il faut s'armer de patience avant les résultats.", "mobilize"),
    ("Il a réussi à désarmer les critiques de ses adversaires.", "arrest"),
]

RESCUES = [  # 07 rescue: out of the rubble
    ("Les secouristes ont sorti une fillette des décombres.", "rescue", "secouristes", None),
    ("Deux survivants ont été extraits des gravats par les pompiers.", "rescue", None, None),
    ("Les pompiers ont extrait le conducteur de son véhicule.", "rescue", "pompiers", None),
    ("Les sauveteurs ont dégagé une femme des décombres de l'immeuble.", "rescue", "sauveteurs", None),
]
NOT_RESCUES = [
    ("Le film sortira en salle mercredi.", "rescue"),
    ("Le ministre a extrait une phrase du rapport.", "rescue"),
    ("Les pelleteuses ont dégagé les décombres de la rue.", "rescue"),
]

PROTESTS = [  # 14: activists mobilised at a place
    ("Près de 3 000 militants sont mobilisés à Notre-Dame-des-Landes.", "demonstrate", "militants", None),
    (
        "Des centaines de manifestants étaient mobilisés devant la préfecture.",
        "demonstrate",
        "manifestants",
        None,
    ),
]
NOT_PROTESTS = [
    ("Trois cents pompiers sont mobilisés sur l'incendie.", "demonstrate"),
]

PHASES = [  # a bare "de X" of an act, a sitting or a round is the event
    ("Les détenus ont subi des actes de torture dans la prison.", "torture", None, None),
    ("Un acte de sabotage a visé la voie ferrée près de Lyon.", "attack", None, None),
    ("Une séance de négociations sur les salaires est prévue jeudi.", "engage_in_negotiation", None, None),
    ("Un nouveau cycle de négociations s'ouvre à Genève.", "engage_in_negotiation", None, None),
]
NOT_PHASES = [
    ("Elle a demandé un acte de naissance à la mairie.", "birth"),
    ("La séance de dédicaces a attiré beaucoup de lecteurs.", "engage_in_negotiation"),
]


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "place"), REFUSALS + ADVANCES + POSTURE + RESCUES + PROTESTS + PHASES
)
def test_cameo_r21(nlp, sentence, type_, actor, place):
    check_row(nlp, sentence, type_, actor, place)


@pytest.mark.parametrize(
    ("sentence", "type_"),
    NOT_REFUSALS
    + NOT_ADVANCES
    + NOT_POSTURE
    + NOT_RESCUES
    + NOT_PROTESTS
    + NOT_PHASES
    + NOT_FALLS
    + NOT_IN_RANGE,
)
def test_other_senses_r21(nlp, sentence, type_):
    no_event(nlp, sentence, type_)


def test_operation_named_whole(nlp):
    """A military operation is named by its two words, as reporters name it."""
    found = [e.trigger for e in events_of(nlp, "L'opération militaire russe en Ukraine dure depuis un an.")]
    assert "opération militaire" in found
