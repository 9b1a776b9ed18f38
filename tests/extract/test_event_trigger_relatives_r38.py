"""A trigger row's object may be given by a relative clause (evt38t): the "que" of "la ville que les
troupes ont reprise" is the verb's object and stands for the noun it follows, so a row asking for
"ville" (or a place, a person) as the object holds; the subject "qui" of a passive stands for its noun
too ("les habitants qui ont été évacués"). A completive "que" ("l'annonce que ...") and a verb with an
object of its own keep their own object."""

from __future__ import annotations

import pytest
from test_events import events_of

# (sentence, event type the relative clause's verb must give)
RELATIVES = [
    ("La ville que les troupes ukrainiennes ont reprise était occupée depuis mars.", "capture"),
    ("Les habitants qu'on a évacués dormaient au gymnase municipal.", "rescue"),
    ("Les salariés que l'entreprise a licenciés manifestent devant le siège.", "layoff"),
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
