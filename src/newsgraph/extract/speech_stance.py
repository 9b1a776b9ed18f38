"""Reported speech by stance expressions: a verb and its fixed words that report what a person or an
organisation says or thinks without a plain verb of saying, from ``speech_stances.tsv``.

- "Les pédiatres tirent la sonnette d'alarme sur la pénurie de médicaments": the phrase the
  expression governs is the content ("la pénurie de médicaments");
- "Les vétérinaires tirent la sonnette d'alarme : les cas de grippe aviaire se multiplient": the
  clause after the colon (a quote there is left to the quote rules);
- "La préfète ignore si les digues tiendront": the indirect question;
- "Les écologistes ont crié victoire", "Le conseil départemental a manifesté son désaccord": nothing governed,
  the expression itself is what the speaker expressed (grade 2 only).

A candidate needs a subject; whether it can speak ("la situation" cannot) is decided by the speaker
resolution of ``statements``, which drops a candidate whose subject is no speaker.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import compress

from spacy.tokens import Doc, Token

from newsgraph import lexicons
from newsgraph.extract.context import DocContext, doc_text
from newsgraph.extract.entities import is_role
from newsgraph.extract.negation_words import NE, NOT_ADVERBS
from newsgraph.extract.speaker_nouns import speaker_kind
from newsgraph.extract.speech_clauses import clause_end_after, clause_stop
from newsgraph.extract.speech_common import Candidate, in_shouting_line, inside, token_at, verb_report, words
from newsgraph.extract.speech_idioms import variant_pattern
from newsgraph.extract.speech_interpret import interpretive_candidates, word_used_candidates
from newsgraph.extract.speech_lexicon import IRREGULAR_HEADS, conjugate
from newsgraph.extract.speech_quotes import CLOSING_MARKS, OPENING_MARKS, doc_quotes
from newsgraph.extract.speech_reported import clip_to_sentence, subject_for
from newsgraph.extract.tokens import tokens

POSSESSIVES = r"(?:son|sa|ses|leur|leurs|mon|ma|mes|notre|nos|votre|vos)"
BETWEEN = re.compile(
    r"(?:\s*(?:pas|plus|guère|jamais|point|ainsi|à nouveau|encore|déjà|aussi|alors|désormais|donc"
    r"|très|toujours|également|même|une nouvelle fois|une fois de plus|[\wéèêàç]+ment)\b)*\s*",
    re.IGNORECASE,
)
"""Words that may stand between the verb and its fixed words: "a ainsi manifesté", "ne cache pas",
"tirent à nouveau la sonnette d'alarme", "a clairement exprimé"."""
NOT_RE = re.compile(rf"\b(?:{lexicons.alternation(NOT_ADVERBS)})\b", re.IGNORECASE)
GENERIC_SUBJECTS = {"on"}
COORDINATORS = {"et", "mais", "puis", ","}
FUNCTION_POS = {"ADP", "DET", "PRON", "ADV", "SCONJ", "CCONJ"}


@dataclass(frozen=True, slots=True)
class Stance:
    """An expression of the lexicon: its verb, its fixed words (a regex), what it governs."""

    head: str
    pattern: re.Pattern[str]
    slots: tuple[str, ...]
    prepositions: tuple[str, ...]
    negated: bool
    grade: int
    sense: str
    whole: bool = False  # "whole": a prepositional content starts at the fixed words ("inquiets pour …")


def expand(words: str, sets: dict[str, str]) -> str:
    """One variant of WORDS as a regex: POSS, %NAME placeholders and the words themselves.

    >>> bool(re.fullmatch(expand("POSS %S", {"S": "colère"}), "leur colère"))
    True
    """
    parts = []
    for word in words.split():
        if word == "POSS":
            parts.append(POSSESSIVES)
        elif word.startswith("%"):
            parts.append(sets[word[1:]])
        else:
            parts.append(variant_pattern(word))
    return r"\s+".join(parts).replace(r"\s+(?:\s*)", r"\s+")


@cache
def stances() -> dict[str, tuple[Stance, ...]]:
    """Verb infinitive -> the stance expressions it heads, from ``speech_stances.tsv``."""
    rows = lexicons.rows("speech_stances.tsv", 5)
    sets = {
        r[0][1:].strip(): "(?:"
        + "|".join(variant_pattern(w) for w in sorted(r[1].split("|"), key=len, reverse=True))
        + ")"
        for r in rows
        if r[0].startswith("%")
    }
    found: dict[str, list[Stance]] = {}
    for head, variants, slots, grade, sense in rows:
        if head.startswith("%") or not head.strip():
            continue
        alternatives = "|".join(expand(v, sets) for v in variants.strip().split("|"))
        parts = slots.split()
        preps = tuple(
            p.replace("_", " ")
            for s in parts
            if s.startswith("pp=")
            for p in s.removeprefix("pp=").split(",")
        )
        stance = Stance(
            head.strip(),
            re.compile(
                BETWEEN.pattern + r"(?P<words>" + alternatives + r")(?:(?<=['’])|(?!\w))", re.IGNORECASE
            ),
            tuple(s.split("=")[0] for s in parts if s not in {"neg", "whole"}),
            preps,
            "neg" in parts,
            int(grade or "1"),
            sense.strip() or "react",
            "whole" in parts,
        )
        found.setdefault(stance.head, []).append(stance)
    return {k: tuple(v) for k, v in found.items()}


@cache
def head_forms() -> dict[str, str]:
    """The forms news reports use of the stance verbs (tagged as verbs or not) -> infinitive."""
    forms = {f: head for head in stances() for f in conjugate(head)}
    for head, irregular in IRREGULAR_HEADS.items():
        if head in stances():
            forms.update(dict.fromkeys(irregular, head))
    for head in stances():
        forms.setdefault(head, head)
    return forms


def stance_heads(doc: Doc) -> Iterator[tuple[Token, str]]:
    """The tokens that may head a stance expression, with the infinitive they are a form of."""
    found: list[tuple[int, str]] | None = doc.user_data.get(STANCE_HEADS)
    if found is None:  # once per Doc: the stances and the relayed stances both walk them
        table = tokens(doc)  # read from the token table: most words head no stance, no Token is made
        heads = list(map(stance_head, table.lemma, table.text))  # the cached test, no loop frame per word
        # the heads are infinitives, never "": both walks keep the same words
        found = doc.user_data[STANCE_HEADS] = list(
            zip(compress(range(len(heads)), heads), filter(None, heads), strict=True)
        )
    for i, head in found:
        yield doc[i], head


STANCE_HEADS = "newsgraph.stance_heads"


@lru_cache(maxsize=65536)
def stance_head(lemma: str, text: str) -> str | None:
    """The stance verb a word of this lemma and form is, or None (cached by word)."""
    lemma = lemma.lower()
    return lemma if lemma in stances() else head_forms().get(text.lower())


def negated(verb: Token) -> bool:
    """ "n'ont pas caché", "ne cache pas": a "ne" in the verb group before the verb."""
    doc = verb.doc
    return any(t.lower_ in NE for t in doc[max(verb.sent.start, verb.i - 4) : verb.i])


def next_text(text: str, end: int) -> tuple[int, str]:
    """The offset of the first non-space character at or after ``end`` and the text from there."""
    j = end
    while j < len(text) and text[j] in " \u00a0\u202f\t":
        j += 1
    return j, text[j : j + 60]


def governed(doc: Doc, stance: Stance, end: int) -> tuple[tuple[int, int], str] | bool | None:
    """The content an expression ending at ``end`` governs and its slot; ``False`` when a quote
    follows the colon (the quote rules read it; no reading of ours)."""
    text = doc_text(doc)
    at, ahead = next_text(text, end)
    low = ahead.lower().replace("’", "'")
    for slot in stance.slots:
        first_char: int | None = None
        if slot == "pp":
            for prep in stance.prepositions:
                variants = [prep] + ([prep[:-1] + "au", prep[:-1] + "aux"] if prep.endswith("à") else [])
                hit = next((v for v in variants if re.match(re.escape(v) + r"(?!\w)", low)), None)
                if hit is not None and ahead[:1].isupper():
                    hit = None  # "… tirent la sonnette d'alarme Sur la plateforme …": a new sentence
                if hit is not None:
                    first_char = next_text(text, at + len(hit))[0]
                    if hit.endswith(("au", "aux")):  # "face au manque": the article is in "au"
                        first_char = at + len(hit) - len(hit.split()[-1])
                    break
        elif slot == "que" and re.match(r"qu(?:e\b|')", low):
            first_char = next_text(text, at + 3)[0]  # "que" and "qu'" alike
        elif slot == "clause":
            first_char = at
        elif slot == "colon" and low.startswith(":"):
            first_char = next_text(text, at + 1)[0]
            if text[first_char : first_char + 1] in OPENING_MARKS:
                return False
        if first_char is None:
            continue
        first = token_at(doc, first_char)
        if first is None or first.is_punct or first.is_space:
            continue
        stop = clause_end_after(first) if slot == "colon" else clause_stop(first)
        if stop > first.idx and words(text[first.idx : stop]) >= 2:
            return (first.idx, stop), slot
    return None


def self_content(verb: Token, end: int) -> tuple[int, int]:
    """The expression itself with what completes it in its clause ("crié victoire après le vote")."""
    doc = verb.doc
    after = token_at(doc, end)
    if after is None or after.i >= verb.sent.end or after.is_punct:
        return verb.idx, end
    stop = max(end, clause_stop(after))
    for tok in doc[after.i : verb.sent.end]:
        if tok.idx >= stop:
            break
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if tok.text[:1].isupper() and tok.pos_ in FUNCTION_POS:
            return verb.idx, doc[tok.i - 1].idx + len(doc[tok.i - 1])  # "… d'alarme Sur la plateforme …"
        if tok.lower_ in COORDINATORS and nxt is not None and nxt.pos_ in {"VERB", "AUX"}:
            return verb.idx, doc[tok.i - 1].idx + len(doc[tok.i - 1])  # "… ses torts et présenté …"
    return verb.idx, stop


def stance_at(verb: Token, head: str) -> tuple[tuple[int, int], Stance, str] | None:
    """The content and the expression a verb token heads, if it heads one of the lexicon's."""
    doc = verb.doc
    text = doc_text(doc)
    start = verb.idx + len(verb)
    for stance in stances()[head]:
        m = stance.pattern.match(text, start, min(len(text), verb.sent.end_char))
        if m is None or (stance.negated and not negated(verb)):
            continue
        found = governed(doc, stance, m.end())
        if found is False:
            return None
        if found is not None:
            content, slot = found  # type: ignore[misc]
            if stance.whole and slot == "pp":  # "inquiets pour leurs récoltes": the stance, its object
                denied = NOT_RE.search(text, m.start(), m.start("words"))  # "ne sont pas convaincus par …"
                content = (denied.start() if denied else m.start("words"), content[1])
            if stance.whole:  # a sentence the parser ran on into the next ("… un contre-feu.  Après …")
                content = clip_to_sentence(text, content)
            return content, stance, slot
        if "self" in stance.slots and stance.grade >= 2:
            return self_content(verb, m.end()), stance, "self"
    return None


def across_clause(subject: Token, verb: Token) -> bool:
    """A colon or a semicolon between the subject and the verb: the parse took the subject of another
    clause ("Le journal s'est rendu sur place : les habitants … expriment leur colère")."""
    lo, hi = sorted((subject.i, verb.i))
    return any(t.text in {":", ";"} for t in verb.doc[lo:hi])


OPINION_NOUNS = frozenset({"avis", "réponse", "opinion", "verdict", "constat", "réaction", "résultat"})
"""Nouns of what was said or found: "Les avis sont unanimes : …" says the opinions agree, its people
unnamed; the verdict of "être formel" needs a speaker for subject."""


def opinion_subject(verb: Token, subject: Token) -> bool:
    """ "Les avis sont unanimes : …", "La réponse est catégorique : …": no one is named."""
    return verb.lemma_.lower() == "être" and subject.lemma_.lower() in OPINION_NOUNS


def unknown_head_of_complement(subject: Token) -> bool:
    """A subject noun that is no known speaker with a complement ("les soutiens de la candidate",
    "les familles des soldats"): the speaker would be read from the complement, not the head."""
    if subject.pos_ != "NOUN" or is_role(subject) or speaker_kind(subject) is not None:
        return False
    return any(c.dep_ == "nmod" for c in subject.children)


def stance_candidates(ctx: DocContext, quotes: list[tuple[int, int]]) -> list[Candidate]:
    """Reported speech by the stance expressions of ``speech_stances.tsv`` outside quotes."""
    quoted = quotes + doc_quotes(ctx.sdoc)  # words inside any quote are someone's words, not the narration's
    found = stance_readings(ctx, lambda at: not inside(quoted, at))
    return found + interpretive_candidates(ctx, quotes) + word_used_candidates(ctx, quotes)


def relayed_stances(ctx: DocContext, relays: list[tuple[int, int]]) -> list[Candidate]:
    """The stance expressions inside a correspondent's quote that relays others ("« Les climatologues
    sont formels : les étés seront plus longs », explique le journaliste"): the relayed speaker's
    words, which the quote gives way to (``speech_direct.relayed_speech``) as to a verb of saying."""
    found = stance_readings(ctx, lambda at: inside(relays, at) is not None) if relays else []
    text = doc_text(ctx.sdoc)
    for c in found:  # the words end where the quote ends, not in the incise after it
        quote = inside(relays, c.position)
        end = min(c.content[1], quote[1]) if quote is not None else c.content[1]
        while end > c.content[0] and (text[end - 1] in CLOSING_MARKS or text[end - 1].isspace()):
            end -= 1
        c.content = (c.content[0], end)
    return found


def stance_readings(ctx: DocContext, where: Callable[[int], bool]) -> list[Candidate]:
    """The stance expressions whose verb stands at an offset ``where`` accepts."""
    doc = ctx.sdoc
    text = doc_text(doc)
    out = []
    for verb, head in stance_heads(doc):
        if not where(verb.idx) or in_shouting_line(text, verb.idx):
            continue
        if verb.pos_ in {"ADP", "DET", "PRON", "PUNCT"}:
            continue
        found = stance_at(verb, head)
        if found is None:
            continue
        content, stance, slot = found
        subject = subject_for(verb)
        if subject is None or subject.i > verb.i + 4 or subject.lower_ in {"qu'", "que", "qu’", "qui"}:
            continue
        if stance.grade < 2 and subject.lower_ in GENERIC_SUBJECTS:
            continue
        if across_clause(subject, verb) or unknown_head_of_complement(subject):
            continue
        if opinion_subject(verb, subject):
            continue
        out.append(verb_report(content, verb, subject, f"stance-{slot}", cue=stance.head))
    return out
