"""The registry audit's row "names cut or with junk at an edge" (issue 17, thirty-first round):
labels made up for this test."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import registry_audit


@pytest.mark.parametrize(
    ("label", "junk"),
    [
        ("université Queen'", True),
        ("ministère de l’", True),
        ("Pierre Lemaire-", True),
        ("'un voisin", True),
        ("] cours d'eau", True),
        ("Inserm/", True),
        ("« les riverains", True),
        ("salariés de 5 %", True),
        ("université Queen's", False),
        ("ministère de l’Éducation", False),
        ("Pierre Lemaire-Dubois", False),
        ("France 2", False),
        ("Parti socialiste (PS)", False),
        ("Dupont et Cie.", False),
    ],
)
def test_junk_edge(label: str, junk: bool) -> None:
    assert bool(registry_audit.JUNK_EDGE.search(label)) is junk


def test_junk_edged_lists_ids_and_labels() -> None:
    table = {
        "org-ministere-de-l": {"labels": {"ministère de l'"}},
        "org-ministere-de-l-agriculture": {"labels": {"ministère de l'Agriculture"}},
        "group-voisins": {"labels": {"« voisins", "voisins"}},
    }
    assert registry_audit.junk_edged(table) == [
        ("group-voisins", "« voisins"),
        ("org-ministere-de-l", "ministère de l'"),
    ]
