"""The parse as events read it: dependency labels, the mentions covering tokens, and the few
walks over the tree (subject chain, own clause, subtree) that triggers, modality and roles share."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.context import PLACE_LABELS as PLACE_LABELS
from newsgraph.extract.context import Mention, doc_text
from newsgraph.extract.event_cache import doc_memo, lemmas
from newsgraph.extract.event_place_names import named_place
from newsgraph.extract.event_place_venues import venue_places
from newsgraph.extract.prepositions import DE_FORMS
from newsgraph.geo import geocode
from newsgraph.geo_demonyms import demonym_country

SUBJECT_DEPS = {"nsubj", "csubj"}
PASSIVE_SUBJECT_DEPS = {"nsubj:pass"}
OBJECT_DEPS = {"obj", "iobj"}
ANY_SUBJECT_DEPS = frozenset(SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS)  # made once, not per child tested
AGENT_DEPS = {"obl:agent"}
INHERIT_DEPS = {"conj", "xcomp", "advcl", "acl"}  # a verb without subject takes its governor's
CLAUSE_DEPS = {"ccomp", "advcl", "acl", "acl:relcl", "parataxis", "conj", "csubj", "xcomp"}
ACTOR_TYPES = {
    "PER": "person",
    "ORG": "organization",
    "GPE": "gpe",
    "LOC": "gpe",
    "GROUP": "group",
    "ANON": "anonymous",
}


class MentionIndex:
    """Mentions by token: which mention, if any, covers a token."""

    def __init__(self, sdoc: Doc, mentions: Iterable[Mention]):
        self.by_token: dict[int, Mention] = {}
        self.inner_places: dict[int, Mention] = {}
        """Place mentions inside another mention ("Valence" in "les habitants de la région de Valence")."""
        self.memo: dict[tuple[Any, ...], Any] = {}
        """What the place search finds of a sentence, once per document (each event asks again)."""
        for m in (named_place(sdoc, m) for m in mentions):  # "à La Baule", "au Sénat", "l'Hexagone"
            span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            for t in span:
                held = self.by_token.setdefault(t.i, m)
                if held is not m and m.label in PLACE_LABELS and held.label not in PLACE_LABELS:
                    self.inner_places.setdefault(t.i, m)
        for i, town in venue_places(sdoc, mentions).items():  # "l'hôpital de Verdun": Verdun
            self.inner_places.setdefault(i, town)
        # the only tokens ``places`` can give, in order: those of a place mention, and (``inner``)
        # those of a place inside another mention; a sentence is read by bisection, not word by word
        self.place_at = sorted(i for i, m in self.by_token.items() if m.label in PLACE_LABELS)
        self.inner_at = sorted({*self.place_at, *self.inner_places})
        self.place_set, self.inner_set = frozenset(self.place_at), frozenset(self.inner_at)

    def get(self, token: Token) -> Mention | None:
        return self.by_token.get(token.i)

    def places(self, tokens: Iterable[Token], inner: bool = False) -> Iterator[tuple[Token, Mention]]:
        """Place mentions among tokens, once each, at their first token; with ``inner``, also the
        places named inside an actor's mention ("les habitants de la région de Valence")."""
        if isinstance(tokens, Span):
            at, doc = self.inner_at if inner else self.place_at, tokens.doc
            return self._places(
                (doc[i] for i in at[bisect_left(at, tokens.start) : bisect_left(at, tokens.end)]), inner
            )
        wanted = self.inner_set if inner else self.place_set
        return self._places((t for t in tokens if t.i in wanted), inner)

    def _places(self, tokens: Iterable[Token], inner: bool) -> Iterator[tuple[Token, Mention]]:
        seen = set()
        for t in tokens:
            m = self.by_token.get(t.i)
            inside = inner and t.i in self.inner_places
            if inside and (m is None or m.label not in PLACE_LABELS) and after_de(t):
                m = self.inner_places[t.i]  # not "RT France", "La France insoumise": a name
            if m is not None and m.label in PLACE_LABELS and id(m) not in seen and not is_people(t, m):
                seen.add(id(m))
                yield t, m


def after_de(t: Token) -> bool:
    """A word after "de" (and its article): "la région de Valence", "le parquet de la Gironde"."""
    before = [x.lower_ for x in t.doc[max(0, t.i - 2) : t.i]]
    return bool(before) and (
        before[-1] in DE_FORMS
        or (len(before) == 2 and before[0] in DE_FORMS and before[1] in {"la", "l'", "l’"})
    )


def is_people(token: Token, m: Mention) -> bool:
    """A demonym the NER took for a place ("les Allemands"): a people, not where."""
    return demonym_country(token.lower_) is not None and geocode(m.name) is None


def lemma(token: Token) -> str:
    """The lower-cased lemma; an elided word's is the full word whatever its apostrophe ("s’entretenir":
    "se"; "d’une femme": "de")."""
    return lemmas(token.doc)[token.i]  # the column, elided words written out: asked of every dependent


def dependents(token: Token, depth: int = 2) -> list[Token]:
    """Children and grandchildren of a token, inside its own clause."""
    out = [c for c in token.children if c.dep_ not in CLAUSE_DEPS or (c.dep_ == "xcomp" and c.pos_ != "VERB")]
    if depth > 1:
        out += [g for c in list(out) for g in dependents(c, depth - 1)]
    return out


def subject_chain(token: Token) -> list[Token]:
    """The subject (or passive subject) of a verb, else of the verb it is coordinated with or
    depends on."""
    t = token
    for _ in range(4):
        subj = [c for c in t.children if c.dep_ in ANY_SUBJECT_DEPS or personal_expletive(c)]
        if subj:
            return subj
        if t.dep_ in INHERIT_DEPS and t.head.i != t.i:
            if t.dep_ == "acl" and t.head.pos_ in {"NOUN", "PROPN"} and not is_predicate(t.head):
                return []  # "des soldats tués": the noun is no subject; but "sont à pied d'œuvre, mobilisés"
            t = t.head
            continue
        return []
    return []


PERSONAL_PRONOUNS = {"il", "elle", "ils", "elles"}


def personal_expletive(token: Token) -> bool:
    """A personal subject pronoun the parser took for an expletive, as it often does before a
    reflexive verb ("Il s'était retiré", "Elles se sont rendues"); not the impersonal "il" of a
    verb whose real subject follows ("il s'est produit une explosion")."""
    if token.dep_ != "expl:subj" or token.lower_ not in PERSONAL_PRONOUNS:
        return False
    verb = token.head
    return token.lower_ != "il" or not any(
        c.i > verb.i and c.dep_ in {"obj", "nsubj", "nsubj:pass"} for c in verb.children
    )


def is_predicate(token: Token) -> bool:
    """A noun that is the predicate of a copula ("les pompiers sont à pied d'œuvre", "ils sont en
    grève"): its subject is the clause's."""
    return any(c.dep_ == "cop" for c in token.children)


def clause_tokens(token: Token) -> list[Token]:
    """The tokens of a verb's own clause (subordinate clauses left out), in order; walked once per
    token and document (the events of a clause, their places and dates ask again)."""
    doc = token.doc
    memo = doc_memo(doc)
    key = ("clause", token.i)
    found: list[int] | None = memo.get(key)
    if found is None:
        found = memo[key] = _clause_indexes(token)
    return [doc[i] for i in found]


def _clause_indexes(token: Token) -> list[int]:
    def inside(c: Token) -> bool:
        return c.dep_ not in CLAUSE_DEPS or (c.dep_ == "xcomp" and c.pos_ in {"NOUN", "PROPN"})

    out = [token.i]
    stack = [c for c in token.children if inside(c)]
    while stack:
        t = stack.pop()
        out.append(t.i)
        stack.extend(c for c in t.children if inside(c))
    return sorted(out)


PARTITIVES = {"des", "du", "de", "d'", "d’"}


def is_object(t: Token) -> bool:
    """A direct object, or a bare noun phrase the parser took for an oblique or an xcomp."""
    if t.dep_ in OBJECT_DEPS:
        return True
    bare = not any(
        c.dep_ == "case" and c.lower_ not in PARTITIVES for c in t.children
    )  # "massacré des civils"
    return t.pos_ in {"NOUN", "PROPN"} and bare and (t.dep_ == "xcomp" or t.dep_.startswith("obl"))


def subtree_text(token: Token) -> str:
    """The text of the token's subtree, sliced from the Doc's text made once (``doc_text``): the
    same string as the subtree's Span gives, with no Span made nor its tokens joined again."""
    right = token.right_edge
    return doc_text(token.doc)[token.left_edge.idx : right.idx + len(right.text)]


STRETCH_MARKS = {",", ";", ":"}


def stretch_text(token: Token) -> str:
    """The part of ``token``'s subtree between the punctuation around it: in "Sept personnes ont
    été tuées, 11 autres ont été blessées" (the first verb hung on the second), "11 autres ont été
    blessées" for "blessées"; in "Il a tué cinq personnes et en a blessé 18 autres", the subtree."""
    sent = token.sent
    start = max((t.i + 1 for t in sent if t.i < token.i and t.text in STRETCH_MARKS), default=sent.start)
    end = min((t.i for t in sent if t.i > token.i and t.text in STRETCH_MARKS), default=sent.end)
    return token.doc[max(start, token.left_edge.i) : min(end, token.right_edge.i + 1)].text


def sentences_back(token: Token, sentences: int) -> int:
    """Where the sentence ``sentences`` before ``token``'s own starts (the document's start at most)."""
    doc = token.doc
    start = token.sent.start
    for _ in range(sentences):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    return start
