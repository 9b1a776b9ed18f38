"""Where the parser may not start a sentence: inside a hyphenated word, inside a name. spaCy's
French parser sets the sentence ends; on TV and web news it cut "Royaume-Uni" (which its tokenizer
splits at the hyphen), "auteur-compositeur-interprète", "centre-ville", "Santé Publique France" and
"Marine Le Pen" into sentences of their own, and every rule that reads a sentence lost them. Only
the few tokens where a cut is impossible and was seen are marked: the parser reads a mark as a
constraint it may still override ("Au Royaume-Uni" | ", les prix …"), and marking every lower-case
word after a word, tried in round 28, changed its trees on ordinary sentences. Keeping such names
one token was tried too: the tagger then reads them as common nouns and the place rules choose
otherwise (neutral on the development sets, worse for event places on fresh reports), so the
tokenizer is left as spaCy has it. Where the text marks a break the parser may miss (a full stop, then
more than one space, then a capital), a sentence is started (``must_start_here``); so it is where a heading
is glued to the sentence after it with no stop (``heading_ends_before``), and the tokens of that
sentence up to its full stop are marked as no start (``sentence_end``): with the start alone (round 40)
the parser cut it again after its opener ("Selon les mutuelles," | "une partie …")."""

from __future__ import annotations

import re
from typing import NamedTuple

from spacy.attrs import IS_ALPHA, IS_SPACE, ORTH, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.extract.tokens import column_strings, keep_forms
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
FULL_STOPS = frozenset(".!?…")
"""Tokens that end a sentence when more than one space follows them."""
CLOSERS = frozenset('»"”')
"""Closing quotes, which may stand between a full stop and the break that follows it."""
BODY_OPENERS = frozenset(
    "Le La Les L' L’ Un Une Des D' D’ Plusieurs Certains Certaines Quelques Ce Cet Cette Ces C' C’ Il Elle "
    "Ils Elles On Au Aux En Dans Pour Selon Sur Chez Avec Sans Par Après Avant Depuis Pendant Face Même "
    "Mais Et Alors Pourtant Ainsi Si Ici À".split()
)
"""Capitalised words that open a sentence and are no name, when a lower-case word follows them: after a
lower-case word with no stop between, one starts the sentence that a heading was glued to ("… au
retour des vacances de février Plusieurs pistes sont à l'étude")."""
UNITS = frozenset("% €")
"""Signs a heading may end with ("Une hausse de 12 % Pour les familles, …")."""
TITLE_NOUNS = frozenset(
    "film livre roman série émission chanson album spectacle pièce festival mouvement opération groupe "
    "collectif association camping hôtel restaurant journal magazine quotidien site application "
    "programme label slogan expression titre".split()
)
"""Nouns a title follows, whose first word may be one of ``BODY_OPENERS`` ("le mouvement En marche",
"le film La vie d'Adèle"): no sentence starts after them."""


class Columns(NamedTuple):
    """What the guard reads of a Doc's tokens, read from its arrays at once (no Token made per word):
    ``text[i] == doc[i].text``, ``space[i] == bool(doc[i].whitespace_)``, ``alpha[i] == doc[i].is_alpha``,
    ``blank[i] == doc[i].is_space``."""

    text: list[str]
    space: list[bool]
    alpha: list[bool]
    blank: list[bool]


def columns(doc: Doc) -> Columns:
    flags = doc.to_array([SPACY, IS_ALPHA, IS_SPACE]).reshape(-1, 3) == 1
    return Columns(column_strings(doc, ORTH), *(flags[:, k].tolist() for k in range(3)))


def no_start_here(words: Columns, i: int, given: frozenset[str]) -> bool:
    """Whether token ``i`` cannot start a sentence: it is a comma or a closing bracket; it or the
    word before it is a hyphen written against both its neighbours; or it goes on a name (after a
    first name, or a capitalised word that does not open sentences after another). A lower-case word
    after a word is left to the parser: marking every one of them changed the parse of ordinary
    sentences ("Condamné à cinq ans de prison, l'ancien maire a fait appel" lost its verdict)."""
    text, space = words.text, words.space
    token, before = text[i], text[i - 1]
    if token in NEVER_FIRST:
        return True
    if before in SENTENCE_ENDS or words.blank[i - 1]:  # (a token's whitespace_ holds no newline)
        return False
    if token == "-" and not space[i - 1] and not space[i]:
        return True
    if before == "-" and not space[i - 1] and i > 1 and not space[i - 2]:
        return True
    if not before[:1].isalnum():
        return False
    if not (token[:1].isupper() and words.alpha[i] and words.alpha[i - 1] and before[:1].isupper()):
        return False
    if before.isupper() and len(before) > 1:
        return False  # a headline in capitals ends where the sentence begins
    if given_name(before, given):
        return True  # "Marine Le Pen", "Bruno Le Maire"
    if token.lower() in OPENERS:  # ``lower_``: the text lowercased
        name_follows = i + 1 < len(text) and text[i + 1][:1].isupper()
        return name_follows  # "… Le Pen" goes on, "… Le président" may not
    return not given_name(token, given)  # a first name may begin a glued sentence


def must_start_here(words: Columns, i: int) -> bool:
    """Whether token ``i`` starts a sentence whatever the parser reads: a capitalised word after a full
    stop (a closing quote may follow it) and more than one space ("… à Moscou.  Après l'explosion, …"):
    the break between a report's lead and its body, which the parser read as one sentence a quarter of
    the times in the development texts (the body's first speaker then ran into the lead). Not a line
    break: the parser reads a paragraph's end as one already, and a start forced there changed its tree
    of the next paragraph's first sentence (a press article's "Le directeur de la CIA, William Burns,
    est en Turquie pour …, a déclaré un responsable" lost its subject from what was said). An
    abbreviation is one token with its dot ("M.", "J.-L."), so it is never a full stop."""
    text = words.text
    if i < 2 or not words.blank[i - 1] or "\n" in text[i - 1] or not text[i][:1].isupper():
        return False
    before = text[i - 2]
    if before in CLOSERS and i > 2:
        before = text[i - 3]
    return before in FULL_STOPS


def heading_ends_before(words: Columns, i: int) -> bool:
    """Whether ``BODY_OPENERS`` token ``i`` starts the sentence a heading with no stop was glued to
    (the intertitles of web reports: "Faire une croix sur certaines dépenses En janvier, la
    consommation …"): a lower-case word (or a number, a sign of ``UNITS``) just before it that is
    no article, preposition or title noun ("à la Une", "le film La vie d'Adèle"), and a lower-case
    word after it ("La France", "Le Monde" go on a name)."""
    text = words.text
    if i < 1 or i + 1 >= len(text) or words.blank[i - 1] or text[i] not in BODY_OPENERS:
        return False
    before = text[i - 1]
    if not ((before[:1].islower() and words.alpha[i - 1]) or before.isdigit() or before in UNITS):
        return False
    if before in OPENERS or before in TITLE_NOUNS:
        return False
    after = text[i + 1]
    return after[:1].islower() and words.alpha[i + 1]


def sentence_end(words: Columns, i: int) -> int:
    """The index of the first full stop (or space-only token) from token ``i`` on, or the Doc's end:
    the tokens of a sentence started after a glued heading, which the parser may not cut again. A
    mark a comma or a lower-case word follows ends no sentence ("Le groupe Ensemble !, de la
    majorité, espère …")."""
    text = words.text
    for j in range(i, len(text)):
        if words.blank[j]:
            return j
        if text[j] in FULL_STOPS:
            after = text[j + 1] if j + 1 < len(text) else ""
            if not (after in NEVER_FIRST or after[:1].islower()):
                return j
    return len(text)


def may_not_start(text: str, before: str) -> bool:
    """What every token ``no_start_here`` marks has: a mark of ``NEVER_FIRST``, a hyphen before it or
    itself, or a capital (a cheap test that leaves it most words)."""
    return text[:1].isupper() or text in NEVER_FIRST or text == "-" or before == "-"


@Language.component("newsgraph_sentence_guard")
def sentence_guard(doc: Doc) -> Doc:
    """Mark the tokens that cannot start a sentence before the parser runs (it reads the marks as
    constraints, mostly kept) and those that start one whatever it reads (``must_start_here``,
    ``heading_ends_before``: the tokens after a glued heading's sentence start, to its full stop,
    are marked as no start), and tag a hyphenated proper name the tokenizer keeps whole as one
    ("Seine-Saint-Denis")."""
    given = first_names()
    words = columns(doc)
    text = words.text
    keep_forms(doc, text)  # the token table's ``text`` (the parser and the taggers keep the forms)
    inside = 0  # tokens before this one belong to a sentence started after a glued heading
    for i in range(1, len(text)):
        if i < inside:
            doc[i].is_sent_start = False
        elif may_not_start(text[i], text[i - 1]) and no_start_here(words, i, given):
            doc[i].is_sent_start = False
        elif must_start_here(words, i):
            doc[i].is_sent_start = True
        elif heading_ends_before(words, i):
            doc[i].is_sent_start = True
            inside = sentence_end(words, i + 1) + 1
    for i, word in enumerate(text):
        if "-" in word and hyphenated_name(word, given) and doc[i].pos_ != "PROPN":
            doc[i].pos_ = "PROPN"  # the tagger reads a name it never saw whole as a noun
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
