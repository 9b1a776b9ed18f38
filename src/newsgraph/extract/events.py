"""Events: typed (CAMEO), with agent, target, place, time.

A trigger (a verb or a noun of ``ontology/lexicons/event_triggers.tsv``) found in the dependency
parse gives one event report; its roles come from the parse: the subject (or the "de X" of a
nominal trigger, or a passive "par X") is the agent, the object the target, a place mention
introduced by "à/de/dans/en/..." the location, a time expression of the clause the date.
Negated, hypothetical and subjunctive clauses give no event.

The steps live in their own modules: ``event_triggers`` (which words trigger), ``event_modality``
(negated and hypothetical clauses), ``event_roles`` (agent, target, participants),
``event_circumstances`` (place and date) and ``event_amounts`` (money and head counts). Merging
reports of one real-world event across documents is resolution: ``newsgraph.resolve.events``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsgraph.event_types import cameo_codes
from newsgraph.extract.context import DocContext
from newsgraph.extract.event_amounts import quantities
from newsgraph.extract.event_circumstances import event_date, location
from newsgraph.extract.event_modality import FACTUAL_GOVERNORS, carrier, is_classifier, is_unreal
from newsgraph.extract.event_parse import MentionIndex, clause_tokens, lemma, subtree_text
from newsgraph.extract.event_roles import roles
from newsgraph.extract.event_triggers import Trigger, match_trigger
from newsgraph.model import Event, Evidence, stable_id


def event_from_trigger(
    token: Token, trig: Trigger, sent: Span, ctx: DocContext, mentions: MentionIndex
) -> Event | None:
    """One event report for a trigger token, or None when it is negated or hypothetical."""
    if is_unreal(token) or is_classifier(token):
        return None
    verb = carrier(token)
    actors, used = roles(token, verb, trig, mentions)
    scope_tokens = clause_tokens(verb) + clause_tokens(token)
    if (
        "Inf" in verb.morph.get("VerbForm", []) and lemma(verb.head) in FACTUAL_GOVERNORS
    ):  # "a ordonné mercredi de"
        scope_tokens += clause_tokens(verb.head)
    scope = sorted({t.i: t for t in scope_tokens}.values(), key=lambda t: t.i)
    agent_tokens = [t for t, r in zip(used, actors, strict=True) if r.role == "agent"]
    target_tokens = [t for t, r in zip(used, actors, strict=True) if r.role == "target"]
    place = location(token, scope, used, agent_tokens, target_tokens, mentions)
    when = event_date(token, scope, ctx.times, mentions)
    if (
        token.pos_ in {"NOUN", "PROPN"}
        and not actors
        and place is None
        and when is None
        and not trig.requires
    ):
        return None  # a bare noun ("la guerre des sanctions") is too vague to be an event
    arg_texts = [subtree_text(t) for t in used] + [subtree_text(token)]
    if token.pos_ not in {"NOUN", "PROPN"}:
        arg_texts.append(sent.text)
    amounts = quantities(trig.type, arg_texts)
    if not actors and place is None and when is None and not amounts:
        return None  # nobody, nowhere, never: too vague to be an event
    doc = ctx.document
    return Event(
        id=stable_id(doc.id, token.idx, trig.type),
        doc=doc.id,
        type=trig.type,
        trigger=token.text,
        evidence=Evidence(sent.start_char, sent.end_char, doc.text[sent.start_char : sent.end_char]),
        cameo=cameo_codes().get(trig.type),
        actors=tuple(actors),
        location=place,
        date=when,
        quantities=amounts,
    )


def extract_events(ctx: DocContext) -> list[Event]:
    """Every event report in the document, in text order."""
    mentions = MentionIndex(ctx.sdoc, ctx.mentions)
    out = []
    for sent in ctx.sdoc.sents:
        for token in sent:
            trig = match_trigger(token, mentions)
            if trig is None:
                continue
            event = event_from_trigger(token, trig, sent, ctx, mentions)
            if event is not None:
                out.append(event)
    return out
