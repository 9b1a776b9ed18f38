"""The caches and shortcuts of the twentieth round's speed work answer as the work they replace:
``in_body_name`` asked once per Doc, place word and mention (its memo is the Doc's own, so a new
Doc starts empty), the folded key of a name cached by text, the people lexicons joined once, and a
time rule's word trigger looked for without a generator."""

from __future__ import annotations

import pytest

from newsgraph.extract import event_place_in_names as pin
from newsgraph.extract.entities import find_mentions
from newsgraph.extract.event_agents import ACTING_PEOPLE
from newsgraph.extract.event_amounts import BODY_NOUNS, MILITARY_NOUNS, PEOPLE_NOUNS
from newsgraph.extract.event_role_actors import PEOPLE_WORDS
from newsgraph.extract.pipeline import load_nlp
from newsgraph.extract.timex_rules import has_trigger, rules
from newsgraph.names import fold_key, strip_determiners

# sentence -> the place word, and whether it is inside a body's name
PLACES = [
    # "La France insoumise" alone is one ORG since round 45 (org_names): no place word left in it
    ("Les élus de la France insoumise ont voté contre.", "France", True),
    ("L'équipe de France a battu le Maroc en demi-finale.", "France", True),
    ("Les États-Unis ont annoncé de nouvelles sanctions.", "États-Unis", False),
    ("Le maire de Paris a présenté son budget.", "Paris", False),
    ("À Marseille, les pompiers sont intervenus dans la nuit.", "Marseille", False),
]


def place_mention(doc, word):  # type: ignore[no-untyped-def]
    token = next(t for t in doc if t.text == word)
    mention = next(m for m in find_mentions(doc) if m.start <= token.idx < m.end)
    return token, mention


def uncached(t, m) -> bool:  # type: ignore[no-untyped-def]
    """``in_body_name`` as it was written before its memo: Doc.text joined, keys folded afresh."""
    if pin.named_team(t):
        return True
    doc = t.doc
    lo, hi = max(0, t.i - pin.NAME_WINDOW), min(len(doc), t.i + pin.NAME_WINDOW + 1)
    own = strip_determiners(fold_key(doc.text[m.start : m.end]))
    for start in range(lo, t.i + 1):
        for end in range(t.i + 1, hi + 1):
            key = strip_determiners(fold_key(doc[start:end].text))
            if key != own and key in pin.body_names() and pin.geocode(doc[start:end].text) is None:
                return True
    return False


@pytest.mark.parametrize(("sentence", "word", "inside"), PLACES)
def test_in_body_name_memo_answers_as_the_uncached_test(sentence: str, word: str, inside: bool) -> None:
    doc = load_nlp()(sentence)
    t, m = place_mention(doc, word)
    assert uncached(t, m) is inside
    assert pin.in_body_name(t, m) is inside
    assert doc.user_data[pin.IN_NAME_KEY] == {(t.i, m.start, m.end): inside}
    assert pin.in_body_name(t, m) is inside  # asked again: the memo's answer
    fresh = load_nlp()(sentence)  # another Doc of the same text: its own memo, empty at first
    assert pin.IN_NAME_KEY not in fresh.user_data
    assert pin.in_body_name(*place_mention(fresh, word)) is inside


def test_memo_is_keyed_by_place_word_and_mention() -> None:
    doc = load_nlp()("La France insoumise et la France ont parlé.")
    first, second = [t for t in doc if t.text == "France"]
    mentions = find_mentions(doc)
    for t in (first, second):
        m = next(m for m in mentions if m.start <= t.idx < m.end)
        assert pin.in_body_name(t, m) is uncached(t, m)
    assert len(doc.user_data[pin.IN_NAME_KEY]) == 2


@pytest.mark.parametrize("name", ["La France insoumise", "l'Otan", "les Républicains", "Paris", "", "d'"])
def test_name_key_is_the_folded_key_without_determiners(name: str) -> None:
    assert pin.name_key(name) == strip_determiners(fold_key(name))


def test_people_words_are_the_four_lexicons() -> None:
    assert PEOPLE_WORDS == MILITARY_NOUNS | PEOPLE_NOUNS | BODY_NOUNS | ACTING_PEOPLE
    assert {"soldat", "procureur"} & PEOPLE_WORDS


@pytest.mark.parametrize(
    "sentence",
    [
        "Ces derniers temps, les prix ont flambé ; à l'avenir, ils baisseront.",
        "Rien de daté ici, sinon le nom d'une rue.",
        "Le lundi de Pâques, la veille au soir, la Saint-Sylvestre.",
    ],
)
def test_word_triggers_answer_as_a_scan_of_each_word(sentence: str) -> None:
    low = sentence.lower()
    for rule in rules():
        if rule.words is not None:
            assert has_trigger(rule, low) == any(word in low for word in rule.words), rule.name
