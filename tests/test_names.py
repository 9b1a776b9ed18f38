"""Name keys: one id for the spelling variants and transliterations of one name (newsgraph.names)."""

from __future__ import annotations

import re

import pytest

from newsgraph import names
from newsgraph.names import actor_id, fold, fold_key, fold_place, fold_spaced

SAME_PERSON = [
    ("Zelenskyy", "Zelensky", "Zelenskiy", "Zelenski", "Zelenskyi", "ZELENSKY"),
    (
        "Volodymyr Zelenskyy",
        "Volodymyr Zelensky",
        "le président Volodymyr Zelenskiy",
        "M. Volodymyr Zelenski",
    ),
    ("Narychkine", "Naryshkin"),
    ("Sergueï Narychkine", "Sergei Naryshkin", "Sergey Naryshkin"),
    ("Peskov", "Peskoff"),
    ("Poutine", "Putin", "M. Poutine", "le président Poutine"),
    ("Vladimir Poutine", "Vladimir Putin"),
    ("Prigojine", "Prigozhin"),
    ("Evgueni Prigojine", "Yevgeny Prigozhin", "Ievgueni Prigojine"),
    ("Andriy Yermak", "Andriï Iermak"),
    ("Oleksiy Reznikov", "Alexeï Reznikov"),
    ("Zelensky", "Volodymyr Zelensky", "Vladimir Zelensky"),  # a public figure's surname alone (persons.tsv)
    ("Sergueï Choïgou", "Sergei Shoigu"),
    ("Mykhaïlo Podoliak", "Mykhailo Podolyak"),
    ("Iouri Ouchakov", "Yuri Ushakov"),
    ("Loukachenko", "Lukashenko"),
    ("Vitali Klitschko", "Vitali Klitchko"),
    ("Guerassimov", "Gerasimov"),
    ("Dmytro Kouleba", "Dmytro Kuleba"),
    ("Viktor Ianoukovitch", "Viktor Yanukovych"),
    ("Alexeï Navalny", "Alexei Navalni", "Aleksei Navalny"),
    ("Mohammed ben Salmane", "Mohammed bin Salman"),
    ("Kim Jong-un", "Kim Jong Un"),
    ("Général Valeri Guerassimov", "Valeri Gerasimov"),
    ("Pr Philippe Amouyel", "Philippe Amouyel"),
]


@pytest.mark.parametrize("variants", SAME_PERSON, ids=lambda v: v[0] if isinstance(v, tuple) else None)
def test_variants_fold_to_one_id(variants):
    ids = {actor_id(v, "person") for v in variants}
    assert len(ids) == 1, ids


DIFFERENT = [
    (("Olaf Scholz", "person"), ("Olaf Cholz", "person")),  # German "sch" is not French "ch"
    (("Elizabeth II", "person"), ("Elizabeth I", "person")),
    (("Russie", "gpe"), ("Russie", "person")),
    (("Marine Le Pen", "person"), ("Jean-Marie Le Pen", "person")),
    (("un responsable américain", "anonymous"), ("responsable américain", "person")),
    (("Albert Dupontel", "person"), ("Dupontel", "person")),  # only public figures' surnames are completed
    (("Lee Miller", "person"), ("Aleksei Miller", "person")),
]


@pytest.mark.parametrize(("a", "b"), DIFFERENT, ids=lambda v: v[0])
def test_different_actors_keep_different_ids(a, b):
    assert actor_id(*a) != actor_id(*b)


@pytest.mark.parametrize(
    ("name", "type_", "expected"),
    [
        ("Fédération de Russie", "gpe", "org-russie"),
        ("la Russie", "organization", "org-russie"),
        ("l'OTAN", "organization", "org-otan"),
        ("NATO", "organization", "org-otan"),
        ("les autorités ukrainiennes", "group", "group-les-autorites-ukrainiennes"),
        ("un responsable américain", "anonymous", "anon-responsable-americain"),  # no article (col32)
        ("Ursula von der Leyen", "person", "ursula-von-der-leien"),
        ("", "person", "unknown"),
    ],
)
def test_id_by_type(name, type_, expected):
    assert actor_id(name, type_) == expected


@pytest.mark.parametrize(
    "name", ["Volodymyr Zelenskyy", "Ángela Merkel", "Jean-Yves Le Drian", "l'ONU", "Élisabeth II"]
)
@pytest.mark.parametrize("type_", ["person", "organization", "gpe", "group", "anonymous", "unknown"])
def test_ids_are_iri_safe(name, type_):
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", actor_id(name, type_))


def test_fold_key():
    assert fold_key("  Volodymyr ZELENSKYY ! ") == "volodymyr-zelenskyy"


@pytest.mark.parametrize(
    ("text", "folded", "spaced", "key", "place"),
    [
        ("L’Élysée", "l'elysee", "l'elysee", "l-elysee", "elysee"),
        ("  la  Crimée\n", "  la  crimee\n", "la crimee", "la-crimee", "crimee"),
        (
            "Fédération de Russie",
            "federation de russie",
            "federation de russie",
            "federation-de-russie",
            "federation de russie",
        ),
    ],
)
def test_fold_variants(text, folded, spaced, key, place):
    assert (fold(text), fold_spaced(text), fold_key(text), fold_place(text)) == (folded, spaced, key, place)


def test_lexicon_loads():
    lex = names.lexicon()
    assert "president" in lex.titles and "von" in lex.particles and "jr" in lex.suffixes
