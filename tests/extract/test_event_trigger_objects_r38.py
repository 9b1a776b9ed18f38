"""A verb trigger names the direct object its lexicon row required alone (evt38t), as a noun names
its required qualifier (evt37g): "a quitté le gouvernement" (resign), "a trouvé la mort" (death), "fait
augmenter les prix" (price change). An object the row did not ask for, or one standing apart from the
verb, stays out; only the trigger text changes, not the type."""

from __future__ import annotations

import pytest
from test_events import events_of

# (sentence, event type, the trigger the event names)
NAMED = [
    (
        "Le ministre de la Justice quittera le gouvernement à la fin du mois.",
        "resign",
        "quittera le gouvernement",
    ),
    ("Un skieur a trouvé la mort sur une piste noire.", "death", "trouvé la mort"),
    ("La sécheresse a fait augmenter les prix du café.", "price_change", "augmenter les prix"),
    ("Le bailleur a augmenté ses loyers de cinq pour cent.", "price_change", "augmenté ses loyers"),
    ("La préfecture a évacué les habitants du quartier.", "rescue", "évacué les habitants"),
    # an adverb between the verb and its object: the verb alone
    ("Le ministre a quitté hier le gouvernement.", "resign", "quitté"),
]


@pytest.mark.parametrize(("text", "kind", "trigger"), NAMED)
def test_verb_names_its_required_object(nlp, text: str, kind: str, trigger: str) -> None:
    found = [(e.type, e.trigger) for e in events_of(nlp, text)]
    assert (kind, trigger) in found, found


# (sentence, trigger that stays the verb alone): the object is not the word the row required
ALONE = [
    ("Les soldats ont attaqué un convoi près de la frontière.", "attaqué"),
    ("L'armée a bombardé la ville pendant la nuit.", "bombardé"),
]


@pytest.mark.parametrize(("text", "trigger"), ALONE)
def test_unrequired_object_stays_out(nlp, text: str, trigger: str) -> None:
    triggers = [e.trigger for e in events_of(nlp, text)]
    assert trigger in triggers, triggers
