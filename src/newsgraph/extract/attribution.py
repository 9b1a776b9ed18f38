"""The grammar of French reporting: the constructions that attribute words to a speaker, whatever
the tagger made of their words.

A construction decides the part of speech: in « … », estime X / note X / alerte X the word after
the quote is a verb (``speech_lexicon`` knows its forms), even when spaCy tags it a noun or an
adjective. Inverted incises after and inside quotes (with adverbs, time phrases and prepositional
phrases between the verb and its subject), "peut-on lire dans le rapport", source phrases ("selon",
"d'après", "à en croire", "aux yeux de", "dixit"), clause ends, "se dit prêt à", refusals to
comment and interview transcripts. Functions here are small and pure: a parsed ``Doc`` and offsets
in, token indexes and character spans out.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.context import doc_text, token_starts
from newsgraph.extract.speech_lexicon import (
    AUXILIARIES,
    REFLEXIVE,
    SpeechVerb,
    finite_form,
    form_lemma,
)
from newsgraph.extract.speech_lexicon import (
    has_reflexive as has_reflexive,  # re-exported: the grammar's modules read them here
)
from newsgraph.extract.speech_lexicon import (
    speech_verb as speech_verb,
)

QUOTE_CLOSERS = {"»", "”", '"', "›", "“"}
QUOTE_OPENERS = {"«", "“", '"', "‹", "„"}
SUBJECT_CLITICS = {"-il", "-elle", "-ils", "-elles", "-t-il", "-t-elle", "-t-ils", "-t-elles", "-on", "-t-on"}
# Words that may stand between a quote and its speech verb, or between the verb and its subject.
INCISE_ADVERBS = {
    "encore",
    "aussi",
    "alors",
    "ainsi",
    "également",
    "aujourd'hui",
    "hier",
    "ensuite",
    "enfin",
    "d'ailleurs",
    "déjà",
    "toujours",
    "immédiatement",
    "aussitôt",
    "désormais",
    "même",
    "lui",
    "elle",
    "simplement",
    "sobrement",
    "volontiers",
    "fièrement",
    "amèrement",
    "pourtant",
    "donc",
    "bien",
    "tout",
    "là",
    "ici",
    "maintenant",
    "néanmoins",
    "cependant",
    "sur-le-champ",
}
PP_STARTERS = {
    "à",
    "au",
    "aux",
    "auprès",
    "depuis",
    "dans",
    "devant",
    "sur",
    "lors",
    "en",
    "pour",
    "par",
    "chez",
    "avec",
    "face",
    "derrière",
    "sous",
    "entre",
    "après",
    "avant",
    "pendant",
    "via",
    "au-delà",
}
TIME_NOUNS = {
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "matin",
    "soir",
    "midi",
    "jour",
    "semaine",
    "mois",
    "année",
    "an",
    "week-end",
    "après-midi",
    "nuit",
    "veille",
    "lendemain",
}
DOCUMENT_READ_VERBS = {"lire", "lit"}


def is_incise_filler(tok: Token) -> bool:
    """An adverb or a time phrase word between the parts of an incise
    ("ajoute encore", "explique ce lundi")."""
    low = tok.lower_
    if low not in INCISE_ADVERBS and form_lemma(tok.text) is not None:
        return False  # "estime" tagged as an adverb is the verb of the incise
    return (
        low in INCISE_ADVERBS or low in TIME_NOUNS or (tok.pos_ == "ADV" and low not in {"ne", "n'", "pas"})
    )


@dataclass(frozen=True, slots=True)
class Incise:
    """An attribution after or inside a quote: its verb, its subject (a clitic, a noun phrase's first
    token, or a document), and the token index where the incise ends."""

    verb: Token
    entry: SpeechVerb
    subject: Token | None
    end: int
    document: Span | None = None  # "peut-on lire dans le rapport": the document speaks


def incise_at(doc: Doc, i: int, limit: int) -> Incise | None:
    """An inverted attribution starting at token ``i``: [adverbs] [s'] [aux [-t-il]] VERB [-t-il | SUBJECT].

    ``i`` is the first token after a closing quote mark and its comma."""
    j, steps = i, 0
    while j < limit and steps < 3 and is_incise_filler(doc[j]) and doc[j].lower_ not in {"lui", "elle"}:
        j, steps = j + 1, steps + 1
    if j < limit and doc[j].lower_ in REFLEXIVE:
        j += 1
    if j >= limit:
        return None
    document = document_reading(doc, j, limit)
    if document is not None:
        return document
    verb_tok = doc[j]
    if verb_tok.lemma_ in AUXILIARIES and j + 1 < limit:  # "a estimé", "a-t-il ajouté", "s'est indigné"
        k = j + 1
        while k < limit and (doc[k].lower_ in SUBJECT_CLITICS or doc[k].lower_ == "-t"):
            k += 1
        while k < limit and is_incise_filler(doc[k]):
            k += 1
        if k < limit:
            verb_tok = doc[k]
    entry = speech_verb(verb_tok, any_pos=True)
    if entry is None or "inv" not in entry.frames:
        return None
    if verb_tok.i == j and not finite_form(verb_tok):
        return None  # "« … », estimant que …": a participle continues the sentence, it attributes nothing
    k = verb_tok.i + 1
    if k < limit and doc[k].lower_ in {"-t", "-t-"}:  # "estime-t-il" tokenized "estime" "-t" "-il"
        k += 1
    if entry.lemma.count("_"):  # "fait savoir": skip the rest of the phrase
        k += entry.lemma.count("_")
    clitic = next((t for t in doc[verb_tok.i - 2 : min(limit, k + 1)] if t.lower_ in SUBJECT_CLITICS), None)
    if clitic is not None:
        return Incise(verb_tok, entry, clitic, max(k, clitic.i + 1))
    subject = inverted_subject(doc, k, limit)
    if subject is None:
        return None
    return Incise(verb_tok, entry, subject, subject.i + 1)


def document_reading(doc: Doc, j: int, limit: int) -> Incise | None:
    """ "peut-on lire dans le rapport", "lit-on dans la note", "pouvait-on lire sur le site": the
    document named after "dans"/"sur" is the speaker."""
    k = j
    if doc[k].lemma_ == "pouvoir" and k + 2 < limit and doc[k + 1].lower_ in {"-on", "-t-on"}:
        k += 2
    elif k + 1 < limit and doc[k + 1].lower_ in {"-on", "-t-on"}:
        k += 1
    else:
        return None
    if doc[k].lower_ not in DOCUMENT_READ_VERBS and doc[k].lemma_ != "lire":
        return None
    verb = doc[k]
    k += 1
    while k < limit and doc[k].lower_ not in {"dans", "sur", "en"}:
        if doc[k].text in {".", "!", "?", ";"} or k > verb.i + 3:
            return None
        k += 1
    start = k + 1
    while start < limit and doc[start].pos_ == "DET":
        start += 1
    end = start
    while (
        end < limit
        and doc[end].text not in {",", ".", ";", "!", "?", "«", "(", ":"}
        and "\n" not in doc[end].text
    ):
        end += 1
    if end <= start:
        return None
    entry = SpeechVerb("lire", frozenset({"inv"}), 3, "write")
    return Incise(verb, entry, doc[start], end, document=doc[start:end])


def inverted_subject(doc: Doc, k: int, limit: int) -> Token | None:
    """The first token of the subject after an inverted verb, past adverbs, time words and
    prepositional phrases: "réagit depuis la place du village un habitant", "confie à notre micro
    Émilie Garnier", "explique ce lundi le maire"."""
    in_pp = False
    for j in range(k, min(limit, k + 16)):
        t = doc[j]
        if t.text in {".", "!", "?", ";", ":", "(", ")"} | QUOTE_OPENERS | QUOTE_CLOSERS or "\n" in t.text:
            return None
        if t.text == ",":
            in_pp = False
            continue
        low = t.lower_
        if low in PP_STARTERS or (t.pos_ == "ADP" and low not in {"de", "du", "des", "d'", "d’"}):
            in_pp = True
            continue
        if in_pp:
            prev = doc[j - 1]
            starts_np = t.pos_ == "DET" or low in {"m.", "mme", "un", "une", "le", "la", "les", "l'", "l’"}
            if (
                starts_np
                and prev.pos_ != "ADP"
                and prev.lower_ not in PP_STARTERS | {"de", "du", "des", "d'", "d’"}
            ):
                in_pp = False
            elif (
                t.pos_ == "PROPN" and prev.pos_ in {"NOUN", "PROPN"} and prev.text[:1].islower() and j > k + 2
            ):
                in_pp = False  # "confie au micro de TF1 Jean Martin" is rare; names after a common noun
            else:
                continue
        if low in {"ce", "cet", "cette"} and j + 1 < limit and doc[j + 1].lower_ in TIME_NOUNS:
            continue
        if is_incise_filler(t) and t.pos_ != "PROPN":
            continue
        if t.pos_ in {"DET", "PROPN", "NOUN", "ADJ", "NUM", "PRON", "VERB", "X"} or t.text[:1].isupper():
            return np_head(doc, j, limit)
        return None
    return None


def np_head(doc: Doc, j: int, limit: int) -> Token:
    """The token that names a subject starting at ``j``: past determiners and civil titles, the first
    noun or name ("le député Julien Mercier" -> "député", whose mention links it to the name)."""
    k = j
    while k < limit - 1 and (
        doc[k].pos_ == "DET"
        or doc[k].lower_ in {"m.", "mme", "mlle", "dr", "pr", "me"}
        or doc[k].lower_ in {"jeune", "vieille", "vieil", "petite", "petit"}
    ):
        k += 1
    return doc[k]


def closing_quote_end(doc: Doc, qe: int) -> int | None:
    """Index of the first token after a closing quote mark at character ``qe`` and its comma."""
    starts = token_starts(doc)
    i = bisect_left(starts, qe)
    if i >= len(doc):
        return None
    if doc[i].text in QUOTE_CLOSERS or doc[i].text in {"’"}:
        i += 1
    while i < len(doc) and (
        doc[i].text in {",", "!", "?", "…"} or (doc[i].is_space and "\n" not in doc[i].text)
    ):
        i += 1
    return i if i < len(doc) else None


def incise_after_quote(doc: Doc, qe: int) -> Incise | None:
    """« … », estime X / a-t-il déclaré / peut-on lire dans le rapport."""
    i = closing_quote_end(doc, qe)
    if i is None or "\n" in doc[i - 1].text:
        return None
    text = doc_text(doc)
    between = text[qe : doc[i].idx]
    if "," not in between and not text[max(0, qe - 12) : qe].rstrip(' »”"›').endswith(("?", "!", "…", "...")):
        return None  # « … » inquiète les maires: without a comma only « …?! » takes an incise
    limit = min(len(doc), i + 24)
    return incise_at(doc, i, limit)


def incise_inside_quote(doc: Doc, qs: int, qe: int) -> Incise | None:
    """« Nous avons fait notre part, souligne Mme Girard, maintenant … »: a comma, an inverted speech
    verb and its subject, a comma."""
    span = doc.char_span(qs, qe, alignment_mode="contract")
    if span is None:
        return None
    for tok in span:
        if tok.text != "," or tok.i + 1 >= span.end:
            continue
        found = incise_at(doc, tok.i + 1, span.end)
        if found is None:
            continue
        after = doc[found.end : min(span.end, found.end + 12)]
        if any(t.text in {",", "."} for t in after) or found.end >= span.end - 1:
            return found
    return None


# ---------------------------------------------------------------- other constructions

SOURCE_PREPOSITIONS = (
    ("selon",),
    ("d'après",),
    ("d’après",),
    ("à", "en", "croire"),
    ("aux", "yeux", "de"),
    ("aux", "yeux", "du"),
    ("aux", "yeux", "des"),
    ("de", "l'avis", "de"),
    ("de", "l’avis", "de"),
    ("dixit",),
)
PHRASE_END = {",", ".", ";", ":", "!", "?", "(", ")", "«", "»", "“", "”", '"'}


def source_phrase(doc: Doc, i: int) -> tuple[int, Token, int] | None:
    """ "selon X", "d'après X", "à en croire X", "aux yeux de X", "de l'avis de X" starting at token
    ``i``: (index after the preposition, the head of X, index after X). The parse is not trusted
    here ("Selon Irène Bouvier, …" often makes the name the root of the sentence)."""
    lowers = [t.lower_ for t in doc[i : min(len(doc), i + 3)]]
    if len(lowers) >= 2 and lowers[0] == "d'" and lowers[1] == "après":
        lowers = ["d'après", *lowers[2:]]
        skip = 2
    else:
        skip = 0
    for words in SOURCE_PREPOSITIONS:
        if tuple(lowers[: len(words)]) == words:
            start = i + (skip or len(words))
            break
    else:
        return None
    end = start
    while (
        end < len(doc) and doc[end].text not in PHRASE_END and "\n" not in doc[end].text and end - start < 14
    ):
        if (
            end > start
            and doc[end].pos_ in {"VERB", "AUX"}
            and not doc[end].text[:1].isupper()
            and "Part" not in doc[end].morph.get("VerbForm", [])
        ):
            break
        if end > start and doc[end].lower_ in {"qui", "que", "qu'", "dont", "lequel", "laquelle"}:
            break
        end += 1
    if end == start:
        return None
    head = np_head(doc, start, end)
    # "selon Olivier Dauvers, spécialiste de la distribution", "selon le ministre, Sergueï Choïgou,"
    while end < len(doc) and doc[end].text == "," and (stop := apposition_end(doc, end)) is not None:
        end = stop
    return start, head, end


def apposition_end(doc: Doc, comma: int) -> int | None:
    """The index of the punctuation closing an apposition that opens after ``comma`` (a noun phrase
    or a name, participles allowed, no finite verb: ", spécialiste de la distribution,",
    ", Sergueï Choïgou,", ", rescapé du Bataclan,"), or None."""
    k = comma + 1
    if k >= len(doc) or doc[k].pos_ not in {"DET", "NOUN", "PROPN", "ADJ", "VERB", "NUM"}:
        return None
    if doc[k].pos_ == "VERB" and "Part" not in doc[k].morph.get("VerbForm", []):
        return None
    stop = k
    while (
        stop < len(doc) and stop - k < 12 and doc[stop].text not in PHRASE_END and "\n" not in doc[stop].text
    ):
        tok = doc[stop]
        finite = (
            tok.pos_ in {"VERB", "AUX"}
            and "Part" not in tok.morph.get("VerbForm", [])
            and not tok.text[:1].isupper()
        )
        if finite or tok.lower_ in {
            "qui",
            "que",
            "qu'",
            "qu’",
            "dont",
            "il",
            "elle",
            "ils",
            "elles",
            "on",
            "cela",
            "ce",
            "c'",
            "c’",
        }:
            return None
        stop += 1
    return stop if stop < len(doc) and doc[stop].text in {",", ".", "!", "?", ";"} and stop > k else None


def se_dire_content(verb: Token) -> tuple[int, int] | None:
    """ "se dit prêt à …", "se disent inquiets de …", "s'est dite favorable à …": what the speaker
    declared themself to be, from the adjective to the end of the clause."""
    doc = verb.doc
    if verb.lemma_ != "dire" or not has_reflexive(verb):
        return None
    j = verb.i + 1
    while j < len(doc) and doc[j].pos_ == "ADV":
        j += 1
    if j >= len(doc) or doc[j].pos_ not in {"ADJ", "VERB"} or doc[j].lower_ in {"que", "qu'"}:
        return None
    end = clause_end(doc, j)
    return (doc[j].idx, end) if end > doc[j].idx else None


def clause_end(doc: Doc, j: int) -> int:
    """Where the clause starting at token ``j`` ends: the sentence end, a line break, a semicolon,
    or a comma followed by a coordinated clause with its own subject (", et les syndicats …")."""
    sent_end = doc[j].sent.end
    last = doc[j]
    for k in range(j, sent_end):
        t = doc[k]
        if "\n" in t.text or t.text in {";", ".", "!", "?"}:
            break
        if t.text == "," and k + 2 < sent_end and new_clause_after(doc, k):
            break
        last = t
    return last.idx + len(last)


def new_clause_after(doc: Doc, comma: int) -> bool:
    """A comma followed by a coordinating word and a clause with its own subject:
    ", et les syndicats préparent", ", mais le maire refuse", ", tandis que …", ", alors que …"."""
    k = comma + 1
    if (
        doc[k].lower_ in {"tandis", "alors", "pendant"}
        and k + 1 < len(doc)
        and doc[k + 1].lower_ in {"que", "qu'"}
    ):
        return True
    if (
        doc[k].lower_ in {"c'", "c’", "ce", "ça", "cela"}
        and k + 1 < len(doc)
        and doc[k + 1].pos_ in {"AUX", "VERB"}
    ):
        return True  # ", c'est le cas …"
    if doc[k].lower_ not in {"et", "mais", "puis", "or", "car"}:
        return False
    k += 1
    while k < len(doc) and doc[k].pos_ == "ADV":
        k += 1
    return k < len(doc) and (
        doc[k].pos_ in {"DET", "PROPN"} or doc[k].lower_ in {"il", "elle", "ils", "elles", "on"}
    )


NO_COMMENT_VERBS = {
    "commenter",
    "réagir",
    "répondre",
    "s'exprimer",
    "exprimer",
    "donner",
    "confirmer",
    "préciser",
    "communiquer",
    "détailler",
}
REFUSAL_HEADS = {"refuser", "décliner", "souhaiter", "vouloir", "pouvoir"}


def no_comment(verb: Token) -> tuple[int, int] | None:
    """ "n'a pas souhaité commenter", "a refusé de réagir",
    "n'a pas voulu répondre à nos questions": a refusal to speak is a statement of its own
    (content from the auxiliary to the end of the verb phrase)."""
    doc = verb.doc
    if verb.lemma_ not in NO_COMMENT_VERBS or verb.dep_ != "xcomp" or verb.head.lemma_ not in REFUSAL_HEADS:
        return None
    head = verb.head
    negated = any(c.lower_ in {"pas", "ne", "n'", "n’", "jamais"} for c in head.children)
    if head.lemma_ in {"souhaiter", "vouloir", "pouvoir"} and not negated:
        return None
    first = min(
        [head.i]
        + [
            c.i
            for c in head.children
            if c.i < head.i and (c.dep_.startswith("aux") or c.lower_ in {"ne", "n'", "n’"})
        ]
    )
    end = clause_end(doc, verb.i)
    return doc[first].idx, end


def transcript_turn(doc: Doc, text: str, colon: Token) -> tuple[int, tuple[int, int]] | None:
    """ "Marc Delorme : Nous n'avons jamais …" at the start of a line or a sentence: (index of the
    first token of the name, the answer's span up to the end of its line)."""
    i = colon.i - 1
    names = 0
    while i >= 0 and (doc[i].text[:1].isupper() or doc[i].lower_ in {"de", "du", "le", "la", "d'", "-"}):
        names += doc[i].text[:1].isupper()
        i -= 1
    start = i + 1
    if names == 0 or colon.i - start > 5:
        return None
    if i >= 0 and not ("\n" in doc[i].text or doc[i].text in {".", "!", "?", "»", "”", '"'}):
        return None
    line_end = text.find("\n", colon.idx)
    line_end = len(text) if line_end < 0 else line_end
    a = colon.idx + 1
    while a < line_end and text[a] in ' \t«“"':
        a += 1
    e = line_end
    while e > a and text[e - 1] in ' \t»”"':
        e -= 1
    if len(re.findall(r"\w+", text[a:e])) < 4:
        return None
    return start, (a, e)
