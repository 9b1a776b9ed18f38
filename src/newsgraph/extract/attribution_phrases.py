"""The attribution grammar's other constructions: source phrases ("selon X"), appositions, "se dire",
clause ends, refusals to comment and transcript turns, with the subject head they share with the incises."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsgraph import lexicons
from newsgraph.extract.speech_lexicon import form_lemma, has_reflexive
from newsgraph.extract.speech_quotes import QUOTE_MARKS
from newsgraph.extract.tokens import tokens

HONORIFICS = lexicons.tagged("speaker_words.tsv")["honorific"]  # "M.", "Mme", "Pr", "maître" before a name


def np_head(doc: Doc, j: int, limit: int) -> Token:
    """The token that names a subject starting at ``j``: past determiners and civil titles, the first
    noun or name ("le député Julien Mercier" -> "député", whose mention links it to the name)."""
    k = j
    while k < limit - 1 and (
        doc[k].pos_ == "DET"
        or doc[k].lower_ in {"m.", "mme", "mlle", "dr", "pr", "me"}
        or (doc[k].lower_.rstrip(".") in HONORIFICS and doc[k + 1].text[:1].isupper())
        or (doc[k].lower_ in {"jeune", "vieille", "vieil", "petite", "petit"} and doc[k + 1].pos_ in NOMINAL)
        or prenominal_adjective(doc[k], limit)
    ):
        k += 1
    if (
        k > j
        and k < limit - 1
        and doc[k].lower_ in PARTITIVE
        and doc[k - 1].lower_ in {"un", "une", "l'un", "l'une"}
    ):
        k += 1  # "déplore une des collègues", "ajoute l'un des témoins": the noun after "des"
        while k < limit - 1 and doc[k].pos_ == "DET":
            k += 1
    return doc[k]


PARTITIVE = {"des", "de", "d'", "d’"}
NOMINAL = {"NOUN", "PROPN", "ADJ"}  # "un jeune homme"; "un jeune du quartier": "jeune" is the noun
OBJECT_CLITICS = {"nous", "me", "m'", "m’", "lui", "leur", "vous", "te", "t'", "t’"}
"""Clitics between a quote and its incise verb: « … », nous explique un moniteur / me confie-t-elle."""


def incise_form(tok: Token) -> bool:
    """A verb form that can open an inverted incise, read from its letters: the tagger may call
    "appréhende" an infinitive; an infinitive, a present participle or a bare past participle
    ("estimant", "déclaré") cannot."""
    low = tok.lower_
    if low.endswith(("ant", "er", "ir")) or (low.endswith("re") and form_lemma(tok.text) == low):
        return False
    return not low.endswith(("é", "ée", "és", "ées"))


# Verbs that take an inverted subject clitic before the speech verb they govern: "fait-il
# remarquer", "tient-elle à préciser", "se plaît-il à répéter", "finit-il par admettre".
PERIPHRASTIC_HEADS = frozenset(
    "faire tenir vouloir oser préférer aimer plaire empresser contenter borner finir amuser risquer "
    "permettre autoriser choisir hasarder".split()
)
PERIPHRASTIC_LINKS = {"à", "de", "d'", "d’", "par"}


def periphrastic_verb(doc: Doc, i: int, limit: int, clitics: set[str]) -> tuple[Token, Token] | None:
    """The infinitive and the subject clitic of "fait-il remarquer", "tient-elle à préciser": the
    verb at ``i`` is one of PERIPHRASTIC_HEADS, then a clitic, a link word, an infinitive."""
    head = doc[i]
    if head.lemma_.lower() not in PERIPHRASTIC_HEADS:
        return None
    k = i + 1
    if k < limit and doc[k].lower_ in {"-t", "-t-"}:
        k += 1
    if k >= limit or doc[k].lower_ not in clitics:
        return None
    clitic = doc[k]
    k += 1
    if k < limit and doc[k].lower_ in PERIPHRASTIC_LINKS:
        k += 1
    if k >= limit or not doc[k].lower_.endswith(("er", "ir", "re")):
        return None
    return doc[k], clitic


HEARD_FROM = (
    ("de", "la", "bouche", "de"),
    ("de", "la", "bouche", "d'"),
    ("de", "la", "part", "de"),
    ("chez",),
)


def heard_from(doc: Doc, k: int, limit: int) -> Token | None:
    """The speaker of "peut-on entendre de la bouche de certains passants" / "chez les habitants":
    the head of the noun phrase after the phrase."""
    for phrase in HEARD_FROM:
        end = k + len(phrase)
        if end < limit and tuple(t.lower_.replace("’", "'") for t in doc[k:end]) == phrase:
            return np_head(doc, end, limit)
    return None


def descriptive_adjective(tok: Token, limit: int) -> bool:
    """An adjective between an incise verb and its subject, describing the speaker: « … », constate,
    incrédule, un usager / lâche amer le gérant."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < limit else None
    return (
        tok.pos_ == "ADJ"
        and nxt is not None
        and (nxt.text == "," or nxt.pos_ == "DET")
        and (tok.i == 0 or tok.doc[tok.i - 1].pos_ != "DET")
    )


def prenominal_adjective(tok: Token, limit: int) -> bool:
    """An adjective before its noun ("la future maman", "l'ancienne ministre"): the noun names the speaker."""
    head = tok.head
    return (
        tok.pos_ == "ADJ"
        and tok.dep_ == "amod"
        and tok.i < head.i < limit
        and head.i - tok.i <= 2
        and (head.pos_ in {"NOUN", "PROPN"} or any(c.dep_ == "det" for c in head.children))
    )  # "le nouveau principal": a noun the tagger took for an adjective still has its determiner


# ---------------------------------------------------------------- other constructions

PHRASE_END = QUOTE_MARKS | {",", ".", ";", ":", "!", "?", "(", ")"}
BRACKETS = {"(": ")", "«": "»", "“": "”"}


def apposition_end(doc: Doc, comma: int) -> int | None:
    """The index of the punctuation closing an apposition that opens after ``comma`` (a noun phrase
    or a name, participles allowed, no finite verb: ", spécialiste de la distribution,",
    ", Sergueï Choïgou,", ", rescapé du Bataclan,"), or None."""
    k = comma + 1
    if k >= len(doc) or doc[k].pos_ not in {"DET", "NOUN", "PROPN", "ADJ", "VERB", "NUM"}:
        return None
    if doc[k].pos_ == "VERB" and "Part" not in doc[k].morph.get("VerbForm", []):
        return None
    stop = k
    while stop < len(doc) and stop - k < 12 and "\n" not in doc[stop].text:
        if (close := bracket_close(doc, stop)) is not None:
            stop = close + 1  # ", gérant du camping (Landes),", ", responsable du magasin « Maxi Zoo »,"
            continue
        tok = doc[stop]
        if tok.text in PHRASE_END:
            break
        finite = (
            tok.pos_ in {"VERB", "AUX"}
            and "Part" not in tok.morph.get("VerbForm", [])
            and not tok.text[:1].isupper()
        )
        if finite or tok.lower_ in {
            "qui",
            "que",
            "qu'",
            "qu’",
            "dont",
            "il",
            "elle",
            "ils",
            "elles",
            "on",
            "cela",
            "ce",
            "c'",
            "c’",
        }:
            return None
        stop += 1
    return stop if stop < len(doc) and doc[stop].text in {",", ".", "!", "?", ";"} and stop > k else None


def bracket_close(doc: Doc, i: int) -> int | None:
    """The index of the bracket or guillemet closing the one at ``i``, a few words on."""
    closing, near = BRACKETS.get(doc[i].text), doc[i + 1 : min(len(doc), i + 8)]
    return next((t.i for t in near if t.text == closing), None) if closing is not None else None


def se_dire_content(verb: Token) -> tuple[int, int] | None:
    """ "se dit prêt à …", "se disent inquiets de …", "s'est dite favorable à …": what the speaker
    declared themself to be, from the adjective to the end of the clause."""
    doc = verb.doc
    if verb.lemma_ != "dire" or not has_reflexive(verb):
        return None
    j = verb.i + 1  # past adverbs and "d'ailleurs"; the adjective's own "très" is part of the words
    while j < len(doc) and (doc[j].pos_ == "ADV" or (doc[j].dep_ == "case" and doc[j].head.pos_ == "ADV")):
        j += 1
    if j >= len(doc) or doc[j].pos_ not in {"ADJ", "VERB"} or doc[j].lower_ in {"que", "qu'"}:
        return None
    first = next((c for c in doc[j].lefts if c.dep_ == "advmod" and c.i > verb.i), doc[j])
    return (first.idx, end) if (end := clause_end(doc, j)) > first.idx else None


def clause_end(doc: Doc, j: int) -> int:
    """Where the clause starting at token ``j`` ends: the sentence end, a line break, a semicolon,
    or a comma followed by a coordinated clause with its own subject (", et les syndicats …")."""
    sent_end = doc[j].sent.end
    last = doc[j]
    for k in range(j, sent_end):
        t = doc[k]
        if "\n" in t.text or t.text in {";", ".", "!", "?"}:
            break
        if t.text == "," and k + 2 < sent_end and new_clause_after(doc, k):
            break
        last = t
    return last.idx + len(last)


def new_clause_after(doc: Doc, comma: int) -> bool:
    """A comma followed by a coordinating word and a clause with its own subject:
    ", et les syndicats préparent", ", mais le maire refuse", ", tandis que …", ", alors que …"."""
    k = comma + 1
    if (
        doc[k].lower_ in {"tandis", "alors", "pendant"}
        and k + 1 < len(doc)
        and doc[k + 1].lower_ in {"que", "qu'"}
    ):
        return True
    if (
        doc[k].lower_ in {"c'", "c’", "ce", "ça", "cela"}
        and k + 1 < len(doc)
        and doc[k + 1].pos_ in {"AUX", "VERB"}
    ):
        return True  # ", c'est le cas …"
    if doc[k].lower_ not in {"et", "mais", "puis", "or", "car"}:
        return False
    k += 1
    while k < len(doc) and doc[k].pos_ == "ADV":
        k += 1
    return k < len(doc) and (
        doc[k].pos_ in {"DET", "PROPN"} or doc[k].lower_ in {"il", "elle", "ils", "elles", "on"}
    )


NO_COMMENT_VERBS = {
    "commenter",
    "réagir",
    "répondre",
    "s'exprimer",
    "exprimer",
    "donner",
    "confirmer",
    "préciser",
    "communiquer",
    "détailler",
}
REFUSAL_HEADS = {"refuser", "décliner", "souhaiter", "vouloir", "pouvoir"}


def no_comment(verb: Token) -> tuple[int, int] | None:
    """ "n'a pas souhaité commenter", "a refusé de réagir",
    "n'a pas voulu répondre à nos questions": a refusal to speak is a statement of its own
    (content from the auxiliary to the end of the verb phrase)."""
    doc = verb.doc
    if verb.lemma_ not in NO_COMMENT_VERBS or verb.dep_ != "xcomp" or verb.head.lemma_ not in REFUSAL_HEADS:
        return None
    if any(c.dep_ == "aux:pass" for c in verb.children):
        return None  # "des chiffres qui n'ont pas pu être confirmés": no one refused anything
    head = verb.head
    negated = any(c.lower_ in {"pas", "ne", "n'", "n’", "jamais"} for c in head.children)
    if head.lemma_ in {"souhaiter", "vouloir", "pouvoir"} and not negated:
        return None
    first = min(
        [head.i]
        + [
            c.i
            for c in head.children
            if c.i < head.i and (c.dep_.startswith("aux") or c.lower_ in {"ne", "n'", "n’"})
        ]
    )
    end = clause_end(doc, verb.i)
    return doc[first].idx, end


def transcript_turn(doc: Doc, text: str, colon: Token) -> tuple[int, tuple[int, int]] | None:
    """ "Marc Delorme : Nous n'avons jamais …" at the start of a line or a sentence: (index of the
    first token of the name, the answer's span up to the end of its line)."""
    i = colon.i - 1
    names = 0
    while i >= 0 and (doc[i].text[:1].isupper() or doc[i].lower_ in {"de", "du", "le", "la", "d'", "-"}):
        names += doc[i].text[:1].isupper()
        i -= 1
    start = i + 1
    if names == 0 or colon.i - start > 5:
        return None
    if i >= 0 and not ("\n" in doc[i].text or doc[i].text in {".", "!", "?", "»", "”", '"'}):
        return None
    line_end = text.find("\n", colon.idx)
    line_end = len(text) if line_end < 0 else line_end
    a = colon.idx + 1
    while a < line_end and text[a] in ' \t«“"':
        a += 1
    e = line_end
    while e > a and text[e - 1] in ' \t»”"':
        e -= 1
    if len(re.findall(r"\w+", text[a:e])) < 4:
        return None
    return start, (a, e)


def insertion_start(doc: Doc, comma: int) -> int | None:
    """The comma opening a comma-enclosed insertion (no finite verb, at most 12 words) closed by
    the comma at ``comma``; None when there is none."""
    for k in range(comma - 1, max(-1, comma - 14), -1):
        tok = doc[k]
        if tok.text in {".", "!", "?", ";", ":"} or "\n" in tok.text:
            return None
        if tok.pos_ in {"VERB", "AUX"} and "Part" not in tok.morph.get("VerbForm", []):
            return None
        if tok.text == ",":
            return k if k < comma - 1 else None
    return None


# Adverbial phrases made of a preposition and a noun, which may stand between an inverted verb
# and its subject without being a prepositional phrase around it: "répondent par exemple des
# lycéens", "ajoute de son côté le maire", "confie à son tour une voisine".
ADVERBIAL_PHRASES = frozenset(
    tuple(p.replace("'", "' ").split())  # as the tokenizer splits them: "d'" "abord"
    for p in (
        "par exemple",
        "par ailleurs",
        "en effet",
        "en revanche",
        "en outre",
        "en retour",
        "en substance",
        "en conclusion",
        "en tout cas",
        "de son côté",
        "de leur côté",
        "de notre côté",
        "pour sa part",
        "pour leur part",
        "à son tour",
        "à leur tour",
        "à nouveau",
        "de nouveau",
        "du coup",
        "avant tout",
        "tout de suite",
        "sans détour",
        "sans hésiter",
        "sans surprise",
        "à demi-mot",
        "à voix basse",
        "en souriant",
        "en riant",
        "en larmes",
        "d'abord",
        "tout d'abord",
        "d'emblée",
        "d'ailleurs",
        "tout de même",
        "une fois de plus",
        "une nouvelle fois",
        "pour l'instant",
        "pour le moment",
        "de toute façon",
        "au passage",
        "en guise de conclusion",
    )
)
ADVERBIAL_LONGEST = max(len(p) for p in ADVERBIAL_PHRASES)


def adverbial_phrase(doc: Doc, j: int, limit: int) -> int:
    """The length of the adverbial phrase starting at token ``j`` ("par exemple"), else 0."""
    for n in range(min(ADVERBIAL_LONGEST, limit - j), 1, -1):  # the table's column: no Token made
        if tuple(w.replace("’", "'") for w in tokens(doc).lower[j : j + n]) in ADVERBIAL_PHRASES:
            return n
    return 0


def subject_before_quote(verb: Token, i: int) -> bool:
    """The verb after a quote has its subject before the quote, and the quote is a short capitalised
    name (a title: "auteur de « La Ville verte », défend …"): the verb is no incise. A quoted
    fragment of speech ("…, et « chaque station doit … », ajoute-t-il") opens in lower case."""
    doc = verb.doc
    for c in verb.children:
        if c.dep_ in {"nsubj", "nsubj:pass"} and c.i < i:
            found = TITLE_QUOTE.search(doc[c.i : i].text_with_ws)  # the text c.idx..doc[i].idx, not Doc.text
            if found is not None and len(found.group(1).split()) <= 6:
                return True
    return False


TITLE_QUOTE = re.compile(r"[«“\"]\s*([A-ZÀ-Þ][^«»“”\"]*?)\s*[»”\"]\s*,?\s*$")
