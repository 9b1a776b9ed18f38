"""Page debris is blanked, text and offsets are kept."""

from __future__ import annotations

import pytest

from newsgraph.extract.clean import mask_debris

DEBRIS = [
    "Commentaires",
    "Connectez-vous à votre compte franceinfo pour participer à la conversation.",
    "Article rédigé par",
    "Publié Mis à jour",
    "Publié le 10/11/2022 à 06:55",
    "Temps de lecture : 1 min.",
    "Prolongez votre lecture autour de ce sujet",
    "tout l'univers Guerre en Ukraine",
    "CLIQUEZ ICI POUR OBTENIR L’APPLICATION FOX NEWS",
    "Téléchargez l'application Le Monde",
    "À lire aussi : la contre-offensive ukrainienne",
    "Partager sur Facebook",
    "Abonnez-vous à notre newsletter",
    "Des soldats à Moscou, le 10 octobre 2022. (STRINGER / ANADOLU AGENCY / AFP)",
    "Source link -42",
]

KEPT = [
    "Le président a commenté la situation mardi.",
    "« Nous sommes prêts pour la paix », a-t-il déclaré.",
    "Kiev a publié mercredi un communiqué.",
    "Les commentaires du général ont suscité des réactions.",
]


@pytest.mark.parametrize("line", DEBRIS)
def test_debris_lines_are_blanked(line: str) -> None:
    text = f"Premier paragraphe.\n{line}\nDernier paragraphe."
    masked = mask_debris(text)
    assert len(masked) == len(text)
    assert masked.splitlines()[1].strip() == ""
    assert masked.startswith("Premier paragraphe.\n") and masked.endswith("\nDernier paragraphe.")


@pytest.mark.parametrize("line", KEPT)
def test_article_text_is_kept(line: str) -> None:
    assert mask_debris(line) == line


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (" date 2022-11 Les chances de paix diminuent.", "Les chances de paix diminuent."),
        ("Un soldat (PHOTO / AFP) marche.", "Un soldat"),
    ],
)
def test_inline_debris(text: str, kept: str) -> None:
    masked = mask_debris(text)
    assert len(masked) == len(text)
    assert kept in masked
    assert "date 2022" not in masked and "AFP" not in masked


def test_byline_name_after_article_redige_par() -> None:
    text = "Titre\nArticle rédigé par\nFrance Télévisions\nTexte."
    masked = mask_debris(text)
    assert "France Télévisions" not in masked and masked.count("\n") == text.count("\n")
