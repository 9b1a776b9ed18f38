"""Where a sentence with no place of its own happened: the scene an earlier sentence set ("À
Chauny, ... La production a été réduite"), the place a clause in "où" follows, a state said with
"être" ("La Turquie est en deuil") rather than acting."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.context import Mention, doc_text
from newsgraph.extract.event_parse import PLACE_LABELS, MentionIndex, clause_tokens
from newsgraph.extract.event_place_capitals import country_capital
from newsgraph.extract.event_place_classed import classed_places
from newsgraph.extract.event_place_words import (
    DE_CASES,
    IN_PREPS,
    in_longer_name,
    is_located,
    is_source,
    said_as_place,
    stands_for_place,
)
from newsgraph.extract.tokens import tokens
from newsgraph.geo import government_of, place_of

LEAD_SENTENCES = 3
"""How far into a report its lead place is looked for: the summary and the first lines."""


SCENE_SENTENCES = 4
"""How far back a sentence with no place of its own looks for the scene an earlier one set."""


TIME_NOUNS = frozenset(
    "lundi mardi mercredi jeudi vendredi samedi dimanche matin soir nuit midi après-midi journée"
    " semaine week-end".split()
)
"""Nouns of time a place may follow and still hang on the verb ("ont manifesté samedi à Lyon")."""


REPORTER_WORDS = frozenset({"duplex", "direct", "envoyé", "envoyée", "correspondant", "correspondante"})
"""Words of a report's own crew: "en duplex de X", "envoyée spéciale à X" say where the crew is."""


def sentences(sdoc: Doc) -> list[Span]:
    """The document's sentences, found once per document and kept in ``user_data`` (as
    ``context`` keeps the sentence of each token): every event asks for them, and a Span made per
    sentence and call cost more than the rest of the place search. Do not change the list."""
    return _sentences(sdoc)[0]


def sentence_index(sdoc: Doc, sent: Span) -> int | None:
    """The position of ``sent`` among ``sentences(sdoc)`` (None: not one of them)."""
    return _sentences(sdoc)[1].get(sent.start)


def _sentences(sdoc: Doc) -> tuple[list[Span], dict[int, int]]:
    found: tuple[list[Span], dict[int, int]] | None = sdoc.user_data.get("newsgraph.sentences")
    if found is None:
        spans = list(sdoc.sents)
        index: dict[int, int] = {}
        for k, x in enumerate(spans):
            index.setdefault(x.start, k)  # the first, as a scan would find it
        found = sdoc.user_data["newsgraph.sentences"] = (spans, index)
    return found


def acts_as_state(t: Token, m: Mention) -> bool:
    """A capital or country that is the subject of a verb acts as its state ("Moscou a annoncé");
    the subject of a state said with "être" is the place it is about ("La Turquie est en deuil",
    "l'Ukraine est sous le choc")."""
    if t.dep_ not in {"nsubj", "nsubj:pass"} or government_of(m.name) is None:
        return False
    head = t.head
    if head.pos_ in {"NOUN", "ADJ", "PROPN"}:  # "est en deuil", "est sous le choc"
        return not any(c.pos_ == "AUX" and c.lemma_ == "être" for c in head.children)
    return True


def scene_sentence(sent: Span, sdoc: Doc, mentions: MentionIndex) -> Span | None:
    """The nearest of the few sentences before ``sent``, past the report's opening, that sets a
    scene ("À Chauny (Aisne), l'entreprise ... La production a été réduite": Chauny): a place said
    as where ("à", "en", "dans"), not a source, not the crew's ("en duplex de X"); else None. A TV
    report moves from scene to scene, and a sentence with no place is in the last one set."""
    key = ("scene", sent.start, sent.end)
    if key not in mentions.memo:
        mentions.memo[key] = _scene_sentence(sent, sdoc, mentions)
    found: Span | None = mentions.memo[key]
    return found


def _scene_sentence(sent: Span, sdoc: Doc, mentions: MentionIndex) -> Span | None:
    sents = sentences(sdoc)
    i = sentence_index(sdoc, sent)
    low = min(LEAD_SENTENCES, body_start(sdoc))
    if low < LEAD_SENTENCES and country_scale(sent, mentions):
        low = LEAD_SENTENCES  # "un séisme qui a touché le sud-est du pays": not the village just visited
    if i is None or i <= low:
        return None
    return next(
        (s for s in reversed(sents[max(low, i - SCENE_SENTENCES) : i]) if sets_scene(s, mentions)), None
    )


def sets_scene(span: Span, mentions: MentionIndex) -> bool:
    """Whether a sentence names a place as its scene (``scene_sentence``), asked once per sentence:
    each of the few sentences after it asks again."""
    key = ("sets-scene", span.start, span.end)
    found: bool | None = mentions.memo.get(key)
    if found is None:
        found = mentions.memo[key] = any(
            is_scene(t, span) and stands_for_place(t, m, None) and not in_longer_name(t, m, mentions)
            for t, m in [*mentions.places(span, inner=True), *classed_places(span, mentions)]
        )
    return found


SUMMARY_END = re.compile(r"[.!?…»\"”)][A-ZÀ-ÖØ-Þ«\"“]")
"""The end of a TV report's summary: its last full stop glued to the body's first capital
("...comme en Bretagne.À Gouarec, on compte"), as ``event_main`` reads the lead."""
SUMMARY_REACH = (30, 700)
"""Where in the text a summary's end is looked for (characters): past a headline, within a summary."""


def body_start(sdoc: Doc) -> int:
    """The index of the body's first sentence, when the report's summary is glued to it ("...en
    Bretagne.À Gouarec (Côtes-d'Armor), on compte 200 Britanniques"), else ``LEAD_SENTENCES``: the
    body's scenes begin there, even among the report's first sentences ("À Gouarec, ... Lundi, le
    maire a rendu hommage": Gouarec, not the summary's Bretagne)."""
    found: int | None = sdoc.user_data.get(BODY_KEY)
    if found is None:
        text = doc_text(sdoc)
        lo, hi = SUMMARY_REACH
        end = next((m.start() + 1 for m in SUMMARY_END.finditer(text, lo, hi)), None)
        found = LEAD_SENTENCES
        if end is not None:
            found = next((k for k, x in enumerate(sentences(sdoc)) if x.start_char >= end), LEAD_SENTENCES)
        sdoc.user_data[BODY_KEY] = found
    return found


BODY_KEY = "newsgraph.body_start"


def is_scene(t: Token, span: Span) -> bool:
    """A place that sets the scene of its sentence: said as where ("à", "en", "dans"), opening it
    ("À Chauny, ...") or hanging on its main verb ("des camions sont ravitaillés à Gravenchon"),
    not on a clause within ("un drapeau signé par les soldats qui se battent à Bakhmout"), and not
    where the report's crew stands ("en duplex du Temple")."""
    if not is_located(t) or is_reporters(t):
        return False
    if t.i - span.start <= 2:
        return True
    # "juste avant la guerre en Ukraine": the place of a noun, whatever the parser hangs it on
    doc = t.doc
    prep = next((k for k in (t.i - 1, t.i - 2) if k >= span.start and doc[k].lower_ in IN_PREPS), None)
    before = doc[prep - 1] if prep is not None and prep > span.start else None
    after_noun = before is not None and before.pos_ == "NOUN" and before.lower_ not in TIME_NOUNS
    return (t.head.i == span.root.i and not after_noun) or in_setting(t, span)


def in_setting(t: Token, span: Span) -> bool:
    """A place said as where a setting of the main verb lies ("s'est introduit dans la demeure des
    Pelosi à San Francisco", "sont bloqués dans un immeuble à Lviv"): the noun it hangs on is itself
    said as where ("dans", "à", "en") on the sentence's main verb, so the place is the scene; not
    one given as an example ("comme dans tous les territoires d'outre-mer", "comme au camping de X")."""
    while t.head.pos_ == "PROPN" and t.head.i == t.i + 1:
        t = t.head  # the name's head word ("San" of "San Francisco" hangs on "Francisco")
    head = t.head
    return (
        t.dep_ == "nmod"
        and head.pos_ == "NOUN"
        and head.i < t.i
        and head.head.i == span.root.i
        and head.dep_ in {"obl", "obl:mod", "obl:arg"}
        and any(c.dep_ == "case" and c.lower_ in IN_PREPS for c in head.children)
        and not any(c.lower_ == "comme" for c in head.children)  # "comme au camping de X": an example
    )


def is_reporters(t: Token) -> bool:
    """A place that says where the report's crew is ("en duplex du Temple", "envoyée spéciale à
    Zaporijia", "en direct de Kiev"), not where an event happened."""
    node, steps = t, 0
    while node.head.i != node.i and steps < 2:
        node, steps = node.head, steps + 1
        if node.lower_ in REPORTER_WORDS:
            return True
    return any(c.lower_ in REPORTER_WORDS for c in t.children)


def relative_where(token: Token, mentions: MentionIndex) -> Mention | None:
    """The place a clause in "où" follows ("vers Saumos, où des habitants ont été évacués", "en
    Inde, où les habitants ont fêté"): the event of the clause is there. Read on the surface, as
    the parser hangs such clauses on the main verb as often as on the place."""
    node = token
    for _ in range(3):
        if node.pos_ in {"VERB", "AUX"}:
            break
        if node.head.i == node.i:
            return None
        node = node.head
    where = next((c for c in node.children if c.lower_ == "où" and c.i < node.i), None)
    if where is None or where.i < 2:
        return None
    prev = where.doc[where.i - 1]
    if prev.text == ",":
        prev = where.doc[where.i - 2]
    m = mentions.get(prev)
    if m is None or m.label not in PLACE_LABELS:
        return None
    first = next((x for x in prev.doc[max(0, prev.i - 6) : prev.i + 1] if mentions.get(x) is m), prev)
    return m if said_as_place(first, m) and not is_source(first) else None


ANAPHORS = {
    "ville": "city",
    "commune": "city",
    "village": "city",
    "bourg": "city",
    "localité": "city",
    "pays": "country",
    "capitale": "capital",
}
"""Nouns that take up a place named before ("les civils fuyaient la ville", "au nord du pays", "se
rapprochent de la capitale"), with the kind of place they take up."""
DEFINITE = frozenset({"le", "la", "l'", "l’", "ce", "cet", "cette", "du", "au"})
"""Definite and demonstrative determiners, with the contracted "du" and "au" ("au nord du pays")."""
ANAPHOR_SENTENCES = 5
"""How far back a place noun looks for the place it takes up."""


def anaphor_place(token: Token, sent: Span, sdoc: Doc, mentions: MentionIndex) -> Mention | None:
    """The place a definite place noun of the trigger's clause takes up ("Les Russes ont bombardé
    Irpin. ... les civils fuyaient la ville": Irpin; "une explosion dans une mine au nord du pays":
    the country named before): the nearest place of that kind before it, in the sentence or the
    few before, said as a place and not as a source or an origin ("On vient de Kiev")."""
    verb = token
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    tt = tokens(sdoc)  # the clause lies within the verb's subtree: none of its words, no anaphor
    pos, lemmas = tt.pos, tt.lemma
    first, last = verb.left_edge.i, verb.right_edge.i
    if not any(pos[k] == "NOUN" and lemmas[k].lower() in ANAPHORS for k in range(first, last + 1)):
        return None
    noun = next((t for t in clause_tokens(verb) if is_anaphor(t, mentions)), None)
    if noun is None:
        return None
    kind = ANAPHORS[noun.lemma_.lower()]
    sents = sentences(sdoc)
    i = sentence_index(sdoc, sent) or 0
    spans = [sdoc[sent.start : noun.i], *reversed(sents[max(0, i - ANAPHOR_SENTENCES) : i])]
    for span in spans:
        named = sorted([*mentions.places(span), *classed_places(span, mentions)], key=lambda x: x[0].i)
        found = [(t, m) for t, m in named if of_kind(t, m, kind)]
        if found:
            return found[-1][1]
    if kind == "capital":  # no capital named: "l'offensive en Ukraine [...] près de la capitale"
        return country_capital(noun, spans, mentions, lambda t, m: of_kind(t, m, "country"))
    return None


def country_scale(sent: Span, mentions: MentionIndex) -> bool:
    """A sentence that speaks of "le pays" ("un séisme qui a touché le sud-est du pays a fait 1 000
    victimes"): told at the scale of the country, not of the town the body's first scene is in."""
    doc, lems = sent.doc, tokens(sent.doc).lemma_lower  # the column: no Token per word
    return any(
        ANAPHORS.get(lems[i]) == "country" and is_anaphor(doc[i], mentions)
        for i in range(sent.start, sent.end)
    )


def is_anaphor(t: Token, mentions: MentionIndex) -> bool:
    """A place noun with "le", "la", "ce", "cette" and no name of its own ("la ville", not "la ville
    de Lyon" nor "une ville")."""
    if t.pos_ != "NOUN" or t.lemma_.lower() not in ANAPHORS or mentions.get(t) is not None:
        return False
    if not any(c.dep_ in {"det", "case"} and c.lower_ in DEFINITE for c in t.children):
        return False
    return not any(c.dep_ in {"nmod", "appos", "flat:name"} and c.pos_ == "PROPN" for c in t.children)


def of_kind(t: Token, m: Mention, kind: str) -> bool:
    """A place mention of that kind (a city, or a name the gazetteer does not know said as where;
    a country), said as a place, not a source nor an origin ("de Kiev")."""
    if is_source(t) or not said_as_place(t, m):
        return False
    if any(c.dep_ == "case" and c.lower_ in DE_CASES for c in t.children) and not is_located(t):
        return False
    geo = place_of(m.name)
    if kind == "country":
        return geo is not None and geo.type == "country"
    if kind == "capital":  # "les combats se rapprochent de la capitale": the capital named before
        return geo is not None and geo.type == "city" and government_of(m.name) is not None
    return geo.type == "city" if geo is not None else is_located(t)
