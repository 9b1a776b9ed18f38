"""Speakers (round 28b): businesses and establishments speak, and the people around someone keep
their head noun.

- A business, shop or establishment that a report lets speak through its management (``body`` of
  ``speaker_nouns.tsv``) is an organisation in the singular ("L'aéroport espère rouvrir …"), a
  group in the plural ("Les boulangeries constatent …").
- "les familles de victimes", "les proches du gardien", "les collègues de l'infirmière": the family,
  the relatives, the colleagues speak (a group), not the person of their "de" complement.

Every sentence here was written for these tests (none is taken from an evaluation text). A row is
(construction id, text, speaker part, content part, speaker type): exactly one statement must hold
the content part, said by a speaker whose name holds the speaker part. The rows of ``NO_SPEAKER``
give a subject that must not speak: a thing, a place as such, an abstract noun.
"""

from __future__ import annotations

import pytest
from speech import check_speaker_row, described, find, statements

BODIES = [
    (
        "body-airport",
        "Après l'incendie du terminal, l'aéroport espère rouvrir ses pistes dès la fin de la semaine.",
        "aéroport",
        "rouvrir ses pistes",
        "organization",
    ),
    (
        "body-shops-plural",
        "Depuis la rentrée, les boulangeries constatent une baisse nette des ventes de croissants.",
        "boulangeries",
        "une baisse nette des ventes",
        "group",
    ),
    (
        "body-establishment",
        "Faute de personnel, l'établissement envisage de fermer son restaurant le dimanche soir.",
        "établissement",
        "fermer son restaurant",
        "organization",
    ),
    (
        "body-factory-que",
        "Dans un communiqué, l'usine assure que les rejets ne présentent aucun danger pour les riverains.",
        "usine",
        "les rejets ne présentent aucun danger",
        "organization",
    ),
    (
        "body-refineries-count",
        "Mardi soir, deux raffineries ont annoncé la reprise du travail après dix jours de blocage.",
        "raffineries",
        "la reprise du travail",
        "group",
    ),
    (
        "body-supermarkets",
        "Les supermarchés redoutent une nouvelle pénurie d'huile de tournesol avant l'été.",
        "supermarchés",
        "une nouvelle pénurie",
        "group",
    ),
    (
        "person-oligarch",
        "Installé à Londres, l'oligarque craint d'être visé par le prochain train de sanctions.",
        "oligarque",
        "visé par le prochain train",
        "anonymous",
    ),
]

KIN = [
    (
        "kin-families-of-victims",
        "Dix ans après le naufrage, les familles de disparus réclament toujours un procès.",
        "familles de disparus",
        "un procès",
        "group",
    ),
    (
        "kin-families-of-sailors",
        "Les familles des pêcheurs dénoncent la lenteur de l'enquête maritime.",
        "familles des pêcheurs",
        "la lenteur de l'enquête",
        "group",
    ),
    (
        "kin-family-of-named",
        "La famille de Julien Marchal demande que la vidéo de l'interpellation soit rendue publique.",
        "famille de Julien Marchal",
        "la vidéo de l'interpellation",
        "group",
    ),
    (
        "kin-relatives-plural",
        "Les proches du gardien de refuge affirment qu'il connaissait parfaitement la montagne.",
        "proches du gardien",
        "il connaissait parfaitement la montagne",
        "group",
    ),
    (
        "kin-colleagues",
        "Les collègues de l'infirmière dénoncent un manque criant de moyens dans le service.",
        "collègues de l'infirmière",
        "un manque criant de moyens",
        "group",
    ),
    (
        "kin-friends-of-named",
        "Les amis de Lucie Ferrand racontent qu'elle rêvait de traverser l'Atlantique à la voile.",
        "amis de Lucie Ferrand",
        "elle rêvait de traverser",
        "group",
    ),
]


@pytest.mark.parametrize(("cid", "text", "speaker", "content", "kind"), BODIES + KIN)
def test_body_or_kin_speaks(nlp, cid, text, speaker, content, kind):
    check_speaker_row(nlp, text, speaker, content, kind)


# (construction id, text, subject that must not speak, content part)
NO_SPEAKER = [
    (
        "thing-rain",
        "Ce matin, la pluie annonce que l'automne est déjà là sur la côte.",
        "pluie",
        "l'automne est déjà là",
    ),
    (
        "place-port",
        "Le port du casque est vivement recommandé aux cyclistes de la ville.",
        "port",
        "cyclistes",
    ),
    (
        "abstract-situation",
        "Cette situation confirme que les commerces fermeront à vingt heures.",
        "situation",
        "les commerces fermeront",
    ),
    (
        "shop-offer-goods",
        "Pour les fêtes, la petite boulangerie du port propose des galettes aux amandes et au chocolat.",
        "boulangerie",
        "galettes",
    ),
    (
        "shops-counted-offer-goods",
        "Dans la station, des dizaines de magasins proposent des forfaits à moitié prix.",
        "magasins",
        "forfaits",
    ),
    (
        "shop-as-place-relative",
        "« On s'y attendait », répond un habitué dans la librairie, "
        "pour qui cette fermeture était prévisible.",
        "librairie",
        "cette fermeture était prévisible",
    ),
    (
        "place-room",
        "Depuis la réouverture, la salle espère retrouver son public d'avant la crise.",
        "salle",
        "retrouver son public",
    ),
]


@pytest.mark.parametrize(("cid", "text", "wrong", "content"), NO_SPEAKER)
def test_no_speaker(nlp, cid, text, wrong, content):
    found = statements(nlp, text)
    assert not [s for s in find(found, content) if wrong in s.speaker.name.lower()], described(found)
