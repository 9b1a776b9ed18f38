"""The shortcuts of the tenth speed round give what the long way gave: ``fold`` and ``unaccent`` by
one translate table, the speech-verb forms of a Doc found once by lemma and form, the event
triggers' rows looked up once per word and their plain-word requirements tried as sets."""

from __future__ import annotations

import unicodedata

import pytest

from newsgraph.extract.entities import find_mentions
from newsgraph.extract.event_parse import MentionIndex
from newsgraph.extract.event_trigger_grammar import participle_infinitive
from newsgraph.extract.event_triggers import (
    Trigger,
    holds,
    is_imperative,
    match_trigger,
    trigger_rows,
    triggers,
)
from newsgraph.extract.speech_common import may_be_speech_verb, speech_verb_forms, words_among
from newsgraph.extract.speech_lexicon import speech_verb
from newsgraph.extract.tokens import tokens
from newsgraph.names import fold, unaccent


def slow_unaccent(text: str) -> str:
    """The definition: apostrophes straightened, NFKD of the whole text, combining marks dropped."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@pytest.mark.parametrize(
    "text",
    [
        "L’Élysée a reçu la délégation",  # accents, a typographic apostrophe
        "‘Œuvre’ coûteuse à Besançon",  # a ligature, both single quotes
        "ﬁn de l’ère ½ ²",  # compatibility forms: ligature, fraction, superscript
        "ΟΔΟΣ ΑΣ",  # Greek capitals: the final sigma lowercases by its place in the word
        "e\u0301\u0327 déjà composés",  # marks already apart, in an odd order
        "İstanbul et Ǆemal",  # letters whose lowercase or decomposition has a mark
        "plain ascii, no accents",
        "",
    ],
)
def test_fold_and_unaccent_are_nfkd_without_marks(text):
    assert unaccent(text) == slow_unaccent(text)
    assert fold(text) == slow_unaccent(text).lower()


def test_unaccent_of_every_code_point_is_its_nfkd_without_marks():
    points = "".join(chr(c) for c in range(0x3000) if not 0xD800 <= c <= 0xDFFF)
    for k in range(0, len(points), 500):
        chunk = points[k : k + 500]
        assert unaccent(chunk) == slow_unaccent(chunk)


# sentences of our own: speech verbs as verbs, as nouns or adjectives the tagger may make of them,
# multi-word verbs, reflexives; event words with and without what their lexicon rows require
SENTENCES = [
    "« Nous tiendrons bon », estime la maire de Vierzon, qui juge la réforme injuste.",
    "Le collectif note que les loyers ont doublé et a fait savoir qu'il saisirait le tribunal.",
    "La députée s'est dite prête à voter le texte ; elle appelle à la mobilisation samedi.",
    "Selon le rapport, la police a arrêté trois hommes à Rennes après l'incendie de l'entrepôt.",
    "Les syndicats ont lancé une grève illimitée pendant que l'armée bombardait la ville portuaire.",
    "Le ministre a rencontré son homologue allemand à Berlin pour négocier un cessez-le-feu.",
    "Des milliers de manifestants ont défilé à Nantes ; les pompiers ont évacué 2 000 personnes.",
    "Interrogée, l'ONG dénonce des arrestations arbitraires, tandis que le gouvernement se tait.",
    "Votez pour votre recette préférée ! Le détenu se serait suicidé dans sa cellule, blessé et isolé.",
]


@pytest.fixture(scope="module")
def docs(nlp):
    return list(nlp.pipe(SENTENCES))


def test_speech_verb_forms_hold_every_token_speech_verb_answers_for(docs):
    for doc in docs:
        forms = set(speech_verb_forms(doc))
        table = tokens(doc)
        maybe = [i for i in range(len(doc)) if may_be_speech_verb(table.lemma[i], table.text[i])]
        assert sorted(forms) == maybe
        answered = {t.i for t in doc for any_pos in (False, True) if speech_verb(t, any_pos) is not None}
        assert answered <= forms
    assert any(speech_verb_forms(doc) for doc in docs)


def test_words_among_is_the_tokens_of_those_forms(docs):
    for doc in docs:
        wanted = {"selon", "à", ":", "pour"}
        assert [t.i for t in words_among(doc, wanted)] == [t.i for t in doc if t.lower_ in wanted]


def reference_match(token, mentions):
    """``match_trigger`` as it was: every row, each veto and alternative tried one by one."""
    if token.pos_ not in {"VERB", "NOUN", "ADJ", "AUX", "PROPN"}:
        return None
    table, low = triggers(), token.lower_
    lem = token.lemma_.lower()
    lem = "se" if lem in {"s'", "s’"} else lem
    plural = table.get(low[:-1]) if low.endswith(("s", "x")) else None
    rows = table.get(lem) or table.get(low) or plural or ()
    if low[-1:].isdecimal():
        rows = rows or table.get(low.rstrip("0123456789"), ())
    want = "NOUN" if token.pos_ in {"NOUN", "PROPN"} else "VERB"
    if want == "VERB" and not any(r.pos == "VERB" for r in rows):
        rows = table.get(participle_infinitive(low), ())
    if not rows or (want == "VERB" and is_imperative(token)):
        return None
    m = mentions.get(token)
    if (
        want == "NOUN"
        and m is not None
        and m.label in {"LOC", "GPE", "PER"}
        and token.text[:1].isupper()
        and low in m.name.lower().split()
    ):
        return None
    for row in rows:
        if row.pos != want and not (row.pos == "VERB" and token.pos_ == "ADJ"):
            continue
        if any(holds(r, token, mentions, veto=True) for r in row.vetoes):
            continue
        alts = row.alternatives
        if not alts or any(all(holds(r, token, mentions) != neg for neg, r in alt) for alt in alts):
            return row
    return None


def test_match_trigger_gives_the_row_every_requirement_tried_alone_gives(docs):
    matched = 0
    for doc in docs:
        mentions = MentionIndex(doc, find_mentions(doc))
        for token in doc:
            found = match_trigger(token, mentions)
            assert found == reference_match(token, mentions), token.text
            if found is not None:
                matched += 1
                assert trigger_rows(token.lemma_, token.lower_, token.pos_ not in {"NOUN", "PROPN"})
    assert matched >= 8  # arrêter, incendie, grève, bombarder, rencontrer, négocier, manifestants...


def test_trigger_rows_are_the_lexicon_rows_of_the_lemma_or_form():
    table = triggers()
    lemma = next(iter(table))
    assert trigger_rows(lemma, "", False) == table[lemma]
    assert trigger_rows("zzqx", "zzqx", True) == ()
    assert all(isinstance(r, Trigger) for r in trigger_rows(lemma.upper(), lemma, False))
