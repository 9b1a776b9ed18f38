"""Dates an event takes from a clause above its own (round 33): the time set before the sentence's
main clause ("Vendredi 17 juin au soir, ...", also after a heading the text runs into the sentence
with no full stop, round 40) and the time of the clause a "lorsque" clause hangs on ("Tout a
commencé le 15 décembre, lorsqu'a débuté la vaccination")."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from newsgraph.extract import timex
from newsgraph.extract.context import doc_text
from newsgraph.extract.event_cache import morph_feats
from newsgraph.extract.event_date_bounds import CALENDAR, in_until_phrase, until_bound
from newsgraph.extract.event_parse import lemma
from newsgraph.extract.timex_calendar import lexicon as time_lexicon
from newsgraph.lexicons import speech_verbs
from newsgraph.model import TimeMention, TimeValue


def fronted_date(token: Token, times: list[TimeMention]) -> TimeValue | None:
    """The time said before the sentence's main clause and closed by a comma ("Vendredi 17 juin au
    soir, il faisait 30 °C, alors les parcs ont été pris d'assaut", "À Melun, fin mars, un arbitre
    a frôlé le lynchage"): it sets the day of every event of the clauses under the verb it hangs
    on, the trigger's own clause having none. Not through a relative clause ("une semaine après
    les incidents qui ont émaillé le match": before that day), a noun's "de X" ("le procès de
    l'attentat"), nor under a verb of saying or announcing (the day it was said); not "jusqu'à X"
    (a stretch's bound); "Depuis lundi 26 septembre, la récolte est lancée" dates the start."""
    sent = token.sent
    said_before = [t for t in times if sent.start_char <= t.start < t.end <= token.idx]
    for tm in sorted(said_before, key=lambda t: t.start):  # "Ce mardi soir à minuit,": the day first
        if not CALENDAR.match(tm.value):
            continue
        words = [x for x in sent if tm.start <= x.idx < tm.end]
        phrase = fronted_phrase(sent, words)
        glued = glued_phrase(sent, words) if phrase is None else None
        phrase = phrase or glued
        if phrase is None or until_bound(doc_text(sent.doc), tm) or in_until_phrase(words[0]):
            continue
        if tm.precision != "day" and any(x.lower_ == "depuis" for x in phrase):
            continue  # "Depuis le début de l'année, 180 000 éclairs ont touché le pays": a stretch
        inside = {x.i for x in phrase}
        if glued:
            head = clause_after(sent, phrase[-1])
        else:
            head = next((x.head for x in phrase if x.head.i not in inside), None)
        if head is None or not clause_head(head) or said(head):
            continue
        if reaches(token, head):
            return TimeValue(tm.value, tm.precision)
    return None


def fronted_phrase(sent: Span, words: list[Token]) -> list[Token] | None:
    """The phrase between commas a time expression opens the sentence with ("Vendredi 8 mars au
    soir,", "Dans la soirée du jeudi 7 mars,", "Depuis lundi,"): one phrase without a verb, with
    nothing before it but a conjunction or an adverb ("Et mardi soir,") or another fronted phrase
    without a verb ("À Melun, fin mars,"); None for any other time."""
    if not words:
        return None
    doc = sent.doc
    end = next((x.i for x in doc[words[-1].i + 1 : sent.end] if x.text == ","), None)
    start = max([sent.start, *(x.i + 1 for x in doc[sent.start : words[0].i] if x.text == ",")])
    while start < words[0].i and doc[start].pos_ in OPENERS:
        start += 1
    if end is None or any(x.pos_ in {"VERB", "AUX"} for x in doc[sent.start : end]):
        return None
    phrase = list(doc[start:end])
    inside = {x.i for x in phrase}
    roots = [x for x in phrase if x.head.i not in inside]
    if len({x.head.i for x in roots}) != 1:  # "Samedi" and "9" may both hang on the verb
        return None
    said = {x.i for x in words}
    # the phrase is the time's: "Privés de salon en 2021 à cause du Covid," is not
    return phrase if all(x.i in said or lemma(x) in TIME_NOUNS for x in roots) else None


def glued_phrase(sent: Span, words: list[Token]) -> list[Token] | None:
    """A time phrase that opens a sentence run into the heading before it, which the text gives
    without a full stop ("Des prix qui flambent En février, la consommation a baissé", "Un
    chantier à l'arrêt Lundi 11 mars, les ouvriers ont ..."): a capitalised word that opens
    sentences (``GLUED_OPENERS``, a weekday) right after a word in lower case, the time phrase from
    it to a comma without a verb; None for any other time."""
    if not words:
        return None
    doc = sent.doc
    first = next(
        (x for x in doc[max(sent.start + 1, words[0].i - 1) : words[0].i + 1] if x.text[:1].isupper()), None
    )
    if first is None or first.i <= sent.start or first.lower_ not in GLUED_OPENERS | weekdays():
        return None
    before = doc[first.i - 1]
    if not before.is_alpha or not before.text[-1:].islower() or before.whitespace_ == "":
        return None
    if any(not x.is_alpha and not x.like_num for x in doc[first.i : words[0].i]):
        return None
    end = next((x.i for x in doc[words[-1].i + 1 : sent.end] if x.text == ","), None)
    if end is None or any(x.pos_ in {"VERB", "AUX"} for x in doc[first.i : end]):
        return None
    phrase = list(doc[first.i : end])
    said = {x.i for x in words}
    inside = {x.i for x in phrase}
    roots = [x for x in phrase if x.head.i not in inside]
    return phrase if all(x.i in said or lemma(x) in TIME_NOUNS or x.is_punct for x in roots) else None


def clause_after(sent: Span, last: Token) -> Token | None:
    """The verb of the clause that follows a glued heading's time phrase (whose parse is hung on the
    heading): the verb after the phrase's comma that no other word after it governs."""
    doc = sent.doc
    after = range(last.i + 2, sent.end)
    return next(
        (
            x
            for x in doc[last.i + 2 : sent.end]
            if x.pos_ in {"VERB", "AUX"}
            and not x.dep_.startswith("aux")
            and x.dep_ != "cop"
            and (x.head.i not in after or x.head.i == x.i)
        ),
        None,
    )


@cache
def weekdays() -> frozenset[str]:
    return frozenset(w.lower() for w in time_lexicon()["weekdays"])


def clause_head(t: Token) -> bool:
    """A verb, or a word said with "être" ("la tension était vive")."""
    return t.pos_ in {"VERB", "AUX"} or any(c.dep_ == "cop" for c in t.children)


def reaches(token: Token, head: Token) -> bool:
    """Whether ``token`` lies in the clauses under ``head``, up a chain of clauses and a noun's
    direct links to its verb: no relative clause, no noun under another noun, no verb of saying."""
    node = token
    while node.i != head.i:
        if node.head.i == node.i or node.dep_ == "acl:relcl":
            return False
        if node.pos_ in {"NOUN", "PROPN"} and node.dep_ == "nmod":
            return False
        if node.i != token.i and said(node):
            return False
        if done_before(node):
            return False
        node = node.head
    return True


def done_before(verb: Token) -> bool:
    """A past infinitive of cause or sequence ("poursuivi pour avoir agressé", "après avoir tiré"):
    done before the time of the verb it hangs on."""
    if verb.pos_ not in {"VERB", "AUX"} or not any(c.dep_.startswith("aux") for c in verb.children):
        return False
    return "Inf" in morph_feats(next(c for c in verb.children if c.dep_.startswith("aux"))).get(
        "VerbForm", []
    )


def said(verb: Token) -> bool:
    """A verb of saying or announcing that takes what is said as its argument ("a déclaré que", "a
    évoqué l'attaque", "a parlé du bombardement"): the time it carries is when something was said."""
    return lemma(verb) in saying()


@cache
def saying() -> frozenset[str]:
    told = {w for w, frames in speech_verbs().items() if frames & {"clause", "np", "pp"}}
    return frozenset(told | ANNOUNCING)


def when_clause_date(token: Token, sdoc: Doc, times: list[TimeMention]) -> TimeValue | None:
    """The time of the clause a "lorsque"/"quand" clause hangs on, for an event told in that clause
    ("Tout a commencé le 15 décembre, lorsqu'a débuté la vaccination"; "l'incendie s'est déclaré
    mardi, quand les pompiers sont intervenus"): at that time, by the conjunction's meaning."""
    nominal = token.pos_ in {"NOUN", "PROPN"} and token.dep_ in {"nsubj", "nsubj:pass", "obj"}
    verb = token.head if nominal else token
    if verb.dep_ != "advcl" or verb.head.i == verb.i or said(verb.head):
        return None
    # the conjunction as the parse hangs it: "lorsqu'" as a mark, "lorsqu’" (curly) at times as a subject
    if not any(c.i < verb.i and c.lower_.rstrip("'’") in WHEN_MARKS for c in verb.children):
        return None
    found, _ = timex.event_date(sdoc, verb.head.i, times, None)
    return found


TIME_NOUNS = frozenset(
    {"soirée", "nuit", "matinée", "journée", "matin", "soir", "après-midi"}
    | {"début", "fin", "milieu", "week-end"}
)
"""Nouns of a part of a day or of a stretch that a fronted time phrase may be headed by ("Dans la
soirée du jeudi 7 mars,", "Au début du mois de mai,")."""
OPENERS = frozenset({"CCONJ", "ADV", "PUNCT"})
"""What may stand before a fronted time ("Et mardi soir,", "Puis, lundi,")."""
GLUED_OPENERS = frozenset({"en", "le", "ce", "cette", "depuis", "dès", "dans", "hier", "début", "fin", "mi"})
"""Words that open a time phrase at the start of a sentence glued to a heading ("En février,",
"Le 3 mars,", "Ce lundi,", "Hier soir,"), besides the weekdays."""
ANNOUNCING_VERBS = frozenset({"annoncer", "décider", "décréter", "programmer", "planifier"})
"""Verbs of announcing or deciding whose object noun is an act to come: the time said before the
noun is the announcement's ("annoncent ce soir une grève"), not the act's (``event_dates``)."""
ANNOUNCING = ANNOUNCING_VERBS | {"prévoir"}
"""The same and "prévoir" ("a prévu lundi une réunion"), for a fronted time: its time is the
announcement's."""
WHEN_MARKS = frozenset({"lorsque", "lorsqu", "quand"})
"""Conjunctions of a clause that happens at the time of the clause it hangs on."""
