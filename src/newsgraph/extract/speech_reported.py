"""Reported speech: a speech verb of ``ontology/lexicons/speech_verbs.txt`` with its clause (X a
déclaré que …, X a exigé de …, X a souligné <np>, …, a déclaré X; c'est ce qu'a affirmé X)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsgraph import lexicons
from newsgraph.extract.context import DocContext, doc_text
from newsgraph.extract.speech_clauses import content_of, phrase_parts
from newsgraph.extract.speech_cleft import cest_ce_que_content, cleft_subject
from newsgraph.extract.speech_clitic_incise import object_clitic_incise
from newsgraph.extract.speech_comme import comme_content, comme_pronoun, incise_limit
from newsgraph.extract.speech_common import (
    CLAUSE_DEPS,
    MIN_CONTENT_WORDS,
    OBJECT_DEPS,
    Candidate,
    clause_span,
    in_shouting_line,
    inside,
    inverted_clitic,
    sentence_bounds,
    speech_frames,
    speech_verb_forms,
    strip_final_punct,
    verb_group_start,
    words,
)
from newsgraph.extract.speech_coordinated import compound_speech_end, own_subject_before
from newsgraph.extract.speech_demonstratives import latest_subject
from newsgraph.extract.speech_lexicon import CONTROL_VERBS
from newsgraph.extract.speech_mistagged import mistagged_object
from newsgraph.extract.speech_object_checks import (
    announces_or_asks,
    is_indirect_question,
    is_possessed_thing,
    names_the_act,
)
from newsgraph.extract.speech_objects import colon_elaboration
from newsgraph.extract.speech_purpose import passive_subject, purpose_predicate
from newsgraph.extract.speech_questions import asked
from newsgraph.extract.speech_quotes import CLOSING_MARKS, OPENING_MARKS, doc_quotes, find_quotes, trim
from newsgraph.extract.speech_report_antecedents import comma_antecedent, gerund_main
from newsgraph.extract.speech_report_frames import (
    addressee_frames,
    finding_frames,
    hypothesis_frames,
    is_reflexive,
    pronominal_entry,
)
from newsgraph.extract.speech_report_quotes import before_quote, own_words_before_quote
from newsgraph.extract.speech_report_relatives import participle_end, relative_end, restrictive_relative
from newsgraph.extract.speech_report_subjects import (
    auxiliary_subject,
    inside_object,
    misread_verb_subject,
    nearest_subject,
    no_one,
    object_before_clause,
    split_subject,
)
from newsgraph.extract.speech_sources import document_issuer
from newsgraph.extract.speech_subjects import (
    SUBJECT_DEPS,
    postposed_subject,
    preverbal_subject,
    shared_subject,
    subject_of,
)
from newsgraph.extract.speech_unquoted import incise_subject, trailing_incise

_WORDS = lexicons.tagged("statement_words.tsv")
CITING_VERBS = _WORDS["citing_verb"]
REFLEXIVE_SPEECH = _WORDS["reflexive_speech"]
# A sentence glued to the next without a space ("…bataille.La neige"), common in scraped text.
GLUED_END_RE = re.compile(r"(?<=[a-zà-ÿ0-9][a-zà-ÿ0-9)%»”\"])[.!?…](?=[A-ZÀ-ÖØ-Þ][a-zà-ÿ])")


def incise_content(verb: Token) -> tuple[int, int] | None:
    """ "…, a déclaré un responsable." / "Les Russes, a-t-elle dit, avaient …": the sentence
    around a postposed attribution."""
    doc = verb.doc
    first = verb_group_start(verb)
    if first.i == verb.i and object_clitic_incise(verb):
        first = doc[verb.i - 1]  # "…, nous assure la direction."
    if first.i == 0 or doc[first.i - 1].text != ",":
        return None
    s_start, s_end = sentence_bounds(verb)
    if s_start >= doc[first.i - 1].idx and first.i > 1:  # the parser ended the sentence at the comma
        s_start = doc[first.i - 2].sent.start_char
    s_start = max(s_start, doc_text(doc).rfind("\n", 0, verb.idx) + 1)
    nl = doc_text(doc).find("\n", verb.idx)
    s_end = min(s_end, nl if nl >= 0 else len(doc_text(doc)))
    before = doc_text(doc)[s_start : doc[first.i - 1].idx].lstrip()
    if before[:1] in OPENING_MARKS and not CLOSING_MARKS & set(before[1:]):  # « Rien ne change, dit X. … »
        s_start, before = doc[first.i - 1].idx - len(before) + 1, before[1:]
    if not words(before):
        return None
    # an interrupted clause: "Les Russes, a-t-elle dit, avaient arrêté son amie."
    after_tokens = [t for t in doc[verb.i + 1 : verb.sent.end] if not t.is_space and t.idx < s_end]
    comma = next((t for t in after_tokens[:6] if t.text == ","), None)
    if comma is not None:
        tail = [t for t in after_tokens if t.i > comma.i]
        if len(tail) >= 2 and tail[0].pos_ in {"AUX", "VERB", "ADV"}:
            content = strip_final_punct(doc_text(doc), trim(doc_text(doc), s_start, s_end))
            return content if words(doc_text(doc)[content[0] : content[1]]) >= MIN_CONTENT_WORDS else None
    if words(before) < MIN_CONTENT_WORDS or adverbial_only(doc, s_start, first.i - 1):
        return None
    return trim(doc_text(doc), s_start, doc[first.i - 1].idx)


def adverbial_only(doc: Doc, start: int, comma: int) -> bool:
    """A prepositional phrase without a verb before the incise ("Dans la soirée, a indiqué la
    préfecture."): when it was said, not what."""
    span = doc.char_span(start, doc[comma].idx, alignment_mode="expand")
    return (
        span is not None
        and len(span) > 0
        and span[0].pos_ == "ADP"
        and not any(t.pos_ in {"VERB", "AUX"} for t in span)
    )


def verb_candidates(
    ctx: DocContext,
    quotes: list[tuple[int, int]],
    used: set[int],
    within: list[tuple[int, int]] | None = None,
) -> list[Candidate]:
    """Reported speech governed by a speech verb; inside the quotes of ``within`` too (a speaker
    reporting someone else's words, kept or not by ``speech_nested``)."""
    within = within or []
    doc, text = ctx.sdoc, doc_text(ctx.sdoc)
    out = []
    for i in speech_verb_forms(doc):  # both rules below need speech_verb to answer
        tok = doc[i]
        if (
            tok.pos_ in {"NOUN", "ADJ", "ADV"}  # "Le ministre dément …": "dément" read as an adverb
            and tok.i not in used
            and (misread := mistagged_object(tok)) is not None
        ):
            if not inside(quotes, tok.idx) and not in_shouting_line(text, tok.idx):
                out.append(
                    Candidate(
                        misread[0],
                        False,
                        tok.lower_,
                        tok,
                        speaker_head=cited_source_speaker(misread[1]),
                        position=tok.idx,
                        rule="mistagged-object",
                    )
                )
            continue
        if tok.pos_ != "VERB" and phrase_parts(tok)[1] is tok:
            continue
        reused = tok.i in used  # its quote was read: only its own words before the quote are left
        frames = (speech_frames(tok) | finding_frames(tok)) or addressee_frames(tok) or hypothesis_frames(tok)
        if not frames or asked(tok):  # "X envisage-t-il de … ?": the reporter asks
            continue
        if (inside(quotes, tok.idx) and not inside(within, tok.idx)) or in_shouting_line(text, tok.idx):
            continue
        if any(c.dep_ == "aux:pass" for c in tok.children) or (
            tok.dep_ == "acl" and "Past" in tok.morph.get("Tense", []) and not has_avoir(tok)
        ):
            continue  # "les chiffres avancés par …", "a été cité par …"
        if is_reflexive(tok) and tok.lemma_.lower() not in REFLEXIVE_SPEECH and not pronominal_entry(tok):
            continue  # "se résumer à", "se rappeler"; not "s'accusent mutuellement de …" (its own entry)
        if (
            "Inf" in tok.morph.get("VerbForm", [])
            and tok.dep_ == "xcomp"
            and not speech_frames(tok.head)
            and tok.head.lemma_ not in CONTROL_VERBS
        ):
            continue  # "elle peine à admettre la réalité"
        if (
            not reused
            and tok.dep_ == "xcomp"
            and tok.head.lemma_ in {"refuser", "décliner"}
            and not any(c.dep_ in CLAUSE_DEPS for c in tok.children)
        ):
            start = verb_group_start(tok.head)
            obj = next((c for c in tok.children if c.dep_ in OBJECT_DEPS and c.i > tok.i), None)
            end = clause_span(obj)[1] if obj is not None else tok.idx + len(tok)
            out.append(
                Candidate(
                    (start.idx, end),
                    False,
                    tok.lemma_.lower(),
                    tok,
                    speaker_head=subject_of(tok.head),
                    position=tok.idx,
                    rule="refuse",
                )
            )
            continue
        content = cest_ce_que_content(tok)
        rule = "cest-ce-que"
        head: Token | None = None
        comme = comme_content(tok) if content is None else None
        if comme is not None:
            content, rule = comme, "comme"
            head = comme_pronoun(tok) or postposed_subject(doc, tok, incise_limit(tok)) or subject_for(tok)
        elif content is not None:
            head = cleft_subject(doc, tok)
        else:
            clitic_incise = "inv" in frames and object_clitic_incise(tok)  # "…, nous assure X."
            found = None if clitic_incise else content_of(tok, frames)
            if found is not None:
                content, rule = found
                head = subject_for(phrase_parts(tok)[0])
            elif "inv" in frames:
                if not clitic_incise and any(
                    own_subject_before(tok, c) and not inside(quotes, c.idx) for c in tok.children
                ):
                    continue  # "…, la mère de famille, a questionné les candidats": its subject before it
                content, rule = incise_content(tok), "incise"
                head = inverted_clitic(tok) or postposed_subject(doc, tok, min(len(doc), tok.i + 12))
                if head is not None and inside_object(tok, head):
                    continue  # "…, défend une activité destinée à alléger …", "« …, assure X », dit Y"
        if content is None or head is None or no_one(head):
            continue
        content = clip_to_sentence(text, content)
        content = relative_end(tok, compound_speech_end(tok, content))  # "a reconnu que … et a promis …"
        content = participle_end(tok, content)  # "X, affirmant que …, a quitté la salle"
        if rule in {"np", "pp"}:
            content = colon_elaboration(text, content)  # "insiste sur X : il faut …"
        if rule not in {"incise", "comme", "cest-ce-que"}:
            content = before_quote(text, content, quotes)  # "… dénonce X et menace de « … »"
        if reused and not own_words_before_quote(tok, content, rule, quotes):
            continue
        if rule in {"np", "pp"} and content[0] <= head.idx < content[1]:
            before = text.rfind(",", content[0], head.idx)  # "Pour dénoncer X, les syndicats …"
            if before == -1:
                continue  # "… proposent des cours aux jeunes": the object read as its own speaker
            content = (content[0], before)
        if rule == "np" and incise_subject(tok, content):
            continue  # "Une première, a annoncé la présidente": no object, an inverted subject
        if rule in {"clause", "que", "bare"} and (comma := trailing_incise(doc, content)) is not None:
            content = (content[0], comma)  # "… qu'aucun civil n'a été visé, rapporte le journaliste."
        least = 1 if rule == "predicate" and tok.lemma_ != "montrer" else 2  # "se montrent solidaires": deeds
        if (
            words(text[content[0] : content[1]]) < least  # one adjective declared: "se veut rassurant"
            or (
                rule in {"np", "pp"} and is_possessed_thing(text, content, tok) and not announces_or_asks(tok)
            )
            or (rule == "np" and names_the_act(text, content, tok))
        ):
            continue
        if rule in {"clause", "bare", "np"} and is_indirect_question(text, tok, content):
            continue
        if rule not in {"clause", "que", "bare"} and restrictive_relative(tok):
            continue  # "les ménages qui souhaitent changer de chaudière": who they are, not what they said
        head = cited_source_speaker(head)
        head = document_issuer(head) or head  # "Le communiqué précise …": who issued it
        quoted = quoted_clause(text, content, doc_quotes(doc)) if rule in {"clause", "que"} else None
        whole_quote = rule == "comme" and any(trim(text, *q) == content for q in doc_quotes(doc))
        out.append(
            Candidate(
                quoted or content,
                quoted is not None or whole_quote,
                tok.lemma_.lower(),
                tok,
                speaker_head=head,
                position=tok.idx,
                rule=rule,
                uses={tok.i},
            )
        )
    return out


QUE_OPENING_RE = re.compile(r"(?:qu(?:e|['’])\s*)?[«“\"]\s*")


def quoted_clause(
    text: str, content: tuple[int, int], quotes: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """ "X estime que « ce bateau, c'est celui de la paix. Nous voulons … »": a reported clause
    that opens a quotation is the whole quotation, verbatim, though the parse ends the clause at a
    comma or at the quotation's first sentence."""
    m = QUE_OPENING_RE.match(text, content[0])
    if m is None or not any(c in m.group() for c in OPENING_MARKS):
        return None
    quote = next((q for q in quotes if content[0] <= q[0] <= m.end()), None)
    if quote is None or quote[1] <= content[1] or "\n" in text[content[0] : quote[1]]:
        return None
    return trim(text, *quote) if words(text[quote[0] : quote[1]]) >= MIN_CONTENT_WORDS else None


def has_avoir(verb: Token) -> bool:
    """A past participle with its own "avoir": a compound tense the parser hung on a noun as a
    participial modifier ("… leur mécontentement : le ministre a ainsi annoncé qu'il partait")."""
    return any(c.dep_ == "aux:tense" and c.lemma_ == "avoir" and c.i < verb.i for c in verb.children)


def subject_for(verb: Token) -> Token | None:
    """Who governs a speech verb: its own subject, the one it shares with an earlier verb, the
    parser's climb, a subject just before it, or a postposed one."""
    own = latest_subject(verb) or inverted_clitic(verb) or nearest_subject(verb)
    if own is not None and own.lower_ not in {"qu'", "que", "qu’"}:
        return split_subject(comma_antecedent(own) or own)
    example = next(
        (
            c
            for c in verb.children
            if c.i < verb.i and any(g.lower_ == "comme" and g.dep_ == "case" for g in c.children)
        ),
        None,
    )
    if example is not None:  # "Certains, comme le général Mark Milley, pensaient que …"
        return example
    for finder in (
        auxiliary_subject,
        time_clause_subject,
        purpose_subject,
        lambda v: shared_subject(v, lambda t: bool(speech_frames(t))),
        subject_of,
        preverbal_subject,
        conjunct_subject,
        misread_verb_subject,
    ):
        head = finder(verb)
        if head is not None and head.lower_ not in {"qu'", "que", "qu’"}:
            return head
    head = postposed_subject(verb.doc, verb, min(len(verb.doc), verb.i + 12))
    return None if head is not None and object_before_clause(verb, head) else head


TIME_MARKS = {"avant", "après"}


def time_clause_subject(verb: Token) -> Token | None:
    """An infinitive clause of time has the main clause's subject: "Le maire a salué les pompiers,
    avant d'ajouter que …", "« … », a lancé l'accusé, après avoir rappelé que …"."""
    infinitive = "Inf" in verb.morph.get("VerbForm", []) or any(
        c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm", []) for c in verb.children
    )
    if (main := gerund_main(verb)) is not None:  # "… a surpris en annonçant que …" (rep21)
        return subject_for(main)
    if not infinitive or verb.dep_ != "advcl" or verb.head.i == verb.i:
        return None
    if not any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in verb.children):
        return None
    return subject_for(verb.head)


def purpose_subject(verb: Token) -> Token | None:
    """An infinitive of purpose of a verb of protest has the main clause's subject: "Les agriculteurs
    ont bloqué l'autoroute pour réclamer une baisse des taxes" (``speech_purpose``)."""
    main = purpose_predicate(verb)  # a pronominal passive's subject too: "se sont rassemblées pour …"
    return None if main is None else subject_for(main) or passive_subject(main)


def conjunct_subject(verb: Token) -> Token | None:
    """A speech verb conjoined to a predicate that is no verb of its own ("Le pays est prêt à
    renoncer à l'OTAN, mais réclame des garanties"): the subject of the predicate it continues."""
    if verb.dep_ != "conj":
        return None
    head = verb.head
    for _ in range(3):
        subj = next((c for c in head.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i), None)
        if subj is not None:
            return subj if subj.lower_ not in {"qu'", "que", "qu’", "qui"} else None
        if head.dep_ not in {"xcomp", "conj"} or head.head is head:
            return None
        head = head.head
    return None


SENTENCE_END_RE = re.compile(r"[.!?…]\s+(?=[A-ZÀ-ÖØ-Þ«“\"])")


def clip_to_sentence(text: str, content: tuple[int, int]) -> tuple[int, int]:
    """Reported words end with their sentence, even where the parse runs on into the next one."""
    if content[1] - content[0] > 0 and not inside(find_quotes(text[content[0] : content[1]]), 0):
        m = SENTENCE_END_RE.search(text, content[0], content[1])
        if m is not None and not any(
            s <= m.start() - content[0] < e for s, e in find_quotes(text[content[0] : content[1]])
        ):
            return strip_final_punct(text, (content[0], m.start() + 1))
    return content


def clip_glued(text: str, content: tuple[int, int], cue_at: int) -> tuple[int, int]:
    """Reported words stop at a sentence boundary the tokenizer missed ("…en 2025.En 2025, …"):
    a boundary before the cue starts the content, one after it ends it."""
    start, end = content
    for m in GLUED_END_RE.finditer(text, start, end):
        if any(s <= m.start() < e for s, e in find_quotes(text[start:end])):
            continue
        if m.start() < cue_at:
            start = m.end()
        else:
            end = m.start()
            break
    return strip_final_punct(text, trim(text, start, end)) if (start, end) != content else content


def cited_source_speaker(head: Token) -> Token:
    """ "Le journal Kommersant a cité une source disant que …": the citing outlet speaks."""
    if (
        head.lemma_.lower() in {"source", "sources"}
        and head.dep_ == "obj"
        and head.head.lemma_ in CITING_VERBS
    ):
        subj = subject_of(head.head)
        if subj is not None:
            return subj
    return head
