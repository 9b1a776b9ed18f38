"""A collective named by a bare common noun or a quantifier is one node per report, whether or not
the sentence's capital falls on it (``resolve.actors.is_generic_group``, ``canonical``)."""

from __future__ import annotations

import pytest

from newsgraph.resolve.actors import canonical, is_generic_group, readable

SCOPED = [
    "certains",
    "Certains",  # "Certains dénoncent une mesure injuste."
    "Certaines",
    "D’autres",  # "D’autres préfèrent attendre."
    "d'autres",
    "Tous",
    "Personne",  # "Personne ne veut payer."
    "Habitants",  # "Habitants et commerçants s'inquiètent."
    "habitants",
    "Riverains",
    "Pompiers",
    "Enseignants",
    "HABITANTS",  # a heading in capitals is read as the word it spells (``readable``)
]
"""Nobody in particular beyond the report that names them."""

NAMED = [
    "Russes",  # a people: one group across reports
    "Allemands",
    "Lyonnais",
    "Beatles",  # a name, not a noun of people
    "Wagner",
    "Insoumis",
    "autorités ukrainiennes",  # a described body: more than one word
    "Syndicats de la SNCF",
    "Pays",  # invariable: only its lower-case form is known as a common noun
]
"""Named groups, peoples and described bodies: one node for the corpus."""


@pytest.mark.parametrize("name", SCOPED)
def test_a_bare_noun_or_quantifier_is_scoped_to_its_report(name: str) -> None:
    assert is_generic_group(readable(name))
    one, _, _ = canonical(name, "group", "report-1")
    other, _, _ = canonical(name, "group", "report-2")
    assert one != other
    assert one.startswith("group-")


@pytest.mark.parametrize("name", NAMED)
def test_a_named_group_is_one_node_for_the_corpus(name: str) -> None:
    assert not is_generic_group(readable(name))
    assert canonical(name, "group", "report-1")[0] == canonical(name, "group", "report-2")[0]


@pytest.mark.parametrize(("upper", "lower"), [("Certains", "certains"), ("Habitants", "habitants")])
def test_the_sentence_capital_gives_the_same_id(upper: str, lower: str) -> None:
    assert canonical(upper, "group", "report-1")[0] == canonical(lower, "group", "report-1")[0]
