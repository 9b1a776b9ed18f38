"""Sentences cut where the text marks a break, and speakers kept whole (round 40, spk40; issue 14).

- A full stop followed by more than one space or a line break, then a capital, ends a sentence
  whatever the parser reads (``segmentation.must_start_here``): a report's lead and its body are
  written so, and the parser read one sentence across them a quarter of the times in the
  development texts, so the body's first speaker ran into the lead. An abbreviation ("M.",
  "J.-L.") is one token with its dot: it never ends a sentence; a lower-case word after the break is
  left to the parser.
- What a cut must not touch: a title before a name ("Le président Macron"), a noun and a name
  ("le maire Dupont"), a name after an abbreviation.

Every sentence here was written for these tests (none is taken from an evaluation text).
"""

from __future__ import annotations

import pytest
from speech import described, find, statements

# --- a full stop, more than one space or a line break, a capital: a new sentence ---------------

CUT = [
    ("Le ministre a présenté son plan mardi.  Selon lui, les prix baisseront en juin.", "Selon lui"),
    ("Les pompiers sont restés toute la nuit.  À l'aube, le feu était fixé.", "À l'aube"),
    ("Qui paiera la facture ?  Le gouvernement promet une aide aux communes.", "Le gouvernement"),
    ("La grève continue.\nLes syndicats appellent à manifester jeudi.", "Les syndicats"),
    ("« Nous resterons ici. »  Les habitants refusent de partir malgré la crue.", "Les habitants"),
    ("Le froid arrive enfin !   Des records sont attendus dans l'Est.", "Des records"),
]

NOT_MARKED = [
    # an abbreviation is one token with its dot, whatever the spaces after it
    "Selon M.  Dupont, la route rouvrira lundi.",
    "J.-L.  Martin, le porte-parole, a démenti.",
    # a lower-case word after the break is left to the parser
    "Il est parti à dix heures.  puis il est revenu.",
    # one space after the stop: the parser's business, as before
    "Le maire a parlé. Les habitants ont applaudi.",
    # spaces without a stop before them
    "Le maire Dupont  Les habitants",
]

ONE_SENTENCE = [
    "Le président Macron a reçu le maire Dupont à l'Élysée.",
    "Selon M. Dupont, le maire de la ville, la route rouvrira lundi.",
    "J.-L. Martin, le porte-parole du club, a démenti toute vente.",
]


@pytest.mark.parametrize(("text", "second"), CUT)
def test_a_marked_break_starts_a_sentence(nlp, text, second):
    sents = [s.text.strip() for s in nlp(text).sents]
    assert next(s for s in sents if second in s).startswith(second), sents


@pytest.mark.parametrize("text", NOT_MARKED)
def test_no_start_forced_without_a_full_stop_and_a_break(nlp, text):
    from newsgraph.extract.segmentation import columns, must_start_here

    doc = nlp.make_doc(text)
    words = columns(doc)
    assert not [doc[i].text for i in range(len(doc)) if must_start_here(words, i)]


@pytest.mark.parametrize("sentence", ONE_SENTENCE)
def test_titles_names_and_abbreviations_stay_in_their_sentence(nlp, sentence):
    assert [s.text for s in nlp(sentence).sents] == [sentence]


# --- the speaker of the body is not looked for in the lead -------------------------------------

SPEAKERS = [
    (
        "Notre envoyée spéciale nous raconte l'ambiance à Kiev.  Après la nuit d'alerte, "
        "les habitants tentent de reprendre une vie normale, explique Claire Dubois.",
        "Claire Dubois",
        "les habitants tentent de reprendre une vie normale",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "content"), SPEAKERS)
def test_the_body_speaker_is_found_after_a_marked_break(nlp, text, speaker, content):
    found = statements(nlp, text)
    hits = find(found, content)
    assert len(hits) == 1, described(found)
    assert speaker.lower() in hits[0].speaker.name.lower(), described(found)
    assert "ambiance" not in hits[0].content, described(found)
