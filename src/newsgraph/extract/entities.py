"""Actor and place mentions: spaCy NER, corrected, with in-article coreference.

Corrections: entity spans are split at line breaks and trimmed; demonyms ("les Russes") are not
places; role descriptions ("le président ukrainien") are linked to the person the article names
with that title; a surname alone takes the full name given elsewhere; indefinite role phrases
("un responsable américain") are anonymous actors and plural ones ("les autorités ukrainiennes")
groups, each with its own key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from newsgraph import lexicons
from newsgraph.extract.context import Mention, doc_text, span_text
from newsgraph.extract.entity_edges import mended, name_text
from newsgraph.extract.entity_names import distance, given_name_of, relabel, surname_match, surname_spans
from newsgraph.extract.entity_persons import PERSON_NOUN_RE as PERSON_NOUN_RE
from newsgraph.extract.entity_persons import person_spans
from newsgraph.extract.entity_spans import DEFINITE as DEFINITE
from newsgraph.extract.entity_spans import entity_spans
from newsgraph.extract.entity_spans import non_actor_kind as non_actor_kind
from newsgraph.extract.speech_quotes import QUOTE_MARKS
from newsgraph.extract.tokens import Tokens, morph_of, tokens
from newsgraph.names import fold_spaced as fold

_WORDS = lexicons.tagged("entity_words.tsv")
AGE_RE = re.compile(r"^,\s*(?:\d{1,3}\s+ans|âgée? de \d{1,3} ans)")
# Dependents that belong to a noun phrase naming an actor (not relative clauses, appositions).
NP_DEPS = {
    "amod",
    "nmod",
    "case",
    "det",
    "fixed",
    "flat:name",
    "flat:foreign",
    "compound",
    "nummod",
    "advmod",
}
INDEFINITE = _WORDS["indefinite"]
DETERMINERS = DEFINITE | INDEFINITE
BEFORE_TITLE = DETERMINERS | {"ancien", "ancienne"}
"""What may stand between a name and the title after it ("X, l'ancien ministre")."""
# Vague role nouns: a definite description with them may refer back to the last person named.
GENERIC_ROLES = _WORDS["generic_role"]
RECENT_TOKENS = 120
TITLE_WINDOW = 16
TITLE_BREAKERS = {"de", "d'", "d’", "du", "des", "et", "ou", "contre", "avec"}


def lexicon(name: str) -> frozenset[str]:
    """The first word of every line of ``ontology/lexicons/<name>.txt``."""
    return lexicons.words(f"{name}.txt")


ROLE_POS = frozenset({"NOUN", "PROPN", "ADJ"})


@lru_cache(maxsize=16384)
def is_role_word(lemma: str, lower: str) -> bool:
    """Whether a token's lemma or form (or form without a plural s) is in the roles lexicon."""
    roles = lexicon("roles")
    return lemma.lower() in roles or lower in roles or lower.rstrip("s") in roles


def is_role(token: Token) -> bool:
    """A noun of title, function or role ("président", "responsable", "autorités", "état-major")."""
    return role_at(tokens(token.doc), token.i)


def role_at(tt: Tokens, i: int) -> bool:
    """``is_role`` of the token at ``i``, read from the document's token table."""
    pos = tt.pos
    p = pos[i]
    if p not in ROLE_POS and not (p in {"VERB", "AUX", "PRON"} and i > 0 and pos[i - 1] == "DET"):
        # a participle after a determiner is a noun mis-tagged ("un passant", "une réfugiée"), and so
        # is a "pronoun" after one ("Les mutuelles assurent …"); the lexicon holds no pronoun
        return False
    if is_role_word(tt.lemma[i], tt.lower[i]):
        return True
    if i == 0 or tt.space[i - 1]:
        return False  # no word glued before it (``joined_left_at`` would give ``i`` back)
    first = joined_left_at(tt, i)
    # "état-major" split by the tokenizer (no space inside: the span's text is its tokens joined)
    return first < i and "".join(tt.text[first : i + 1]).lower() in lexicon("roles")


def np_tokens(head: Token) -> list[Token]:
    """The tokens of the noun phrase headed by ``head`` (modifiers, no clauses or appositions)."""
    keep = [head]
    for child in head.children:
        if child.dep_ in NP_DEPS or (child.dep_ == "conj" and head.pos_ == "ADJ"):
            if child.dep_ == "advmod" and child.i > head.i:
                continue
            if child.dep_ == "nmod" and child.i > head.i and is_circumstance(child):
                continue  # "les manifestants à Sainte-Soline", "les chefs de parti mercredi"
            keep.extend(np_tokens(child))
    return sorted(keep, key=lambda t: t.i)


LOCATIVE_CASES = _WORDS["locative_case"]
TIME_NOUNS = _WORDS["time_noun"]
"""First words of a name that make it an organisation, whatever NER said ("ministère russe de la
Défense" tagged LOC)."""


def is_circumstance(token: Token) -> bool:
    """A noun modifier that tells where or when, not who: "à Matignon", "mercredi"."""
    cases = {c.lower_ for c in token.children if c.dep_ in {"case", "fixed"}}
    return bool(cases & LOCATIVE_CASES) or (not cases and token.lower_ in TIME_NOUNS)


NP_STOPS_RIGHT = QUOTE_MARKS | {",", "(", ";", ":"}
"""Tokens a noun phrase's span stops before, after its head."""
NP_STOPS_LEFT = QUOTE_MARKS | {",", ")", ";", ":"}
"""Tokens a noun phrase's span starts after, before its head."""


def np_span(head: Token) -> Span:
    """The contiguous noun-phrase span of ``head``, cut at line breaks and at commas (the tokens'
    words read from the Doc's table, no Token made per word)."""
    toks = np_tokens(head)
    start, end = toks[0].i, toks[-1].i + 1
    doc = head.doc
    tt = tokens(doc)
    text = tt.text
    for i in range(head.i, end):
        word = text[i]
        # "le maire a, …" (rep17)
        if "\n" in word or word in NP_STOPS_RIGHT or _finite_auxiliary_at(tt, i, head.i):
            end = i
            break
    for i in range(head.i, start - 1, -1):
        if "\n" in text[i] or text[i] in NP_STOPS_LEFT:
            start = i + 1
            break
    start, end = mended(tt, start, end, head.i)  # "[d'un] cours d'eau", "habitants comme c’"
    while start < head.i and tt.pos[start] == "ADP":
        start += 1
    start = joined_left(doc, start)  # "état-major" split by the tokenizer
    return doc[start : max(end, start + 1)]


AUXILIARIES = frozenset({"avoir", "être"})
VERBAL = frozenset({"AUX", "VERB"})


def finite_auxiliary_of(tok: Token, head: Token) -> bool:
    """ "a" of "Le maire a, lors du conseil, annoncé …" hung on the subject: no word of its phrase."""
    return _finite_auxiliary_at(tokens(tok.doc), tok.i, head.i)


def _finite_auxiliary_at(tt: Tokens, i: int, head: int) -> bool:
    """``finite_auxiliary_of`` on the token table: the morphology is read last, of the few tokens
    that pass the other tests."""
    return (
        tt.head[i] == head
        and tt.lemma[i] in AUXILIARIES
        and tt.pos[i] in VERBAL
        and "Fin" in morph_of(tt.doc[i]).get("VerbForm", [])
    )


def role_words(span: Span) -> tuple[str, frozenset[str]]:
    """(role lemma, content words) of a role phrase, for matching descriptions to each other."""
    role = next((t for t in span if is_role(t)), span.root)
    words = frozenset(
        fold(t.lemma_) for t in span if t.pos_ in {"ADJ", "NOUN", "PROPN"} and t.i != role.i and not t.is_stop
    )
    return fold(role.lemma_), words


@dataclass
class _Entity:
    key: str
    name: str
    label: str
    titles: list[tuple[str, frozenset[str]]]
    last: int  # token index of its last mention so far
    positions: list[int] = field(default_factory=list)  # token indexes of its name mentions

    def last_before(self, at: int) -> int | None:
        """Token index of its last mention before ``at``."""
        return max((p for p in self.positions if p < at), default=None)


def joined_left(doc: Doc, i: int) -> int:
    """Index of the first token of a word the tokenizer split at a hyphen ("état" "-major")."""
    return joined_left_at(tokens(doc), i)


def joined_left_at(tt: Tokens, i: int) -> int:
    """``joined_left`` read from the document's token table."""
    text, space, n = tt.text, tt.space, len(tt)
    while 0 < i < n and not space[i - 1]:
        if not (text[i].startswith("-") or text[i - 1] == "-"):
            break
        i -= 1
    return i


def title_before(doc: Doc, start: int, sent: Span) -> Span | None:
    """A title right before a name: "le président ukrainien Volodymyr Zelensky",
    "le chef d'état-major américain, le général Mark Milley" (the leftmost role of the phrase)."""
    i = start - 1
    if i >= 0 and doc[i].lower_ in TITLE_BREAKERS:
        return None  # "les partisans de Donald Trump", "X et son homologue": not a title of the name
    if i >= 0 and doc[i].text == ",":
        i -= 1
    end = i + 1
    role = None
    while i >= 0 and end - i <= TITLE_WINDOW:  # not sent.start: the parser splits sentences at titles
        tok = doc[i]
        hyphen = tok.text.startswith("-") or (tok.text == "-" and not tok.whitespace_)
        if (tok.is_punct and not hyphen and tok.text not in {"'", "’"}) or "\n" in tok.text:
            break
        if tok.pos_ in {"VERB", "AUX", "PRON", "SCONJ", "CCONJ"} or tok.lower_ == "par":
            break  # "reçu à l'Élysée par Emmanuel Macron": the seat is no title of the name
        if is_role(tok) and tok.dep_ != "amod":
            role = tok
        i -= 1
    if role is None:
        return None
    tokens = [t for t in doc[role.i : end] if not (t.is_punct and not t.text.startswith("-"))]
    while tokens and tokens[-1].lower_ in DETERMINERS:
        tokens.pop()
    first = joined_left(doc, role.i)
    return doc[first : tokens[-1].i + 1] if tokens else None


def title_after(span: Span) -> Span | None:
    """A title in apposition after a name: "Yoruk Isik, analyste géopolitique"."""
    doc = span.doc
    i = span.end
    if i < len(doc) and doc[i].text == ",":
        i += 1
        while i < len(doc) and i < span.end + 4 and doc[i].lower_ in BEFORE_TITLE:
            i += 1
        if i < len(doc) and is_role(doc[i]):
            return np_span(doc[i])
    return None


NOUNS = frozenset({"NOUN", "PROPN"})
NOT_ROLE_DEPS = frozenset({"amod", "case", "fixed", "flat:name"})


def role_mentions(sdoc: Doc, taken: set[int]) -> list[tuple[Span, str]]:
    """Role phrases not part of a name: (span, "DEF" | "ANON" | "GROUP")."""
    found = []
    tt = tokens(sdoc)
    dep, lemma, lower, space = tt.dep, tt.lemma, tt.lower, tt.space
    for i, pos in enumerate(tt.pos):
        if pos not in NOUNS or i in taken or dep[i] in NOT_ROLE_DEPS:
            continue
        if not is_role_word(lemma[i], lower[i]) and (i == 0 or space[i - 1]):
            continue  # what ``role_at`` answers for a noun glued to no word before it, without the call
        if not role_at(tt, i):
            continue
        tok = sdoc[i]
        span = np_span(tok)
        if tok.i in taken:
            continue
        det = next((t for t in span if t.i < tok.i and t.dep_ == "det"), None)
        det_text = det.lower_ if det is not None else ""
        plural = "Plur" in morph_of(tok).get("Number", []) or tok.lower_.endswith(("s", "x"))
        if det_text in INDEFINITE or (det is None and plural):
            found.append((span, "GROUP" if plural else "ANON"))
        elif det_text in DEFINITE:
            found.append((span, "GROUP" if plural and det_text in {"les", "ces"} else "DEF"))
    return found


def looks_like_person(span: Span) -> bool:
    """A name followed by an age or a person noun: "Natalia Papernaya, une créatrice", "X, 36 ans"."""
    doc = span.doc
    after = doc[span.end : min(len(doc), span.end + 4)]
    if AGE_RE.match(after.text):
        return True
    if len(after) >= 3 and after[0].text == "," and after[1].lower_ in {"un", "une", "le", "la"}:
        noun = after[2]
        return is_role(noun) or bool(PERSON_NOUN_RE.search(noun.lower_))
    return False


def find_mentions(sdoc: Doc) -> list[Mention]:
    """Actors and places mentioned in the document, with in-article coreference keys."""
    spans, introduced = person_spans(sdoc, entity_spans(sdoc))  # "Nadia, 80 ans", "», confie Marion"
    spans = [
        Span(sdoc, s.start, s.end, label="PER")
        if s.label_ != "PER" and len(s) > 1 and looks_like_person(s)
        else s
        for s in spans
    ]
    full_names = [s for s in spans if s.label_ == "PER" and len(s) > 1]
    # one entry per distinct full name (a long article repeats them: comparing every mention with
    # every other was quadratic), with where each occurs for "the nearest one"
    full_tokens = {span_text(p): len(p) for p in full_names}
    full_folds = {fold(t) for t in full_tokens}
    full_starts: dict[str, list[int]] = {}
    for p in full_names:
        full_starts.setdefault(span_text(p), []).append(p.start)
    places = {fold(span_text(s)) for s in spans if s.label_ in {"LOC", "GPE"}}
    spans = [s if s.start in introduced else relabel(s, full_tokens, places) for s in spans]
    spans += surname_spans(sdoc, spans, full_tokens)
    spans = [s for s in spans if s.label_ != "MISC" and len(span_text(s)) > 1]
    spans.sort(key=lambda s: s.start)
    persons: list[_Entity] = []
    mentions: list[Mention] = []
    taken: set[int] = set()

    for span in spans:
        taken.update(range(span.start, span.end))
        text = name_text(span)  # "Christie's." at a sentence end: "Christie's"
        end = span.start_char + len(text)
        if span.label_ != "PER":
            mentions.append(Mention(span.start_char, end, text, span.label_, fold(text), text))
            continue
        full = text
        if len(span) == 1 or fold(text) not in full_folds:
            longer = [t for t, n in full_tokens.items() if n > len(span) and surname_match(text, t)]
            if longer:
                full = max(longer, key=lambda t: (full_tokens[t], -distance(full_starts[t], span.start)))
            elif (given := given_name_of(span, full_tokens)) is not None:
                full = given
        key = fold(full)
        ent = next((e for e in persons if e.key == key), None)
        if ent is None:
            ent = _Entity(key, full, "PER", [], span.start)
            persons.append(ent)
        ent.last = span.start
        ent.positions.append(span.start)
        for title in titles_of(span):
            ent.titles.append(role_words(title))
            taken.update(range(title.start, title.end))
            mentions.append(Mention(title.start_char, title.end_char, span_text(title), "PER", key, full))
        mentions.append(Mention(span.start_char, end, text, "PER", key, full))

    mentions += link_roles(sdoc, taken, persons)
    return sorted(mentions, key=lambda m: (m.start, -m.end))


def titles_of(span: Span) -> list[Span]:
    """Titles given to a name: before it (possibly chained by commas) and in apposition after it."""
    found = []
    title = title_before(span.doc, span.start, span.sent)
    while title is not None:
        found.append(title)
        j = title.start
        while j > 0 and span.doc[j - 1].lower_ in DETERMINERS:
            j -= 1
        nxt = title_before(span.doc, j, span.sent) if j > 0 and span.doc[j - 1].text == "," else None
        title = nxt if nxt is not None and nxt.start < title.start and len(found) < 4 else None
    after = title_after(span)
    if after is not None:
        found.append(after)
    return found


def link_roles(sdoc: Doc, taken: set[int], persons: list[_Entity]) -> list[Mention]:
    """Role phrases: definite ones linked to the person or anonymous actor they describe, the
    rest kept as anonymous actors or groups."""
    anonymous: list[_Entity] = []
    out = []
    for span, kind in role_mentions(sdoc, taken):
        role, words = role_words(span)
        name = strip_determiner(span)
        if kind == "DEF":
            person = best_title_match(role, words, span.start, persons)
            anon = next(
                (a for a in reversed(anonymous) if a.titles[0][0] == role and words <= a.titles[0][1]), None
            )
            if anon is not None and (person is None or anon.last > (person.last_before(span.start) or -1)):
                anon.last = span.start
                out.append(
                    Mention(span.start_char, span.end_char, span_text(span), "ANON", anon.key, anon.name)
                )
            elif person is not None:
                out.append(
                    Mention(span.start_char, span.end_char, span_text(span), "PER", person.key, person.name)
                )
            elif role in GENERIC_ROLES:
                person = recent_compatriot(words, span.start, persons)
                if person is not None:
                    out.append(
                        Mention(
                            span.start_char, span.end_char, span_text(span), "PER", person.key, person.name
                        )
                    )
            continue
        key = f"{kind.lower()}:{fold(name)}"
        if kind == "ANON":
            anonymous.append(_Entity(key, name, kind, [(role, words)], span.start))
        out.append(Mention(span.start_char, span.end_char, span_text(span), kind, key, name))
    return out


def recent_compatriot(words: frozenset[str], at: int, persons: list[_Entity]) -> _Entity | None:
    """A vague definite description ("le plus haut responsable militaire américain") names the
    person last mentioned before it if one of that person's titles shares its adjectives."""
    before = [(p.last_before(at), p) for p in persons]
    before = [(pos, p) for pos, p in before if pos is not None and at - pos <= RECENT_TOKENS]
    if not before:
        return None
    _, last = max(before, key=lambda x: x[0] or 0)
    shared = {w for t in last.titles for w in t[1]} | {t[0] for t in last.titles}
    return last if words & shared else None


def best_title_match(role: str, words: frozenset[str], at: int, persons: list[_Entity]) -> _Entity | None:
    """The person, mentioned before ``at``, whose title has this role and these words."""
    best, best_pos = None, -1
    for p in persons:
        pos = p.last_before(at)
        if pos is None:
            continue
        if any(t_role == role and words <= t_words for t_role, t_words in p.titles) and pos > best_pos:
            best, best_pos = p, pos
    return best


def strip_determiner(span: Span) -> str:
    """The phrase without its leading determiner: "un responsable turc" -> "responsable turc"."""
    tt = tokens(span.doc)  # read from the token table: no Token made, the text sliced, not joined
    i = span.start
    while i < span.end and (tt.dep[i] == "det" or tt.lower[i] in DETERMINERS):
        i += 1
    if i in (span.start, span.end):  # no determiner, or nothing else: the phrase as it is
        return span_text(span)
    return doc_text(span.doc)[tt.idx[i] : span.end_char]
