"""The negotiation topic, round 34: the noun "compromis" after a determiner, an adjective or a verb;
the European Union's members bargaining; and not: the participle of compromettre (its feminine forms,
after a copula, before a passive's agent), a meeting or talk of the European Union's members among
themselves, a leader meeting people who speak for no side, a weak act in a place's name with a capital
article ("La Réunion").

Tables of (sentence, context, expected narrower concept) written for these tests; ``NOT`` rows must
give no negotiation at all. Cases that still fail are strict xfails.
"""

from __future__ import annotations

import pytest
from negotiation_rows import check_found, check_not
from negotiation_rows import open_row as _open

LEAD = "Pour le président, il n'y a pas de signe concret d'une désescalade."

FOUND = [
    # the noun: after a determiner, a preposition, an adjective, or first in its sentence
    ("Un compromis a finalement été trouvé entre la direction et les syndicats.", "", "labour_negotiation"),
    (
        "Compromis trouvé entre la majorité et LR sur le budget, annonce le rapporteur.",
        "",
        "political_negotiation",
    ),
    (
        "Les syndicats cherchent encore la voie d'un possible compromis avec la direction.",
        "",
        "labour_negotiation",
    ),
    ("La ministre a salué la recherche d'un compromis avec les syndicats.", "", "labour_negotiation"),
    ("Les députés LR ont dû faire les derniers compromis sur le budget.", "", "political_negotiation"),
    ("La présidente du groupe RN refuse de répéter compromis dix fois.", "", "political_negotiation"),
    # the European Union's members bargaining, not only meeting
    (
        "Les discussions entre les 27 sont dans l'impasse sur le plafonnement du prix du gaz.",
        "",
        "diplomatic_negotiation",
    ),
    (
        "Les 27 ont trouvé un accord avec Londres sur la pêche, selon la Commission.",
        "",
        "diplomatic_negotiation",
    ),
    # a meeting of two sides stays talks
    (
        "La réunion entre les chefs de la diplomatie russe et ukrainienne s'est tenue à Antalya.",
        "Guerre en Ukraine : des pourparlers à Antalya",
        "diplomatic_negotiation",
    ),
    # the noun "rencontre" names who meet: not a meeting with the public
    (
        "La rencontre des deux présidents russe et ukrainien est prévue à Istanbul.",
        "Guerre en Ukraine",
        "diplomatic_negotiation",
    ),
    # the lead is the statement's sentence: the title glued to it with no stop is dropped with it
    # (statements.topic_context; a stop after the title was tried and reverted in round 34, see
    # benchmarks/results/negotiation_misses_neg34.txt)
    _open(
        LEAD,
        " ".join(("", "Ukraine : des négociations de paix sont possibles", LEAD)),
        "diplomatic_negotiation",
        "the title is dropped with the lead, the statement's own sentence",
    ),
]

NOT = [
    # the participle of compromettre: after a copula (an adverb between), before a passive's agent; its
    # feminine forms
    (
        "Le projet de loi peut-il être compromis par la perte de la majorité, s'interroge un député LR ?",
        "Assemblée : la majorité relative inquiète le gouvernement",
    ),
    (
        "La saison des stations semble désormais compromise, dit le maire.",
        "Grève des saisonniers : les syndicats et les patrons négocient",
    ),
    (
        "Son avenir politique paraît sérieusement compromis après le scandale, estime un élu LR.",
        "Les députés LR en réunion",
    ),
    # the European Union's members meeting among themselves
    (
        "Une nouvelle réunion des 27 est prévue dans la soirée après l'offensive russe contre l'Ukraine.",
        "Guerre en Ukraine : la communauté internationale prépare sa riposte contre Vladimir Poutine",
    ),
    (
        "Une réunion doit se tenir entre les États membres pour coordonner l'accueil des réfugiés.",
        "Guerre en Ukraine : l'Union européenne face à l'invasion russe",
    ),
    (
        "Les 27 chefs d'État en discuteront ce soir à Bruxelles, indique le journaliste.",
        "Guerre en Ukraine : l'afflux de réfugiés ukrainiens inquiète l'Union européenne",
    ),
    (
        "Les ministres de l'Union européenne se retrouvent ce soir, une réunion des Vingt-Sept sur les "
        "sanctions contre la Russie.",
        "Guerre en Ukraine : l'Europe prépare de nouvelles sanctions contre Moscou",
    ),
    # a leader meeting people who speak for no side: the object of the verb rencontrer
    (
        "Le président ukrainien s'est rendu dans l'est du pays pour rencontrer des soldats.",
        "Guerre en Ukraine : le moral des troupes face à l'avancée russe",
    ),
    (
        "Le président américain a rencontré des réfugiés ukrainiens ayant fui la guerre.",
        "Guerre en Ukraine : le président américain en Pologne met en garde Vladimir Poutine",
    ),
    # a place's name with a capital article
    (
        "Depuis l'île de La Réunion, le candidat a condamné l'invasion russe de l'Ukraine.",
        "Guerre en Ukraine : les candidats réagissent",
    ),
]


OPEN_NOT = [
    _open(
        "Le retour du député à l'Assemblée compromis, selon LFI.",
        "Politique : le retour du député LFI",
        None,
        "a bare participle after a noun reads as the noun after an adjective ('les derniers compromis')",
    ),
    # still failing (read in 2,000 fresh reports, round 34): a fallback, a family's talk, allies' meetings
    _open(
        "Bus, covoiturage : chacun espère trouver une solution de repli.",
        "Grève à la SNCF : les voyageurs cherchent des solutions",
        None,
        "a solution of one's own is no settlement between parties",
    ),
    _open(
        "Ça permettra certainement de renouer le dialogue avec ma famille, dit Anne.",
        "Crise énergétique : des coupures de courant",
        None,
        "'renouer le dialogue' is sure in every other use",
    ),
    _open(
        "L'objectif de toutes ces rencontres, c'est d'afficher l'unité des Occidentaux face à la Russie.",
        "Guerre en Ukraine : un marathon diplomatique à Bruxelles",
        None,
        "allies named as 'les Occidentaux' are also one side of talks with Moscow",
    ),
]


@pytest.mark.parametrize(("text", "context", "concept"), FOUND)
def test_found(text: str, context: str, concept: str) -> None:
    check_found(text, context, concept)


@pytest.mark.parametrize(("text", "context"), NOT)
def test_not(text: str, context: str) -> None:
    check_not(text, context)


@pytest.mark.parametrize(("text", "context", "concept"), OPEN_NOT)
def test_not_yet(text: str, context: str, concept: None) -> None:
    check_not(text, context)
