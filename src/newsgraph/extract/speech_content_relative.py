"""The content of a noun given by "selon lequel" and its author by "de" or "par": "la déclaration du
ministre selon laquelle la réforme serait abandonnée", "les affirmations de l'opposition, selon
lesquelles le scrutin a été truqué", "l'annonce par le groupe selon laquelle …". The relative clause
after "selon laquelle" says what the noun holds; the complement that names someone who can speak is
its speaker. Without an author ("les informations selon lesquelles …") nothing is read here (the
verb that governs the noun, "a démenti les informations …", has its own reading)."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.context import DocContext, doc_text
from newsgraph.extract.speaker_relatives import can_speak
from newsgraph.extract.speech_common import Candidate, inside, strip_final_punct, words, words_among
from newsgraph.extract.speech_quotes import doc_quotes, trim
from newsgraph.extract.tokens import morph_of

CONTENT_RELATIVES = frozenset({"lequel", "laquelle", "lesquels", "lesquelles"})
AUTHOR_CASES = frozenset({"de", "du", "des", "d'", "d’", "par"})
MIN_WORDS = 3
PREVERBAL = frozenset(
    {"ne", "n'", "n’", "se", "s'", "s’", "y", "en", "le", "la", "les", "l'", "l’", "lui", "leur"}
)
LINKS = frozenset(
    {"que", "qu'", "qu’", "qui", "et", "ou", "mais", "si", "s'", "quand", "comme", "dont", "où", "car"}
)


def selon_lequel(tok: Token) -> bool:
    """ "selon" followed by "lequel", "laquelle", "lesquels", "lesquelles"."""
    doc = tok.doc
    return tok.lower_ == "selon" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in CONTENT_RELATIVES


def author_of(ctx: DocContext, noun: Token) -> Token | None:
    """The complement of the noun before the relative that names someone who can speak ("du
    ministre", "par la direction"), at the head of its name or noun phrase."""
    for c in noun.children:
        if c.i > noun.i and c.dep_ in {"nmod", "obl", "obl:agent", "obl:arg"}:
            cases = [k.lower_ for k in c.children if k.dep_ == "case"]
            if cases and cases[0] in AUTHOR_CASES and (c.pos_ == "PROPN" or can_speak(ctx, c)):
                return c
    return None


def main_clause_before(rel: Token) -> Token:
    """The last token of the relative clause: its subtree's, or the token before a second finite verb
    group that no link word joins to it ("selon laquelle le chômage baisse | est contestée par …":
    the parser hung the main clause's verb in the relative)."""
    doc = rel.doc
    groups, verbal_before, linked, finite_before = 0, False, False, False
    for t in doc[rel.left_edge.i : rel.right_edge.i + 1]:
        finite = t.pos_ in {"AUX", "VERB"} and "Fin" in morph_of(t).get("VerbForm", [])
        if finite and (not verbal_before or finite_before):  # "baisse est": two finite verbs, two groups
            groups += 1
            if groups > 1 and not linked:
                start = t.i
                while start > rel.left_edge.i and doc[start - 1].lower_ in PREVERBAL:
                    start -= 1  # "n'a pas convaincu", "se confirme": the verb's clitics too
                return doc[start - 1]
            linked = False
        verbal_before = t.pos_ in {"AUX", "VERB"}
        finite_before = finite
        linked = linked or t.lower_ in LINKS or t.text in {",", ";", ":"}
    return rel.right_edge


PHRASE_DEPS = {"nmod", "amod", "flat:name", "nummod", "det", "case"}


def noun_before(selon: Token) -> Token:
    """The noun the relative takes up when the parse hangs its clause on the main verb ("a démenti
    les propos de son adjoint, selon lesquels il …": "il …" a complement of "démenti"): the head of
    the noun phrase that ends before "selon" (and its comma), climbed through its complements."""
    doc = selon.doc
    node = doc[selon.i - 2] if selon.i >= 2 and doc[selon.i - 1].text == "," else doc[selon.i - 1]
    while node.dep_ in PHRASE_DEPS and node.head.i < node.i:
        node = node.head
    return node


def content_relative_candidates(ctx: DocContext) -> list[Candidate]:
    """ "<noun> de X selon laquelle <clause>": the clause is X's words."""
    doc, text = ctx.sdoc, doc_text(ctx.sdoc)
    quotes = doc_quotes(doc)
    out = []
    for tok in words_among(doc, {"selon"}):
        if tok.i + 2 >= len(doc) or inside(quotes, tok.idx):
            continue
        pron = doc[tok.i + 1]
        rel = pron.head
        if pron.lower_ not in CONTENT_RELATIVES or rel.i <= pron.i:
            continue
        noun = rel.head if rel.dep_ == "acl:relcl" else noun_before(tok)
        if noun.pos_ != "NOUN" or noun.i > tok.i:
            continue
        author = author_of(ctx, noun)
        if author is None:
            continue
        first, last = doc[pron.i + 1], main_clause_before(rel)
        content = strip_final_punct(text, trim(text, first.idx, last.idx + len(last)))
        if words(text[content[0] : content[1]]) < MIN_WORDS:
            continue
        out.append(
            Candidate(
                content,
                False,
                noun.lemma_.lower(),
                noun,
                speaker_head=author,
                position=tok.idx,
                rule="content-relative",
            )
        )
    return out


def with_content_relatives(text: str, cands: list[Candidate], relatives: list[Candidate]) -> list[Candidate]:
    """The candidates with the relative readings added: a reading of another speaker that holds the
    noun and runs on into its "selon laquelle" clause ("Les syndicats dénoncent les propos du
    ministre, selon lesquels …", "Les affirmations de X, selon lesquelles …, ont été rejetées par la
    Cour") stops before "selon": the clause is the noun's author's words, said once."""
    for r in relatives:
        if r.rule != "content-relative" or r.cue_token is None:
            continue
        noun_start, cut = r.cue_token.left_edge.idx, r.position
        end = len(text[:cut].rstrip(" ,"))
        for c in cands:
            if not c.direct and c.content[0] <= noun_start and cut < c.content[1] and end > c.content[0]:
                c.content = (c.content[0], end)
        # "a démenti les propos de X, selon lesquels …" parsed as "a démenti … lesquels …": a reading
        # of the relative clause alone as the verb's own clause
        cands = [c for c in cands if c.direct or not cut <= c.content[0] <= r.content[0]]
    return cands + relatives
