"""Sentences cut where the text marks a break, and speakers kept whole (round 40, spk40; issue 14).

- A full stop followed by more than one space, then a capital, ends a sentence
  whatever the parser reads (``segmentation.must_start_here``): a report's lead and its body are
  written so, and the parser read one sentence across them a quarter of the times in the
  development texts, so the body's first speaker ran into the lead. An abbreviation ("M.",
  "J.-L.") is one token with its dot: it never ends a sentence; a lower-case word after the break is
  left to the parser.
- Tried and reverted in round 40, retried in round 41 (test_statement_precision_r41.py): a heading
  glued to the sentence after it with no stop
  ("… un village sous les eaux Dans la nuit, la rivière a débordé …"): a capitalised word that
  opens sentences and is no name ("Dans", "Les", "Selon", "Plusieurs" …), between two lower-case
  words, started the sentence; not after an article or a preposition ("à la Une des journaux"),
  nor after a noun a title follows ("le film La vie d'Adèle", "le mouvement En marche"), nor
  before a capital ("le journal Le Monde", "La France insoumise"). The parser then cut the
  sentence after it again ("Selon les mutuelles," | "une partie …"): reverted. The twins stay.
- What a cut must not touch: a title before a name ("Le président Macron"), a noun and a name
  ("le maire Dupont"), a name after an abbreviation.

Every sentence here was written for these tests (none is taken from an evaluation text).
"""

from __future__ import annotations

import pytest
from speech import described, find, statements, xfail

# --- a full stop, more than one space (a line break: the parser's), a capital: a new sentence ---

CUT = [
    ("Le ministre a présenté son plan mardi.  Selon lui, les prix baisseront en juin.", "Selon lui"),
    ("Les pompiers sont restés toute la nuit.  À l'aube, le feu était fixé.", "À l'aube"),
    ("Qui paiera la facture ?  Le gouvernement promet une aide aux communes.", "Le gouvernement"),
    # a line break: the parser's own cut (must_start_here leaves it alone)
    ("La grève continue.\nLes syndicats appellent à manifester jeudi.", "Les syndicats"),
    ("« Nous resterons ici. »  Les habitants refusent de partir malgré la crue.", "Les habitants"),
    ("Le froid arrive enfin !   Des records sont attendus dans l'Est.", "Des records"),
]

GLUED = [
    # the parser cuts these itself; the rows the round-41 rule is needed for (forced start, no start
    # after it up to the full stop) are in test_statement_precision_r41.GLUED, with a stricter check
    ("Un village sous les eaux Dans la nuit, la rivière a débordé sur les champs.", "Dans la nuit"),
    ("La colère des agriculteurs Les syndicats appellent à bloquer les routes.", "Les syndicats"),
    ("Une rentrée sous tension L'inquiétude grandit chez les enseignants.", "L'inquiétude"),
]

NOT_MARKED = [
    # a glued heading is not read before an article, a title noun or a capital
    "Le film La vie d'Adèle a marqué le festival.",
    "Le mouvement En marche a changé de nom.",
    "La photo était à la Une des journaux.",
    "Elle a confié au journal Le Monde ses doutes.",
    "Les élus de La France insoumise ont quitté la salle.",
    "Il travaille au centre commercial Le Tampon depuis vingt ans.",
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
    "Le film La vie d'Adèle a marqué le festival de Cannes.",
    "Elle a confié au journal Le Monde ses doutes sur la réforme.",
    "Le président Macron a reçu le maire Dupont à l'Élysée.",
    "Selon M. Dupont, le maire de la ville, la route rouvrira lundi.",
    "J.-L. Martin, le porte-parole du club, a démenti toute vente.",
]


@pytest.mark.parametrize(("text", "second"), CUT)
def test_a_marked_break_starts_a_sentence(nlp, text, second):
    sents = [s.text.strip() for s in nlp(text).sents]
    assert next(s for s in sents if second in s).startswith(second), sents


@pytest.mark.parametrize(("text", "second"), GLUED)
def test_a_heading_glued_without_a_stop_ends_before_the_sentence(nlp, text, second):
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
    (
        "Des rues entières sous les eaux Les commerçants ont tout perdu, raconte Paul Martin.",
        "Paul Martin",
        "Les commerçants ont tout perdu",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "content"), SPEAKERS)
def test_the_body_speaker_is_found_after_a_marked_break(nlp, text, speaker, content):
    found = statements(nlp, text)
    hits = find(found, content)
    assert len(hits) == 1, described(found)
    assert speaker.lower() in hits[0].speaker.name.lower(), described(found)
    assert "ambiance" not in hits[0].content, described(found)


# --- a speaker span over a verb the tagger read as a noun: not fixed this round ---------------
# The census of round 40 found one such speaker among the 2,700 statements of the read half
# ("habitants manifestent") and none among the speakers given the wrong words (the gold speaker is
# a part of the span, so it still matches): the rows stay strict xfail.

SPANS_OVER_A_VERB = [
    xfail(
        "verb-read-as-an-adjective",
        "Le maire dément les rumeurs de fermeture de l'usine.",
        "maire",
        reason="'dément' read as an adjective: the span runs to the object (1 such speaker in the read half)",
    ),
    xfail(
        "first-of-two-verbs",
        "Le maire visite l'école et affirme que les travaux seront finis en mai.",
        "maire",
        reason="the subject of the second verb is read over the first verb and its object",
    ),
]

SPEAKERS_KEPT_WHOLE = [
    ("title-before-name", "Le président Macron estime que la réforme est nécessaire.", "Macron"),
    ("noun-before-name", "Le maire Dupont affirme que les travaux seront finis en mai.", "Dupont"),
    ("abbreviation", "Selon M. Dupont, le maire de la ville, la route rouvrira lundi.", "M. Dupont"),
    ("initials", "J.-L. Martin, le porte-parole du club, a démenti toute vente.", "J.-L. Martin"),
]


@pytest.mark.parametrize(("case", "text", "speaker"), SPANS_OVER_A_VERB)
def test_a_speaker_span_stops_before_the_verb(nlp, case, text, speaker):
    found = statements(nlp, text)
    assert [s.speaker.name for s in found] == [speaker], described(found)


@pytest.mark.parametrize(("case", "text", "speaker"), SPEAKERS_KEPT_WHOLE)
def test_a_title_a_noun_or_an_abbreviation_stays_in_the_speaker(nlp, case, text, speaker):
    found = statements(nlp, text)
    assert [s.speaker.name for s in found] == [speaker], described(found)
