"""Where an event happened, round 42 (plc42): a report's opening names a region, then the town in
it where the report was filmed ("Dans le Donbass, ... La ville de Sloviansk ..."); an event of the
body that nothing nearer places happened in that town, not across the region. The rule
(event_place_zoom.opening_town) was measured and reverted: -2 event type+place on the check half,
7 of 15 fresh changes right (a region-wide alert, an island's snow, a national election lent the
opening's town). The rows it fixed are strict xfail rows; the negative twins hold either way.
Sentences written for these tests; rows (text, trigger, place substring, or "-" for none)."""

from __future__ import annotations

import pytest
from test_event_places_r14 import events_at, triggered

ZOOM = "the opening's region is not narrowed to its town (plc42's rule reverted: check -2, fresh 7/15)"

FILLER = (
    " Les renforts arrivent de partout. Une heure plus tard, tout était calme. Les habitants ont eu"
    " très peur. Certains pleuraient encore. Les dégâts sont importants."
)
"""Five sentences with no place: the event after them is past the reach of an earlier scene, so
its place comes from the report's opening."""

OPENING_TOWNS = [
    # the opening's region, then a town of it said as a place: the town
    pytest.param(
        "Les incendies ravagent toujours la Gironde. À Hostens, les pompiers luttent depuis trois"
        " jours." + FILLER + " Une centaine de personnes ont été évacuées mardi soir.",
        "évacuées",
        "hostens",
        marks=pytest.mark.xfail(strict=True, reason=ZOOM),
    ),
    pytest.param(
        "Dans le Donbass, les combats font rage. La ville de Sloviansk est désormais une cible."
        + FILLER
        + " Les soldats ukrainiens résistent.",
        "résistent",
        "sloviansk",
        marks=pytest.mark.xfail(strict=True, reason=ZOOM),
    ),
    pytest.param(
        "Sur la Côte d'Azur, la tempête a surpris les plaisanciers. Au large d'Antibes, un voilier"
        " a chaviré." + FILLER + " Trois marins ont été secourus par hélicoptère.",
        "secourus",
        "antibes",
        marks=pytest.mark.xfail(strict=True, reason=ZOOM),
    ),
    # negative twins: no town in the opening, the region stays
    (
        "Les incendies ravagent toujours la Gironde. Les pompiers luttent depuis trois jours."
        + FILLER
        + " Une centaine de personnes ont été évacuées mardi soir.",
        "évacuées",
        "gironde",
    ),
    # a town far from the region (not in it): the region stays
    (
        "Les inondations touchent la Bretagne. À Marseille, les orages ont aussi frappé."
        + FILLER
        + " Des maisons ont été évacuées.",
        "évacuées",
        "bretagne",
    ),
    # the event's sentence says it is elsewhere than the filmed town
    (
        "Dans le Donbass, les combats font rage. La ville de Sloviansk est désormais une cible."
        + FILLER
        + " Là-bas, les soldats ukrainiens résistent.",
        "résistent",
        "donbas",
    ),
    # the event's sentence places it itself: unchanged
    (
        "Les incendies ravagent toujours la Gironde. À Hostens, les pompiers luttent depuis trois"
        " jours." + FILLER + " Une centaine de personnes ont été évacuées à Belin-Béliet.",
        "évacuées",
        "belin",
    ),
    # the opening's own event of the region keeps the region
    (
        "Les incendies ravagent toujours la Gironde. À Hostens, les pompiers luttent depuis trois jours.",
        "ravagent",
        "gironde",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "place"), OPENING_TOWNS)
def test_event_place_r42_opening_town(nlp, text: str, trigger: str, place: str) -> None:
    found = [e for e in events_at(nlp, text) if triggered(e, trigger)]
    assert found, [(e.trigger, e.location) for e in events_at(nlp, text)]
    name = found[0].location.name.lower() if found[0].location else "-"
    assert place in name if place != "-" else name == "-", [(e.trigger, e.location) for e in found]
