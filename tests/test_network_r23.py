"""The ends of the actor network a reader recognises as actors (issue 17, twenty-third round).

A count of people is no node ("la police a arrêté sept ressortissants russes"); a bare body every
state has ("le gouvernement") in a report set wholly abroad is that country's, not merged with the
French one (since round 43 named after it, ``resolve.state_bodies``: "gouvernement américain");
an outlet or its crew received is an interview, not a visit (``resolve.network_ends``). The
network of a made-up corpus is the same on every backend. Sentences and reports are made up.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from backends import new_store
from newsgraph.model import Actor, Document, Event, Evidence, Extraction, Place, RoleRef
from newsgraph.resolve import Registry, resolve
from newsgraph.resolve.actors import is_identified
from newsgraph.resolve.network_ends import interview_not_visit, is_count, is_media, set_abroad
from newsgraph.stores import Store


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("sept ressortissants russes", True),
        ("les deux otages français", True),
        ("2 000 soldats russes", True),
        ("des centaines de soldats ukrainiens", True),
        ("une dizaine de manifestants", True),
        ("plusieurs ministres européens", True),
        # near misses
        ("ressortissants russes", False),
        ("les Russes", False),
        ("les Vingt-Sept", False),  # the European Union, a body
        ("Dix Mille Villages", False),  # a name
        ("syndicats", False),
    ],
)
def test_a_count_of_people(name, expected):
    assert is_count(name) is expected


@pytest.mark.parametrize(
    ("name", "type_", "expected"),
    [
        ("sept ressortissants russes", "group", False),
        ("trois policiers français", "group", False),
        ("ressortissants russes", "group", True),
        ("police norvégienne", "organization", True),
        ("les Vingt-Sept", "organization", True),
    ],
)
def test_a_count_is_not_identified(name, type_, expected):
    assert is_identified(name.lower().replace(" ", "-"), name, type_) is expected


def _place(name: str, country: str) -> Place:
    return Place("d", f"p-{name}", name, "city", country=country)


@pytest.mark.parametrize(
    ("places", "expected"),
    [
        ([("Nevada", "US")], True),
        ([("Oslo", "NO"), ("Moscou", "RU")], True),
        ([("Paris", "FR")], False),
        ([("Nevada", "US"), ("Lyon", "FR")], False),  # also set in France
        ([("Pointe-à-Pitre", "GP")], False),  # overseas France
        ([], False),  # no place at all: nothing says abroad
    ],
)
def test_a_report_set_abroad(places, expected):
    assert set_abroad([_place(*p) for p in places]) is expected


def _sentence_event(id_: str, type_: str, sentence: str, agent: tuple[str, str], target: tuple[str, str]):
    roles = (
        RoleRef(agent[0], agent[0], "agent", agent[1]),  # type: ignore[arg-type]
        RoleRef(target[0], target[0], "target", target[1]),  # type: ignore[arg-type]
    )
    return Event(id_, "d", type_, type_, Evidence(0, len(sentence), sentence), None, roles)


@pytest.mark.parametrize(
    ("type_", "sentence", "agent", "target", "kept"),
    [
        (
            "host_visit",
            "L'actrice Léa Morel a reçu une équipe de TF1 dans sa loge.",
            "Léa Morel",
            "TF1",
            False,
        ),
        (
            "host_visit",
            "Le maire a reçu une équipe de Radio Bleu Creuse.",
            "maire",
            "Radio Bleu Creuse",
            False,
        ),
        ("meet", "Le ministre a rencontré des journalistes du Parisien.", "ministre", "Parisien", False),
        ("meet", "Paul Durand a rencontré France 2 hier.", "Paul Durand", "France 2", False),
        # near misses: a person or a state received
        ("host_visit", "Le président a reçu Olaf Scholz à l'Élysée.", "président", "Olaf Scholz", True),
        ("host_visit", "Le Premier ministre a reçu les syndicats.", "Premier ministre", "syndicats", True),
        ("sue", "TF1 a attaqué en justice la chaîne France 2.", "TF1", "France 2", True),  # not hosting
    ],
)
def test_an_outlet_received_is_an_interview(type_, sentence, agent, target, kept):
    atype = "person" if agent[:1].isupper() else "group"
    ev = interview_not_visit(_sentence_event("e", type_, sentence, (agent, atype), (target, "organization")))
    assert any(r.role == "target" for r in ev.actors) is kept


@pytest.mark.parametrize(("name", "expected"), [("France 2", True), ("l'AFP", True), ("France", False)])
def test_media_names(name, expected):
    assert is_media(name) is expected


# --- the network of a made-up corpus, on every backend -------------------------------------------


Role = tuple[str, str, str]  # name, actor type, role


def _report(doc_id: str, text: str, places: list[Place], events: list[tuple[str, list[Role], str]]):
    """A report with events (type, [(actor, actor type, role)], sentence)."""
    doc = Document(doc_id, text)
    actors: dict[str, Actor] = {}
    out = []
    for i, (type_, roles, sentence) in enumerate(events):
        for name, t, _ in roles:
            actors.setdefault(name, Actor(doc_id, name, name, t))  # type: ignore[arg-type]
        start = text.index(sentence)
        refs = tuple(RoleRef(n, n, r, t) for n, t, r in roles)  # type: ignore[arg-type]
        modality = "hypothetical" if "pourrait" in sentence else "asserted"
        ev = Evidence(start, start + len(sentence), sentence)
        out.append(Event(f"{doc_id}-e{i}", doc_id, type_, type_, ev, None, refs, modality=modality))  # type: ignore[arg-type]
    where = [Place(doc_id, p.id, p.name, p.type, country=p.country) for p in places]
    return Extraction(doc, list(actors.values()), where, [], out)


def _corpus() -> list[Extraction]:
    nevada = "Au Nevada, un éleveur, Tom Parker, a attaqué en justice le gouvernement pour ce projet."
    paris = "À Paris, le gouvernement a reçu les syndicats jeudi. Marc Lenoir a reçu une équipe de TF1."
    oslo = "À Oslo, la police norvégienne a arrêté sept ressortissants russes. Elle a arrêté Ivan Petrov."
    geneve = (
        "À Genève, des pourparlers ont eu lieu entre les Américains et les Russes. "
        "Moscou engage des discussions avec Washington. "
        "Une rencontre avec Paul Durand. "
        "Une rencontre entre Pékin et Tokyo pourrait avoir lieu. "
        "La proposition de paix entre Kiev et Moscou d'un milliardaire divise."
    )
    g = geneve.split(". ")
    return [
        _report(
            "doc-nv",
            nevada,
            [_place("Nevada", "US")],
            [
                (
                    "sue",
                    [("Tom Parker", "person", "agent"), ("gouvernement", "organization", "target")],
                    nevada,
                )
            ],
        ),
        _report(
            "doc-fr",
            paris,
            [_place("Paris", "FR")],
            [
                (
                    "host_visit",
                    [("gouvernement", "organization", "agent"), ("syndicats", "organization", "target")],
                    paris.split(". ")[0],
                ),
                (
                    "host_visit",
                    [("Marc Lenoir", "person", "agent"), ("TF1", "organization", "target")],
                    paris.split(". ")[1],
                ),
            ],
        ),
        _report(
            "doc-no",
            oslo,
            [_place("Oslo", "NO")],
            [
                (
                    "arrest",
                    [
                        ("police norvégienne", "organization", "agent"),
                        ("sept ressortissants russes", "group", "target"),
                    ],
                    oslo.split(". ")[0],
                ),
                (
                    "arrest",
                    [("police norvégienne", "organization", "agent"), ("Ivan Petrov", "person", "target")],
                    oslo.split(". ")[1],
                ),
            ],
        ),
        _report(
            "doc-ch",
            geneve,
            [_place("Genève", "CH")],
            [
                (
                    "engage_in_negotiation",
                    [("Russes", "group", "participant"), ("Américains", "group", "participant")],
                    g[0],
                ),
                ("consult", [("Moscou", "gpe", "agent"), ("Washington", "gpe", "participant")], g[1]),
                ("meet", [("Paul Durand", "person", "participant")], g[2]),  # one partner: no row
                (
                    "meet",
                    [("Pékin", "gpe", "participant"), ("Tokyo", "gpe", "participant")],
                    g[3],
                ),  # hypothetical
                (
                    "propose_talks",
                    [("Kiev", "gpe", "participant"), ("Moscou", "gpe", "participant")],
                    g[4],
                ),  # not a meeting
            ],
        ),
    ]


@pytest.fixture(scope="module", params=["oxigraph", "falkordb"])
def store(request, tmp_path_factory) -> Iterator[Store]:
    s = new_store(request.param, tmp_path_factory.mktemp(request.param))
    for ex in resolve(_corpus(), Registry()):
        s.write(ex.records())
    yield s
    s.close()


def test_the_network_keeps_real_actors_only(store):
    rows = store.query("actor_network", {}).rows
    assert {(src, rel, tgt) for src, _, tgt, _, rel, _ in rows} == {
        ("org-gouvernement-francais", "host_visit", "org-syndicats"),  # France's, in a report set in Paris
        ("tom-parker", "sue", "org-gouvernement-americain"),  # the US government, in one set in Nevada
        ("org-police-norvegienne", "arrest", "ivan-petrov"),
        ("group-americains", "engage_in_negotiation", "group-russes"),  # partners, once, by id
        ("org-moscou", "consult", "org-washington"),  # who engages talks -> the partner
    }


def test_the_french_government_has_no_foreign_relation(store):
    rows = store.query("actor_relations", {"actor_id": "org-gouvernement-francais"}).rows
    assert [(d, r, o) for d, r, o, _, _ in rows] == [("out", "host_visit", "org-syndicats")]


@pytest.mark.parametrize(
    ("sentence", "place", "country", "expected"),
    [
        ("La Russie a lancé une offensive sur la Pologne.", "Pologne", "PL", "Pologne"),
        ("La Russie a multiplié les frappes dans l'est de la Pologne.", "Pologne", "PL", "Pologne"),
        # near misses: the country is a landmark of the act, not its ground
        ("La Russie a tiré un missile au-dessus de la Pologne.", "Pologne", "PL", None),
        ("La Russie a tiré un missile au large de la Norvège.", "Norvège", "NO", None),
        ("La Russie a mené des frappes près de la frontière de la Pologne.", "Pologne", "PL", None),
    ],
)
def test_a_landmark_is_no_ground(sentence, place, country, expected):
    from newsgraph.model import PlaceRef
    from newsgraph.resolve.state_targets import ground_target

    where = Place("d", f"p-{place}", place, "country", country=country)
    ev = Event(
        "e",
        "d",
        "air_strike",
        "frappes",
        Evidence(0, len(sentence), sentence),
        None,
        (RoleRef("Russie", "Russie", "agent", "gpe"),),
        PlaceRef(where.id, place),
    )
    found = ground_target(ev, {where.id: where}, sentence)
    assert (found[1] if found else None) == expected


@pytest.mark.parametrize(
    ("actor", "expected"),
    [
        ("group-americains", [("out", "engage_in_negotiation", "group-russes")]),
        ("group-russes", [("in", "engage_in_negotiation", "group-americains")]),
        ("org-washington", [("in", "consult", "org-moscou")]),
        ("org-pekin", []),  # a meeting that might take place
    ],
)
def test_partners_are_relations_too(store, actor, expected):
    rows = store.query("actor_relations", {"actor_id": actor}).rows
    assert [(d, r, o) for d, r, o, _, _ in rows] == expected


def test_the_exported_network_joins_partners(store):
    from newsgraph.export.network import collect

    edges = {(e.source, e.relation, e.target) for e in collect(store, {}).edges if e.relation != "at_place"}
    assert ("actor/group-americains", "engage_in_negotiation", "actor/group-russes") in edges
    assert ("actor/org-moscou", "consult", "actor/org-washington") in edges
    assert not any(e[0] == "actor/org-kiev" or e[2] == "actor/org-kiev" for e in edges)  # propose_talks
