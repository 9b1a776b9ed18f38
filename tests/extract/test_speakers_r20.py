"""Who speaks, twentieth round: a role noun in apposition to a name stands for the person named
("Irina, une infirmière qui …"), a demonstrative role subject takes up the person who just spoke
("cette habitante de Lyon" after Josette's words), and a definite title alone takes up the person
the article named with that title ("l'ancien Premier ministre" after "Jean Dupuis, l'ancien
Premier ministre").

Every sentence here was written for these tests (none is taken from an evaluation text or from the
reports read). A row is (id, text, speaker part, content part, type): exactly one statement holding
the content part is said by a speaker whose name holds the speaker part, of that type. A
near-miss row (id, text, wrong speaker part, content part) asserts no statement holding the content
part is said by that speaker. Constructions that fail today are ``xfail(strict=True)``.
"""

from __future__ import annotations

import pytest
from speech import check_not_said_by, check_speaker_row


def xfail(*row, reason: str):
    return pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=reason), id=row[0])


ROWS = [
    # the name a role noun is apposed to, not the role, is the pronoun's referent
    (
        "apposed-first-name",
        "Des centaines de réfugiés arrivent chaque jour. Parmi eux se trouve Irina, une infirmière qui a "
        "marché deux jours. « Je n'ai plus rien », dit-elle.",
        "Irina",
        "plus rien",
        "person",
    ),
    (
        "apposed-full-name",
        "Les commerçants du marché sont inquiets. Dans les allées, on croise Marc Dubois, un boucher qui "
        "travaille ici depuis trente ans. « Les clients ne viennent plus », regrette-t-il.",
        "Marc Dubois",
        "clients ne viennent plus",
        "person",
    ),
    # a demonstrative role subject takes up the person whose words were just given
    (
        "demonstrative-takes-up-speaker",
        "Dans ce village, Josette nous accueille chez elle. « Les volets sont fermés. Nous avons des "
        "réserves », confie Josette. Comme sa voisine, cette habitante de Lyon a choisi de rester. "
        "« Nous descendons à la cave quand il y a une alerte », précise-t-elle.",
        "Josette",
        "descendons à la cave",
        "person",
    ),
    # a definite title alone: the person named with it before
    (
        "title-apposed-before",
        "Jean Dupuis, l'ancien Premier ministre, sera jugé en appel le mois prochain. L'ancien Premier "
        "ministre a fait savoir qu'il ne viendrait pas à l'audience.",
        "Jean Dupuis",
        "ne viendrait pas",
        "person",
    ),
    (
        "title-mayor-after-other",
        "Le maire de Brest, Paul Le Goff, a reçu les pêcheurs mardi. Le préfet a affirmé que les quotas "
        "ne changeraient pas. Le maire a promis que le port serait rénové.",
        "Paul Le Goff",
        "port serait rénové",
        "person",
    ),
    (
        "title-pronoun-chain",
        "La présidente de la région, Hélène Morel, a visité le lycée. La présidente de la région est restée "
        "deux heures. Elle a assuré que les travaux commenceraient en juin.",
        "Hélène Morel",
        "travaux commenceraient",
        "person",
    ),
    # an institution named by its seat, tagged as a person, speaks as an organisation
    (
        "seat-matignon",
        "Matignon affirme que la réforme sera présentée en janvier.",
        "Matignon",
        "réforme",
        "organization",
    ),
    (
        "surname-stays-person",
        "Zidane affirme que l'équipe sera prête.",
        "Zidane",
        "équipe sera prête",
        "person",
    ),
    xfail(
        "title-synonym",
        "La maire de Nantes, Sophie Roche, a visité le chantier. Selon l'élue, les travaux seront terminés "
        "en juin.",
        "Sophie Roche",
        "travaux seront terminés",
        "person",
        reason="another noun for the same office (maire / élue) is not matched",
    ),
    xfail(
        "title-genitive-then-pronoun",
        "Le mois dernier, le docteur Marc Lefort, pédiatre à Tours, a été frappé par un patient. "
        "L'objectif du pédiatre est d'alerter sur les violences. Selon lui, c'est une question de respect.",
        "Marc Lefort",
        "question de respect",
        "person",
        reason="a role in a genitive ('l'objectif du pédiatre') is no pronoun referent; the patient is taken",
    ),
]

NEAR_MISSES = [
    # a place before the comma describes no one
    (
        "place-apposed",
        "Les touristes reviennent. Ils visitent Annecy, une ville qui attire du monde. « C'est superbe », "
        "dit une visiteuse.",
        "Annecy",
        "superbe",
    ),
    # the demonstrative's gender differs from the last speaker's
    (
        "demonstrative-other-gender",
        "« Les volets sont fermés », confie Josette. Ce voisin a choisi de partir. « Je ne reviendrai "
        "pas », précise-t-il.",
        "Josette",
        "ne reviendrai pas",
    ),
    # "Premier" makes another office: "le Premier ministre" is not the minister named
    (
        "title-premier-not-minister",
        "La ministre de la Santé, Agnès Roux, était à Lille lundi. Le Premier ministre a assuré que les "
        "hôpitaux recevraient des moyens.",
        "Agnès Roux",
        "hôpitaux recevraient",
    ),
    (
        "title-minister-not-premier",
        "Le Premier ministre Jean Castel a reçu les syndicats. Le ministre du Travail a estimé que le "
        "dialogue était rompu.",
        "Jean Castel",
        "dialogue était rompu",
    ),
    # another title: the person named as mayor is not the Ukrainian president
    (
        "title-other-office",
        "Le maire de Brest, Paul Le Goff, a reçu les pêcheurs. Le président ukrainien a affirmé que les "
        "négociations étaient au point mort.",
        "Le Goff",
        "point mort",
    ),
]


@pytest.mark.parametrize(
    ("row_id", "text", "speaker", "content", "kind"),
    [r if hasattr(r, "marks") else pytest.param(*r, id=r[0]) for r in ROWS],
)
def test_speaker_rows(nlp, row_id, text, speaker, content, kind):
    check_speaker_row(nlp, text, speaker, content, kind)


@pytest.mark.parametrize(
    ("row_id", "text", "wrong", "content"), [pytest.param(*r, id=r[0]) for r in NEAR_MISSES]
)
def test_near_misses(nlp, row_id, text, wrong, content):
    check_not_said_by(nlp, text, wrong, content)
