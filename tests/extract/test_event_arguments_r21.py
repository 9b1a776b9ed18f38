"""Event arguments, round 21: the author of a released report (the subject of the verb that
publishes it, or of a verb of saying whose "dans X" it is), and a route "de X à Y" of a noun of
travel that names no agent. And the near misses that keep their reading: a passive that names
someone in a report, a verb of another sense, the "de X" of a noun of giving. Sentences written for
these tests. And the scene the body of a report sets right after its summary (glued to it with no
space, as TV reports' texts are: "...en Bretagne.À Plouguenast, ..."), for the body's next sentences
with no place of their own. Rows as in test_event_constructions (sentence, type, agent, target, place;
substrings, None: not checked, "-": none)."""

from __future__ import annotations

import pytest
from test_event_constructions import check, events_of, xfail

AUTHORS = [
    # the subject of a verb of releasing whose object is the report
    ("L'Insee a publié mercredi une étude sur l'emploi des seniors.", "report_release", "insee", None, None),
    (
        "La Cour des comptes a publié un rapport sévère sur les aides.",
        "report_release",
        "cour des comptes",
        None,
        None,
    ),
    ("La commission d'enquête a rendu son rapport jeudi.", "report_release", "commission", None, None),
    # the subject of a verb of saying whose "dans X" is the report
    (
        "Dans un rapport publié mardi, Amnesty International dénonce des exécutions sommaires.",
        "report_release",
        "amnesty",
        None,
        None,
    ),
    (
        "Comme le montre la Cour des comptes dans un rapport, les aides sont mal ciblées.",
        "report_release",
        "cour des comptes",
        None,
        None,
    ),
    # near miss: named in a report by a passive is no author
    (
        "Le maire a été épinglé dans un rapport publié lundi.",
        "report_release",
        "-",
        None,
        None,
    ),
    xfail(
        "Greenpeace et Oxfam publient un rapport sur les émissions des milliardaires.",
        "report_release",
        "greenpeace",
        None,
        None,
        reason="the parser makes 'Greenpeace' a root of its own, the verb has no subject",
    ),
]

ROUTES = [
    # a route of a journey is no agent: the carrier's subject travels
    (
        "Le ministre effectue une tournée en Afrique, de l'Égypte à l'Éthiopie.",
        "visit",
        "ministre",
        None,
        "afrique",
    ),
    # near miss: a lone "de X" of a visit is who travels
    ("La visite de la Première ministre à Berlin a été reportée.", "visit", "ministre", None, "berlin"),
]


@pytest.mark.parametrize(("sentence", "type_", "agent", "target", "place"), AUTHORS + ROUTES)
def test_event_arguments_r21(nlp, sentence, type_, agent, target, place):
    check(nlp, sentence, type_, agent, target, place)


@pytest.mark.parametrize(
    ("sentence", "type_", "not_actor"),
    [
        # a route: neither end travels
        ("Le ministre effectue une tournée en Afrique, de l'Égypte à l'Éthiopie.", "visit", "égypte"),
        ("Le président entame une visite en Asie, du Japon à l'Inde.", "visit", "japon"),
    ],
)
def test_not_agent_r21(nlp, sentence, type_, not_actor):
    found = [e for e in events_of(nlp, sentence) if e.type == type_]
    assert found
    assert all(not_actor not in r.name.lower() for e in found for r in e.actors if r.role == "agent")


@pytest.mark.parametrize(
    "sentence",
    [
        # a verb of another sense: the reader of a report is not its author
        "Le ministre a lu le rapport de la Cour des comptes hier soir.",
        "Le nom du ministre apparaît dans un rapport de la Cour des comptes.",
    ],
)
def test_no_reader_author_r21(nlp, sentence):
    found = [e for e in events_of(nlp, sentence) if e.type == "report_release"]
    assert all("ministre" not in r.name.lower() for e in found for r in e.actors if r.role == "agent")


SUMMARY = (
    "Des milliers de Britanniques vivent en France. Ils ont suivi la cérémonie à distance, comme en Bretagne."
)
SCENE = "À Plouguenast (Côtes-d'Armor), une petite commune, on compte 150 Britanniques."


@pytest.mark.parametrize(
    ("text", "type_", "place"),
    [
        # the body's first scene, among the report's first sentences, holds for the next sentence
        (
            f"{SUMMARY[:-1]}.{SCENE} Samedi, le maire a voulu rendre hommage à la reine.",
            "ceremony",
            "plouguenast",
        ),
        # near miss: a body sentence that names its own place keeps it
        (
            f"{SUMMARY[:-1]}.{SCENE} Samedi, à Rennes, le maire a rendu hommage à la reine.",
            "ceremony",
            "rennes",
        ),
        # near miss: a sentence told at the scale of "le pays" is not in the village just visited
        (
            "Un séisme a frappé le sud-est de l'Afghanistan. Il a fait 1 000 morts.À Gayan, des tombes sont"
            " creusées. Un tremblement de terre qui a touché le sud-est du pays a fait 1 000 victimes.",
            "earthquake",
            "afghanistan",
        ),
        # near miss: the summary's own event keeps the summary's place
        (
            f"{SUMMARY[:-1]}.{SCENE} Samedi, le maire a voulu rendre hommage à la reine.",
            "ceremony",
            "bretagne",
        ),
    ],
)
def test_body_scene_r21(nlp, text, type_, place):
    found = [e for e in events_of(nlp, text) if e.type == type_]
    assert any(e.location is not None and place in e.location.name.lower() for e in found), [
        (e.trigger, e.location) for e in found
    ]


@pytest.mark.parametrize(
    ("text", "type_", "place"),
    [
        # the seat of an institution said as where, on a noun as on a verb, lends its place
        (
            "Mardi, le gouvernement a subi un revers à l'Assemblée nationale. Les députés ont rejeté la loi.",
            "vote",
            "assemblée nationale",
        ),
        ("Le ministre a été auditionné au Sénat mercredi.", "hearing", "sénat"),
        pytest.param(
            "La ministre a été auditionnée au Sénat mercredi.",
            "hearing",
            "sénat",
            marks=pytest.mark.xfail(strict=True, reason="the NER tags 'Sénat mercredi' one organisation"),
        ),
        # near misses: where members sit, and the institution acting, are no place; France is,
        # whose Assemblée it is (round 24: a report naming France's bodies and nothing abroad)
        (
            "Le parti a obtenu 89 sièges à l'Assemblée nationale. Les députés ont rejeté la loi.",
            "vote",
            "france",
        ),
        ("L'Assemblée nationale a adopté le texte mardi.", "adopt_law", "france"),
        (
            "Le gouvernement veut régulariser les travailleurs. Une mesure décriée par les oppositions à"
            " l'Assemblée nationale. Un patron reçoit des candidatures qu'il ne peut pas embaucher.",
            "recruitment",
            "france",
        ),
        (
            "Mathilde Panot, présidente du groupe LFI à l'Assemblée nationale, a critiqué le débat. Les"
            " conseils de défense se tiennent à l'Élysée.",
            "meet",
            "élysée",
        ),
    ],
)
def test_seat_places_r21(nlp, text, type_, place):
    found = [e for e in events_of(nlp, text) if e.type == type_]
    assert found, [(e.type, e.trigger) for e in events_of(nlp, text)]
    got = [e.location.name.lower() if e.location else None for e in found]
    assert any(place in (g or "") for g in got) if place else all(g is None for g in got), got
