"""A title alone that takes up the person the article named with that title: "Jean Dupuis,
l'ancien Premier ministre, sera jugé en appel. … L'ancien Premier ministre a fait savoir que …"
(Jean Dupuis speaks, not an anonymous "ancien Premier ministre").

A definite singular role ("le ministre", "la maire de Nantes") is matched against the words around
each person named before it in the article (the noun the name hangs on, its appositions, the noun
right before it, the words after the comma that follows it): the latest person whose title holds
every word of the role phrase is taken. "Premier" and "vice" change the office, so a title with one
of them is taken only by a phrase that repeats it ("le ministre" is not "le Premier ministre").

A description that stands for a title (``title_synonyms.tsv``: "le chef de l'État" for a president,
"l'édile" for a mayor, "le chef du gouvernement" for a Premier ministre) is read as that title, and
taken only by a person whose title also has one of the row's qualifying words (a nation's adjective
or "République" for a head of state): "Le président ukrainien Volodymyr Zelensky … Le chef de
l'État a dit" is Zelensky, "Jean Roy, président du club" is never "le chef de l'État".
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from newsgraph import lexicons
from newsgraph.extract import entity_spans
from newsgraph.extract.context import DocContext, Mention
from newsgraph.extract.entities import is_role, np_span
from newsgraph.extract.speaker_nouns import folded_institutions, head_form
from newsgraph.extract.speech_quotes import QUOTE_MARKS
from newsgraph.geo_demonyms import folded_demonyms
from newsgraph.names import fold_spaced as fold

TITLE_WINDOW = 2500  # characters back to look for the person named with the title
DEFINITE_DETS = {"le", "la", "l'", "l’"}
OFFICE_CHANGERS = {"premier", "premiere", "vice"}  # they make another office of the same noun
TITLE_DEPS = {"appos", "flat:name", "nmod", "amod"}
AFTER_COMMA = 6  # words after the comma that follows a name ("Marc Roy, pédiatre à Tours")
SKIPPED_POS = {"DET", "ADP", "PUNCT", "CCONJ", "SPACE"}
FUNCTION_WORDS = {"de", "du", "des", "la", "le", "les", "l", "d"}  # not content words of a description
NAME_PARTICLES = entity_spans.NAME_PARTICLES | {"da", "di", "dos", "do"}  # "Lula da Silva", "Luigi di Maio"
DEMONYM = "@demonym"  # a qualifier of ``title_synonyms.tsv``: any adjective of nationality


def description_words(phrase: str) -> frozenset[str]:
    """The folded content words of a lexicon phrase ("chef de l'état": chef, etat)."""
    words = fold(phrase).replace("'", " ").replace("’", " ").split()
    return frozenset(w for w in words if w not in FUNCTION_WORDS)


@cache
def title_synonyms() -> tuple[tuple[frozenset[str], frozenset[str], frozenset[str]], ...]:
    """The rows of ``title_synonyms.tsv``: a description's words, the title's words, the qualifiers;
    the longest description first ("le premier magistrat" is a mayor, not a "premier")."""
    rows = []
    for description, title, qualifiers in lexicons.rows("title_synonyms.tsv", 3):
        quals = frozenset(q if q == DEMONYM else fold(q) for q in qualifiers.split("|") if q.strip())
        rows.append((description_words(description), description_words(title), quals))
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def readings(wanted: set[str]) -> list[tuple[set[str], frozenset[str]]]:
    """The title words a role phrase asks for, with the qualifiers one of which must come with them:
    the phrase itself (no qualifier), then the titles the descriptions it holds stand for, the
    longest description first ("le premier magistrat" is a mayor, not a "premier")."""
    found = [(wanted, frozenset[str]())]
    for description, title, quals in title_synonyms():
        if description <= wanted:
            found.append(((wanted - description) | title, quals))
    return found


def qualified(title: set[str], quals: frozenset[str]) -> bool:
    """Whether a person's title words hold one of the qualifiers (any title when there are none)."""
    if not quals:
        return True
    return bool(title & quals) or (DEMONYM in quals and bool(title & folded_demonyms()))


def titled_person(ctx: DocContext, head: Token) -> Mention | None:
    """The person named earlier with the title a definite singular role subject repeats."""
    if head.pos_ != "NOUN" or "Plur" in head.morph.get("Number", []) or not is_role(head):
        return None
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE_DETS for c in head.children):
        return None
    if head_form(head) in folded_institutions():
        return None  # "le ministère", "la mairie": the body speaks
    wanted = phrase_words(np_span(head))
    if not wanted:
        return None
    people = [m for m in ctx.mentions_within(max(0, head.idx - TITLE_WINDOW), head.idx) if m.label == "PER"]
    for n, (words, quals) in enumerate(readings(wanted)):
        for m in reversed(people):
            if n and not proper_name(m.name):
                continue  # a description is read as a title only for a name ("Conseil des ministres": no)
            title = title_words(ctx, m)
            if words <= title and not (title & OFFICE_CHANGERS) - words and qualified(title, quals):
                return m
    return None


def proper_name(name: str) -> bool:
    """A person's name in capitals but for its particles ("Ursula von der Leyen"), not a phrase the
    tagger took for one ("Conseil des ministres de rentrée")."""
    return all(w[:1].isupper() or w in NAME_PARTICLES for w in name.replace("-", " ").split())


def phrase_words(span: Span) -> set[str]:
    """The folded content words of a phrase ("l'ancien Premier ministre": ancien, premier, ministre)."""
    return {fold(t.text) for t in span if t.pos_ not in SKIPPED_POS}


def title_words(ctx: DocContext, m: Mention) -> set[str]:
    """The words a person's name comes with where it is mentioned: "le docteur Marc Roy, pédiatre",
    "la maire de Nantes, Sophie Roche", "Jean Dupuis, l'ancien Premier ministre"."""
    doc = ctx.sdoc
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or not len(span):
        return set()
    root = span.root
    nouns: list[Token] = [t for t in span if t.pos_ == "NOUN"]
    if root.head.i != root.i and root.head.pos_ == "NOUN" and root.dep_ in TITLE_DEPS:
        nouns.append(root.head)  # "le ministre Bruno Martin": the name hangs on the title
    nouns += [c for c in root.children if c.dep_ in TITLE_DEPS and c.pos_ == "NOUN"]
    words = set().union(*(phrase_words(np_span(n)) for n in nouns)) if nouns else set()
    k = span.start - 1
    while k >= 0 and k > span.start - 4 and doc[k].pos_ in {"NOUN", "ADJ", "DET", "ADP", "PROPN"}:
        words.add(fold(doc[k].text))  # "le docteur Marc Roy", "l'ancien ministre Jean Roy"
        k -= 1
    if span.end < len(doc) and doc[span.end].text == ",":
        for t in doc[span.end + 1 : span.end + 1 + AFTER_COMMA]:
            if t.text in QUOTE_MARKS | {",", "."} or t.pos_ in {"VERB", "AUX"}:
                break
            words.add(fold(t.text))
    return words - {fold(t.text) for t in span if t.pos_ == "PROPN"}
