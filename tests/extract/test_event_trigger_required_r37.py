"""A noun trigger names the qualifier its lexicon row required (evt37g): "un glissement de terrain",
"un redressement judiciaire" are the happening's name, not "glissement" or "redressement" alone; a
qualifier the row did not ask for stays out ("une attaque ciblée"), and a verb's trigger is unchanged."""

from __future__ import annotations

import pytest
from test_events import events_of

# (sentence, event type, the trigger the event names)
TRIGGERS = [
    ("Un glissement de terrain a coupé la route du col mardi.", "landslide", "glissement de terrain"),
    ("La fonderie de Rodez a été placée en redressement judiciaire.", "closure", "redressement judiciaire"),
    (
        "Le gouvernement a reconnu l'état de catastrophe naturelle pour quarante communes.",
        "natural_disaster",
        "catastrophe naturelle",
    ),
    ("Le passant a reçu deux coups de couteau devant la gare.", "physical_assault", "coups de couteau"),
    ("Berlin a promis une aide militaire supplémentaire à Kiev.", "provide_military_aid", "aide militaire"),
    # a generic head keeps its qualifier as before
    ("La hausse des prix inquiète les ménages.", "price_change", "hausse des prix"),
    # a verb names the object its row required (evt38t, test_event_trigger_objects_r38)
    ("Un randonneur a trouvé la mort dans le massif.", "death", "trouvé la mort"),
]


@pytest.mark.parametrize(("text", "kind", "trigger"), TRIGGERS)
def test_trigger_names_the_required_qualifier(nlp, text: str, kind: str, trigger: str) -> None:
    found = [(e.type, e.trigger) for e in events_of(nlp, text)]
    assert (kind, trigger) in found, found


# (sentence, trigger word that must stay alone): a qualifier the row did not require, or a verb
ALONE = [
    ("Un homme a été tué dans un accident de la route samedi.", "tué"),
    ("Les soldats ont repoussé une attaque nocturne près du fleuve.", "attaque"),
    # a "de X" with its article is a participant, not a name ("l'aide du gouvernement")
    ("Les éleveurs touchés recevront une aide du gouvernement.", "aide"),
]


@pytest.mark.parametrize(("text", "word"), ALONE)
def test_unrequired_qualifier_stays_out(nlp, text: str, word: str) -> None:
    triggers = [e.trigger for e in events_of(nlp, text)]
    assert word in triggers, triggers


# a definite noun told again without its qualifier is the same happening (one event, not two)
TOLD_AGAIN = [
    (
        "Un glissement de terrain a enseveli trois maisons à Saint-Véran. "
        "Le glissement a aussi coupé la route.",
        "landslide",
    ),
    (
        "La scierie a été placée en liquidation judiciaire. La liquidation prive quarante salariés d'emploi.",
        "closure",
    ),
]


@pytest.mark.parametrize(("text", "kind"), TOLD_AGAIN)
def test_told_again_without_qualifier_is_one_event(nlp, text: str, kind: str) -> None:
    found = [e.trigger for e in events_of(nlp, text) if e.type == kind]
    assert len(found) == 1, found
