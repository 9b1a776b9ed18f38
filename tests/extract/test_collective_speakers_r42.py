"""Statements of collective speakers (round 42, col42; issue 14): a body's stated intention.

An organisation subject ("le ministère", "la SNCF", "l'association X") of a verb of will or plan
("veut", "souhaite", "envisage", "prévoit de", "refuse de", "compte") with its infinitive or its
object states a position: a body wills only what it makes known. Not a person's will ("Paul veut
partir" is no statement), nor a plural group of people ("les locataires refusent de …"), nor a
country, nor an indefinite body ("un restaurant comptait …"), nor a verb of will without infinitive
or object.

Two rules (``speech_body_intents``) were measured and reverted. Group 1 (will, plan, refusal,
"compter") gained recall on both halves but lowered precision on both (its new statements matched the
gold 5 times in 7 on the check half, 6 in 11 on the read half). Group 2 (will and plan only) gained on
the check half without a precision loss, but contradicts rows of earlier rounds that hold a body's will
or plan for no statement ("Le gouvernement veut une réforme rapide", "La mairie prévoit de fermer
l'école"); reverted until that convention is settled. The positive rows are strict xfails, the negative
twins plain rows.

Every sentence here was written for these tests (none is taken from an evaluation text). A row is
(construction id, text, speaker part, content part): exactly one statement holds the content part,
reported, said by a speaker whose name holds the speaker part.
"""

from __future__ import annotations

import pytest
from speech import check_construction, described, statements, xfail

REVERTED = (
    "reverted in round 42 (col42): check half recall 3078 -> 3082/3689, precision 2913/3132 -> 2918/3139"
    " (0.9301 -> 0.9296), collective 537 -> 541/774; read half recall 2830 -> 2836, precision 2705/2884 ->"
    " 2711/2895; 4 of 5 fresh changes right"
)

GROUP2 = (
    "round 42 (col42) group 2 (will and plan only, definite singular body) gained on the check half (recall"
    " 3078 -> 3082/3689, precision 2913/3132 -> 2918/3137) but was reverted: six rows of earlier rounds"
    " hold a body's will or plan for no statement (test_attribution_constructions, test_attribution_frames,"
    " test_reported_r21, test_reported_r39, test_statements_r24b); the convention is the lead's to settle"
)

REFUSAL = (
    "round 42 (col42): the group-1 rule read 'refuser de' too and was reverted (precision lower on both"
    " halves); group 2 leaves a body's refusal out (mostly a decision it took, not a position it stated)"
)

INTENTS = [
    xfail(
        "vouloir-inf",
        "Face aux retards, le ministère des Transports veut renforcer les contrôles sur les chantiers.",
        "ministère",
        "renforcer les contrôles",
        reason=GROUP2,
    ),
    xfail(
        "refuser-de",
        "La mairie de Lille refuse de financer la rénovation du vieux stade municipal.",
        "mairie",
        "financer la rénovation",
        reason=REFUSAL,
    ),
    xfail(
        "envisager-np",
        "Après la décision du tribunal, la fédération envisage un recours devant le Conseil d'État.",
        "fédération",
        "un recours devant le Conseil",
        reason=GROUP2,
    ),
    xfail(
        "prevoir-de",
        "Dès le mois prochain, la SNCF prévoit de supprimer une centaine de trains régionaux.",
        "SNCF",
        "supprimer une centaine de trains",
        reason=GROUP2,
    ),
    xfail(
        "compter-inf",
        "L'association Terre Bleue compte saisir la justice contre les pollueurs du fleuve.",
        "Terre Bleue",
        "saisir la justice",
        reason=(
            "round 42 (col42): failed with the reverted rule too (the name after 'association' is not"
            " read as an organisation subject)"
        ),
    ),
    xfail(
        "vouloir-negated",
        "La préfecture ne veut pas rouvrir la route avant la fin des travaux de sécurisation.",
        "préfecture",
        "rouvrir la route",
        reason=GROUP2,
    ),
]


@pytest.mark.parametrize(("cid", "text", "speaker", "content"), INTENTS)
def test_body_states_its_intention(nlp, cid, text, speaker, content):
    check_construction(nlp, text, speaker, content, False)


NOT_STATED = [
    ("person-will", "Paul Martin veut partir en vacances avec ses enfants au mois d'août."),
    ("people-plural", "Les locataires refusent de quitter leurs appartements malgré les fissures."),
    ("body-no-object", "Le club veut, mais il ne peut pas."),
    ("body-can", "La mairie peut financer la rénovation du vieux stade municipal."),
    ("indefinite-body", "Un restaurant du port comptait faire le plein de clients pendant le festival."),
    ("body-refusal", "La commission a refusé de rembourser les frais de campagne du candidat."),
    ("thing-subject", "Le moteur refuse de démarrer par grand froid dans les montagnes."),
]


@pytest.mark.parametrize(("cid", "text"), NOT_STATED, ids=[r[0] for r in NOT_STATED])
def test_no_intention_stated(nlp, cid, text):
    assert statements(nlp, text) == [], described(statements(nlp, text))
