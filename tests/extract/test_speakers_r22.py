"""Who speaks, twenty-second round: the source a narration sentence cites with "selon" or "d'après" is
a referent for the pronoun of a later incise ("Oui, selon un économiste. … « … », prévient-il"), even
when a person was named as a subject further back; a body whose head noun is "office" speaks as an
organisation, not the place in its complement ("l'office public de l'habitat de la Marne redoute …");
a thing of agent-noun shape ("un boîtier", "le tracteur") is no
person a pronoun takes up; feminine roles in -eure ("une ingénieure") are people; a demonstrative
description subject ("Cette grand-mère se prépare …") takes up the person named just before it when
nobody spoke since.

Every sentence here was written for these tests (none is taken from an evaluation text or from the
reports read). A row is (id, text, speaker part, content part, type): exactly one statement holding
the content part is said by a speaker whose name holds the speaker part, of that type. A near-miss
row (id, text, wrong speaker part, content part) asserts no statement holding the content part is
said by that speaker (or, with an empty speaker part, that no statement holds it). Constructions
that fail today are ``xfail(strict=True)``.
"""

from __future__ import annotations

import pytest
from speech import check_not_said_by, check_speaker_row

ROWS = [
    # the source "selon" cites, nearer than a person named as a subject before
    (
        "selon-source-after-named-subject",
        "Emmanuel Macron l'a dit lui-même à Dakar. Le pain est-il trop cher ? Oui, selon un économiste. "
        "Il y a un risque de pénurie. « Je m'inquiète un peu pour les boulangers », prévient-il.",
        "économiste",
        "inquiète un peu",
        "anonymous",
    ),
    (
        "selon-source-feminine",
        "Le maire Paul Durand a visité l'usine. Faut-il fermer le site ? Non, selon une avocate. « Les "
        "machines sont encore bonnes », assure-t-elle.",
        "avocate",
        "machines sont encore bonnes",
        "anonymous",
    ),
    (
        "d-apres-source",
        "Le maire Paul Durand a visité le port. La pêche est-elle menacée ? Oui, d'après une biologiste. "
        "Les stocks baissent. « Nous devons agir vite », prévient-elle.",
        "biologiste",
        "devons agir vite",
        "anonymous",
    ),
    # a body named by its head noun and a place complement: the body speaks
    (
        "office-with-place",
        "L'office public de l'habitat de la Marne a annoncé une hausse des loyers.",
        "office public",
        "hausse des loyers",
        "organization",
    ),
    # a thing in a relative between the person and the pronoun is not taken up
    (
        "thing-relative-not-referent",
        "Les clients affluent, comme un chauffeur passé récemment au gaz. Il l'a fait grâce à un "
        "boîtier fixé sous le capot, qui lui a coûté 800 euros. Mais selon lui, l'économie est nette.",
        "chauffeur",
        "économie est nette",
        "anonymous",
    ),
    # a demonstrative description subject takes up the person just named, nobody having spoken since
    (
        "demonstrative-takes-up-named",
        "Dans ce quartier, Suzanne nous ouvre sa porte. Cette grand-mère se prépare au pire. « Les "
        "volets sont fermés », confie-t-elle.",
        "Suzanne",
        "volets sont fermés",
        "person",
    ),
    (
        "demonstrative-person-noun",
        "Claire Martin travaille à bord depuis dix ans. Cette hôtesse a vu les passagers changer. « Je "
        "n'ai jamais connu ça », soupire-t-elle.",
        "Claire Martin",
        "jamais connu ça",
        "person",
    ),
]

NEAR_MISSES = [
    # an inverted demonstrative subject after someone else's words introduces someone new
    (
        "demonstrative-inverted-new",
        "Marie Lenoir est partie en juin. « Je reviendrai », a dit Paul Roux. « Rien ne change ici », "
        "raconte cette habitante.",
        "Marie Lenoir",
        "Rien ne change ici",
    ),
    # the name and the description disagree in gender: not taken up
    (
        "demonstrative-other-gender",
        "Paul Roux tient la boulangerie. Cette habitante a choisi de rester. « Nous n'avons nulle part où "
        "aller », précise-t-elle.",
        "Paul Roux",
        "nulle part où aller",
    ),
    # "selon" with a person noun in the same sentence as a named subject: the named subject speaks
    (
        "selon-source-other-gender",
        "Le maire Paul Durand a visité l'usine. Les ventes baissent selon une ingénieure. « Nous devons "
        "réagir », assure-t-il.",
        "ingénieure",
        "devons réagir",
    ),
    # a machine is nobody: no speaker for "selon lui"
    (
        "machine-not-speaker",
        "Le tracteur qui tire la remorque est tombé en panne. Selon lui, le moteur est neuf.",
        "tracteur",
        "moteur est neuf",
    ),
    # a definite source takes up the person named before it: the name speaks, not the role alone
    (
        "selon-definite-takes-up-name",
        "« L'orage a traversé la ville en dix minutes », explique Lucien Marchal, prévisionniste. Était-ce "
        "prévisible ? Oui, selon le spécialiste. « On voit sur l'image les échos des radars », poursuit-il.",
        "spécialiste",
        "échos des radars",
    ),
    # "selon" about a thing depended on is no source
    (
        "selon-depending-on",
        "Le prix variera selon la saison. « C'est une bonne affaire », dit-il.",
        "saison",
        "bonne affaire",
    ),
]


@pytest.mark.parametrize(
    ("row_id", "text", "speaker", "content", "kind"),
    [r if hasattr(r, "marks") else pytest.param(*r, id=r[0]) for r in ROWS],
)
def test_speaker_rows(nlp, row_id, text, speaker, content, kind):
    check_speaker_row(nlp, text, speaker, content, kind)


@pytest.mark.parametrize(
    ("row_id", "text", "wrong", "content"),
    [r if hasattr(r, "marks") else pytest.param(*r, id=r[0]) for r in NEAR_MISSES],
)
def test_near_misses(nlp, row_id, text, wrong, content):
    check_not_said_by(nlp, text, wrong, content)
