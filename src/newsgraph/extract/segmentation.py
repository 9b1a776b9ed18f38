"""Where the parser may not start a sentence: inside a hyphenated word, inside a name. spaCy's
French parser sets the sentence ends; on TV and web news it cut "Royaume-Uni" (which its tokenizer
splits at the hyphen), "auteur-compositeur-interprète", "centre-ville", "Santé Publique France" and
"Marine Le Pen" into sentences of their own, and every rule that reads a sentence lost them. Only
the few tokens where a cut is impossible and was seen are marked: the parser reads a mark as a
constraint it may still override ("Au Royaume-Uni" | ", les prix …"), and marking every lower-case
word after a word, tried in round 28, changed its trees on ordinary sentences. Keeping such names
one token was tried too: the tagger then reads them as common nouns and the place rules choose
otherwise (neutral on the development sets, worse for event places on fresh reports), so the
tokenizer is left as spaCy has it."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.names import first_names, fold_key, word_key

_CAPITALISED = r"[A-ZÀ-ÖØ-Þ][^\W\d_]*"
HYPHENATED_NAME = re.compile(
    rf"(?:{_CAPITALISED})(?:-(?:(?:de|du|des|la|le|les|et|en|sur|sous|lès|lez)-)*(?:[dl]['’])?{_CAPITALISED})+"
)
"""A proper name of capitalised words joined by hyphens, with the particles of French place names
between them: "Seine-Saint-Denis", "Villeneuve-d'Ascq" (tested on single tokens, so only on the
names spaCy's tokenizer keeps whole)."""

NEVER_FIRST = frozenset({",", ";", ")", "]"})
"""Punctuation no sentence begins with ("Au Royaume-Uni" | ", les prix …" was one cut)."""
SENTENCE_ENDS = frozenset('.!?…:;»"”)]')
"""Tokens after which a sentence may start whatever follows."""
OPENERS = frozenset(
    "le la les l' un une des du de d' en dans à au aux pour sur par avec sans chez ce cet cette ces "
    "il elle ils elles on nous je j' tu vous mais et ou donc or car ni selon après avant depuis pendant "
    "lors quand comme si c' ça cela aujourd'hui hier demain".split()
)
"""Words that open a sentence: a capitalised one after a name may be the start of a sentence glued
to a heading ("… à Paris Le président a …"), unless a name follows it ("Marine Le Pen")."""


def no_start_here(doc: Doc, i: int, given: frozenset[str]) -> bool:
    """Whether token ``i`` cannot start a sentence: it is a comma or a closing bracket; it or the
    word before it is a hyphen written against both its neighbours; or it goes on a name (after a
    first name, or a capitalised word that does not open sentences after another). A lower-case word
    after a word is left to the parser: marking every one of them changed the parse of ordinary
    sentences ("Condamné à cinq ans de prison, l'ancien maire a fait appel" lost its verdict)."""
    token, before = doc[i], doc[i - 1]
    if token.text in NEVER_FIRST:
        return True
    if before.text in SENTENCE_ENDS or before.is_space or "\n" in before.whitespace_:
        return False
    if token.text == "-" and not before.whitespace_ and not token.whitespace_:
        return True
    if before.text == "-" and not before.whitespace_ and i > 1 and not doc[i - 2].whitespace_:
        return True
    if not before.text[:1].isalnum():
        return False
    if not (token.text[:1].isupper() and token.is_alpha and before.is_alpha and before.text[:1].isupper()):
        return False
    if before.text.isupper() and len(before.text) > 1:
        return False  # a headline in capitals ends where the sentence begins
    if given_name(before.text, given):
        return True  # "Marine Le Pen", "Bruno Le Maire"
    if token.lower_ in OPENERS:
        name_follows = i + 1 < len(doc) and doc[i + 1].text[:1].isupper()
        return name_follows  # "… Le Pen" goes on, "… Le président" may not
    return not given_name(token.text, given)  # a first name may begin a glued sentence


@Language.component("newsgraph_sentence_guard")
def sentence_guard(doc: Doc) -> Doc:
    """Mark the tokens that cannot start a sentence before the parser runs (it reads the marks as
    constraints, mostly kept), and tag a hyphenated proper name the tokenizer keeps whole as one
    ("Seine-Saint-Denis")."""
    given = first_names()
    for i in range(1, len(doc)):
        if no_start_here(doc, i, given):
            doc[i].is_sent_start = False
    for token in doc:
        if "-" in token.text and token.pos_ != "PROPN" and hyphenated_name(token.text, given):
            token.pos_ = "PROPN"  # the tagger reads a name it never saw whole as a noun
    return doc


def hyphenated_name(text: str, given: frozenset[str]) -> bool:
    """Whether ``text`` is a hyphenated proper name that is not a compound first name."""
    return bool(HYPHENATED_NAME.fullmatch(text)) and not given_name(text.split("-")[0], given)


def given_name(word: str, given: frozenset[str]) -> bool:
    """Whether ``word`` is a first name of ``names.first_names`` (``given``, asked once per Doc)."""
    return word_key(fold_key(word)) in given


def guard_sentence_starts(nlp: Language) -> None:
    """Put ``sentence_guard`` just before the parser."""
    if "parser" in nlp.pipe_names and "newsgraph_sentence_guard" not in nlp.pipe_names:
        nlp.add_pipe("newsgraph_sentence_guard", before="parser")
