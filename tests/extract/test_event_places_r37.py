"""Where an event happened, round 37 (evt37p): a town's demonym said in the event's sentence ("la
grève dans les transports parisiens", "les prix flambent dans les stations marseillaises") places
it when nothing else does, before a town the report writes with its department further on (a
region's people, "les landes bretonnes", after it); an institution named by the town it sits in
("le tribunal de Nanterre a condamné", "la Bourse de Paris chutait") places what it does there,
not when named by a country ("la Banque de France").
Sentences written for these tests; rows (text, trigger, place substring, or "-" for none)."""

from __future__ import annotations

import pytest
from test_event_places_r14 import events_at, triggered

FILLER = " Les usagers ont eu du mal. Les chiffres sont connus. Le débat agite la presse. Certains marchent."

PLACES = [
    # a town's demonym in the event's sentence
    ("Les prix ont flambé dans les stations-service marseillaises cette semaine.", "flambé", "marseille"),
    ("Des manifestations ont eu lieu dans les rues lyonnaises samedi.", "manifestations", "lyon"),
    ("Un boulanger nantais a augmenté ses prix de 20 %.", "augmenté", "nantes"),
    # ... before the town the report writes with its department further on
    (
        "Journée de grève dans les transports en commun parisiens jeudi." + FILLER + " La grève était"
        " suivie aussi dans certaines écoles, comme à Nice (Alpes-Maritimes), où les cantines"
        " étaient fermées.",
        "Journée de grève",
        "paris",
    ),
    # ... a region's people, though, after the town the report is filmed in, which lies in it
    ("Un incendie a ravagé les landes bretonnes mardi.", "ravagé", "bretagne"),
    (
        "Un incendie a ravagé les landes bretonnes mardi." + FILLER + " Les pompiers restent mobilisés,"
        " raconte notre envoyée spéciale à Crozon.",
        "ravagé",
        "crozon",
    ),
    # ... but the sentence's own place first
    ("Des touristes lyonnais ont été agressés à Barcelone mardi.", "agressés", "barcelon"),
    # an institution named by the town it sits in
    ("Le tribunal de Nanterre a condamné l'ancien maire à deux ans de prison.", "condamné", "nanterre"),
    ("Dès son ouverture ce matin, la Bourse de Paris chutait de 4 %.", "chutait", "paris"),
    ("Le maire du Havre a annoncé la fermeture des piscines.", "fermeture", "havre"),
    # ... not by a country, nor a team
    ("La Banque de France a relevé ses taux directeurs.", "relevé", "-"),
    # the sentence's own place first
    ("Le conseil municipal de Lyon s'est réuni à Villeurbanne lundi.", "réuni", "villeurbanne"),
    ("Le tribunal de Nanterre a condamné mardi à Versailles l'ancien maire.", "condamné", "versailles"),
    # a demonym of the region's people ("la région parisienne") is named by its town, not by the
    # words the text says: a gold that writes "région parisienne" is not met
    pytest.param(
        "Des bouchons se sont formés dans la région parisienne ce matin.",
        "bouchons",
        "région parisienne",
        marks=pytest.mark.xfail(strict=True, reason="the town's name, not the region's phrase"),
    ),
    ("La cour d'appel de Douai a confirmé la peine du prévenu.", "confirmé", "douai"),
    # a clause in "où" after a landmark of a place is the place's, not the landmark's (read-half
    # census, 2 rows; left: "où" is read as following the noun right before it)
    pytest.param(
        "Les vidéos concernent la ville de Boutcha, près de Kiev, où des centaines de civils ont été tués.",
        "tués",
        "boutcha",
        marks=pytest.mark.xfail(strict=True, reason="'X, près de Y, où ...': the landmark Y is taken"),
    ),
    pytest.param(
        "Les secours sont arrivés à Montrouge, près de Paris, où un immeuble s'est effondré.",
        "effondré",
        "montrouge",
        marks=pytest.mark.xfail(strict=True, reason="'X, près de Y, où ...': the landmark Y is taken"),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "place"), PLACES)
def test_event_place_r37(nlp, text: str, trigger: str, place: str) -> None:
    found = [e for e in events_at(nlp, text) if triggered(e, trigger)]
    assert found, [(e.trigger, e.location) for e in events_at(nlp, text)]
    name = found[0].location.name.lower() if found[0].location else "-"
    found_places = [(e.trigger, e.location) for e in events_at(nlp, text)]
    assert place in name if place != "-" else name == "-", found_places
