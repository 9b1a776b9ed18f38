"""The actor network of acts of war on a state's ground, and the registry audit's findings (issue
17, twenty-first round).

An act of war with no target named ("la Turquie a lancé une offensive en Syrie") falls on the state
whose ground its sentence names, when its agent is another state's (``resolve.state_targets``);
the network then joins the two states, on every backend. Sentences and reports are made up.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from backends import new_store
from newsgraph.model import Actor, Document, Event, Evidence, Extraction, Place, PlaceRef, RoleRef
from newsgraph.resolve import Registry, resolve
from newsgraph.resolve.actors import canonical, is_actor
from newsgraph.resolve.state_targets import ground_target, state_of_agent
from newsgraph.stores import Store

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import registry_audit

COUNTRY = {"Syrie": "SY", "Ukraine": "UA", "Iran": "IR", "Liban": "LB", "Pologne": "PL"}


def _event(
    type_: str, agent: tuple[str, str], place: str, sentence: str, target: tuple[str, str] | None = None
) -> tuple[Event, dict[str, Place]]:
    roles = [RoleRef(agent[0], agent[0], "agent", agent[1])]  # type: ignore[arg-type]
    if target is not None:
        roles.append(RoleRef(target[0], target[0], "target", target[1]))  # type: ignore[arg-type]
    kind = "country" if place in COUNTRY else "city"
    where = Place("d", f"p-{place}", place, kind, country=COUNTRY.get(place))
    ev = Event(
        "e",
        "d",
        type_,
        type_,
        Evidence(0, len(sentence), sentence),
        None,
        tuple(roles),
        PlaceRef(where.id, place),
    )
    return ev, {where.id: where}


GROUND = [
    # (event type, agent, agent type, place, sentence, the report besides, expected target)
    ("attack", "Turquie", "gpe", "Syrie", "La Turquie a lancé une nouvelle offensive en Syrie.", "", "Syrie"),
    (
        "shell",
        "troupes russes",
        "group",
        "Kharkiv",
        "Les troupes russes ont bombardé Kharkiv cette nuit.",
        "La guerre en Ukraine dure.",
        "Ukraine",
    ),
    (
        "air_strike",
        "Russes",
        "group",
        "Odessa",
        "Les Russes ont frappé Odessa au petit matin.",
        "Le port ukrainien est visé.",
        "Ukraine",
    ),
    (
        "air_strike",
        "armée israélienne",
        "group",
        "Liban",
        "L'armée israélienne a mené des frappes au Liban.",
        "",
        "Liban",
    ),
    (
        "invade",
        "Russie",
        "gpe",
        "Ukraine",
        "Un an après l'invasion russe en Ukraine, le front est figé.",
        "",
        "Ukraine",
    ),
    (
        "air_strike",
        "Moscou",
        "gpe",
        "Ukraine",
        "Moscou a lancé une vague de frappes sur l'Ukraine.",
        "",
        "Ukraine",
    ),
    # near misses
    (
        "attack",
        "forces ukrainiennes",
        "group",
        "Kherson",
        "Les forces ukrainiennes ont lancé une offensive près de Kherson.",
        "En Ukraine, le front bouge.",
        None,
    ),  # their own ground
    (
        "attack",
        "État islamique",
        "organization",
        "Syrie",
        "L'État islamique a revendiqué une attaque en Syrie.",
        "",
        None,
    ),  # no state
    (
        "attack",
        "supporters polonais",
        "group",
        "Ukraine",
        "Des supporters polonais ont attaqué un bar en Ukraine.",
        "",
        None,
    ),  # a nationality's fans are no state's forces
    (
        "kill",
        "Russie",
        "gpe",
        "Ukraine",
        "La Russie a tué des civils en Ukraine.",
        "",
        None,
    ),  # people, not ground
    (
        "air_strike",
        "Russie",
        "gpe",
        "Iran",
        "La Russie a frappé des villes avec des drones achetés à l'Iran.",
        "",
        None,
    ),  # a country in another role
    (
        "air_strike",
        "Russie",
        "gpe",
        "Syrie",
        "La Syrie et l'Iran soutiennent Moscou, qui a multiplié les frappes.",
        "",
        None,
    ),  # a country named as subject, not as where
    (
        "shell",
        "Russie",
        "gpe",
        "Kiev",
        "Les bombardements ont repris dans la nuit.",
        "Kiev sous le feu, en Ukraine.",
        None,
    ),  # neither the agent nor the place in the sentence
    (
        "shell",
        "Russie",
        "gpe",
        "Kiev",
        "Kiev a été bombardée toute la nuit.",
        "en Ukraine",
        None,
    ),  # the agent is
    # read from another sentence
    (
        "attack",
        "Pologne",
        "gpe",
        "Kharkiv",
        "La Pologne a attaqué Kharkiv.",
        "Un roman de politique-fiction.",
        None,
    ),  # the report never names the state of that ground
]


@pytest.mark.parametrize(("type_", "agent", "atype", "place", "sentence", "report", "expected"), GROUND)
def test_ground_target(type_, agent, atype, place, sentence, report, expected):
    ev, places = _event(type_, (agent, atype), place, sentence)
    found = ground_target(ev, places, f"{sentence} {report}")
    assert (found[1] if found else None) == expected


def test_a_named_target_is_kept():
    ev, places = _event(
        "attack", ("Russie", "gpe"), "Ukraine", "La Russie a attaqué Kiev en Ukraine.", ("Kiev", "gpe")
    )
    assert ground_target(ev, places, ev.evidence.text) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "L'armée russe a débarqué au Kazakhstan, à l'appel de son président.",
            None,
            marks=pytest.mark.xfail(
                strict=True, reason="a landing typed 'attack' by extraction is read as one"
            ),
        ),
        pytest.param(
            "Kiev avait été épargnée par les bombardements russes depuis l'été.",
            None,
            marks=pytest.mark.xfail(strict=True, reason="a place the strikes spared is read as their ground"),
        ),
    ],
)
def test_ground_target_known_errors(sentence, expected):
    place = "Kazakhstan" if "Kazakhstan" in sentence else "Kiev"
    agent = ("armée russe", "group") if "armée" in sentence else ("Russie", "gpe")
    ev, places = _event("attack" if "armée" in sentence else "shell", agent, place, sentence)
    if place == "Kazakhstan":
        places[f"p-{place}"] = Place("d", f"p-{place}", place, "country", country="KZ")
    found = ground_target(ev, places, sentence + " Ukraine")
    assert (found[1] if found else None) == expected


@pytest.mark.parametrize(
    ("name", "type_", "expected"),
    [
        ("Russie", "gpe", "RU"),
        ("Moscou", "gpe", "RU"),
        ("les Russes", "group", "RU"),
        ("troupes russes", "group", "RU"),
        ("l'armée israélienne", "group", "IL"),
        ("forces de Kiev", "group", "UA"),
        ("missiles russes", "group", "RU"),
        ("supporters marocains", "group", None),
        ("hackers russes", "group", None),
        ("Vladimir Poutine", "person", None),
        ("Union européenne", "organization", None),
    ],
)
def test_state_of_agent(name, type_, expected):
    assert state_of_agent(name, type_) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("les Américains", True),  # accented demonyms as written
        ("deux Français", True),
        ("Israéliens", True),
        ("Russes", True),
        ("la cuisine", False),
        ("des accusations", False),
    ],
)
def test_a_demonym_names_an_actor(name, expected):
    assert is_actor(name, "group") is expected


@pytest.mark.parametrize(
    ("name", "type_", "expected"),
    [
        ("Quai d'Orsay", "gpe", "organization"),  # NER's place: the ministry it houses
        ("le Quai d’Orsay", "organization", "organization"),
        ("Kremlin", "gpe", "organization"),
        ("Maison Blanche", "gpe", "organization"),
        ("Vatican", "gpe", "gpe"),  # a seat that is a state stays one
        ("Russie", "organization", "gpe"),
    ],
)
def test_seats_are_institutions(name, type_, expected):
    assert canonical(name, type_, "doc-r21")[2] == expected


# --- the network of a made-up report, on every backend ------------------------------------------


def _extraction() -> Extraction:
    text = (
        "La Turquie a lancé une offensive en Syrie. Les forces syriennes ont riposté à Damas. "
        "Un groupe armé a attaqué un convoi en Syrie."
    )
    doc = Document("doc-r21", text)
    s1, s2, s3 = (Evidence(text.index(s), text.index(s) + len(s), s) for s in text.split(". "))
    syrie = Place(doc.id, "geonames-163843", "Syrie", "country", country="SY")
    damas = Place(doc.id, "geonames-170654", "Damas", "city", country="SY")
    actors = [
        Actor(doc.id, "Turquie", "Turquie", "gpe"),
        Actor(doc.id, "forces syriennes", "forces syriennes", "group"),
        Actor(doc.id, "groupe armé", "groupe armé", "group"),
    ]

    def ev(id_: str, agent: str, atype: str, where: Place, evidence: Evidence) -> Event:
        role = RoleRef(agent, agent, "agent", atype)  # type: ignore[arg-type]
        return Event(
            id_, doc.id, "attack", "attaque", evidence, None, (role,), PlaceRef(where.id, where.name)
        )

    events = [
        ev("e1", "Turquie", "gpe", syrie, s1),  # -> Turquie attack Syrie
        ev("e2", "forces syriennes", "group", damas, s2),  # its own ground: nothing
        ev("e3", "groupe armé", "group", syrie, s3),  # no state: nothing
    ]
    return Extraction(doc, actors, [syrie, damas], [], events)


@pytest.fixture(scope="module", params=["oxigraph", "falkordb"])
def store(request, tmp_path_factory) -> Iterator[Store]:
    s = new_store(request.param, tmp_path_factory.mktemp(request.param))
    (ex,) = resolve([_extraction()], Registry())
    s.write(ex.records())
    yield s
    s.close()


def test_the_network_joins_a_state_and_the_ground_it_strikes(store):
    rows = store.query("actor_network", {}).rows
    assert {(src, tgt, rel, w) for src, _, tgt, _, rel, w in rows} == {
        ("org-turquie", "org-syrie", "attack", 1)
    }


def test_the_state_struck_is_an_actor_of_the_report(store):
    rows = store.query("actor_relations", {"actor_id": "org-syrie"}).rows
    assert [(d, r, o) for d, r, o, _, _ in rows] == [("in", "attack", "org-turquie")]


# --- the registry audit's findings ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("alias", "labels", "suspicious"),
    [
        ("Président Jacques Martin", {"Jacques Martin"}, False),  # a title
        ("Saint Joseph", {"Joseph"}, False),
        ("Jean Paul Durand", {"Jean-Paul Durand"}, False),  # a compound first name apart
        ("Elizabeth Durand", {"Élisabeth Durand"}, False),  # its own name spelt otherwise
        ("Pierre Martin et Paul Durand", {"Paul Durand"}, True),  # a coordination
        ("Lee Durand", {"Marc Durand"}, True),  # another person's first name
        # the long form an acronym stands for may hold "et" (resolve.short_forms merged them)
        ("Fédération des petits et grands marchés", {"FPGM"}, False),
        ("Fédération des petits et grands marchés", {"FPG"}, True),
    ],
)
def test_suspicious_alias(alias, labels, suspicious):
    others = {
        "martin": "martin",
        "saint": "saint",
        "jean": "jean",
        "paul": "paul",
        "elizabeth": "elizabeth",
        "lee": "lee",
    }
    assert (registry_audit.suspicious_alias(alias, labels, others) is not None) is suspicious


@pytest.mark.parametrize(
    ("a", "b", "one_person"),
    [
        ("Caroline Motte", "Carline Motte", True),
        ("Justine Vayrac", "Justine Veyrac", True),
        ("Raphaële Shapira", "Raphaële Schapira", True),
        ("Bertrand Bonnet", "Bertrand Monnet", False),  # another first letter: another name
        ("Simone Veil", "Simone Weil", False),
        ("Lucas Carré", "Lucas Cari", False),  # a short word: a letter makes another name
        ("Jean-Michel", "Joan Mitchell", False),
    ],
)
def test_near_duplicates_told_apart(a, b, one_person):
    assert registry_audit.misspelt({a}, {b}) is one_person


@pytest.mark.parametrize(
    ("roles", "dyadic", "modality", "expected"),
    [
        ({"agent": {"a"}, "target": {"b"}}, True, "asserted", "row"),
        ({"agent": {"a"}}, True, "asserted", "no target"),
        ({"target": {"b"}}, True, "asserted", "no agent"),
        ({"participant": {"a"}}, True, "asserted", "neither"),
        ({"agent": {"a"}, "target": {"b"}}, False, "asserted", "not an interaction"),
        ({"agent": {"a"}, "target": {"b"}}, True, "hypothetical", "hypothetical"),
        ({"agent": {"a"}, "target": {"a"}}, True, "asserted", "same actor"),
        ({"agent": {"a"}, "target": {"x"}}, True, "asserted", "target not identified"),
        ({"agent": {"x"}, "target": {"b"}}, True, "asserted", "agent not identified"),
        ({"agent": {"x"}, "target": {"y"}}, True, "asserted", "both not identified"),
    ],
)
def test_network_trace_buckets(roles, dyadic, modality, expected):
    import network_trace

    known = {"a": True, "b": True, "x": False, "y": False}
    assert network_trace.bucket(roles, dyadic, modality, known) == expected
