"""Multi-word event triggers: the fixed expressions of ``ontology/lexicons/event_phrases.tsv``
("garde à vue", "prise d'otages", "mettre la clé sous la porte", "passer à tabac").

An expression is found once per Doc on consecutive words (adverbs between them skipped: "a pris
hier la fuite"), each word by its lemma or its form; its first word is its head, which
``event_triggers`` reads as a trigger with the expression's rows, so the head's parse gives the
roles as for any trigger: a verbal idiom's subject, object or passive subject ("ont été passés à
tabac": the ones beaten), a nominal one's "de X" and carrier verb ("placé en garde à vue"). The
event names the whole expression as its trigger."""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from spacy.tokens import Doc, Token

from newsgraph import lexicons
from newsgraph.extract.event_cache import morph_feats
from newsgraph.extract.event_trigger_grammar import object_end
from newsgraph.extract.event_trigger_row import Trigger, parse_requires
from newsgraph.extract.tokens import tokens

Entry = tuple[tuple[str, ...], tuple[Trigger, ...]]
"""The words of an expression after its head, and its rows."""

GAP_POS = frozenset({"ADV"})
"""Words an expression may have between its own: "a pris hier la fuite", "sont aussitôt passés à tabac"."""
MAX_GAP = 2
QUALIFIER_DEPS = frozenset({"amod", "nmod"})
"""The qualifier of a generic head a trigger names with it: "vague de chaleur", "vigilance orange"."""
DEGREE_ADJECTIVES = frozenset(
    "significatif important fort net léger sensible brutal nouveau considérable massif spectaculaire"
    " inédit record historique vertigineux rapide".split()
)
"""Adjectives of how much, not of what: "une augmentation significative" stays "augmentation"."""
VERBAL_QUALIFIER_DEPS = frozenset({"obl:arg", "obl:mod", "obl"})
"""The "de X" of a generic verb a trigger names with it: "privés d'électricité"."""
DIRECTION_NOUNS = frozenset({"hausse", "baisse"})
"""The direction a verb of change names after it: "la consommation repart à la hausse"."""
LINK_DEPS = frozenset({"case", "det", "amod"})
"""The words between a generic head and its "de X" noun that belong to the noun: "des", "d'", "l'"."""
ELIDED = {"d'": "de", "l'": "le", "du": "de", "la": "le", "les": "le", "des": "de", "s'": "se"}
"""Function words read as one: "prise d'otages" and "prises de otages", "sous la porte"."""


def _norm(word: str) -> str:
    """A word as phrases compare it: lower-cased, straight apostrophe, elided article spelled out."""
    low = word.lower().replace("’", "'")
    return ELIDED.get(low, low)


@lru_cache(maxsize=1)
def phrase_table() -> dict[str, tuple[Entry, ...]]:
    """The expressions of ``event_phrases.tsv`` by their head word, longest first; each row twice,
    as a noun and as a verb, since the parser tags a head like "mise" or "prise" either way."""
    rows: dict[tuple[str, ...], list[Trigger]] = defaultdict(list)
    for phrase, type_, de_role, requires in lexicons.rows("event_phrases.tsv", 4, "-"):
        words = tuple(_norm(w) for w in phrase.replace("'", "' ").replace("’", "' ").split())
        req = parse_requires(requires)
        for pos in ("NOUN", "VERB"):
            rows[words].append(Trigger(phrase.strip(), pos, type_.strip(), de_role.strip(), req))
    table: dict[str, list[Entry]] = defaultdict(list)
    for words, found in rows.items():
        table[words[0]].append((words[1:], tuple(found)))
    return {head: tuple(sorted(v, key=lambda e: -len(e[0]))) for head, v in table.items()}


def phrase_head_words() -> frozenset[str]:
    """The first words of the expressions (lemmas or forms, as ``_norm`` writes them): a prefilter
    of trigger words must admit them, since a head like "mise" or "passer" triggers nothing alone."""
    return frozenset(phrase_table())


def forms(token: Token) -> tuple[str, ...]:
    """What a phrase word may be written as to match the token, in a fixed order: its form, its form
    without a plural "s" or "x", its lemma. The order decides between two expressions of one length
    that both match ("est mise en place": the row written "mise en place" before "mettre en
    place"), so the same text always gives the same rows (a set's order changed with the hash seed)."""
    return word_forms(token.text, token.lemma_)


@lru_cache(maxsize=65536)
def word_forms(text: str, lemma: str) -> tuple[str, ...]:
    """``forms`` of a token written ``text`` with the lemma ``lemma``; cached: words recur."""
    low = _norm(text)
    single = low[:-1] if low.endswith(("s", "x")) and len(low) > 3 else low
    return tuple(dict.fromkeys((low, single, _norm(lemma))))


def phrase_matches(doc: Doc) -> dict[int, tuple[int, tuple[Trigger, ...]]]:
    """Head token -> (the index past the expression, its rows), once per Doc."""
    cache: dict[int, tuple[int, tuple[Trigger, ...]]] | None = doc.user_data.get("newsgraph.phrases")
    if cache is not None:
        return cache
    table, found = phrase_table(), {}
    columns = tokens(doc)
    words = Words(columns.text, columns.lemma, columns.pos)
    for i in head_candidates(doc):
        entries = [e for f in words.forms(i) for e in table.get(f, ())]
        for rest, rows in sorted(entries, key=lambda e: -len(e[0])):
            end = _match_rest(words, i + 1, rest)
            if end is not None:
                found[i] = (end, rows)
                break
    doc.user_data["newsgraph.phrases"] = found
    return found


@lru_cache(maxsize=1)
def head_keys() -> frozenset[str]:
    """The head words of ``phrase_table`` and the elided spellings read as one of them: made once,
    not per Doc."""
    table = phrase_table()
    return frozenset(table) | {k for k, v in ELIDED.items() if v in table}


def head_candidates(doc: Doc) -> list[int]:
    """The tokens one of whose ``forms`` may be a head word: the same test on the token table's
    columns, without building each token's set (a Doc holds a head word on a few tokens at most).
    The test is one set lookup per column (``head_spellings``), no string made per token."""
    by_form, by_lemma = head_spellings()
    columns = tokens(doc)
    return [
        i
        for i, (low, lemma) in enumerate(zip(columns.lower, columns.lemma_lower, strict=True))
        if low in by_form or lemma in by_lemma
    ]


def head_test(low: str, lemma: str) -> bool:
    """The test ``head_candidates`` makes of a token, written out on its lowercase form and lemma:
    either, its curly apostrophes made straight, is a head key, or the form is a plural of one
    ("prises" of "prise")."""
    keys = head_keys()
    low = low.replace("’", "'")
    return (
        low in keys
        or lemma.replace("’", "'") in keys
        or (len(low) > 3 and low.endswith(("s", "x")) and low[:-1] in keys)
    )


def _apostrophe_spellings(word: str) -> set[str]:
    """``word`` with each straight apostrophe kept or made curly: every string that
    ``.replace("’", "'")`` turns into ``word``."""
    out = {""}
    for c in word:
        out = {w + c for w in out} | ({w + "’" for w in out} if c == "'" else set())
    return out


@lru_cache(maxsize=1)
def head_spellings() -> tuple[frozenset[str], frozenset[str]]:
    """The lowercase forms and the lemmas for which ``head_test`` holds, spelled out once: a key or
    (forms of more than three letters only) a key with a plural "s" or "x", each with its
    apostrophes straight or curly. A key holding a curly apostrophe is left out: the test makes
    every apostrophe straight before it looks."""
    keys = {k for k in head_keys() if "’" not in k}
    plurals = {k + end for k in keys for end in ("s", "x") if len(k) + 1 > 3}
    spell = _apostrophe_spellings
    by_form = frozenset(w for k in keys | plurals for w in spell(k))
    by_lemma = frozenset(w for k in keys for w in spell(k))
    return by_form, by_lemma


class Words:
    """A Doc's words as phrases read them (``forms`` and the part of speech by token index), from
    the token table's columns: no Token made."""

    __slots__ = ("lemma", "pos", "text")

    def __init__(self, text: list[str], lemma: list[str], pos: list[str]) -> None:
        self.text, self.lemma, self.pos = text, lemma, pos

    def forms(self, i: int) -> tuple[str, ...]:
        """``forms`` of the token ``i``."""
        return word_forms(self.text[i], self.lemma[i])


def _match_rest(words: Words, i: int, rest: tuple[str, ...]) -> int | None:
    """Where the words ``rest`` end if they follow from ``i`` (a few adverbs skipped), else None."""
    n = len(words.text)
    for word in rest:
        gap = 0
        while i < n and word not in words.forms(i) and words.pos[i] in GAP_POS and gap < MAX_GAP:
            i, gap = i + 1, gap + 1
        if i >= n or word not in words.forms(i):
            return None
        i += 1
    return i


def phrase_rows(token: Token) -> tuple[Trigger, ...]:
    """The rows of the expression the token heads, if any."""
    hit = phrase_matches(token.doc).get(token.i)
    return hit[1] if hit is not None else ()


def inside_phrase(token: Token) -> bool:
    """A word of an expression other than its head: "assaut" in "pris d'assaut", "tabac" in "passés
    à tabac" triggers nothing of its own (the expression is the event)."""
    return any(head < token.i < end for head, (end, _) in phrase_matches(token.doc).items())


def phrase_heads(doc: Doc) -> list[int]:
    """The heads of the Doc's expressions (the event search's candidate words)."""
    return sorted(phrase_matches(doc))


def trigger_text(token: Token, trig: Trigger) -> str:
    """The words an event names as its trigger: the whole expression for a phrase row ("garde à
    vue"); a generic head with its qualifier ("hausse des prix", ``qualified_end``), or a noun with
    the qualifier its row required ("un glissement de terrain", "un redressement judiciaire",
    ``required_words``); a verb with the object its row required ("a quitté le gouvernement",
    ``object_end``); a pronominal verb with its clitic ("s'envole"); else the token."""
    hit = phrase_matches(token.doc).get(token.i)
    if hit is None or trig not in hit[1]:
        end = max(qualified_end(token, required_words(trig)), direction_end(token), object_end(token, trig))
        return token.doc[clitic_start(token) : end].text
    return token.doc[token.i : hit[0]].text


@lru_cache(maxsize=1)
def generic_heads() -> frozenset[str]:
    """Nouns that say what happened only with their qualifier (``event_trigger_heads.tsv``)."""
    return lexicons.words("event_trigger_heads.tsv")


def required_words(trig: Trigger) -> frozenset[str]:
    """The plain words (a dependent's lemma, no sign, not negated) an alternative of a noun's row
    requires alone: "terrain" of "glissement", "judiciaire" of "redressement". The noun names its
    happening only with that word, so the trigger names both, as a generic head's (evt37g)."""
    return trig.words_alone if trig.pos == "NOUN" else frozenset()


BARE_DE = frozenset({"de", "d'"})
"""The "de" of a compound's complement, with no article ("de terrain", "d'attente"; not "du", "des")."""


def names_kind(qualifier: Token, verbal: bool, required: frozenset[str]) -> bool:
    """A noun's first qualifier names its kind with it when its row required that word, and it is an
    adjective ("redressement judiciaire") or a "de X" with no article ("glissement de terrain", "coups
    de couteau"): a compound. Not "l'aide du gouvernement", "la récolte des olives": with its article
    the "de X" is a participant, read as one (the agent, the target), not a name."""
    if verbal or qualifier.lemma_.lower() not in required:
        return False
    if qualifier.dep_ == "amod":
        return True
    links = [c for c in qualifier.children if c.dep_ in {"case", "det"}]
    return bool(links) and all(c.dep_ == "case" and c.lower_.replace("’", "'") in BARE_DE for c in links)


def qualified_end(token: Token, required: frozenset[str] = frozenset()) -> int:
    """Past a generic head's first qualifier when it follows the head at once: an adjective ("un
    épisode caniculaire", "la vigilance orange") or a "de X" noun whose words between are its own
    preposition, article and adjectives ("la hausse des prix", "une coupure d'électricité"), or
    a bare noun in apposition ("l'alerte sécheresse"); a generic verb's "de X" ("des foyers privés
    d'électricité"); else past the token itself ("la hausse" alone, "la baisse, ce mois-ci, des
    prix")."""
    end = token.i + 1
    verbal = token.pos_ in {"VERB", "ADJ"}
    if not (token.pos_ == "NOUN" or verbal):
        return end
    deps = VERBAL_QUALIFIER_DEPS if verbal else QUALIFIER_DEPS
    after = [c for c in token.children if c.i > token.i and c.dep_ in deps]
    if not after:
        return end
    first = min(after, key=lambda c: c.i)
    if token.lemma_.lower() not in generic_heads() and not names_kind(first, verbal, required):
        return end
    if first.dep_ == "amod" and (
        first.lemma_.lower() in DEGREE_ADJECTIVES or "Part" in morph_feats(first).get("VerbForm", [])
    ):
        return end  # "une hausse significative", "primes comprises"
    between = token.doc[end : first.i]
    cases = [_norm(c.text) for c in first.children if c.dep_ == "case"]
    if (cases or verbal) and "de" not in cases:  # "la hausse pour les ménages": another relation
        return end
    if all(t.head.i == first.i and t.dep_ in LINK_DEPS for t in between):
        return first.i + 1
    return end


def direction_end(token: Token) -> int:
    """Past the direction a verb names right after it ("la consommation repart à la hausse", "les
    prévisions ont été revues à la baisse", "les prix sont repartis en hausse"): "à la hausse", "en
    baisse" whose words between are the noun's own "à" or "en" and article (not "explosent avec une
    hausse de 19 %", which names the measure); else past the token."""
    end = token.i + 1
    if token.pos_ not in {"VERB", "ADJ"}:
        return end
    for c in token.children:
        if (
            c.i > token.i
            and c.dep_ in VERBAL_QUALIFIER_DEPS
            and c.lemma_.lower() in DIRECTION_NOUNS
            and all(t.head.i == c.i and t.dep_ in {"case", "det"} for t in token.doc[end : c.i])
            and {_norm(t.text) for t in token.doc[end : c.i] if t.dep_ == "case"} in ({"à"}, {"en"})
        ):
            return c.i + 1
    return end


def clitic_start(token: Token) -> int:
    """A pronominal verb's reflexive clitic right before it ("le prix s'envole", "se retire"): the
    clitic is part of the verb's name."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    if (
        token.pos_ in {"VERB", "AUX"}
        and before is not None
        and before.head.i == token.i
        and before.dep_.startswith("expl")
        and _norm(before.text) in {"se", "s'"}
    ):
        return token.i - 1
    return token.i
