"""The group a plural subject pronoun of reported speech takes up when no speaker, role subject or
group object before it answers: the last plural noun of people that is the subject of a clause in
the pronoun's own sentence before it or in the two narration sentences before (a sentence whose
subject is the pronoun itself, or a piece cut at a colon, hands the search on)
("Alors que les soldats avancent, ils ne croient pas à …"; "Les éleveurs ont une priorité : nourrir
leurs bêtes. Ils redoutent …"), or a sentence's root the parser made of such a subject with its verb
hung below it ("Les salariés débrayent devant l'usine. Ils se disent …": "débrayent" read as an
``acl`` of "salariés"). "elles" takes up no group of men, "ils" none of women only. Used by
:func:`newsgraph.extract.speech_speakers.resolve_pronoun` last, for "ils" and "elles"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsgraph.extract.context import DocContext
from newsgraph.extract.entities import is_role
from newsgraph.extract.speaker_antecedents import phrase_gender
from newsgraph.extract.speaker_nouns import speaker_kind
from newsgraph.extract.speech_quotes import doc_quotes, inside_quote

SENTENCES_BACK = 2  # narration sentences before the pronoun's own that are searched
MAX_SENTENCES = 4  # sentences before the own one, hands-on ones included
SUBJECTS = {"nsubj", "nsubj:pass"}


def plural_subject_before(ctx: DocContext, at: int, pronoun: str) -> Token | None:
    """The head noun of the group "ils" / "elles" at ``at`` stands for, or None."""
    if pronoun not in {"ils", "elles"}:
        return None
    doc = ctx.sdoc
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None:
        return None
    pron = span[0]
    quotes = doc_quotes(doc)
    parts: list[Span] = [doc[pron.sent.start : pron.i]]
    sent, counted = pron.sent, 0
    while counted < SENTENCES_BACK and len(parts) <= MAX_SENTENCES and sent.start > 0:
        sent = doc[sent.start - 1].sent
        if "\n" in doc[sent.end - 1].text or "\n" in doc[sent.end - 1].whitespace_:
            break  # a paragraph break ends the search
        parts.append(sent)
        counted += 0 if hands_on(sent, pronoun) else 1
    for part in parts:
        for tok in reversed(part):
            if inside_quote(quotes, tok.idx) or not group_subject(tok):
                continue
            gender = phrase_gender(tok, next((c for c in tok.children if c.dep_ == "det"), None))
            if gender and ("elle" in pronoun) != ("Fem" in gender):
                continue
            return tok
    return None


def hands_on(sent: Span, pronoun: str) -> bool:
    """A sentence that does not count in the search: one whose subject is the pronoun itself ("Ils
    ont encore trois semaines …"), or a piece the parser cut at a colon ("… une priorité :
    moissonner vite.")."""
    if any(t.lower_ == pronoun and t.dep_ in SUBJECTS for t in sent):
        return True
    before = sent.doc[sent.start - 1] if sent.start > 0 else None
    return before is not None and before.text == ":"


def group_subject(tok: Token) -> bool:
    """A plural noun of people (a role, a trade, a group: "les agriculteurs", "les salariés") that is
    a clause's subject, or the root the parser made of a subject with its verb hung below it."""
    if tok.pos_ != "NOUN" or "Plur" not in tok.morph.get("Number", []):
        return False
    if not (is_role(tok) or speaker_kind(tok) == "group"):
        return False
    if tok.dep_ in SUBJECTS:
        return True
    return tok.dep_ == "ROOT" and any(
        c.dep_ == "acl" and c.pos_ == "VERB" and c.i > tok.i for c in tok.children
    )
