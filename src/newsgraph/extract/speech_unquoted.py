"""Reported speech closed by an inverted incise, without quotation marks: the everyday form of TV
and web news for words summarised by the reporter.

    Si les prix montent encore, les ménages réduiront leurs achats, analyse Sophie Renard, économiste.
    La grève sera reconduite jeudi, ont annoncé les syndicats.
    Les prix ont doublé en un an, ce que confirment les commerçants.
    Les négociations reprendront lundi, indique la direction dans un communiqué.

The incise is read by the attribution grammar (``attribution.incise_at``), whatever the tagger made
of the verb ("analyse", "note" tagged as nouns); the clause before its comma is the content. The
incise must close its sentence: after the subject only an apposition or a complement may follow,
never a finite verb (", estime X, et les syndicats …" is not read).
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from newsgraph.extract import attribution as grammar
from newsgraph.extract.context import DocContext, doc_text
from newsgraph.extract.speaker_kinds import described_speaker, special_speaker
from newsgraph.extract.speech_common import (
    MIN_CONTENT_WORDS,
    RELATIVE_PRONOUNS,
    Candidate,
    in_shouting_line,
    inside,
    words,
)
from newsgraph.extract.speech_gate import DOCUMENT_READINGS, incise_possible
from newsgraph.extract.speech_lexicon import document_nouns
from newsgraph.extract.speech_quotes import QUOTE_MARKS, trim
from newsgraph.extract.speech_speakers import Speaker
from newsgraph.extract.tokens import indexes_among, tokens
from newsgraph.names import fold_spaced as fold

QUE = {"que", "qu'", "qu’"}


def finite(tok: Token) -> bool:
    return (
        tok.pos_ in {"VERB", "AUX"} and "Part" not in tok.morph.get("VerbForm", []) and tok.text[:1].islower()
    )


def closes_sentence(doc: Doc, end: int, sent_end: int) -> bool:
    """Nothing after the incise's subject but an apposition, a complement or punctuation, or a
    relative after a comma that says who the speaker is ("…, a assuré l'agence, qui publie …")."""
    tail = doc[end:sent_end]
    relative = next(
        (t.i for t in tail[:-1] if t.text == "," and "Rel" in doc[t.i + 1].morph.get("PronType", [])), None
    )
    tail = doc[end:relative] if relative is not None else tail
    return not any(finite(t) or t.text in QUOTE_MARKS | {":", ";"} or "\n" in t.text for t in tail)


POSSESSIVES = {"sa", "son", "ses", "leur", "leurs", "notre", "nos", "votre", "vos", "mon", "ma", "mes"}


def possessed(head: Token) -> bool:
    """A noun with a possessive determiner ("sa défaite"): an object, never an inverted subject."""
    doc = head.doc
    return (head.i > 0 and doc[head.i - 1].lower_ in POSSESSIVES) or any(
        c.dep_ == "det" and c.lower_ in POSSESSIVES for c in head.children
    )


STRESSED_PRONOUNS = {"lui", "elle", "eux", "elles"}


def dislocated_before(doc: Doc, comma: int) -> bool:
    """The comma closes a subject taken up by a stressed pronoun (", lui, constate …", ", eux,
    dénoncent …"): the verb after it has its subject before, it opens no inverted incise."""
    return comma >= 2 and doc[comma - 1].lower_ in STRESSED_PRONOUNS and doc[comma - 2].text == ","


def clause_start(doc: Doc, sent: Span, comma: int) -> int:
    """Where the content starts: the sentence start, after a line break inside the parsed sentence."""
    text = doc_text(doc)
    return max(sent.start_char, text.rfind("\n", 0, doc[comma].idx) + 1)


def commas_by_sentence(doc: Doc, text: str) -> list[tuple[Span, list[int]]]:
    """The sentences holding commas (past their first three tokens), with the commas' token indexes;
    found in the table's column of forms, not by a walk over every token."""
    # the starts ``doc.sents`` gives (the first token always starts one), from the token table
    starts = [0, *(i for i in tokens(doc).sent_starts if i)] if len(doc) else []
    grouped: dict[int, list[int]] = {}
    for i in indexes_among(doc, {","}):  # the comma tokens, from the table's column
        k = bisect_right(starts, i) - 1
        if i > starts[k] + 2:
            grouped.setdefault(k, []).append(i)
    ends = [*starts[1:], len(doc)]
    return [(doc[starts[k] : ends[k]], commas) for k, commas in grouped.items()]


NOMINAL_STARTS = {"DET", "NOUN", "ADJ", "PROPN", "NUM"}


def verbless_claim(span: Span, sent: Span, subject: Token | None) -> bool:
    """A verbless phrase that is the whole sentence before the incise, the reporter's summary of
    the words ("Un scénario du pire, insiste la compagnie." / "Une victoire historique, saluent
    les associations."): a noun phrase, never an adverbial ("Dans la soirée, a indiqué …"), and
    said by a subject that can speak."""
    if span.start != sent.start or span[0].pos_ not in NOMINAL_STARTS or subject is None:
        return False
    return any(t.pos_ in {"NOUN", "ADJ"} for t in span) and can_speak(subject)


def mute_thing(subject: Token) -> bool:
    """An indefinite plural of things ("des dysfonctionnements") after the verb is its object: an
    inverted subject is a definite institution ("précise la métropole") or people ("des habitants")."""
    indefinite = any(c.dep_ == "det" and c.lower_ in {"des", "de", "d'", "d’"} for c in subject.children)
    return subject.pos_ == "NOUN" and indefinite and not can_speak(subject)


def bare_participle(verb: Token) -> bool:
    """A past participle with no auxiliary that the parse hangs on the noun before it ("…, prévue le
    dimanche 1er janvier"): an incise is finite ("annonce le maire") or compound ("a annoncé le maire")."""
    if "Part" not in verb.morph.get("VerbForm", []) or verb.dep_ != "acl":
        return False  # "…, dit le maire", "…, dit-il": "dit" is finite, the parse's tag aside
    before = verb.doc[verb.i - 1] if verb.i else None
    return not any(c.dep_.startswith("aux") for c in verb.children) and (
        before is None or before.pos_ != "AUX"
    )


def oblique(verb: Token, subject: Token) -> bool:
    """A noun under a preposition ("se confient devant une caméra") is no inverted subject; after
    an "-on" ("a-t-on appris auprès de la préfecture") it is the source the reading names."""
    if any(t.lower_ in DOCUMENT_READINGS for t in verb.doc[max(0, verb.i - 3) : subject.i]):
        return False
    return any(c.dep_ == "case" and c.i < subject.i for c in subject.children)


def can_speak(subject: Token) -> bool:
    """A name, a noun of people or of a role, an institution, a document."""
    if subject.pos_ == "PROPN" or grammar.can_speak_noun(subject):
        return True
    return subject.lemma_.lower() in document_nouns()


def unquoted_incise_candidates(ctx: DocContext, quotes: list[tuple[int, int]]) -> list[Candidate]:
    """ "<clause>, VERB SUBJECT[, apposition]." outside quotes: the clause is the subject's words."""
    doc, text = ctx.sdoc, doc_text(ctx.sdoc)
    out: list[Candidate] = []
    for sent, commas in commas_by_sentence(doc, text):
        # the incise closes the sentence: only the last commas can open it (", analyse X, économiste.")
        for comma in reversed(commas[-3:]):
            if inside(quotes, doc[comma].idx) or in_shouting_line(text, doc[comma].idx):
                break
            first = comma + 1
            if first + 2 < sent.end and doc[first].lower_ == "ce" and doc[first + 1].lower_ in QUE:
                first += 2  # "…, ce que confirment les commerçants." / "…, ce qu'a démenti le maire."
            found = grammar.incise_at(doc, first, sent.end) if incise_possible(doc, first) else None
            if found is None or found.verb.i > first + 3:
                continue
            if not closes_sentence(doc, found.end, sent.end):
                break
            start = clause_start(doc, sent, comma)
            content = trim(text, start, doc[comma].idx)
            body = text[content[0] : content[1]]
            if words(body) < MIN_CONTENT_WORDS or any(q in body for q in QUOTE_MARKS):
                break
            if dislocated_before(doc, comma):
                break  # "Paul Roy, lui, constate les dégâts": the subject before, not an incise
            if body.split(maxsplit=1)[0].lower() in RELATIVE_PRONOUNS | {"et", "mais", "ou", "puis"}:
                break  # "…, qui avait appelé à voter, a souligné sa défaite": no clause of its own
            if found.subject is not None and possessed(found.subject):
                break  # "a souligné durement sa défaite": an object, not an inverted subject
            if found.subject is not None and mute_thing(found.subject):
                break  # "…, reconnaît des dysfonctionnements": things do not speak
            if bare_participle(found.verb) or (
                found.subject is not None and oblique(found.verb, found.subject)
            ):
                break  # "…, prévue le 1er janvier": a participle of the noun; "devant une caméra": no subject
            span = doc.char_span(content[0], content[1], alignment_mode="expand")
            if span is None:
                break
            if not (any(finite(t) for t in span) or verbless_claim(span, sent, found.subject)):
                break
            cand = Candidate(
                content,
                False,
                found.entry.lemma.replace("_", " "),
                found.verb,
                position=found.verb.idx,
                rule="unquoted-incise",
                uses={found.verb.i},
            )
            if found.document is not None:
                name = found.document.text
                cand.speaker = Speaker(name, "organization", found.document.start_char, "doc:" + fold(name))
            elif found.subject is not None:
                cand.speaker = special_speaker(ctx, found.subject) or described_speaker(ctx, found.subject)
                cand.speaker_head = found.subject if cand.speaker is None else None
            if cand.speaker is not None or cand.speaker_head is not None:
                out.append(cand)
            break
    return out


def trailing_incise(doc: Doc, content: tuple[int, int]) -> int | None:
    """Where reported words that run on into an inverted incise closing their sentence end ("… a
    indiqué qu'aucun civil n'a été visé, rapporte le journaliste."): the character of its comma."""
    span = doc.char_span(content[0], content[1], alignment_mode="expand")
    if span is None or len(span) < 4:
        return None
    sent_end = span[-1].sent.end
    commas = [t.i for t in span[2:] if t.text == ","]
    for comma in reversed(commas[-2:]):
        found = grammar.incise_at(doc, comma + 1, sent_end)
        if found is None or found.verb.i > comma + 4 or found.verb.i >= span.end:
            continue
        if found.subject is not None and mute_thing(found.subject):
            continue  # "concède des excuses, reconnaît des dysfonctionnements": an object, not a speaker
        if closes_sentence(doc, found.end, sent_end):
            return doc[comma].idx
    return None


def incise_subject(verb: Token, content: tuple[int, int]) -> bool:
    """The "object" read after a speech verb is the subject of an inverted incise ("Une décision
    historique, a annoncé la présidente."): the verb attributes the words before its comma."""
    doc = verb.doc
    first = verb
    while first.i > 0 and first.i - verb.i > -4 and doc[first.i - 1].text != ",":
        first = doc[first.i - 1]
    if first.i == 0 or doc[first.i - 1].text != ",":
        return False
    found = grammar.incise_at(doc, first.i, verb.sent.end)
    if found is None or found.verb.i != verb.i or found.subject is None:
        return False
    subject = found.subject.head if found.subject.dep_ in {"det", "amod"} else found.subject
    if not can_speak(subject):  # "…, Joe Biden, dénonce une invasion russe": an invasion does not speak
        return False
    return content[0] <= subject.idx < content[1] and closes_sentence(doc, found.end, verb.sent.end)
