"""Actor rules of resolution, one table per rule: (name, NER type -> canonical id / type), from
names of our own. Decided from the name and fixed lexicons only (``newsgraph.resolve.actors``)."""

from __future__ import annotations

import pytest

from newsgraph.resolve.actors import canonical, is_actor

P, ORG, G, U = "person", "organization", "gpe", "unknown"


@pytest.mark.parametrize(
    ("name", "ner", "expected"),
    [
        # a place standing for a government is the state, whatever NER called it
        ("Russie", ORG, ("org-russie", G)),
        ("RUSSIE", P, ("org-russie", G)),  # a headline in capitals
        ("la Russie", G, ("org-russie", G)),
        ("Allemagne", ORG, ("org-allemagne", G)),
        ("Berlin", ORG, ("org-berlin", G)),  # a capital acts as its government
        ("Italie", U, ("org-italie", G)),
        # a name NER took for a place that the gazetteer does not know is an organisation
        ("RN", G, ("org-rassemblement-national", ORG)),  # the gazetteer's full name
        ("Europe", G, ("org-europe", ORG)),
        ("Europe", ORG, ("org-europe", ORG)),
        ("LFI", G, ("org-france-insoumise", ORG)),
        ("ARS", G, ("org-ars", ORG)),  # initials the gazetteer does not know stay themselves
        ("Fédération de Russie", ORG, ("org-russie", G)),  # another name of the same state
        ("AMS", ORG, ("org-ams", ORG)),  # an acronym is a state only as a country's own
        ("État allemand", G, ("org-etat-allemand", ORG)),  # its governing body, as a bare "l'État" (round 44)
        # an institution named by its seat is the institution, not the district
        ("Élysée", G, ("org-elysee", ORG)),
        ("Matignon", G, ("org-matignon", ORG)),
        ("Lidl", G, ("org-lidl", ORG)),
        # a place that is no capital keeps the label it was given (no state behind it)
        ("Kharkiv", G, ("org-kharkiv", G)),
        # a person named by a first name alone is that person, though a state bears the name
        ("Dominique", P, ("dominique", P)),  # epicene: la Dominique (Dominica)
        ("Maurice", P, ("maurice", P)),  # Mauritius
        ("Dominique", G, ("org-dominique", G)),  # the state, when NER says so
        ("Russie", P, ("org-russie", G)),  # no first name: the state
    ],
)
def test_state_or_organisation_is_one_type_per_name(name: str, ner: str, expected: tuple[str, str]) -> None:
    id_, _, type_ = canonical(name, ner, "doc-1")
    assert (id_, type_) == expected


@pytest.mark.parametrize("ner", [ORG, G, U])
def test_the_type_of_a_country_does_not_depend_on_the_label(ner: str) -> None:
    assert canonical("Pologne", ner, "a")[::2] == canonical("Pologne", G, "b")[::2]


@pytest.mark.parametrize(
    ("name", "scoped"),
    [
        ("Conseil", True),
        ("le Conseil", True),
        ("la Commission", True),
        ("Tribunal", True),
        ("direction", True),
        ("Conseil constitutionnel", False),
        ("Commission européenne", False),
        ("tribunal de Bobigny", False),
        ("gouvernement", False),  # names one body alone in French news
        ("Sénat", False),
    ],
)
def test_bare_institution_head_is_an_actor_of_its_report_only(name: str, scoped: bool) -> None:
    a, b = canonical(name, ORG, "report-a")[0], canonical(name, ORG, "report-b")[0]
    assert (a != b) is scoped
    assert a.startswith("org-")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Georgia Meloni", "Giorgia Meloni"),  # one letter off a public figure's first name
        ("Elizabeth Borne", "Élisabeth Borne"),
        ("Emanuel Macron", "Emmanuel Macron"),
        ("Giorgia Meloni", "Giorgia Meloni"),
        ("Volodymyr Zelenskyi", "Volodymyr Zelensky"),  # the surname one letter off, same first name
        ("Elizabeth II", "Élisabeth II"),  # one first name in two languages (actor_aliases.json)
    ],
)
def test_a_misspelt_first_name_of_a_public_figure_is_that_figure(name: str, expected: str) -> None:
    id_, _, type_ = canonical(name, P, "d")
    assert (id_, type_) == canonical(expected, P, "e")[::2]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Marion Le Pen", "Marine Le Pen"),  # two letters apart
        ("Brigitte Macron", "Emmanuel Macron"),  # another person of the same surname
        ("Julian Castex", "Julien Castex"),  # both are first names: never joined
        ("Jean Castex", "Jeanne Castex"),  # short first names are not compared
        ("Hunter Bidon", "Joe Biden"),  # a surname one letter off joins only with the same first name
        ("Joe Bidan", "Joe Biden"),  # nor a surname of fewer than 7 letters
        ("Olaf Schulz", "Olaf Scholz"),
    ],
)
def test_different_first_names_never_join(a: str, b: str) -> None:
    assert canonical(a, P, "d")[0] != canonical(b, P, "d")[0]


@pytest.mark.parametrize(
    ("name", "ner", "actor"),
    [
        ("Olaf Scholz", P, True),
        ("Renault", ORG, True),
        ("Pologne", G, True),
        ("Varsovie", G, True),  # a capital stands for its government
        ("gouvernement", ORG, True),
        ("les forces polonaises", "group", True),
        ("des milliers de grévistes", "group", True),
        ("les trois pompiers", "group", True),
        ("Polonais", "group", True),
        ("des civils", "group", True),
        ("les séparatistes", "group", True),
        ("un agriculteur", "anonymous", True),
        ("sapeurs-pompiers", "group", True),
        ("sept infirmières", "group", True),
        ("presque tous les syndicats de chauffeurs", "group", True),
        ("ancien gendarme", "group", True),
        ("État allemand", G, True),
        ("la boulangerie", ORG, False),
        ("maison aux Ukrainiens", "group", False),
        ("le traité", "group", False),
        ("des critiques", "group", False),
        ("Lyon", G, False),  # a city that is no capital is a place, not an actor
        ("centaines Dupont", "group", False),
        ("Gironde).Suite", G, False),
        ("Mardi 3 mai", ORG, False),
    ],
)
def test_an_agent_or_target_is_an_actor_or_a_participant(name: str, ner: str, actor: bool) -> None:
    assert is_actor(name, canonical(name, ner, "d")[2]) is actor


def test_a_role_that_names_no_actor_is_kept_as_a_participant() -> None:
    from newsgraph.model import Document, Event, Evidence, Extraction, RoleRef
    from newsgraph.resolve import resolve

    roles = (RoleRef("x", "Armée polonaise", "agent", "organization"), RoleRef("y", "Lyon", "target", "gpe"))
    ev = Event("e", "d", "attack", "attaque", Evidence(0, 1, "x"), actors=roles)
    out = resolve([Extraction(Document("d", "x"), [], [], [], [ev])])[0].events[0]
    assert [(r.name, r.role) for r in out.actors] == [("Armée polonaise", "agent"), ("Lyon", "participant")]
