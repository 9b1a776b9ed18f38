"""Round 37's statement-side speed work answers as the long way did.

``incise_after_quote`` is asked about the same quote by four rules (the incises, the introduced quotes,
the speech nouns' quotes, free indirect speech): it is answered once per Doc and quote end
(``context.per_doc``), the same incise the function finds alone, and a Doc parsed again has its own.
The unquoted incises start from the commas of the token table grouped by sentence
(``commas_by_sentence``): the same commas, in the same sentences, as a walk over ``doc.sents``."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc

from newsgraph.extract.attribution import Incise, incise_after_quote
from newsgraph.extract.context import doc_text, per_doc
from newsgraph.extract.speech_quotes import doc_quotes
from newsgraph.extract.speech_unquoted import commas_by_sentence

MEMO = "newsgraph.incise_after_quote"

TEXTS = [
    "« Nous ne fermerons pas la maternité cet hiver », a assuré le directeur de l'hôpital.",
    "« Le chantier reprendra lundi », estime-t-elle. « Les ouvriers sont prêts », ajoute la maire.",
    "« On ne lâchera rien », assure un syndicaliste, « la grève continue jusqu'à vendredi ».",
    "« Les prix montent », « les salaires stagnent » : les deux slogans ouvraient le cortège.",
    "Le ministre l'a répété : « aucune hausse d'impôt ne sera votée cette année ».",
    "« Pourquoi attendre encore ? » s'interroge le président du club de rugby.",
    "Un « projet fou » selon ses opposants, qui dénoncent son coût.",
    "Le texte dit « non » et la mairie « peut-être ».",
    "Il pleut sur Brest depuis mardi.",
    "",
]


def seen(found: Incise | None) -> tuple[Any, ...] | None:
    """What an incise says, by token positions (Tokens are made afresh at each read)."""
    if found is None:
        return None
    document = (found.document.start, found.document.end) if found.document is not None else None
    subject = found.subject.i if found.subject is not None else None
    return found.verb.i, found.entry, subject, found.end, document


@pytest.mark.parametrize("text", TEXTS)
def test_incise_after_quote_is_read_once_per_quote(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    ends = [qe for _, qe in doc_quotes(doc)]
    alone = [seen(incise_after_quote.__wrapped__(doc, qe)) for qe in ends]  # type: ignore[attr-defined]
    assert MEMO not in doc.user_data
    first = [incise_after_quote(doc, qe) for qe in ends]
    assert [seen(f) for f in first] == alone
    assert all(incise_after_quote(doc, qe) is f for qe, f in zip(ends, first, strict=True))  # kept
    assert len(doc.user_data.get(MEMO, {})) == len(set(ends))
    again = nlp(text)
    assert MEMO not in again.user_data  # a Doc parsed again has its own
    assert [seen(incise_after_quote(again, qe)) for qe in ends] == alone


def test_some_quote_has_an_incise_and_some_has_none(nlp) -> None:  # type: ignore[no-untyped-def]
    """The table holds both answers (else the rows above could not tell a wrong memo)."""
    found = [seen(incise_after_quote(d, qe)) for d in map(nlp, TEXTS) for _, qe in doc_quotes(d)]
    assert any(f is None for f in found)
    assert any(f is not None for f in found)


def test_per_doc_answers_once_per_doc_and_arguments(nlp) -> None:  # type: ignore[no-untyped-def]
    calls: list[tuple[int, int, str]] = []

    @per_doc("test.per_doc")
    def word_at(doc: Doc, i: int, case: str = "lower") -> str:
        calls.append((id(doc), i, case))
        return doc[i].lower_ if case == "lower" else doc[i].text

    doc, other = nlp("Le Maire parle."), nlp("Le Maire parle.")
    assert [word_at(doc, 1), word_at(doc, 1), word_at(doc, 2)] == ["maire", "maire", "parle"]
    assert len(calls) == 2  # the second question about token 1 was answered from the memo
    assert word_at(doc, 1, case="text") == "Maire"  # other arguments: asked again
    assert word_at(other, 1) == "maire"  # another Doc: its own memo
    assert len(calls) == 4
    assert set(doc.user_data["test.per_doc"]) == {((1,), ()), ((2,), ()), ((1,), (("case", "text"),))}


SENTENCES = [
    "Le chantier a pris du retard, reconnaît le maire, qui promet une réouverture en juin.",
    "Oui, bien sûr. Les travaux, eux, avancent, assure la préfète, avant l'été.",
    "Un, deux, trois.",
    "Sans virgule ici. Ni là.",
    "",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_commas_by_sentence_are_those_of_a_walk_over_the_sentences(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    walk = [
        ((s.start, s.end), commas)
        for s in doc.sents
        if (commas := [t.i for t in s if t.text == "," and t.i > s.start + 2])
    ]
    found = [((s.start, s.end), commas) for s, commas in commas_by_sentence(doc, doc_text(doc))]
    assert found == walk
