"""The event stage's shortcuts of round 34 (spd34) answer as the work they replace: a body's name
around a place word looked for only at the ends a name can end in (``last_word``), with a word glued
to the one before it ("10km") read as the span reads it; an earlier trigger taken up found from the
parts of speech of the token table; the candidate words read from the columns part of speech first;
a name said with where it lies read from the text joined once."""

from __future__ import annotations

import pytest

from newsgraph.extract import event_place_in_names as pin
from newsgraph.extract.context import Mention
from newsgraph.extract.entities import find_mentions
from newsgraph.extract.event_agents import ANAPHOR_SENTENCES, DEFINITES, DEMONSTRATIVES, kin, taken_up
from newsgraph.extract.event_parse import MentionIndex, sentences_back
from newsgraph.extract.event_place_nearby import owner_mention
from newsgraph.extract.event_triggers import NOMINAL_POS, TRIGGER_POS, match_trigger, trigger_rows
from newsgraph.extract.pipeline import load_nlp
from newsgraph.extract.tokens import tokens
from newsgraph.names import fold_key

# sentences of our own: bodies named around a place, places alone, words glued to the one before
SENTENCES = [
    "La France insoumise a tenu un meeting à Lyon samedi, avec les élus de l'Assemblée nationale.",
    "Europe Écologie-Les Verts et la Confédération générale du travail ont manifesté à Paris.",
    "La Banque centrale européenne a relevé ses taux à Francfort, a dit la Commission européenne.",
    "Il a couru 10km à Lyon-Est avant la mi-temps, puis il est reparti vers Marseille.",
    "Les États-Unis d'Amérique et l'Alliance atlantique ont parlé de l'Ukraine à Bruxelles.",
    "À 20h, le journal de France 2 a ouvert sur la COP27 à Charm el-Cheikh.",
]


def scanned(t, m) -> bool:  # type: ignore[no-untyped-def]
    """``_in_longer_name`` as it was before its gate: every span of the window folded and looked up."""
    doc = t.doc
    lo, hi = max(0, t.i - pin.NAME_WINDOW), min(len(doc), t.i + pin.NAME_WINDOW + 1)
    own = pin.name_key(doc.text[m.start : m.end])
    for start in range(lo, t.i + 1):
        for end in range(t.i + 1, hi + 1):
            words = doc[start:end].text
            if (key := pin.name_key(words)) != own and key in pin.body_names() and pin.geocode(words) is None:
                return True
    return False


def word_cases(sentence: str) -> list:  # type: ignore[type-arg]
    """Every word of the sentence as a place word, its mention the word itself."""
    doc = load_nlp()(sentence)
    return [
        (t, Mention(t.idx, t.idx + len(t.text), t.text, "LOC", t.lower_, t.text)) for t in doc if t.is_alpha
    ]


# the lexicon's names, and names of our own that end in a word glued to the one before ("10km")
MADE_UP = frozenset({"couru-10km", "france-2", "la-cop27", "lyon-est", "journal-de-france"})


@pytest.mark.parametrize("names", [None, MADE_UP], ids=["lexicon", "made-up"])
@pytest.mark.parametrize("sentence", SENTENCES)
def test_longer_name_gate_answers_as_the_scan(sentence: str, names, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    if names is not None:
        monkeypatch.setattr(pin, "body_names", lambda: names)
        monkeypatch.setattr(pin, "name_ends", lambda: frozenset(k.rsplit("-", 1)[-1] for k in names))
    cases = word_cases(sentence)
    answers = [pin._in_longer_name(t, m) for t, m in cases]
    assert answers == [scanned(t, m) for t, m in cases]


def test_the_gate_is_asked_of_names_it_finds() -> None:
    """Not a test that cannot fail: the sentences hold names the gate must let through."""
    found = {t.text for s in SENTENCES for t, m in word_cases(s) if pin._in_longer_name(t, m)}
    assert {"France", "Alliance"} <= found


def test_glued_words_are_found_with_made_up_names(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(pin, "body_names", lambda: MADE_UP)
    monkeypatch.setattr(pin, "name_ends", lambda: frozenset(k.rsplit("-", 1)[-1] for k in MADE_UP))
    cases = word_cases(SENTENCES[3])
    assert {t.text for t, m in cases if pin._in_longer_name(t, m)} >= {"couru", "km"}


@pytest.mark.parametrize(
    ("form", "before", "last"),
    [
        ("insoumise", " ", ("insoumise", False)),
        ("km", "0", ("km", True)),  # "10km": the span's last word is "10km"
        ("Est", "-", ("est", False)),
        ("l'Otan", " ", ("otan", False)),  # two parts: the last one is the form's own
        ("27e", "P", ("27e", True)),
        ("’hui", "d", ("hui", False)),  # starts with no letter: nothing glued
        (".", "s", (None, False)),  # no letter nor digit: the span's last word is before it
        ("Écologie", "", ("ecologie", False)),  # the Doc's first word
    ],
)
def test_last_word(form: str, before: str, last: tuple[str | None, bool]) -> None:
    assert pin.last_word(form, before) == last
    if last[0] is not None:
        assert fold_key(form).endswith(last[0])


def walked_taken_up(token, trig, mentions):  # type: ignore[no-untyped-def]
    """``taken_up`` as it was: a Token made and asked its part of speech for each word walked back."""
    if token.pos_ != "NOUN":
        return None
    det = next((c for c in token.children if c.dep_ == "det"), None)
    if det is None or det.lower_ not in DEMONSTRATIVES | DEFINITES:
        return None
    if det.lower_ in DEFINITES and any(c.dep_ in {"nmod", "amod", "acl"} for c in token.children):
        return None
    doc = token.doc
    for t in reversed(doc[sentences_back(token, ANAPHOR_SENTENCES) : token.i]):
        if t.pos_ not in TRIGGER_POS:
            continue
        found = match_trigger(t, mentions)
        if found is not None and (
            found.type == trig.type or (det.lower_ in DEMONSTRATIVES and kin(found.type, trig.type))
        ):
            return t
    return None


TAKEN_UP = [
    "L'Union européenne a adopté des sanctions contre Moscou. Ces sanctions visent des banques.",
    "Les Russes ont bombardé la ville. Ces frappes ont fait trois morts, selon le maire.",
    "Les syndicats ont appelé à la grève jeudi. La grève a été suivie dans les écoles.",
]


@pytest.mark.parametrize("text", TAKEN_UP)
def test_taken_up_answers_as_the_walk(text: str) -> None:
    doc = load_nlp()(text)
    mentions = MentionIndex(doc, find_mentions(doc))
    pairs = [(t, trig) for t in doc if (trig := match_trigger(t, mentions)) is not None]
    found = [taken_up(t, trig, mentions) for t, trig in pairs]
    assert found == [walked_taken_up(t, trig, mentions) for t, trig in pairs]
    assert any(f is not None for f in found)  # each text takes up an earlier act


@pytest.mark.parametrize("text", [*SENTENCES, *TAKEN_UP])
def test_candidates_are_the_zipped_columns(text: str) -> None:
    doc = load_nlp()(text)
    table = tokens(doc)
    zipped = [
        i
        for i, (p, lem, low) in enumerate(zip(table.pos, table.lemma, table.lower, strict=True))
        if p in TRIGGER_POS and trigger_rows(lem, low, p not in NOMINAL_POS)
    ]
    indexed = [
        i
        for i, p in enumerate(table.pos)
        if p in TRIGGER_POS and trigger_rows(table.lemma[i], table.lower[i], p not in NOMINAL_POS)
    ]
    assert indexed == zipped


OWNED = [
    ("Une explosion a eu lieu à Oppau, en Allemagne.", "Oppau", "Oppau"),
    ("Un accident à Milton Keynes, en Angleterre, a fait deux morts.", "Keynes", "Milton Keynes"),
]


@pytest.mark.parametrize(("text", "word", "name"), OWNED)
def test_owner_mention_reads_the_text_once(text: str, word: str, name: str) -> None:
    doc = load_nlp()(text)
    mentions = MentionIndex(doc, find_mentions(doc))
    m = owner_mention(next(t for t in doc if t.text == word), mentions)
    assert m is not None and m.text == m.name == doc.text[m.start : m.end] == name
