"""Reported speech as the written press writes it, round 31 part 2 (prs31b), in sentences of our own:
"la défense" of a trial as a speaker; "selon les chiffres publiés (jeudi) par X" (the agent of the
participle is the source); the author of a noun of an act of speech as its speaker ("le communiqué
de la mairie précise …", "les propos du joueur, qui a affirmé …"); "<noun> de X, selon lesquels …"
read once, as X's words, also when the parse hangs the relative clause on the main verb; a fronted
participial phrase before the subject ("Interrogé par …, le ministre a assuré …", already read
before this round: the rows pin it). Each row: exactly one statement holds the content part, said
by a speaker whose name holds the speaker part (speech.check_construction)."""

from __future__ import annotations

import pytest
from speech import check_construction, check_not_said_by, described, find, statements


def row(construction: str, text: str, speaker: str, content: str):
    return pytest.param(text, speaker, content, id=f"{construction}: {text[:60]}")


# (construction, text, speaker name part, content part): reported, not direct
CASES = [
    row("defence", "La défense a plaidé que son client avait agi sous la contrainte.", "défense", "agi sous"),
    row("defence", "Sa défense estime que le dossier ne contient aucune preuve.", "défense", "aucune preuve"),
    row(
        "defence",
        "Le ministre de la Défense affirme que les troupes resteront sur place.",
        "ministre de la Défense",
        "troupes resteront",
    ),
    row(
        "defence",
        "Le ministère russe de la Défense a indiqué que les frappes avaient visé des dépôts.",
        "ministère russe de la Défense",
        "frappes avaient visé",
    ),
    row(
        "published-by",
        "Le chômage a reculé de 0,3 point, selon les données publiées jeudi par l'Insee.",
        "Insee",
        "chômage a reculé",
    ),
    row(
        "published-by",
        "Le chômage a reculé, selon les données publiées jeudi par l'Insee.",
        "Insee",
        "chômage a reculé",
    ),
    row(
        "published-by",
        "Les ventes ont chuté de 12 %, selon des chiffres communiqués mardi par la préfecture.",
        "préfecture",
        "ventes ont chuté",
    ),
    row(
        "published-by",
        "Les exportations ont progressé en avril, selon les chiffres publiés par les douanes.",
        "douanes",
        "exportations ont progressé",
    ),
    row(
        "act-author",
        "Le communiqué de la mairie précise que la route sera fermée jusqu'à lundi.",
        "mairie",
        "route sera fermée",
    ),
    row(
        "act-author",
        "Le communiqué de presse du club précise que le joueur souffre d'une entorse.",
        "club",
        "souffre d'une entorse",
    ),
    row(
        "act-author",
        (
            "La déclaration de la ministre, qui estime que la situation s'améliore, a été saluée "
            "par les syndicats."
        ),
        "ministre",
        "situation s'améliore",
    ),
    row(
        "act-author",
        ("Le témoignage de cette femme, qui a raconté que son fils avait disparu, a bouleversé la salle."),
        "femme",
        "fils avait disparu",
    ),
    row(
        "act-author",
        "Le rapport de l'ONG, qui estime que la situation s'aggrave, sera publié lundi.",
        "rapport",  # a document speaks itself
        "situation s'aggrave",
    ),
    row(
        "content-relative",
        "Le club a contesté les propos de l'entraîneur, selon lesquels les joueurs étaient épuisés.",
        "entraîneur",
        "joueurs étaient épuisés",
    ),
    row(
        "content-relative",
        ("Le maire a démenti les propos de son adjoint, selon lesquels il quitterait bientôt ses fonctions."),
        "adjoint",
        "quitterait bientôt",
    ),
    row(
        "content-relative",
        "L'opposition conteste les affirmations du gouvernement, selon lesquelles la dette est maîtrisée.",
        "gouvernement",
        "dette est maîtrisée",
    ),
    row(
        "content-relative",
        "Le gouvernement rejette les accusations de l'ONG, selon lesquelles les détenus sont maltraités.",
        "ONG",
        "détenus sont maltraités",
    ),
    row(
        "content-relative",
        "Le maire a démenti les rumeurs selon lesquelles il démissionnerait.",
        "maire",  # no author: the verb's object reading keeps the clause
        "il démissionnerait",
    ),
    row(
        "fronted-participle",
        "Interrogé par Le Monde, le ministre a assuré que la réforme serait maintenue.",
        "ministre",
        "réforme serait maintenue",
    ),
    row(
        "fronted-participle",
        "Cité par l'AFP, un diplomate estime que les négociations sont dans l'impasse.",
        "diplomate",
        "négociations sont dans l'impasse",
    ),
    row(
        "fronted-participle",
        "Contactée par téléphone, la directrice de l'école a expliqué que les cours reprendraient lundi.",
        "directrice",
        "cours reprendraient",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "content"), CASES)
def test_press_prs31b(nlp, text, speaker, content):
    check_construction(nlp, text, speaker, content, False)


# (text, wrong speaker part, content part): the content is not given to this speaker
NOT_BY = [
    # a bare time noun after the participle is no source
    ("Le trafic a baissé de moitié, selon les chiffres publiés jeudi.", "jeudi", "trafic a baissé"),
    # the object's reading stops before the relative: the clause is the coach's words only
    (
        "Le club a contesté les propos de l'entraîneur, selon lesquels les joueurs étaient épuisés.",
        "club",
        "épuisés",
    ),
    # a fronted participle's agent does not speak
    ("Interrogé par Le Monde, le ministre a assuré que la réforme serait maintenue.", "Monde", "réforme"),
]


@pytest.mark.parametrize(("text", "wrong", "content"), NOT_BY)
def test_press_prs31b_not_by(nlp, text, wrong, content):
    check_not_said_by(nlp, text, wrong, content)


# (text, content part): no statement holds these words
NOT_SAID = [
    # a relative on a noun of speech whose verb says nothing
    ("Les propos du ministre, qui ont choqué l'opposition, ont été retirés du compte rendu.", "choqué"),
    # a belief or a finding, not an act of speech (soupçonner, découvrir que)
    ("Les enquêteurs soupçonnent que l'incendie a été allumé volontairement.", "incendie"),
    ("Les chercheurs ont découvert que cette bactérie résistait aux antibiotiques.", "bactérie"),
]


@pytest.mark.parametrize(("text", "content"), NOT_SAID)
def test_press_prs31b_not_said(nlp, text, content):
    found = statements(nlp, text)
    assert not find(found, content), described(found)
