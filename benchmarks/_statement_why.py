"""Which step of the statement pass loses a missed statement (``reported_misses.py --why``, round 37).

The report is analysed again as ``newsgraph extract`` does, and the pass is replayed step by step:
- ``no-candidate``: no rule read words matching the gold content (with the cue's word and whether it
  is in the speech lexicon, and ``in-quote`` when the cue lies inside a quotation);
- ``gate:unasserted``: a candidate is read but dropped as unasserted (a question, a condition …);
- ``clipped:<rule>``: a candidate covers the cue's place but its content does not match the gold's
  (cut short or too long);
- ``dedup:<rule>><winner rule>``: the reading lost to another reading of the same words;
- ``unresolved:<rule>``: no speaker could be resolved (its subject word given);
- ``context-only``: kept for its speaker only;
- ``later``: kept by the pass, lost afterwards (resolution of actors, a filter of the build).
"""

from __future__ import annotations

from typing import Any

from _gold_match import content_match

from newsgraph.extract import entities, statements, timex
from newsgraph.extract.pipeline import analyse
from newsgraph.extract.speech_quotes import doc_quotes
from newsgraph.extract.speech_selon import stated
from newsgraph.model import Document


def context_of(nlp: Any, doc_id: str, text: str) -> Any:
    """The DocContext ``extract_document`` gives the statement pass (mentions and times set)."""
    _, ctx = next(iter(analyse([Document(doc_id, text)], nlp)))
    ctx.mentions = entities.find_mentions(ctx.sdoc)
    ctx.times = timex.dated(timex.find_times(text, None, doc_id, ctx.sdoc))
    return ctx


def matching(text: str, cue: str, cands: list[Any]) -> list[Any]:
    return [c for c in cands if content_match(cue, text[c.content[0] : c.content[1]])]


def candidates_ungated(ctx: Any) -> list[Any]:
    """The candidates with the "unasserted" gate open."""
    gate = statements.unasserted
    statements.unasserted = lambda _t: False
    try:
        return statements.find_candidates(ctx)
    finally:
        statements.unasserted = gate


def why_lost(ctx: Any, cue: str, span: tuple[int, int] | None) -> str:
    text = ctx.document.text
    cands = statements.find_candidates(ctx)
    match = matching(text, cue, cands)
    if not match:
        if matching(text, cue, candidates_ungated(ctx)):
            return "gate:unasserted"
        if span is not None:
            near = [c for c in cands if c.content[0] < span[1] and span[0] < c.content[1]]
            if near:
                return f"clipped:{near[0].rule or '?'}"
            inside = any(q[0] <= span[0] < q[1] for q in doc_quotes(ctx.sdoc))
            return "no-candidate" + ("/in-quote" if inside else "")
        return "no-candidate"
    kept = statements.deduplicate(cands)
    ids = {id(k) for k in kept}
    if not any(id(c) in ids for c in match):
        c = match[0]
        winner = next((k for k in kept if statements.same_statement(k, c)), None)
        return f"dedup:{c.rule}>{winner.rule if winner is not None else '?'}"
    resolved = statements.speakers_kept(ctx, cands)
    mids = {id(c) for c in match}
    hit = [(c, s) for c, s in resolved if id(c) in mids]
    if not hit:
        c = next(c for c in match if id(c) in ids)
        head = c.speaker_head.text if c.speaker_head is not None else "-"
        return f"unresolved:{c.rule}/{head}"
    if not stated(hit):
        return "context-only"
    return "later:" + hit[0][1].name
