"""Statement candidates from the grammar of French reporting (``attribution``): inverted incises
after and inside quotes, relayed quotes, transcripts, source phrases, quotes after a sentence that
introduces their speaker, speech verbs the tagger missed, and speakers that are documents,
partitives ("l'une d'entre elles") or places ("Du côté de l'Élysée, on …")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsgraph.extract import attribution as grammar
from newsgraph.extract.context import DocContext, doc_text
from newsgraph.extract.entities import LEXICONS, fold, is_role, np_span, strip_determiner
from newsgraph.extract.speech_quotes import trim
from newsgraph.extract.speech_speakers import Speaker, subject_of
from newsgraph.extract.statements import (
    QUOTE_MARKS,
    Candidate,
    in_shouting_line,
    inside,
    strip_final_punct,
    subject_for,
    token_at,
    words,
)

PARTITIVE_HEADS = {"un", "une", "l'un", "l'une", "l’un", "l’une", "autre", "l'autre", "l’autre", "certains",
                   "certaines", "d'autres", "d’autres", "plusieurs", "beaucoup", "la plupart"}
MIN_QUOTE_WORDS = 2
SIDE_OPENERS = ("du côté de", "du côté du", "du côté des", "chez", "à l'", "au", "dans l'entourage de",
                "dans l'entourage du", "dans le camp de", "dans le camp du", "à", "aux")


def document_nouns() -> frozenset[str]:
    """Nouns of documents that can speak ("le rapport", "l'étude"), from speech_nouns.txt."""
    return _document_nouns()


def _read_nouns() -> dict[str, dict[str, str]]:
    found = {}
    for line in (LEXICONS / "speech_nouns.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if parts and not parts[0].startswith("#"):
            found[parts[0]] = dict(p.split("=", 1) for p in parts[1:] if "=" in p)
    return found


_NOUNS: dict[str, dict[str, str]] = {}


def _document_nouns() -> frozenset[str]:
    if not _NOUNS:
        _NOUNS.update(_read_nouns())
    return frozenset(n for n, a in _NOUNS.items() if a.get("kind") == "document")


# ---------------------------------------------------------------- speakers


def special_speaker(ctx: DocContext, head: Token) -> Speaker | None:
    """Speakers the general resolver does not know: a document ("le rapport de l'inspection"), a
    partitive ("l'une d'entre elles", "une autre"), "on" placed by "Du côté de X, on …"."""
    doc = head.doc
    low = head.lower_
    if low == "on" or low == "-on":
        return side_speaker(ctx, head)
    if head.lemma_.lower() in document_nouns() and head.pos_ == "NOUN":
        author = next((c for c in head.children if c.dep_ == "nmod" and c.i > head.i
                       and any(m.label in {"ORG", "PER", "GPE", "LOC"} for m in ctx.mentions_at(c.idx))), None)
        if author is not None:
            return None  # "le rapport de la Cour des comptes": let the author speak (resolved by the caller)
        span = np_span(head)
        name = strip_determiner(span)
        return Speaker(name, "organization", span.start_char, "doc:" + fold(name))
    if head.pos_ == "NOUN" and head.lemma_.lower() in RELATION_NOUNS and any(
            c.dep_ == "nmod" and c.i > head.i for c in head.children):
        # "le bras droit de Vladimir Poutine", "l'avocat de la famille": someone else than the one named
        span = np_span(head)
        return Speaker(strip_determiner(span), "anonymous", span.start_char, "anon:" + fold(span.text))
    det = doc[head.i - 1].lower_ if head.i > 0 else ""
    if det in {"sa", "son", "ses", "leur", "leurs"} and head.pos_ == "NOUN" and is_role(head) \
            and not ctx.mentions_at(head.idx):  # "interroge sa voisine": someone near the last speaker
        span = np_span(head)
        plural = "Plur" in head.morph.get("Number", [])
        return Speaker(span.text, "group" if plural else "anonymous", span.start_char,
                       ("group:" if plural else "anon:") + fold(span.text))
    if low in PARTITIVE_HEADS or (head.pos_ in {"PRON", "NUM"} and low in {"un", "une"}):
        start = head.i - 1 if head.i > 0 and doc[head.i - 1].lower_ in {"l'", "l’", "une", "un", "d'", "d’"} else head.i
        end = head.i + 1
        while end < len(doc) and end - head.i < 6 and doc[end].text not in {",", ".", "!", "?", ";", ":"} \
                and "\n" not in doc[end].text and doc[end].pos_ in {"ADP", "PRON", "DET", "NOUN", "ADJ", "PROPN"}:
            end += 1
        name = doc[start:end].text
        return Speaker(name, "anonymous", doc[start].idx, "anon:" + fold(name))
    return None


RELATION_NOUNS = {"bras", "fils", "fille", "femme", "mari", "épouse", "époux", "frère", "sœur", "père", "mère",
                  "avocat", "avocate", "proche", "entourage", "collaborateur", "collaboratrice", "ami", "amie",
                  "compagnon", "compagne", "conseiller", "conseillère", "adjoint", "adjointe", "bras-droit"}
ANON_DETS = {"un", "une", "sa", "son", "cet", "cette", "ce", "le", "la", "l'", "l’", "leur", "notre"}
GROUP_DETS = {"des", "les", "ses", "ces", "leurs", "nos", "plusieurs", "certains", "certaines", "deux", "trois"}


def described_speaker(ctx: DocContext, head: Token) -> Speaker | None:
    """The subject of an inverted speech verb is someone, whatever the noun: "enchaîne son voisin",
    "commente un kiosquier", "a ajouté un senior" (anonymous, or a group when plural)."""
    if head.pos_ not in {"NOUN", "ADJ", "VERB"} or ctx.mentions_at(head.idx) or is_role(head):
        return None
    doc = head.doc
    det = next((doc[j].lower_ for j in range(head.i - 1, max(-1, head.i - 4), -1) if doc[j].pos_ == "DET"), "")
    if det not in ANON_DETS | GROUP_DETS:
        return None
    span = np_span(head)
    name = strip_determiner(span)
    if det in GROUP_DETS or "Plur" in head.morph.get("Number", []):
        return Speaker(name, "group", span.start_char, "group:" + fold(name))
    return Speaker(name, "anonymous", span.start_char, "anon:" + fold(name))


def document_author(ctx: DocContext, head: Token) -> Token | None:
    """ "le rapport de la Cour des comptes" -> "Cour"; None for other heads."""
    if head.lemma_.lower() not in document_nouns():
        return None
    return next((c for c in head.children if c.dep_ == "nmod" and c.i > head.i
                 and any(m.label in {"ORG", "PER", "GPE", "LOC"} for m in ctx.mentions_at(c.idx))), None)


SIDE_RE = re.compile(r"(?:^|[.!?\n]\s*)(?:du côté (?:de l'|de la |du |des )|chez |dans l'entourage (?:de |du )|"
                     r"à l'|au |à la )([^,.;:!?\n]{2,60}),\s*on\b", re.IGNORECASE)


def side_speaker(ctx: DocContext, on: Token) -> Speaker | None:
    """ "Du côté du gouvernement, on estime que …", "À l'Élysée, on assure que …": the place speaks."""
    text = doc_text(ctx.sdoc)
    sent = on.sent
    m = SIDE_RE.search(text, max(0, sent.start_char - 1), on.idx + 3)
    if m is None or m.end() < on.idx:
        return None
    start, end = m.start(1), m.end(1)
    mentions = [x for x in ctx.mentions_within(start, end) if x.label in {"ORG", "PER", "GPE", "LOC", "GROUP"}]
    if mentions:
        best = mentions[0]
        type_ = {"PER": "person", "ORG": "organization", "GROUP": "group"}.get(best.label, "organization")
        return Speaker(best.name, type_, best.start, best.key)
    name = text[start:end].strip()
    return Speaker(name, "organization", start, "org:" + fold(name))


# ---------------------------------------------------------------- quotes


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
    while i >= 0 and steps < 4 and doc[i].lower_ in {"que", "qu'", "qu’", "de", "d'", "d’", "à", "ainsi", "même",
                                                       "aussi", "bien", "encore", "notamment", "le", "la", "les",
                                                       "un", "une", "des", "l'", "l’"}:
        i, steps = i - 1, steps + 1
    if i < 0 or doc[i].text in {",", ".", ":", "!", "?"} or "\n" in doc[i].text:
        return None
    verb = doc[i]
    entry = grammar.speech_verb(verb)
    if entry is None or entry.grade < 2 or not ({"clause", "np"} & entry.frames):
        return None
    return verb


def relay_subject(verb: Token) -> Token | None:
    """The subject of a speech verb that relays a quote: its own, its auxiliary's, else the nearest
    subject before it in its sentence ("Le Quai d'Orsay a de son côté dénoncé …": the parser may
    take "côté" for an object and miss the subject)."""
    own = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass"}), None)
    if own is not None:
        return own
    for tok in reversed(verb.doc[verb.sent.start:verb.i]):
        if tok.dep_ in {"nsubj", "nsubj:pass"}:
            return tok
    return subject_for(verb)


def is_fragment(text: str, qs: int) -> bool:
    """The quote does not open its sentence: 'Son attitude « peut être qualifiée de … », estiment …'."""
    j = qs - 1
    while j >= 0 and text[j] in " \t\u00a0«“\"„‹":
        j -= 1
    return j >= 0 and text[j] not in ".!?\n…:»”"


def sentence_start(doc: Doc, char: int) -> int:
    tok = token_at(doc, char)
    text = doc_text(doc)
    start = tok.sent.start_char if tok is not None else 0
    return max(start, text.rfind("\n", 0, char) + 1)


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
        rule = "quote-incise"
        if found is None:
            found = grammar.incise_inside_quote(doc, qs, qe)
            rule = "quote-inside"
            if found is None or words(text[cs:ce]) < 4:
                continue
        elif is_fragment(text, qs):
            cs = sentence_start(doc, qs)
            cs, ce = strip_final_punct(text, trim(text, cs, ce))
        cand = Candidate((cs, ce), True, found.entry.lemma.replace("_", " "), found.verb, position=found.verb.idx,
                         quote=(qs, qe), rule=rule, uses={found.verb.i})
        relay = governing_verb_before(doc, qs) if rule == "quote-incise" else None
        if relay is None and rule == "quote-incise" and is_fragment(text, qs):
            relay = speech_verb_between(doc, sentence_start(doc, qs), qs)
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
            cand.speaker = special_speaker(ctx, found.subject) or described_speaker(ctx, found.subject)
            cand.speaker_head = found.subject if cand.speaker is None else None
            journalist = is_journalist(ctx, found.subject, last_journalist)
            last_journalist = journalist
            if journalist:
                cand.rule += "-journalist"  # a correspondent: the words may be relayed (see relayed_speech)
        if cand.speaker is None and cand.speaker_head is None:
            continue
        out.append(cand)
    return out


JOURNALIST_WORDS = {"journaliste", "correspondant", "correspondante", "envoyé", "envoyée", "reporter",
                    "présentateur", "présentatrice", "chroniqueur", "chroniqueuse", "éditorialiste", "reporteur"}
JOURNALIST_RE = re.compile(r"\b(?:journaliste|correspondante?|envoyée? spéciale?|reporter|présentat(?:eur|rice))\b",
                           re.IGNORECASE)


def is_journalist(ctx: DocContext, head: Token, last: bool) -> bool:
    """The speaker of an incise is a correspondent ("précise le journaliste", "rapporte Alexandre
    Peyrout" named elsewhere as a journalist, "poursuit-elle" after one)."""
    if head.lower_.lstrip("-").removeprefix("t-") in {"il", "elle"}:
        return last
    if head.lemma_.lower() in JOURNALIST_WORDS:
        return True
    text = doc_text(ctx.sdoc)
    keys = {m.key for m in ctx.mentions_at(head.idx) if m.label == "PER"}
    return any(JOURNALIST_RE.search(text[max(0, m.start - 40):m.end]) for m in ctx.mentions if m.key in keys)


def relayed_speech(cands: list[Candidate]) -> list[Candidate]:
    """A correspondent's quote that reports someone else's words ("« Le président s'est dit
    excédé … », affirme la journaliste") gives way to the reported speech inside it."""
    relays = [c for c in cands if c.rule.endswith("-journalist") and c.quote is not None]
    drop = set()
    for r in relays:
        qs, qe = r.quote  # type: ignore[misc]
        if any(not c.direct and qs <= c.position < qe and c is not r for c in cands):
            drop.add(id(r))
    return [c for c in cands if id(c) not in drop]


def speech_verb_between(doc: Doc, start: int, end: int) -> Token | None:
    """The last speech verb (grade 2 or more, with a clause or object frame) between two offsets,
    outside quotes: "Le Quai d'Orsay a dénoncé ce soir « une arrestation … », conclut X"."""
    first, last = token_at(doc, start), token_at(doc, end)
    if first is None or last is None:
        return None
    for tok in reversed(doc[first.i:last.i]):
        entry = grammar.speech_verb(tok)
        if entry is not None and entry.grade >= 2 and {"clause", "np"} & entry.frames and speaks_here(tok):
            return tok
    return None


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
            continue
        entry = grammar.speech_verb(root, any_pos=True)
        if entry is None:
            continue
        out.append(Candidate((cs, ce), True, entry.lemma.replace("_", " "), root, speaker_head=head,
                             position=qs, quote=(qs, qe), rule="quote-introduced"))
    return out


def introducing_verb(sent) -> tuple[Token | None, Token | None]:
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
    for tok in doc:
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
        out.append(Candidate(content, True, "dire", tok, speaker=speaker, position=person.start, rule="transcript"))
    return out


# ---------------------------------------------------------------- reported speech


def source_candidates(ctx: DocContext, quotes: list[tuple[int, int]]) -> list[Candidate]:
    """ "selon X", "d'après X", "à en croire X", "aux yeux de X": the rest of the sentence is X's."""
    doc, text = ctx.sdoc, doc_text(ctx.sdoc)
    out = []
    for tok in doc:
        if tok.lower_ not in {"selon", "d'", "d’", "à", "aux", "de"} or inside(quotes, tok.idx):
            continue
        found = grammar.source_phrase(doc, tok.i)
        if found is None:
            continue
        _, head, end = found
        s_start = sentence_start(doc, tok.idx)
        s_end = tok.sent.end_char
        nl = text.find("\n", tok.idx)
        s_end = min(s_end, nl if nl >= 0 else len(text))
        before = text[s_start:tok.idx].rstrip(" ,")
        after_start = doc[end].idx if end < len(doc) else s_end
        after = text[after_start:s_end]
        if words(before) >= 2 and after.lstrip(" ,")[:1] in QUOTE_MARKS:
            after = ""  # '… selon le maire « Une personne … »': the quote has its own attribution
        if words(before) < 2:
            a = after_start
            while a < s_end and text[a] in " ,":
                a += 1
            content = trim(text, a, s_end)
        elif words(after) < 2:
            content = trim(text, s_start, s_start + len(before))
        else:  # "ce qui, selon X, n'était …": the whole sentence
            content = trim(text, s_start, s_end)
        content = strip_final_punct(text, content)
        if words(text[content[0]:content[1]]) < 3:
            continue
        author = document_author(ctx, head)
        cand = Candidate(content, False, "selon", tok, speaker_head=author or head, position=tok.idx, rule="source")
        if author is None:
            cand.speaker = special_speaker(ctx, head)
        out.append(cand)
    return out


def extra_reported_candidates(ctx: DocContext, quotes: list[tuple[int, int]]) -> list[Candidate]:
    """Reported speech the verb rules miss: a speech verb tagged as a noun before "que"
    ("L'ONG note que …"), multiword verbs ("a fait savoir que"), "se dit prêt à", "appelle à",
    and refusals to comment ("n'a pas souhaité commenter")."""
    doc, text = ctx.sdoc, doc_text(ctx.sdoc)
    out = []
    for tok in doc:
        if inside(quotes, tok.idx) or in_shouting_line(text, tok.idx):
            continue
        content: tuple[int, int] | None = None
        rule = ""
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        after_name = tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN" and tok.pos_ != "PROPN"
        entry = grammar.speech_verb(tok, any_pos=after_name or (nxt is not None and nxt.lower_ in {"que", "qu'", "qu’"}))
        if entry is None:
            continue
        if "_" in entry.bare:  # "fait savoir que"
            k = tok.i + 1 + entry.lemma.count("_")
            if k < len(doc) and doc[k].lower_ in {"que", "qu'", "qu’"} and k + 1 < len(doc):
                content, rule = (doc[k + 1].idx, grammar.clause_end(doc, k + 1)), "multiword"
        elif tok.pos_ not in {"VERB", "AUX"} and nxt is not None and nxt.lower_ in {"que", "qu'", "qu’"} \
                and "clause" in entry.frames and entry.grade >= 2 and tok.i + 2 < len(doc):
            content, rule = (doc[tok.i + 2].idx, grammar.clause_end(doc, tok.i + 2)), "mistagged"
        elif tok.pos_ not in {"VERB", "AUX"} and "np" in entry.frames and entry.grade >= 2 and tok.i > 0 \
                and doc[tok.i - 1].pos_ == "PROPN" and (obj := object_after(tok)) is not None:
            content, rule = (doc[obj].idx, grammar.clause_end(doc, obj)), "mistagged-np"
        elif entry.lemma in {"se_dire", "dire"}:
            found = grammar.se_dire_content(tok)
            if found is not None:
                content, rule = found, "se-dire"
            elif (found := dire_infinitive(tok)) is not None:
                content, rule = found, "dire-infinitive"
        elif entry.bare in {"appeler", "exhorter", "inviter", "inciter", "encourager"} and nxt is not None \
                and nxt.lower_ in {"à", "au", "aux"}:
            content, rule = (nxt.idx, grammar.clause_end(doc, nxt.i)), "appeler-a"
        if content is None:
            if tok.pos_ == "VERB":
                found = grammar.no_comment(tok)
                if found is not None:
                    head = subject_of(tok.head) or subject_for(tok.head)
                    if head is not None:
                        out.append(Candidate(found, False, tok.lemma_.lower(), tok, speaker_head=head,
                                             position=tok.idx, rule="no-comment", uses={tok.i}))
            continue
        content = strip_final_punct(text, trim(text, *content))
        if words(text[content[0]:content[1]]) < 3:
            continue
        head = subject_for(tok) if tok.pos_ in {"VERB", "AUX"} else preceding_subject(tok)
        if head is None:
            continue
        quoted = text[content[0]:content[1]].lstrip()[:1] in QUOTE_MARKS and \
            text[content[0]:content[1]].rstrip(" .")[-1:] in QUOTE_MARKS
        cand = Candidate(content, quoted, entry.lemma.replace("_", " "), tok, speaker_head=head, position=tok.idx,
                         rule=rule, uses={tok.i})
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
    if head.pos_ == "NOUN" and not (is_role(head) or head.lemma_.lower() in document_nouns()):
        return head if head.text[:1].isupper() else None
    return head


PURPOSE_MARKS = {"pour", "afin", "sans", "avant", "après", "de", "d'", "d’", "à"}


def speaks_here(verb: Token) -> bool:
    """Whether a speech verb form is used as an act of speech of its clause: not a past participle
    without "avoir" ("les chiffres confirmés", "n'ont pas pu être confirmés"), not an infinitive of
    purpose or of another verb ("afin de rassurer", "ne pouvait ni confirmer ni infirmer"), unless
    governed by a speech verb or a refusal ("a refusé de commenter", "dit vouloir")."""
    morph = verb.morph
    if verb.lemma_ in {"condamner", "accuser"} and any(t.lower_ in {"à", "aux", "au"} or t.lower_ == "pour"
                                                       for t in verb.doc[verb.i + 1:verb.i + 8]):
        return False  # "condamné à la perpétuité", "accusé pour meurtre": a sentence, not a statement
    if "Part" in morph.get("VerbForm", []) and "Past" in morph.get("Tense", []):
        auxes = [c for c in verb.children if c.dep_.startswith("aux")]
        avoir = any(a.lemma_ == "avoir" for a in auxes) or verb.head.lemma_ == "avoir" or any(
            t.lemma_ == "avoir" for t in verb.doc[max(0, verb.i - 5):verb.i])
        if not avoir and not (auxes and has_reflexive_child(verb)):
            return False
    if "Inf" in morph.get("VerbForm", []):
        head = verb.head
        if head is verb:
            return True
        governed = grammar.speech_verb(head) is not None or head.lemma_ in {"refuser", "décliner", "vouloir",
                                                                           "tenir", "souhaiter", "venir"}
        if verb.dep_ == "conj":
            return speaks_here(head)
        if not governed or any(c.dep_ == "mark" and c.lower_ in {"pour", "afin"} for c in verb.children):
            return False
    return True


def has_reflexive_child(verb: Token) -> bool:
    return any(c.lower_ in {"se", "s'", "s’"} for c in verb.children)


def colon_quote_candidates(ctx: DocContext, quotes: list[tuple[int, int]]) -> list[Candidate]:
    """A quote after a colon whose lead names the speaker without a speech verb: a speech noun and
    its author ("Le récit d'une voisine est accablant : « … »", "Réaction de la ministre : « … »"),
    or a source phrase ("…, selon un témoin, … : « … »")."""
    doc, text = ctx.sdoc, doc_text(ctx.sdoc)
    nouns = _read_nouns() if not _NOUNS else _NOUNS
    out = []
    for qs, qe in quotes:
        tok = token_at(doc, qs)
        if tok is None:
            continue
        i = tok.i - 1
        while i >= 0 and (doc[i].text in QUOTE_MARKS or doc[i].is_space and "\n" not in doc[i].text):
            i -= 1
        if i < 1 or doc[i].text != ":":
            continue
        start = i
        while start > 0 and "\n" not in doc[start - 1].text and doc[start - 1].text not in {".", "!", "?"} | QUOTE_MARKS:
            start -= 1
        lead = doc[start:i]
        if any(grammar.speech_verb(t) is not None and speaks_here(t) for t in lead if t.pos_ in {"VERB", "AUX"}):
            continue  # "X a déclaré : « … »" is the verb rules' case
        head = None
        for t in lead:
            found = grammar.source_phrase(doc, t.i)
            if found is not None and found[2] <= i:
                head = found[1]
                break
            if t.lemma_.lower() in nouns and t.pos_ == "NOUN" and t.i + 2 < i and doc[t.i + 1].lower_ in {
                    "de", "d'", "d’", "du", "des"}:
                head = grammar.np_head(doc, t.i + 2 if doc[t.i + 1].lower_ in {"de", "d'", "d’"} else t.i + 1, i)
                break
        if head is None:
            continue
        cs, ce = trim(text, qs, qe)
        if words(text[cs:ce]) < 3:
            continue
        cand = Candidate((cs, ce), True, "dire", doc[i], speaker_head=head, position=head.idx, quote=(qs, qe),
                         rule="quote-colon")
        cand.speaker = special_speaker(ctx, head) or described_speaker(ctx, head)
        out.append(cand)
    return out


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
    while k > verb.i + 1 and doc[k - 1].lower_ in {"se", "s'", "s’", "en", "y", "ne", "n'", "n’", "pas", "plus",
                                                    "jamais", "rien"}:
        k -= 1
    return doc[k].idx, grammar.clause_end(doc, j)


def keeps_incise(c: Candidate) -> bool:
    """An "incise" reading (", a déclaré X" closing a sentence) needs an inverted verb: not
    "Quant à la France, elle a déjà promis ses canons" (the subject stands before the verb)."""
    if c.rule != "incise" or c.cue_token is None:
        return True
    verb = c.cue_token
    before = verb.doc[max(0, verb.i - 4):verb.i]
    return not any(t.dep_ in {"nsubj", "nsubj:pass"} and t.head.i == verb.i for t in before) and not any(
        t.lower_ in {"il", "elle", "ils", "elles", "on", "je", "nous", "vous"} for t in before)


def object_after(verb: Token) -> int | None:
    """The first token of a noun-phrase object right after a verb, past an incise ", lui,":
    "Joe Biden écarte, lui, la thèse d'un tir russe"."""
    doc = verb.doc
    k = verb.i + 1
    if k + 2 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ in {"lui", "elle", "eux", "elles"} \
            and doc[k + 2].text == ",":
        k += 3
    if k < len(doc) and doc[k].pos_ == "DET" and k + 1 < len(doc) and doc[k + 1].pos_ in {"NOUN", "ADJ"}:
        return k
    return None
