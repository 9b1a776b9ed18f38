"""The per-document token table (``extract.tokens``) says what spaCy's tokens say, and the shared
helpers rebuilt on it (token offsets, sentences, roles, speech verbs, the time rules read on the
lowercased text) give what the token-by-token versions gave."""

from __future__ import annotations

import re

import pytest

from newsgraph.extract import timex_dating
from newsgraph.extract.context import DocContext, token_starts
from newsgraph.extract.entities import is_role, joined_left
from newsgraph.extract.timex import _hits
from newsgraph.extract.timex_rules import has_upper, plain_text, rules
from newsgraph.extract.tokens import tokens
from newsgraph.model import Document

# sentences of our own, one per kind of token the table must get right: elisions and hyphens,
# quotes and dashes, a line break, numbers, capitals, an inverted subject, several sentences
SENTENCES = [
    "L'état-major a-t-il vraiment annoncé mardi 4 octobre le retrait des troupes ?",
    "« On ne lâchera rien », répète Odile Marchand, secrétaire départementale du syndicat.\n"
    "Les négociations reprendront le 12/01 à 14 h 30, selon la préfecture.",
    "Au XIXe siècle, les tisserands de Roubaix travaillaient seize heures par jour — même le dimanche.",
    "Le porte-parole a ajouté qu'un accord était possible. Puis il a quitté la salle.",
    "ÉTÉ 2021 : la station n'avait jamais vu autant de touristes ; ils reviendront l'hiver prochain.",
]


@pytest.fixture(scope="module")
def docs(nlp):
    return list(nlp.pipe(SENTENCES))


def test_columns_are_the_tokens_attributes(docs):
    for doc in docs:
        t = tokens(doc)
        assert len(t) == len(doc)
        assert t.text == [x.text for x in doc]
        assert t.lower == [x.lower_ for x in doc]
        assert t.lemma == [x.lemma_ for x in doc]
        assert t.pos == [x.pos_ for x in doc]
        assert t.dep == [x.dep_ for x in doc]
        assert t.head == [x.head.i for x in doc]
        assert t.sent_start == [bool(x.is_sent_start) for x in doc]
        assert t.sent_starts == [s.start for s in doc.sents]
        assert t.idx == [x.idx for x in doc]
        assert t.space == [bool(x.whitespace_) for x in doc]
        assert t.punct == [x.is_punct for x in doc]
        assert t.is_space == [x.is_space for x in doc]


def test_table_is_made_once_per_doc_and_not_shared_with_a_copy(docs):
    doc = docs[0]
    assert tokens(doc) is tokens(doc)
    copy = doc.copy()  # copies (pickles) the user data, the table with it
    assert tokens(copy) is not tokens(doc) and tokens(copy).doc is copy
    assert tokens(copy).pos == tokens(doc).pos


def test_unseen_strings_are_read_from_the_vocabulary(nlp):
    doc = nlp("Le zorglubeur quixotique xyzzyplonk a parlé.")
    assert tokens(doc).text == [t.text for t in doc] and tokens(doc).lemma == [t.lemma_ for t in doc]


def test_offsets_and_sentences_of_the_context(docs):
    for doc in docs:
        DocContext(document=Document("d", doc.text), sdoc=doc)  # installs the sentence hooks
        assert token_starts(doc) == [t.idx for t in doc]
        for tok in doc:
            assert (tok.sent.start, tok.sent.end) == next(
                (s.start, s.end) for s in doc.sents if s.start <= tok.i < s.end
            )


@pytest.mark.parametrize(
    ("sentence", "word", "role"),
    [
        ("Le porte-parole du ministère a démenti.", "parole", True),  # a role split at its hyphen
        ("L'état-major a démenti.", "major", True),
        ("Une passante a tout vu.", "passante", True),  # participle tagged VERB after a determiner
        ("Les syndicalistes ont manifesté.", "syndicalistes", True),
        ("Le gâteau était délicieux.", "gâteau", False),
        ("Il a démenti hier.", "démenti", False),
    ],
)
def test_roles_read_from_the_table(nlp, sentence, word, role):
    doc = nlp(sentence)
    tok = [t for t in doc if word in t.text][-1]
    first = tok.i
    while (
        first > 0 and not doc[first - 1].whitespace_ and ("-" in (doc[first].text[:1], doc[first - 1].text))
    ):
        first -= 1
    assert joined_left(doc, tok.i) == first
    assert is_role(tok) is role


def test_speech_verbs_found_once_match_a_walk(docs):
    for doc in docs:
        speech = timex_dating.speech_lemmas()
        walk = [t.i for t in doc if t.pos_ == "VERB" and t.lemma_ in speech]
        assert timex_dating._speech_verbs_in(doc, 0, len(doc)) == walk
        mid = len(doc) // 2
        assert timex_dating._speech_verbs_in(doc, mid, len(doc)) == [i for i in walk if i >= mid]


def test_only_the_century_rule_keeps_its_capitals():
    assert has_upper(r"(?P<c>[XVI]{1,5})e\s+siècle") and not has_upper(r"(?P<dy>\d0)\S\D\W")
    assert {r.name for r in rules() if r.lowered is None} == {"century"}


@pytest.mark.parametrize(
    "text",
    [
        *SENTENCES,
        "Lundi 3 AVRIL, la réunion DU MATIN a été repoussée à la semaine prochaine.",
        "Depuis Le 1er Janvier, il y a Trois Ans, ce Week-End, en Fin D'Après-Midi.",
    ],
)
def test_time_rules_on_the_lowercased_text_find_what_case_blind_rules_find(text):
    assert plain_text(text)
    expected = []
    for rule in rules():
        expected += [(m.span(), rule.name, m.groupdict()) for m in rule.regex.finditer(text)]
    for h in _hits(text):  # every hit kept is a match of its rule on the text itself
        assert h.match.string is text and re.fullmatch(r".+", h.match.group(0), re.S)
        assert ((h.start, h.end), h.rule.name, h.match.groupdict()) in expected


def test_a_text_that_does_not_lowercase_faithfully_is_read_as_it_is():
    text = "İstanbul, le 3 mars."  # "İ" lowercases to two characters
    assert not plain_text(text)
    assert [(h.start, h.end) for h in _hits(text)] == [
        (m.start(), m.end()) for m in re.finditer("le 3 mars", text)
    ]
