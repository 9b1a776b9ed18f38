"""Event types of our own (no CAMEO root) in economy, politics and society, round 26 (evs26): a money
measure named by who grants it ("la ristourne financée par l'État", "l'aide de l'État", "la remise
gouvernementale"), rents or prices put under control, purchases limited by a shop, a controversy
made or sparked ("fait polémique", "a provoqué un tollé"), a change of head of government; with the
other senses of their words as negatives ("réclament l'aide de l'État", "la remise en état",
"l'encadrement des enfants", "limiter ses dépenses", "un changement de cap"). Sentences written for
these tests. Rows: (sentence, type, actor, place) as in ``test_event_constructions.check_row``
(lowercase substrings; None: not checked); negatives: (sentence, type)."""

from __future__ import annotations

import pytest
from test_event_constructions import check_modality, check_row, no_event, of_type, xfail

GRANTED = [
    (
        "La ristourne financée par l'État passera de 25 à 8 centimes en janvier.",
        "policy_measure",
        "état",
        None,
    ),
    (
        "La remise accordée par le gouvernement a été prolongée d'un mois.",
        "policy_measure",
        "gouvernement",
        None,
    ),
    ("L'aide de l'État sera remplacée par une indemnité de 100 euros.", "provide_aid", "état", None),
    ("Une subvention régionale aide les artisans à changer de chaudière.", "provide_aid", None, None),
    ("L'aide étatique a profité à 12 000 foyers modestes.", "provide_aid", "état", None),
    (
        "Les routiers attendent que la remise gouvernementale passe à 30 centimes.",
        "policy_measure",
        "gouvernement",
        None,
    ),
    xfail(
        "Les commerçants bénéficient d'une réduction de 20 centimes accordée par l'État.",
        "policy_measure",
        "état",
        None,
        reason="the parser hangs 'accordée par l'État' on the amount 'centimes', not on the noun",
    ),
]
NOT_GRANTED = [
    ("Les éleveurs réclament l'aide de l'État depuis des mois.", "provide_aid"),
    ("La remise en état du quai a duré deux ans.", "policy_measure"),
    ("La remise des prix aura lieu à la mairie.", "policy_measure"),
    ("La réduction des émissions reste lente.", "policy_measure"),
]

CONTROLS = [
    (
        "Plusieurs métropoles ont instauré un encadrement des loyers l'an dernier.",
        "policy_measure",
        None,
        None,
    ),
    (
        "Une pharmacie de Brest limite l'achat de paracétamol à deux boîtes par client.",
        "impose_restrictions",
        None,
        "brest",
    ),
    ("Les grandes surfaces rationnent les ventes de farine depuis lundi.", "impose_restrictions", None, None),
]
NOT_CONTROLS = [
    ("L'encadrement des enfants est confié à des moniteurs diplômés.", "policy_measure"),
    ("Les ménages essaient de limiter leurs dépenses de chauffage.", "impose_restrictions"),
    ("Il faudra limiter les achats de précaution.", "impose_restrictions"),
]

CONTROVERSIES = [
    ("La hausse des indemnités des élus fait polémique dans la commune.", "controversy", None, None),
    ("Les propos du ministre ont suscité une vive polémique à l'Assemblée.", "controversy", None, None),
    ("La polémique autour du salaire du directeur ne retombe pas.", "controversy", None, None),
    ("La décision de l'arbitre a provoqué un tollé chez les supporters.", "controversy", None, None),
    ("Une controverse a éclaté après la publication du rapport.", "controversy", None, None),
    ("Le nouveau calcul de la taxe foncière fait polémique.", "controversy", None, None),
]
NOT_CONTROVERSIES = [
    ("Le ton polémique du débat a lassé les téléspectateurs.", "controversy"),
    ("Le maire refuse toute polémique stérile sur ce sujet.", "controversy"),
]

APPOINTMENTS = [
    ("Le changement de Premier ministre a eu lieu mardi.", "appoint", None, None),
    ("Le club a annoncé un changement d'entraîneur.", "appoint", None, None),
]
NOT_MEETINGS = [
    ("La réforme des retraites rencontre une forte opposition chez les syndicats.", "meet"),
    ("L'appel aux dons a rencontré un large écho auprès des habitants.", "meet"),
]
NOT_APPOINTMENTS = [
    ("Le parti réclame un changement de gouvernement.", "appoint"),
    ("Le pays a besoin d'un changement de cap.", "appoint"),
    ("Le changement climatique menace les vignobles.", "appoint"),
]


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "place"), GRANTED + CONTROLS + CONTROVERSIES + APPOINTMENTS
)
def test_types_of_our_own_r26(nlp, sentence, type_, actor, place):
    check_row(nlp, sentence, type_, actor, place)


@pytest.mark.parametrize(
    ("sentence", "type_"), NOT_GRANTED + NOT_CONTROLS + NOT_CONTROVERSIES + NOT_MEETINGS + NOT_APPOINTMENTS
)
def test_other_senses_r26(nlp, sentence, type_):
    no_event(nlp, sentence, type_)


def test_a_controversy_one_will_not_make_is_no_fact(nlp):
    """ "Je ne veux pas faire de polémique": the speaker's refusal, no controversy took place."""
    events = [e for e in of_type(nlp, "Je ne veux pas faire de polémique sur ce drame.", "controversy")]
    assert all(e.modality != "asserted" for e in events)


def test_an_announced_change_of_prime_minister_is_future(nlp):
    check_modality(
        nlp,
        "Le changement de Premier ministre devrait intervenir la semaine prochaine.",
        "appoint",
        "hypothetical",
    )


MODAL_BENEFITS = [
    ("Il pourrait bénéficier d'une aide de l'État dès le mois prochain.", "provide_aid", "hypothetical"),
    ("Les éleveurs devraient toucher une prime de 200 euros versée par l'État.", "payment", "hypothetical"),
    ("Les ménages ont pu bénéficier d'une aide de l'État de 100 euros.", "provide_aid", "asserted"),
    ("Cette mesure devrait freiner la flambée des prix du gaz.", "price_change", "asserted"),
]


@pytest.mark.parametrize(("sentence", "type_", "modality"), MODAL_BENEFITS)
def test_a_benefit_under_a_conditional_modal_may_come(nlp, sentence, type_, modality):
    """The object of "pourrait bénéficier de", "devrait toucher": a possibility, not a fact; "a pu
    bénéficier" (past) did happen."""
    check_modality(nlp, sentence, type_, modality)
