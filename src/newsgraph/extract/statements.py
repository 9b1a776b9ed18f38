"""Statements: direct quotes and reported speech, with their speakers ("who said what, and when").

Rules, each a small function from the analysed document to candidates:
- the grammar of reporting (``speech_incises``): quotes attributed by an inverted incise after or
  inside them, relayed by a speech verb before them, introduced by the sentence before, led by a
  colon and a speech noun, and interview transcripts;
- ``quote_candidates``: the older quote rules for the quotes the grammar leaves (a colon before,
  a quote continuing the previous speaker's);
- ``verb_candidates`` and ``extra_reported_candidates``: a speech verb of the graded lexicon with
  its clause, object or infinitive (X a déclaré que …, X se dit prêt à …, …, a déclaré X);
- ``source_candidates``, ``selon_candidates`` (selon / d'après / dixit X, …) and
  ``pour_candidates`` (Pour X, …).
Speakers are resolved in text order (pronouns look back at earlier speakers); one quote or one
speech act gives at most one statement. Topics come with the words that decided them; ``about``
lists the actors the content mentions.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsgraph import model
from newsgraph.extract import timex, topics
from newsgraph.extract.attribution import new_clause_after as grammar_new_clause
from newsgraph.extract.context import DocContext, doc_text
from newsgraph.extract.speaker_articles import head_speaker
from newsgraph.extract.speaker_resume import NOTHING, Known, Pairs, replayed, resolved_before
from newsgraph.extract.speech_clitic import clitic_candidates
from newsgraph.extract.speech_common import Candidate, is_shouting, token_at, words
from newsgraph.extract.speech_constructions import (
    extra_reported_candidates,
    followed_quote_candidates,
    keeps_incise,
    source_candidates,
)
from newsgraph.extract.speech_direct import quote_candidates, quote_series, relayed_speech
from newsgraph.extract.speech_findings import finding_candidates
from newsgraph.extract.speech_free_indirect import free_indirect_candidates
from newsgraph.extract.speech_incises import (
    colon_quote_candidates,
    incise_candidates,
    introduced_quote_candidates,
    transcript_candidates,
)
from newsgraph.extract.speech_inside import split_inside_incises
from newsgraph.extract.speech_lexicon import speech_verb
from newsgraph.extract.speech_mood import negated_start, subordinate_end, unasserted
from newsgraph.extract.speech_narrative import narrative_quote_candidates
from newsgraph.extract.speech_nested import in_quote_of, is_nested, nested_speech
from newsgraph.extract.speech_noun_quotes import announced_quote_candidates, noun_quote_candidates
from newsgraph.extract.speech_passive import judgement_candidates, passive_candidates
from newsgraph.extract.speech_quoted_sources import restored_relays, sources_in_quotes
from newsgraph.extract.speech_quotes import CLOSING_MARKS, OPENING_MARKS, doc_quotes, trim
from newsgraph.extract.speech_relative_source import relative_source_candidates
from newsgraph.extract.speech_relayed_clitic import relayed_clitic_candidates
from newsgraph.extract.speech_reported import clip_glued, verb_candidates
from newsgraph.extract.speech_selon import pour_candidates, selon_candidates, stated
from newsgraph.extract.speech_speakers import Speaker
from newsgraph.extract.speech_stance import relayed_stances, stance_candidates
from newsgraph.extract.speech_unquoted import unquoted_incise_candidates
from newsgraph.extract.speech_untold import untold_pronoun
from newsgraph.extract.statement_about import about_actors
from newsgraph.extract.tokens import morph_of, tokens
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
    if in_quote_of(k, c) or in_quote_of(c, k):
        return False  # « Les voisins disent que … », s'agace-t-elle: two speech acts
    if overlap(k.content, c.content) < 0.6:
        return False
    same_cue = k.cue_token is not None and c.cue_token is not None and k.cue_token.i == c.cue_token.i
    if not (k.direct or c.direct) and (nested_verb(k, c) or nested_verb(c, k)):
        return True  # "n'a pas souhaité commenter": the infinitive's reading is the same speech act
    nested_selon = (
        k.content[0] <= c.content[0] and c.content[1] <= k.content[1] and k.rule == c.rule == "selon"
    )
    return k.direct or c.direct or same_cue or nested_selon


def nested_verb(outer: Candidate, inner: Candidate) -> bool:
    """The inner candidate's cue is an infinitive or a present participle inside the outer one's
    content (an "ait déclaré" inside it is a speech act of its own)."""
    cue = inner.cue_token
    if cue is None or not outer.content[0] <= cue.idx < outer.content[1]:
        return False
    forms = morph_of(cue).get("VerbForm", [])
    return "Inf" in forms or ("Part" in forms and cue.lower_.endswith("ant"))


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


def resolve_speakers(ctx: DocContext, cands: list[Candidate], done: Known = NOTHING) -> Pairs:
    """Speakers in text order, so pronouns and continued quotes see the speakers before them; the
    first ``done[0]`` candidates have theirs already (``speaker_resume``)."""
    history, last, out = replayed(done)
    for c in sorted(cands, key=lambda c: c.position)[done[0] :]:
        speaker = c.speaker
        if speaker is None and c.continuation:
            if last is not None and c.content[0] - last[0].content[1] < 700:
                speaker = last[1]
                c.cue = last[0].cue
        elif speaker is None and c.speaker_head is not None:
            speaker = head_speaker(ctx, c.speaker_head, c.cue_token, history)
            if (
                speaker is None
                and c.relayed_by is None
                and (c.direct or after_que(ctx, c) or c.rule in {"infinitive", "unquoted-incise"})
            ):
                speaker = untold_pronoun(c.speaker_head, c.quote)
        if speaker is None:
            continue
        if is_nested(c):  # the speaker inside a quote is no antecedent of the narration's pronouns
            out.append((c, speaker))
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
    shown = doc_text(ctx.sdoc)[prev.start_char : prev.end_char]  # ``prev.text``, not joined again
    return ctx.document.text[prev.start_char : prev.end_char] if not is_shouting(shown) else ""


def topic_context(ctx: DocContext, start: int) -> str:
    """What places a statement's words in a field: the sentence before it, the article's title and
    its first sentence ("négociations salariales" in the lead makes "un compromis" a labour one)."""
    lead = ctx.lead if ctx.lead is not None else first_sentence(ctx.sdoc)
    return " ".join((previous_sentence(ctx, start), ctx.document.title or "", lead))


def first_sentence(doc: Doc) -> str:
    """The text of the Doc's first sentence (``doc[0].sent.text``, sliced from the text once made)."""
    if not len(doc):
        return ""
    sent = doc[0].sent
    return doc_text(doc)[sent.start_char : sent.end_char]


def to_statement(
    ctx: DocContext, c: Candidate, speaker: Speaker, others: tuple[tuple[int, int], ...] = ()
) -> Statement:
    doc_id = ctx.document.id
    text = ctx.document.text
    cs, ce = c.content
    evidence = evidence_for(ctx, c)
    cue_index = c.cue_token.i if c.cue_token is not None else 0
    date, source = timex.statement_date(
        ctx.sdoc, cue_index, ctx.times, ctx.document.published, ctx.offset == 0
    )
    content = text[cs:ce]
    # the sentence without the other statements' words: a word of talks there is not this one's
    sentence, context = (evidence.start, evidence.end), topic_context(ctx, evidence.start)
    found_topics = topics.topic_evidence(*topics.statement_text(text, sentence, c.content, others, context))
    return Statement(
        id=model.stable_id(doc_id, cs + ctx.offset, ce + ctx.offset),
        doc=doc_id,
        speaker=ActorRef(actor_id(speaker.name, speaker.type), speaker.name, speaker.type),  # type: ignore[arg-type]
        content=content,
        direct=c.direct,
        cue=c.cue,
        evidence=evidence,
        topics=topics.ordered(found_topics),
        topic_words=tuple(dict.fromkeys(w for words in found_topics.values() for w in words)),
        about=about_actors(ctx, cs, ce, speaker.key, speaker.name, actor_id),
        date=date,
        date_source=source,
        content_start=cs,
        content_end=ce,
    )


def find_candidates(ctx: DocContext) -> list[Candidate]:
    """Every rule's candidates, deduplicated. The grammar of reporting (``speech_incises``,
    ``speech_constructions``) reads quotes first; the older quote rules take the quotes it leaves;
    reported speech is read outside quotes, and inside the quotes a correspondent relays."""
    text = doc_text(ctx.sdoc)
    quotes = doc_quotes(ctx.sdoc)
    grammar = (
        incise_candidates(ctx, quotes) + transcript_candidates(ctx) + introduced_quote_candidates(ctx, quotes)
    )
    grammar += colon_quote_candidates(ctx, quotes) + noun_quote_candidates(ctx, quotes)
    grammar += announced_quote_candidates(ctx, quotes) + narrative_quote_candidates(ctx, quotes, grammar)
    handled = {c.quote for c in grammar if c.quote is not None}
    quoted = [c for c in quote_candidates(ctx, quotes) if c.quote not in handled]
    series = quote_series(text, quotes, grammar + quoted)  # « … » ; « … », confient-ils
    grammar = [c for c in grammar if c.quote not in {s.quote for s in series}] + series
    quoted = [c for c in quoted if c.quote not in {s.quote for s in series}]
    relays = [c.quote for c in grammar if c.rule.endswith("-journalist") and c.quote is not None]
    statement_quotes = [c.quote for c in quoted + grammar if c.quote is not None and c.quote not in relays]
    cands = grammar + quoted + extra_reported_candidates(ctx, statement_quotes) + relayed_stances(ctx, relays)
    cands += source_candidates(ctx, statement_quotes) + unquoted_incise_candidates(ctx, quotes)
    cands += passive_candidates(ctx, quotes) + judgement_candidates(ctx, quotes) + finding_candidates(ctx)
    used = {i for c in cands for i in c.uses}
    inner = verb_candidates(ctx, statement_quotes, used, within=statement_quotes)
    cands += nested_speech(text, [c for c in inner if keeps_incise(c)], statement_quotes, relays)
    selon = selon_candidates(ctx, statement_quotes, within=statement_quotes)
    cands += nested_speech(text, selon, statement_quotes, []) + pour_candidates(ctx, statement_quotes)
    cands = relative_source_candidates(ctx, cands)  # cuts the readings a content relative ends
    covered = [c.content for c in cands if not c.continuation]  # a lead quote continues no one
    taken = {c.quote for c in cands if c.quote is not None and not c.continuation}
    cands += [
        c
        for c in free_indirect_candidates(ctx, quotes, taken)
        if not any(overlap(c.content, k) for k in covered)
    ]
    later = followed_quote_candidates(ctx, quotes) + stance_candidates(ctx, statement_quotes)
    later += clitic_candidates(ctx, statement_quotes)  # "<clause>, le maire le reconnaît."
    cands += [c for c in later if not any(overlap(c.content, k) for k in covered)]
    for c in cands:
        if not c.direct:
            c.content = clip_glued(text, c.content, c.position)
    cands = split_inside_incises(text, polish(text, relayed_speech(sources_in_quotes(text, quotes, cands))))
    cands += polish(text, relayed_clitic_candidates(ctx, relays))  # beside the quote, which stays whole
    cands = [c for c in cands if c.direct or c.cue_token is None or not unasserted(c.cue_token)]
    return [c for c in cands if words(text[c.content[0] : c.content[1]]) >= 1]


QUE_RE = re.compile(r"^\s*(?:que\b|qu['’])\s*", re.IGNORECASE)  # not "quelques"
LEADING_MARKS = re.compile(r"(?:[,;:]|[-–—](?=\s))\s*")
NO_LEMMA_CUES = {"selon", "source", "pour", "transcript", "quote-colon", "quote-free-indirect"}


def polish(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Reported words start after "que"; a clause quoted whole is direct ("L'ONG note que « … »");
    the cue is the lexicon's lemma of the speech verb ("note" tagged as a noun is "noter")."""
    for c in cands:
        if not c.direct:
            c.content = whole_words(text, c.content)
            if c.cue_token is not None:
                c.content = first_clause(c.cue_token.doc, c.content)
                c.content = incidental_relative_end(c.cue_token, c.content)
                c.content = coordinated_speech_end(c.cue_token.doc, c.content)
                c.content = negated_start(c.cue_token, subordinate_end(c.cue_token, c.content))
        s, e = c.content
        m = QUE_RE.match(text[s:e])
        if m and not c.direct:
            s += m.end()
            c.content = (s, e)
        if not c.direct:
            e = closed_end(text, s, e)
            c.content = (s, e)
        # ", c'est au syndic …" / "- Nous ne fermons …" (a dialogue dash): not the words
        lead = LEADING_MARKS.match(text, s, e)
        if lead is not None and lead.end() > s:
            s = lead.end()
            c.content = (s, e)
        body = text[s:e].strip(" .")
        enclosed = body[:1] in OPENING_MARKS and body[-1:] in CLOSING_MARKS  # False when body is ""
        if not c.direct and enclosed and body.count(body[0]) == 1:
            c.direct = True
        if c.cue_token is not None and c.rule not in NO_LEMMA_CUES:
            entry = speech_verb(c.cue_token, any_pos=True)
            if entry is not None:
                c.cue = entry.lemma.replace("_", " ")
    return cands


UNIT_AFTER = re.compile(r"[ \u00a0\u202f]?(?:%|‰|€|\$|£)")
PAIRS = (("«", "»"), ("“", "”"))


def closed_end(text: str, start: int, end: int) -> int:
    """Reported words end with what closes them: the guillemet of a quoted fragment they open ("était
    « injuste et brutale »") and the unit of their last number ("de 10 %"), hung elsewhere by the parse."""
    body = text[start:end]
    for opening, closing in PAIRS:
        if body.count(opening) > body.count(closing):
            j = text.find(closing, end, end + 4)
            if j != -1 and not text[end:j].strip(" \u00a0\u202f"):
                end = j + 1
    if body[-1:].isdigit() and (m := UNIT_AFTER.match(text, end)) is not None:
        end = m.end()
    return end


SENTENCE_END = re.compile(r"[.!?…](?=\s|$)|\n")


def whole_words(text: str, content: tuple[int, int]) -> tuple[int, int]:
    """A content never stops inside a hyphenated word ("le chef d'état" of "état-major", where the
    parser ended a sentence): it runs on to the end of its sentence."""
    s, e = content
    if 0 < e < len(text) - 1 and text[e] == "-" and text[e - 1].isalpha() and text[e + 1].isalpha():
        m = SENTENCE_END.search(text, e)
        e = m.start() if m is not None else len(text)
    return s, e


def first_clause(doc: Doc, content: tuple[int, int]) -> tuple[int, int]:
    """Reported words stop before a coordinated clause with its own subject (", et les syndicats
    préparent …") or a participial clause (", affirmant que …") that the parse hung on them."""
    span = doc.char_span(content[0], content[1], alignment_mode="expand")
    if span is None:
        return content
    tt = tokens(doc)  # the words read from the table: a Token is made only around a comma
    for i in range(span.start + 1, span.end - 1):
        if tt.text[i] != ",":
            continue
        participle = tt.lower[i + 1].endswith("ant") and "Part" in morph_of(doc[i + 1]).get("VerbForm", [])
        if grammar_new_clause(doc, i) or participle:
            return content[0], tt.idx[i]
    return content


DETERMINER_STARTS = {"le", "la", "les", "l'", "l’", "un", "une", "des"}
COORDINATORS = frozenset({"et", "mais", ","})
"""What joins a second speech verb to the first."""
COMPLEMENT_STARTS = {"de", "d'", "d’", "que", "qu'", "qu’", "à"} | DETERMINER_STARTS


def coordinated_speech_end(doc: Doc, content: tuple[int, int]) -> tuple[int, int]:
    """Reported words stop before a second speech verb coordinated with the first ("dénonce une
    décision injuste et menace de saisir la justice", "se dit ouverte au dialogue mais exige …",
    "concède des excuses, reconnaît des erreurs"): that verb is a speech act of its own."""
    span = doc.char_span(content[0], content[1], alignment_mode="expand")
    if span is None:
        return content
    tt = tokens(doc)  # the words read from the table: Tokens are made only around a coordinator
    for i in range(span.start + 1, span.end - 2):
        if tt.lower[i] not in COORDINATORS or tt.pos[i - 1] == "DET":
            continue
        tok, verb, nxt = doc[i], doc[i + 1], doc[i + 2]
        entry = speech_verb(verb, any_pos=True) if verb.pos_ != "DET" else None
        frame = "np" if nxt.lower_ in DETERMINER_STARTS else "clause"  # what the second verb must take
        takes = entry is not None and (tok.lower_ == "et" or frame in entry.frames)
        if nxt.lower_ in COMPLEMENT_STARTS and takes:
            if verb.pos_ in {"VERB", "AUX"} and "Fin" not in morph_of(verb).get("VerbForm", []):
                continue  # "et affirmé que …" after an auxiliary: the same verb group goes on
            return content[0], doc[tok.i - 1].idx + len(doc[tok.i - 1])
    return content


INCIDENTAL_RELATIVES = {"qui", "dont"}


def incidental_relative_end(cue: Token, content: tuple[int, int]) -> tuple[int, int]:
    """A speech verb in a relative clause set off by commas ("Les enseignants, qui réclament une hausse
    des salaires, manifestaient jeudi"): its words end at the comma where the main clause resumes."""
    doc = cue.doc
    start = max(cue.sent.start, cue.i - 8)
    rel = next(
        (
            t
            for t in reversed(doc[start : cue.i])
            if t.lower_ in INCIDENTAL_RELATIVES and t.i > 0 and doc[t.i - 1].text == ","
        ),
        None,
    )
    if rel is None:
        return content
    span = doc.char_span(content[0], content[1], alignment_mode="expand")
    if span is None:
        return content
    for tok in span[:-1]:
        nxt = doc[tok.i + 1]
        if tok.text == "," and nxt.pos_ in {"VERB", "AUX"} and "Fin" in morph_of(nxt).get("VerbForm", []):
            return content[0], tok.idx
    return content


def after_que(ctx: DocContext, c: Candidate) -> bool:
    """Reported words in a "que" clause (what was said), not a noun phrase ("il craint un mouvement")."""
    return (
        doc_text(ctx.sdoc)[max(0, c.content[0] - 8) : c.content[0]].rstrip().endswith(("que", "qu'", "qu’"))
    )


def extract_statements(ctx: DocContext) -> list[Statement]:
    """Direct quotes and reported speech in one analysed document."""
    kept = stated(speakers_kept(ctx, find_candidates(ctx)))  # not the speakers kept as context only
    return [to_statement(ctx, c, s, other_words(c, kept)) for c, s in kept]


def other_words(c: Candidate, kept: list[tuple[Candidate, Speaker]]) -> tuple[tuple[int, int], ...]:
    """The contents of the other speech acts: not the other side of the same quote around its
    incise (``speech_inside``), which shares this one's cue and its topic."""
    return tuple(k.content for k, _ in kept if k.cue_token is None or k.cue_token is not c.cue_token)


def speakers_kept(ctx: DocContext, cands: list[Candidate]) -> list[tuple[Candidate, Speaker]]:
    """One statement per speech act with its speaker: a reading whose speaker cannot be resolved
    ("suite" in "a déclaré suite à l'annonce un dirigeant") gives way to another reading of the same
    words that has one, and speech a correspondent relays whose speaker cannot be named ("« Il se
    dit confiant … », explique la journaliste", with no "il" before) to the correspondent's quote."""
    kept = deduplicate(cands)
    resolved = resolve_speakers(ctx, kept)
    failed = {id(c) for c in kept} - {id(c) for c, _ in resolved}
    if not failed:
        return resolved
    again = deduplicate(restored_relays(kept, cands, failed))
    return resolve_speakers(ctx, again, resolved_before(kept, again, resolved))
