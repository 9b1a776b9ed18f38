"""Reported speech of the twelfth round (issue 14): constructions of French reporting found missed in
a sample of unannotated 2022 reports, each in sentences of our own. A demand or a criticism whose
object is someone's ("réclame sa démission"); "selon / d'après le rapport de X, …" where the parse
makes the source the root and hangs the clause on it; a document taken up from the sentence before
("La préfecture a publié un communiqué. Le communiqué précise …") that speaks for its issuer; a verb of
saying the tagger read as an adjective or an adverb ("raconte, sur …, avoir …", "dément toute …");
"comme il le dit, « … »" with its pronoun and clitic before the verb; free indirect speech, a
quote of its own after a sentence whose subject can speak ("Le maire reste inquiet. « … »")."""

from __future__ import annotations

import pytest
from speech import check_construction, described, statements, xfail

# (text, speaker name part, content part, direct)
CASES = [
    # a demand or a criticism aimed at someone: the short possessed object is what was said
    ("L'opposition réclame sa démission immédiate.", "opposition", "sa démission", False),
    ("Les locataires exigent leur relogement.", "locataires", "leur relogement", False),
    # "selon / d'après" a document of a named author, the clause hung on the source by the parse
    (
        "Selon le rapport de la Cour des comptes, les hôpitaux manqueront de 20 000 soignants en 2030.",
        "Cour des comptes",
        "les hôpitaux manqueront",
        False,
    ),
    (
        "D'après le rapport de la Cour des comptes, la dette atteindra 120 % du PIB en 2027.",
        "Cour des comptes",
        "la dette atteindra",
        False,
    ),
    # a document taken up from the sentence before speaks for whoever issued it
    (
        "La préfecture a publié un communiqué mardi soir. Le communiqué précise que les routes"
        " resteront fermées jusqu'à jeudi.",
        "préfecture",
        "les routes resteront fermées",
        False,
    ),
    (
        "Le rectorat a diffusé une note aux directeurs. Selon ce texte, les sorties scolaires sont"
        " suspendues jusqu'aux vacances.",
        "rectorat",
        "les sorties scolaires sont suspendues",
        False,
    ),
    # a verb of saying the tagger read as an adjective, an adjunct before its infinitive or clause
    (
        "La jeune femme raconte, sur les réseaux sociaux, avoir secouru un randonneur égaré.",
        "jeune femme",
        "avoir secouru un randonneur",
        False,
    ),
    (
        "L'infirmière raconte, la voix tremblante, que les urgences débordent chaque nuit.",
        "infirmière",
        "les urgences débordent chaque nuit",
        False,
    ),
    # "dément" read as an adverb, before an object or an infinitive
    ("Le ministre dément toute intervention dans ce dossier.", "ministre", "toute intervention", False),
    ("Emmanuel Macron dément avoir été informé de l'opération.", "Macron", "avoir été informé", False),
    # "comme il le dit", "comme elles l'ont expliqué": the pronoun before the verb is the speaker
    (
        "Le maire n'a pas caché sa colère. Comme il le dit, « ce projet a été décidé sans nous ».",
        "maire",
        "décidé sans nous",
        True,
    ),
    (
        "Les infirmières sont épuisées. Comme elles l'ont expliqué au ministre, les effectifs"
        " manquent dans tous les services.",
        "infirmières",
        "les effectifs manquent",
        False,
    ),
    ("Son voisin raconte avoir entendu une explosion vers minuit.", "voisin", "avoir entendu", False),
    ("La jeune femme raconte avoir secouru un randonneur égaré.", "jeune femme", "avoir secouru", False),
    (
        "Paul Mercier aurait aimé un geste de l'État car, comme il l'explique, « même avec cette aide, la"
        " farine reste trop chère ».",
        "Mercier",
        "la farine reste trop chère",
        True,
    ),
    # free indirect speech: the subject of the sentence before a quote of its own speaks
    (
        "Les infirmières n'en peuvent plus. « On travaille sans relâche depuis des mois. »",
        "infirmières",
        "sans relâche depuis des mois",
        True,
    ),
    (
        "Le directeur de l'usine reste optimiste. « Nous retrouverons des commandes avant l'été. »",
        "directeur",
        "des commandes avant l'été",
        True,
    ),
    (
        "La députée était l'invitée du « Grand Jury » dimanche soir. « Nous voterons contre ce budget sans"
        " hésiter. »",
        "députée",
        "contre ce budget",
        True,
    ),
    (
        "La situation reste très tendue, a déclaré mardi soir le ministre de l'Intérieur.",
        "ministre",
        "très tendue",
        False,
    ),
    (
        "« Tout a brûlé », raconte une voisine. Les pompiers sont arrivés vite. « Mais c'était déjà trop"
        " tard pour nous. »",
        "voisine",
        "trop tard pour nous",
        True,
    ),
    xfail(
        "Les effectifs seront renforcés dès lundi, a-t-il été annoncé par la préfecture.",
        "préfecture",
        "Les effectifs seront renforcés",
        False,
        reason="an impersonal passive incise takes its content after the verb",
    ),
    (
        "Selon les calculs du comparateur en ligne, il faut 13 ans pour rentabiliser un achat.",
        "comparateur",
        "il faut 13 ans",
        False,
    ),
]


@pytest.mark.parametrize(("text", "speaker", "content", "direct"), CASES)
def test_construction(nlp, text: str, speaker: str, content: str, direct: bool) -> None:
    check_construction(nlp, text, speaker, content, direct)


@pytest.mark.parametrize(
    "text",
    [
        "Le directeur a présenté sa démission.",
        "La préfecture a publié un communiqué mardi soir.",
        "Le froid s'installe sur la région. « On n'a jamais vu ça ici. »",  # no one to speak
    ],
)
def test_no_statement(nlp, text: str) -> None:
    assert statements(nlp, text) == [], described(statements(nlp, text))


def test_speaker_name_without_the_misread_verb(nlp) -> None:
    found = statements(
        nlp, "La jeune femme raconte, sur les réseaux sociaux, avoir secouru un randonneur égaré."
    )
    assert [s.speaker.name for s in found] == ["jeune femme"], described(found)


def test_no_incise_inside_the_object(nlp) -> None:
    """ "…, défend une méthode destinée à protéger le sol": the verb has its object, no postposed subject."""
    found = statements(
        nlp,
        "Son associé, producteur de « Vents du Sud », défend une méthode destinée à protéger le sol"
        " des vignes.",
    )
    assert not any("sol" in s.speaker.name for s in found), described(found)
