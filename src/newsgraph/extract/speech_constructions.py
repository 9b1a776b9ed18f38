"""Reported speech the verb rules miss, found by the grammar of reporting: source phrases ("selon",
"d'après", "à en croire", "aux yeux de", "dixit"), a speech verb the tagger took for a noun ("L'ONG
note que …", "Joe Biden écarte la thèse …"), multiword verbs ("a fait savoir que"), "se dit prêt
à", "dit coopérer", "appelle à", refusals to comment; and which speech-verb tokens speak at all."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsgraph.extract import attribution as grammar
from newsgraph.extract.context import DocContext, doc_text
from newsgraph.extract.entities import is_role
from newsgraph.extract.prepositions import DE_FORMS
from newsgraph.extract.speaker_kinds import document_author, person_subject, special_speaker
from newsgraph.extract.speaker_source_phrases import (
    clause_subject,
    newsroom_source,
    owned_source,
    source_body,
)
from newsgraph.extract.speech_clitic_incise import object_clitic_incise
from newsgraph.extract.speech_common import (
    Candidate,
    in_shouting_line,
    inside,
    speech_verb_forms,
    strip_final_punct,
    token_at,
    verb_report,
    words,
    words_among,
)
from newsgraph.extract.speech_coordinated import clause_predicate
from newsgraph.extract.speech_lexicon import document_nouns, has_reflexive_child
from newsgraph.extract.speech_quotes import CLOSING_CHARS, CLOSING_MARKS, QUOTE_MARKS, trim
from newsgraph.extract.speech_relative_source import relative_source
from newsgraph.extract.speech_report_relatives import relative_end
from newsgraph.extract.speech_reported import subject_for
from newsgraph.extract.speech_selon import after_copula, leads_clause, published_by, selon_start
from newsgraph.extract.speech_source_clause import depending_on, postposed_content, verbless_appraisal
from newsgraph.extract.speech_sources import document_issuer
from newsgraph.extract.speech_subjects import subject_of

SOURCE_FIRST_WORDS = frozenset({"selon", "dixit", "d'", "d’", "à", "aux", "de"})
"""The first words of the phrases below: any other word is passed over at once."""


def source_candidates(ctx: DocContext, quotes: list[tuple[int, int]]) -> list[Candidate]:
    """ "selon X", "d'après X", "à en croire X", "aux yeux de X": the rest of the sentence is X's."""
    doc, text = ctx.sdoc, doc_text(ctx.sdoc)
    out = []
    for tok in words_among(doc, SOURCE_FIRST_WORDS):
        low = tok.lower_
        if low not in SOURCE_FIRST_WORDS:
            continue
        nxt = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
        if not (
            low in {"selon", "dixit"}
            or (low in {"d'", "d’"} and nxt == "après")
            or (low, nxt) in {("à", "en"), ("aux", "yeux"), ("de", "l'avis"), ("de", "l’avis")}
        ) or inside(quotes, tok.idx):
            continue
        if relative_source(tok) or (low == "selon" and depending_on(tok)):
            continue  # ", selon qui …": speech_relative_source reads it; "varie selon X": no source
        found = grammar.source_phrase(doc, tok.i)
        if found is None:
            continue
        _, head, end = found
        head = source_body(head) or owned_source(head) or document_issuer(head) or published_by(head)
        head = clause_subject(tok, head) or head  # "Un policier explique que, selon lui, …"
        s_start = selon_start(tok, sentence_start(doc, tok.idx))
        # the parser may end a sentence inside the phrase ("Selon l'état-major" cut at the hyphen)
        s_end = max(tok.sent.end_char, doc[end].sent.end_char if end < len(doc) else 0)
        nl = text.find("\n", tok.idx)
        s_end = min(s_end, nl if nl >= 0 else len(text))
        raw_before = text[s_start : tok.idx]
        before = raw_before.rstrip(" ,")
        after_start = doc[end].idx if end < len(doc) else s_end
        after = text[after_start:s_end]
        if words(before) >= 2 and after.lstrip(" ,")[:1] in QUOTE_MARKS:
            after = ""  # '… selon le maire « Une personne … »': the quote has its own attribution
        inside_clause = not leads_clause(tok, raw_before) and not raw_before.rstrip().endswith(",")
        if low == "selon" and ((inside_clause and words(after) < 2) or after_copula(tok)):
            continue  # "serait selon les syndicats une provocation": selon_candidates reads the clause
        if leads_clause(tok, raw_before):
            a = after_start
            while a < s_end and text[a] in " ,":
                a += 1
            content = trim(text, a, s_end)
        else:  # "…, selon X.": the clause beside it; "ce qui, selon X, n'était …": the one holding it
            content = postposed_content(doc, (s_start, s_end), before, after, tok)
        content = strip_final_punct(text, content)
        if words(text[content[0] : content[1]]) < 3 and not verbless_appraisal(doc, content, s_start, tok):
            continue
        author = document_author(ctx, head)
        cand = Candidate(
            content, False, "selon", tok, speaker_head=author or head, position=tok.idx, rule="source"
        )
        if (own := newsroom_source(ctx, head)) is not None:  # "d'après nos informations"
            cand.speaker = own
        elif author is None:
            cand.speaker = special_speaker(ctx, head)
        out.append(cand)
    return out


SKIP_POS = {"DET", "ADP", "PUNCT", "SPACE", "CCONJ", "SCONJ", "PRON", "NUM", "PROPN", "SYM"}


def extra_reported_candidates(ctx: DocContext, quotes: list[tuple[int, int]]) -> list[Candidate]:
    """Reported speech the verb rules miss: a speech verb tagged as a noun before "que"
    ("L'ONG note que …"), multiword verbs ("a fait savoir que"), "se dit prêt à", "appelle à",
    and refusals to comment ("n'a pas souhaité commenter")."""
    doc, text = ctx.sdoc, doc_text(ctx.sdoc)
    out = []
    for i in speech_verb_forms(doc):  # speech_verb answers None for the others
        tok = doc[i]
        if tok.pos_ in SKIP_POS or inside(quotes, tok.idx) or in_shouting_line(text, tok.idx):
            continue
        content: tuple[int, int] | None = None
        rule = ""
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        after_name = tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN" and tok.pos_ != "PROPN"
        entry = grammar.speech_verb(
            tok, any_pos=after_name or (nxt is not None and nxt.lower_ in {"que", "qu'", "qu’"})
        )
        if entry is None:
            continue
        if "_" in entry.bare:  # "fait savoir que"
            k = tok.i + 1 + entry.lemma.count("_")
            if k < len(doc) and doc[k].lower_ in {"que", "qu'", "qu’"} and k + 1 < len(doc):
                content, rule = (doc[k + 1].idx, grammar.clause_end(doc, k + 1)), "multiword"
        elif (
            tok.pos_ not in {"VERB", "AUX"}
            and nxt is not None
            and nxt.lower_ in {"que", "qu'", "qu’"}
            and "clause" in entry.frames
            and entry.grade >= 2
            and tok.i + 2 < len(doc)
        ):
            content, rule = (doc[tok.i + 2].idx, grammar.clause_end(doc, tok.i + 2)), "mistagged"
        elif (
            tok.pos_ not in {"VERB", "AUX"}
            and "np" in entry.frames
            and entry.grade >= 2
            and tok.i > 0
            and doc[tok.i - 1].pos_ == "PROPN"
            and (obj := object_after(tok)) is not None
        ):
            content, rule = (doc[obj].idx, grammar.clause_end(doc, obj)), "mistagged-np"
        elif entry.lemma in {"se_dire", "dire"}:
            found = grammar.se_dire_content(tok)
            if found is not None:
                content, rule = found, "se-dire"
            elif (found := dire_infinitive(tok)) is not None:
                content, rule = found, "dire-infinitive"
        elif (
            entry.bare in {"appeler", "exhorter", "inviter", "inciter", "encourager"}
            and nxt is not None
            and nxt.lower_ in {"à", "au", "aux"}
        ):
            content, rule = (nxt.idx, grammar.clause_end(doc, nxt.i)), "appeler-a"
        if content is None:
            if tok.pos_ == "VERB":
                found = grammar.no_comment(tok)
                if found is not None:
                    head = subject_of(tok.head) or subject_for(tok.head)
                    if head is not None:
                        out.append(verb_report(found, tok, head, "no-comment"))
            continue
        content = relative_end(tok, strip_final_punct(text, trim(text, *content)))
        if words(text[content[0] : content[1]]) < (1 if rule == "se-dire" else 3):  # "se dit ému"
            continue
        head = subject_for(tok) if tok.pos_ in {"VERB", "AUX"} else preceding_subject(tok)
        if rule == "appeler-a" and is_passive(tok):
            head = passive_agent(tok)  # "les habitants sont appelés à …": those called, not who calls
        if head is None:
            continue
        quoted = (
            text[content[0] : content[1]].lstrip()[:1] in QUOTE_MARKS
            and text[content[0] : content[1]].rstrip(" .")[-1:] in QUOTE_MARKS
        )
        cand = Candidate(
            content,
            quoted,
            entry.lemma.replace("_", " "),
            tok,
            speaker_head=head,
            position=tok.idx,
            rule=rule,
            uses={tok.i},
        )
        cand.speaker = special_speaker(ctx, head)
        out.append(cand)
    return out


def preceding_subject(tok: Token) -> Token | None:
    """The head of the noun phrase right before a verb the tagger missed ("L'ONG note que")."""
    doc = tok.doc
    j = tok.i - 1
    while j >= 0 and doc[j].lower_ in {"ne", "n'", "n’", "se", "s'", "s’", "y", "en"}:
        j -= 1
    if j < 0 or doc[j].pos_ not in {"NOUN", "PROPN", "PRON"}:
        return None
    head = doc[j]
    while head.dep_ in {"flat:name", "amod"} and head.head.i < head.i:
        head = head.head
    while (
        head.dep_ == "nmod"
        and head.head.i < head.i
        and head.head.pos_ in {"NOUN", "PROPN"}
        and of_phrase(head)
    ):
        head = head.head  # "Le ministère de l'Intérieur note que": the ministry, not "Intérieur"
    if head.pos_ == "NOUN" and not (is_role(head) or head.lemma_.lower() in document_nouns()):
        return head if head.text[:1].isupper() else None
    return head


def of_phrase(tok: Token) -> bool:
    return any(c.dep_ == "case" and c.lower_ in DE_FORMS for c in tok.children)


def dire_infinitive(verb: Token) -> tuple[int, int] | None:
    """ "Emmanuel Macron dit coopérer avec la Pologne …", "Beauvau dit s'être fondée sur …": what the
    speaker says of themself, an infinitive clause."""
    doc = verb.doc
    if verb.lemma_ != "dire" or has_reflexive_child(verb) or grammar.has_reflexive(verb):
        return None
    j = verb.i + 1
    while j < len(doc) and (doc[j].pos_ == "ADV" or doc[j].lower_ in {"se", "s'", "s’", "en", "y"}):
        j += 1
    if j >= len(doc) or "Inf" not in doc[j].morph.get("VerbForm", []):
        return None
    k = j
    while k > verb.i + 1 and doc[k - 1].lower_ in {
        "se",
        "s'",
        "s’",
        "en",
        "y",
        "ne",
        "n'",
        "n’",
        "pas",
        "plus",
        "jamais",
        "rien",
    }:
        k -= 1
    return doc[k].idx, grammar.clause_end(doc, j)


def keeps_incise(c: Candidate) -> bool:
    """An "incise" reading (", a déclaré X" closing a sentence) needs an inverted verb: not
    "Quant à la France, elle a déjà promis ses canons" (the subject stands before the verb)."""
    if c.rule != "incise" or c.cue_token is None:
        return True
    verb = c.cue_token
    if object_clitic_incise(verb):
        return True  # "…, nous assure la direction": "nous" is the verb's object, not its subject
    before = verb.doc[max(0, verb.i - 4) : verb.i]
    own = [t for t in before if t.dep_ in {"nsubj", "nsubj:pass"} and t.head.i == verb.i]
    # "Cette réforme est une erreur, a jugé le syndicat": the predicate with its copula, hung on
    # the incise verb as its subject, is the reported clause, not the verb's own subject
    return not any(not clause_predicate(t) for t in own) and not any(
        t.lower_ in {"il", "elle", "ils", "elles", "on", "je", "nous", "vous"} for t in before
    )


def object_after(verb: Token) -> int | None:
    """The first token of a noun-phrase object right after a verb, past an incise ", lui,":
    "Joe Biden écarte, lui, la thèse d'un tir russe"."""
    doc = verb.doc
    k = verb.i + 1
    if (
        k + 2 < len(doc)
        and doc[k].text == ","
        and doc[k + 1].lower_ in {"lui", "elle", "eux", "elles"}
        and doc[k + 2].text == ","
    ):
        k += 3
    if k < len(doc) and doc[k].pos_ == "DET" and k + 1 < len(doc) and doc[k + 1].pos_ in {"NOUN", "ADJ"}:
        return k
    return None


def sentence_start(doc: Doc, char: int) -> int:
    tok = token_at(doc, char)
    text = doc_text(doc)
    start = tok.sent.start_char if tok is not None else 0
    return max(start, text.rfind("\n", 0, char) + 1)


def followed_quote_candidates(ctx: DocContext, quotes: list[tuple[int, int]]) -> list[Candidate]:
    """A quote that is a sentence of its own with no attribution, followed by a sentence about a
    named person: the lead quote of a report ("« Ce titre, on l'attendait. » Julien Marchetti,
    capitaine de l'équipe, ne cachait pas sa joie."). The person is the speaker."""
    doc, text = ctx.sdoc, doc_text(ctx.sdoc)
    out = []
    for qs, qe in quotes:
        cs, ce = trim(text, qs, qe)
        if words(text[cs:ce]) < 4 or not opens_sentence(text, qs):
            continue
        k = qe
        while k < len(text) and (text[k] in CLOSING_MARKS or text[k] in ".!?…"):
            k += 1
        if text[ce - 1 : ce] not in {".", "!", "?", "…"} and text[qe:k].strip(CLOSING_CHARS) == "":
            continue  # the quote does not end its sentence: "« … » samedi, …"
        if k >= len(text) or text[k] not in " \u00a0" or not text[k + 1 : k + 2].isupper():
            continue
        nxt = token_at(doc, k + 1)
        if nxt is None or nxt.idx != k + 1:
            continue
        sent = doc[nxt.i : nxt.sent.end]  # the parser may not have cut before it ('."Nous' is one token)
        if any(t.text in QUOTE_MARKS for t in sent):
            continue
        root, head = person_subject(ctx, sent)
        if root is None or head is None:
            root, head = named_first(ctx, nxt, sent)
        if root is None or head is None or head.left_edge.i > nxt.i + 2:
            continue
        out.append(
            Candidate(
                (cs, ce),
                True,
                "dire",
                root,
                speaker_head=head,
                position=qs,
                quote=(qs, qe),
                rule="quote-followed",
            )
        )
    return out


def named_first(ctx: DocContext, first: Token, sent: Span) -> tuple[Token | None, Token | None]:
    """A sentence opening with a person's name and a finite verb after it, which the parser did not
    make its subject ("Antonio Guterres, secrétaire général, semblait rassuré")."""
    person = next((m for m in ctx.mentions_at(first.idx) if m.label == "PER" and m.start == first.idx), None)
    if person is None:
        return None, None
    verb = next(
        (
            t
            for t in sent
            if t.idx >= person.end and t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm", [])
        ),
        None,
    )
    return (verb, first) if verb is not None else (None, None)


def opens_sentence(text: str, qs: int) -> bool:
    """The quote opens a paragraph or follows the end of a sentence."""
    j = qs - 1
    while j >= 0 and text[j] in ' \t\u00a0«“"„‹':
        j -= 1
    return j < 0 or text[j] in ".!?\n…»”"


def is_passive(verb: Token) -> bool:
    """ "sont appelés", "a été invitée", "appelés à …" (a participle hung on a noun)."""
    if any(c.dep_ == "aux:pass" for c in verb.children):
        return True
    if "Part" in verb.morph.get("VerbForm", []) and any(
        c.dep_.startswith("aux") and c.lemma_ == "être" for c in verb.children
    ):
        return True  # "sont invités" tagged aux:tense: these verbs take "avoir", "être" is the passive's
    return verb.dep_ == "acl" and "Part" in verb.morph.get("VerbForm", [])


def passive_agent(verb: Token) -> Token | None:
    """The one who speaks in a passive: "appelés par le préfet à …"."""
    return next((c for c in verb.children if c.dep_ == "obl:agent"), None)
