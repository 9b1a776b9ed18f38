"""Attributions by preposition: "selon X, …", "…, selon X", "ce qui, selon X, …", "serait selon X
une erreur", and an opinion "Pour X, …" at the start of a sentence. A sentence may start after a
heading glued to it without punctuation, as scraped TV reports print their subtitles ("Des
spectateurs repartis Pour le ministre, les spectateurs …")."""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Span, Token

from newsgraph import lexicons
from newsgraph.extract.attribution import apposition_end
from newsgraph.extract.context import DocContext, doc_text
from newsgraph.extract.prepositions import DE_FORMS
from newsgraph.extract.speaker_source_phrases import clause_subject, newsroom_source, source_body
from newsgraph.extract.speech_common import (
    MIN_CONTENT_WORDS,
    RELATIVE_PRONOUNS,
    Candidate,
    in_shouting_line,
    inside,
    sentence_bounds,
    strip_final_punct,
    words,
    words_among,
)
from newsgraph.extract.speech_pour_judgement import pour_judgement_candidates
from newsgraph.extract.speech_pour_opinion import (
    COUNTED,
    PEOPLE,
    opinion_holder,
    pas_question_candidates,
    sentence_opens,
    unpunctuated_quantifier,
)
from newsgraph.extract.speech_quotes import QUOTE_MARKS, doc_quotes, trim
from newsgraph.extract.speech_relative_source import relative_source
from newsgraph.extract.speech_source_clause import depending_on, postposed_content, verbless_appraisal
from newsgraph.extract.speech_sources import document_issuer
from newsgraph.extract.speech_subjects import possessor

_WORDS = lexicons.tagged("statement_words.tsv")
_PRONOUNS = lexicons.tagged("pronouns.tsv")
SELON_EXCLUDED = (
    _PRONOUNS["relative_after_preposition"] | _PRONOUNS["relative_object"] | _WORDS["not_a_source"]
)
"""After "selon", words that name no source: "selon lequel", "selon moi"."""
SOURCE_NOUNS = _WORDS["source_noun"]
_POUR = lexicons.tagged("pour_readings.tsv")
HARDSHIP, CIRCUMSTANCE, OFFER = _POUR["hardship"], _POUR["circumstance"], _POUR["offer"]
"""After "Pour X,": predicates and subjects that make X the one things happen to or are done for."""
SUBJECT_DEPS = {"nsubj", "nsubj:pass"}
LEAD_POS = {"CCONJ", "ADV", "SCONJ"}
LEAD_PHRASES = frozenset("en effet|de plus|en outre|par ailleurs|en revanche|par contre|du coup".split("|"))
"""Connectives of two words that open a clause as "Mais" or "Or" do: the source phrase still heads it."""
"""A single word before "selon" that leaves it at the head of its clause ("Mais selon lui, …")."""


SELON_FORMS = frozenset({"selon", "d'", "d’"})


def preposition(tok: Token) -> bool:
    """ "selon", or the "d'" of "d'après"."""
    nxt = tok.doc[tok.i + 1].lower_ if tok.i + 1 < len(tok.doc) else ""
    return tok.lower_ == "selon" or (tok.lower_ in SELON_FORMS and nxt == "après")


def after_heading(tok: Token) -> bool:
    """A capitalised word after a word without punctuation between them ("… repartis Pour le
    ministre, …", "… exactes Selon le procureur, …"): a subtitle glued to the sentence it heads."""
    if not tok.text[:1].isupper() or tok.i == 0:
        return False
    prev = tok.doc[tok.i - 1]
    last = prev.text[-1:]
    spaced = prev.idx + len(prev.text) < tok.idx and "\n" not in prev.text
    return spaced and (last.islower() or last.isdigit() or last in HEADING_ENDS)


HEADING_ENDS = frozenset(')%»”"')


def published_by(source: Token) -> Token:
    """ "selon des informations dévoilées par Disclose", "d'après un rapport publié par Oxfam": the
    agent of the participle that publishes the source noun speaks."""
    if source.lemma_.lower() not in SOURCE_NOUNS:
        return source
    for acl in source.children:
        if acl.dep_ != "acl" or "Part" not in acl.morph.get("VerbForm", []):
            continue
        agent = next((c for c in acl.children if c.i > acl.i and by_agent(c)), None) or stray_agent(acl)
        if agent is not None and agent.pos_ in {"PROPN", "NOUN", "X"}:
            return agent
    return source


def stray_agent(participle: Token) -> Token | None:
    """The agent of the participle the parse hung on a noun after it ("publiées jeudi par l'Insee":
    "par l'Insee" on "jeudi"): a passive agent whose head is no verb, before the source phrase ends."""
    end = participle.head.right_edge.i + 1
    return next(
        (
            t
            for t in participle.doc[participle.i + 1 : end]
            if t.dep_ == "obl:agent" and t.head.pos_ != "VERB" and by_agent(t)
        ),
        None,
    )


def by_agent(tok: Token) -> bool:
    """A phrase led by "par" ("publié par Oxfam")."""
    return any(g.lower_ == "par" and g.i < tok.i for g in tok.children)


def de_led(tok: Token) -> bool:
    """A "de" complement ("les chiffres de l'Insee"), not a bare noun the parse hangs on the source
    noun ("les données publiées jeudi par l'Insee": "jeudi")."""
    return any(c.dep_ == "case" and c.lower_ in DE_FORMS for c in tok.children)


COPULAS = {"être", "devenir", "rester", "sembler", "paraître", "demeurer"}


def noun_phrase_end(head: Token, end: int) -> int:
    """Where the source's noun phrase ends inside a clause, though the parse hangs the clause's
    own complement on it ("aboutirait selon l'opposition à une baisse", "serait, selon les
    syndicats, une provocation"): its modifiers and "de" complements only."""
    doc = head.doc
    k = head.i + 1
    while k < end:
        t = doc[k]
        if t.lower_ in DE_FORMS or t.pos_ in {"ADJ", "PROPN", "NUM"} or t.dep_.startswith("flat"):
            k += 1
        elif t.pos_ in {"DET", "NOUN"} and doc[k - 1].lower_ in DE_FORMS | {"l'", "l’"}:
            k += 1
        else:
            break
    return k


CLAUSE_CHILD_DEPS = {"conj", "parataxis", "acl", "acl:relcl", "advcl", "ccomp"}


def source_phrase_end(obj: Token) -> int:
    """The token after the source's noun phrase. A parse that takes the source for the root hangs
    the attributed clause on it after the comma ("Selon le rapport de la Cour des comptes, la dette
    atteindra …": "dette" a conjunct of "rapport"): a clause child after a comma is no part of it."""
    doc = obj.doc
    cut = {
        c.i
        for c in obj.children
        if obj.dep_ == "ROOT"
        and c.i > obj.i
        and c.dep_ in CLAUSE_CHILD_DEPS
        and any(t.text == "," for t in doc[max(obj.i, c.left_edge.i - 1) : c.left_edge.i + 1])
    }
    kept = [
        t.i
        for t in obj.subtree
        if not any(a.i in cut for a in [t, *t.ancestors])
        and (t.dep_ not in {"acl:relcl", "punct"} or t.i <= obj.i)
    ]
    return max([*kept, obj.i]) + 1


def after_copula(tok: Token) -> bool:
    """ "serait, selon X, une provocation": the predicate of a copula follows the source phrase."""
    prev = next((t for t in reversed(tok.doc[max(0, tok.i - 3) : tok.i]) if not t.is_punct), None)
    return prev is not None and prev.lemma_ in COPULAS


def selon_start(tok: Token, s_start: int) -> int:
    """Where the sentence of "selon" / "d'après" starts: after a glued heading, at the word itself."""
    return tok.idx if after_heading(tok) else s_start


def leads_clause(tok: Token, before: str) -> bool:
    """ "Selon X" heads its clause: nothing before it but one conjunction or adverb ("Mais selon
    lui, …", "Or, selon X, …"). After a word of the clause ("Incompatible selon lui avec …") the
    source phrase sits inside the clause; after two or more, it is postposed or inside too."""
    n = words(before)
    if before.strip(" ,").lower().replace("’", "'") in LEAD_PHRASES:
        return True  # "En effet, selon X, …": a connective of two words
    if n != 1:
        return n == 0
    prev = next((t for t in reversed(tok.doc[max(0, tok.i - 3) : tok.i]) if not t.is_punct), None)
    if prev is not None and prev.pos_ == "ADJ":
        return False  # "Inacceptable, selon les syndicats.": the adjective is the source's verdict
    return before.rstrip().endswith(",") or (prev is not None and prev.pos_ in LEAD_POS)


FRONTED_WORDS = 6  # words of a fronted adjunct before "selon" ("Dès lundi prochain,")


def fronted_adjunct(before: str, tok: Token) -> bool:
    """A place or time adjunct with its comma opens the sentence before "selon X," ("En Bretagne,
    selon la préfecture, « … »", "Dès demain, selon la SNCF, « … »"): no clause of its own (no
    finite verb), so the source phrase still heads the clause, here a quotation."""
    if not before.rstrip().endswith(",") or not 0 < words(before) <= FRONTED_WORDS:
        return False
    start = tok.idx - len(before)
    return not any(
        t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm", [])
        for t in tok.doc[tok.sent.start : tok.i]
        if t.idx >= start
    )


def selon_candidates(
    ctx: DocContext, quotes: list[tuple[int, int]], within: list[tuple[int, int]] | None = None
) -> list[Candidate]:
    """ "selon X, …", "…, selon X", "ce qui, selon X, …"; inside the quotes of ``within`` too (kept
    or not by ``speech_nested``), "d'après X" there as well (« D'après la préfecture, … »)."""
    doc, text = ctx.sdoc, doc_text(ctx.sdoc)
    within = within or []
    out = []
    for tok in words_among(doc, SELON_FORMS):
        first = tok.i + 1 + (tok.lower_ != "selon")  # the word after "selon" / "d'après"
        if not preposition(tok) or first >= len(doc) or doc[first].lower_ in SELON_EXCLUDED:
            continue
        if relative_source(tok) or depending_on(tok):
            continue  # ", selon qui …": speech_relative_source reads it; "varie selon X": no source
        if (inside(quotes, tok.idx) or tok.lower_ != "selon") and not inside(within, tok.idx):
            continue  # "d'après X" outside quotes: speech_constructions reads it
        if in_shouting_line(text, tok.idx):
            continue
        obj = tok.head if tok.dep_ == "case" and tok.head.i >= first else doc[first]
        source, body = obj, source_body(obj)  # "selon nos sources auprès de la préfecture": the prefecture
        own = None if body else newsroom_source(ctx, obj)  # "selon nos informations": the report's newsroom
        if obj.lemma_.lower() in SOURCE_NOUNS:
            nmod = next((c for c in obj.children if c.dep_ == "nmod" and c.i > obj.i and de_led(c)), None)
            source = body or nmod or possessor(obj) or document_issuer(obj) or published_by(obj)
        source = clause_subject(tok, obj) or source  # "D'autres vont plus loin : selon eux, …"
        phrase_end = source_phrase_end(obj)
        if not leads_clause(tok, text[sentence_bounds(tok)[0] : tok.idx]):
            phrase_end = noun_phrase_end(obj, phrase_end)  # "aboutirait selon X à une baisse"
        s_start, s_end = sentence_bounds(tok)
        s_start = selon_start(tok, max(s_start, text.rfind("\n", 0, tok.idx) + 1))
        nl = text.find("\n", tok.idx)
        s_end = min(s_end, nl if nl >= 0 else len(text))
        raw_before = text[s_start : tok.idx]
        before = raw_before.rstrip(" ,")
        after_start = doc[phrase_end].idx if phrase_end < len(doc) else s_end
        after = text[after_start:s_end]
        fronted = fronted_adjunct(raw_before, tok) and after.lstrip(" ,")[:1] in QUOTE_MARKS
        if words(before) >= 2 and after.lstrip(" ,")[:1] in QUOTE_MARKS and not fronted:
            after = ""  # '… selon le Kremlin "Une personne …': a quote with its own attribution follows
        if leads_clause(tok, raw_before) or fronted:  # "Selon X, …", "En Bretagne, selon X, « … »"
            a = after_start
            while a < s_end and text[a] in " ,)":  # "selon X, gérant du camping (Landes), …"
                a += 1
            content = trim(text, a, s_end)
        else:  # "…, selon X.": the clause beside it; "ce qui, selon X, n'était …": the one holding it
            content = postposed_content(doc, (s_start, s_end), before, after, tok)
        content = strip_final_punct(text, content)
        short = words(text[content[0] : content[1]]) < MIN_CONTENT_WORDS
        if short and not verbless_appraisal(doc, content, s_start, tok):
            continue
        quoted = leading_quote(ctx, content)
        out.append(
            Candidate(
                quoted or content,
                quoted is not None,
                "selon",
                tok,
                speaker_head=None if own else source,
                speaker=own,
                position=tok.idx,
                rule="selon",
            )
        )
    return out


def leading_quote(ctx: DocContext, content: tuple[int, int]) -> tuple[int, int] | None:
    """ "Selon l'étude, « pour une famille de quatre, le budget … »" / "Pour X, « ce sont des réseaux,
    c'est de la contrefaçon »": words that open on a quotation are the whole quotation, verbatim,
    when nothing but punctuation or an incise ("…», précise le journaliste") follows it."""
    text = doc_text(ctx.sdoc)
    if text[content[0] : content[0] + 1] not in QUOTE_MARKS:
        return None
    quote = next((q for q in doc_quotes(ctx.sdoc) if content[0] < q[0] <= content[0] + 2), None)
    if (
        quote is None
        or "\n" in text[content[0] : quote[1]]
        or words(text[quote[0] : quote[1]]) < MIN_CONTENT_WORDS
    ):
        return None
    rest = text[quote[1] + 1 : max(content[1], quote[1] + 1)]
    if words(rest) and not INCISE_RE.match(rest):
        return None  # "Selon X, « les prix » ont encore augmenté": a quoted fragment of the sentence
    return trim(text, *quote)


INCISE_RE = re.compile(r"\s*,\s*(?:[a-zà-ÿ]+-t-|[a-zà-ÿ]+\s+(?:le|la|les|l['’]|un|une|[A-ZÀ-Þ]))")


SENTENCE_STOP = re.compile(r"[.!?…](?=\s|$)")


def pour_candidates(ctx: DocContext, quotes: list[tuple[int, int]]) -> list[Candidate]:
    """ "Pour le général américain Mark Milley, il existe …": an opinion attributed to an actor."""
    doc, text = ctx.sdoc, doc_text(ctx.sdoc)
    out = []
    for tok in words_among(doc, {"pour"}):
        if tok.lower_ != "pour" or inside(quotes, tok.idx):
            continue
        if not (sentence_opens(tok) or after_heading(tok)):
            continue  # only at the start of a sentence (after one connective), or after a glued heading
        opener = unpunctuated_quantifier(tok)  # "Pour certains cette mesure …": the clause opens there
        comma = opener or next(
            (t for t in doc[tok.i + 1 : min(len(doc), tok.i + 14)] if t.text in {",", ".", ":"}), None
        )
        if comma is None or (opener is None and comma.text != ","):
            continue
        bare = opener is not None
        if not bare and comma.i + 1 < len(doc) and doc[comma.i + 1].lower_ in RELATIVE_PRONOUNS:
            # "Pour X, qui cultive …, la situation …": the opinion comes after the relative clause
            comma = next(
                (t for t in doc[comma.i + 2 : min(len(doc), comma.i + 25)] if t.text in {",", ".", ":"}), None
            )
            if comma is None or comma.text != ",":
                continue
        phrase = doc[tok.i + 1 : comma.i]
        if not len(phrase):
            continue  # "Pour, Jean Dupont, …": a stray comma, no one named
        pronoun = bare or (len(phrase) == 1 and phrase[0].pos_ == "PRON")  # "Pour lui, …": no apposition
        while not pronoun and (stop := apposition_end(doc, comma.i)) is not None and doc[stop].text == ",":
            comma = doc[stop]  # "Pour Olivier Laplaud, rescapé du Bataclan, sollicité …, la justice …"
        heads = [t for t in phrase if t.head.i < phrase.start or t.head.i >= phrase.end or t.head.i == t.i]
        head = next((t for t in heads if t.pos_ in {"PROPN", "NOUN", "PRON"}), None)
        if head is None:  # "Pour beaucoup de Français, …": the people counted speak
            head = next(
                (c for t in heads if t.pos_ == "ADV" for c in t.children if c.pos_ in {"NOUN", "PROPN"}), None
            )
        some = len(phrase) <= 2 and phrase[-1].lower_ in COUNTED  # "Pour d'autres, …", "Pour tous, …"
        head = phrase[-1] if some else head
        holder = None if head is None else opinion_holder(ctx, phrase, head)
        if head is None or holder is None:
            continue
        line_end = (text.find("\n", tok.idx) + 1 or len(text) + 1) - 1
        s_end = min(tok.sent.end_char, line_end)
        opens = comma.idx if bare else comma.idx + 1
        if s_end <= opens:  # the parser cut the sentence after "Pour lui,": the punctuation ends it
            period = SENTENCE_STOP.search(text, comma.idx)
            s_end = min(period.start() if period is not None else len(text), line_end)
        if opens >= s_end:
            continue
        content = strip_final_punct(text, trim(text, opens, s_end))
        rest = doc.char_span(content[0], content[1], alignment_mode="expand")
        if (
            rest is None
            or not any(t.pos_ in {"VERB", "AUX"} for t in rest)
            or words(rest.text) < MIN_CONTENT_WORDS
            or (reading := experienced(rest)) == "offer"
            or (holder == PEOPLE and not appraisal(rest))  # their view only if the clause appraises
        ):
            continue
        quoted = leading_quote(ctx, content)
        out.append(
            Candidate(
                quoted or content,
                quoted is not None,
                "pour",
                tok,
                speaker_head=head,
                position=tok.idx,
                rule="pour" if reading is None else CONTEXT_ONLY,
            )
        )
    return out + pour_judgement_candidates(ctx, quotes) + pas_question_candidates(ctx, quotes)


def appraisal(clause: Span) -> bool:
    """A clause that appraises, its main predicate an attribute of "être" ("la voiture est
    indispensable", "il n'est pas question de …") or a verbless one with its infinitive ("pas
    question de …", "impossible de …"): what "Pour certains, …" gives as an opinion; an event
    ("Pour certains, les vacances ont tourné au cauchemar") is what some went through."""
    return any(t.dep_ == "cop" and main_predicate(clause, t.head) for t in clause) or any(
        t.dep_ == "ROOT"
        and t.pos_ in {"NOUN", "ADJ"}
        and not any(c.dep_ in SUBJECT_DEPS | {"cop"} for c in t.children)
        and any(de_infinitive(c) for c in t.children)
        for t in clause
    )


def main_predicate(clause: Span, tok: Token) -> bool:
    """The clause's own predicate: the sentence's root, or hung by the parse on "Pour X" before it."""
    return tok.dep_ == "ROOT" or not clause.start <= tok.head.i < clause.end


def de_infinitive(tok: Token) -> bool:
    """An infinitive introduced by "de" ("de renoncer")."""
    return "Inf" in tok.morph.get("VerbForm", []) and any(
        c.dep_ == "mark" and c.lower_ in {"de", "d'", "d’"} for c in tok.children
    )


CONTEXT_ONLY = "pour-context"
"""A "Pour X, <clause>" that says what X goes through: no statement, but X is the person the report
is about, whom a pronoun of the next quote names ("… , explique-t-il"): kept until the speakers are
resolved, then left out (``stated``)."""


def stated(kept: list[tuple[Candidate, Any]]) -> list[tuple[Candidate, Any]]:
    """The resolved candidates that are statements: not those kept for their speaker only."""
    return [(c, s) for c, s in kept if c.rule != CONTEXT_ONLY]


def experienced(rest: Span) -> str | None:
    """The clause after "Pour X," tells what X goes through or is given, not what X thinks: a noun
    subject with a predicate of hardship ("Pour cet éleveur, la saison est difficile", "Pour eux, la
    course a commencé"), a subject or predicate naming X's situation or aim ("Pour les familles, la
    priorité est de se reloger", "l'attente est une épreuve") ("experience"), or someone acting for
    X ("Pour les abonnés, le gouvernement envisage une aide": "offer"). A judgement with "c'est" or
    a pronoun subject stays X's view ("Pour lui, c'est difficile"): None."""
    for root in (t for t in rest if not rest.start <= t.head.i < rest.end or t.head.i == t.i):
        if any(c.dep_ in SUBJECT_DEPS and c.pos_ == "PRON" for c in root.children):
            continue  # "c'est difficile", "il faut": a judgement
        # the subject, or the first noun before the predicate (the parse may hang it on X)
        subject = next((t for t in rest if t.pos_ in {"NOUN", "PROPN"} and t.i < root.i), None)
        if subject is None:
            continue
        lemma = root.lemma_.lower()
        if lemma in HARDSHIP | CIRCUMSTANCE or subject.lemma_.lower() in CIRCUMSTANCE:
            return "experience"
        if lemma in OFFER and root.pos_ == "VERB" and subject.head.i == root.i:
            return "offer"
    return None
