"""A trigger row's object may be given by a relative clause (evt38t): the "que" of "la ville que les
troupes ont reprise" is the verb's object and stands for the noun it follows; the subject "qui" of a
passive stands for its noun ("les habitants qui ont été évacués"). A rule reading the antecedent as the
object (``deep_objects``) was measured and reverted (no gain on the check half, 4 more unmatched
events): the rows it would fix stay strict xfail, the twins and the passing rows guard the rest."""

from __future__ import annotations

import pytest
from test_events import events_of

# (sentence, event type the relative clause's verb must give)
RELATIVES = [
    pytest.param(
        "La ville que les troupes ukrainiennes ont reprise était occupée depuis mars.",
        "capture",
        marks=pytest.mark.xfail(
            strict=True, reason="a relative object is not read as its antecedent (reverted)"
        ),
    ),
    pytest.param(
        "Les habitants qu'on a évacués dormaient au gymnase municipal.",
        "rescue",
        marks=pytest.mark.xfail(
            strict=True, reason="a relative object is not read as its antecedent (reverted)"
        ),
    ),
    pytest.param(
        "Les salariés que l'entreprise a licenciés manifestent devant le siège.",
        "layoff",
        marks=pytest.mark.xfail(
            strict=True, reason="a relative object is not read as its antecedent (reverted)"
        ),
    ),
    ("Les familles qui ont été évacuées dorment dans une salle des fêtes.", "rescue"),
    ("Le ministre qu'Emmanuel Macron a limogé conteste sa décision.", "dismiss"),
    # a first-person passive subject names no noun the row asks for ("salarié", a number)
    pytest.param(
        "Nous avons été licenciés la semaine dernière sans préavis.",
        "layoff",
        marks=pytest.mark.xfail(strict=True, reason="a first-person passive subject is no noun of the row"),
    ),
]


@pytest.mark.parametrize(("text", "kind"), RELATIVES)
def test_relative_object_stands_for_its_noun(nlp, text: str, kind: str) -> None:
    found = [e.type for e in events_of(nlp, text)]
    assert kind in found, found


# (sentence, event type that must not be given): the relative's verb has its own object, or the noun
# the "que" follows is no argument of the row
TWINS = [
    ("La ville que les troupes ont traversée était déserte.", "capture"),
    ("Les habitants que nous avons rencontrés restent sur place.", "rescue"),
    ("Les salariés qu'il faut encore former attendent leur contrat.", "layoff"),
    ("Les prix que nous payons au marché restent stables.", "price_change"),
]


@pytest.mark.parametrize(("text", "kind"), TWINS)
def test_relative_twin_gives_no_event(nlp, text: str, kind: str) -> None:
    found = [e.type for e in events_of(nlp, text)]
    assert kind not in found, found
