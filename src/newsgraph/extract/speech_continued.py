"""Reported speech continued in the conditional: the sentence after a reported statement whose main
verb is in the conditional, with no source of its own, goes on with what the source says ("Selon la
Banque de France, les impayés grimpent. Ils auraient augmenté de 10 % en un an"; "Le syndicat
dénonce les plateformes privées. Elles diffuseraient des offres déjà pourvues"). French news marks
a claim it has not checked with the conditional; right after a source it is that source's claim.
The speaker is the one of the statement before (a continuation); a heading or a question between
them is passed over ("Selon l'étude, … . Des offres fictives ? Elles seraient …").

Not a conditional after "si" (a hypothesis: "Si la taxe baissait, les prix baisseraient"), nor a
modal of the narrator's own hedging ("pourrait", "devrait", "faudrait"), nor a question."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsgraph.extract.context import DocContext, doc_text
from newsgraph.extract.speech_common import Candidate, inside, words
from newsgraph.extract.speech_quotes import QUOTE_MARKS

HEDGES = {"pouvoir", "devoir", "falloir", "sembler", "vouloir", "aimer", "préférer", "valoir"}
"""Verbs whose conditional is the narrator's own hedge or wish, not a source's claim."""
HYPOTHESIS = {"si", "s'", "s’", "quand", "même"}
INVERTED = {"il", "elle", "ils", "elles", "on"}  # "-il", "-t-elle" ("-t-" stripped with the hyphens)
OWN_SOURCE = {"selon", "d'après", "d’après"}
OPENING_SOURCES = {"pour", "à", "aux"}  # "Pour les syndicats, …", "À les entendre, …", "Aux yeux de X, …"
MIN_WORDS = 4
HEADING_WORDS = 8  # a sentence this short ending in "?" (or with no verb) is passed over


def continued(ctx: DocContext, quotes: list[tuple[int, int]], cands: list[Candidate]) -> list[Candidate]:
    """A reading for each narration sentence in the conditional that follows a reported statement
    of ``cands`` and that no candidate reads already."""
    doc, text = ctx.sdoc, doc_text(ctx.sdoc)
    reported = [c for c in cands if not c.direct and inside(quotes, c.content[0]) is None]
    if not reported:
        return []
    read = [c.content for c in cands]
    out = []
    for sent in doc.sents:
        if not claimed(sent) or inside(quotes, sent.start_char) is not None:
            continue
        if any(s < sent.end_char and sent.start_char < e for s, e in read):
            continue
        before = previous_narration(sent)
        if before is None or not any(
            before.start_char <= c.content[1] - 1 < before.end_char for c in reported
        ):
            continue
        start, end = sent.start_char, sent.end_char
        while end > start and text[end - 1] in ". \n" + "".join(QUOTE_MARKS):
            end -= 1
        if words(text[start:end]) < MIN_WORDS or any(inside(quotes, k) for k in range(start, end, 8)):
            continue
        out.append(
            Candidate((start, end), False, "", None, continuation=True, position=start, rule="continued")
        )
    return out


def claimed(sent: Span) -> bool:
    """A sentence whose main verb is in the conditional without "si" or a hedge: a claim reported."""
    root = sent.root
    if root.pos_ not in {"VERB", "AUX", "ADJ", "NOUN"} or any(t.text == "?" or inverted(t) for t in sent):
        return False  # a question, with its mark or its inverted subject ("permettrait-il …")
    if own_opinion(sent):
        return False
    verbs = [root] + [c for c in root.children if c.dep_.startswith("aux") or c.dep_ == "cop"]
    if not any(conditional(v) for v in verbs):
        return False
    if root.lemma_.lower() in HEDGES or any(t.lower_ in OWN_SOURCE for t in sent):
        return False
    return not any(hypothesis(c) for c in root.children if c.dep_ == "advcl")


CONDITIONAL_ENDINGS = ("aient", "ais", "ait", "ions", "iez")


def conditional(verb: Token) -> bool:
    """A verb in the conditional, by the tagger or by its form: the future stem (the infinitive,
    less the "e" of "-re") with an ending of the imperfect ("diffuseraient", "prendrait"; not
    "déclarait", an imperfect), which the tagger often reads as an indicative."""
    if "Cnd" in verb.morph.get("Mood", []):
        return True
    low, lemma = verb.lower_, verb.lemma_.lower()
    if verb.pos_ not in {"VERB", "AUX"} or not lemma.endswith(("er", "ir", "re")):
        return False
    stem = next((low[: -len(e)] for e in CONDITIONAL_ENDINGS if low.endswith(e)), None)
    return stem is not None and stem in {lemma, lemma.removesuffix("e")} and stem.endswith("r")


def inverted(tok: Token) -> bool:
    """A subject pronoun after its verb ("-il", "-t-elle"): the sentence asks."""
    return tok.pos_ == "PRON" and tok.lower_.lstrip("-t") in INVERTED and tok.text.startswith("-")


def own_opinion(sent: Span) -> bool:
    """A sentence that names its own source first: "Pour les Russes, …", "À les entendre, …"."""
    first = next((t for t in sent if not t.is_space), None)
    comma = next((t for t in sent if t.text == ","), None)
    return (
        first is not None and comma is not None and first.lower_ in OPENING_SOURCES and comma.i - first.i <= 6
    )


def hypothesis(clause: Token) -> bool:
    """A clause of condition: "si …", "même si …", "quand …"."""
    return any(c.dep_ == "mark" and c.lower_ in HYPOTHESIS for c in clause.children)


def previous_narration(sent: Span) -> Span | None:
    """The sentence before, past one heading (a short question or a phrase with no verb)."""
    doc = sent.doc
    for _ in range(2):
        if sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
        if not heading(sent):
            return sent
    return None


def heading(sent: Span) -> bool:
    short = len([t for t in sent if not t.is_punct and not t.is_space]) <= HEADING_WORDS
    verbless = not any(t.pos_ in {"VERB", "AUX"} for t in sent)
    return short and (sent.text.rstrip().endswith("?") or verbless)
