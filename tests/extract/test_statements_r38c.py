"""Reported speech of collective and organisational speakers (round 38, stm38c; issue 14).

- A body's name the tagger read as a common noun ("Pôle emploi affirme que …", "la Répression des
  fraudes relevait que …"): a capitalised noun inside its sentence, that no speaker lexicon lists,
  heads an organisation's name (``speaker_untagged_names``). The first word of a sentence is
  capitalised by position: such a name there stays unread (a strict xfail row).
- "le fisc", a public body named by its common noun, speaks (``speaker_nouns.tsv``).
- The rows that must give no statement: the same bodies in a narration of a wish, with a verb of
  no speech, or with a speech act that gives only a topic ("a détaillé ses mesures").

Every sentence here was written for these tests (none is taken from an evaluation text). A row is
(construction id, text, speaker part, content part, speaker type): exactly one statement must hold
the content part, said by a speaker whose name holds the speaker part.
"""

from __future__ import annotations

import pytest
from speech import check_speaker_row, statements

UNTAGGED = [
    (
        "name-after-adverbial",
        "Mardi, Pôle emploi affirme que les offres illégales sont rares.",
        "Pôle emploi",
        "les offres illégales sont rares",
        "organization",
    ),
    (
        "name-with-complement",
        "Dès 2015, la Répression des fraudes relevait que plusieurs lots étaient mal étiquetés.",
        "Répression des fraudes",
        "plusieurs lots étaient mal étiquetés",
        "organization",
    ),
    (
        "name-after-participle",
        "Interrogée, la Caisse d'allocations familiales assure que les versements reprendront en mai.",
        "Caisse d'allocations familiales",
        "les versements reprendront en mai",
        "organization",
    ),
    (
        "fisc-infinitive",
        "Cette semaine, le fisc se félicite d'avoir retrouvé des milliers de piscines non déclarées.",
        "fisc",
        "retrouvé des milliers de piscines",
        "group",
    ),
    (
        "name-first-in-sentence",
        "Pôle emploi affirme que la plupart des annonces sont vérifiées.",
        "Pôle emploi",
        "la plupart des annonces sont vérifiées",
        "organization",
    ),
    (
        "acronym",  # read before this round
        "Mardi, la CGT affirme que la grève continue.",
        "CGT",
        "la grève continue",
        "organization",
    ),
]


@pytest.mark.parametrize(("cid", "text", "speaker", "content", "kind"), UNTAGGED)
def test_untagged_body_name_speaks(nlp, cid, text, speaker, content, kind):
    check_speaker_row(nlp, text, speaker, content, kind)


NOT_SAID = [
    ("wish", "Depuis lundi, Pôle emploi veut recruter 500 conseillers."),
    ("no-speech-verb", "Depuis 2015, la Répression des fraudes contrôle les étiquettes des conserves."),
    ("topic-only", "Ce matin, Pôle emploi a détaillé ses mesures."),
    ("modal-deed", "Dans ce cas, la Répression des fraudes peut infliger une amende."),
    ("deed", "En mai, la Caisse d'allocations familiales verse une prime aux familles."),
    ("fisc-deed", "Chaque année, le fisc contrôle des milliers de déclarations."),
]


@pytest.mark.parametrize(("cid", "text"), NOT_SAID)
def test_body_without_speech(nlp, cid, text):
    assert statements(nlp, text) == []
