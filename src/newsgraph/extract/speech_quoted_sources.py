"""A source phrase inside a quotation: « La facture va s'alourdir, et selon la Cour des comptes, la
dette pourrait déraper », ajoute le journaliste. The source's words are the clause the phrase
attributes, inside the quotation marks: they never run past the closing mark into the incise that
names the quoting speaker, nor back over the quoting speaker's own clause before it.

- "« Selon X, <clause> »" and "« <clause>, et selon X, <clause> »": the clause after the phrase;
- "« <clause> selon X, et <clause> »" / "« <clause>, selon X. »": the clause before it;
- "« ce qui, selon X, n'est pas … »": the clause around it, inside the quote.

The quoting speaker keeps the rest of the quote (``speech_direct.relayed_speech``)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsgraph.extract.context import doc_text
from newsgraph.extract.speech_common import MIN_CONTENT_WORDS, Candidate, inside, token_at, words
from newsgraph.extract.speech_quotes import QUOTE_MARKS, trim
from newsgraph.extract.speech_relayed_incises import relayed_incises
from newsgraph.extract.speech_source_relatives import past_source_relative

SOURCE_RULES = frozenset({"selon", "source", "nested-selon"})
"""The rules that read "selon X" / "d'après X" (``speech_selon``, ``speech_constructions``)."""
CLAUSE_BREAK = re.compile(r"(?:[.;!?…]|,\s*(?:et|mais|or|car|donc|puis)\b|:)\s*", re.IGNORECASE)
"""Where a clause of a quotation ends and the next begins: a full stop, a semicolon, ", et …"."""
LEAD_POS = frozenset({"CCONJ", "ADV", "SCONJ"})
SENTENCE_END = re.compile(r"[.;!?…](?=\s|$)")


def sources_in_quotes(text: str, quotes: list[tuple[int, int]], cands: list[Candidate]) -> list[Candidate]:
    """Each source candidate whose "selon" lies inside a quotation gets the clause it attributes
    there as its words; one left with too few words is dropped. A source phrase's own relative
    clause is no part of its words, in a quote or not (``speech_source_relatives``)."""
    out = []
    for c in cands:
        c = past_source_relative(text, c, SOURCE_RULES)
        selon = c.cue_token if c.rule in SOURCE_RULES else None
        quote = inside(quotes, selon.idx) if selon is not None else None
        if quote is None or selon is None:
            out.append(c)
            continue
        content = attributed_clause(text, quote, selon, c.content)
        if content is not None:
            c.content, c.direct = content, False  # the quoting speaker's wording of the source's claim
            out.append(c)
    return relayed_incises(text, out)  # "« …, nous assure la grande distribution. … », explique X"


def attributed_clause(
    text: str, quote: tuple[int, int], selon: Token, found: tuple[int, int]
) -> tuple[int, int] | None:
    """The clause of ``quote`` that "selon X" (at ``selon``) attributes, or None when too short.
    ``found`` is the rule's own reading: its start is kept when it lies after the source phrase
    inside the quote (the rule knows where an apposition to the source ends)."""
    qs, qe = quote
    start = clause_start(text, qs, selon.idx)
    colon = len(text[:start].rstrip()) - 1  # the clause break just before, when it is a colon
    if colon > qs and text[colon] == ":" and words(text[start : selon.idx]) < MIN_CONTENT_WORDS:
        start = clause_start(text, qs, colon)  # "« la baisse est plus forte : -12 % selon l'Insee »"
    stop = phrase_stop(text, selon, qe)
    postposed = CLAUSE_BREAK.match(text, stop) is not None or not words(text[stop:qe])
    lead = next((t for t in reversed(selon.doc[max(0, selon.i - 3) : selon.i]) if not t.is_punct), None)
    if words(text[start : selon.idx]) == 1 and lead is not None and lead.pos_ in LEAD_POS:
        if not postposed or (lead.pos_ == "CCONJ" and words(text[stop:qe])):
            start = selon.idx  # "« Mais selon X, … »", "« Mais selon X, et compte tenu de …, … »"
            postposed = False
        elif start > qs:
            start = previous_clause_start(text, qs, start)  # "« … progresse, mais lentement, selon X »"
    if words(text[start : selon.idx]) and postposed:  # "… ont fui selon l'ONU, et …", "…, selon X. »"
        if start < found[0] < selon.idx:
            start = found[0]  # "« …, c'est un mélange … et c'est très réussi selon X »": the rule's clause
        span = trim(text, start, selon.idx)
    elif text[stop : stop + 1] != ",":
        return None
    else:
        after = found[0] if selon.idx < found[0] < qe else stop + 1
        after = past_adjunct(selon.doc, after, qe)
        end = SENTENCE_END.search(text, after, qe)
        if words(text[start : selon.idx]):  # "ce qui, selon X, n'est pas …"
            after = start
        span = trim(text, after, end.start() if end is not None else qe)
    span = (span[0], len(text[: span[1]].rstrip(" ,;:")))
    return span if words(text[span[0] : span[1]]) >= MIN_CONTENT_WORDS else None


ADJUNCT_LINK = re.compile(r"(?:et|mais)\s+", re.IGNORECASE)


def past_adjunct(doc: Doc, after: int, qe: int) -> int:
    """Where the source's clause starts after a linked adjunct with no verb of its own set off by
    commas ("« Selon les experts, et compte tenu de la hausse du baril, le litre augmentera »": at "le
    litre"); at ``after`` otherwise."""
    text = doc_text(doc)
    link = ADJUNCT_LINK.match(text, after, qe)
    comma = text.find(",", after, qe) if link is not None else -1
    first, last = token_at(doc, after), token_at(doc, comma)
    if comma < 0 or first is None or last is None or any(finite(t) for t in doc[first.i : last.i]):
        return after
    start = next_start(text, comma + 1, qe)
    return start if words(text[start:qe]) >= MIN_CONTENT_WORDS else after


def next_start(text: str, at: int, end: int) -> int:
    """The first character at or after ``at`` that is not a space."""
    while at < end and text[at].isspace():
        at += 1
    return at


def clause_start(text: str, qs: int, at: int) -> int:
    """After the last clause break of the quotation before ``at`` (its opening if none)."""
    start = qs
    for m in CLAUSE_BREAK.finditer(text, qs, at):
        start = m.end()
    return start


def previous_clause_start(text: str, qs: int, start: int) -> int:
    """The start of the clause before the one at ``start``: a one-word tail ("…, mais lentement")
    completes the clause before it and is no clause of its own."""
    breaks = [m for m in CLAUSE_BREAK.finditer(text, qs, start) if m.end() == start]
    return clause_start(text, qs, breaks[-1].start()) if breaks else start


def phrase_stop(text: str, selon: Token, qe: int) -> int:
    """Where the source phrase stops: at the first comma or clause break after it inside the
    quotation ("selon la Cour des comptes, …", "selon l'ONU, et …", "selon X. »"), or its end."""
    m = PHRASE_STOP.search(text, selon.idx, qe)
    return m.start() if m is not None else qe


PHRASE_STOP = re.compile(r"[,.;!?…:]")


LEADING_LINK = re.compile(r"[\s,.;:!?…]*(?:(?:et|mais|or|puis)\b)?[\s,]*", re.IGNORECASE)
TRAILING_LINK = re.compile(r"[\s,;:]*(?:\b(?:et|mais|or|puis))?[\s,;:]*$", re.IGNORECASE)
MIN_OWN_WORDS = 4


def own_words(text: str, relay: Candidate, inner: list[Candidate]) -> tuple[int, int] | None:
    """What a correspondent's quote says in the correspondent's own name once the speech it relays
    is taken out: the clauses before the relayed speech ("« L'État ne peut plus emprunter à taux
    zéro, et selon la Cour, … »") or after it ("« … ont fui selon l'ONU, et la moitié sont arrivés
    ici »"), the longer side, when it has words enough to stand alone."""
    cs, ce = relay.content
    if relay.quote is not None:  # 'En effet, « du côté de la SNCF, … »': only the quotation's words
        cs, ce = max(cs, relay.quote[0]), min(ce, relay.quote[1])
    inner = [c for c in inner if c.rule in SOURCE_RULES or coordinated_speaker(text, c, cs)]
    if not inner:  # a verb inside may be the correspondent's own
        return None
    starts = [min(c.content[0], c.position, head_start(c)) for c in inner]
    ends = [max(c.content[1], c.position) for c in inner]
    first, last = max(cs, min(starts)), min(ce, max(ends))
    before = trim(text, cs, first)
    m = TRAILING_LINK.search(text, before[0], before[1])
    before = (before[0], m.start() if m is not None else before[1])
    stop = PHRASE_STOP.search(text, last, ce)
    after = (ce, ce) if stop is None else trim(text, LEADING_LINK.match(text, stop.start()).end(), ce)  # type: ignore[union-attr]
    best = max(before, after, key=lambda s: words(text[s[0] : s[1]]))
    if words(text[best[0] : best[1]]) < MIN_OWN_WORDS or relay.cue_token is None:
        return None
    span = relay.cue_token.doc.char_span(best[0], best[1], alignment_mode="expand")
    return best if span is not None and any(finite(t) for t in span) else None


COORDINATED = re.compile(r"(?:,\s*(?:et|mais|or)|;)\s*$", re.IGNORECASE)


def coordinated_speaker(text: str, c: Candidate, cs: int) -> bool:
    """A speech verb whose speaker's phrase opens a clause coordinated to the correspondent's own
    ("« Ici, seuls les séparatistes sont visibles, mais tous le reconnaissent, … »"): the clause
    before the break is the correspondent's words, as before a "selon X"."""
    start = head_start(c)
    return cs < start and c.cue_token is not None and COORDINATED.search(text, cs, start) is not None


def own_sentences(text: str, relay: Candidate, inner: list[Candidate]) -> tuple[int, int] | None:
    """A correspondent's quote whose relayed speech is a sentence of its own ("« Beaucoup d'émotion
    ce soir. Une femme nous a confié que … », poursuit la journaliste"): the whole sentences of the
    quotation before the first one that relays someone, or after the last one, the longer side. A
    sentence of reporting may have no verb ("Beaucoup d'émotion ce soir"): it stands alone all the
    same, being a sentence."""
    if relay.quote is None or not inner:
        return None
    cs, ce = max(relay.content[0], relay.quote[0]), min(relay.content[1], relay.quote[1])
    first = max(cs, min(min(c.content[0], c.position, head_start(c)) for c in inner))
    last = min(ce, max(max(c.content[1], c.position) for c in inner))
    stops = [m.start() for m in SENTENCE_END.finditer(text, cs, first)]
    before = trim(text, cs, stops[-1]) if stops else (cs, cs)
    stop = SENTENCE_END.search(text, last, ce)
    after = trim(text, stop.end(), ce) if stop is not None else (ce, ce)
    best = max(before, after, key=lambda s: words(text[s[0] : s[1]]))
    return best if words(text[best[0] : best[1]]) >= MIN_OWN_WORDS else None


def own_parts(text: str, relay: Candidate, inner: list[Candidate]) -> list[tuple[int, int]]:
    """Every part of a correspondent's quote said in the correspondent's own name: ``own_words`` or
    ``own_sentences`` first, then each run of sentences that relays nobody and, in a sentence that
    relays someone, the clause before the relayed speech and the clause after it ("« Certains nous
    ont dit qu'ils ont attendu des jours, car ici il n'y a plus d'eau »", "« Le gouvernement
    conseille d'appeler le 112, c'est le seul numéro … »"): the parts that overlap none before."""
    first = own_words(text, relay, inner) or own_sentences(text, relay, inner)
    parts = [first] if first is not None else []
    if relay.quote is None or relay.cue_token is None or not inner:
        return parts
    doc = relay.cue_token.doc
    cs, ce = max(relay.content[0], relay.quote[0]), min(relay.content[1], relay.quote[1])
    relayed = [(min(c.content[0], c.position, head_start(c)), relayed_end(text, c)) for c in inner]
    found: list[tuple[int, int]] = []  # clauses, which need a conjugated verb
    runs: list[tuple[int, int]] = []  # whole sentences, which stand alone without one
    run: tuple[int, int] | None = None
    start = cs
    for stop in [m.start() for m in SENTENCE_END.finditer(text, cs, ce)] + [ce]:
        hits = [r for r in relayed if r[0] < stop and r[1] > start]
        if not hits:
            run = (run[0] if run is not None else start, stop)
        else:
            runs += [run] if run is not None else []
            run = None
            found += clause_before(text, start, min(r[0] for r in hits))
            found += clause_after(text, max(r[1] for r in hits), stop)
        start = stop + 1
    runs += [run] if run is not None else []
    for part in runs + found:
        part = trim(text, *part)
        span = doc.char_span(part[0], part[1], alignment_mode="expand")
        if words(text[part[0] : part[1]]) < MIN_OWN_WORDS or span is None:
            continue
        if part not in runs and not any(finite(t) and main_verb(t).dep_ not in SUBORDINATE for t in span):
            continue  # "Dans le récit qu'ils ont fait, …": a relative clause's verb makes no clause
        if not any(p[0] < part[1] and part[0] < p[1] for p in parts):
            parts.append(part)
    return parts


SUBORDINATE = frozenset({"acl", "acl:relcl", "advcl", "csubj"})


def main_verb(tok: Token) -> Token:
    """The verb an auxiliary or a copula belongs to ("qu'ils ont fait": "fait")."""
    return tok.head if tok.dep_ in {"aux", "aux:pass", "aux:tense", "cop"} else tok


def relayed_end(text: str, c: Candidate) -> int:
    """Where relayed words end before their clauses are cut (``statements.polish``): at the first
    comma and link after them in their sentence (", car …", ", et …"), else where the rule ends them."""
    end = max(c.content[1], c.position)
    if SENTENCE_END.search(text, c.content[0], c.content[1]) is not None:
        return end  # "ils ont besoin de bras. Toutes les volontés …": relayed over a full stop
    m = COMMA_BREAK.search(text, c.content[0], end)
    return m.start() if m is not None and m.start() > max(c.position, c.content[0]) else end


COMMA_BREAK = re.compile(r",\s*(?:et|mais|or|car|donc|puis)\b", re.IGNORECASE)
TRAILING_COMMA = re.compile(r"[,;:]\s*(?:(?:et|mais|or|puis)\b\s*)?$", re.IGNORECASE)
RELAY_GOES_ON = re.compile(r"\s*(?:que\b|qu['’]|de\b|d['’])", re.IGNORECASE)


def clause_before(text: str, start: int, relayed: int) -> list[tuple[int, int]]:
    """The clause of a sentence before the speech it relays, up to its last clause break; none when
    no comma sets the relayed speech apart ("Cela faisait des années qu'elles réclamaient …")."""
    if relayed <= start or not TRAILING_COMMA.search(text, start, relayed):
        return []
    breaks = [m.start() for m in CLAUSE_BREAK.finditer(text, start, relayed) if m.start() > start]
    end = breaks[-1] if breaks and words(text[start : breaks[-1]]) >= MIN_OWN_WORDS else relayed
    m = TRAILING_LINK.search(text, start, end)
    return [(start, m.start() if m is not None else end)]


def clause_after(text: str, relayed: int, stop: int) -> list[tuple[int, int]]:
    """The clause of a sentence after the speech it relays: after a comma or a clause break, not a
    "que …" or "de …" that goes on with the relayed words."""
    comma = text.find(",", relayed, stop)
    if comma < 0:
        return []
    start = LEADING_LINK.match(text, comma).end()  # type: ignore[union-attr]
    return [] if RELAY_GOES_ON.match(text, start) else [(start, stop)]


def finite(tok: Token) -> bool:
    """A conjugated verb: the words left are a clause, not a phrase ("du côté de la SNCF")."""
    return tok.pos_ in {"VERB", "AUX"} and "Fin" in tok.morph.get("VerbForm", [])


def head_start(c: Candidate) -> int:
    """Where the speaker's phrase starts, when the candidate names one ("le président s'est dit …");
    not an antecedent in a sentence before ("… aux industriels. Eux, ils évoquent …",
    ``speech_relay_people``): the speech starts at its own subject."""
    head = c.speaker_head
    if head is None or (c.cue_token is not None and head.sent != c.cue_token.sent):
        return c.position
    return head.left_edge.idx


def named_source(c: Candidate) -> bool:
    """A capitalised name after "selon", whatever its tag ("selon l'Ademe", "selon l'Insee"): a
    body that publishes figures, not a thing ("selon les chiffres")."""
    head = c.speaker_head
    return (
        c.rule in SOURCE_RULES
        and head is not None
        and head.text[:1].isupper()
        and head.i > 0
        and not head.is_sent_start
    )


MAX_LEAD_CHARS = 120


def leads_quote(c: Candidate, relay: Candidate) -> bool:
    """A source phrase right before a correspondent's quote, in its sentence, whose words are the
    quote's ("Selon le ministère, « la situation reste tendue », ajoute le journaliste"): the quote
    relays the source, whose words become the whole quotation, read as "Selon X, « … »" is
    (``speech_selon.leading_quote``: direct, so that no clause rule cuts the quotation short); a
    reading of the same "selon" that starts at the closing mark takes the quotation too."""
    quote, verb = relay.quote, relay.cue_token
    if c.rule not in SOURCE_RULES or quote is None or verb is None:
        return False
    qs, qe = quote
    text = doc_text(verb.doc)
    if not (c.position < qs and (qs - 2 <= c.content[0] <= qe + 1 or phrase_opens_quote(c, qs))):
        return False
    if qs - c.position > MAX_LEAD_CHARS:
        return False
    if SENTENCE_END.search(text, c.position, qs) is not None or "\n" in text[c.position : qs]:
        return False
    s, e = qs - 1, qe  # the quote's span starts inside its opening mark
    while s < e and (text[s] in QUOTE_MARKS or text[s].isspace()):
        s += 1
    while e > s and (text[e - 1] in QUOTE_MARKS or text[e - 1].isspace()):
        e -= 1
    c.content, c.direct = (s, e), True  # the quotation whole, as "Selon X, « … »" (``leading_quote``)
    return True


def phrase_opens_quote(c: Candidate, qs: int) -> bool:
    """The source phrase ends right before the quote, a comma between: "En Île-de-France, selon la
    RATP, « deux bus sur trois rouleront »" (the rule may have read the words before the phrase,
    "En Île-de-France", as what the source says)."""
    head = c.speaker_head
    if head is None or head.i > head.sent.end or c.cue_token is None or c.cue_token.i > head.i:
        return False
    end = head.right_edge.idx + len(head.right_edge.text)
    text = doc_text(head.doc)
    return end <= qs and text[end:qs].strip(" ,\u00a0" + "".join(QUOTE_MARKS)) == "" and "," in text[end:qs]


def restored_relays(kept: list[Candidate], cands: list[Candidate], failed: set[int]) -> list[Candidate]:
    """The candidates again, for speech a correspondent relays whose speaker cannot be named (the
    ids in ``failed`` among ``kept``): without it, with the correspondent's quote it displaced
    (``relayed_by``). When nothing the quote relays has a speaker, the quote comes back whole and
    the parts ``own_parts`` cut from it go ("« Les familles ont dormi dans la salle. Elles espèrent
    rentrer ce soir », conclut la journaliste", "elles" unresolved: the correspondent's whole quote,
    not her first sentence alone, which would lose the words relayed)."""
    relays = {id(r): r for c in kept if id(c) in failed and (r := c.relayed_by) is not None}
    whole = {id(r) for r in relays.values() if all(id(c) in failed for c in kept if c.relayed_by is r)}
    return [
        c for c in cands if id(c) not in failed and not any(own_part(c, relays[k]) for k in whole)
    ] + list(relays.values())


def own_part(c: Candidate, relay: Candidate) -> bool:
    """A part of the correspondent's own words cut from the relay's quote (``own_parts``)."""
    return c is not relay and c.direct and c.quote == relay.quote and c.cue_token is relay.cue_token
