"""Direct quotes: « … », “ … ”, "…" attributed after the quote (« … », a-t-il déclaré), before it
with a colon (X a déclaré : « … »), inside it (« …, a-t-il dit, … »), or continuing the previous
speaker's quote."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.context import DocContext, doc_text
from newsgraph.extract.entities import is_role
from newsgraph.extract.speaker_kinds import described_speaker, special_speaker
from newsgraph.extract.speaker_nouns import speaker_kind
from newsgraph.extract.speech_colon_speakers import (
    colon_lead,
    found_document,
    misread_verb_before_colon,
    stance_before_quote,
    stance_subject,
)
from newsgraph.extract.speech_common import (
    CLITICS,
    MIN_QUOTE_WORDS,
    Candidate,
    in_shouting_line,
    inverted_clitic,
    is_shouting,
    speech_frames,
    token_at,
    verb_group_start,
    verb_quote,
    words,
)
from newsgraph.extract.speech_lexicon import finite_form
from newsgraph.extract.speech_mistagged import may_speak
from newsgraph.extract.speech_quoted_sources import leads_quote, named_source, own_parts
from newsgraph.extract.speech_quotes import QUOTE_MARKS, trim
from newsgraph.extract.speech_relay_people import nation_people, tells_a_mood
from newsgraph.extract.speech_speakers import Speaker, speaker_from_head
from newsgraph.extract.speech_subjects import postposed_subject, subject_of
from newsgraph.names import fold_spaced as fold


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
            after_aux = any(a.lemma_ == "avoir" for a in doc[max(0, t.i - 3) : t.i])
            return t if after_aux or finite_form(t) else None  # "« … », estimant que": no incise
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
            if (
                prev.i > 0
                and doc[prev.i - 1].text == ","
                and postposed_subject(doc, tok, min(tok.i + 8, span.end))
            ):
                nxt = next((t for t in doc[tok.i + 1 : span.end] if t.text in {",", "."}), None)
                if nxt is not None:
                    return tok
    return None


def attribution_before(doc: Doc, qs: int) -> tuple[Token | None, Token | None]:
    """(speech verb, speaker head) of "X a déclaré : « … »" or "X : « … »"."""
    tok = token_at(doc, qs)
    if tok is None or tok.i < 2:
        return None, None
    lead = colon_lead(tok)
    if lead is None:
        return None, None
    start, i = lead
    pre = doc[start:i]
    if not len(pre) or is_shouting(pre.text):
        return None, None
    verb = next((t for t in reversed(pre) if speech_frames(t)), None)
    if verb is not None:
        subj = subject_of(verb) or postposed_subject(doc, verb, i) or pronoun_subject(verb)
        return verb, subj
    misread = misread_verb_before_colon(pre)  # "Un habitant raconte : « … »"
    if misread is not None:
        return misread
    if len(pre) <= 12:
        heads = [t for t in pre if t.head.i < pre.start or t.head.i >= pre.end or t.head.i == t.i]
        head = next((t for t in heads if t.pos_ in {"PROPN", "NOUN"}), None)
        if head is not None and (head.pos_ == "PROPN" or is_role(head)):
            return None, head
    return None, stance_subject(pre)


def starts_sentence(text: str, qs: int) -> bool:
    """The quote opens its sentence or paragraph."""
    j = qs - 1
    while j >= 0 and text[j] in ' \t\u00a0«“"„':
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
            if clitic is None and head is not None and head.idx < qs:
                continue  # "Son adjoint, auteur de « La Ville verte », défend …": a title inside the subject
            if clitic is None and head is not None and head.idx < qe and partial_clause(text, cs):
                continue  # "a annoncé « qu'un décret » précisera …": the quote is the verb's subject
            out.append(verb_quote((cs, ce), (qs, qe), verb, head, "quote-after"))
            continue
        if (
            out
            and out[-1].rule == "quote-after"
            and out[-1].quote is not None
            and after_incise(text, out[-1].quote[1], qs)
            and n_words >= 2
        ):
            # « … », explique X, « … »: the second part is the same speaker's
            out.append(
                Candidate(
                    (cs, ce),
                    True,
                    out[-1].cue,
                    token_at(doc, cs),
                    continuation=True,
                    position=qs,
                    quote=(qs, qe),
                    rule="quote-continued",
                )
            )
            continue
        verb = attribution_inside(doc, qs, qe)
        if verb is not None and n_words >= MIN_QUOTE_WORDS:
            clitic = inverted_clitic(verb)
            head = clitic or postposed_subject(doc, verb, min(len(doc), verb.i + 10))
            out.append(verb_quote((cs, ce), (qs, qe), verb, head, "quote-inside"))
            continue
        verb, head = attribution_before(doc, qs)
        if head is not None and n_words >= 2:
            cue = verb.lemma_.lower() if verb is not None else "dire"
            out.append(
                Candidate(
                    (cs, ce),
                    True,
                    cue,
                    verb or head,
                    speaker_head=head,
                    position=head.idx,
                    quote=(qs, qe),
                    rule="quote-before",
                    uses={verb.i} if verb is not None else set(),
                )
            )
            continue
        if n_words >= MIN_QUOTE_WORDS and starts_sentence(text, qs) and ends_sentence(text, ce, qe):
            stance = stance_before_quote(doc, qs)  # "Les éleveurs sont inquiets. « … »"
            out.append(
                Candidate(
                    (cs, ce),
                    True,
                    "dire",
                    token_at(doc, cs),
                    speaker_head=stance,
                    continuation=stance is None,
                    position=qs,
                    quote=(qs, qe),
                    rule="quote-continued" if stance is None else "quote-stance",
                )
            )
    return out


PARTIAL_CLAUSE_RE = re.compile(r"(?:que|qu['’])\b", re.IGNORECASE)


def partial_clause(text: str, content_start: int) -> bool:
    """The quoted words open a subordinate clause that the narration finishes after the closing
    mark (« qu'un décret à venir » précisera …): a fragment of reported speech, not a quote whose
    incise follows."""
    return PARTIAL_CLAUSE_RE.match(text, content_start) is not None


def after_incise(text: str, prev_end: int, qs: int) -> bool:
    """Only an attribution incise lies between two quotes: '"…", explique X, "…"'."""
    between = text[prev_end + 1 : qs - 1].strip(' \t\u00a0«»“”"')
    return (
        0 < len(between) < 200
        and between.startswith(",")
        and between.endswith((",", ":"))
        and not re.search(r"[.!?\n]", between)
    )


def ends_sentence(text: str, content_end: int, qe: int) -> bool:
    """The quoted words end a sentence (inside or right after the closing mark)."""
    if content_end > 0 and text[content_end - 1] in ".!?…":
        return True
    j = qe + 1
    while j < len(text) and text[j] in ' \t\u00a0»”"':
        j += 1
    return j >= len(text) or text[j] in ".!?\n…"


WEAK_RULES = {"quote-continued", "quote-introduced", "quote-stance"}
"""Attributions a series overrides: they guess the speaker from the text before the quote."""
SERIES_JOINS = {"", "et", "ou", "puis", "ou encore"}  # after or around ";" / ","
SERIES_RULES = {"quote-incise", "quote-inside", "quote-colon", "quote-before", "quote-after"}


def quote_series(text: str, quotes: list[tuple[int, int]], attributed: list[Candidate]) -> list[Candidate]:
    """Quotes strung together with nothing but ";", "," or "et" between them share one attribution:
    the incise after the last (« … » ; « … », confient des habitants) or the colon lead before the
    first (Les pronostics vont bon train : « 2-1 » ; « J'aimerais … »). Vox pops are written so."""
    by_quote = {c.quote: c for c in attributed if c.quote is not None}
    out: list[Candidate] = []
    taken = {c.quote for c in attributed if c.rule not in WEAK_RULES}
    for k, q in enumerate(quotes):
        c = by_quote.get(q)
        if c is None or c.rule in WEAK_RULES or c.rule.split("-journalist")[0] not in SERIES_RULES:
            continue
        backward = c.rule.startswith(("quote-incise", "quote-after", "quote-inside"))  # else a lead before
        step = -1 if backward else 1
        j = k + step
        while 0 <= j < len(quotes) and quotes[j] not in taken:
            prev, nxt = (quotes[j], quotes[j - step]) if backward else (quotes[j - step], quotes[j])
            if not joined(text, prev[1], nxt[0]):
                break
            cs, ce = trim(text, *quotes[j])
            if words(text[cs:ce]) < 2:
                break
            taken.add(quotes[j])
            out.append(
                Candidate(
                    (cs, ce),
                    True,
                    c.cue,
                    c.cue_token,
                    speaker_head=c.speaker_head,
                    speaker=c.speaker,
                    position=c.position,
                    quote=quotes[j],
                    rule="quote-series",
                )
            )
            j += step
    return out


def joined(text: str, end: int, start: int) -> bool:
    """Only series punctuation lies between the end of one quote and the start of the next: no
    sentence ends there (« … ». « … », ajoute-t-elle: the first may be anyone's fragment)."""
    between = text[end:start].strip(' \t\u00a0«»“”"„‹›')
    if "\n" in text[end:start] or not between.strip():
        return False  # two quotes side by side: a heading glued before a quote
    return (between.strip(" ,;") in SERIES_JOINS and between.strip() != between.strip(" ,;")) or (
        between.strip() in SERIES_JOINS
    )


LEAD_PRONOUNS = {"il", "elle", "ils", "elles"}
IMPERSONAL = {"falloir", "agir", "sembler", "paraître", "rester", "exister", "manquer", "pleuvoir"}


def colon_lead_speaker(ctx: DocContext, lead: Span) -> Token | None:
    """Who speaks after a colon whose lead has no speech verb, when the lead's subject is a
    personal pronoun ("Il se souvient : « … »", "Elle n'en revient pas : « … »"), the lead ends on
    a person named with an apposition ("… un honneur pour Paul Roy, employé viticole : « … »"), or
    its subject or agent is a noun of people ("… saluée par les riverains : « … »")."""
    if (document := found_document(lead)) is not None:
        return document  # "La police a retrouvé une lettre : « … »": the letter's words
    root = next((t for t in lead if t.head.i == t.i or not lead.start <= t.head.i < lead.end), None)
    if root is not None and root.pos_ in {"VERB", "AUX", "ADJ"} and root.lemma_ not in IMPERSONAL:
        subj = next((c for c in root.children if c.dep_ in {"nsubj", "nsubj:pass", "expl:subj"}), None)
        if (
            subj is not None
            and subj.lower_ in LEAD_PRONOUNS
            and not (root.pos_ == "ADJ" and subj.lower_ == "il")  # "il est clair : …"
            and not any(c.lower_ == "y" for c in root.children)  # "il y a"
            and (root.pos_ != "AUX" or "Fin" in root.morph.get("VerbForm", []))
        ):
            return subj
    persons = [m for m in ctx.mentions_within(lead.start_char, lead.end_char) if m.label == "PER"]
    if not persons:  # "Les commerçants sont inquiets : « … »", "Une idée saluée par les riverains : « … »"
        return next(
            (
                t
                for t in lead
                if t.pos_ == "NOUN"
                and t.dep_ in {"nsubj", "obl:agent"}
                and (is_role(t) or speaker_kind(t) is not None)
            ),
            None,
        )
    named = persons[-1]
    if len(persons) > 1 and doc_text(ctx.sdoc)[persons[-2].end : named.start].strip() == ",":
        named = persons[-2]  # "… Léa Roy, maire de Gy (Ain) :": the name, not its apposed role
    tail = ctx.sdoc.char_span(named.end, lead.end_char, alignment_mode="expand")
    if tail is None or (len(tail) and tail[0].text != ","):
        return None
    if any(t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm", []) for t in tail):
        return None  # "… Paul Roy, qui a tout perdu, se souvient" is the subject rule's
    return token_at(ctx.sdoc, named.start)


def pronoun_subject(verb: Token) -> Token | None:
    """A personal pronoun the parser made an expletive: "Il se souvient : « … »" (expl:subj)."""
    return next((c for c in verb.children if c.dep_ == "expl:subj" and c.lower_ in LEAD_PRONOUNS), None)


def relayed_speech(cands: list[Candidate]) -> list[Candidate]:
    """A correspondent's quote that reports someone else's words ("« Le président s'est dit
    excédé … », affirme la journaliste") gives way to the reported speech inside it, not to a mood
    it tells (``MOOD_VERBS``: "« Tous espèrent … »"); the speech inside keeps the quote it
    displaced (``relayed_by``), for when its speaker cannot be named."""
    relays = [c for c in cands if c.rule.endswith("-journalist") and c.quote is not None]
    drop = set()
    kept: list[Candidate] = []
    for r in relays:
        qs, qe = r.quote  # type: ignore[misc]
        inner = [
            c
            for c in cands
            if ((not c.direct and qs <= c.position < qe) or leads_quote(c, r))
            and c is not r
            and (third_party(c) or named_source(c))
            and not tells_a_mood(c.cue, c.cue_token)  # « Tous espèrent … »: a mood told
        ]
        for c in inner:
            c.relayed_by = r
        if inner:
            drop.add(id(r))
            text = doc_text(r.cue_token.doc) if r.cue_token is not None else None
            for rest in own_parts(text, r, inner) if text is not None else []:
                kept.append(
                    replace(r, content=rest, uses=set(r.uses))
                )  # « … , et selon X, … »: their own clauses
    return [c for c in cands if id(c) not in drop] + kept


def third_party(c: Candidate) -> bool:
    """Someone other than the correspondent speaks: not "nous avons dit", "selon nos projections",
    and someone at all: not the thing of "ce qui signifie que", "les chiffres montrent que"."""
    head = c.speaker_head
    if head is None:
        return c.speaker is not None
    if head.lower_ in RELATIVES and head.head.dep_ == "acl:relcl":
        head = head.head.head  # "le maire, qui a dit que …": the antecedent speaks
    if head.lower_ in {"tous", "toutes"}:  # tagged a pronoun or an adjective
        return all_of_them(head)
    if head.pos_ != "PRON" and not may_speak(head) and not nation_people(head):
        return False  # "les Américains ont annoncé …", read as a common noun, is a country's people
    return head.lower_ not in {"je", "j'", "j’", "nous", "on", "tous", "vous", *DEMONSTRATIVES} and not any(
        d.lower_ in {"nos", "notre", "mes", "mon", "ma"} for d in head.children
    )


def all_of_them(head: Token) -> bool:
    """ "Tous nous ont dit que …", "Toutes disent que …": "tous" subject on its own is the people
    just spoken of (``speaker_kinds``), not "nous avons tous dit", "on a tous dit", where it
    floats after a first-person subject (before it, "nous" is the object the parse may take for a
    subject)."""
    verb = head.head
    return head.dep_ == "nsubj" and not any(
        c.lower_ in {"nous", "on", "vous", "je", "j'", "j’"} and c.i < head.i for c in verb.children
    )


RELATIVES = {"qui", "que", "qu'", "qu’", "lequel", "laquelle", "lesquels", "lesquelles"}
DEMONSTRATIVES = {"ce", "c'", "c’", "cela", "ça", "ceci", "qui", "que"}


LEADING_DETERMINERS = {"un", "une", "des", "le", "la", "les", "l'", "l’", "d'", "d’", "de"}


def incise_speaker(ctx: DocContext, subject: Token, verb: Token) -> Speaker | None:
    """The speaker an inverted incise names, when known without the text before it: a special or
    described speaker, or a phrase that swallowed the verb (cut after it)."""
    found = special_speaker(ctx, subject) or described_speaker(ctx, subject)
    if found is None and subject.pos_ != "PRON" and not subject.lower_.startswith("-"):
        named = speaker_from_head(ctx, subject, [])
        found = named if named is not None and named.name.lower().startswith(verb.lower_ + " ") else None
    return after_verb(found, verb)


def after_verb(speaker: Speaker | None, verb: Token) -> Speaker | None:
    """A described speaker whose phrase swallowed the incise verb the parser hung on it
    ("plaisante un autre parent" -> "autre parent"): its words after the verb."""
    if speaker is None or not speaker.name.lower().startswith(verb.lower_ + " "):
        return speaker
    words = speaker.name.split()[1:]
    while words and words[0].lower() in LEADING_DETERMINERS:
        words = words[1:]
    if not words:
        return None
    name = " ".join(words)
    kind = speaker.key.split(":", 1)[0]
    return Speaker(name, speaker.type, verb.idx + len(verb.text) + 1, f"{kind}:{fold(name)}")
