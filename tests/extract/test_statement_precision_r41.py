"""Statements that are not statements, and speakers that are wrong (round 41, spk41; issue 14).

- A heading glued to the sentence after it with no stop (the intertitles of web reports: "Des
  rues sous les eaux Dans la nuit, la rivière a débordé …"): a capitalised word that opens
  sentences and is no name ("Dans", "Les", "Selon", "Plusieurs", "En" …), after a lower-case word
  or a number and before a lower-case word, starts the sentence
  (``segmentation.heading_ends_before``); not after an article or a preposition ("à la Une des
  journaux"), nor after a noun a title follows ("le film La vie d'Adèle"), nor before a capital
  ("le journal Le Monde", "La France insoumise"). Round 40 tried the start alone: the parser then
  cut the sentence after it again ("Selon les mutuelles," | "une partie …"), so the tokens after
  the start, up to the next full stop, are marked as no start (``segmentation.sentence_end``).
- The heading's words are then not read into the sentence's statement, nor its noun as the
  sentence's speaker.
- Noticed and left alone (strict xfail): an inverted question after a comma read as an incise, a
  "Pour X," of a beneficiary read as an opinion; their twins (an incise, an opinion, a purpose, a
  time, a question) pass.

Every sentence here was written for these tests (none is taken from an evaluation text).
"""

from __future__ import annotations

import pytest
from speech import described, find, statements

# --- a heading glued with no stop: the sentence after it starts at its opener, and stays whole ---

GLUED = [
    ("Les prix de l'énergie flambent Plusieurs usines réduisent leur production.", "Plusieurs usines"),
    ("Des moyens aériens mobilisés Selon la préfecture, le feu a parcouru 300 hectares.", "Selon la"),
    ("Des remboursements en baisse Selon les assureurs, une partie des frais reste à payer.", "Selon les"),
    ("Prévoir de l'eau En outre, la compagnie a demandé à ses clients de rester prudents.", "En outre"),
    ("Réduire certaines dépenses En mars, la consommation des ménages a reculé.", "En mars"),
    ("Un bilan en hausse depuis 2019 Certains experts s'inquiètent de la tendance.", "Certains experts"),
    ("Une hausse de 12 % Pour les familles, la facture dépasse désormais 200 euros.", "Pour les"),
]

NOT_A_HEADING = [
    # an article, a preposition or a title noun before the capital; a capital after it
    "Le film La vie d'Adèle a marqué le festival.",
    "Le mouvement En marche a changé de nom.",
    "La photo était à la Une des journaux.",
    "Elle a confié au journal Le Monde ses doutes.",
    "Les élus de La France insoumise ont quitté la salle.",
    "Il a été reçu par Le Pen et par Mélenchon.",
    "Elle vit désormais au Havre avec sa famille.",
    "Ils ont rejoint le groupe Les Républicains au Sénat.",
]


@pytest.mark.parametrize(("text", "second"), GLUED)
def test_a_glued_heading_ends_before_its_sentence(nlp, text, second):
    sents = [s.text.strip() for s in nlp(text).sents]
    assert len(sents) == 2, sents
    assert sents[1].startswith(second), sents


@pytest.mark.parametrize("sentence", NOT_A_HEADING)
def test_no_heading_read_before_a_title_a_name_or_after_an_article(nlp, sentence):
    from newsgraph.extract.segmentation import columns, heading_ends_before

    doc = nlp.make_doc(sentence)
    words = columns(doc)
    assert not [doc[i].text for i in range(len(doc)) if heading_ends_before(words, i)]
    assert [s.text for s in nlp(sentence).sents] == [sentence]


# --- the statement of the sentence after a glued heading: its words and its speaker -------------

SAID_AFTER_A_HEADING = [
    (
        "Des remboursements en baisse Selon les assureurs, une partie des frais reste à payer.",
        "assureurs",
        "une partie des frais reste à payer",
    ),
    (
        "Prévoir de l'eau En outre, la compagnie a demandé à ses clients de rester prudents.",
        "compagnie",
        "rester prudents",
    ),
    (
        "Les prix de l'énergie flambent Plusieurs usines réduisent leur production, affirme le patronat.",
        "patronat",
        "Plusieurs usines réduisent leur production",
    ),
    (
        "Réduire certaines dépenses En mars, la consommation des ménages a reculé, selon l'Insee.",
        "Insee",
        "la consommation des ménages a reculé",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "content"), SAID_AFTER_A_HEADING)
def test_the_heading_is_not_read_into_the_statement_after_it(nlp, text, speaker, content):
    found = statements(nlp, text)
    hits = find(found, content)
    assert len(hits) == 1, described(found)
    assert speaker.lower() in hits[0].speaker.name.lower(), described(found)
    heading = text.split(" " + text.split()[0])[0]  # the heading's first word never in the content
    assert not hits[0].content.startswith(heading.split()[0]), described(found)


# a sentence with the same words and a full stop before the opener: nothing changes
TWINS = [
    "Les prix de l'énergie flambent. Plusieurs usines réduisent leur production.",
    "Des moyens aériens ont été mobilisés. Selon la préfecture, le feu a parcouru 300 hectares.",
]


@pytest.mark.parametrize("text", TWINS)
def test_a_stop_before_the_opener_is_cut_as_before(nlp, text):
    sents = [s.text.strip() for s in nlp(text).sents]
    assert len(sents) == 2, sents


def test_a_mark_in_a_name_does_not_end_the_sentence_after_a_heading(nlp):
    text = "Un appel à l'unité Le collectif Debout !, né en mars, réclame une aide pour les bénévoles."
    sents = [s.text.strip() for s in nlp(text).sents]
    assert sents == [
        "Un appel à l'unité",
        "Le collectif Debout !, né en mars, réclame une aide pour les bénévoles.",
    ]


# --- noticed and left alone this round (strict xfail): not statements, still read as such -------

NOT_STATEMENTS = [
    pytest.param(
        "Les loyers se sont envolés cette année, ont-ils trouvé des logements plus abordables ?",
        marks=pytest.mark.xfail(
            strict=True,
            reason="an inverted question after a comma is read as an incise ('ils' as speaker); "
            "none in the read half nor in the fresh range of round 41: not measured",
        ),
    ),
    pytest.param(
        "Pour les clients ayant un abonnement, il est possible de se faire rembourser.",
        marks=pytest.mark.xfail(
            strict=True,
            reason="'Pour X,' of a beneficiary read as the source of an opinion "
            "(speech_selon.pour_candidates, not this helper's side; 13 unmatched vs 65 matched 'Pour X,' "
            "in the read half)",
        ),
    ),
    # a purpose, a time, a question: already no statement
    "Pour cuisiner ou pour se chauffer, y aura-t-il assez de gaz cet hiver ?",
    "Pour pallier la pénurie de soignants, les retraités sont rappelés.",
    "Pour la troisième fois depuis janvier, les agriculteurs bloquent les routes.",
    "Le gouvernement a-t-il promis une aide aux communes ?",
]


@pytest.mark.parametrize("text", NOT_STATEMENTS)
def test_a_question_or_a_purpose_is_no_statement(nlp, text):
    assert not statements(nlp, text), described(statements(nlp, text))


# the negative twins: the same constructions, said
SAID_NOT_ASKED = [
    ("Les loyers se sont envolés cette année, constate l'agence.", "agence"),
    ("Pour le maire, il faut rouvrir la route avant l'été.", "maire"),
]


@pytest.mark.parametrize(("text", "speaker"), SAID_NOT_ASKED)
def test_an_incise_or_an_opinion_stays_a_statement(nlp, text, speaker):
    found = statements(nlp, text)
    assert [s.speaker.name for s in found] == [speaker], described(found)
