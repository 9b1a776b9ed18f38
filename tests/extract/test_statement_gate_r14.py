"""The statement stage's shortcuts give what the long way gives (issue 14, round 14).

``speech_gate`` skips the readers' work where it provably finds nothing; ``tokens.indexes_among`` hands
the rules that start from a few words those words' tokens; ``speaker_named.people_named`` finds
once per Doc the persons a pronoun may take up; ``speech_frames`` and ``speaks_here`` answer once
per token. Every sentence of the statement tables of tests/extract (the parametrized rows of the
speech, statement, attribution and speaker test modules), and sentences of our own for each
construction the gate watches, are extracted with the gate and without it: the statements must
be equal, field by field."""

from __future__ import annotations

from pathlib import Path

import pytest
from speech import statements
from tables import table_sentences

from newsgraph.extract import speech_gate
from newsgraph.extract.context import DocContext
from newsgraph.extract.entities import find_mentions
from newsgraph.extract.speaker_gender import aged_name
from newsgraph.extract.speaker_named import people_named
from newsgraph.extract.speaker_nouns import institution_mention
from newsgraph.extract.speech_common import _speech_frames, speech_frames
from newsgraph.extract.speech_lexicon import _speaks_here, speaks_here
from newsgraph.extract.speech_quotes import doc_quotes, inside_quote
from newsgraph.extract.tokens import indexes_among, tokens
from newsgraph.model import Document

HERE = Path(__file__).parent
TABLE_MODULES = ("test_speech", "test_statements", "test_attribution", "test_reported", "test_speakers")

OWN = [
    # an incise closing reported words, each form of its verb
    "La grève sera reconduite jeudi, ont annoncé les syndicats.",
    "Les prix vont encore monter cet hiver, analyse Sophie Renard, économiste à Lyon.",
    "Les négociations reprendront lundi, indique la direction dans un communiqué.",
    "Le chantier a pris du retard, a-t-il reconnu devant les élus.",
    "Le projet est abandonné, fait-elle remarquer avec amertume.",
    "La commune manque de médecins, peut-on lire dans le rapport du département.",
    "Les loyers ont doublé en dix ans, ce que confirment les agences du quartier.",
    "Un scénario du pire, insiste la compagnie aérienne.",
    "Le maire, qui avait appelé à voter, a souligné sa défaite devant ses partisans.",
    # commas with no speech verb after them: nothing to read, with or without the gate
    "Le marché de Noël ouvre samedi, place de la mairie, avec quarante chalets.",
    "Après trois jours de pluie, la rivière est sortie de son lit, inondant les caves.",
    "Les pompiers, arrivés vite, ont éteint le feu, qui avait pris dans un garage.",
    # a pronoun taking up a person named before, inside and outside quotes
    "Marie Dupont dirige l'école depuis 2010. « Nous manquons de tout », explique-t-elle.",
    "« Jean Martin ne viendra pas », dit le maire. Il affirme que la fête aura lieu.",
    "Kimia, une lycéenne, attend son bus. Elle estime que les horaires ne conviennent pas.",
]


SENTENCES = OWN + table_sentences(
    path.stem
    for path in sorted(HERE.glob("test_*.py"))
    if path.stem.startswith(TABLE_MODULES) and path.stem != Path(__file__).stem
)


def test_the_tables_are_found():
    assert len(SENTENCES) > 200  # the statement tables hold several hundred sentences


def extracted(nlp, text: str, gate: bool) -> list[str]:
    speech_gate.GATE = gate
    try:
        return [repr(s) for s in statements(nlp, text)]
    finally:
        speech_gate.GATE = True


@pytest.mark.parametrize("text", SENTENCES, ids=range(len(SENTENCES)))
def test_same_statements_with_and_without_the_gate(nlp, text):
    assert extracted(nlp, text, True) == extracted(nlp, text, False)


@pytest.mark.parametrize("text", OWN)
def test_forms_index_finds_every_token_of_the_forms(nlp, text):
    doc = nlp(text)
    lower = tokens(doc).lower
    for forms in ({","}, {"selon"}, {":"}, {",", "la", "le"}, {"absent"}, set()):
        assert indexes_among(doc, forms) == [i for i, w in enumerate(lower) if w in forms]


@pytest.mark.parametrize("text", OWN)
def test_people_named_once_is_the_filter_of_every_mention(nlp, text):
    sdoc = nlp(text)
    ctx = DocContext(Document("t", text), sdoc, find_mentions(sdoc), [])
    assert people_named(ctx) == every_person(ctx)
    ctx.mentions = ctx.mentions[1:]  # another mention list: found again, not the first one's memo
    assert people_named(ctx) == every_person(ctx)


def every_person(ctx: DocContext) -> list:
    """The filter ``resolve_pronoun`` applied to every mention for every pronoun."""
    quotes = doc_quotes(ctx.sdoc)
    return [
        m
        for m in ctx.mentions
        if (m.label in {"PER", "ANON"} or aged_name(ctx, m))
        and not inside_quote(quotes, m.start)
        and not institution_mention(ctx, m)
    ]


@pytest.mark.parametrize("text", OWN)
def test_speech_frames_once_per_token_is_the_answer_of_each_ask(nlp, text):
    doc = nlp(text)
    backwards = [speech_frames(t) for t in reversed(doc)][::-1]  # the memo filled from the end
    assert backwards == [_speech_frames(t) for t in doc]
    assert [speaks_here(t) for t in doc] == [_speaks_here(t) for t in doc]
