"""Relayed words in a correspondent's quote (issue 14, round 43), in sentences of our own.

The convention of the development gold: what a correspondent relays inside her quote is the original
speaker's statement, reported (direct false); the correspondent keeps only her own words.

- S: the subject stands before the quotation and its verb inside it ('Le ministre « fixe deux
  conditions : … »', conclut la journaliste). Speech verbs of the lexicon were read there already
  ("L'ONG « dénonce … »"); what failed is a support verb with a noun of demand or proposal whose
  colon spells out what is asked ("fixer / poser deux conditions : …", "faire trois propositions
  phares : …") and an act of warning ("adresser un sévère rappel à l'ordre"): rows of
  ``speech_stances.tsv``, read in the narration as inside a relay.
- L: "selon X" inside a correspondent's quote. A leading "Mais selon X" followed by a linked adjunct
  (", et compte tenu de …,") gave the source the clause BEFORE the phrase; a postposed "selon X" with no
  comma gave it the sentence's first clause, not the one beside it; "selon nos sources auprès de la
  préfecture" named no one inside a quote ("nos" is the correspondent's) and "sources auprès" in the
  narration: the body the sources are at speaks (``speaker_source_phrases.source_body``).
"""

from __future__ import annotations

import pytest
from speech import check_construction, check_exact_reported, described, find, statements, xfail

JOURNALIST = "conclut la journaliste Julie Martin."
S_REVERTED = (
    "S reverted (check half recall 3230/3884 unchanged, precision 3064/3289 -> 3064/3290): a support verb"
    " with a noun of demand or proposal is no speech verb of the lexicon"
)

S_CASES = [
    # the subject before the correspondent's quotation, the support verb inside it
    (
        "Le ministre de l'Intérieur « fixe deux conditions : le retour au calme et la fin des blocages », "
        + JOURNALIST,
        "ministre de l'Intérieur",
        "le retour au calme et la fin des blocages",
        False,
    ),
    (
        "Le gouvernement « pose trois conditions à la reprise des discussions : la fin de la grève, le"
        " retour au travail et un calendrier », " + JOURNALIST,
        "gouvernement",
        "la fin de la grève, le retour au travail",
        False,
    ),
    (
        "Le maire « a fait deux propositions aux habitants : un relogement et une indemnité », " + JOURNALIST,
        "maire",
        "un relogement et une indemnité",
        False,
    ),
    (
        "Le président « a adressé un sévère rappel à l'ordre à ses ministres », " + JOURNALIST,
        "président",
        "rappel à l'ordre à ses ministres",
        False,
    ),
    # the subject inside the quotation
    (
        "« La candidate a fait trois propositions phares : la hausse du Smic, un revenu pour les jeunes et"
        " la retraite à 60 ans », " + JOURNALIST,
        "candidate",
        "un revenu pour les jeunes",
        False,
    ),
    # the same expressions in the narration
    (
        "Le syndicat a posé deux conditions : une hausse des salaires et l'embauche de cent agents.",
        "syndicat",
        "une hausse des salaires et l'embauche de cent agents",
        False,
    ),
    (
        "Les syndicats ont émis deux revendications : le gel des loyers et la hausse des salaires.",
        "syndicats",
        "le gel des loyers et la hausse des salaires",
        False,
    ),
    (
        "Le ministre a fait une promesse aux agriculteurs : les aides seront versées avant l'été.",
        "ministre",
        "les aides seront versées avant l'été",
        False,
    ),
    (
        "La Russie a lancé un ultimatum aux défenseurs de la ville.",
        "Russie",
        "ultimatum aux défenseurs",
        False,
    ),
]


@pytest.mark.parametrize(
    ("text", "speaker", "content", "direct"), [xfail(*row, reason=S_REVERTED) for row in S_CASES]
)
def test_support_verb_speech_rly43(nlp, text, speaker, content, direct):
    check_construction(nlp, text, speaker, content, direct)


@pytest.mark.parametrize(
    "text",
    [
        "Le gouvernement a fixé les conditions de travail des saisonniers.",
        "Le club a fixé deux objectifs : le maintien et la coupe.",
        "L'entreprise a posé deux panneaux solaires sur le toit : un grand et un petit.",
        "Le club a fait deux recrues cet été : un gardien et un attaquant.",
    ],
)
def test_no_demand_no_statement_rly43(nlp, text):
    """Conditions of work, objectives, panels, recruits: no demand spelt out, no speech act."""
    assert statements(nlp, text) == [], described(statements(nlp, text))


@pytest.mark.xfail(strict=True, reason=S_REVERTED)
def test_correspondent_keeps_only_her_own_rly43(nlp):
    """The relayed conditions are the party's; the sentence after them stays the correspondent's."""
    text = (
        "« Les Verts posent deux conditions à leur soutien : la sortie du nucléaire et une taxe carbone."
        " Le reste est négociable », " + JOURNALIST
    )
    found = statements(nlp, text)
    relayed = find(found, "la sortie du nucléaire")
    assert [s.speaker.name for s in relayed] == ["Verts"] and not relayed[0].direct, described(found)
    own = find(found, "Le reste est négociable")
    assert [s.speaker.name for s in own] == ["Julie Martin"], described(found)


def test_witness_keeps_his_quote_rly43(nlp):
    """Outside a correspondent's quote the same words stay the witness's whole quote (no relay)."""
    text = (
        "« Le maire a fait deux propositions aux habitants : un relogement et une indemnité », raconte"
        " Marc Dupont, agriculteur."
    )
    found = statements(nlp, text)
    assert [(s.speaker.name, s.direct) for s in found] == [("Marc Dupont", True)], described(found)


L_CASES = [
    (
        "« Difficile à dire. Mais selon les experts, et compte tenu de la hausse du baril, le litre devrait"
        " augmenter de dix centimes », " + JOURNALIST,
        "experts",
        "le litre devrait augmenter de dix centimes",
    ),
    (
        "« Selon nos sources auprès de la préfecture du Rhône, le suspect était âgé de 25 ans. Il a été"
        " interpellé ce matin », " + JOURNALIST,
        "préfecture du Rhône",
        "le suspect était âgé de 25 ans",
    ),
    (
        "« Alors, selon nos sources auprès des autorités de Lyon, troisième ville du pays, le suspect était"
        " âgé de 25 ans », " + JOURNALIST,
        "autorités de Lyon",
        "le suspect était âgé de 25 ans",
    ),
    (
        "« Politiquement, rien n'est joué. Mais attention, la chanson française est très bonne, c'est un"
        " mélange de jazz et de pop et c'est très réussi selon les spécialistes », " + JOURNALIST,
        "spécialistes",
        "c'est un mélange de jazz et de pop et c'est très réussi",
    ),
    # the narration: the body the sources are at, not the newsroom
    (
        "Selon nos sources auprès de la préfecture, le suspect est connu des services.",
        "préfecture",
        "le suspect est connu des services",
    ),
    (
        "Selon des sources au sein de la police, le suspect est connu des services.",
        "police",
        "le suspect est connu des services",
    ),
    # unchanged: the newsroom's own information, a postposed phrase before a coordinated clause
    (
        "Selon nos informations, le suspect était âgé de 25 ans.",
        "la rédaction",
        "le suspect était âgé de 25 ans",
    ),
    (
        "« Les prix ont doublé selon l'Insee, et la moitié des familles se privent », " + JOURNALIST,
        "Insee",
        "Les prix ont doublé",
    ),
    xfail(
        "« Il s'agit d'un homme qui selon le préfet que nous avons rencontré ce matin, avait déjà été"
        " condamné pour violences », " + JOURNALIST,
        "préfet",
        "avait déjà été condamné pour violences",
        reason="a source phrase with a relative clause of its own inside a relative: the source's words"
        " are the whole sentence, the correspondent's framing with them (not fixed in round 43)",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "content"), L_CASES)
def test_selon_inside_relay_rly43(nlp, text, speaker, content):
    check_exact_reported(nlp, text, speaker, content)


def test_selon_relay_correspondent_keeps_her_own_rly43(nlp):
    """The sentence after the source's claim stays the correspondent's, direct."""
    found = statements(nlp, L_CASES[1][0])
    assert [(s.speaker.name, s.direct) for s in find(found, "Il a été interpellé ce matin")] == [
        ("Julie Martin", True)
    ], described(found)
    assert not find(found, "Difficile"), described(found)


def test_selon_in_witness_quote_keeps_it_whole_rly43(nlp):
    """In a witness's quote the source's clause is nested speech beside his quote, which stays whole."""
    text = (
        "« Mais selon les experts, et malgré la baisse du baril, le litre va encore augmenter », explique"
        " Marc Dupont, garagiste."
    )
    found = statements(nlp, text)
    assert [s.speaker.name for s in find(found, "Mais selon les experts") if s.direct] == ["Marc Dupont"]
    assert [s.speaker.name for s in find(found, "le litre va encore augmenter") if not s.direct] == [
        "experts"
    ]
