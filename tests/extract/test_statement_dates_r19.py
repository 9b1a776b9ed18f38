"""The date of a statement: the time expression that governs its speech act only, else the
publication date. One table of reporting sentences written for it -> (the statement's date, where
it came from). Read against a Wednesday report, 15 October 2025 (ISO week 42).

What dates the act: an expression hanging on the speech verb ("a déclaré mardi"), fronted before
it ("Hier soir, sur TF1, le ministre a affirmé"), dating the circumstance of the words ("lors d'un
discours prononcé lundi", "dans un entretien publié dimanche", "interrogé ce matin"). What does
not: an expression inside the words ("a annoncé que le texte serait voté jeudi"), one that bounds
a stretch ("depuis lundi", "jusqu'à vendredi"), one of another act told inside a relative clause
of its subject ("les grévistes, qui manifestent depuis lundi, ont dénoncé").
"""

from __future__ import annotations

import pytest

from newsgraph.extract.timex import find_times
from newsgraph.extract.timex_dating import statement_date
from newsgraph.model import TimeValue

WED = TimeValue("2025-10-15", "day")


STATEMENT_DATES = [
    ("Le ministre a déclaré mardi que la réforme serait retirée.", "déclaré", "2025-10-14", "text"),
    ("Le ministre a annoncé mardi que le texte serait voté jeudi.", "annoncé", "2025-10-14", "text"),
    ("Le ministre a annoncé que le texte serait voté jeudi.", "annoncé", "2025-10-15", "publication"),
    ("Hier soir, sur TF1, la ministre a affirmé que rien n'était décidé.", "affirmé", "2025-10-14", "text"),
    (
        "« Nous irons jusqu'au bout », a prévenu ce matin le secrétaire général.",
        "prévenu",
        "2025-10-15",
        "text",
    ),
    ("« Nous irons jusqu'au bout », a-t-il prévenu lundi soir.", "prévenu", "2025-10-13", "text"),
    (
        "Lors d'un discours prononcé lundi à Lyon, le président a promis des moyens.",
        "promis",
        "2025-10-13",
        "text",
    ),
    (
        "Dans un entretien publié dimanche, la maire a dénoncé un abandon de l'État.",
        "dénoncé",
        "2025-10-12",
        "text",
    ),
    (
        "Interrogé ce matin sur France Inter, le député a reconnu des erreurs.",
        "reconnu",
        "2025-10-15",
        "text",
    ),
    ("Le préfet a indiqué la semaine dernière que la route rouvrirait.", "indiqué", "2025-W41", "text"),
    ("Le syndicat a fait savoir en fin de semaine dernière qu'il signerait.", "savoir", "2025-W41", "text"),
    ("« La grève continue depuis lundi », a déclaré le délégué.", "déclaré", "2025-10-15", "publication"),
    ("Le maire a assuré que les travaux dureraient jusqu'à vendredi.", "assuré", "2025-10-15", "publication"),
    (
        "Les grévistes, qui manifestent depuis lundi, ont dénoncé un mépris.",
        "dénoncé",
        "2025-10-15",
        "publication",
    ),
    (
        "« Il y a un an jour pour jour, la digue cédait », a rappelé le maire.",
        "rappelé",
        "2025-10-15",
        "publication",
    ),
    ("Le ministre avait affirmé le 3 octobre qu'il ne céderait pas.", "affirmé", "2025-10-03", "text"),
    ("Il y a 48 heures, le président a appelé au calme.", "appelé", "2025-10-13", "text"),
    ("À la rentrée, le ministre avait promis une loi.", "promis", "2025-09", "text"),
    ("La direction a confirmé mercredi la fermeture du site.", "confirmé", "2025-10-15", "text"),
    (
        "Le gouvernement doit annoncer jeudi ses arbitrages, a indiqué Matignon.",
        "indiqué",
        "2025-10-15",
        "publication",
    ),
    (
        "« Nous ne lâcherons rien », a déclaré le ministre, qui s'exprimait mardi devant les députés.",
        "déclaré",
        "2025-10-14",
        "text",
    ),
    (
        "S'exprimant lundi devant la presse, le ministre a affirmé que rien n'était joué.",
        "affirmé",
        "2025-10-13",
        "text",
    ),
    (
        "Le ministre a affirmé, dans un communiqué diffusé hier soir, que la grève était illégale.",
        "affirmé",
        "2025-10-14",
        "text",
    ),
    ("C'est ce qu'a déclaré mardi le ministre de l'Intérieur.", "déclaré", "2025-10-14", "text"),
    ("Mardi, devant les députés, le premier ministre a défendu sa réforme.", "défendu", "2025-10-14", "text"),
    ("Le ministre a déclaré qu'il se rendrait lundi à Metz.", "déclaré", "2025-10-15", "publication"),
    ("Le ministre a déclaré lundi qu'il se rendrait mardi à Metz.", "déclaré", "2025-10-13", "text"),
    ("« Le plan est prêt », a déclaré mardi 14 octobre le ministre.", "déclaré", "2025-10-14", "text"),
    ("Le ministre a promis dimanche une aide d'ici la fin de l'année.", "promis", "2025-10-12", "text"),
    ("Le maire a annoncé la fermeture de l'école à partir de lundi.", "annoncé", "2025-10-15", "publication"),
    ("Dès lundi, les syndicats ont dénoncé le projet.", "dénoncé", "2025-10-13", "text"),
    ("Le ministre a expliqué jeudi dernier qu'il fallait attendre.", "expliqué", "2025-10-09", "text"),
    (
        "Le ministre a déclaré, il y a trois jours, que la réforme était prête.",
        "déclaré",
        "2025-10-12",
        "text",
    ),
    ("Le président a promis en 2022 que l'usine resterait ouverte.", "promis", "2022", "text"),
    ("Au lendemain du scrutin, le candidat a reconnu sa défaite.", "reconnu", "2025-10-15", "publication"),
]


@pytest.mark.parametrize(("sentence", "cue", "value", "source"), STATEMENT_DATES)
def test_statement_date(nlp, sentence, cue, value, source):
    sdoc = nlp(sentence)
    cue_index = next(t.i for t in sdoc if t.text == cue)
    times = find_times(sentence, WED, "d", sdoc)
    date, src = statement_date(sdoc, cue_index, times, WED)
    assert (date.value if date else None, src) == (value, source)
