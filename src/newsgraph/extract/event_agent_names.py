"""The name of a collective acting in an event, as the tagger spanned it, cut to the collective
itself: without the count before it ("Sept ressortissants russes ont été arrêtés": ressortissants
russes, a collective, not a number; "500 à 600 marins"), without a word of quantity ("de
nombreuses familles ukrainiennes fuient": familles ukrainiennes; "tous les élèves"), and without
a word of the clause the span ran into ("rendant l'intervention des pompiers difficile": pompiers;
"L'entreprise peine à recruter": entreprise), the words that do not hang on its noun."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsgraph import names
from newsgraph.extract.context import Mention
from newsgraph.extract.event_cache import morph_feats
from newsgraph.extract.event_parse import lemma

RANGE_WORDS = frozenset({"à", "et", "ou"})
"""Words between the two numbers of a range ("500 à 600 marins", "20 ou 30 soldats")."""
QUANTITY_WORDS = frozenset(
    {
        "nombreux", "nombreuses", "plusieurs", "quelques", "certains", "certaines", "divers", "diverses",
        "différents", "différentes", "principaux", "principales", "tout", "tous",
        "toutes", "les", "des", "de", "d'", "d’", "le", "la", "l'", "l’", "ces", "leurs", "nos", "vos", "ses",
        "même", "mêmes",
    }
)  # fmt: skip
"""Words of quantity or determiners a collective's name starts with, which are no part of it (the
plural "principales" of a set, not "le principal suspect", one person; "la même cellule": which
one the text means, not its name)."""


def counted(token: Token) -> bool:
    """A number word the parser took for a noun ("deux cents manifestants": "cents", its people
    hung on it as an adjective)."""
    return token.pos_ == "NOUN" and (names.number_word(token.text) or names.number_word(lemma(token)))


def number_word(token: Token) -> bool:
    """A word of a count (``names.number_word``, the recogniser resolution's ``is_count`` uses),
    or one the tagger calls a number."""
    return token.pos_ == "NUM" or names.number_word(token.text) or counted(token)


def head_noun(span: Span) -> Token | None:
    """The noun the span's other words hang on: the first noun whose head is outside the span."""
    return next(
        (t for t in span if t.pos_ == "NOUN" and (t.head.i == t.i or not span.start <= t.head.i < span.end)),
        None,
    )


def stray(word: Token, noun: Token) -> bool:
    """An adjective of another number than the noun it is hung on: a predicate of the clause
    ("rendant l'intervention des pompiers difficile"), not the noun's own; a finite verb hung on
    it ("des milliers d'habitants manifestent": the noun's own verb, see ``hung_subject``)."""
    if word.dep_ not in {"amod", "acl"} or word.head.i != noun.i:
        return False
    if "Fin" in morph_feats(word).get("VerbForm", []):
        return True
    if word.dep_ != "amod":
        return False
    number, own = said_number(word), said_number(noun)
    return bool(number and own and number != own)


def said_number(word: Token) -> str:
    """ "Plur" or "Sing" as the word's ending says when it ends in s or x (the tagger calls
    "contractuels" singular), else as the tagger says; "" when it says nothing."""
    if word.lower_.endswith(("s", "x")):
        return "Plur"
    number = morph_feats(word).get("Number", [])
    return number[0] if number else ""


def group_name(m: Mention, doc: Doc) -> str:
    """A collective's name cut to the collective (see the module); the mention's own name when
    nothing is to cut or the parse gives no noun to cut around."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return m.name
    noun = head_noun(span)
    if noun is not None:  # the words hanging on the noun, up to the last of them
        inside = [t for t in span if t.i == noun.i or (noun.is_ancestor(t) and not stray(t, noun))]
        start, end = inside[0].i, inside[-1].i + 1
        while start > span.start and not doc[start - 1].whitespace_:
            start -= 1  # a word the tokeniser cut at its hyphen ("stations-services") stays whole
        while end < span.end and not doc[end - 1].whitespace_:
            end += 1
        span = doc[start:end]
    while len(span) > 1 and (
        number_word(span[0])
        or span[0].lower_ in QUANTITY_WORDS
        or (span[0].lower_ in RANGE_WORDS and len(span) > 2 and number_word(span[1]))
    ):
        span = span[1:]  # "500 à 600 marins": the range too
    rest = span.text
    return rest if rest and rest in m.name else m.name
