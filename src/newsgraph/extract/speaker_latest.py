"""The one "ce dernier", "cette dernière", "ces derniers" or "celle-ci" takes up as a speaker: the
last person, people, body or document named before it, in its sentence or the one before, agreeing
in gender and number ("Pour Pierre Roux, éleveur, l'instant compte. « … », explique ce dernier"; "Le
ministre a reçu les taxis. Ces derniers réclament …"; "Kiev dit avoir repris la ville à l'armée
russe. Cette dernière dément"; "Le gouvernement a commandé un rapport. Celui-ci révèle que …").
Used by ``speech_speakers.speaker_from_head``, which passes how a mention, a noun phrase of people
and a body's or a document's phrase become speakers."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newsgraph.extract.context import DocContext, Mention
from newsgraph.extract.entities import is_role
from newsgraph.extract.speaker_gender import Speaker as Gendered
from newsgraph.extract.speaker_gender import aged_name, gender
from newsgraph.extract.speaker_nouns import folded_institutions, head_form, speaker_kind
from newsgraph.extract.speech_demonstratives import anaphor_form
from newsgraph.extract.speech_lexicon import document_nouns
from newsgraph.extract.speech_quotes import doc_quotes, inside_quote

LATEST_SENTENCES = 2  # sentences back (with the anaphor's own) the referent is looked for in
LATEST_WINDOW = 500  # ... within so many characters


def latest_referent[S: Gendered](
    ctx: DocContext,
    head: Token,
    from_mention: Callable[[DocContext, Mention], S],
    from_phrase: Callable[[DocContext, Token], S | None],
    from_body: Callable[[DocContext, Token], S | None],
) -> S | None:
    """The person, people, body or document the anaphor ``head`` takes up (``from_mention`` makes a
    named person a speaker, ``from_phrase`` a noun phrase of people, ``from_body`` the phrase of a
    body or a document), or None when only things precede it."""
    doc = head.doc
    low = anaphor_form(head)
    plural = low.endswith("s") or low in {"ceux-ci", "celles-ci"}
    feminine = low.startswith("celle") or "ère" in low
    quotes = doc_quotes(ctx.sdoc)
    sentences = 0
    for tok in reversed(doc[: head.i]):
        if head.idx - tok.idx > LATEST_WINDOW or "\n" in tok.text:
            break
        if inside_quote(quotes, tok.idx):
            continue
        if tok.text in {".", "!", "?"}:
            sentences += 1  # a narration sentence's end (quoted sentences do not count)
            if sentences >= LATEST_SENTENCES:
                break
        if tok.pos_ not in {"NOUN", "PROPN"}:
            continue
        person = next((m for m in ctx.mentions_at(tok.idx) if m.label == "PER" or aged_name(ctx, m)), None)
        if person is not None and not plural:
            found = from_mention(ctx, person)
            if gender(ctx, found) in {"f" if feminine else "m", None}:
                return found
            continue
        if tok.dep_ == "nmod" and tok.head.i < tok.i and is_role(tok.head):
            continue  # "la directrice de l'école. Celle-ci …": the director, not her school
        body = body_or_document(ctx, tok)
        if body is not None:
            if agrees(body, plural, feminine):
                return from_body(ctx, body)
            continue
        if tok.pos_ != "NOUN" or ("Plur" in tok.morph.get("Number", [])) != plural:
            continue
        owner = doc[tok.i - 2] if tok.i >= 2 and doc[tok.i - 1].text == "," else tok.head
        person = next((m for m in ctx.mentions_at(owner.idx) if m.label == "PER"), None)
        if person is not None and not plural and owner.i < tok.i:
            continue  # "Lucien Barre, apiculteur": the name before the apposition is taken next
        if not (is_role(tok) or speaker_kind(tok) is not None) or head_form(tok) in folded_institutions():
            continue
        det = next((c for c in tok.children if c.dep_ == "det" and c.morph.get("Gender", [])), None)
        tok_gender = (det or tok).morph.get("Gender", [])
        if ("Fem" in tok_gender and not feminine) or ("Masc" in tok_gender and feminine):
            continue
        return from_phrase(ctx, tok)
    return None


def body_or_document(ctx: DocContext, tok: Token) -> Token | None:
    """The head of the body or document the word ``tok`` belongs to: an organisation the tagger
    names ("l'armée russe", "la Cour des comptes": its first noun), an institution ("le
    gouvernement", "la mairie"), or a document that speaks ("le rapport", "l'étude", "la note");
    None for anything else."""
    org = next((m for m in ctx.mentions_at(tok.idx) if m.label == "ORG"), None)
    if org is not None:
        span = ctx.sdoc.char_span(org.start, org.end, alignment_mode="expand")
        return next((t for t in span if t.pos_ in {"NOUN", "PROPN"}), None) if span is not None else None
    if tok.pos_ != "NOUN":
        return None
    if head_form(tok) in folded_institutions() or speaker_kind(tok) == "organization":
        return tok
    return tok if tok.lemma_.lower() in document_nouns() else None


def agrees(head: Token, plural: bool, feminine: bool) -> bool:
    """The body's or document's number and gender (its determiner's first: "la CGT", "l'étude")
    are the anaphor's; a name of no known gender agrees with both."""
    if ("Plur" in head.morph.get("Number", [])) != plural:
        return False
    det = next((c for c in head.children if c.dep_ == "det" and c.morph.get("Gender", [])), None)
    if det is None and head.i > 0 and head.doc[head.i - 1].pos_ == "DET":
        det = head.doc[head.i - 1] if head.doc[head.i - 1].morph.get("Gender", []) else None
    said = (det or head).morph.get("Gender", [])
    return not (("Fem" in said and not feminine) or ("Masc" in said and feminine))
