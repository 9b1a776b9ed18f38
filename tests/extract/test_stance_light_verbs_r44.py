"""Reported speech by light-verb stance expressions (round 44, rep44; issue 14 item 2).

A stance told with a possessive and a stance noun under a verb other than "exprimer" / "manifester"
("a apporté son soutien à …", "renouvelle sa solidarité", "fait entendre leur mécontentement",
"redit son opposition"), a message addressed ("a adressé ses condoléances", "adresse un message
aux Français") and an appeal launched ("lance un appel au calme", "un appel à la retenue"): rows of
``speech_stances.tsv``.
An appeal's content starts at "un appel" ("un appel aux parents": whom it is addressed to is part of
it). Not help or aid brought ("a apporté son aide"), not meetings held ("tient ses réunions"), not a
tender ("un appel d'offres"). Tried and dropped: "témoigner sa solidarité", which on fresh text was
a deed (people coming with supplies to show it), not words; "tenir des propos …", which inside a
correspondent's relay gives the relay to the person it narrates (the r41/r42 relay rows).

Every sentence here was written for these tests (none is taken from an evaluation text or the
corpus). A row is (construction id, text, speaker part, content part): exactly one statement holds
the content part, reported, said by a speaker whose name holds the speaker part.
"""

from __future__ import annotations

import pytest
from speech import check_construction, described, statements, xfail

STANCES = [
    (
        "apporter-soutien",
        "Le maire de la commune a apporté son soutien aux salariés en grève.",
        "maire",
        "son soutien aux salariés",
    ),
    (
        "renouveler-soutien",
        "La Commission européenne a renouvelé son soutien à la Moldavie.",
        "Commission",
        "son soutien à la Moldavie",
    ),
    (
        "reiterer-opposition",
        "La fédération des chasseurs a réitéré son opposition au calendrier.",
        "fédération",
        "son opposition",
    ),
    (
        "redire-inquietude",
        "Le président de la région redit son inquiétude face à la sécheresse.",
        "président",
        "la sécheresse",
    ),
    (
        "faire-entendre-stance",
        "Les viticulteurs ont fait entendre leur mécontentement devant la préfecture.",
        "viticulteurs",
        "leur mécontentement",
    ),
    (
        "adresser-condoleances",
        "La ministre des Sports a adressé ses condoléances à la famille du coureur.",
        "ministre",
        "ses condoléances",
    ),
    (
        "adresser-message",
        "Le chef de l'État adresse un message aux soignants ce soir.",
        "chef de l'État",
        "un message aux soignants",
    ),
    xfail(
        "tenir-propos",
        "Le sénateur a tenu des propos très durs contre les grévistes.",
        "sénateur",
        "des propos très durs",
        reason="dropped: 'a tenu des propos' inside a correspondent's relay made the relay the speaker's"
        " (test_relayed_quotes_r41/r42 hold that sentence for narration)",
    ),
    (
        "lancer-appel",
        "Le préfet lance un appel au calme après deux nuits de violences.",
        "préfet",
        "un appel au calme",
    ),
    (
        "lancer-appel-pour",
        "Les associations lancent un appel pour sauver la piscine municipale.",
        "associations",
        "un appel pour sauver la piscine",
    ),
]


@pytest.mark.parametrize(("cid", "text", "speaker", "content"), STANCES)
def test_light_verb_stance_speaks(nlp, cid, text, speaker, content):
    check_construction(nlp, text, speaker, content, False)


NOT_SAID = [
    ("help-brought", "Les pompiers ont apporté leur aide aux habitants sinistrés."),
    ("meetings-held", "Le conseil tient ses réunions le premier lundi du mois."),
    ("tender", "La communauté de communes a lancé un appel d'offres pour la cantine."),
    ("parcel-sent", "La mairie adresse ses factures aux familles en fin de mois."),
]


@pytest.mark.parametrize(("cid", "text"), NOT_SAID)
def test_light_verb_without_stance(nlp, cid, text):
    assert statements(nlp, text) == [], described(statements(nlp, text))
