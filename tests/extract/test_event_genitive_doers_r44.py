"""Round 44 event agents (issue 17): the "de X" of an event noun whose "de" most often names what is
acted on ("l'enquête du meurtre", "la condamnation du prévenu") names the doer when X is of the class
of actor that performs that kind of act and never undergoes it (``event_agent_kinds.genitive_doer``):
an inquiry of the police, the gendarmerie, the prosecutors or the investigators; a ruling of a court.
Sentences written for these tests. Rows: (text, trigger, agent substring, or "-" for no agent)."""

from __future__ import annotations

import pytest
from test_event_constructions import check_agent, events_of, names

from newsgraph.extract.event_agent_kinds import of_class

DOERS = [
    ("L'enquête de la gendarmerie a été confiée à un magistrat de Rennes.", "enquête", "gendarmerie"),
    ("Les investigations du parquet se poursuivent à Grenoble.", "investigations", "parquet"),
    ("L'enquête de l'IGPN devra établir les responsabilités des agents.", "enquête", "igpn"),
    ("D'après l'enquête des policiers, le chauffeur roulait vite.", "enquête", "policiers"),
    ("Les perquisitions des enquêteurs ont duré toute la matinée à Reims.", "perquisitions", "enquêteurs"),
]

NOT_DOERS = [
    # the "de" names what is investigated or who is sentenced: no doer read from it
    ("L'enquête judiciaire de l'accident de car a été confiée à la gendarmerie.", "enquête", "accident"),
    ("Une perquisition du domicile du suspect a été menée mardi.", "perquisition", "domicile"),
]


@pytest.mark.parametrize(("text", "trigger", "agent"), DOERS)
def test_genitive_doer(nlp, text: str, trigger: str, agent: str) -> None:
    check_agent(nlp, text, trigger, agent)


@pytest.mark.parametrize(("text", "trigger", "word"), NOT_DOERS)
def test_genitive_not_doer(nlp, text: str, trigger: str, word: str) -> None:
    found = [e for e in events_of(nlp, text) if trigger in e.trigger]
    assert found
    assert all(word not in names(e, "agent") for e in found)


def test_investigator_lexicon(nlp) -> None:
    """The investigator class of event_doers.tsv is read: a common noun and a name."""
    doc = nlp("Le parquet et l'IGPN enquêtent.")
    assert of_class(doc[1], "investigator")
    assert of_class(doc[4], "investigator")
