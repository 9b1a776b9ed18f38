"""Verbs of the trigger lexicon the tagger read as nouns or adjectives, where the word before them
makes them verbs whatever the tagger says (round 35, evt35g):

- right after a subject clitic, or after its "ne": "il ravitaille les automobilistes", "elle ne
  surveille plus la digue" (the tagger reads "ravitaille" as an adjective lemmatised "ravitaill",
  "surveille" as a proper noun): a present of the first group, read as its infinitive;
- right after a reflexive "se": "le village se barricade", "il s'approvisionne en fèves";
- a past participle of the first group right after an auxiliary: "plusieurs cimetières ont été
  cambriolés", "ont été vaccinés" (tagged nouns);
- a present of the first group between a subject noun phrase and an object that opens with an
  article: "un commerçant du village ravitaille gratuitement le centre", "la péniche ravitaille les
  riverains" (the tagger makes it an adjective, a noun or an adverb, the object a noun of the subject):
  the subject a noun with its determiner (or a name), not inside a prepositional phrase, agreeing
  in number (``speech_mistagged`` reads misread speech verbs the same way, and its tests are reused).

Only a form whose infinitive has VERB rows in ``event_triggers.tsv`` is kept; the trigger test then
reads it against those rows (``event_triggers.match_trigger``). The statement side reads misread
speech verbs the same way (``speech_mistagged``), from the words around them.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from newsgraph import lexicons
from newsgraph.extract.event_trigger_grammar import participle_infinitive, present_infinitive
from newsgraph.extract.prepositions import DE_FORMS as DE_CASES
from newsgraph.extract.speech_mistagged import OBJECT_ARTICLES, PRESENT_ENDINGS, plural_form
from newsgraph.extract.speech_subjects import in_prepositional_phrase
from newsgraph.extract.tokens import tokens

SUBJECT_CLITICS = frozenset({"il", "elle", "ils", "elles", "on"})
"""Subject pronouns that only a finite verb follows (with at most "ne" and object clitics between)."""
NEGATIONS = frozenset({"ne", "n'", "n’"})
REFLEXIVES = frozenset({"se", "s'", "s’"})
AUXILIARIES = frozenset(
    {
        "a",
        "ont",
        "avait",
        "avaient",
        "aura",
        "auront",
        "est",
        "sont",
        "était",
        "étaient",
        "sera",
        "seront",
        "été",
    }
)
"""Forms of "avoir" and "être" that a past participle follows in a compound tense or a passive."""
MISREAD_POS = frozenset({"NOUN", "PROPN", "ADJ"})

KEY = "newsgraph.event_misread_verbs"


@lru_cache(maxsize=1)
def verb_lemmas() -> frozenset[str]:
    """The lemmas of the trigger lexicon's VERB rows (``event_triggers.triggers`` reads the same file)."""
    return frozenset(
        lem.strip() for lem, pos, *_ in lexicons.rows("event_triggers.tsv", 5, "-") if pos.strip() == "VERB"
    )


def misread_verbs(doc: Doc) -> dict[int, str]:
    """The tokens tagged NOUN, PROPN or ADJ that the word before makes verbs (the module's doc),
    each with its infinitive; once per Doc, read from the token columns."""
    found: dict[int, str] | None = doc.user_data.get(KEY)
    if found is None:
        table = tokens(doc)
        pos, lower = table.pos, table.lower
        found = doc.user_data[KEY] = {}
        for i in range(1, len(pos)):
            if (pos[i] not in MISREAD_POS and pos[i] != "ADV") or not may_have_rows(lower[i]):
                continue
            verb = (infinitive(lower, i) if pos[i] in MISREAD_POS else "") or (
                between_subject_and_object(doc[i]) and present_verb(lower[i])
            )
            if verb:
                found[i] = verb
    return found


@lru_cache(maxsize=65536)
def may_have_rows(low: str) -> bool:
    """Whether the form read as a present or a past participle of the first group gives an infinitive
    with VERB rows: the only verbs ``misread_verbs`` keeps, so a word without is never read further
    (about 5 words of 1,600 reports are kept, of every noun, adjective and adverb walked)."""
    return present_infinitive(low) in verb_lemmas() or participle_infinitive(low) in verb_lemmas()


def infinitive(lower: list[str], i: int) -> str:
    """The infinitive of the word ``i`` when the words before it make it a verb with rows, else ""."""
    before = lower[i - 1]
    if before in NEGATIONS and i >= 2:
        before = lower[i - 2] if lower[i - 2] in SUBJECT_CLITICS else ""
    if before in SUBJECT_CLITICS or before in REFLEXIVES:
        verb = present_infinitive(lower[i])
    elif before in AUXILIARIES:
        verb = participle_infinitive(lower[i])
    else:
        return ""
    return verb if verb in verb_lemmas() else ""


def present_verb(low: str) -> str:
    """The infinitive of a first-group present form with rows ("ravitaille"), else ""."""
    verb = present_infinitive(low) if low.endswith(PRESENT_ENDINGS) else ""
    return verb if verb in verb_lemmas() else ""


def between_subject_and_object(tok: Token) -> bool:
    """ "un commerçant du village ravitaille (gratuitement) le centre": a lowercase present form
    right after a subject noun phrase (walked back over a name's parts and its "de X"), before an
    article and a noun (past adverbs), agreeing with the subject in number."""
    doc, end = tok.doc, len(tok.doc)  # not the sentence's end: the parser often cuts after the verb
    if tok.text[:1].isupper() or not tok.lower_.endswith(PRESENT_ENDINGS) or not present_verb(tok.lower_):
        return False
    j = tok.i + 1
    while j < end and doc[j].pos_ == "ADV":
        j += 1
    if j + 1 >= end or doc[j].lower_ not in OBJECT_ARTICLES or doc[j + 1].pos_ not in {"NOUN", "ADJ"}:
        return False
    subject = doc[tok.i - 1]
    while subject.dep_ in {"flat:name", "flat:foreign"} and subject.head.i < subject.i:
        subject = subject.head
    while subject.head.i < subject.i and any(
        c.dep_ == "case" and c.lower_ in DE_CASES for c in subject.children
    ):
        subject = subject.head  # "le propriétaire du supermarché", "la mairie de Lyon"
    if subject.pos_ not in {"NOUN", "PROPN"} or subject.i == tok.i or in_prepositional_phrase(subject):
        return False
    if subject.pos_ == "NOUN" and not any(c.dep_ == "det" for c in subject.children):
        return False
    return subject.pos_ == "PROPN" or subject.lower_.endswith(("s", "x")) == plural_form(tok.lower_)
