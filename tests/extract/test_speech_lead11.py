"""Statements, eleventh round (issue 14): constructions that single sentences read alone showed (the
shape of the held-out press sentences, ``benchmarks/devgold/sentences2022``). One row per
construction, sentences written for these tests: (construction, text, speaker name part, content
part, direct)."""

from __future__ import annotations

import pytest
from speech import check_construction, described, statements, xfail

CASES = [
    # a correspondent relays words whose speaker the text never names ("il" with nothing before):
    # the words stay the correspondent's rather than vanish
    (
        "relay-unnamed-pronoun",
        "« Il se dit confiant pour la suite du chantier », explique le journaliste.",
        "journaliste",
        "confiant pour la suite du chantier",
        True,
    ),
    (
        "relay-unnamed-pronoun-fem",
        "« Elle se dit prête à reprendre le travail dès lundi », rapporte notre correspondante.",
        "correspondante",
        "prête à reprendre le travail",
        True,
    ),
    # ... and when the pronoun is named before, the words are that person's
    (
        "relay-named-pronoun",
        "Le préfet a visité la digue. « Il se dit confiant pour la suite du chantier », explique le "
        "journaliste.",
        "préfet",
        "confiant pour la suite du chantier",
        False,
    ),
    # a quoted fragment at the end of a long sentence keeps its incise, whatever the parser hangs
    # on the verb from before the quote
    (
        "fragment-incise",
        "Si, auparavant, certaines radios pouvaient se rattraper la nuit, il existe désormais trois "
        "créneaux : le matin, le soir et la nuit, et « chaque station doit respecter une stricte "
        "égalité », ajoute le journaliste.",
        "journaliste",
        "chaque station doit respecter",
        True,
    ),
    # an active call still speaks
    (
        "call-active",
        "Le préfet appelle à la plus grande prudence sur les routes verglacées.",
        "préfet",
        "la plus grande prudence",
        False,
    ),
    xfail(
        "call-passive-agent",
        "Les automobilistes sont appelés par le préfet à limiter leurs déplacements ce week-end.",
        "préfet",
        "limiter leurs déplacements",
        False,
        reason="the content of a passive call is read after the verb only, not after its agent",
    ),
    (
        "comme-pronoun-clitic",
        "Le maire n'a pas caché sa colère. Comme il le dit lui-même, « ce projet a été décidé sans nous ».",
        "maire",
        "décidé sans nous",
        True,
    ),
]


@pytest.mark.parametrize(("construction", "text", "speaker", "content", "direct"), CASES)
def test_construction(nlp, construction: str, text: str, speaker: str, content: str, direct: bool) -> None:
    check_construction(nlp, text, speaker, content, direct)


@pytest.mark.parametrize(
    "text",
    [
        # those called on are not the ones who speak
        "Les habitants sont appelés à la plus grande prudence sur les routes verglacées.",
        "Les électeurs sont invités à se rendre aux urnes dimanche prochain.",
        "Les salariés ont été exhortés à reprendre le travail au plus vite.",
        # a quoted title inside the subject: the verb after it is no incise, the title no quote
        "Son adjoint, Marc Dubois, auteur de « La Ville verte », défend un projet de parc.",
        'La réalisatrice du film "Les Jours heureux" présente son travail au festival de Cannes.',
    ],
)
def test_no_statement(nlp, text: str) -> None:
    assert statements(nlp, text) == [], described(statements(nlp, text))
