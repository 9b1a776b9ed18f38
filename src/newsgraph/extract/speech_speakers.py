"""Who speaks: the speaker of a statement from its subject phrase, resolved within the article.

A subject is a named mention (person, organization, place standing for its government), a role
linked by ``entities`` to a named person, an anonymous or collective phrase (kept as such), or a
pronoun resolved to the most recent person or anonymous speaker before it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from newsgraph import lexicons
from newsgraph.extract.attribution_phrases import insertion_start
from newsgraph.extract.context import DocContext, Mention
from newsgraph.extract.entities import (
    DEFINITE,
    INDEFINITE,
    is_role,
    np_span,
    strip_determiner,
)
from newsgraph.extract.speaker_gender import gender
from newsgraph.extract.speech_quotes import doc_quotes
from newsgraph.names import fold_spaced as fold

LABEL_TYPES = {
    "PER": "person",
    "ORG": "organization",
    "GPE": "gpe",
    "LOC": "gpe",
    "ANON": "anonymous",
    "GROUP": "group",
}
LABEL_RANK = {"PER": 0, "ANON": 1, "GROUP": 2, "ORG": 3, "GPE": 4, "LOC": 4}
_PRONOUNS = lexicons.tagged("pronouns.tsv")
PRONOUNS_SG = _PRONOUNS["person_singular"]
PRONOUNS_PL = _PRONOUNS["person_plural"]
RELATIVE = _PRONOUNS["relative_subject"]
RELATIVE_OBJECT = _PRONOUNS["relative_object"]
# Subject dependents that are not part of the speaker's description.
NOT_DESCRIPTION = {"acl:relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "cc", "punct", "parataxis", "dep"}
SUBJECT_DEPS = {"nsubj", "nsubj:pass", "expl:subj"}
_WORDS = lexicons.tagged("speaker_words.tsv")
HONORIFICS = _WORDS["honorific"]  # abbreviated titles before a name
PLURAL_DETS = _WORDS["plural_det"]
CLOSE_PEOPLE = _WORDS["close_people"]
PRONOUN_WINDOW = 1500  # characters back to look for a pronoun's antecedent
NEAR_WINDOW = 250  # a person named in passing this close can be the antecedent


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str
    type: str
    start: int  # where it is mentioned (characters), for later pronouns
    key: str


@lru_cache(maxsize=1)
def institution_roles() -> frozenset[str]:
    """Role nouns that name institutions ("armée", "ministère"), marked ``org`` in roles.txt."""
    return lexicons.selection("roles.txt", "org")


def mentions_between(ctx: DocContext, start: int, end: int) -> list[Mention]:
    """Mentions inside the character range."""
    return [m for m in ctx.mentions_within(start, end) if m.label in LABEL_TYPES]


def mention_speaker(m: Mention) -> Speaker:
    return Speaker(m.name, LABEL_TYPES[m.label], m.start, m.key)


def description_tokens(head: Token) -> list[Token]:
    """The subject's head with its modifiers and appositions, without clauses."""
    keep = [head]
    for child in head.children:
        if child.dep_ not in NOT_DESCRIPTION:
            keep.extend(description_tokens(child))
    return keep


def speaker_from_head(ctx: DocContext, head: Token, history: list[Speaker]) -> Speaker | None:
    """The speaker named by a subject (or by the object of "selon", "pour", a postposed subject)."""
    low = head.lower_
    if low in PRONOUNS_SG or low in PRONOUNS_PL or (head.lemma_ in {"il", "lui"} and head.pos_ == "PRON"):
        topic = dislocated_topic(head)
        if topic is not None:
            return speaker_from_head(ctx, topic, history)
        return resolve_pronoun(low, head.idx, history, ctx)
    if low in RELATIVE and head.head.i != head.i:
        antecedent = head.head.head if head.head.dep_.startswith("acl") else None
        return speaker_from_head(ctx, antecedent, history) if antecedent is not None else None
    if head.pos_ == "PRON" and not ctx.mentions_at(head.idx):
        # "Certains, comme le général Mark Milley, pensaient que …": the example named speaks
        nearby = list(head.children) + [c for c in head.head.children if head.i < c.i < head.head.i]
        example = next(
            (c for c in nearby if any(g.lower_ == "comme" and g.dep_ == "case" for g in c.children)), None
        )
        return speaker_from_head(ctx, example, history) if example is not None else None
    demonym = next((m for m in ctx.mentions_at(head.idx) if m.label == "DEMONYM"), None)
    if demonym is not None:  # "un Ukrainien", "cette habitante ukrainienne": someone, not the country
        return people_speaker(head)
    toks = description_tokens(head)
    start, end = min(t.idx for t in toks), max(t.idx + len(t) for t in toks)
    found = mentions_between(ctx, start, end)
    covering = [m for m in ctx.mentions_at(head.idx) if m.label in LABEL_TYPES]
    if covering:
        best = mention_speaker(min(covering, key=lambda m: LABEL_RANK[m.label]))
        if best.type == "gpe" and head_form(head) in {fold(r) for r in institution_roles()}:
            return Speaker(best.name, "organization", best.start, best.key)  # "le ministère de la Défense"
        return best
    named = [m for m in found if m.label in {"PER", "ANON", "GROUP"}]
    if (
        named
        and all(m.label == "GROUP" for m in named)
        and head_form(head) in {fold(r) for r in institution_roles()}
    ):
        named = []  # "le syndicat des boulangers", "l'association des riverains": the institution speaks
    if named:
        return mention_speaker(min(named, key=lambda m: (LABEL_RANK[m.label], m.start)))
    if found and (head.pos_ == "PROPN" or not is_role(head)):
        return mention_speaker(min(found, key=lambda m: (LABEL_RANK[m.label], m.start)))
    return phrase_speaker(ctx, head)


def dislocated_topic(pronoun: Token) -> Token | None:
    """The topic a subject pronoun takes up in its own sentence: "Quant à la France, elle a promis …",
    "Du côté de l'armée, elle assure …" (a noun phrase before the pronoun, led by "quant à")."""
    verb = pronoun.head
    if pronoun.dep_ not in SUBJECT_DEPS or verb.i == pronoun.i:
        return None
    for child in verb.children:
        if child.i >= pronoun.i or child.pos_ not in {"NOUN", "PROPN"}:
            continue
        if any(c.dep_ == "case" and c.lower_ == "quant" for c in child.children) or (
            child.i > 0 and verb.doc[child.left_edge.i - 1].lower_ == "quant"
        ):
            return child
    return None


def people_speaker(head: Token) -> Speaker:
    """A member or members of a people ("un Ukrainien", "des Russes"): anonymous or a group."""
    span = np_span(head)
    name = strip_determiner(span)
    if "Plur" in head.morph.get("Number", []) or head.lower_.endswith("s"):
        return Speaker(name, "group", span.start_char, "group:" + fold(name))
    return Speaker(name, "anonymous", span.start_char, "anon:" + fold(name))


def phrase_speaker(ctx: DocContext, head: Token) -> Speaker | None:
    """A speaker from a noun phrase no mention covers: a role (anonymous, group, institution)
    or an unrecognized proper name."""
    span = np_span(head)
    while len(span) > 1 and (span[0].dep_ == "case" or span[0].lower_ == "dont") and span[0].i < head.i:
        span = span[1:]  # "quant au maire" (tagged an adverb, "quant" stays in the phrase)
    name = strip_determiner(span)
    det = next((t.lower_ for t in span if t.dep_ == "det" and t.i < head.i), "")
    plural = "Plur" in head.morph.get("Number", [])
    if head.pos_ == "PROPN":
        type_ = "person" if sum(t.text[:1].isupper() for t in span) >= 2 else "organization"
        return Speaker(name, type_, span.start_char, fold(name))
    close = head.lower_ in CLOSE_PEOPLE and det not in INDEFINITE  # "ses proches", "la famille"
    if not is_role(head) and not close:
        return None
    if close:
        return Speaker(name, "group", span.start_char, "group:" + fold(name))
    if head_form(head) in {fold(r) for r in institution_roles()} and not plural:
        return Speaker(name, "organization", span.start_char, fold(name))
    if plural or det in PLURAL_DETS:
        return Speaker(name, "group", span.start_char, "group:" + fold(name))
    possessive = any(t.dep_ == "det" and t.i < head.i and "Yes" in t.morph.get("Poss", []) for t in span)
    if det in INDEFINITE or det in DEFINITE or not det or possessive:
        # "notre envoyé spécial", "sa mère": a role of the newsroom or of someone named before
        return Speaker(name, "anonymous", span.start_char, "anon:" + fold(name))
    return None


def head_form(head: Token) -> str:
    """The folded lemma of a head noun, rejoined when the tokenizer split it ("état-major")."""
    doc = head.doc
    i = head.i
    while i > 0 and not doc[i - 1].whitespace_ and (doc[i].text.startswith("-") or doc[i - 1].text == "-"):
        i -= 1
    return fold(doc[i : head.i].text + head.lemma_) if i < head.i else fold(head.lemma_)


def resolve_pronoun(pronoun: str, at: int, history: list[Speaker], ctx: DocContext) -> Speaker | None:
    """The most recent earlier speaker, or person named as a subject, agreeing with the pronoun;
    a person named only as an object or in passing counts when nothing else is near."""
    plural = pronoun in PRONOUNS_PL
    wanted = {"group"} if plural else {"person", "anonymous"}
    candidates = [s for s in history if s.type in wanted and s.start < at and at - s.start <= PRONOUN_WINDOW]
    if not plural:
        quotes = doc_quotes(ctx.sdoc)
        named = [
            m
            for m in ctx.mentions
            if m.label in {"PER", "ANON"} and m.end <= at and not inside_quote(quotes, m.start)
        ]  # a person named inside quoted words is spoken of, not speaking
        subjects = [m for m in named if at - m.start <= PRONOUN_WINDOW and is_subject_mention(ctx, m)]
        nearby = [m for m in named if at - m.start <= NEAR_WINDOW]
        wanted_gender = "f" if "elle" in pronoun else "m" if "il" in pronoun or pronoun == "lui" else None

        def agrees(s: Speaker) -> bool:
            return gender(ctx, s) in {wanted_gender, None}

        candidates = [s for s in candidates if agrees(s)]
        candidates += [s for s in map(mention_speaker, subjects) if agrees(s)] or [
            s for s in map(mention_speaker, nearby) if agrees(s)
        ]
    if not candidates:
        return previous_role_subject(ctx, at, pronoun)
    return max(candidates, key=lambda s: s.start)


def inside_quote(quotes: list[tuple[int, int]], char: int) -> bool:
    """Whether ``char`` lies inside one of the (sorted, outermost) quotes."""
    i = bisect_right(quotes, char, key=lambda q: q[0]) - 1
    return i >= 0 and char < quotes[i][1]


def previous_role_subject(ctx: DocContext, at: int, pronoun: str) -> Speaker | None:
    """When no person is near: the role that is the subject of the sentence before the pronoun's,
    agreeing in number ("Le président français a pris la parole mercredi. Il affirme que …")."""
    doc = ctx.sdoc
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None or span[0].sent.start == 0:
        return None
    prev = doc[span[0].sent.start - 1].sent
    head = subject_of(prev.root)
    if head is None or head.pos_ != "NOUN" or not is_role(head) or not prev.start <= head.i < prev.end:
        return None
    if ("Plur" in head.morph.get("Number", [])) != (pronoun in PRONOUNS_PL):
        return None
    det = next((c for c in head.children if c.dep_ == "det" and c.morph.get("Gender", [])), None)
    gender = (det or head).morph.get("Gender", [])  # "la ministre": the determiner knows
    if ("elle" in pronoun and "Masc" in gender) or ("elle" not in pronoun and "Fem" in gender):
        return None
    return phrase_speaker(ctx, head)


def is_subject_mention(ctx: DocContext, m: Mention) -> bool:
    """The mention is (part of) a clause subject, not an object or a complement."""
    span = ctx.sdoc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    for _ in range(3):
        if tok.dep_ in SUBJECT_DEPS:
            return True
        if tok.dep_ in {"flat:name", "appos", "amod", "nmod"} and tok.head.i != tok.i:
            tok = tok.head
            continue
        return tok.dep_ == "ROOT" and presentational(tok)
    return False


def presentational(root: Token) -> bool:
    """ "C'est le cas de Nicolas Fréal", "C'est Marie qui …": the person presented is the topic the
    next sentence's pronoun takes up, as a subject would be."""
    return any(c.dep_ == "cop" for c in root.children) and any(
        c.dep_ in SUBJECT_DEPS and c.lower_ in {"c'", "c’", "ce"} for c in root.children
    )


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, climbing through participles, conjoined and infinitive verbs."""
    seen = 0
    while verb is not None and seen < 4:
        subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is not None:
            # "-t" "-il": prefer the pronoun
            clitic = next(
                (
                    c
                    for c in verb.children
                    if c.dep_ in SUBJECT_DEPS and c.lower_ in PRONOUNS_SG | PRONOUNS_PL
                ),
                None,
            )
            return clitic or subj
        if verb.dep_ in {"acl"} and verb.head.pos_ in {"NOUN", "PROPN", "PRON"}:
            return verb.head
        if verb.dep_ == "advcl" and any(c.dep_ == "mark" for c in verb.children):
            return None  # "bien que X ait déclaré": a subordinate clause has its own subject
        if verb.dep_ in {"conj", "xcomp", "advcl", "acl"} and verb.head.i != verb.i:
            verb = verb.head
            seen += 1
            continue
        return None
    return None


def postposed_subject(doc: Doc, verb: Token, limit: int) -> Token | None:
    """The subject after an inverted speech verb: « … », a ajouté le général Milley / explique X."""
    for tok in doc[verb.i + 1 : limit]:
        if tok.is_sent_start and tok.i > verb.i + 1:
            break
        if tok.text in {".", "!", "?", "«", "“", '"', ";", ":"} or tok.lower_ in RELATIVE_OBJECT:
            break
        if tok.lower_ in PRONOUNS_SG | PRONOUNS_PL and tok.text.startswith("-"):
            return tok
        if tok.lower_.rstrip(".") in HONORIFICS and tok.i + 1 < limit and doc[tok.i + 1].text[:1].isupper():
            continue  # "détaille Pr Philippe Amouyel": the name follows
        if (tok.pos_ in {"PROPN", "NOUN"} and (tok.pos_ == "PROPN" or is_role(tok) or tok.ent_type_)) or (
            tok.pos_ == "VERB" and is_role(tok)
        ):  # "commente un passant" (tagged as a participle)
            if in_prepositional_phrase(tok):
                continue
            # climb to the head of a name ("Mark" -> "Milley" -> the phrase head)
            while (
                tok.dep_ in {"flat:name", "flat:foreign", "amod"}
                and tok.head.i > verb.i
                and tok.head.pos_ in {"PROPN", "NOUN"}
                and tok.head.lower_.rstrip(".") not in HONORIFICS
            ):
                tok = tok.head
            return tok
    return None


PREPOSITIONS = {
    "à",
    "aux",
    "au",
    "devant",
    "dans",
    "sur",
    "lors",
    "de",
    "du",
    "des",
    "en",
    "pour",
    "après",
    "avant",
    "par",
    "chez",
    "auprès",
    "avec",
    "selon",
    "d'",
    "d’",
}


def in_prepositional_phrase(tok: Token) -> bool:
    """ "à Reuters", "devant le New York Economic Club": not a subject."""
    head = tok
    while head.dep_ in {"flat:name", "flat:foreign", "amod", "compound"} and head.head.i != head.i:
        head = head.head
    if any(c.dep_ == "case" and c.lower_ in PREPOSITIONS for c in head.children):
        return True
    j = head.left_edge.i - 1
    return j >= 0 and tok.doc[j].lower_ in PREPOSITIONS


def preverbal_subject(verb: Token) -> Token | None:
    """A subject the parser missed, just before the verb group: "bien que Washington ait déclaré"."""
    doc = verb.doc
    i = verb.i - 1
    steps = 0
    while i >= 0 and steps < 5:
        tok = doc[i]
        if tok.pos_ in {"AUX", "ADV"} or tok.lower_ in {"ne", "n'", "n’", "y", "en", "se", "s'", "s’"}:
            i -= 1
            steps += 1
            continue
        if tok.text == "," and (opening := insertion_start(doc, i)) is not None:
            i = opening - 1  # "le président, en présence de son état-major, se dit prêt"
            steps += 1
            continue
        if tok.pos_ in {"PROPN", "NOUN"} or tok.lower_ in PRONOUNS_SG | PRONOUNS_PL:
            while tok.dep_ in {"flat:name", "flat:foreign"} and tok.head.i < tok.i:
                tok = tok.head
            # "le président de la Biélorussie": the noun the complement hangs on
            while tok.dep_ in {"nmod", "amod"} and tok.head.i < tok.i and tok.head.pos_ in {"NOUN", "PROPN"}:
                tok = tok.head
            return tok
        return None
    return None


def shared_subject(verb: Token, is_speech: Callable[[Token], bool]) -> Token | None:
    """The subject a participle or a conjoined verb shares with an earlier verb of its sentence:
    "X a déclaré …, affirmant que …", "X a estimé que … et a déclaré que …"."""
    doc = verb.doc
    participle = "Part" in verb.morph.get("VerbForm", []) and "Pres" in verb.morph.get("Tense", [])
    start = verb.i
    for child in verb.children:
        if child.i < start and (child.dep_.startswith("aux") or child.dep_ == "advmod"):
            start = child.i
    prev = doc[start - 1] if start > 0 else None
    if not participle and (prev is None or prev.lower_ not in {"et", ",", "puis", "mais"}):
        return None
    earlier = [t for t in reversed(doc[verb.sent.start : start]) if t.pos_ == "VERB"]
    for tok in [t for t in earlier if is_speech(t)] + earlier:
        if tok.i < verb.i:
            inverted = next(
                (
                    c
                    for c in doc[max(0, tok.i - 3) : tok.i + 3]
                    if c.text.startswith("-") and c.lower_ in PRONOUNS_SG | PRONOUNS_PL
                ),
                None,
            )
            subj = inverted or next((c for c in tok.children if c.dep_ in SUBJECT_DEPS), None)
            if subj is not None and subj.lower_ not in RELATIVE | RELATIVE_OBJECT:
                return subj
    return None
