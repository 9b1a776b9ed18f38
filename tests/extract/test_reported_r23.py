"""Reported speech of the twenty-third round, in sentences of our own: a copular clause followed by
an incise whose speaker carries a relative ("X est Y, a jugé le syndicat, qui appelle …": the
parser hangs the predicate on the incise verb as its subject and the relative on it as its clause);
"…, comme le recommande le Giec": a verb after "comme le" read as a noun, a verb of any frame;
a clause with a copula before an incise verb of judging gives the incise's speaker, never the
predicate as a speaker of the noun after the verb ("…, a estimé le tribunal correctionnel")."""

from __future__ import annotations

import pytest
from speech import check_construction, check_not_said_by, described, statements

# (text, speaker name part, content part, direct)
CASES = [
    # a copular clause, an incise, a relative after its speaker
    (
        "Cette réforme est une erreur historique, a estimé le syndicat, qui appelle à la grève.",
        "syndicat",
        "Cette réforme est une erreur historique",
        False,
    ),
    (
        "Le texte est une provocation, a dénoncé la CGT, qui appelle à manifester jeudi.",
        "CGT",
        "Le texte est une provocation",
        False,
    ),
    (
        "La situation reste tendue, a estimé le préfet, qui appelle au calme.",
        "préfet",
        "La situation reste tendue",
        False,
    ),
    (
        "Le vaccin est sûr, a assuré l'Agence du médicament, qui publie ses données chaque semaine.",
        "Agence du médicament",
        "Le vaccin est sûr",
        False,
    ),
    # a predicate with its copula hung on a verb of judging is no speaker of the noun after it
    (
        "Le suspect est bien l'auteur des faits, a estimé le tribunal correctionnel.",
        "tribunal",
        "Le suspect est bien l'auteur des faits",
        False,
    ),
    (
        "Cet accord est une victoire historique, a jugé le Premier ministre britannique.",
        "Premier ministre",
        "Cet accord est une victoire historique",
        False,
    ),
    # "…, comme le <verbe> X": a verb the tagger reads as a noun after "comme le", a verb of any frame
    (
        "Sa priorité serait de fermer les centrales à charbon, comme le recommande le Giec.",
        "Giec",
        "fermer les centrales à charbon",
        False,
    ),
    (
        "Le déficit public reste trop élevé, comme le note la Cour des comptes.",
        "Cour des comptes",
        "Le déficit public reste trop élevé",
        False,
    ),
    (
        "Le nombre de cambriolages a doublé en dix ans, comme le montre une étude de l'Insee.",
        "Insee",
        "Le nombre de cambriolages a doublé",
        False,
    ),
    # a fronted "comme" incise: its subject ends at its comma (not the main clause's subject)
    (
        "Comme le rappelle une étude de l'Insee, les loyers ont augmenté de 5 % en un an.",
        "Insee",
        "les loyers ont augmenté",
        False,
    ),
    # a judgement of a thing with its attribute still reads (the subject is no predicate)
    (
        "Le maire de la commune juge la situation très préoccupante.",
        "maire",
        "la situation très préoccupante",
        False,
    ),
]


@pytest.mark.parametrize(("text", "speaker", "content", "direct"), CASES)
def test_reported_r23(nlp, text, speaker, content, direct):
    check_construction(nlp, text, speaker, content, direct)


# (text, a speaker name part that may not say the content part, content part)
WRONG_SPEAKERS = [
    ("Le suspect est bien l'auteur des faits, a estimé le tribunal correctionnel.", "auteur", "tribunal"),
    ("L'ancien maire est le vrai responsable, a jugé la cour d'appel.", "responsable", "cour d'appel"),
    ("Comme le rappelle une étude de l'Insee, les pompiers ont sauvé un chat.", "pompiers", "sauvé un chat"),
    # the subject of the relative is no speaker of a clause
    ("La situation reste tendue, a estimé le préfet, qui appelle au calme.", "situation", "au calme"),
]


@pytest.mark.parametrize(("text", "wrong", "content"), WRONG_SPEAKERS)
def test_reported_r23_wrong_speakers(nlp, text, wrong, content):
    check_not_said_by(nlp, text, wrong, content)


# (text, a content part no statement may hold)
NEAR_MISSES = [
    # a relative after the speaker of an incise is not what was said
    ("Les prix vont baisser, a estimé le ministre, qui verra les distributeurs.", "distributeurs"),
    ("La situation reste tendue, a estimé le préfet, qui appelle au calme.", "qui appelle"),
    # "comme le" + a verb of no speech: no attribution
    ("Il est parti tôt, comme le veut la tradition.", "parti tôt"),
    ("Comme le montre la vidéo ci-dessous, les pompiers ont sauvé un chat coincé.", "sauvé un chat"),
    ("Comme le montre le reportage de France 3 ci-dessus, la digue a cédé dans la nuit.", "la digue a cédé"),
    ("Les loyers ont encore augmenté de 5 %, comme le montre la vidéo ci-dessous.", "Les loyers"),
]


@pytest.mark.parametrize(("text", "content"), NEAR_MISSES)
def test_reported_r23_near_misses(nlp, text, content):
    found = statements(nlp, text)
    assert not [s for s in found if content.lower() in s.content.lower()], described(found)
