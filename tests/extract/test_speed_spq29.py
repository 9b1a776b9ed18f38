"""Round 29 speed work (spq29): what was made faster answers as before, and no cache answers for
another document or another context.

``topics._search`` tries a topic's labels only where one of their literal starts is (instead of a
``search`` of the whole alternation from the first such place): it must find the same label as the
plain search, including when a start occurs inside a word or overlaps another start. The speech
verbs ``timex_dating`` dates statements by are found once per Doc (``doc.user_data``): two
documents sharing a sentence at other token positions and under other dates get their own dates."""

from __future__ import annotations

import pytest

from newsgraph.extract import topics
from newsgraph.extract.negotiation import SEPARATORS, normalized
from newsgraph.extract.negotiation_senses import CLAIM, PARTY, wage_claims
from newsgraph.extract.negotiation_terms import unaccent
from newsgraph.extract.pipeline import extract
from newsgraph.model import Document, TimeValue
from newsgraph.names import fold

SENTENCES = [
    # (sentence, the topics its labels give)
    ("Un bombardement a fait deux morts et des blessés dans la nuit.", {"military_action", "casualties"}),
    ("Les frappes aériennes ont repris sur la ville.", {"military_action"}),
    ("L'offensive a été repoussée, selon l'état-major.", {"military_action"}),
    # starts inside words before the label ("mortier" is not "mort", "aidant" not "aide")
    ("Le mortier du maçon aidant, le mur tient ; il est mort hier.", {"casualties"}),
    ("Aucune aide n'est arrivée au village.", {"aid"}),
    ("La livraison de blé a été retardée par la tempête.", {"aid"}),
    ("Des enquêteurs documentent des crimes de guerre à Boutcha.", {"war_crimes"}),
    ("La centrale nucléaire inquiète les habitants.", {"nuclear_threat"}),
    ("Le maire a ouvert la réunion du conseil municipal.", set()),
    ("Contre toute attente, la contre-offensive a commencé.", {"military_action"}),
    ("Crime de guerre ou crime ordinaire ? La justice tranchera.", {"war_crimes"}),
    ("Les victimes de la torture témoignent.", {"casualties", "war_crimes"}),
    ("", set()),
]


def _plain_search(name: str, folded: str) -> str | None:
    """The label the whole alternation finds first (what ``_search`` did before)."""
    m = topics.load_lexicon()[name].search(folded)
    return m.group() if m is not None else None


@pytest.mark.parametrize(("sentence", "expected"), SENTENCES)
def test_search_finds_the_plain_searchs_label(sentence, expected):
    folded = fold(sentence)
    found = {name: topics._search(name, folded) for name in topics.load_lexicon()}
    assert found == {name: _plain_search(name, folded) for name in topics.load_lexicon()}
    assert {name for name, word in found.items() if word is not None} == expected


@pytest.mark.parametrize(("sentence", "expected"), SENTENCES)
def test_topic_evidence_keeps_its_answers(sentence, expected):
    assert set(topics.topic_evidence(sentence)) == expected


STATEMENT = "Les discussions ont repris ce matin."
CONTEXTS = [
    # (context, the statement's topics): the same words, cached, read with each context
    ("Les syndicats et la direction négocient les salaires.", {"negotiation", "labour_negotiation"}),
    ("", set()),
    ("Moscou et Kiev négocient un cessez-le-feu.", {"negotiation", "diplomatic_negotiation"}),
    ("Les syndicats et la direction négocient les salaires.", {"negotiation", "labour_negotiation"}),
]


def test_topic_cache_answers_for_each_context():
    assert [set(topics.topic_evidence(STATEMENT, context)) for context, _ in CONTEXTS] == [
        expected for _, expected in CONTEXTS
    ]


SHARED = (
    "Le ministre Paul Renard a déclaré mardi que la réforme serait votée. "
    "« Nous irons jusqu'au bout », a ajouté Paul Renard."
)


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_speech_verbs_are_found_per_document(nlp, order):
    """The continued speech act ("a ajouté") takes the date of the dated one ("a déclaré mardi"),
    each document's own: the memo of a document's speech verbs is not another's (other token
    positions: a sentence in front of one of them)."""
    docs = [
        Document("a", SHARED, published=TimeValue("2022-03-10", "day")),
        Document(
            "b",
            "Le débat a duré toute la nuit à l'Assemblée. " + SHARED,
            published=TimeValue("2024-06-14", "day"),
        ),
    ]
    found = {x.document.id: x for x in extract([docs[i] for i in order], nlp)}
    dates = {doc_id: sorted({s.date.value for s in x.statements if s.date}) for doc_id, x in found.items()}
    assert dates == {"a": ["2022-03-08"], "b": ["2024-06-11"]}


CLAIMS = [
    # (sentence, the wage claims found): a party of labour and a claimed rise, or nothing
    ("Les syndicats réclament une hausse de salaire de 5 %.", ["reclament une hausse de salaire"]),
    ("Les grévistes exigent une augmentation de leur salaire.", ["exigent une augmentation de leur salaire"]),
    ("Le candidat demande une revalorisation des salaires.", []),  # no party of labour
    ("Les syndicats réclament des moyens pour l'hôpital.", []),  # no rise claimed
    ("Les cheminots veulent la hausse des effectifs.", []),  # a rise, no claim of pay
]


@pytest.mark.parametrize(("sentence", "expected"), CLAIMS)
def test_wage_claims_as_the_plain_scans(sentence, expected):
    folded = normalized(sentence)
    plain = [m.group() for m in CLAIM.finditer(folded)] if PARTY.search(folded) else []
    assert [w for w, _, _ in wage_claims(folded)] == plain == expected


@pytest.mark.parametrize(
    "text", ["Cessez-le-feu\u00a0:  les pourparlers\n reprennent", "ÉCHANGES - İzmir", ""]
)
def test_separators_joined_before_or_after_lowercasing(text):
    """``read_zone`` joins the separators of the accent-free text, then lowercases it: the same
    text as ``normalized`` (which lowercases first)."""
    assert SEPARATORS.sub(" ", unaccent(text)).lower() == normalized(text)


def test_act_dates_follow_the_list_of_times(nlp):
    """A continued act takes the date of the act it goes on with, read from the list of times given:
    the same Doc asked with another list (another publication date) answers for that list (what a
    memo of the dates kept with the Doc must keep to: ``lead_story_day``'s does)."""
    from newsgraph.extract import timex

    sdoc = nlp(SHARED)
    cue = next(t.i for t in sdoc if t.text == "ajouté")
    answers = []
    for day in ("2022-03-10", "2024-06-14", "2022-03-10"):
        anchor = TimeValue(day, "day")
        times = timex.dated(timex.find_times(SHARED, anchor, "d", sdoc))
        answers.append(timex.statement_date(sdoc, cue, times, anchor)[0])
    assert answers == [
        TimeValue("2022-03-08", "day"),
        TimeValue("2024-06-11", "day"),
        TimeValue("2022-03-08", "day"),
    ]
