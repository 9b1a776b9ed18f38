"""Statement precision (round 26b): a belief narrated in the past is no statement. "Penser" and
"croire" in the imperfect or a compound past, with an infinitive or a "ce que" and no "que" clause,
tell what someone believed before the facts said otherwise ("la famille pensait faire des
économies", "le chasseur avait cru voir un cerf"), not words anyone said. A present belief with an
infinitive ("le ministre pense pouvoir conclure") and a past one with its "que" clause still report
a view.

A "que" after "plutôt" compares two choices and opens no reported clause ("préfèrent payer la note
plutôt que de perdre leurs clients"): a verb that reports only a "que" clause ("préférer") then
reports nothing, and a reported infinitive keeps its whole comparison ("souhaite fermer le site
plutôt que de le vendre"), not its second half. "Estime plutôt que <clause>" still reports the clause.

Every sentence here was written for these tests (none is taken from an evaluation text). A row of
``NO_STATEMENT`` is (id, text, content part): no statement may hold the content part. A row of
``STILL_STATEMENT`` is (id, text, speaker part, content part, direct): exactly one statement holds
the content part, said by a speaker whose name holds the speaker part.
"""

from __future__ import annotations

import pytest
from speech import check_construction, described, find, statements

NO_STATEMENT = [
    (
        "pensait-infinitive",
        "Cette famille pensait faire des économies en changeant de chaudière, mais la facture a doublé.",
        "faire des économies",
    ),
    (
        "pensaient-pouvoir",
        "Les viticulteurs pensaient pouvoir vendanger en septembre, mais la grêle a tout détruit.",
        "vendanger en septembre",
    ),
    (
        "croyait-compound-infinitive",
        "Ce commerçant croyait avoir trouvé la bonne affaire, mais la facture a doublé.",
        "trouvé la bonne affaire",
    ),
    (
        "avait-cru",
        "Le chasseur avait cru apercevoir un cerf dans la brume.",
        "apercevoir un cerf",
    ),
    (
        "a-cru",
        "La retraitée a cru mourir pendant l'incendie de sa maison.",
        "mourir pendant l'incendie",
    ),
    (
        "ce-que-pensait",
        "Un jardin, du calme, l'endroit rêvé pour des enfants. C'est ce que pensait Julie Martin en "
        "achetant une maison en 2018.",
        "l'endroit rêvé",
    ),
    (
        "prefere-plutot-que-de",
        "Certains commerçants préfèrent payer la note plutôt que de perdre leurs clients.",
        "perdre leurs clients",
    ),
    (
        "prefere-plutot-que-np",
        "Beaucoup d'usines ont préféré payer des amendes plutôt que des travaux de mise aux normes.",
        "travaux de mise aux normes",
    ),
]

STILL_STATEMENT = [
    (
        "pense-present-infinitive",
        "Le ministre pense pouvoir conclure un accord avant l'été.",
        "ministre",
        "conclure un accord",
        False,
    ),
    (
        "croit-present-infinitive",
        "Le ministre croit pouvoir réduire le déficit dès l'an prochain.",
        "ministre",
        "réduire le déficit",
        False,
    ),
    (
        "pensait-que",
        "Le maire pensait que la route rouvrirait en mai.",
        "maire",
        "la route rouvrirait",
        False,
    ),
    (
        "a-cru-que",
        "Le maire a cru que la digue tiendrait.",
        "maire",
        "la digue tiendrait",
        False,
    ),
    (
        "pensais-in-quote",
        "« Je pensais pouvoir rentrer chez moi dès lundi », confie une habitante du quartier.",
        "habitante",
        "rentrer chez moi",
        True,
    ),
    (
        "estime-plutot-que-clause",
        "Le syndicat estime plutôt que la réforme doit être retirée.",
        "syndicat",
        "la réforme doit être retirée",
        False,
    ),
    (
        "souhaite-infinitive-plutot-que",
        "La direction souhaite fermer le site plutôt que de le vendre à un concurrent.",
        "direction",
        "fermer le site plutôt que de le vendre",
        False,
    ),
]


@pytest.mark.parametrize(("name", "text", "content"), NO_STATEMENT, ids=[r[0] for r in NO_STATEMENT])
def test_no_statement(nlp, name, text, content):
    found = statements(nlp, text)
    assert not find(found, content), described(found)


@pytest.mark.parametrize(
    ("name", "text", "speaker", "content", "direct"), STILL_STATEMENT, ids=[r[0] for r in STILL_STATEMENT]
)
def test_still_statement(nlp, name, text, speaker, content, direct):
    check_construction(nlp, text, speaker, content, direct)


def test_past_belief_with_a_que_clause_under_any_label(nlp):
    """A past belief that governs a "que" clause reports a view whatever label the parser gives the
    clause: in a long document the clause of "pensaient que …" may hang as "dep", not "ccomp"."""
    from spacy.tokens import Doc

    from newsgraph.extract.speech_mood import past_belief

    words = ["Certains", "pensaient", "que", "le", "retrait", "serait", "un", "avantage", "."]
    heads = [1, 1, 7, 4, 7, 7, 7, 1, 1]
    deps = ["nsubj", "ROOT", "mark", "det", "nsubj", "cop", "det", "dep", "punct"]
    morphs = ["", "Mood=Ind|Tense=Imp|VerbForm=Fin", "", "", "", "", "", "", ""]
    lemmas = ["certain", "penser", "que", "le", "retrait", "être", "un", "avantage", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, morphs=morphs, lemmas=lemmas)
    assert not past_belief(doc[1])
    doc = Doc(
        nlp.vocab,
        words=["Il", "pensait", "gagner", "."],
        heads=[1, 1, 1, 1],
        deps=["nsubj", "ROOT", "xcomp", "punct"],
        morphs=["", "Mood=Ind|Tense=Imp|VerbForm=Fin", "VerbForm=Inf", ""],
        lemmas=["il", "penser", "gagner", "."],
    )
    assert past_belief(doc[1])
