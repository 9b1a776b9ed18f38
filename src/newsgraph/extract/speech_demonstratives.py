"""Demonstrative subjects that take up the last one named: "ce dernier", "ces derniers", "celle-ci"
(tests/extract/test_reported_r17.py), and "l'intéressé(e)", the person the report is about, which
takes up the one named last the same way when there is one (tests/extract/test_title_synonyms_r44.py).
The parse splits them in two ways this module mends: the tokenizer cuts "Celui-ci" into "Celui", "-",
"ci", and the parser hangs "Ces derniers" on the verb as a determiner and an adjective, so the verb has
no subject. Used by the speaker resolution (``speech_speakers``) and by the subject finder of reported
speech (``speech_reported``)."""

from __future__ import annotations

from spacy.tokens import Token

LATEST_FORMS = {"dernier", "dernière", "derniers", "dernières"}
LATEST_PRONOUNS = {"celui-ci", "celle-ci", "ceux-ci", "celles-ci"}
PRONOUN_STEMS = {"celui", "celle", "ceux", "celles"}
DEMONSTRATIVE_DETS = {"ce", "cette", "ces"}
CONCERNED_FORMS = {"intéressé", "intéressée"}  # "l'intéressé", "l'intéressée"; not "les intéressés"
ELIDED_ARTICLES = {"l'", "l’"}


def anaphor_form(head: Token) -> str:
    """The anaphor's words in lower case: "celui-ci" also where the tokenizer split it, "ces
    derniers" where the parser made the determiner the subject."""
    low = head.lower_
    nxt = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if low in DEMONSTRATIVE_DETS and nxt is not None and nxt.lower_ in LATEST_FORMS:
        return f"{low} {nxt.lower_}"
    if low in PRONOUN_STEMS:
        rest = "".join(t.lower_ for t in head.doc[head.i + 1 : head.i + 3])
        if rest.startswith("-ci"):
            return low + "-ci"
    return low


def latest_anaphor(head: Token) -> bool:
    """ "ce dernier", "cette dernière", "ces derniers", "celle-ci": the last one named."""
    low = anaphor_form(head)
    if low in LATEST_PRONOUNS or " " in low:  # "celle-ci", "ces derniers"
        return True
    if low not in LATEST_FORMS:
        return False
    before = head.doc[head.i - 1].lower_ if head.i > 0 else ""
    return before in DEMONSTRATIVE_DETS or any(
        c.dep_ == "det" and c.lower_ in DEMONSTRATIVE_DETS for c in head.children
    )


def concerned_anaphor(head: Token) -> bool:
    """ "l'intéressé", "l'intéressée": the person the report is about, the one named last when there
    is one (else the noun stays the anonymous speaker it was)."""
    return head.lower_ in CONCERNED_FORMS and head.i > 0 and head.doc[head.i - 1].lower_ in ELIDED_ARTICLES


def latest_subject(verb: Token) -> Token | None:
    """ "Ces derniers demandent que …", "Cette dernière lui a dit …" parsed with "derniers" hung
    on the verb as an adjective (and "lui" taken for the subject): "derniers" is the subject, right
    before the verb group (its auxiliaries and clitics)."""
    j = verb.i - 1
    if j < 0:
        return None
    while j > verb.sent.start and (verb.doc[j].lower_ in CLITICS or verb.doc[j].dep_.startswith("aux")):
        j -= 1
    tok = verb.doc[j]
    if tok.lower_ not in LATEST_FORMS:
        return None
    if not (tok.head.i == verb.i or tok.i < tok.head.i < verb.i):
        return None  # "ces derniers jours": a time, hung on its noun; not on the verb or its clitic
    return tok if latest_anaphor(tok) else None


CLITICS = {"lui", "leur", "nous", "vous", "se", "s'", "s’", "ne", "n'", "n’", "y", "en", "l'", "l’", "les"}
