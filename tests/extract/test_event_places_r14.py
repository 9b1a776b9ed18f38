"""Where and when an event happened, fourteenth round. Dates: a noun's event takes the date of the
verb it is the subject of ("le verdict est tombé mercredi soir") or of the clause it is a
circumstance of ("à l'annonce du résultat, dimanche"), of its relative clause ("l'incendie qui
s'est déclaré mardi"); a day counted from another ("au lendemain du vote", "deux jours après la
frappe", "à trois jours du scrutin"); else the story's day the report's lead tells, for an event
told as done, not one announced or possible; else the publication date, marked as such.
Sentences written for these tests; the publication day is Thursday 14 March 2024."""

from __future__ import annotations

import pytest
from test_event_constructions import ANCHOR, xfail

from newsgraph.extract import entities, timex
from newsgraph.extract.context import DocContext
from newsgraph.extract.events import extract_events
from newsgraph.model import Document, Event


def events_at(nlp, text: str) -> list[Event]:
    sdoc = nlp(text)
    doc = Document("c", text, published=ANCHOR)
    ctx = DocContext(doc, sdoc, entities.find_mentions(sdoc), timex.find_times(text, ANCHOR, "c", sdoc))
    return extract_events(ctx)


def triggered(event: Event, word: str) -> bool:
    """The event's trigger is the word, alone or named with the direct object its lexicon row asked
    for ("accordé une subvention", "maîtriser l'incendie": ``event_phrases.trigger_text``, round 38)."""
    return event.trigger == word or event.trigger.startswith(word + " ")


DATES = [
    # the verb the trigger noun is the subject of dates it
    ("Le verdict est tombé mercredi soir pour les huit accusés.", "verdict", "2024-03-13", "text"),
    ("Un violent orage s'est abattu sur la ville dans la soirée de lundi.", "orage", "2024-03-11", "text"),
    # the relative or participial clause that tells the event dates it
    ("L'incendie qui s'est déclaré mardi dans le massif progresse encore.", "incendie", "2024-03-12", "text"),
    # a circumstance of the clause ("à l'annonce de", "au niveau de") takes the clause's date
    (
        "Les militants n'ont pas caché leur déception, dimanche 10 mars, "
        "à l'annonce du résultat de l'élection.",
        "résultat",
        "2024-03-10",
        "text",
    ),
    (
        "Ce mardi 12 mars, la moitié des départements sont au plus haut niveau d'alerte sécheresse.",
        "alerte sécheresse",  # the generic head names its qualifier (hap19)
        "2024-03-12",
        "text",
    ),
    # a day counted from the date of the sentence, else from the publication day
    (
        "Lundi 11 mars, au lendemain du premier tour des élections, "
        "le chef du parti était l'invité du journal.",
        "tour",
        "2024-03-10",
        "text",
    ),
    (
        "L'émotion est grande dans le quartier, au lendemain du bombardement d'une école à Kharkiv.",
        "bombardement",
        "2024-03-13",
        "text",
    ),
    (
        "Des villes ont été bombardées lundi, deux jours après la frappe qui a détruit le pont.",
        "frappe",
        "2024-03-09",
        "text",
    ),
    (
        "Jeudi 21 mars, à trois jours du second tour de l'élection, la candidate tient un meeting à Arras.",
        "tour",
        "2024-03-24",
        "text",
    ),
    # an argument of a verb is not dated by it: the minister spoke on Tuesday, not the attacks
    (
        "Mardi, le ministre a évoqué les attentats devant les députés.",
        "attentats",
        "2024-03-14",
        "publication",
    ),
    # a bilan may outlast the floods it counts
    ("Le bilan des inondations s'est encore alourdi mardi.", "inondations", "2024-03-14", "publication"),
]


@pytest.mark.parametrize(("text", "trigger", "value", "source"), DATES)
def test_event_date(nlp, text: str, trigger: str, value: str, source: str) -> None:
    found = [e for e in events_at(nlp, text) if e.trigger == trigger]
    assert found, [e.trigger for e in events_at(nlp, text)]
    assert found[0].date is not None and found[0].date.value == value
    assert found[0].date_source == source


LEAD = "Mercredi 13 mars, une tempête a frappé la côte. Les secours sont intervenus toute la nuit. "
"""A lead that tells the day before the publication day: the story's day."""

STORY = [
    # an event told as done with no date of its own happened on the story's day
    (LEAD + "Des dizaines de maisons ont été inondées.", "inondées", "2024-03-13"),
    (LEAD + "Un nouvel incendie a détruit une grange.", "incendie", "2024-03-13"),
    # not one announced or possible: it is not on the story's day
    (LEAD + "Une nouvelle tempête pourrait frapper la région la semaine prochaine.", "tempête", "2024-03-14"),
    # nor one told before the story ("avait frappé")
    (LEAD + "Une autre tempête avait déjà ravagé ces maisons.", "tempête", "2024-03-14"),
]


@pytest.mark.parametrize(("text", "trigger", "value"), STORY)
def test_story_day(nlp, text: str, trigger: str, value: str) -> None:
    found = [e for e in events_at(nlp, text) if e.trigger == trigger and e.evidence.start >= len(LEAD)]
    assert found, [e.trigger for e in events_at(nlp, text)]
    assert found[0].date is not None and found[0].date.value[:10] == value


_ = xfail


PLACES = [
    # the lead's place is found though the parser cut the opening at a compound's hyphen
    (
        "Les stations-services sont prises d'assaut samedi. Dès mercredi prochain, faire le plein "
        "coûtera plus cher selon les stations. Un seul carburant est disponible dans une "
        "station-service de Bordeaux (Gironde), samedi, et pourtant les voitures s'y pressent.",
        "prises d'assaut",  # the whole expression is the trigger (event_phrases)
        "bordeaux",
    ),
    # an institution's name holds the town it stands in ("l'hôpital de X", tagged as one organisation)
    ("L'hôpital de Verdun a été pillé par des pirates informatiques.", "pillé", "verdun"),
    # "être de X": whose side, not where (a name the gazetteer does not know)
    (
        "Les militants ont fêté la victoire. "
        "Ils sont tous de la Nupes et sont arrivés en tête au premier tour.",
        "arrivés",
        "-",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "place"), PLACES)
def test_event_place(nlp, text: str, trigger: str, place: str) -> None:
    found = [e for e in events_at(nlp, text) if e.trigger == trigger]
    assert found, [e.trigger for e in events_at(nlp, text)]
    name = found[0].location.name.lower() if found[0].location else "-"
    assert place in name if place != "-" else name == "-"
