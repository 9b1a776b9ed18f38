"""Direct quotes attributed by the grammar of reporting (``attribution``): inverted incises after
and inside quotes, quotes relayed by a speech verb before them (a correspondent's "précise le
journaliste" gives way to the speaker relayed), quoted fragments, quotes after a sentence that
introduces their speaker or after a colon led by a speech noun, and interview transcripts."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsgraph.extract import attribution as grammar
from newsgraph.extract.context import DocContext, doc_text
from newsgraph.extract.entities import is_role
from newsgraph.extract.prepositions import DE_FORMS
from newsgraph.extract.speaker_kinds import (
    described_speaker,
    document_author,
    lead_subject,
    person_subject,
    special_speaker,
)
from newsgraph.extract.speaker_nouns import speaker_kind
from newsgraph.extract.speech_colon_speakers import colon_lead, misread_verb_before_colon
from newsgraph.extract.speech_common import (
    Candidate,
    in_shouting_line,
    inside,
    strip_final_punct,
    token_at,
    words,
    words_among,
)
from newsgraph.extract.speech_constructions import preceding_subject, sentence_start
from newsgraph.extract.speech_direct import colon_lead_speaker, incise_speaker
from newsgraph.extract.speech_lexicon import speaks_here, speech_nouns
from newsgraph.extract.speech_quotes import QUOTE_MARKS, trim
from newsgraph.extract.speech_relay_frames import (
    colon_frame_verb,
    is_journalist,
    relay_subject,
    relays_colon_frame,
    speech_verb_between,
)
from newsgraph.extract.speech_speakers import Speaker
from newsgraph.extract.speech_subjects import subject_of
from newsgraph.extract.speech_unlisted_incise import unlisted_incise
from newsgraph.names import fold_spaced as fold

MIN_QUOTE_WORDS = 2


def governing_verb_before(doc: Doc, qs: int) -> Token | None:
    """A speech verb whose object or clause is the quote opening at ``qs``: "les syndicats saluent
    « un pas en avant »", "le groupe propose « d'avancer … »", "X a déclaré que « … »"."""
    tok = token_at(doc, qs)
    if tok is None:
        return None
    i = tok.i - 1
    while i >= 0 and doc[i].text in QUOTE_MARKS:
        i -= 1
    steps = 0
    while (
        i >= 0
        and steps < 4
        and doc[i].lower_
        in {
            "que",
            "qu'",
            "qu’",
            "de",
            "d'",
            "d’",
            "à",
            "ainsi",
            "même",
            "aussi",
            "bien",
            "encore",
            "notamment",
            "le",
            "la",
            "les",
            "un",
            "une",
            "des",
            "l'",
            "l’",
        }
    ):
        i, steps = i - 1, steps + 1
    if i < 0 or doc[i].text in {",", ".", ":", "!", "?"} or "\n" in doc[i].text:
        return None
    verb = doc[i]
    entry = grammar.speech_verb(verb)
    if entry is None or entry.grade < 2 or not ({"clause", "np"} & entry.frames) or not speaks_here(verb):
        return None  # "Le promoteur condamné « … »": a participle (a heading glued on) relays nothing
    return verb


def is_fragment(text: str, qs: int) -> bool:
    """The quote does not open its sentence: 'Son attitude « peut être qualifiée de … », estiment …'."""
    j = qs - 1
    while j >= 0 and text[j] in ' \t\u00a0«“"„‹':
        j -= 1
    if j > 0 and text[j] in ";," and text[max(0, j - 4) : j].rstrip(" \u00a0")[-1:] in {"»", "”", '"'}:
        return False  # « … » ; « … », confient-ils: a quote of a series opens its own sentence
    return j >= 0 and text[j] not in ".!?\n…:»”"


def glued_heading(doc: Doc, text: str, qs: int, cs: int) -> bool:
    """A quote opening with a capital after words with no finite verb: a web heading glued to the
    paragraph ("Le promoteur condamné « On se dit … »"), not the subject of a quoted fragment."""
    if not text[cs : cs + 1].isupper():
        return False
    first = token_at(doc, sentence_start(doc, qs))
    last = token_at(doc, qs)
    if first is None or last is None:
        return False
    return not any(  # "Un deuxième jugement à venir « L'audience … »": an infinitive is no verb of a clause
        t.pos_ in {"VERB", "AUX"} and not {"Part", "Inf"} & set(t.morph.get("VerbForm", []))
        for t in doc[first.i : last.i]
    )


# ---------------------------------------------------------------- reported speech


def incise_candidates(ctx: DocContext, quotes: list[tuple[int, int]]) -> list[Candidate]:
    """Quotes attributed by an inverted incise after them or inside them, or relayed by a speech
    verb before them; a quote that opens no sentence takes its sentence as content."""
    doc, text = ctx.sdoc, doc_text(ctx.sdoc)
    out: list[Candidate] = []
    last_journalist = False
    for qs, qe in quotes:
        cs, ce = trim(text, qs, qe)
        if words(text[cs:ce]) < MIN_QUOTE_WORDS or in_shouting_line(text, qs):
            continue
        found = grammar.incise_after_quote(doc, qe)
        if found is None and not is_fragment(text, qs):
            found = unlisted_incise(doc, qe)  # « … », montre un militaire
        rule = "quote-incise"
        if found is None:
            found = grammar.incise_inside_quote(doc, qs, qe)
            rule = "quote-inside"
            if found is None:
                found, rule = grammar.incise_before_quote(doc, qs), "quote-before"
            if found is None or words(text[cs:ce]) < 4:
                continue
        elif is_fragment(text, qs) and not glued_heading(doc, text, qs, cs):
            cs = selon_phrase_end(doc, sentence_start(doc, qs), qs)
            cs, ce = strip_final_punct(text, trim(text, cs, ce))
            if cs < qs and text[qe : qe + 1] in grammar.QUOTE_CLOSERS and text[ce:qe].strip(" .,;:!?") == "":
                # 'gérer "l'ensemble des contrats"': the fragment keeps its closing mark with its opening one
                ce = qe + 1
        cand = Candidate(
            (cs, ce),
            True,
            found.entry.lemma.replace("_", " "),
            found.verb,
            position=found.verb.idx,
            quote=(qs, qe),
            rule=rule,
            uses={found.verb.i},
        )
        relay = governing_verb_before(doc, qs) if rule == "quote-incise" else None
        if relay is None and rule == "quote-incise" and is_fragment(text, qs):
            relay = speech_verb_between(doc, sentence_start(doc, qs), qs)
        if (
            relay is None
            and rule == "quote-incise"
            and relays_colon_frame(ctx, found.subject, last_journalist)
        ):
            relay = colon_frame_verb(doc, text, qs)  # "X a affirmé : « … », conclut le journaliste"
        if relay is not None:
            head = relay_subject(relay)
            if head is not None:
                cand.content = trim(text, qs, qe)  # what the relayed speaker said: the quote itself
                cand.speaker_head, cand.cue, cand.cue_token = head, relay.lemma_.lower(), relay
                cand.uses.add(relay.i)
                out.append(cand)
                continue
        if found.document is not None:
            span = found.document
            author = document_author(ctx, found.subject) if found.subject is not None else None
            if author is not None:
                cand.speaker_head = author
            else:
                cand.speaker = Speaker(span.text, "organization", span.start_char, "doc:" + fold(span.text))
        elif found.subject is not None:
            cand.speaker = incise_speaker(ctx, found.subject, found.verb)
            cand.speaker_head = found.subject if cand.speaker is None else None
            journalist = is_journalist(ctx, found.subject, last_journalist)
            last_journalist = journalist
            if journalist:
                cand.rule += "-journalist"  # a correspondent: the words may be relayed (see relayed_speech)
        if cand.speaker is None and cand.speaker_head is None:
            continue
        out.append(cand)
    return out


def selon_phrase_end(doc: Doc, cs: int, qs: int) -> int:
    """Where the words start in "Selon X, directeur de Y, c'est « … », explique-t-il": after the
    phrase that already names the speaker (``source_phrase``, apposition included)."""
    first = token_at(doc, cs)
    found = grammar.source_phrase(doc, first.i) if first is not None else None
    if found is None or found[2] >= len(doc):
        return cs
    comma = doc[found[2]]
    return comma.idx + 1 if comma.text == "," and comma.idx < qs else cs


def introduced_quote_candidates(ctx: DocContext, quotes: list[tuple[int, int]]) -> list[Candidate]:
    """A quote that is a sentence of its own, after a sentence whose main verb is a speech verb or
    which ends with a colon: "Hélène Roux juge la mesure fragile. « Le premier recours … »"."""
    doc, text = ctx.sdoc, doc_text(ctx.sdoc)
    out = []
    for qs, qe in quotes:
        cs, ce = trim(text, qs, qe)
        if words(text[cs:ce]) < 4 or is_fragment(text, qs) or grammar.incise_after_quote(doc, qe) is not None:
            continue
        tok = token_at(doc, qs)
        if tok is None or tok.sent.start == 0:
            continue
        j = min(tok.sent.start, tok.i) - 1
        while j >= 0 and (doc[j].text in QUOTE_MARKS or doc[j].is_space):
            j -= 1
        if j < 0 or "\n" in doc[j + 1].text:
            continue
        prev = doc[j].sent
        if inside(quotes, prev.start_char) or inside(quotes, prev.end_char - 2):
            continue
        root, head = introducing_verb(prev)
        if root is None or head is None:
            root, head = person_subject(ctx, prev)
        if root is None or head is None:
            continue
        entry = grammar.speech_verb(root, any_pos=True)
        out.append(
            Candidate(
                (cs, ce),
                True,
                entry.lemma.replace("_", " ") if entry is not None else "dire",
                root,
                speaker_head=head,
                position=qs,
                quote=(qs, qe),
                rule="quote-introduced",
            )
        )
    return out


def introducing_verb(sent: Span) -> tuple[Token | None, Token | None]:
    """The speech verb and subject of a sentence that introduces a speaker: its root when it is a
    speech verb, else a speech verb form right after a name ("Hélène Roux juge la mesure fragile")."""
    root = sent.root
    entry = grammar.speech_verb(root)
    if entry is not None and entry.grade >= 2:
        return root, subject_of(root)
    for tok in sent:
        if tok.i > sent.start and tok.doc[tok.i - 1].pos_ == "PROPN" and tok.pos_ != "PROPN":
            entry = grammar.speech_verb(tok, any_pos=True)
            if entry is not None and entry.grade >= 2:
                return tok, preceding_subject(tok)
    return None, None


def transcript_candidates(ctx: DocContext) -> list[Candidate]:
    """Interview transcripts: "Marc Delorme : Nous n'avons jamais …" (a named person, a colon)."""
    doc, text = ctx.sdoc, doc_text(ctx.sdoc)
    out = []
    for tok in words_among(doc, {":"}):
        if tok.text != ":":
            continue
        found = grammar.transcript_turn(doc, text, tok)
        if found is None:
            continue
        start, content = found
        person = next((m for m in ctx.mentions_within(doc[start].idx, tok.idx) if m.label == "PER"), None)
        if person is None:
            continue
        speaker = Speaker(person.name, "person", person.start, person.key)
        out.append(
            Candidate(content, True, "dire", tok, speaker=speaker, position=person.start, rule="transcript")
        )
    return out


CLAUSE_LINKS = {"tandis", "alors", "pendant", "mais", "quand", "lorsque", "puis"}


def last_clause(lead: Span) -> Span:
    """The clause right before a colon, when the lead links two: "« … », réagit un passant, tandis
    qu'une dame a un avis plus tranché : « … »" (the lady speaks after the colon, not the passer-by)."""
    doc = lead.doc
    for t in reversed(lead):
        if t.lower_ not in CLAUSE_LINKS or t.i == lead.start:
            continue
        k = t.i + 1
        if k < lead.end and doc[k].lower_ in {"que", "qu'", "qu’"}:
            k += 1
        elif t.lower_ in {"tandis", "alors", "pendant"}:
            continue  # "alors" alone is an adverb
        rest = doc[k : lead.end]
        if any(c.dep_ in {"nsubj", "nsubj:pass"} for c in rest) and any(
            c.pos_ in {"VERB", "AUX"} and "Fin" in c.morph.get("VerbForm", []) for c in rest
        ):
            return rest
        break
    return lead


def possessed(noun: Token) -> bool:
    """A noun with a possessive determiner ("son discours", "leur communiqué")."""
    return any(c.dep_ == "det" and "Yes" in c.morph.get("Poss", []) for c in noun.children)


def can_speak(ctx: DocContext, head: Token) -> bool:
    """The complement of a speech noun names someone who can speak: a person, an organisation, a
    place for its government, a role or a noun of people ("le récit d'une voisine", "la réponse
    du ministère"; not "le discours de Noël", "le message de paix")."""
    if any(m.label in {"PER", "ORG", "GPE", "ANON", "GROUP"} for m in ctx.mentions_at(head.idx)):
        return True
    return is_role(head) or speaker_kind(head) is not None


def colon_quote_candidates(ctx: DocContext, quotes: list[tuple[int, int]]) -> list[Candidate]:
    """A quote after a colon whose lead names the speaker without a speech verb: a speech noun and
    its author ("Le récit d'une voisine est accablant : « … »", "Réaction de la ministre : « … »"),
    or a source phrase ("…, selon un témoin, … : « … »")."""
    doc, text = ctx.sdoc, doc_text(ctx.sdoc)
    nouns = speech_nouns()
    out = []
    for qs, qe in quotes:
        tok = token_at(doc, qs)
        if tok is None:
            continue
        colon = colon_lead(tok)
        if colon is None or colon[1] < 1:
            continue
        start, i = colon
        lead = last_clause(doc[start:i])
        if misread_verb_before_colon(lead) is not None or any(
            (e := grammar.speech_verb(t)) is not None and e.grade >= 2 and speaks_here(t)
            for t in lead
            if t.pos_ in {"VERB", "AUX"}
        ):
            continue  # "X a déclaré : « … »", "X raconte :" (an ADJ) are the verb rules' case
        head = None
        for t in lead:
            found = grammar.source_phrase(doc, t.i)
            if found is not None and found[2] <= i:
                head = found[1]
                break
            if (
                t.lemma_.lower() in nouns
                and t.pos_ == "NOUN"
                and t.i + 2 < i
                and doc[t.i + 1].lower_ in DE_FORMS
                and not possessed(t)  # "son discours de Noël": the possessor speaks, not Noël
            ):
                author = grammar.np_head(
                    doc, t.i + 2 if doc[t.i + 1].lower_ in {"de", "d'", "d’"} else t.i + 1, i
                )
                if can_speak(ctx, author):
                    head = author
                    break
        if head is None:
            said = words(text[qs:qe]) >= 4  # a name or a title after a colon: « Le 14 juillet »
            head = (colon_lead_speaker(ctx, lead) if said else None) or lead_subject(ctx, lead)
        if head is None:
            continue
        cs, ce = trim(text, qs, qe)
        if words(text[cs:ce]) < 3:
            continue
        cand = Candidate(
            (cs, ce),
            True,
            "dire",
            doc[i],
            speaker_head=head,
            position=head.idx,
            quote=(qs, qe),
            rule="quote-colon",
        )
        cand.speaker = special_speaker(ctx, head) or described_speaker(ctx, head)
        out.append(cand)
    return out
