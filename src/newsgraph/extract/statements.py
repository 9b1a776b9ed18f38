"""Statements: direct quotes and reported speech, with their speakers ("who said what, and when").

Rules, each a small function from the analysed document to candidates:
- ``quote_candidates``: « … », “ … ”, "…" attributed after the quote (« … », a-t-il déclaré),
  before it with a colon (X a déclaré : « … »), inside it (« …, a-t-il dit, … »), or continuing
  the previous speaker's quote;
- ``verb_candidates``: a speech verb of ``ontology/lexicons/speech_verbs.txt`` with its clause
  (X a déclaré que …, X a exigé de …, X a souligné <np>, …, a déclaré X; c'est ce qu'a affirmé X);
- ``selon_candidates`` (selon X, …) and ``pour_candidates`` (Pour X, …).
Speakers are resolved in text order (pronouns look back at earlier speakers); one quote or one
speech verb gives at most one statement.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Token

from newsgraph import model
from newsgraph.extract import timex, topics
from newsgraph.extract.context import DocContext, doc_text, token_starts
from newsgraph.extract.entities import LEXICONS, is_role
from newsgraph.extract.speech_quotes import find_quotes, trim
from newsgraph.extract.speech_speakers import (
    PRONOUNS_PL,
    PRONOUNS_SG,
    SUBJECT_DEPS,
    Speaker,
    mentions_between,
    postposed_subject,
    preverbal_subject,
    shared_subject,
    speaker_from_head,
    subject_of,
)
from newsgraph.model import ActorRef, Evidence, Statement
from newsgraph.resolve import actor_id

CLAUSE_DEPS = {"ccomp"}
INFINITIVE_DEPS = {"xcomp"}
OBJECT_DEPS = {"obj"}
CLITICS = PRONOUNS_SG | PRONOUNS_PL
QUOTE_MARKS = {"«", "»", "“", "”", '"', "„"}
MIN_QUOTE_WORDS = 4
MIN_CONTENT_WORDS = 3
SELON_EXCLUDED = {"lequel", "laquelle", "lesquels", "lesquelles", "que", "qu'", "qu’", "moi", "nous"}
SOURCE_NOUNS = {"information", "source", "rapport", "chiffre", "bilan", "estimation", "média", "presse", "communiqué",
                "déclaration", "agence", "journal", "site"}
CITING_VERBS = {"citer", "rapporter", "relayer", "interroger"}
WORD_RE = re.compile(r"\w+")
POSSESSIVES = {"son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos", "mon", "ma", "mes"}
SHORT_NP_WORDS = 3  # "a exprimé sa colère", "lance son lave-vaisselle": a short possessed object is not what was said
# An indirect question is a topic, not what was said: "explique pourquoi …", "raconte comment …".
INTERROGATIVES = {"pourquoi", "comment", "combien", "où", "quand", "quel", "quelle", "quels", "quelles", "si"}
RELATIVE_START = {"qui", "dont", "que", "qu'", "qu’", "lequel", "laquelle", "où"}
# A sentence glued to the next without a space ("…bataille.La neige"), common in scraped text.
GLUED_END_RE = re.compile(r"(?<=[a-zà-ÿ0-9][a-zà-ÿ0-9)%»”\"])[.!?…](?=[A-ZÀ-ÖØ-Þ][a-zà-ÿ])")
REFLEXIVE_SPEECH = {"dire", "exprimer", "inquiéter", "féliciter", "réjouir", "prononcer", "déclarer", "montrer",
                    "engager", "opposer", "plaindre", "interroger", "demander", "défendre"}


@lru_cache(maxsize=1)
def speech_lexicon() -> dict[str, frozenset[str]]:
    """Speech verb lemma -> frames ("clause", "np", "inv") from ontology/lexicons/speech_verbs.txt."""
    verbs: dict[str, frozenset[str]] = {}
    for line in (LEXICONS / "speech_verbs.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if parts and not parts[0].startswith("#"):
            verbs[parts[0]] = frozenset(parts[1:] or ("clause", "inv"))
    return verbs


def speech_frames(tok: Token) -> frozenset[str]:
    """The frames of a speech verb token, or an empty set."""
    if tok.pos_ not in {"VERB", "AUX"} and not (tok.pos_ in {"NOUN", "ADJ"} and tok.tag_ == "VERB"):
        if tok.pos_ not in {"VERB"}:
            return frozenset()
    lex = speech_lexicon()
    lemma = tok.lemma_.lower()
    if lemma in lex:
        return lex[lemma]
    reflexive = "s'" + lemma
    return lex.get(reflexive, frozenset())


@dataclass
class Candidate:
    """A statement before its speaker is resolved."""

    content: tuple[int, int]
    direct: bool
    cue: str
    cue_token: Token | None
    speaker_head: Token | None = None  # resolved with speaker_from_head
    speaker: Speaker | None = None  # already known
    continuation: bool = False  # a quote continuing the previous speaker's words
    position: int = 0  # where the attribution is, for pronoun resolution order
    quote: tuple[int, int] | None = None
    extra_evidence: tuple[int, int] | None = None
    rule: str = ""
    uses: set[int] = field(default_factory=set)  # token indexes of speech verbs this consumed


# ---------------------------------------------------------------- helpers


def words(text: str) -> int:
    return len(WORD_RE.findall(text))


def token_at(doc: Doc, char: int) -> Token | None:
    """The token covering ``char``, else the first token starting after it."""
    starts = token_starts(doc)
    i = bisect_right(starts, char) - 1
    if i >= 0 and char < starts[i] + len(doc[i]):
        return doc[i]
    return doc[i + 1] if i + 1 < len(doc) else None


def inside(spans: list[tuple[int, int]], char: int) -> tuple[int, int] | None:
    return next(((s, e) for s, e in spans if s <= char < e), None)


@lru_cache(maxsize=1024)
def is_shouting(text: str) -> bool:
    """A line in capitals (a related-article link or a kicker), parsed badly by the model."""
    letters = list(filter(str.isalpha, text))
    return len(letters) >= 12 and sum(map(str.isupper, letters)) / len(letters) > 0.8


@lru_cache(maxsize=4)
def shouting_lines(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of the lines in capitals, computed once per document (a TV report is one long line:
    testing the line of every verb again made extraction quadratic)."""
    spans, start = [], 0
    for line in text.split("\n"):
        if is_shouting(line):
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return tuple(spans)


def in_shouting_line(text: str, char: int) -> bool:
    return any(s <= char <= e for s, e in shouting_lines(text))


def clause_span(head: Token) -> tuple[int, int]:
    """Character span of a token's subtree, without edge punctuation."""
    toks = [t for t in head.subtree]
    while toks and ((toks[0].is_punct and toks[0].text not in QUOTE_MARKS) or toks[0].is_space):
        toks = toks[1:]
    while toks and ((toks[-1].is_punct and toks[-1].text not in QUOTE_MARKS) or toks[-1].is_space):
        toks = toks[:-1]
    if not toks:
        return head.idx, head.idx + len(head)
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def sentence_bounds(tok: Token) -> tuple[int, int]:
    sent = tok.sent
    return sent.start_char, sent.end_char


def verb_group_start(verb: Token) -> Token:
    """The first token of a verb with its auxiliaries and clitics ("a-t-il déclaré" -> "a")."""
    first = verb
    for child in verb.children:
        if child.i < first.i and (child.dep_.startswith("aux") or child.lower_ in CLITICS or child.text in {"-t"}
                                  or (child.dep_ in {"advmod", "expl:comp", "expl:pv"} and child.i >= verb.i - 3)):
            first = child
    return first


def inverted_clitic(verb: Token) -> Token | None:
    """The inverted subject pronoun of "a-t-il déclaré", "dit-elle"."""
    doc = verb.doc
    for tok in doc[max(0, verb.i - 3):min(len(doc), verb.i + 3)]:
        if tok.text.startswith("-") and tok.lower_ in CLITICS:
            return tok
    return None


# ---------------------------------------------------------------- direct quotes


def attribution_after(doc: Doc, qend: int) -> Token | None:
    """The speech verb right after a closing quote: « … », a-t-il déclaré / explique X."""
    tok = token_at(doc, qend)
    if tok is None:
        return None
    i = tok.i
    if doc[i].text in QUOTE_MARKS:
        i += 1
    steps = 0
    while i < len(doc) and steps < 7:
        t = doc[i]
        if "\n" in t.text:
            return None
        if speech_frames(t) and "inv" in speech_frames(t) and t.pos_ == "VERB":
            return t
        if t.text in {",", ".", "-t"} or t.lower_ in CLITICS or t.pos_ in {"AUX", "ADV", "PRON"}:
            i += 1
            steps += 1
            continue
        return None
    return None


def attribution_inside(doc: Doc, qs: int, qe: int) -> Token | None:
    """An incise inside the quote: « Nous sommes prêts, a-t-il dit, pour la paix »."""
    span = doc.char_span(qs, qe, alignment_mode="contract")
    if span is None:
        return None
    for tok in span:
        if speech_frames(tok) and "inv" in speech_frames(tok) and tok.pos_ == "VERB":
            clitic = inverted_clitic(tok)
            if clitic is not None and clitic.i > tok.i - 3:
                return tok
            prev = verb_group_start(tok)
            if prev.i > 0 and doc[prev.i - 1].text == "," and postposed_subject(doc, tok, min(tok.i + 8, span.end)):
                nxt = next((t for t in doc[tok.i + 1:span.end] if t.text in {",", "."}), None)
                if nxt is not None:
                    return tok
    return None


def attribution_before(doc: Doc, qs: int) -> tuple[Token | None, Token | None]:
    """(speech verb, speaker head) of "X a déclaré : « … »" or "X : « … »"."""
    tok = token_at(doc, qs)
    if tok is None or tok.i < 2:
        return None, None
    i = tok.i - 1
    while i >= 0 and (doc[i].text in QUOTE_MARKS or (doc[i].is_space and "\n" not in doc[i].text)):
        i -= 1
    if i < 0 or doc[i].text != ":":
        return None, None
    start = i
    while start > 0 and "\n" not in doc[start - 1].text and doc[start - 1].text not in {".", "!", "?"} | QUOTE_MARKS:
        start -= 1
    pre = doc[start:i]
    if not len(pre) or is_shouting(pre.text):
        return None, None
    verb = next((t for t in reversed(pre) if speech_frames(t)), None)
    if verb is not None:
        subj = subject_of(verb) or postposed_subject(doc, verb, i)
        return verb, subj
    if len(pre) <= 12:
        heads = [t for t in pre if t.head.i < pre.start or t.head.i >= pre.end or t.head is t]
        head = next((t for t in heads if t.pos_ in {"PROPN", "NOUN"}), None)
        if head is not None and (head.pos_ == "PROPN" or is_role(head)):
            return None, head
    return None, None


def starts_sentence(text: str, qs: int) -> bool:
    """The quote opens its sentence or paragraph."""
    j = qs - 1
    while j >= 0 and text[j] in " \t\u00a0«“\"„":
        j -= 1
    return j < 0 or text[j] in ".!?\n…:"


def quote_candidates(ctx: DocContext, quotes: list[tuple[int, int]]) -> list[Candidate]:
    """Direct quotes with their attribution."""
    doc, text = ctx.sdoc, doc_text(ctx.sdoc)
    out: list[Candidate] = []
    for qs, qe in quotes:
        cs, ce = trim(text, qs, qe)
        quoted = text[cs:ce]
        if not quoted or in_shouting_line(text, qs):
            continue
        n_words = words(quoted)
        verb = attribution_after(doc, qe)
        if verb is not None and n_words >= 2:
            clitic = inverted_clitic(verb)
            head = clitic or postposed_subject(doc, verb, min(len(doc), verb.i + 12)) or subject_of(verb)
            out.append(Candidate((cs, ce), True, verb.lemma_.lower(), verb, speaker_head=head, position=verb.idx,
                                 quote=(qs, qe), rule="quote-after", uses={verb.i}))
            continue
        if out and out[-1].rule == "quote-after" and out[-1].quote is not None \
                and after_incise(text, out[-1].quote[1], qs) and n_words >= 2:
            # « … », explique X, « … »: the second part is the same speaker's
            out.append(Candidate((cs, ce), True, out[-1].cue, token_at(doc, cs), continuation=True, position=qs,
                                 quote=(qs, qe), rule="quote-continued"))
            continue
        verb = attribution_inside(doc, qs, qe)
        if verb is not None and n_words >= MIN_QUOTE_WORDS:
            clitic = inverted_clitic(verb)
            head = clitic or postposed_subject(doc, verb, min(len(doc), verb.i + 10))
            out.append(Candidate((cs, ce), True, verb.lemma_.lower(), verb, speaker_head=head, position=verb.idx,
                                 quote=(qs, qe), rule="quote-inside", uses={verb.i}))
            continue
        verb, head = attribution_before(doc, qs)
        if head is not None and n_words >= 2:
            cue = verb.lemma_.lower() if verb is not None else "dire"
            out.append(Candidate((cs, ce), True, cue, verb or head, speaker_head=head, position=head.idx,
                                 quote=(qs, qe), rule="quote-before", uses={verb.i} if verb is not None else set()))
            continue
        if n_words >= MIN_QUOTE_WORDS and starts_sentence(text, qs) and ends_sentence(text, ce, qe):
            out.append(Candidate((cs, ce), True, "dire", token_at(doc, cs), continuation=True, position=qs,
                                 quote=(qs, qe), rule="quote-continued"))
    return out


def after_incise(text: str, prev_end: int, qs: int) -> bool:
    """Only an attribution incise lies between two quotes: '"…", explique X, "…"'."""
    between = text[prev_end + 1:qs - 1].strip(" \t\u00a0«»“”\"")
    return 0 < len(between) < 200 and between.startswith(",") and between.endswith((",", ":")) \
        and not re.search(r"[.!?\n]", between)


def ends_sentence(text: str, content_end: int, qe: int) -> bool:
    """The quoted words end a sentence (inside or right after the closing mark)."""
    if content_end > 0 and text[content_end - 1] in ".!?…":
        return True
    j = qe + 1
    while j < len(text) and text[j] in " \t\u00a0»”\"":
        j += 1
    return j >= len(text) or text[j] in ".!?\n…"


# ---------------------------------------------------------------- reported speech


def following_que(verb: Token) -> Token | None:
    """A "que" introducing the reported clause a few tokens after the verb (parser missed it)."""
    doc = verb.doc
    for tok in doc[verb.i + 1:min(len(doc), verb.i + 10)]:
        if tok.lower_ in {"que", "qu'", "qu’"} and tok.pos_ in {"SCONJ", "PRON"}:
            return tok
        if tok.text in {".", ";", "!", "?"} or "\n" in tok.text or (speech_frames(tok) and tok.i > verb.i):
            return None
    return None


def clause_end_after(tok: Token) -> int:
    """Where a clause starting at ``tok`` ends: the sentence end, or a following conjoined speech verb."""
    doc = tok.doc
    sent_end = tok.sent.end
    for t in doc[tok.i + 1:sent_end]:
        if "\n" in t.text:
            return t.idx
        if speech_frames(t) and t.dep_ == "conj" and t.head.i < tok.i:
            start = verb_group_start(t)
            j = start.i - 1
            while j > tok.i and (doc[j].lower_ in {"et", "mais", ","} or doc[j].is_space):
                j -= 1
            return doc[j].idx + len(doc[j])
    last = doc[sent_end - 1]
    while last.i > tok.i and ((last.is_punct and last.text not in QUOTE_MARKS) or last.is_space):
        last = doc[last.i - 1]
    return last.idx + len(last)


def content_of(verb: Token, frames: frozenset[str]) -> tuple[tuple[int, int], str] | None:
    """The reported words governed by a speech verb, and which frame found them."""
    doc = verb.doc
    ccomp = next((c for c in verb.children if c.dep_ in CLAUSE_DEPS and c.i > verb.i), None)
    if ccomp is not None and "clause" in frames:
        que = following_que(verb)
        start, end = clause_span(ccomp)
        if que is not None and que.i < ccomp.left_edge.i:
            start = que.idx + len(que)
        if words(doc_text(doc)[start:end]) >= 4 or que is None:
            if end - start > 3:
                return (start, end), "clause"
    que = following_que(verb)
    if que is not None and "clause" in frames:
        nxt = doc[que.i + 1] if que.i + 1 < len(doc) else None
        if nxt is not None:
            return (nxt.idx, clause_end_after(que)), "que"
    xcomp = next((c for c in verb.children if c.dep_ in INFINITIVE_DEPS and c.i > verb.i and c.pos_ == "VERB"), None)
    if xcomp is not None and "clause" in frames:
        obj = next((c for c in verb.children if c.dep_ in OBJECT_DEPS and verb.i < c.i < xcomp.i), None)
        start = clause_span(obj)[0] if obj is not None else clause_span(xcomp)[0]
        return (start, clause_span(xcomp)[1]), "infinitive"
    obj = next((c for c in verb.children if c.dep_ in OBJECT_DEPS and c.i > verb.i), None)
    if obj is not None and "np" in frames and obj.pos_ in {"NOUN", "PROPN"} and len(list(obj.subtree)) >= 2:
        return clause_span(obj), "np"
    if "clause" in frames:
        bare = bare_clause(verb)
        if bare is not None:
            return bare, "bare"
    return None


def bare_clause(verb: Token) -> tuple[int, int] | None:
    """ "X a déclaré à Reuters Lavrov s'était rendu …": a reported clause without "que"."""
    doc = verb.doc
    end_tok = doc[verb.sent.end - 1]
    toks = [t for t in doc[verb.i + 1:verb.sent.end] if not t.is_space]
    if not toks or any("\n" in t.text for t in doc[verb.i + 1:verb.sent.end]):
        return None
    i = 0
    # skip adverbs, times and an addressee ("à Reuters", "aux journalistes")
    while i < len(toks) and (toks[i].pos_ in {"ADV"} or toks[i].text == ","):
        i += 1
    if i < len(toks) and toks[i].lower_ in {"à", "aux", "au", "devant"}:
        i += 1
        while i < len(toks) and toks[i].pos_ in {"DET", "PROPN", "NOUN", "ADJ"} and toks[i].text[:1].isupper() == (toks[i].pos_ == "PROPN"):
            if toks[i].pos_ in {"PROPN", "NOUN"}:
                i += 1
                break
            i += 1
    rest = toks[i:]
    if verb.dep_ in {"advcl", "acl"} and any(c.dep_ == "mark" for c in verb.children):
        return None  # "Lorsque Thomas lance son lave-vaisselle, il doit …", "En étant prévenu …, X"
    finite = [t for t in rest if t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm", [])
              and not in_noun_phrase(t, verb)]
    if not rest or not finite or rest[0].pos_ in {"VERB", "AUX", "ADP", "SCONJ", "CCONJ"} or words(" ".join(t.text for t in rest)) < 4:
        return None
    last = end_tok
    while last.i > rest[0].i and ((last.is_punct and last.text not in QUOTE_MARKS) or last.is_space):
        last = doc[last.i - 1]
    return rest[0].idx, last.idx + len(last)


def in_noun_phrase(tok: Token, verb: Token) -> bool:
    """A verb inside a relative clause or a noun's complement ("une enquête sur les atrocités qui
    auraient été commises"), not the head of a reported clause."""
    for _ in range(6):
        if tok.head is tok or tok.head.i == verb.i:
            return False
        tok = tok.head
        if tok.pos_ in {"NOUN", "PROPN", "PRON"}:
            return True
    return False


def incise_content(verb: Token) -> tuple[int, int] | None:
    """ "…, a déclaré un responsable." / "Les Russes, a-t-elle dit, avaient …": the sentence
    around a postposed attribution."""
    doc = verb.doc
    first = verb_group_start(verb)
    if first.i == 0 or doc[first.i - 1].text != ",":
        return None
    s_start, s_end = sentence_bounds(verb)
    s_start = max(s_start, doc_text(doc).rfind("\n", 0, verb.idx) + 1)
    nl = doc_text(doc).find("\n", verb.idx)
    s_end = min(s_end, nl if nl >= 0 else len(doc_text(doc)))
    before = doc_text(doc)[s_start:doc[first.i - 1].idx]
    if not words(before):
        return None
    # an interrupted clause: "Les Russes, a-t-elle dit, avaient arrêté son amie."
    after_tokens = [t for t in doc[verb.i + 1:verb.sent.end] if not t.is_space and t.idx < s_end]
    comma = next((t for t in after_tokens[:6] if t.text == ","), None)
    if comma is not None:
        tail = [t for t in after_tokens if t.i > comma.i]
        if len(tail) >= 2 and tail[0].pos_ in {"AUX", "VERB", "ADV"}:
            content = strip_final_punct(doc_text(doc), trim(doc_text(doc), s_start, s_end))
            return content if words(doc_text(doc)[content[0]:content[1]]) >= MIN_CONTENT_WORDS else None
    if words(before) < MIN_CONTENT_WORDS:
        return None
    return trim(doc_text(doc), s_start, doc[first.i - 1].idx)


CEST_CE_QUE_RE = re.compile(r"^\W*c['’]est (?:ce|cela|ça) qu['’e]", re.IGNORECASE)


def cest_ce_que_content(verb: Token) -> tuple[int, int] | None:
    """ "C'est ce qu'a affirmé X": the previous sentence is what X said."""
    sent = verb.sent
    if not CEST_CE_QUE_RE.match(sent.text) or verb.i - sent.start > 8:
        return None
    if sent.start == 0:
        return None
    prev = verb.doc[sent.start - 1].sent
    start, end = trim(doc_text(verb.doc), prev.start_char, prev.end_char)
    return (start, end) if words(doc_text(verb.doc)[start:end]) >= MIN_CONTENT_WORDS else None


def verb_candidates(ctx: DocContext, quotes: list[tuple[int, int]], used: set[int]) -> list[Candidate]:
    """Reported speech governed by a speech verb."""
    doc, text = ctx.sdoc, doc_text(ctx.sdoc)
    out = []
    for tok in doc:
        frames = speech_frames(tok)
        if not frames or tok.pos_ != "VERB" or tok.i in used:
            continue
        if inside(quotes, tok.idx) or in_shouting_line(text, tok.idx):
            continue
        if any(c.dep_ == "aux:pass" for c in tok.children) or (tok.dep_ == "acl" and "Past" in tok.morph.get("Tense", [])):
            continue  # "les chiffres avancés par …", "a été cité par …"
        if is_reflexive(tok) and tok.lemma_.lower() not in REFLEXIVE_SPEECH:
            continue  # "se résumer à", "se rappeler"
        if "Inf" in tok.morph.get("VerbForm", []) and tok.dep_ == "xcomp" and not speech_frames(tok.head) \
                and tok.head.lemma_ not in {"refuser", "décliner", "vouloir", "tenir"}:
            continue  # "elle peine à admettre la réalité"
        if tok.dep_ == "xcomp" and tok.head.lemma_ in {"refuser", "décliner"} and not any(
                c.dep_ in CLAUSE_DEPS for c in tok.children):
            start = verb_group_start(tok.head)
            obj = next((c for c in tok.children if c.dep_ in OBJECT_DEPS and c.i > tok.i), None)
            end = clause_span(obj)[1] if obj is not None else tok.idx + len(tok)
            out.append(Candidate((start.idx, end), False, tok.lemma_.lower(), tok,
                                 speaker_head=subject_of(tok.head), position=tok.idx, rule="refuse"))
            continue
        content = cest_ce_que_content(tok)
        rule = "cest-ce-que"
        head: Token | None = None
        comme = comme_content(tok) if content is None and "inv" in frames else None
        if comme is not None:
            content, rule = comme, "comme"
            head = postposed_subject(doc, tok, min(len(doc), tok.i + 12)) or subject_for(tok)
        elif content is not None:
            head = postposed_subject(doc, tok, min(len(doc), tok.i + 16))
        else:
            found = content_of(tok, frames)
            if found is not None:
                content, rule = found
                head = subject_for(tok)
            elif "inv" in frames:
                content, rule = incise_content(tok), "incise"
                head = inverted_clitic(tok) or postposed_subject(doc, tok, min(len(doc), tok.i + 12))
        if content is None or head is None:
            continue
        content = clip_to_sentence(text, content)
        if words(text[content[0]:content[1]]) < 2 or (rule == "np" and is_possessed_thing(text, content)):
            continue
        if rule in {"clause", "bare", "np"} and is_indirect_question(text, tok, content):
            continue
        head = cited_source_speaker(head)
        out.append(Candidate(content, False, tok.lemma_.lower(), tok, speaker_head=head, position=tok.idx,
                             rule=rule, uses={tok.i}))
    return out


def comme_content(verb: Token) -> tuple[int, int] | None:
    """ "Comme le rappelle X, …" / "…, comme l'a souligné X": the main clause is what X said."""
    doc = verb.doc
    first = verb_group_start(verb)
    j = first.i - 1
    while j >= 0 and doc[j].lower_ in {"le", "l'", "l’"}:
        j -= 1
    if j < 0 or doc[j].lower_ != "comme":
        return None
    comme = doc[j]
    s_start, s_end = sentence_bounds(verb)
    nl_before = doc_text(doc).rfind("\n", 0, comme.idx) + 1
    s_start = max(s_start, nl_before)
    nl = doc_text(doc).find("\n", verb.idx)
    s_end = min(s_end, nl if nl >= 0 else len(doc_text(doc)))
    if not words(doc_text(doc)[s_start:comme.idx]):  # at the head of the sentence: content after the incise
        comma = next((t for t in doc[verb.i + 1:verb.sent.end] if t.text == "," and t.idx < s_end), None)
        if comma is None:
            return None
        content = trim(doc_text(doc), comma.idx + 1, s_end)
    elif comme.i > 0 and doc[comme.i - 1].text == ",":
        rest = doc_text(doc)[verb.idx:s_end]
        if "," in rest:
            return None  # an incise in the middle: too ambiguous
        content = trim(doc_text(doc), s_start, doc[comme.i - 1].idx)
    else:
        return None
    content = strip_final_punct(doc_text(doc), content)
    return content if words(doc_text(doc)[content[0]:content[1]]) >= MIN_CONTENT_WORDS else None


def is_possessed_thing(text: str, content: tuple[int, int]) -> bool:
    """ "sa colère", "ses premières mesures": an object owned by the speaker, not words said."""
    found = WORD_RE.findall(text[content[0]:content[1]].lower())
    return bool(found) and found[0] in POSSESSIVES and len(found) <= SHORT_NP_WORDS


def is_indirect_question(text: str, verb: Token, content: tuple[int, int]) -> bool:
    """ "explique pourquoi …", "raconte comment …", "détaille à quoi …": a topic announced, not words said."""
    between = text[verb.idx + len(verb):content[0]].lower()
    if re.search(r"\bqu(?:e|['’])", between):
        return False
    first = WORD_RE.findall(text[content[0]:content[1]].lower())[:2]
    if first[:1] and first[0] in INTERROGATIVES:
        return True
    return first in (["à", "quoi"], ["ce", "qui"], ["ce", "que"], ["ce", "qu"]) or bool(
        re.search(r"\b(?:pourquoi|comment|combien|à quoi)\s*$", between))


def is_reflexive(verb: Token) -> bool:
    return any(c.dep_ in {"expl:pv", "expl:comp", "obj"} and c.lower_ in {"se", "s'", "s’"} for c in verb.children)


def subject_for(verb: Token) -> Token | None:
    """Who governs a speech verb: its own subject, the one it shares with an earlier verb, the
    parser's climb, a subject just before it, or a postposed one."""
    own = inverted_clitic(verb) or next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if own is not None and own.lower_ not in {"qu'", "que", "qu’"}:
        return own
    example = next((c for c in verb.children if c.i < verb.i and any(
        g.lower_ == "comme" and g.dep_ == "case" for g in c.children)), None)
    if example is not None:  # "Certains, comme le général Mark Milley, pensaient que …"
        return example
    for finder in (lambda v: shared_subject(v, lambda t: bool(speech_frames(t))), subject_of, preverbal_subject):
        head = finder(verb)
        if head is not None and head.lower_ not in {"qu'", "que", "qu’"}:
            return head
    return postposed_subject(verb.doc, verb, min(len(verb.doc), verb.i + 12))


SENTENCE_END_RE = re.compile(r"[.!?…]\s+(?=[A-ZÀ-ÖØ-Þ«“\"])")


def clip_to_sentence(text: str, content: tuple[int, int]) -> tuple[int, int]:
    """Reported words end with their sentence, even where the parse runs on into the next one."""
    if content[1] - content[0] > 0 and not inside(find_quotes(text[content[0]:content[1]]), 0):
        m = SENTENCE_END_RE.search(text, content[0], content[1])
        if m is not None and not any(s <= m.start() - content[0] < e for s, e in find_quotes(text[content[0]:content[1]])):
            return strip_final_punct(text, (content[0], m.start() + 1))
    return content


def clip_glued(text: str, content: tuple[int, int], cue_at: int) -> tuple[int, int]:
    """Reported words stop at a sentence boundary the tokenizer missed ("…en 2025.En 2025, …"):
    a boundary before the cue starts the content, one after it ends it."""
    start, end = content
    for m in GLUED_END_RE.finditer(text, start, end):
        if any(s <= m.start() < e for s, e in find_quotes(text[start:end])):
            continue
        if m.start() < cue_at:
            start = m.end()
        else:
            end = m.start()
            break
    return strip_final_punct(text, trim(text, start, end)) if (start, end) != content else content


def cited_source_speaker(head: Token) -> Token:
    """ "Le journal Kommersant a cité une source disant que …": the citing outlet speaks."""
    if head.lemma_.lower() in {"source", "sources"} and head.dep_ == "obj" and head.head.lemma_ in CITING_VERBS:
        subj = subject_of(head.head)
        if subj is not None:
            return subj
    return head


# ---------------------------------------------------------------- selon X / pour X


def selon_candidates(ctx: DocContext, quotes: list[tuple[int, int]]) -> list[Candidate]:
    """ "selon X, …", "…, selon X", "ce qui, selon X, …"."""
    doc, text = ctx.sdoc, doc_text(ctx.sdoc)
    out = []
    for tok in doc:
        if tok.lower_ != "selon" or tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ in SELON_EXCLUDED:
            continue
        if inside(quotes, tok.idx) or in_shouting_line(text, tok.idx):
            continue
        obj = tok.head if tok.dep_ == "case" else doc[tok.i + 1]
        if obj.i < tok.i:
            obj = doc[tok.i + 1]
        source = obj
        if obj.lemma_.lower() in SOURCE_NOUNS:
            nmod = next((c for c in obj.children if c.dep_ == "nmod" and c.i > obj.i), None)
            source = nmod or obj
        phrase_end = max(t.i for t in obj.subtree if t.dep_ not in {"acl:relcl", "punct"} or t.i <= obj.i) + 1
        phrase_end = max(phrase_end, obj.i + 1)
        s_start, s_end = sentence_bounds(tok)
        s_start = max(s_start, text.rfind("\n", 0, tok.idx) + 1)
        nl = text.find("\n", tok.idx)
        s_end = min(s_end, nl if nl >= 0 else len(text))
        before = text[s_start:tok.idx].rstrip(" ,")
        after_start = doc[phrase_end].idx if phrase_end < len(doc) else s_end
        after = text[after_start:s_end]
        if words(before) >= 2 and after.lstrip(" ,")[:1] in QUOTE_MARKS:
            after = ""  # '… selon le Kremlin "Une personne …': a quote with its own attribution follows
        if words(before) < 2:  # "Selon X, …"
            a = after_start
            while a < s_end and text[a] in " ,":
                a += 1
            content = trim(text, a, s_end)
        elif words(after) < 2:  # "…, selon X."
            content = trim(text, s_start, s_start + len(before))
        else:  # "ce qui, selon X, n'était …"
            content = trim(text, s_start, s_end)
        content = strip_final_punct(text, content)
        if words(text[content[0]:content[1]]) < MIN_CONTENT_WORDS:
            continue
        out.append(Candidate(content, False, "selon", tok, speaker_head=source, position=tok.idx, rule="selon"))
    return out


def pour_candidates(ctx: DocContext, quotes: list[tuple[int, int]]) -> list[Candidate]:
    """ "Pour le général américain Mark Milley, il existe …": an opinion attributed to an actor."""
    doc, text = ctx.sdoc, doc_text(ctx.sdoc)
    out = []
    for tok in doc:
        if tok.lower_ != "pour" or inside(quotes, tok.idx):
            continue
        j = tok.i - 1
        while j >= 0 and doc[j].is_space and "\n" not in doc[j].text:
            j -= 1
        if j >= 0 and not ("\n" in doc[j].text or doc[j].text in {".", "!", "?", ":", ";"}):
            continue  # only at the start of a sentence
        comma = next((t for t in doc[tok.i + 1:min(len(doc), tok.i + 14)] if t.text in {",", ".", ":"}), None)
        if comma is None or comma.text != ",":
            continue
        if comma.i + 1 < len(doc) and doc[comma.i + 1].lower_ in RELATIVE_START:
            # "Pour X, qui cultive …, la situation …": the opinion comes after the relative clause
            comma = next((t for t in doc[comma.i + 2:min(len(doc), comma.i + 25)] if t.text in {",", ".", ":"}), None)
            if comma is None or comma.text != ",":
                continue
        phrase = doc[tok.i + 1:comma.i]
        heads = [t for t in phrase if t.head.i < phrase.start or t.head.i >= phrase.end or t.head is t]
        head = next((t for t in heads if t.pos_ in {"PROPN", "NOUN", "PRON"}), None)
        if head is None:
            continue
        has_actor = bool(mentions_between(ctx, phrase.start_char, phrase.end_char)) or is_role(head) \
            or head.lower_ in {"lui", "elle", "eux"}
        if not has_actor:
            continue
        s_end = min(tok.sent.end_char, (text.find("\n", tok.idx) + 1 or len(text) + 1) - 1)
        if comma.idx + 1 >= s_end:
            continue
        content = strip_final_punct(text, trim(text, comma.idx + 1, s_end))
        rest = doc.char_span(content[0], content[1], alignment_mode="expand")
        if rest is None or not any(t.pos_ in {"VERB", "AUX"} for t in rest) or words(rest.text) < MIN_CONTENT_WORDS:
            continue
        out.append(Candidate(content, False, "pour", tok, speaker_head=head, position=tok.idx, rule="pour"))
    return out


def strip_final_punct(text: str, span: tuple[int, int]) -> tuple[int, int]:
    s, e = span
    while e > s and text[e - 1] in ".;:!?, ":
        e -= 1
    return s, e


# ---------------------------------------------------------------- assembly


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Overlap of two spans as a share of the shorter."""
    inter = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    return inter / shorter if shorter > 0 and inter > 0 else 0.0


def same_statement(k: Candidate, c: Candidate) -> bool:
    """Two candidates read the same words (the same quote, clause or speech verb)."""
    if k.content == c.content:
        return True
    if overlap(k.content, c.content) < 0.6:
        return False
    same_cue = k.cue_token is not None and c.cue_token is not None and k.cue_token.i == c.cue_token.i
    nested_selon = k.content[0] <= c.content[0] and c.content[1] <= k.content[1] and k.rule == c.rule == "selon"
    return k.direct or c.direct or same_cue or nested_selon


DEDUP_BUCKET = 256  # characters; candidates can only duplicate candidates whose content they touch


def deduplicate(cands: list[Candidate]) -> list[Candidate]:
    """One quote or one clause = one statement: direct quotes win over reported readings of it."""
    ordered = sorted(cands, key=lambda c: (not c.direct, c.rule == "quote-continued", c.content[0]))
    kept: list[Candidate] = []
    near: dict[int, list[Candidate]] = {}  # kept candidates by the buckets their content covers
    for c in ordered:
        buckets = range(c.content[0] // DEDUP_BUCKET, c.content[1] // DEDUP_BUCKET + 1)
        if not any(same_statement(k, c) for b in buckets for k in near.get(b, ())):
            kept.append(c)
            for b in buckets:
                near.setdefault(b, []).append(c)
    return sorted(kept, key=lambda c: c.position)


def resolve_speakers(ctx: DocContext, cands: list[Candidate]) -> list[tuple[Candidate, Speaker]]:
    """Speakers in text order, so pronouns and continued quotes see the speakers before them."""
    history: list[Speaker] = []
    last: tuple[Candidate, Speaker] | None = None
    out = []
    for c in sorted(cands, key=lambda c: c.position):
        speaker = c.speaker
        if speaker is None and c.continuation:
            if last is not None and c.content[0] - last[0].content[1] < 700:
                speaker = last[1]
                c.cue = last[0].cue
        elif speaker is None and c.speaker_head is not None:
            speaker = speaker_from_head(ctx, c.speaker_head, history)
        if speaker is None:
            continue
        history.append(Speaker(speaker.name, speaker.type, c.position, speaker.key))
        last = (c, speaker)
        out.append((c, speaker))
    return out


def evidence_for(ctx: DocContext, c: Candidate) -> Evidence:
    """The sentence(s) covering the content and its attribution, within one paragraph."""
    doc, text = ctx.sdoc, ctx.document.text
    points = [c.content[0], c.content[1] - 1, c.position]
    if c.quote is not None:
        points += [c.quote[0] - 1, min(len(text) - 1, c.quote[1])]
    lo, hi = max(0, min(points)), max(points)
    start_tok, end_tok = token_at(doc, lo), token_at(doc, hi)
    start = start_tok.sent.start_char if start_tok is not None else lo
    end = end_tok.sent.end_char if end_tok is not None and end_tok.idx <= hi else hi + 1
    if c.rule == "cest-ce-que":
        start = min(start, c.content[0])
    para_start = text.rfind("\n", 0, lo) + 1
    para_end = text.find("\n", hi)
    start = max(start, para_start) if c.rule != "cest-ce-que" else start
    end = min(end, para_end if para_end >= 0 else len(text))
    start, end = trim(text, start, max(end, hi + 1))
    return Evidence(start, end, text[start:end])


def previous_sentence(ctx: DocContext, start: int) -> str:
    """The sentence before the evidence: what "le rapport", "ces propos" refer back to."""
    tok = token_at(ctx.sdoc, start)
    if tok is None or tok.sent.start == 0:
        return ""
    j = tok.sent.start - 1
    while j > 0 and ctx.sdoc[j].is_space:
        j -= 1
    prev = ctx.sdoc[j].sent
    return ctx.document.text[prev.start_char:prev.end_char] if not is_shouting(prev.text) else ""


def to_statement(ctx: DocContext, c: Candidate, speaker: Speaker) -> Statement:
    doc_id = ctx.document.id
    text = ctx.document.text
    cs, ce = c.content
    evidence = evidence_for(ctx, c)
    cue_index = c.cue_token.i if c.cue_token is not None else 0
    date, source = timex.statement_date(ctx.sdoc, cue_index, ctx.times, ctx.document.published)
    content = text[cs:ce]
    return Statement(
        id=model.stable_id(doc_id, cs, ce),
        doc=doc_id,
        speaker=ActorRef(actor_id(speaker.name, speaker.type), speaker.name, speaker.type),  # type: ignore[arg-type]
        content=content,
        direct=c.direct,
        cue=c.cue,
        evidence=evidence,
        topics=topics.topics_for(content + " " + evidence.text)
        or topics.topics_for(previous_sentence(ctx, evidence.start)),  # no topic word: the one before
        date=date,
        date_source=source,  # type: ignore[arg-type]
        content_start=cs,
        content_end=ce,
    )


def find_candidates(ctx: DocContext) -> list[Candidate]:
    """Every rule's candidates, deduplicated."""
    quotes = find_quotes(doc_text(ctx.sdoc))
    quoted = quote_candidates(ctx, quotes)
    used = {i for c in quoted for i in c.uses}
    statement_quotes = [c.quote for c in quoted if c.quote is not None]
    cands = quoted + verb_candidates(ctx, statement_quotes, used)
    cands += selon_candidates(ctx, statement_quotes) + pour_candidates(ctx, statement_quotes)
    for c in cands:
        if not c.direct:
            c.content = clip_glued(doc_text(ctx.sdoc), c.content, c.position)
    return deduplicate([c for c in cands if words(doc_text(ctx.sdoc)[c.content[0]:c.content[1]]) >= 1])


def extract_statements(ctx: DocContext) -> list[Statement]:
    """Direct quotes and reported speech in one analysed document."""
    return [to_statement(ctx, c, s) for c, s in resolve_speakers(ctx, find_candidates(ctx))]
