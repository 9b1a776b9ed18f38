"""Events from French sentences: type, agent, target, place, date, quantities."""

from __future__ import annotations

import pytest

from newsgraph.event_types import cameo_codes
from newsgraph.extract import entities, timex
from newsgraph.extract.context import DocContext
from newsgraph.extract.events import extract_events
from newsgraph.model import Document, Event, TimeValue

ANCHOR = TimeValue("2023-03-15", "day")


def events_of(nlp, text: str) -> list[Event]:
    sdoc = nlp(text)
    doc = Document("t", text, published=ANCHOR)
    ctx = DocContext(doc, sdoc, entities.find_mentions(sdoc), timex.find_times(text, ANCHOR, "t", sdoc))
    return extract_events(ctx)


def names(event: Event, role: str) -> str:
    return " | ".join(r.name for r in event.actors if r.role == role).lower()


# (sentence, type, agent substring or None, target substring or None, location substring or None)
TYPED = [
    ("L'armée russe a retiré ses troupes de la ville d'Izioum.", "withdraw", "arm", None, "izioum"),
    (
        "Le retrait des forces russes de Lyman a été confirmé par Moscou.",
        "withdraw",
        "forces russes",
        None,
        "lyman",
    ),
    (
        "Les soldats russes se sont repliés sur la rive gauche du Dniepr.",
        "withdraw",
        "soldats russes",
        None,
        "dniepr",
    ),
    ("Emmanuel Macron s'est rendu à Varsovie mardi.", "visit", "macron", None, "varsovie"),
    ("La visite d'Olaf Scholz à Pékin a duré une journée.", "visit", "scholz", None, "pékin"),
    ("Joe Biden a rencontré Xi Jinping à Bali.", "meet", "biden", "xi jinping", "bali"),
    (
        "Les ministres se sont réunis à Bruxelles pour préparer le sommet.",
        "meet",
        "ministres",
        None,
        "bruxelles",
    ),
    (
        "Des pourparlers entre Kiev et Moscou ont eu lieu à Istanbul.",
        "engage_in_negotiation",
        None,
        None,
        "istanbul",
    ),
    (
        "Les forces ukrainiennes ont pris le contrôle de la ville de Lyman.",
        "capture",
        "forces ukrainiennes",
        None,
        "lyman",
    ),
    ("La Russie a annexé la Crimée en 2014.", "annex", "russie", None, "crimée"),
    ("La Russie a envahi l'Ukraine le 24 février 2022.", "invade", "russie", "ukraine", "ukraine"),
    ("L'armée russe a bombardé Kharkiv pendant la nuit.", "shell", "arm", None, "kharkiv"),
    ("Des frappes russes ont visé Odessa dimanche.", "air_strike", "forces russes", None, None),
    (
        "L'Union européenne a adopté de nouvelles sanctions contre la Russie.",
        "sanction",
        "union européenne",
        "russie",
        None,
    ),
    ("Trois civils ont été tués à Kramatorsk.", "kill", None, "civils", "kramatorsk"),
    ("Cinq soldats ont été blessés près de Bakhmout.", "wound", None, "soldats", "bakhmout"),
    ("L'armée ukrainienne a repris Lyman samedi.", "capture", "armée ukrainienne", None, "lyman"),
    ("Vladimir Poutine a signé le décret de mobilisation.", "sign", "poutine", None, None),
    (
        "Washington a annoncé une aide militaire de 400 millions de dollars à l'Ukraine.",
        "provide_military_aid",
        "états-unis",
        None,
        None,
    ),
    ("La Pologne a livré des chars à l'Ukraine.", "provide_military_aid", "pologne", None, None),
    ("Le Kremlin a menacé les pays occidentaux.", "threaten", None, "pays occidentaux", None),
    ("Kiev a rejeté la proposition de Moscou.", "reject", "ukraine", None, None),
    ("Les manifestants exigent la démission du gouvernement.", "demand", "manifestants", None, None),
    ("Moscou et Kiev ont procédé à un échange de prisonniers.", "release", None, None, None),
    ("La police a arrêté Alexeï Navalny à Moscou.", "arrest", "police", "navalny", "moscou"),
]


@pytest.mark.parametrize(("sentence", "type_", "agent", "target", "place"), TYPED)
def test_event_types(nlp, sentence, type_, agent, target, place):
    found = [e for e in events_of(nlp, sentence) if e.type == type_]
    assert found, f"no {type_} in {[(e.type, e.trigger) for e in events_of(nlp, sentence)]}"
    e = found[0]
    assert e.cameo == cameo_codes()[type_]
    if agent:
        assert agent in names(e, "agent")
    if target:
        assert target in names(e, "target")
    if place:
        assert e.location is not None and place in e.location.name.lower()


# Negated and hypothetical uses are kept, marked by their modality (not asserted as facts).
UNREAL = [
    ("La Russie n'a pas retiré ses troupes de la région.", "withdraw", "negated"),
    ("La Russie pourrait retirer ses troupes de Kherson.", "withdraw", "hypothetical"),
    ("Kiev espère des pourparlers avec Moscou.", "engage_in_negotiation", "hypothetical"),
    ("Si la Russie envahit la Moldavie, l'Otan réagira.", "invade", "hypothetical"),
    ("Le risque d'une invasion de la Moldavie inquiète Chisinau.", "invade", "hypothetical"),
]


@pytest.mark.parametrize(("sentence", "type_", "modality"), UNREAL)
def test_unreal_events_are_marked(nlp, sentence, type_, modality):
    assert [e.modality for e in events_of(nlp, sentence) if e.type == type_] == [modality]


# Sentences that report no event of the type (speech, other senses).
NONE = [
    ("Le président a déclaré que la situation était grave.", "make_statement"),
    ("Le ministre s'est rendu compte de son erreur.", "visit"),
    ("Elle a pris une décision difficile.", "capture"),
    ("Il a appelé la police à l'aide de son téléphone.", "provide_aid"),
    ("La préfecture du Gard a pris une décision rapide.", "capture"),
    ("Le navire de combat est entré dans le port.", "fight"),
    ("Une habitante, rencontrée par nos équipes, témoigne.", "meet"),
    ("Les sanctions prises contre la Russie sont lourdes.", "capture"),
    ("Demain, elles prendront des nouvelles de leurs amis en Ukraine.", "capture"),
    ("Nous avons rencontré Jean Dupont sur le marché de Lille.", "meet"),
]


@pytest.mark.parametrize(("sentence", "type_"), NONE)
def test_no_event(nlp, sentence, type_):
    assert [e.trigger for e in events_of(nlp, sentence) if e.type == type_] == []


def test_place_standing_for_a_government_is_the_agent(nlp):
    (e,) = [e for e in events_of(nlp, "Moscou a retiré ses troupes de Kherson.") if e.type == "withdraw"]
    assert names(e, "agent") == "russie"  # the capital acts as its state
    assert e.location is not None and e.location.name == "Kherson"
    assert e.location.id.startswith("geonames-")


def test_nominal_trigger_takes_de_agent_and_de_place(nlp):
    (e,) = [
        e
        for e in events_of(nlp, "Le retrait de la Russie de la ville de Kherson a surpris.")
        if e.type == "withdraw"
    ]
    assert "russie" in names(e, "agent") and e.location is not None and e.location.name == "Kherson"


def test_casualty_quantity(nlp):
    (e,) = [e for e in events_of(nlp, "Plus de 200 civils ont été tués à Marioupol.") if e.type == "kill"]
    assert [(q.value, q.unit) for q in e.quantities] == [(200.0, "people")]


def test_money_quantity(nlp):
    found = events_of(nlp, "Les États-Unis ont annoncé une aide de 2,6 milliards de dollars à l'Ukraine.")
    (e,) = [e for e in found if e.type == "provide_aid"]
    assert [(q.value, q.unit) for q in e.quantities] == [(2.6e9, "USD")]


def test_evidence_and_ids(nlp):
    text = "Le ciel est bleu. La Russie a bombardé Kharkiv."
    (e,) = events_of(nlp, text)
    assert text[e.evidence.start : e.evidence.end] == e.evidence.text == "La Russie a bombardé Kharkiv."
    assert e.trigger == "bombardé" and e.id == events_of(nlp, text)[0].id


def test_date_only_from_the_clause(nlp):
    found = events_of(nlp, "Lundi, le ministre a parlé du bombardement de Kharkiv.")
    assert [(e.date, e.date_source) for e in found if e.type == "shell"] == [(ANCHOR, "publication")]


def test_date_from_the_clause(nlp):
    (e,) = [
        e for e in events_of(nlp, "La Russie a bombardé Kharkiv le 10 octobre 2022.") if e.type == "shell"
    ]
    assert e.date == TimeValue("2022-10-10", "day")
