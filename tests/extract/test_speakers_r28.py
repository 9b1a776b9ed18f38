"""Speakers (round 28): a correspondent's incise after a quote does not take words that a frame
before the quote, in its own sentence, gives to someone else: a speech verb announcing the quote
with a colon ("Les ministres ont affirmé : « … », conclut le journaliste") or a "selon X" right
before the quote, even when the sentence opens on other words ("En Bretagne, selon la préfecture,
« … », précise la journaliste"). A correspondent's own analysis keeps the correspondent as speaker.

Every sentence here was written for these tests (none is taken from an evaluation text). A row is
(construction id, text, speaker part, content part, direct): exactly one statement must hold the
content part, said by a speaker whose name holds the speaker part. The rows of ``NOT_SAID`` give a
would-be speaker that must not be credited. A construction that fails today is marked
``xfail(strict=True)`` with the reason.

A pronoun incise takes up the person the report has just introduced with an age or a person noun in
apposition, whatever the place of the name in its sentence ("Plus loin, nous rencontrons Odette, 93
ans. … « … », confie-t-elle"), rather than a speaker heard before; and a description apposed to a
name after an age ("Jeanne Morin, 91 ans, une résidente, …") stands for that name.
"""

from __future__ import annotations

import pytest
from speech import check_construction, check_not_said_by, described, find, statements, xfail

RELAYED_FRAMES = [
    # a speech verb and a colon before the quote: the frame's subject speaks
    (
        "colon-frame-ministers",
        "Le journaliste Hugo Blanc est à Bruxelles. En fin de journée, les ministres européens ont "
        "affirmé : « Aucune sanction ne sera levée avant la fin des combats », conclut le journaliste.",
        "ministres européens",
        "Aucune sanction ne sera levée",
    ),
    (
        "colon-frame-president-named-correspondent",
        "La journaliste Claire Morel suit la visite. Le président brésilien a insisté sur deux points : "
        "« Protéger la forêt et payer les agriculteurs qui la gardent », détaille Claire Morel.",
        "président brésilien",
        "Protéger la forêt",
    ),
    (
        "colon-frame-union",
        "Notre journaliste Paul Girard est devant l'usine. Ce matin, la CGT a prévenu : « La grève "
        "continuera tant que les salaires ne bougeront pas », rapporte le journaliste.",
        "CGT",
        "La grève continuera",
    ),
    # "selon X" right before the quote, the sentence opening on other words
    (
        "selon-after-place",
        "La journaliste Léa Roux est en plateau. En Bretagne, selon la préfecture, « trois routes "
        "resteront fermées jusqu'à lundi », précise Léa Roux.",
        "préfecture",
        "trois routes resteront fermées",
    ),
    (
        "selon-after-time",
        "Le journaliste Marc Vidal est à Lyon. Dès demain, selon la SNCF, « un train sur trois "
        "circulera sur les grandes lignes », indique le journaliste.",
        "SNCF",
        "un train sur trois",
    ),
    xfail(
        "pour-frame-before-quote",
        "Le journaliste Marc Vidal est à Ankara. Pour certains manifestants, « le gouvernement savait "
        "tout depuis des semaines », souligne le journaliste.",
        "manifestants",
        "le gouvernement savait tout",
        reason="'Pour X, « … »' may name whom the words concern ('Pour les automobilistes, « … »'): "
        "left to the correspondent",
    ),
    xfail(
        "cleft-inside-correspondent-quote",
        "La journaliste Léa Roux est à Vienne. « La situation est grave à la centrale, c'est le "
        "directeur de l'agence qui le dit ce matin », rapporte Léa Roux.",
        "directeur",
        "La situation est grave à la centrale",
        reason="the clitic readings ('c'est X qui le dit', 'X le dit : …') are read outside quotes only",
    ),
    # with no incise at all, the quote after "<adjunct>, selon X," is the source's
    (
        "selon-after-time-no-incise",
        "Les secours sont sur place. Hier soir, selon le ministre, « la situation est sous contrôle ».",
        "ministre",
        "la situation est sous contrôle",
    ),
]

OWN_WORDS = [
    # the correspondent's own analysis, no frame naming another speaker: the correspondent speaks
    (
        "analysis-no-frame",
        "La journaliste Léa Roux est à Bruxelles. « Les Vingt-Sept sont profondément divisés sur ce "
        "dossier », explique Léa Roux.",
        "Léa Roux",
        "profondément divisés",
    ),
    (
        "analysis-after-non-speech-colon",
        "Le journaliste Hugo Blanc est à Kiev. La ville a changé de visage : « Les rues sont vides et "
        "les magasins fermés depuis une semaine », raconte le journaliste.",
        "Hugo Blanc",
        "Les rues sont vides",
    ),
    (
        "analysis-frame-pronoun-subject",
        "La journaliste Claire Morel est à Rome. Elle a suivi la séance : « Le gouvernement n'a plus "
        "de majorité », analyse Claire Morel.",
        "Claire Morel",
        "n'a plus de majorité",
    ),
    # a colon after a clause with its own finite verb frames nothing
    (
        "colon-after-relative-clause",
        "Le journaliste Paul Girard est à Lille. Le maire a annoncé des travaux qui inquiètent : "
        "« Les commerçants du centre craignent pour leur chiffre d'affaires », explique Paul Girard.",
        "Paul Girard",
        "Les commerçants du centre craignent",
    ),
    # not a correspondent: a witness who quotes someone with a colon keeps the quote
    (
        "witness-quotes-neighbour-colon",
        "Une habitante raconte la nuit. « Mon voisin a crié : sortez tous, le toit va tomber », se "
        "souvient Marie Roux.",
        "Marie Roux",
        "sortez tous",
    ),
    # nor a speaker who is no correspondent, after "selon X" before the quote
    (
        "mayor-after-selon",
        "Le maire Paul Roux a réuni la presse. En Bretagne, selon la préfecture, « trois routes "
        "resteront fermées jusqu'à lundi », précise Paul Roux.",
        "Paul Roux",
        "trois routes resteront fermées",
    ),
]


INTRODUCED = [
    # a first name the tagger misses, introduced as an object with an age
    (
        "met-with-age-object",
        "« Je viens marcher ici chaque matin », raconte Annie. Plus loin, nous rencontrons Odette, 93 "
        "ans. Depuis la mort de son mari, elle vit seule. « Les journées sont longues ici », confie-t-elle.",
        "Odette",
        "Les journées sont longues",
    ),
    (
        "at-home-of-aged-name",
        "« On a tout perdu », dit un habitant. Chez Bernadette, 78 ans, la cave a été inondée. « L'eau "
        "est montée jusqu'au plafond », explique-t-elle.",
        "Bernadette",
        "L'eau est montée",
    ),
    # a description after a name and its age stands for the name
    (
        "name-age-description-subject",
        "Les résidents suivent les informations. Jeanne Morin, 91 ans, une autre résidente, veut en "
        "parler malgré tout. « C'est terrible, mais il faut s'en souvenir », affirme-t-elle.",
        "Jeanne Morin",
        "il faut s'en souvenir",
    ),
    (
        "name-age-description-object",
        "Nous avons rencontré Paul Viala, 54 ans, un éleveur de la vallée. « Le foin manque déjà », "
        "s'inquiète-t-il.",
        "Paul Viala",
        "Le foin manque déjà",
    ),
    # the speaker heard before keeps the words when no one is introduced since
    (
        "no-one-introduced-since",
        "Odette, 93 ans, vit ici depuis dix ans. « Je suis bien entourée », dit-elle. Le soir, elle "
        "regarde la télévision. « Les journées passent vite », ajoute-t-elle.",
        "Odette",
        "Les journées passent vite",
    ),
    # a name apposed to a noun describes that person, who is not the next one heard
    (
        "daughter-named-in-apposition",
        "« Le quartier a changé », dit Marie. Elle a une fille, Léa, 8 ans. « Nous restons ici », "
        "ajoute-t-elle.",
        "Marie",
        "Nous restons ici",
    ),
    xfail(
        "dislocated-unknown-name",
        "« La facture monte », reconnaît une mère de famille. Dans ce quartier, Zilie, elle, vit sans "
        "chauffage depuis 40 ans. « J'ai peur de ne pas pouvoir payer », explique-t-elle.",
        "Zilie",
        "J'ai peur de ne pas pouvoir payer",
        reason="a first name outside the list, tagged a place, with no age or person noun apposed, "
        "is taken for no one",
    ),
]


@pytest.mark.parametrize(("cid", "text", "speaker", "content"), INTRODUCED)
def test_introduced_person_speaks(nlp, cid, text, speaker, content):
    check_construction(nlp, text, speaker, content, True)


@pytest.mark.parametrize(("cid", "text", "speaker", "content"), RELAYED_FRAMES)
def test_relayed_frame_speaks(nlp, cid, text, speaker, content):
    """The frame's speaker has the quote, direct; the correspondent does not."""
    check_construction(nlp, text, speaker, content, True)


@pytest.mark.parametrize(("cid", "text", "speaker", "content"), OWN_WORDS)
def test_correspondent_keeps_own_words(nlp, cid, text, speaker, content):
    """One statement holds the words, the correspondent's (or the witness's)."""
    found = statements(nlp, text)
    hits = find(found, content)
    assert len(hits) == 1, described(found)
    assert speaker.lower() in hits[0].speaker.name.lower(), described(found)


NOT_SAID = [
    # the frame never passes to a person named inside the quote, nor to one merely mentioned
    (
        "person-named-inside-quote",
        "Le journaliste Hugo Blanc est à Paris. Les syndicats ont répondu : « Élisabeth Borne n'a rien "
        "proposé », conclut le journaliste.",
        "Borne",
        "n'a rien proposé",
    ),
    (
        "person-mentioned-before",
        "La journaliste Léa Roux a rencontré Paul Martin. En Bretagne, selon la préfecture, « les routes "
        "resteront fermées », précise Léa Roux.",
        "Paul Martin",
        "les routes resteront fermées",
    ),
]


@pytest.mark.parametrize(("cid", "text", "wrong", "content"), NOT_SAID)
def test_not_said_by(nlp, cid, text, wrong, content):
    check_not_said_by(nlp, text, wrong, content)
