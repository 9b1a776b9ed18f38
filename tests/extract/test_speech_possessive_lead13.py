"""A possessive source after "selon" ("selon ses dires", "selon leurs calculs", "selon ses
explications") stands for its possessor, resolved as the pronoun would be ("selon lui", "selon
eux"); a possessed person ("selon ses proches") still speaks for himself. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from speech import check_construction, described, statements


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "La maire de Rennes, Nathalie Girard, a inauguré la ligne. Selon ses explications, le tram "
            "transportera 40 000 voyageurs par jour.",
            "Nathalie Girard",
            "transportera 40 000 voyageurs",
        ),
        (
            "Le vigneron Marc Blanc a perdu la moitié de sa récolte. Selon ses dires, la grêle a tout "
            "détruit en dix minutes.",
            "Marc Blanc",
            "grêle a tout détruit",
        ),
        (
            "Les syndicats de la SNCF ont rencontré la direction mardi. Selon leurs calculs, il manque "
            "2 000 conducteurs sur le réseau.",
            "syndicats",
            "manque 2 000 conducteurs",
        ),
        (
            "Le ministre des Transports, Jean Roux, a répondu dans la soirée. Selon ses propos, aucune "
            "hausse des tarifs n'est prévue cette année.",
            "Jean Roux",
            "aucune hausse des tarifs",
        ),
        # the possessor's gender is not marked: a woman named before is the possessor
        (
            "Claire Dumas tient une boulangerie à Tours. Selon ses estimations, sa facture va tripler "
            "cet hiver.",
            "Claire Dumas",
            "facture va tripler",
        ),
        # a possessed person is the speaker, not the possessor
        (
            "Le chanteur Paul Vidal a été hospitalisé lundi. Selon ses proches, il va beaucoup mieux.",
            "proches",
            "va beaucoup mieux",
        ),
    ],
)
def test_possessive_source(nlp, text: str, speaker: str, content: str) -> None:
    check_construction(nlp, text, speaker, content, False)


def test_possessive_source_without_antecedent_gives_nothing(nlp) -> None:
    """No person before the possessive: nobody to give the words to."""
    text = "La neige tombe depuis ce matin. Selon ses calculs, la route restera fermée jusqu'à lundi."
    assert not [s for s in statements(nlp, text) if "route" in s.content], described(statements(nlp, text))
