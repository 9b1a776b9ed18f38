"""Direct quotes, tenth round (issue 14): constructions found where a simple peer extractor found a
quote and we found none, on unannotated 2022 reports. One row per construction, sentences written
for these tests: (construction, text, speaker name part, content part, direct)."""

from __future__ import annotations

import pytest
from speech import check_construction, described, statements

CASES = [
    # a correspondent's quote whose second sentence holds "ce qui signifie que": no one else speaks
    # inside it, so it stays the correspondent's
    (
        "relay-thing-clause",
        "Le scrutin s'achève. « La participation est en baisse de six points. Ce qui signifie qu'à "
        "midi, à peine un électeur sur trois avait voté », explique Anne Morel, correspondante de "
        "France Télévisions à Madrid.",
        "Anne Morel",
        "La participation est en baisse",
        True,
    ),
    # ... nor when figures or a survey "show" something
    (
        "relay-thing-subject",
        "« Les chiffres montrent que les réservations reculent depuis le printemps », précise la "
        "journaliste Léa Girard.",
        "Léa Girard",
        "Les chiffres montrent",
        True,
    ),
    # a person's words a correspondent relays are still that person's
    (
        "relay-person",
        "« Le maire s'est dit prêt à recevoir les grévistes dès lundi », explique le journaliste "
        "Paul Henri, en direct de la mairie.",
        "maire",
        "prêt à recevoir les grévistes",
        False,
    ),
    # multi-word speech verbs with the inverted subject inside the phrase
    (
        "incise-multiword-clitic",
        "Le viticulteur a perdu la moitié de sa récolte. « Il faudra replanter au moins trois "
        "parcelles », fait-il valoir.",
        "viticulteur",
        "replanter au moins trois parcelles",
        True,
    ),
    (
        "incise-multiword-clitic-prep",
        "La directrice de l'école a réuni les parents. « Les classes resteront ouvertes tout l'été "
        "pour les enfants », met-elle en avant.",
        "directrice",
        "Les classes resteront ouvertes",
        True,
    ),
    (
        "incise-multiword-aux-clitic",
        "Le préfet a visité le chantier samedi. « Les travaux reprendront à la rentrée sans "
        "retard », a-t-il fait savoir.",
        "préfet",
        "Les travaux reprendront",
        True,
    ),
    (
        "incise-multiword-subject",
        "« Le pont restera fermé aux camions jusqu'à nouvel ordre », fait savoir Marc Leroy, "
        "adjoint aux travaux.",
        "Marc Leroy",
        "Le pont restera fermé",
        True,
    ),
    # a vox pop's speaker with a participle after it ("un passant" is then tagged an auxiliary)
    (
        "incise-anonymous-participle",
        "Les restrictions seront levées lundi. « Il faudrait attendre encore un peu avant de tout "
        "rouvrir », estime un passant interrogé samedi par notre équipe.",
        "passant",
        "Il faudrait attendre encore",
        True,
    ),
    # a demonstrative anonymous speaker with no one named before ("cet", like "cette")
    (
        "incise-demonstrative-masculine",
        "Le niveau du lac a baissé de deux mètres. « On n'a jamais connu une sécheresse pareille », "
        "ajoute cet habitant.",
        "habitant",
        "On n'a jamais connu",
        True,
    ),
    (
        "incise-demonstrative-feminine",
        "Le marché a rouvert ce matin. « Les clients sont revenus dès huit heures », sourit cette "
        "maraîchère.",
        "maraîchère",
        "Les clients sont revenus",
        True,
    ),
    # "exprimer" as an inverted incise verb: the speaker after it, not its object
    (
        "incise-exprimer",
        "Les habitants hésitent. « Je ne sais pas encore pour qui je vais voter dimanche », exprime "
        "une retraitée.",
        "retraitée",
        "Je ne sais pas encore",
        True,
    ),
]


@pytest.mark.parametrize(("construction", "text", "speaker", "content", "direct"), CASES)
def test_construction(nlp, construction: str, text: str, speaker: str, content: str, direct: bool) -> None:
    check_construction(nlp, text, speaker, content, direct)


@pytest.mark.parametrize(
    "text",
    [
        # a passive after "pouvoir": figures that could not be checked, no refusal to comment
        "Les chiffres cités par le ministre, qui n'ont pas pu être vérifiés de source sûre, restent les "
        "seuls disponibles.",
    ],
)
def test_no_statement(nlp, text: str) -> None:
    assert statements(nlp, text) == [], described(statements(nlp, text))


def test_refusal_to_comment_still_speaks(nlp) -> None:
    """The active refusal keeps its statement beside the passive row above."""
    found = statements(nlp, "Contacté par nos soins, le directeur de l'usine n'a pas souhaité commenter.")
    assert [s.speaker.name for s in found] == ["directeur de l'usine"], described(found)
