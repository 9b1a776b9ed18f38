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

from newsgraph import model
from newsgraph.extract import timex, topics
from newsgraph.extract.context import DocContext, doc_text
from newsgraph.extract.speech_common import Candidate, is_shouting, token_at, words
from newsgraph.extract.speech_direct import quote_candidates
from newsgraph.extract.speech_quotes import find_quotes, trim
from newsgraph.extract.speech_reported import clip_glued, verb_candidates
from newsgraph.extract.speech_selon import pour_candidates, selon_candidates
from newsgraph.extract.speech_speakers import Speaker, speaker_from_head
from newsgraph.model import ActorRef, Evidence, Statement
from newsgraph.names import actor_id


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
        date_source=source,
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
