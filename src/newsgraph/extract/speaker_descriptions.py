"""Descriptions that take up a person the report named before them.

The report's own reporter behind a newsroom noun: "« … », précise la journaliste", "ajoute notre
correspondant". A TV report hands the word to its correspondent by name ("rapporte Léa Roux, en
direct de Lille", "Léa Roux, envoyée spéciale", "nous retrouvons Léa Roux") and then calls her "la
journaliste"; when no title links the noun to her (``entities`` links "la journaliste Léa Roux"),
the noun takes up the person named beside such a cue, nearest before it and agreeing in gender.
An indefinite noun ("un journaliste russe") or one with a complement ("la journaliste du Monde")
is someone else and is left to the general resolver.

A bare role by the fuller description of it just before ("le ministre" after "le ministre de
l'Intérieur", ``speaker_roles``). An inhabitant by a definite demonym: "Nous avons rendez-vous
avec Jakie Lebas. « … », dit le Français" (the person named just before, agreeing with the
article), else someone unnamed.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph import lexicons
from newsgraph.extract import speaker_antecedents as antecedents
from newsgraph.extract.context import DocContext, Mention
from newsgraph.extract.entities import np_span, strip_determiner
from newsgraph.extract.prepositions import DE_FORMS as OF
from newsgraph.extract.speaker_antecedents import DEFINITE_SINGULAR
from newsgraph.extract.speaker_gender import gender
from newsgraph.extract.speaker_nouns import folded_institutions, head_form
from newsgraph.extract.speaker_roles import fuller_description
from newsgraph.extract.speech_quotes import doc_quotes, inside_quote
from newsgraph.extract.speech_speakers import Speaker, person_mention_speaker
from newsgraph.names import fold_spaced as fold
from newsgraph.names import known_person_names

_WORDS = lexicons.tagged("speaker_words.tsv")
NEWSROOM_ROLES = _WORDS["newsroom_role"] - _WORDS["newsroom_anchor"]
"""The newsroom nouns (``speaker_words.tsv``'s one list, ``newsroom_role``) that take up the reporter named
beside a cue, without the presenter's ("précise la présentatrice"): the presenter is who hands the word to
that reporter ("nous retrouvons Léa Roux, en direct de Lille"), not the reporter."""
NEWSROOM_CUES = frozenset(fold(c) for c in _WORDS["newsroom_cue"])
TAKING_UP = {"le", "la", "l'", "l’", "notre", "nos", "ce", "cette", "cet"}  # not "un", "une"
NAMED_WINDOW = 500  # characters back a definite demonym takes up a name in
BEFORE, AFTER = 5, 8  # tokens around a name a newsroom cue is looked for in


def described_person(ctx: DocContext, head: Token) -> Speaker | None:
    """The person a newsroom noun, a definite demonym or a bare role takes up, or None."""
    if antecedents.singular_demonym(ctx, head) and head.doc[head.i - 1].text in DEFINITE_SINGULAR:
        return named_before(ctx, head, head.doc[head.i - 1])
    fuller = fuller_description(ctx, head)  # "Pour le ministre" after "le ministre de l'Intérieur"
    if fuller is not None:
        return Speaker(fuller[0], "anonymous", head.idx, "anon:" + fold(fuller[0]))
    return newsroom_speaker(ctx, head) or office_holder(ctx, head)


PUBLIC_OFFICES = _WORDS["public_office"]
OFFICE_COMPLEMENTS = {"nmod", "appos", "flat:name", "acl", "acl:relcl", "nummod"}


def office_holder(ctx: DocContext, head: Token) -> Speaker | None:
    """The public figure a bare definite office takes up ("Gérald Darmanin a été auditionné. Pour le
    ministre, …", "Marine Le Pen … a affirmé la candidate"): the last person named before it, if that
    person is a public figure of ``persons.tsv`` agreeing with the article. Anyone else named last
    (a farmer, a passer-by) stops it: "le maire" after a vox pop is someone the report did not name;
    an office with a complement ("le ministre de la Santé") is left to ``fuller_description``."""
    det = next((c for c in head.children if c.dep_ == "det" and c.i < head.i), None)
    if head.pos_ != "NOUN" or det is None or det.text.lower() not in DEFINITE_SINGULAR:
        return None
    if head.lemma_.lower() not in PUBLIC_OFFICES and head.lower_ not in PUBLIC_OFFICES:
        return None
    if any(c.dep_ in OFFICE_COMPLEMENTS for c in head.children) or ctx.mentions_at(head.idx):
        return None
    before = persons_named_before(ctx, head)
    if not before:
        return None
    found = person_mention_speaker(ctx, before[-1])
    if found.name not in public_figures() or not agrees(ctx, found, article_gender(det, head)):
        return None
    return Speaker(found.name, "person", head.idx, found.key)


def public_figures() -> frozenset[str]:
    """The names the public figures of ``persons.tsv`` are shown by."""
    return frozenset(known_person_names().values())


def named_before(ctx: DocContext, head: Token, det: Token) -> Speaker | None:
    """The last person named outside quotes close before the description, agreeing with its article."""
    wanted = article_gender(det)
    for m in reversed(persons_named_before(ctx, head)):
        found = person_mention_speaker(ctx, m)
        if agrees(ctx, found, wanted):
            return Speaker(found.name, "person", head.idx, found.key)
    return None


def persons_named_before(ctx: DocContext, head: Token) -> list[Mention]:
    """The persons named outside quotes within ``NAMED_WINDOW`` before ``head``, in text order."""
    quotes = doc_quotes(ctx.sdoc)
    return [
        m
        for m in ctx.mentions
        if m.label == "PER"
        and m.end <= head.idx
        and head.idx - m.start <= NAMED_WINDOW
        and not inside_quote(quotes, m.start)
    ]


def article_gender(det: Token, head: Token | None = None) -> str | None:
    """ "f" or "m" as the article says ("la ministre"), else as the noun's own form does when given
    ("l'élue"); None when neither says."""
    said = det.morph.get("Gender", []) or (head.morph.get("Gender", []) if head is not None else [])
    return "f" if "Fem" in said else "m" if "Masc" in said else None


def agrees(ctx: DocContext, found: Speaker, wanted: str | None) -> bool:
    """A speaker whose gender is unknown, or the one wanted (any when None)."""
    return wanted is None or gender(ctx, found) in {wanted, None}


def newsroom_speaker(ctx: DocContext, head: Token) -> Speaker | None:
    """The reporter a definite singular newsroom noun takes up, or None."""
    newsroom = head.lower_ in NEWSROOM_ROLES or head.lemma_.lower() in NEWSROOM_ROLES
    if head.pos_ != "NOUN" or not newsroom:
        return None
    if "Plur" in head.morph.get("Number", []) or any(m.label == "PER" for m in ctx.mentions_at(head.idx)):
        return None  # linked already ("la journaliste Léa Roux") or several
    det = next((c for c in head.children if c.dep_ == "det" and c.i < head.i), None)
    if det is None or det.lower_ not in TAKING_UP:
        return None
    if any(other_newsroom(c) for c in head.children):
        return None  # "la journaliste du Monde", "le journaliste Pierre Roy": someone else or named
    wanted = article_gender(det, head)
    quotes = doc_quotes(ctx.sdoc)
    reporters = [
        m
        for m in ctx.mentions
        if m.label == "PER"
        and m.end <= head.idx
        and not inside_quote(quotes, m.start)  # "« … la mort de la reine … », poursuit la journaliste"
        and reporter_mention(ctx, m, head)
    ]
    for m in reversed(reporters):
        found = person_mention_speaker(ctx, m)
        if agrees(ctx, found, wanted):
            return Speaker(found.name, "person", head.idx, found.key)
    return None


def other_newsroom(child: Token) -> bool:
    """A complement that makes the noun another newsroom's or names it: "du Monde", "Pierre Roy"
    (not a place: "la journaliste, depuis Odessa")."""
    if child.pos_ not in {"NOUN", "PROPN"} or child.dep_ not in {"nmod", "appos", "flat:name"}:
        return False
    return child.dep_ != "nmod" or any(c.dep_ == "case" and c.lower_ in OF for c in child.children)


def reporter_mention(ctx: DocContext, m: Mention, noun: Token | None = None) -> bool:
    """A person named beside a newsroom cue, in the sentence of the name: "Léa Roux, en direct de
    Lille", "la correspondante Léa Roux", "nous retrouvons Léa Roux". The newsroom ``noun`` being
    resolved is no cue for a name just before it ("… de la reine », poursuit la journaliste")."""
    doc = ctx.sdoc
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    sent = span[0].sent
    lo, hi = max(sent.start, span.start - BEFORE), min(sent.end, span.end + AFTER)
    if noun is not None and span.end <= noun.i < hi:
        hi = noun.i
    before = " " + " ".join(fold(t.text) for t in doc[lo : span.start]) + " "
    after = " " + " ".join(fold(t.text) for t in doc[span.end : hi]) + " "
    return any(f" {cue} " in before or f" {cue} " in after for cue in NEWSROOM_CUES)


PLACING = {"au", "aux", "chez", "à", "dans", "du"}  # "assure-t-on au ministère", "chez Renault"


def placed_after(ctx: DocContext, on: Token) -> Speaker | None:
    """ "« … », assure-t-on au ministère de l'Intérieur", "confie-t-on chez Renault": an inverted
    "on" placed by the complement right after it speaks for that institution or organisation (a
    town or a country is left alone: "dit-on à Lyon" is what people say)."""
    doc = on.doc
    if not on.text.startswith("-") or on.i + 2 >= len(doc) or doc[on.i + 1].lower_ not in PLACING:
        return None
    k = on.i + 1
    while k < min(len(doc), on.i + 4) and doc[k].pos_ not in {"NOUN", "PROPN"}:
        k += 1  # past "à la", "dans l'"
    if k >= len(doc) or doc[k].pos_ not in {"NOUN", "PROPN"}:
        return None
    head = doc[k]
    if head.lower_ == "côté" and doc[k - 1].lower_ == "du":  # "estime-t-on du côté des conservateurs"
        return side_after(ctx, head)
    orgs = [m for m in ctx.mentions_at(head.idx) if m.label in {"ORG", "PER"}]
    if orgs:
        best = orgs[0]
        return Speaker(best.name, "organization" if best.label == "ORG" else "person", best.start, best.key)
    if head.pos_ == "NOUN" and head_form(head) in folded_institutions():
        span = np_span(head)
        name = strip_determiner(span)
        return Speaker(name, "organization", span.start_char, fold(name))
    return None


def side_after(ctx: DocContext, cote: Token) -> Speaker | None:
    """ "souffle-t-on du côté de la majorité": the side named after "du côté de" speaks, as
    "Du côté de X, on …" does before the verb (a group when plural)."""
    side = next((c for c in cote.children if c.dep_ == "nmod" and c.pos_ in {"NOUN", "PROPN"}), None)
    if side is None:
        return None
    named = [m for m in ctx.mentions_at(side.idx) if m.label in {"ORG", "PER", "GPE", "GROUP"}]
    if named:
        best = named[0]
        type_ = {"PER": "person", "GROUP": "group"}.get(best.label, "organization")
        return Speaker(best.name, type_, best.start, best.key)
    span = np_span(side)
    span = span[1:] if span[0].dep_ == "case" else span
    name = strip_determiner(span)
    if "Plur" in side.morph.get("Number", []):
        return Speaker(name, "group", span.start_char, "group:" + fold(name))
    return Speaker(name, "organization", span.start_char, fold(name))
