"""Reported speech by a present-tense speech verb the tagger read as a noun or an adjective, with
"de" + infinitive (round 45, rep45; issue 14 item 2).

"Le syndicat menace de bloquer …", "La direction propose d'étaler …": the tagger reads the verb
after a subject noun as a noun or an adjective ("menace", "propose", "promet") and hangs the
infinitive on the subject as a complement. ``speech_mistagged`` read an infinitive or a "que"
right after such a verb; the infinitive its "de" opens is now read too (negated: "de ne pas …"),
and a subject noun may carry an adjective after it ("Le ministère russe des Affaires étrangères
menace …", "Le gouvernement britannique …").
Not a noun of threat or promise with its article ("La menace de fermer …"), nor a subject that
cannot speak ("Le réchauffement climatique menace de …").

Every sentence here was written for these tests (none is taken from an evaluation text or the
corpus). A row is (construction id, text, speaker part, content part): exactly one statement holds
the content part, reported, said by a speaker whose name holds the speaker part.
"""

from __future__ import annotations

import pytest
from speech import check_construction, described, statements

SAID = [
    ("menace-de", "Le syndicat menace de bloquer les dépôts d'essence.", "syndicat", "de bloquer les dépôts"),
    ("menace-de-bare", "Le maire menace de démissionner.", "maire", "de démissionner"),
    (
        "menace-de-amod",
        "Le ministère russe des Affaires étrangères menace de riposter.",
        "ministère",
        "de riposter",
    ),
    (
        "menace-de-nmod",
        "Le directeur de l'usine menace de fermer le site de Lorient.",
        "directeur",
        "de fermer le site",
    ),
    (
        "propose-de",
        "La direction propose d'étaler les hausses de salaire sur deux ans.",
        "direction",
        "d'étaler les hausses",
    ),
    (
        "promet-de-negated",
        "Le ministre promet de ne pas toucher aux pensions de réversion.",
        "ministre",
        "de ne pas toucher aux pensions",
    ),
    ("conseille-de-negated", "Le ministre conseille de ne pas sortir.", "ministre", "de ne pas sortir"),
    (
        "menace-de-amod-person",
        "Le ministre britannique menace de quitter la table des négociations.",
        "ministre britannique",
        "de quitter la table",
    ),
    (
        "conseille-de",
        "La préfecture conseille de rester chez soi pendant la tempête.",
        "préfecture",
        "de rester chez soi",
    ),
]


@pytest.mark.parametrize(("cid", "text", "speaker", "content"), SAID)
def test_mistagged_verb_with_infinitive(nlp, cid, text, speaker, content):
    check_construction(nlp, text, speaker, content, False)


NOT_SAID = [
    ("noun-menace", "La menace de fermer l'usine pèse sur toute la vallée."),
    ("subject-cannot-speak", "Le réchauffement climatique menace de faire disparaître les glaciers."),
    ("crisis-subject", "La crise sanitaire menace de durer encore des mois."),
]


@pytest.mark.parametrize(("cid", "text"), NOT_SAID)
def test_mistagged_verb_without_speaker(nlp, cid, text):
    assert statements(nlp, text) == [], described(statements(nlp, text))
