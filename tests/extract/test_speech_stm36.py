"""Round 36 (stm36): a speech verb's object after "de", and "ils" / "elles" in a correspondent's
quote, one table per construction: (text, speaker part, content part). Sentences written for these
tests; the census classes not handled this round are strict xfails.

- the plural indefinite article "de" before an adjective ("annonce de violents orages"), which the
  parser reads as the preposition of an argument, and "des" / "du" (the preposition "de" contracted
  with the article) after a pronominal verb of the "pp" frame ("se félicite des résultats"), which it
  reads as an article and its object: a reader of both was measured and reverted (strict xfails);
- in a correspondent's quote, "ils" / "elles" subject of a speech verb that no speaker before takes
  up: the nearest plural noun of people before it that agrees with it would speak (as "tous" does,
  round 27b), not the correspondent: measured and reverted (strict xfails); with no agreeing people
  before, the correspondent or the quoting speaker keeps the words (rows that pass).
"""

from __future__ import annotations

import pytest
from speech import described, find, statements, xfail

NOT_READ = "a census class of stm36 not handled this round"
REVERTED_RELAY = (
    "read in round 36 (stm36, speaker_articles.candidate_speaker) and reverted: check half recall -1"
    " (2176 -> 2175 of 2597), read half +1"
)
REVERTED = (
    "read in round 36 (stm36, speech_objects) and reverted: no cell of the check half and no statement of"
    " 938 fresh reports changed"
)

# "de" + adjective + noun after a verb of the "np" frame
PLURAL_ARTICLE = [
    xfail(
        "L'institut annonce de violents orages pour la soirée.",
        "institut",
        "violents orages pour la soirée",
        reason=REVERTED,
    ),
    xfail(
        "Le ministre annonce de nombreuses fermetures de classes.",
        "ministre",
        "nombreuses fermetures de classes",
        reason=REVERTED,
    ),
    xfail(
        "Le gouvernement annonce d'importants investissements dans le rail.",
        "gouvernement",
        "importants investissements dans le rail",
        reason=REVERTED,
    ),
    ("Les syndicats dénoncent de graves manquements à la sécurité.", "syndicats", "graves manquements"),
    ("La mairie a annoncé de nouveau des coupures d'eau.", "mairie", "des coupures d'eau"),
]

# "des" / "du" after a pronominal verb of the "pp" frame
CONTRACTED = [
    xfail(
        "Le maire se félicite des résultats de la saison.", "maire", "résultats de la saison", reason=REVERTED
    ),
    xfail(
        "Les commerçants s'inquiètent des travaux prévus dans la rue principale.",
        "commerçants",
        "travaux prévus dans la rue principale",
        reason=REVERTED,
    ),
    xfail(
        "Les habitants se plaignent des nuisances sonores de la discothèque.",
        "habitants",
        "nuisances sonores de la discothèque",
        reason=REVERTED,
    ),
    ("La directrice se réjouit du retour des élèves.", "directrice", "retour des élèves"),
    ("Les élus s'étonnent du silence du gouvernement.", "élus", "silence du gouvernement"),
]

# census classes of the read half seen again in sentences of my own, left for later rounds
LEFT = [
    xfail("Jeudi, Météo-France annonce 35 °C à l'ombre à Lyon.", "Météo-France", "35 °C", reason=NOT_READ),
    xfail(
        "D'autres se réjouissent du calme dans le quartier.",
        "autres",
        "calme dans le quartier",
        reason=NOT_READ,
    ),
    xfail(
        "La journaliste Anne Roux est à Lyon. « L'Espagne n'a pas apprécié que la France ferme la frontière "
        "sans prévenir », précise la journaliste.",
        "Espagne",
        "la France ferme la frontière",
        reason=NOT_READ,
    ),
    xfail("Le ministre parle du prix de l'énergie.", "ministre", "prix de l'énergie", reason=NOT_READ),
]


@pytest.mark.parametrize(("text", "speaker", "content"), PLURAL_ARTICLE + CONTRACTED + LEFT)
def test_object_of_de(nlp, text, speaker, content):
    found = statements(nlp, text)
    hits = find(found, content)
    assert len(hits) == 1, described(found)
    assert speaker.lower() in hits[0].speaker.name.lower(), described(found)
    assert hits[0].direct is False, described(found)


# not a speech act: an addressee after a verb that is not pronominal, an adverb "de façon …"
NOT_CONTENT = [
    ("Le préfet alerte des habitants du quartier sur la montée des eaux.", "habitants du quartier"),
    ("Les militants ont dénoncé de façon virulente la réforme.", "façon virulente"),
]


@pytest.mark.parametrize(("text", "content"), NOT_CONTENT)
def test_not_the_object(nlp, text, content):
    found = statements(nlp, text)
    assert not [s for s in find(found, content) if s.content.lower().startswith(content.lower())], described(
        found
    )


# "ils" / "elles" in a correspondent's quote: (text, speaker part, content part)
RELAYED_PRONOUN = [
    xfail(
        "La journaliste Anne Roux est à Lyon. « Nous avons rencontré des habitants. Ils nous disent que la "
        "situation est devenue invivable », raconte la journaliste.",
        "habitants",
        "la situation est devenue invivable",
        reason=REVERTED_RELAY,
    ),
    xfail(
        "Le journaliste Paul Morel est à Rennes. « Les infirmières sont épuisées. Elles redoutent un nouvel "
        "afflux de malades cet hiver », conclut le journaliste.",
        "infirmières",
        "un nouvel afflux de malades",
        reason=REVERTED_RELAY,
    ),
    xfail(
        "La journaliste Anne Roux est à Lyon. « On a rencontré deux jeunes cyclistes, mais ils m'ont dit "
        "qu'ils roulaient moins vite », explique la journaliste.",
        "cyclistes",
        "ils roulaient moins vite",
        reason=REVERTED_RELAY,
    ),
]


@pytest.mark.parametrize(("text", "speaker", "content"), RELAYED_PRONOUN)
def test_relayed_pronoun(nlp, text, speaker, content):
    found = statements(nlp, text)
    hits = find(found, content)
    assert len(hits) == 1, described(found)
    assert speaker.lower() in hits[0].speaker.name.lower(), described(found)
    assert hits[0].direct is False, described(found)


# no agreeing people before: the correspondent or the quoting speaker keeps the words
RELAYED_KEPT = [
    (
        "Le journaliste Paul Morel est à Rennes. « Les ouvriers sont épuisés. Elles redoutent un nouvel "
        "afflux de malades cet hiver », conclut le journaliste.",
        "ouvriers",
    ),
    (
        "Le journaliste Paul Morel est à Rennes. « Les stocks sont vides. Ils disent que la livraison "
        "arrivera lundi », conclut le journaliste.",
        "stocks",
    ),
    (
        "Les éleveurs manifestent. « Ils affirment que le prix du lait ne couvre plus leurs coûts », "
        "explique Julie Roche, une voisine.",
        "éleveurs",
    ),
    (  # a noun of the clause whose subject is already "elles" is not what the next "elles" takes up
        "La journaliste Anne Roux est à Lyon. « Les familles indiquent qu'elles ont des enfants. Elles "
        "espèrent que la route restera ouverte », explique la journaliste.",
        "enfants",
    ),
]


@pytest.mark.parametrize(("text", "wrong"), RELAYED_KEPT)
def test_relayed_pronoun_kept(nlp, text, wrong):
    found = statements(nlp, text)
    assert found, described(found)
    assert not [s for s in found if wrong in s.speaker.name.lower()], described(found)
