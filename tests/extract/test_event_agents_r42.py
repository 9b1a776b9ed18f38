"""Round 42 event agents (issue 17): two constructions of French that name an event's doer through
another word. The noun a participle qualifies does the infinitive that participle governs ("les
agriculteurs venus manifester": the farmers; ``event_agent_errands``), and the "de X" said after the
state a nominal event moves into is its doer, as after its place ("le départ à la retraite des
médecins", "le retour en classe des élèves"), tried and reverted (no fresh evidence), its rows strict
xfail.
Sentences written for these tests. Rows: (text, trigger, agent substring, or "-" for no agent)."""

from __future__ import annotations

import pytest
from test_event_constructions import check_agent, xfail

ERRANDS = [
    (
        "Les agriculteurs venus manifester devant la préfecture ont été reçus par le préfet.",
        "manifester",
        "agriculteurs",
    ),
    ("Les secouristes envoyés pour aider les sinistrés sont arrivés dans la nuit.", "aider", "secouristes"),
    ("Des bénévoles venus aider les sinistrés ont nettoyé les rues du village.", "aider", "bénévoles"),
    ("Des habitants venus signer une pétition attendaient devant la mairie.", "pétition", "habitants"),
    xfail(
        "Une femme venue rendre hommage à la reine a déposé des fleurs.",
        "hommage",
        "femme",
        reason="the parser hangs 'rendre' on the noun beside the participle, not under it",
    ),
    xfail(
        "Venus manifester à Paris, les agriculteurs ont bloqué le périphérique.",
        "manifester",
        "agriculteurs",
        reason="the parser tags the fronted participle 'Venus' a noun, the infinitive's subject",
    ),
]

ERRANDS_NEGATIVE = [
    # the participle qualifies no actor: nobody does the infinitive
    ("Les fonds destinés à aider les réfugiés ont été débloqués.", "aider les réfugiés", "-"),
    # a finite verb keeps its subject (unchanged)
    ("Les agriculteurs sont venus manifester devant la préfecture.", "manifester", "agriculteurs"),
]

STATES_REVERTED = (
    "the 'de X' after a state ('à la retraite', 'en classe') as the noun's doer was tried and reverted:"
    " null on the check half, no change on 727 fresh reports"
)

STATES = [
    xfail(
        "Le départ à la retraite des deux médecins inquiète le maire.",
        "départ",
        "médecins",
        reason=STATES_REVERTED,
    ),
    xfail("Le retour en classe des élèves aura lieu lundi.", "retour", "élèves", reason=STATES_REVERTED),
    xfail(
        "Le départ en vacances des Français commence samedi.", "départ", "français", reason=STATES_REVERTED
    ),
    # a bare "à domicile" already names who (unchanged)
    ("Le retour à domicile des patients est prévu lundi.", "retour", "patients"),
]

STATES_NEGATIVE = [
    # a complement with its own article is a thing of X's, not a state X moves into
    ("Le retour à la maison de ses parents a été retardé.", "retour", "-"),
    ("Le retour au domicile de ses parents a été retardé.", "retour", "-"),
]


@pytest.mark.parametrize("text,trigger,agent", ERRANDS + ERRANDS_NEGATIVE + STATES + STATES_NEGATIVE)
def test_agent(nlp, text: str, trigger: str, agent: str) -> None:
    check_agent(nlp, text, trigger, agent)
