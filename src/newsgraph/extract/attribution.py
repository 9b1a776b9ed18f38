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

from bisect import bisect_left
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.attribution_phrases import (
    OBJECT_CLITICS,
    adverbial_phrase,
    descriptive_adjective,
    heard_from,
    incise_form,
    periphrastic_verb,
    subject_before_quote,
)
from newsgraph.extract.attribution_phrases import (  # re-exported: the grammar's modules read them here
    apposition_end as apposition_end,
)
from newsgraph.extract.attribution_phrases import (
    clause_end as clause_end,
)
from newsgraph.extract.attribution_phrases import (
    new_clause_after as new_clause_after,
)
from newsgraph.extract.attribution_phrases import (
    no_comment as no_comment,
)
from newsgraph.extract.attribution_phrases import (
    np_head as np_head,
)
from newsgraph.extract.attribution_phrases import (
    se_dire_content as se_dire_content,
)
from newsgraph.extract.attribution_phrases import (
    transcript_turn as transcript_turn,
)
from newsgraph.extract.attribution_press import learned_source, named_addressee
from newsgraph.extract.attribution_sources import source_phrase as source_phrase
from newsgraph.extract.context import doc_text, per_doc, token_starts
from newsgraph.extract.entities import is_role
from newsgraph.extract.speaker_nouns import speaker_kind
from newsgraph.extract.speech_lexicon import (
    AUXILIARIES,
    REFLEXIVE,
    SUBJECT_CLITICS,
    SpeechVerb,
    form_lemma,
    multiword_phrase,
    speech_verbs,
)
from newsgraph.extract.speech_lexicon import (
    has_reflexive as has_reflexive,  # re-exported: the grammar's modules read them here
)
from newsgraph.extract.speech_lexicon import (
    speech_verb as speech_verb,
)
from newsgraph.extract.speech_quotes import CLOSING_MARKS, OPENING_MARKS

QUOTE_CLOSERS = CLOSING_MARKS | {"“"}  # “ also closes a German-style „ … “
QUOTE_OPENERS = OPENING_MARKS
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
LEARNED = SpeechVerb("apprendre", frozenset({"inv"}), 2, "say")


def can_speak_noun(tok: Token) -> bool:
    """A noun of people or a role ("lycéens", "élus"), not a thing ("outils")."""
    return tok.pos_ in {"NOUN", "ADJ"} and (is_role(tok) or speaker_kind(tok) is not None)


def is_incise_filler(tok: Token) -> bool:
    """An adverb or a time phrase word between the parts of an incise
    ("ajoute encore", "explique ce lundi")."""
    low = tok.lower_
    if low not in INCISE_ADVERBS and form_lemma(tok.text) is not None:
        return False  # "estime" tagged as an adverb is the verb of the incise
    return (
        low in INCISE_ADVERBS
        or low in TIME_NOUNS
        or (tok.pos_ == "ADV" and low not in {"ne", "n'", "n’", "pas"})
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
    while j < limit and doc[j].lower_ in REFLEXIVE | OBJECT_CLITICS and j - i < 4:  # "nous explique X"
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
        while k < limit and (is_incise_filler(doc[k]) or adverbial_phrase(doc, k, limit)):
            k += adverbial_phrase(doc, k, limit) or 1  # "a de son côté déclaré", "s'est par exemple …"
        if k < limit:
            verb_tok = doc[k]
    periphrase = periphrastic_incise(doc, verb_tok.i, limit)
    if periphrase is not None:
        return periphrase
    if (learned := learned_source(doc, verb_tok, limit, is_incise_filler)) is not None:
        return Incise(verb_tok, LEARNED, learned[0], learned[1])  # "a-t-on appris de source policière"
    entry = speech_verb(verb_tok, any_pos=True)
    if entry is None or "inv" not in entry.frames:
        return None
    if verb_tok.i == j and not incise_form(verb_tok):
        return None  # "« … », estimant que …": a participle continues the sentence, it attributes nothing
    k = verb_tok.i + 1
    if k < limit and doc[k].lower_ in {"-t", "-t-"}:  # "estime-t-il" tokenized "estime" "-t" "-il"
        k += 1
    if entry.lemma.count("_"):  # "fait savoir", "fait-il valoir": skip the rest of the phrase
        phrase = multiword_phrase(verb_tok)
        k = phrase[1].i + 1 if phrase is not None else k + entry.lemma.count("_")
    clitic = next((t for t in doc[verb_tok.i - 2 : min(limit, k + 1)] if t.lower_ in SUBJECT_CLITICS), None)
    if clitic is not None:
        return Incise(verb_tok, entry, clitic, max(k, clitic.i + 1))
    subject = inverted_subject(doc, k, limit)
    if subject is None:
        return None
    if subject.dep_ == "obj" and subject_before_quote(verb_tok, i):
        return None  # "Son adjoint, auteur de « La Ville verte », défend un projet": no inversion
    return Incise(verb_tok, entry, subject, subject.i + 1)


def periphrastic_incise(doc: Doc, i: int, limit: int) -> Incise | None:
    """ "fait-il remarquer", "fait-elle valoir", "tient-il à préciser": the lexicon's phrase
    ("faire_remarquer") or the infinitive's own entry, with the clitic between as subject."""
    found = periphrastic_verb(doc, i, limit, SUBJECT_CLITICS)
    if found is None:
        return None
    infinitive, clitic = found
    phrase = speech_verbs().get(f"{doc[i].lemma_.lower()}_{infinitive.lower_}")
    entry = phrase[0] if phrase else speech_verb(infinitive, any_pos=True)
    if entry is None or not ({"inv", "clause"} & entry.frames):
        return None
    return Incise(infinitive, entry, clitic, infinitive.i + 1)


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
    if doc[k].lemma_ == "entendre" and (heard := heard_from(doc, k + 1, limit)) is not None:
        return Incise(doc[k], SpeechVerb("entendre", frozenset({"inv"}), 1, "say"), heard, heard.i + 1)
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
        and doc[end].text not in OPENING_MARKS | {",", ".", ";", "!", "?", "(", ":"}
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
    skip_to = k
    for j in range(k, min(limit, k + 16)):
        t = doc[j]
        if t.text in {".", "!", "?", ";", ":", "(", ")"} | QUOTE_OPENERS | QUOTE_CLOSERS or "\n" in t.text:
            return None
        if t.text == ",":
            in_pp = False
            continue
        if j < skip_to:
            continue
        if not in_pp and (n := adverbial_phrase(doc, j, limit)):
            skip_to = j + n  # "répondent par exemple des lycéens": not a prepositional phrase
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
                and not named_addressee(doc, j, limit)
            ):
                in_pp = False
            elif (
                t.pos_ == "PROPN"
                and prev.pos_ in {"NOUN", "PROPN"}
                and prev.text[:1].islower()
                and j > k + 2
                and not named_addressee(doc, j, limit)
            ):
                in_pp = False  # "confie au micro de TF1 Jean Martin" is rare; names after a common noun
            else:
                continue
        if low in {"ce", "cet", "cette"} and j + 1 < limit and doc[j + 1].lower_ in TIME_NOUNS:
            continue
        if is_date_word(doc, j, limit):
            continue  # "a affirmé, mardi 5 avril, l'ambassadeur": a date between verb and subject
        if (
            t.pos_ == "NOUN"
            and j + 1 < limit
            and doc[j + 1].lower_ in {"à", "au", "aux"}
            and not (j > k and doc[j - 1].pos_ == "DET")
        ):
            in_pp = True  # "suite à", "face à", "grâce à": a noun that makes a preposition
            continue
        if (is_incise_filler(t) or descriptive_adjective(t, limit)) and t.pos_ != "PROPN":
            continue
        if t.pos_ in {"DET", "PROPN", "NOUN", "ADJ", "NUM", "PRON", "VERB", "X"} or t.text[:1].isupper():
            return np_head(doc, j, limit)
        if low == "des" and j + 1 < limit and can_speak_noun(doc[j + 1]):
            return np_head(doc, j + 1, limit)  # "des" tagged a preposition: "répondent des lycéens"
        return None
    return None


MONTHS = frozenset(
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
)


def is_date_word(doc: Doc, j: int, limit: int) -> bool:
    """A day number, a month or a year of a date ("mardi 5 avril 2022", "le 3 mai")."""
    t = doc[j]
    if t.lower_ in MONTHS:
        return True
    if t.pos_ != "NUM" and not t.text.isdigit():
        return False
    near = doc[max(0, j - 1) : min(limit, j + 2)]
    return any(n.lower_ in MONTHS for n in near)


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


@per_doc("newsgraph.incise_after_quote")  # four rules ask about each quote
def incise_after_quote(doc: Doc, qe: int) -> Incise | None:
    """« … », estime X / a-t-il déclaré / peut-on lire dans le rapport."""
    i = closing_quote_end(doc, qe)
    if i is None or "\n" in doc[i - 1].text:
        return None
    text = doc_text(doc)
    between = text[qe : doc[i].idx]
    clitic = any(t.lower_ in SUBJECT_CLITICS for t in doc[i : min(len(doc), i + 4)])
    if (
        "," not in between
        and not clitic
        and not text[max(0, qe - 12) : qe].rstrip(' »”"›').endswith(("?", "!", "…", "..."))
    ):
        return None  # « … » inquiète les maires: without a comma only « …?! » or « … » dit-il takes an incise
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


def incise_before_quote(doc: Doc, qs: int) -> Incise | None:
    """Inversement, poursuit l'ingénieur, « … » / Une distinction rare, indique X : « … »: an
    inverted incise between a comma and the quote it introduces."""
    q = bisect_left(token_starts(doc), qs)
    while q > 0 and (doc[q - 1].text in QUOTE_OPENERS or doc[q - 1].is_space):
        q -= 1
    i = q - 1
    if i < 2 or doc[i].text not in {",", ":"}:
        return None
    for j in range(i - 1, max(doc[i].sent.start, i - 12), -1):
        if doc[j - 1].text != ",":
            continue
        found = incise_at(doc, j, i)
        if found is None or found.document is not None:
            return None
        if any(
            c.dep_ in {"nsubj", "nsubj:pass"} and c.i < j - 1 and not (c.i == j - 2 and not list(c.children))
            for c in found.verb.children
        ):
            return None  # "Marie, qui …, regrette la fin de la prime : « … »": not inverted ("Inversement,
            # poursuit X" misread as a subject is one word before the comma)
        between = doc[found.verb.i + 1 : i]
        if any(t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm", []) for t in between):
            return None
        return found
    return None
