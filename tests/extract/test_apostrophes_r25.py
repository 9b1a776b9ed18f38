"""Half of the 2022 reports write the elided "de" with a typographic apostrophe ("d’une femme"),
half with a straight one: the "de X" complement of an event noun names its target either way."""

from __future__ import annotations

import pytest
from test_event_constructions import events_of, names

APOSTROPHES = ["'", "’"]

# (text with {a} for the apostrophe, event type, target part)
ROWS = [
    ("Le meurtre d{a}une femme par son mari à Lyon, mercredi, a choqué le quartier.", "kill", "femme"),
    ("La cérémonie d{a}investiture d{a}Emmanuel Macron se tiendra samedi à l{a}Élysée.", "appoint", "macron"),
    (
        "L{a}enlèvement d{a}un journaliste français au Sahel a été confirmé par le Quai d{a}Orsay.",
        "abduct",
        "journaliste",
    ),
]


CASES = [
    pytest.param(
        *row,
        a,
        id=f"{row[1]}-{'straight' if a == "'" else 'typographic'}",
        marks=[]
        if (row[1], a) != ("appoint", "’")
        else [pytest.mark.xfail(strict=True, reason="'cérémonie d’investiture' is read as a ceremony only")],
    )
    for row in ROWS
    for a in APOSTROPHES
]


@pytest.mark.parametrize("text,kind,target,apostrophe", CASES)
def test_de_complement_is_the_target_with_either_apostrophe(nlp, text, kind, target, apostrophe):
    events = events_of(nlp, text.format(a=apostrophe))
    found = [e for e in events if e.type == kind]
    assert found, [(e.type, e.trigger) for e in events]
    assert any(target in names(e, "target") for e in found), [(e.type, names(e, "target")) for e in found]
