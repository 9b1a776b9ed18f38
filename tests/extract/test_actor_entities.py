"""Actor rules at extraction, one table per rule: (sentence of our own -> the actor it gives,
canonical id and type, or no actor at all). Extracted and resolved as a build does."""

from __future__ import annotations

import pytest

from newsgraph.extract.pipeline import extract
from newsgraph.model import Document, Extraction
from newsgraph.resolve import resolve


def extracted(nlp, text: str) -> Extraction:
    return resolve(list(extract([Document("doc-t", text)], nlp)))[0]


def names(ex: Extraction) -> dict[str, tuple[str, str]]:
    """Shown name (folded to lowercase) -> (id, type) of every actor, speaker and event role."""
    found = {a.name.lower(): (a.id, a.type) for a in ex.actors}
    found.update({s.speaker.name.lower(): (s.speaker.id, s.speaker.type) for s in ex.statements})
    found.update({r.name.lower(): (r.id, r.type) for e in ex.events for r in e.actors})
    return found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Le JT de la mi-journée a diffusé un long reportage sur les vendanges.", "jt"),
        ("Dans le JT, la journaliste a interrogé trois viticulteurs de la région.", "jt"),
        ("Les TER ne circuleront pas jeudi entre Lyon et Grenoble, faute de conducteurs.", "ter"),
        ("Le RER B est resté bloqué deux heures à cause d'une panne de signalisation.", "rer b"),
        ("Vendredi 9 décembre, Paul Marchal a annoncé sa candidature à la mairie.", "vendredi 9 décembre"),
    ],
)
def test_programmes_services_and_dates_are_not_actors(nlp, text: str, word: str) -> None:
    assert word not in names(extracted(nlp, text))


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "« Les hôpitaux tiendront cet hiver », a assuré le ministre de la Santé à Lille.",
            "ministre de la santé",
        ),
        (
            "Le ministre de l'Économie a promis mercredi une aide aux boulangers.",
            "ministre de l'économie",
        ),
    ],
)
def test_a_title_alone_is_no_organisation(nlp, text: str, title: str) -> None:
    found = names(extracted(nlp, text))
    assert all(type_ != "organization" for name, (_, type_) in found.items() if name.startswith(title[:8]))


def test_a_title_attaches_to_the_person_named_with_it(nlp) -> None:
    text = (
        "Le ministre de la Santé, Paul Dervaux, a visité l'hôpital de Brest. "
        "« Nous recruterons », a promis le ministre de la Santé."
    )
    ex = extracted(nlp, text)
    assert [s.speaker.name for s in ex.statements] == ["Paul Dervaux"]


def test_a_bare_institution_head_is_an_actor_of_its_report_only(nlp) -> None:
    text = "Le Conseil a rejeté le recours des riverains mardi, a annoncé la préfecture."
    a = resolve(list(extract([Document("doc-a", text)], nlp)))[0]
    b = resolve(list(extract([Document("doc-b", text)], nlp)))[0]
    ids_a = {x.id for x in a.actors if x.name.lower().endswith("conseil")}
    ids_b = {x.id for x in b.actors if x.name.lower().endswith("conseil")}
    assert "org-conseil" not in ids_a | ids_b
    assert not ids_a & ids_b


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("L'Allemagne a signé un accord gazier avec le Qatar.", "allemagne", ("org-allemagne", "gpe")),
        ("L'ALLEMAGNE SIGNE. Berlin a signé un accord gazier.", "allemagne", ("org-allemagne", "gpe")),
    ],
)
def test_a_country_acting_is_the_state(nlp, text: str, name: str, expected: tuple[str, str]) -> None:
    found = names(extracted(nlp, text))
    assert found.get(name) == expected or expected in found.values()


def test_a_first_name_misread_as_a_place_is_the_person_named_in_full(nlp) -> None:
    text = (
        "La Première ministre Giorgia Meloni a reçu les syndicats à Rome. "
        "Georgia a ensuite déclaré que le budget serait voté avant Noël."
    )
    found = names(extracted(nlp, text))
    assert "georgia" not in found
    assert found["giorgia meloni"] == ("giorgia-meloni", "person")


def test_a_first_name_that_is_a_place_stays_a_place(nlp) -> None:
    text = "Paris Hilton est arrivée à Paris jeudi pour un défilé."
    found = names(extracted(nlp, text))
    assert found.get("paris", ("", "gpe"))[1] != "person"
