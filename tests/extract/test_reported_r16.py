"""Reported speech of the sixteenth round (issue 14), each in sentences of our own.

- Speech inside another speaker's words: a quote whose speaker reports what someone the quote names
  said ("« Les voisins disent que … », s'agace une habitante") gives two statements, the quote and
  the inner speech act with its own speaker, cue and content; a first person, "on", a pronoun or a
  possessive ("mon patron") inside the quote gives none. A source inside a quote ("« Selon les
  pompiers, … »") is one too, unless the words after it are the quoting speaker's ("nous avons …").
- Speech a correspondent relays in a quote ends where the quote ends (no closing guillemet)."""

from __future__ import annotations

import pytest
from speech import described, find, statements

# (text, speaker name part, content part, direct): one statement of that speaker holds the content
FOUND = [
    # the inner speech act of a quote, with its own speaker
    (
        "« Les voisins disent que le bruit dure toute la nuit depuis des semaines », s'agace une habitante.",
        "voisins",
        "le bruit dure toute la nuit",
        False,
    ),
    (
        "« Le ministre nous a promis qu'il reviendrait avant l'été pour voir les travaux », raconte"
        " le maire.",
        "ministre",
        "il reviendrait avant l'été",
        False,
    ),
    (
        "« Une étude récente a montré que les accidents augmentent la nuit », souligne le médecin.",
        "étude",
        "les accidents augmentent la nuit",
        False,
    ),
    (
        "« Les médecins nous ont conseillé de rester à la maison pendant une semaine », explique la mère.",
        "médecins",
        "rester à la maison",
        False,
    ),
    (
        "« La direction a annoncé la fermeture du site en juin, c'est un choc pour tout le monde », confie"
        " un salarié.",
        "direction",
        "la fermeture du site",
        False,
    ),
    # a source inside a quote
    (
        "« Selon les pompiers, le feu est maintenant fixé mais il faut rester prudent », explique le maire.",
        "pompiers",
        "le feu est maintenant fixé",
        False,
    ),
    # ... and the quote itself, still the quoting speaker's
    (
        "« Les voisins disent que le bruit dure toute la nuit depuis des semaines », s'agace une habitante.",
        "habitante",
        "Les voisins disent",
        True,
    ),
    (
        "« Une étude récente a montré que les accidents augmentent la nuit », souligne le médecin.",
        "médecin",
        "Une étude récente a montré",
        True,
    ),
    # reported speech inside reported speech
    (
        "Le directeur explique que le préfet a annoncé que l'usine fermerait en mars.",
        "préfet",
        "l'usine fermerait en mars",
        False,
    ),
    (
        "Le directeur explique que le préfet a annoncé que l'usine fermerait en mars.",
        "directeur",
        "le préfet a annoncé",
        False,
    ),
]


@pytest.mark.parametrize(("text", "speaker", "content", "direct"), FOUND)
def test_reported_found(nlp, text: str, speaker: str, content: str, direct: bool) -> None:
    found = statements(nlp, text)
    said = [s for s in find(found, content) if speaker.lower() in s.speaker.name.lower()]
    hits = [s for s in said if s.direct is direct]
    assert len(hits) == 1, described(found)


# (text, words the relayed statement's content must end with)
RELAYED_END = [
    (
        "« Les autorités affirment que la situation est sous contrôle dans toute la région », explique"
        " notre envoyée spéciale.",
        "dans toute la région",
    ),
    (
        "« Le gouvernement assure que les stocks de carburant sont suffisants », précise le journaliste.",
        "sont suffisants",
    ),
]


@pytest.mark.parametrize(("text", "end"), RELAYED_END)
def test_relayed_speech_ends_with_the_quote(nlp, text: str, end: str) -> None:
    found = statements(nlp, text)
    hits = find(found, end)
    assert len(hits) == 1, described(found)
    assert hits[0].content.endswith(end), described(found)


# a quote whose inner speech is the speaker's own world or has no speaker the quote names: the quote
# is the only statement
ONE_STATEMENT = [
    "« Je pense que nous allons y arriver avec un peu de patience », confie l'entraîneur.",
    "« On dit que le village va perdre son école à la rentrée prochaine », regrette une mère.",
    "« Il faut que les élus nous écoutent enfin sur ce dossier », lance un manifestant.",
    "« J'ai vu les pompiers arriver très vite sur place hier soir », raconte un témoin.",
    "« Mon patron m'a dit de rentrer chez moi et d'attendre », témoigne une salariée.",
    "« Ils disent que tout ira bien mais personne ne vient jamais », soupire un habitant.",
    "« Nous avons demandé une réunion au préfet depuis des semaines », rappelle la présidente.",
    # a source backing the speaker's own claim, or the speaker's own view
    "« Selon les chiffres de la mairie, nous avons perdu la moitié des commerces », regrette la présidente.",
    "« Selon moi, le projet ne tiendra pas jusqu'à l'été prochain », confie un riverain.",
    # words before the verb inside a quote are the quoting speaker's
    "« C'est cela que les élus proposent aux habitants, et ce n'est pas sérieux », lance le député.",
    "« Le moment attendu, selon les habitants, c'est le débat avec les députés », explique le maire.",
    "« C'est cela que les élus proposent aux habitants ce qui n'est pas sérieux », lance le député.",
]


@pytest.mark.parametrize("text", ONE_STATEMENT)
def test_no_inner_statement(nlp, text: str) -> None:
    found = statements(nlp, text)
    assert len(found) == 1 and found[0].direct, described(found)
