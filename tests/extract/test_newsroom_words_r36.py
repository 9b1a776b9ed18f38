"""One list of newsroom nouns (round 36): ``speaker_words.tsv``'s ``newsroom_role`` rows, read by the
announcer rule (a reporter announces no act: ``event_agent_announcer``), the relay frames (a reporter's
incise may relay the words a colon frame gives someone else: ``speech_relay_frames``) and the speaker
descriptions (a definite newsroom noun takes up the reporter named beside a cue: ``speaker_descriptions``,
without the presenter's nouns, ``newsroom_anchor``). Before, the three lists differed by the words of
this table; each row is a word with the decision of each rule. Sentences written for these tests."""

from __future__ import annotations

import pytest
from speech import described, statements
from test_event_constructions import events_of, names

from newsgraph import lexicons
from newsgraph.extract import event_agent_announcer, speaker_descriptions, speech_relay_frames
from newsgraph.extract.context import DocContext
from newsgraph.extract.entities import find_mentions
from newsgraph.model import Document

# (noun with its article, a reporter's name of its gender, the noun takes up that reporter)
WORDS = [
    ("la journaliste", "Léa Roux", True),  # in all three lists before
    ("le présentateur", "Hugo Blanc", False),  # a presenter hands the word to the reporter
    ("la présentatrice", "Léa Roux", False),
    ("le reporteur", "Hugo Blanc", True),
    ("la reporteure", "Léa Roux", True),
    ("le chroniqueur", "Hugo Blanc", True),
    ("la chroniqueuse", "Léa Roux", True),
    ("l'éditorialiste", "Léa Roux", True),
]


def test_the_three_rules_read_one_list():
    words = lexicons.tagged("speaker_words.tsv")
    assert event_agent_announcer.NEWSROOM_NOUNS == words["newsroom_role"]
    assert speech_relay_frames.JOURNALIST_WORDS == words["newsroom_role"]
    assert words["newsroom_anchor"] < words["newsroom_role"]
    assert speaker_descriptions.NEWSROOM_ROLES == words["newsroom_role"] - words["newsroom_anchor"]


@pytest.mark.parametrize(("noun", "name", "takes_up"), WORDS)
def test_a_reporter_announces_no_act(nlp, noun, name, takes_up):
    text = f"Une enquête pour fraude a été ouverte, a indiqué {noun}."
    found = [e for e in events_of(nlp, text) if e.trigger.lower().startswith("enquête")]
    assert found, [(e.type, e.trigger) for e in events_of(nlp, text)]
    assert not names(found[-1], "agent"), found[-1].actors


def context(nlp, text: str) -> DocContext:
    sdoc = nlp(text)
    return DocContext(Document("t", text), sdoc, find_mentions(sdoc), [])


@pytest.mark.parametrize(("noun", "name", "takes_up"), WORDS)
def test_a_reporter_relays_a_colon_frame(nlp, noun, name, takes_up):
    text = (
        "Ce matin, le ministre de la Santé a affirmé : « Les masques resteront obligatoires dans les "
        f"hôpitaux », conclut {noun}."
    )
    ctx = context(nlp, text)
    word = noun.split("'")[-1].split()[-1]
    head = next(t for t in ctx.sdoc if t.lower_ == word)
    assert speech_relay_frames.is_journalist(ctx, head, False)
    found = statements(nlp, text)
    said = [s for s in found if "masques resteront obligatoires" in s.content]
    assert len(said) == 1, described(found)
    assert "ministre" in said[0].speaker.name, described(found)
    assert not said[0].content.startswith("«"), described(found)


@pytest.mark.parametrize(("noun", "name", "takes_up"), WORDS)
def test_a_newsroom_noun_takes_up_the_reporter(nlp, noun, name, takes_up):
    text = (
        f"Nous retrouvons {name}, en direct de Lille. « La grève continue dans les usines de la "
        f"région », précise {noun}."
    )
    found = statements(nlp, text)
    said = [s for s in found if "grève continue" in s.content]
    assert len(said) == 1, described(found)
    assert (said[0].speaker.name == name) is takes_up, described(found)
