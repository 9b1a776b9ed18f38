"""Who holds the opinion of a fronted "Pour X, …", and where that phrase may stand (rep33).

``speech_selon.pour_candidates`` reads "Pour X, <clause>" as X's view. Three readings here:

- the phrase opens its sentence, or follows one connective that opens it ("Mais pour eux, la
  décision est prise", "Et, pour lui, …"): the connective links the sentence to the one before and
  leaves "pour X" at the head of its clause;
- X is a holder: a name, a role, a pronoun of people (now "elles" too); or people counted or named
  as a group ("certains", "tous", "les proches", "les Italiens interrogés"), whose view the reporter
  gives only when the clause appraises ("c'est un géant qui s'en va", "la mesure est injuste"):
  "Pour les familles, l'allocation passe à 300 euros" says what they get, not what they think;
- "Pas question pour X de …", "Il n'est pas question, pour X, de …": what X rules out, X the one
  who says so (the infinitive after "de" is the thing refused, so the words run from "pas").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsgraph import lexicons
from newsgraph.extract.context import PLACE_LABELS, DocContext, doc_text
from newsgraph.extract.entities import is_role
from newsgraph.extract.prepositions import DE_FORMS
from newsgraph.extract.speaker_kinds import PLURAL_PARTITIVES
from newsgraph.extract.speaker_nouns import singular
from newsgraph.extract.speech_common import MIN_CONTENT_WORDS, Candidate, inside, strip_final_punct, words
from newsgraph.extract.speech_quotes import trim
from newsgraph.extract.speech_relay_people import nation_people, plural_people
from newsgraph.extract.speech_speakers import mentions_between
from newsgraph.extract.tokens import indexes_among, tokens

SENTENCE_MARKS = frozenset({".", "!", "?", ":", ";"})
LEAD_CONNECTIVES = frozenset({"mais", "et", "or", "donc", "alors", "aussi", "puis", "enfin", "ensuite"})
"""One word that may open a sentence before its fronted "Pour X,": it links the sentence to the one
before, and the source phrase still heads the clause ("Mais pour eux, …", "Alors, pour certains, …")."""
PEOPLE_PRONOUNS = frozenset({"lui", "elle", "eux", "elles"})
COUNTED = PLURAL_PARTITIVES | {"tous", "toutes"}
"""Bare words of people counted: "Pour certains, …", "Pour tous, …"."""
HOLDER = "holder"
PEOPLE = "people"


def previous_word(doc: Doc, i: int) -> int:
    """The index of the token before ``i`` that is no blank (a line break is a word: it ends the line)."""
    j = i - 1
    while j >= 0 and doc[j].is_space and "\n" not in doc[j].text:
        j -= 1
    return j


def sentence_opens(tok: Token) -> bool:
    """ "Pour" opens its sentence: at the text's start, after a line break or a sentence mark, or
    after one connective that does ("Mais pour eux, …", "Alors, pour certains, …")."""
    doc = tok.doc
    j = previous_word(doc, tok.i)
    if j >= 0 and doc[j].text == ",":
        j = previous_word(doc, j)  # "Alors, pour certains, …"
        if j < 0 or doc[j].lower_ not in LEAD_CONNECTIVES:
            return False
    if j >= 0 and doc[j].lower_ in LEAD_CONNECTIVES and doc[j].text[:1].isupper():
        j = previous_word(doc, j)  # "Mais pour lui, …": the capital says the connective opens it
    return j < 0 or "\n" in doc[j].text or doc[j].text in SENTENCE_MARKS


def opinion_holder(ctx: DocContext, phrase: Span, head: Token) -> str | None:
    """Whose view "Pour X, …" gives: ``HOLDER`` for a name, a role or a pronoun of people, ``PEOPLE``
    for a group counted or named by a plural noun of people or a demonym (their view only if the
    clause appraises), None for anything else ("Pour la première fois, …", "Pour cela, …")."""
    if "Inf" in phrase[0].morph.get("VerbForm", []):
        return None  # "Pour pallier le manque de bras, …": a purpose, no one named
    if any(
        m.label not in PLACE_LABELS or m.start <= head.idx < m.end or headed(phrase, m.start)
        for m in mentions_between(ctx, phrase.start_char, phrase.end_char)
    ):
        return HOLDER
    if is_role(head) or head.lower_ in PEOPLE_PRONOUNS:
        return HOLDER
    if phrase[-1].lower_ in COUNTED or nation_people(head) or (plural_people(head) and not business(head)):
        return PEOPLE
    return None


def headed(phrase: Span, start: int) -> bool:
    """A place name that is the phrase's holder (checked beside its head, "Pour beaucoup de
    Français, …"): no preposition before it ("Pour la Russie, …"); after one it hangs on another
    noun ("Pour ses vacances en Bretagne", "Pour un billet d'avion Paris-Rome"): no view held."""
    return not any(t.pos_ == "ADP" and t.idx < start for t in phrase)


BODIES = lexicons.tagged("speaker_nouns.tsv").get("body", frozenset())


def business(head: Token) -> bool:
    """A noun of premises that speak for themselves as subjects ("les magasins constatent …"): after
    "Pour", what the clause says happens to them ("Pour les restaurants, la problématique est la même")."""
    return singular(head) in BODIES


IMPERSONAL = frozenset({"n'", "n’", "ne", "est", "était", "sera", "serait"})


def impersonal_start(pas: Token) -> Token:
    """ "Il n'est pas question": the words start at "il"; "Pas question": at "pas"."""
    doc, j = pas.doc, pas.i - 1
    while j >= max(0, pas.i - 4) and doc[j].lower_ in IMPERSONAL:
        j -= 1
    return doc[j] if j >= 0 and j < pas.i - 1 and doc[j].lower_ == "il" else pas


RULED_OUT = frozenset({"question"})
"""The noun of "pas question": "hors de question" and "exclu" also rule out, but with "pour X"
they say for whom it is excluded as often as who excludes it."""
INFINITIVE_DE = frozenset({"de", "d'", "d’"})
"""The "de" of "pas question de <infinitive>" (never "du", "des")."""
HOLDER_REACH = 8  # tokens from "pour" to the "de" of the infinitive: "pour la plupart d'entre vous,"
RULE = "pas-question"


def pas_question_candidates(ctx: DocContext, quotes: list[tuple[int, int]]) -> list[Candidate]:
    """ "Pas question pour le patron de fermer l'usine", "Il n'est pas question, pour X, de …": X
    rules out the infinitive; the words run from "pas" (or the "il" before it) to the clause's end."""
    doc, text = ctx.sdoc, doc_text(ctx.sdoc)
    out = []
    lower = tokens(doc).lower
    for i in indexes_among(doc, RULED_OUT):  # from the table's index of the noun: few reports hold it
        if not 1 <= i < len(doc) - 3 or lower[i - 1] != "pas":
            continue
        noun = doc[i]
        if inside(quotes, noun.idx):
            continue
        k = i + 1 + (doc[i + 1].text == ",")
        if doc[k].lower_ != "pour":
            continue
        de = next(
            (t for t in doc[k + 1 : min(len(doc), k + HOLDER_REACH)] if t.lower_ in INFINITIVE_DE), None
        )
        if de is None or de.i + 1 >= len(doc) or "Inf" not in doc[de.i + 1].morph.get("VerbForm", []):
            continue
        phrase = doc[k + 1 : de.i - (doc[de.i - 1].text == ",")]
        head = next((t for t in phrase if t.pos_ in {"NOUN", "PROPN", "PRON"}), None)
        if not len(phrase) or head is None or opinion_holder(ctx, phrase, head) != HOLDER:
            continue
        start = impersonal_start(doc[i - 1])
        end = min(noun.sent.end_char, (text.find("\n", noun.idx) + 1 or len(text) + 1) - 1)
        content = strip_final_punct(text, trim(text, start.idx, end))
        if words(text[content[0] : content[1]]) >= MIN_CONTENT_WORDS:
            out.append(
                Candidate(
                    content, False, "pas question", noun, speaker_head=head, position=noun.idx, rule=RULE
                )
            )
    return out


CLAUSE_OPENERS = {"il", "elle", "c'", "c’", "ce", "ça", "cela", "on", "ils", "elles"}
"""Subject pronouns that can open the clause after a bare quantifier with no comma."""


def unpunctuated_quantifier(pour: Token) -> Token | None:
    """ "Pour certains cette mesure est artificielle": a bare quantifier ("certains", "d'autres",
    "beaucoup") with no comma before its clause, which opens on a determiner that is not "de" (a
    noun after the quantifier would make it a determiner: "Pour certains produits") or a subject
    pronoun: the clause's first token."""
    doc = pour.doc
    k = pour.i + 1
    if k < len(doc) and doc[k].lower_ in DE_FORMS:
        k += 1  # "d'autres"
    if (
        k + 1 >= len(doc)
        or doc[k].lower_ not in PLURAL_PARTITIVES
        or doc[k].pos_ not in {"PRON", "ADJ", "ADV"}
    ):
        return None
    nxt = doc[k + 1]
    if nxt.lower_ in CLAUSE_OPENERS or (nxt.pos_ == "DET" and nxt.lower_ not in DE_FORMS | {"aux", "au"}):
        return nxt
    return None
