"""Statements of a sentence or a paragraph, for the speech_* and statements tests; and the cases
that run through every rule: (text, speaker name part, content part, direct, speaker type)."""

from __future__ import annotations

import re

import pytest

from newsgraph.extract.context import DocContext
from newsgraph.extract.entities import find_mentions
from newsgraph.extract.statements import extract_statements
from newsgraph.model import Document, TimeValue

ANCHOR = TimeValue("2022-11-14", "day")


def statements(nlp, text: str):
    sdoc = nlp(text)
    ctx = DocContext(Document("t", text, published=ANCHOR), sdoc, find_mentions(sdoc), [])
    return extract_statements(ctx)


def described(found) -> list[tuple[str, str, bool]]:
    """(speaker, content, direct) of each statement: what an assertion shows when it fails."""
    return [(s.speaker.name, s.content, s.direct) for s in found]


def xfail(*row, reason: str):
    """A construction row that fails today: strict, so it is noticed when it starts to pass."""
    return pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=reason), id=row[0])


def check_construction(
    nlp, text: str, speaker: str, content: str, direct: bool, kind: str | None = None
) -> None:
    """Exactly one statement holds the content part, said by a speaker whose name holds the speaker
    part, direct or not as told, and of the speaker type ``kind`` when one is given (the rows of the
    attribution construction tables)."""
    found = statements(nlp, text)
    hits = [s for s in found if content.lower() in s.content.lower()]
    assert len(hits) == 1, described(found)
    assert speaker.lower() in hits[0].speaker.name.lower(), described(found)
    assert hits[0].direct is direct, described(found)
    if kind is not None:
        assert hits[0].speaker.type == kind, described(found)


def find(found, content: str):
    return [s for s in found if content.lower() in s.content.lower()]


def check_exact_reported(nlp, text: str, speaker: str, content: str) -> None:
    """Exactly one statement holds exactly ``content`` (up to a final period), reported, said by a
    speaker whose name holds the speaker part (the rep32 and rep33 tables)."""
    found = statements(nlp, text)
    hits = [s for s in find(found, content) if s.content.strip(" .") == content]
    assert len(hits) == 1, described(found)
    assert speaker.lower() in hits[0].speaker.name.lower(), described(found)
    assert hits[0].direct is False, described(found)


def check_speaker_row(
    nlp, text: str, speaker: str, content: str, kind: str, *, whole_name: bool = False
) -> None:
    """Exactly one statement holds the content part, said by a speaker whose name holds the speaker
    part (is it, with ``whole_name``), of the given type (the rows of the speaker tables)."""
    found = statements(nlp, text)
    named = (lambda name: name == speaker.lower()) if whole_name else (lambda name: speaker.lower() in name)
    hits = [s for s in find(found, content) if named(s.speaker.name.lower())]
    assert len(hits) == 1, described(found)
    assert hits[0].speaker.type == kind, described(found)


def check_not_said_by(nlp, text: str, wrong: str, content: str) -> None:
    """No statement holding the content part is given to a speaker whose name holds ``wrong``."""
    found = statements(nlp, text)
    assert not [s for s in find(found, content) if wrong.lower() in s.speaker.name.lower()], described(found)


# (text, speaker name part, content part, direct, speaker type)
CASES = [
    # direct quotes, attribution after
    (
        "Le ministre Ben Wallace a parlé. "
        "« Personne ne sous-estimera la menace russe », a-t-il déclaré samedi.",
        "Ben Wallace",
        "Personne ne sous-estimera",
        True,
        "person",
    ),
    (
        "« Probablement la même chose du côté ukrainien », a ajouté Mark Milley.",
        "Milley",
        "la même chose du côté ukrainien",
        True,
        "person",
    ),
    (
        "“Les combats sont très durs dans le Donbass”, "
        "explique Oleksandr Syrsky, commandant des forces terrestres.",
        "Syrsky",
        "combats sont très durs",
        True,
        "person",
    ),
    (
        '"Nous ne reculerons pas devant l\'agresseur", a déclaré Volodymyr Zelensky.',
        "Zelensky",
        "Nous ne reculerons pas",
        True,
        "person",
    ),
    # attribution before, with a colon
    (
        "Le porte-parole du Kremlin Dmitri Peskov a déclaré : « Il n'y a pas de négociations en cours. »",
        "Peskov",
        "pas de négociations en cours",
        True,
        "person",
    ),
    # incise inside the quote
    (
        "Le président Volodymyr Zelensky s'est exprimé. "
        "« Nous sommes prêts pour la paix, a-t-il dit, mais pour notre paix. »",
        "Zelensky",
        "prêts pour la paix",
        True,
        "person",
    ),
    # reported speech
    (
        "Le Kremlin a déclaré qu'il ne pouvait ni confirmer ni infirmer le rapport.",
        "Kremlin",
        "ni confirmer ni infirmer",
        False,
        "gpe",
    ),
    (
        "La Russie nie que ses troupes ciblent des civils.",
        "Russie",
        "ses troupes ciblent des civils",
        False,
        "gpe",
    ),
    (
        "Selon Yoruk Isik, analyste basé à Istanbul, l'avion n'était utilisé que par de hauts responsables.",
        "Yoruk Isik",
        "hauts responsables",
        False,
        "person",
    ),
    (
        "Pour le général américain Mark Milley, il existe aujourd'hui une fenêtre pour la négociation.",
        "Mark Milley",
        "une fenêtre pour la négociation",
        False,
        "person",
    ),
    (
        "L'Ukraine a été informée à l'avance du voyage, a déclaré un responsable de la Maison Blanche.",
        "Maison Blanche",
        "informée à l'avance",
        False,
        "anonymous",
    ),
    (
        "Les autorités ukrainiennes ont affirmé que la ville était encerclée.",
        "autorités ukrainiennes",
        "la ville était encerclée",
        False,
        "group",
    ),
    (
        "Mais Kiev a réagi avec prudence, "
        "jugeant peu probable que l'armée russe quitte la ville sans se battre.",
        "Kiev",
        "sans se battre",
        False,
        "gpe",
    ),
    (
        "Joe Biden a estimé que Moscou avait de vrais problèmes sur le champ de bataille.",
        "Joe Biden",
        "vrais problèmes",
        False,
        "person",
    ),
    (
        "Plus de 100 000 militaires russes ont été tués. "
        "C'est ce qu'a affirmé mercredi le général Mark Milley.",
        "Milley",
        "100 000 militaires russes",
        False,
        "person",
    ),
    (
        "Le ministère russe de la Défense a affirmé mardi que ses forces avaient pris le village.",
        "ministère russe de la Défense",
        "avaient pris le village",
        False,
        "organization",
    ),
]


# Round 2: constructions common in French TV and web news (sentences written for these tests).
# (text, speaker name part, content part, direct, speaker type)
GENERAL_CASES = [
    # TV-report incises with anonymous or titled speakers
    ('"On a tout perdu en une nuit", raconte un habitant.', "habitant", "tout perdu", True, "anonymous"),
    (
        '"J\'ai eu très peur des bruits", souffle une petite fille.',
        "petite fille",
        "très peur",
        True,
        "anonymous",
    ),
    (
        '"C\'est inadmissible de fermer la gare", commente un passant.',
        "passant",
        "fermer la gare",
        True,
        "anonymous",
    ),
    (
        '"Le virus circule encore beaucoup", détaille Pr Philippe Amouyel, épidémiologiste.',
        "Philippe Amouyel",
        "circule encore",
        True,
        "person",
    ),
    # a member of a people is someone, not the country
    (
        '"Nous ne partirons pas de notre ville", dit un Ukrainien.',
        "Ukrainien",
        "ne partirons pas",
        True,
        "anonymous",
    ),
    (
        '"On attend la paix depuis des mois", confie cette Ukrainienne réfugiée à Lyon.',
        "Ukrainienne",
        "attend la paix",
        True,
        "anonymous",
    ),
    # "elle"/"il" agree with the first name, the civil title or the determiner
    (
        "Joe Biden a reçu Dorothée Martin à Washington. « Nous avancerons ensemble », a-t-elle affirmé.",
        "Dorothée Martin",
        "avancerons ensemble",
        True,
        "person",
    ),
    (
        "Mme Lefebvre a rencontré le président Paul Durand. Elle a estimé que la réforme était nécessaire.",
        "Lefebvre",
        "la réforme était nécessaire",
        False,
        "person",
    ),
    (
        "La ministre Claire Dubois a parlé avec Marc Lenoir. "
        "Elle a assuré que les aides seraient versées en mai.",
        "Claire Dubois",
        "aides seraient versées",
        False,
        "person",
    ),
    # a curly quote closed by a straight one
    (
        "“Nous reconstruirons l'école\", explique le maire Jean Dupuis. Les travaux commencent lundi.",
        "Jean Dupuis",
        "reconstruirons l'école",
        True,
        "person",
    ),
    # « … », explique X, « … »: both halves are X's
    (
        '"Le chantier est immense", explique le maire Jean Dupuis, "mais nous tiendrons les délais".',
        "Jean Dupuis",
        "tiendrons les délais",
        True,
        "person",
    ),
    # "comme le rappelle X, …"
    (
        "Comme le rappelle l'économiste Jean Tirole, les prix de l'énergie ont doublé en un an.",
        "Jean Tirole",
        "les prix de l'énergie ont doublé",
        False,
        "person",
    ),
    # "Pour X, qui …, …": the opinion after the relative clause
    (
        "Pour Paul Lemoine, qui élève des vaches depuis vingt ans, la sécheresse est une catastrophe.",
        "Paul Lemoine",
        "la sécheresse est une catastrophe",
        False,
        "person",
    ),
    # refusing to comment is a statement
    (
        "Le ministère de l'Intérieur a refusé de commenter ces informations.",
        "ministère de l'Intérieur",
        "refusé de commenter ces informations",
        False,
        "organization",
    ),
    (
        "Interrogé par l'AFP, le porte-parole Marc Girard a refusé de commenter.",
        "Marc Girard",
        "refusé de commenter",
        False,
        "person",
    ),
    # advice verbs
    (
        "La préfecture recommande de ne pas utiliser sa voiture pendant l'épisode de neige.",
        "préfecture",
        "ne pas utiliser sa voiture",
        False,
        "organization",
    ),
]


ALL_CASES = CASES + GENERAL_CASES
SELON = re.compile(r"^(?:Selon|Pour) ")
DIRECT_CASES = [c for c in ALL_CASES if c[3]]
SELON_CASES = [c for c in ALL_CASES if not c[3] and SELON.match(c[0])]
REPORTED_CASES = [c for c in ALL_CASES if not c[3] and not SELON.match(c[0])]


def check_statement(nlp, text: str, speaker: str, content: str, direct: bool, type_: str) -> None:
    found = find(statements(nlp, text), content)
    assert len(found) == 1, [(s.speaker.name, s.content) for s in statements(nlp, text)]
    s = found[0]
    assert speaker in s.speaker.name
    assert s.direct is direct
    assert s.speaker.type == type_
