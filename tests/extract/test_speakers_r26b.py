"""Partitive speakers and examples (round 26b): "l'un d'entre eux" / "l'une d'elles" named by the
group they are one of ("l'un des ouvriers"); the gender of "l'un des X" (a man, whatever the
pronoun after it wants); a person given as an example with "à l'image de" taken up by a pronoun.

Every sentence here was written for these tests (none is taken from an evaluation text). A row is
(construction id, text, speaker part, content part, direct): exactly one statement must hold the
content part, said by a speaker whose name holds the speaker part. The rows of ``NOT_SPEAKERS``
give a would-be speaker that must not be credited. A construction that fails today is marked
``xfail(strict=True)`` with the reason.
"""

from __future__ import annotations

import pytest
from speech import check_construction, check_not_said_by, xfail

ONE_OF_GROUP = [
    # "l'un(e) d'entre eux / elles", "l'un(e) d'eux / d'elles": one of the group just put forward
    (
        "un-entre-eux-subject",
        "Les ouvriers ont débrayé ce matin. « On ne lâchera rien », prévient l'un d'entre eux.",
        "l'un des ouvriers",
        "On ne lâchera rien",
        True,
    ),
    (
        "une-d-elles-object",
        "Nous rencontrons deux infirmières de l'hôpital. « On enchaîne les gardes », explique l'une d'elles.",
        "l'une des infirmières",
        "On enchaîne les gardes",
        True,
    ),
    (
        "un-d-eux-adjective",
        "Les pêcheurs bretons sont restés à quai. « Le gazole coûte trop cher », lâche l'un d'eux.",
        "pêcheurs bretons",
        "gazole coûte trop cher",
        True,
    ),
    (
        "une-entre-elles-reported",
        "Les caissières du magasin ont débrayé. L'une d'entre elles affirme que les salaires n'ont pas "
        "bougé.",
        "caissières",
        "salaires n'ont pas bougé",
        False,
    ),
    (
        "nearest-group-fronted-pour",  # the group of the sentence just before, not a subject further back
        "Les touristes arrivés hier sont déçus. Pour les commerçants, c'est une bonne nouvelle. « On va "
        "enfin pouvoir travailler », dit l'un d'eux.",
        "l'un des commerçants",
        "enfin pouvoir travailler",
        True,
    ),
    (
        "nearest-group-demonym",
        "Les visiteurs sont repartis. Les Français du quartier ont applaudi. « C'était magnifique », dit "
        "l'un d'entre eux.",
        "l'un des Français",
        "C'était magnifique",
        True,
    ),
    (
        "group-taken-up-by-pronoun",  # the sentence before goes on about the group as "elles"
        "Nous avons suivi les infirmières de nuit. Elles travaillent douze heures par jour. « On "
        "est épuisées », confie l'une d'entre elles.",
        "infirmières",
        "On est épuisées",
        True,
    ),
    (
        "pronoun-sentences-stepped-over",  # "ils" goes on about the group: not "soldats", an infinitive's
        "Les habitants du village sont mobilisés. Ils ont rassemblé des couvertures pour aider les "
        "soldats. Ils se préparent au pire. « On fera ce qu'il faut », indique l'un d'eux.",
        "l'un des habitants",
        "On fera ce qu'il faut",
        True,
    ),
    (
        "no-group-keeps-partitive",  # no group of people before: the bare partitive stays the speaker
        "« Le gazole coûte trop cher », lâche l'un d'eux.",
        "l'un d'eux",
        "gazole coûte trop cher",
        True,
    ),
    xfail(
        "group-in-relative",
        "Il y a ici des bénévoles qui distribuent des repas. « On manque de bras », regrette l'un "
        "d'entre eux.",
        "bénévoles",
        "On manque de bras",
        True,
        reason="a group in an existential 'il y a' with a relative is no salient antecedent yet",
    ),
]

EXAMPLE_AND_GENDER = [
    # "à l'image de X" gives X as an example, like "comme"; "l'un des X" is a man for "elle"
    (
        "a-l-image-de-la-maire",
        "« C'est génial », assure l'un des fondateurs. Chacun peut jouer, à l'image de la maire de la "
        "ville. « Ça ne demande pas de talent », s'amuse-t-elle.",
        "maire",
        "demande pas de talent",
        True,
    ),
    (
        "a-l-image-d-une-eleveuse",
        "Les paysans ont manifesté, à l'image d'une éleveuse de la vallée. « Nous voulons être "
        "entendus », explique-t-elle.",
        "éleveuse",
        "voulons être entendus",
        True,
    ),
    (
        "a-l-image-du-directeur",  # the article contracted in "du" counts as the noun's (round 33)
        "Les salariés ont fait grève, à l'image du directeur de l'usine. « Nous voulons être entendus », "
        "explique-t-il.",
        "directeur",
        "voulons être entendus",
        True,
    ),
]

ROWS = ONE_OF_GROUP + EXAMPLE_AND_GENDER


@pytest.mark.parametrize(("cid", "text", "speaker", "content", "direct"), ROWS)
def test_partitive_and_example_speakers(nlp, cid, text, speaker, content, direct):
    check_construction(nlp, text, speaker, content, direct)


NOT_SPEAKERS = [
    (
        "group-left-behind",  # a sentence about something else comes between: not the group before it
        "Les supporters sont arrivés ce matin. Le stade affiche complet depuis des semaines. « On ne "
        "veut pas de problèmes », dit l'un d'eux.",
        "supporters",
        "pas de problèmes",
    ),
    (
        "un-des-not-elle",  # "l'un des fondateurs" is no antecedent of "elle"
        "« C'est génial », assure l'un des fondateurs. Le public applaudit. « Ça ne demande pas de "
        "talent », s'amuse-t-elle.",
        "fondateurs",
        "demande pas de talent",
    ),
    (
        "elles-not-men",  # "l'une d'elles" does not take up a group of men
        "Les ouvriers ont débrayé ce matin. « On ne lâchera rien », prévient l'une d'elles.",
        "ouvriers",
        "On ne lâchera rien",
    ),
    (
        "image-as-object",  # "l'image de la ministre" as an object is no example
        "Cette affaire a terni l'image de la ministre. « C'est une honte », s'indigne-t-elle.",
        "ministre",
        "C'est une honte",
    ),
]


@pytest.mark.parametrize(("cid", "text", "wrong", "content"), NOT_SPEAKERS)
def test_not_said_by(nlp, cid, text, wrong, content):
    check_not_said_by(nlp, text, wrong, content)
