"""The event types of the ontology and the trigger lexicon agree."""

from __future__ import annotations

from newsgraph.event_types import broader, cameo_codes, concepts
from newsgraph.extract.event_triggers import triggers


def test_lexicon_types_exist_in_the_ontology():
    types = {row.type for rows in triggers().values() for row in rows}
    assert types <= concepts()
    assert {"election", "appoint", "trial", "fire", "adopt_law"} <= types - set(cameo_codes())  # our own
    assert cameo_codes()["withdraw"] == "0874" and cameo_codes()["sanction"] == "163"


def test_casualty_types_share_a_broader_type():
    assert broader()["kill"] == broader()["wound"] == "fight"
