"""Statements of round 24 (issue 14): reported speech and collective speakers, in sentences of our
own. The interpretive "voir" that takes up a fact with "y" or "là" ("le gouvernement y voit une
solution", "les syndicats voient là une provocation": the object is the speaker's judgement), never a
sight ("on y voit un homme qui court", "les enquêteurs y voient un homme armé"); the indefinite
pronoun "d'autres" as the subject of a verb with an object or a prepositional object ("D'autres
dénoncent …", "D'autres se réjouissent de …"), which the parser splits into a mark "d'" and an
adjective; the partitive speakers ("certains", "d'autres") named without the verb's clitic
("Certains lui reprochent …" is said by "Certains", not "Certains lui"); a request to an addressee
with a pronominal infinitive ("demande aux éleveurs de s'adapter"); and the word a speaker used,
quoted after "parler de" ("en parlant de « mensonges »"), a content of one word. "Tout le monde" as a
speaker stays out (round 21 found it wrong three times in three on fresh reports; its strict xfail row
is in test_speakers_r21)."""

from __future__ import annotations

import pytest
from speech import check_construction, described, statements, xfail

# (text, speaker name part, content part, direct, speaker type)
CASES = [
    # interpretive "voir" with "y": the object is what the speaker reads into the fact
    (
        "La fermeture du pont a été annoncée lundi. Le maire y voit une menace pour les commerces du centre.",
        "maire",
        "une menace pour les commerces",
        False,
        "anonymous",
    ),
    (
        "Le syndicat des enseignants y voit un aveu d'échec du ministère.",
        "syndicat",
        "un aveu d'échec",
        False,
        "organization",
    ),
    (
        "Les agriculteurs y ont vu une provocation de la part de la préfecture.",
        "agriculteurs",
        "une provocation",
        False,
        "group",
    ),
    (
        "La présidente de la région y voit l'occasion de relancer le tourisme.",
        "présidente de la région",
        "l'occasion de relancer le tourisme",
        False,
        "anonymous",
    ),
    # ... and with "là"
    (
        "Les associations de locataires voient là une atteinte au droit au logement.",
        "associations de locataires",
        "une atteinte au droit",
        False,
        "group",
    ),
    # "d'autres" as the subject of a verb with an object
    (
        "Certains parents approuvent la réforme. D'autres dénoncent une mesure prise sans concertation.",
        "D'autres",
        "une mesure prise sans concertation",
        False,
        "group",
    ),
    (
        "D'autres réclament la réouverture de la ligne de bus.",
        "D'autres",
        "la réouverture de la ligne",
        False,
        "group",
    ),
    # ... with a pronominal verb: the clitic is no part of the speaker's name
    (
        "D'autres se félicitent de la baisse des prix de l'énergie.",
        "D'autres",
        "la baisse des prix",
        False,
        "group",
    ),
    (
        "Certains lui reprochent son silence pendant la campagne.",
        "Certains",
        "son silence",
        False,
        "group",
    ),
    # "parler de" and a word in quotation marks: the word the speaker used
    (
        "Les syndicats parlent déjà de « trahison » après l'annonce du plan.",
        "syndicats",
        "trahison",
        False,
        "group",
    ),
    (
        "La cheffe de l'opposition a répondu en parlant d'« amateurisme ».",
        "cheffe de l'opposition",
        "amateurisme",
        False,
        "anonymous",
    ),
    # a request to an addressee whose pronominal infinitive the parser hangs on the addressee
    (
        "L'association demande aux éleveurs de s'adapter rapidement.",
        "association",
        "de s'adapter rapidement",
        False,
        "organization",
    ),
    # constructions not handled yet
    xfail(
        "L'opposition voit dans cette décision un aveu de faiblesse du gouvernement.",
        "opposition",
        "un aveu de faiblesse",
        False,
        "organization",
        reason="interpretive 'voir dans X un Y': the 'dans' phrase is read as a place",
    ),
    xfail(
        "Berlin parle déjà de trahison.",
        "Berlin",
        "trahison",
        False,
        "gpe",
        reason="'parler de' with a bare one-word noun: too short a content for the verb rules",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "content", "direct", "kind"), CASES)
def test_construction(nlp, text: str, speaker: str, content: str, direct: bool, kind: str) -> None:
    check_construction(nlp, text, speaker, content, direct, kind)


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        ("D'autres se réjouissent du calme revenu dans le quartier.", "calme revenu", "D'autres"),
        # ... and before a gerund after an inverted partitive
        ("« On attend depuis l'aube », soupire l'un d'eux en se levant.", "depuis l'aube", "l'un d'eux"),
    ],
)
def test_partitive_name_without_clitic(nlp, text: str, content: str, name: str) -> None:
    """The name of a partitive speaker stops before the verb's clitic and a gerund's "en"."""
    found = statements(nlp, text)
    hits = [s for s in found if content in s.content]
    assert [s.speaker.name for s in hits] == [name], described(found)


# (text, words that are no statement's content)
NOT_SAID = [
    # "voir" of sight: a person or someone doing something is seen, not judged
    ("Sur la vidéo, les enquêteurs y voient un homme armé.", "homme armé"),
    ("Le quartier a changé. On y voit une foule de touristes chaque été.", "foule de touristes"),
    ("Les voisins y voient un enfant qui joue seul dans la cour.", "enfant qui joue"),
    # the reporter's own eyes: the first person and the generic "on" do not speak here
    ("Nous y voyons une belle réussite collective.", "belle réussite"),
    # a negated reading is left to the negation rules
    ("Le préfet n'y voit pas d'objection particulière.", "objection"),
    # "voir" without the clitic that takes up a fact
    ("Les randonneurs voient une biche au bord du chemin.", "une biche"),
    # "parler de" and a quoted word: the generic "on" speaks for nobody; a long quote is the quote
    # rules' business, not a word used
    ("On parle de « miracle » dans le village.", "miracle"),
    # "d'autres" as an object is no speaker
    ("Le maire a rencontré d'autres élus pour parler du budget.", "budget"),
]


@pytest.mark.parametrize(("text", "words"), NOT_SAID)
def test_no_statement(nlp, text: str, words: str) -> None:
    found = statements(nlp, text)
    assert not [s for s in found if words.lower() in s.content.lower()], described(found)
