"""The date of an event beyond a time expression of its own clause: the verb its noun is the
subject of ("le verdict est tombé mercredi soir", "deux incendies ont ravagé la forêt jeudi"), the
relative clause that tells it ("l'incendie qui s'est déclaré mardi"), a day counted from the date
of the sentence ("lundi 13 juin, au lendemain du premier tour": the 12th; "deux jours après la
frappe"), else the story's day the report's lead tells (a TV report published the day after it was
filmed: ``timex_story``), as statements take it; with none of these, the publication date, marked
as such."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Literal

from spacy.tokens import Doc, Token

from newsgraph.extract import timex
from newsgraph.extract.event_cache import morph_feats
from newsgraph.extract.event_date_bounds import CALENDAR, CLIMB
from newsgraph.extract.event_date_fronted import ANNOUNCING_VERBS, fronted_date, when_clause_date
from newsgraph.extract.event_date_report import report_day
from newsgraph.extract.event_modality import modality
from newsgraph.extract.event_parse import lemma
from newsgraph.extract.prepositions import DE_FORMS as DE_WORDS
from newsgraph.extract.timex_dating import lead_story_day
from newsgraph.extract.timex_tense import AUX_DEPS
from newsgraph.model import Modality, TimeMention, TimeValue

Source = Literal["text", "publication"]

SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass"})

DAY_SHIFTS = {"lendemain": -1, "veille": 1}
"""How far the event named after "au lendemain de", "la veille de" lies from the day the phrase
dates: the day before the day after it, the day after the day before it."""

SHIFT_UNITS = {"jour": 1, "semaine": 7}
"""Units of "deux jours après la frappe", "une semaine avant le scrutin", in days."""

NUMBERS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8}


def later_date(
    token: Token,
    sdoc: Doc,
    times: list[TimeMention],
    anchor: TimeValue | None,
    at_start: bool,
    mode: Modality = "asserted",
) -> tuple[TimeValue | None, Source | None]:
    """The date of the event ``token`` names when its own clause dates nothing: the verb its noun is
    the subject or a circumstance of, its relative clause, a day counted from the sentence's date,
    the clause a "lorsque" clause hangs on, the time that opens the sentence ("Vendredi, ..."),
    else the story's day (``at_start``: ``sdoc`` begins its text; the lead's, else the day before
    the publication the report names anywhere, ``report_day``) for an event told as done (not
    one announced or possible: "une attaque imminente" is not on the day the lead tells), else the
    publication date ``anchor``."""
    found = (
        counted_date(token, sdoc, times, anchor)
        or predicate_date(token, sdoc, times)
        or trailing_date(token, times)
        or when_clause_date(token, sdoc, times)
        or fronted_date(token, times)
    )
    if found is None and at_start and not undone(token, mode) and not pluperfect(token):
        found = lead_story_day(sdoc, times, anchor) or report_day(token, sdoc, times, anchor)
    if found is not None:
        return found, "text"
    return (anchor, "publication") if anchor is not None else (None, None)


def undone(token: Token, mode: Modality) -> bool:
    """An event told as announced, possible or denied, itself or through the verb its noun is the
    subject of ("une tempête pourrait frapper la région"), or by an infinitive or a gerund (an aim
    or a means, not a deed of the story's day)."""
    if mode in UNDONE:
        return True
    verb = token.head if token.pos_ in {"NOUN", "PROPN"} and token.dep_ == "obj" else token
    if verb.pos_ == "VERB" and aim_or_means(verb):
        return True  # "peur de porter plainte", "en nommant deux ministres": a purpose or a means
    if token.pos_ not in {"NOUN", "PROPN"} or token.dep_ not in SUBJECT_DEPS:
        return False
    verbs = [token.head, *(c for c in token.head.children if c.dep_ == "xcomp")]  # "pourrait frapper"
    return any(modality(v) in UNDONE for v in verbs)


def aim_or_means(verb: Token) -> bool:
    """An infinitive or a present participle ("pour remplacer", "en nommant")."""
    form = morph_feats(verb).get("VerbForm", [])
    return "Inf" in form or ("Part" in form and "Pres" in morph_feats(verb).get("Tense", []))


def governing(verb: Token, sdoc: Doc, times: list[TimeMention]) -> TimeValue | None:
    """The time expression that governs ``verb`` (as a statement's verb is dated), else None."""
    found, _ = timex.event_date(sdoc, verb.i, times, None)
    return found


def predicate_date(token: Token, sdoc: Doc, times: list[TimeMention]) -> TimeValue | None:
    """For a noun: the date of the verb it is the subject of ("l'orage s'est abattu mercredi") or
    of the relative or participial clause that tells what it did ("la frappe qui a détruit le pont
    samedi", "l'incendie déclaré mardi")."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return None
    head = token.head
    if token.dep_ == "amod" and head.pos_ in {"NOUN", "PROPN"} and head.i != token.i:
        # "ont été en vigilance orange ce mercredi" parsed "vigilance" as a modifier of "orange",
        # the predicate noun the time hangs on: the name the trigger begins is what is dated
        said = any(c.dep_ == "cop" for x in (token, head) for c in x.children)  # "ont été en vigilance"
        if said and (found := governing(head, sdoc, times)) is not None:
            return found
    verbs = [c for c in token.children if c.dep_ in {"acl:relcl", "acl"} and c.pos_ in {"VERB", "AUX"}]
    if (frame := span_head(token)) is not None:  # "une séance de négociations est prévue mardi"
        token = frame
    if token.dep_ in SUBJECT_DEPS and is_clause_head(token.head):
        verbs.insert(0, token.head)
    elif (top := circumstance(token)) is not None:
        # the clause the noun is a circumstance of, then, for an infinitive or a relative clause, the
        # clause it belongs to ("a commencé il y a six ans à travailler à l'ouverture", "ce jour de
        # 2009 où elle a été blessée dans une explosion"), not the one above another clause
        verbs[:0] = [top, *([top.head] if top.dep_ in PART_OF_HEAD and top.head.i != top.i else [])]
    for verb in verbs:
        if (found := governing(verb, sdoc, times)) is not None:
            return found
    return next((found for verb in verbs if (found := since_day(verb, times)) is not None), None)


def since_day(verb: Token, times: list[TimeMention]) -> TimeValue | None:
    """The day "depuis" opens in the clause of the verb a noun is the subject of ("la guerre sévit
    depuis jeudi 24 février", "les frappes ont plongé la ville dans le noir depuis mercredi", "la
    grève qui paralyse le réseau depuis lundi"): the day the event that goes on began (as a
    fronted "Depuis lundi 26 septembre," dates it, ``fronted_date``); a day only ("depuis 2014",
    "depuis le début de l'année": a stretch, not when it happened)."""
    doc = verb.doc
    sent = verb.sent
    for tm in times:
        if not sent.start_char <= tm.start < sent.end_char or tm.precision != "day":
            continue
        if not CALENDAR.match(tm.value) or not SINCE.search(doc.text[max(0, tm.start - 16) : tm.start]):
            continue
        span = doc.char_span(tm.start, tm.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        if root.dep_ == "nmod" and root.head.dep_ == "obj" and root.head.i < root.i:
            root = root.head  # "privé la ville d'électricité depuis mardi": hung on the object
        if root.head.i == verb.i and root.dep_ in SINCE_DEPS:
            return TimeValue(tm.value, tm.precision)
    return None


SINCE = re.compile(r"(?:^|\s)depuis\s+(?:le\s+|ce\s+)?$", re.IGNORECASE)
""""depuis" right before a time expression ("depuis lundi", "depuis le 3 mars", "depuis ce matin")."""
SINCE_DEPS = frozenset({"obl", "obl:mod", "advmod", "obj"})
"""How a time hangs on the verb it dates (or the object the parse hung it on does)."""


def span_head(token: Token) -> Token | None:
    """The noun of a stretch of time or of a phase whose bare "de X" the event is ("une séance de
    négociations", "une journée de grève", "une nuit d'émeutes", "le début des travaux"): what the
    clause says of that noun it says of the event ("une journée de grève est prévue jeudi")."""
    head = token.head
    if token.dep_ != "nmod" or head.i >= token.i or head.pos_ != "NOUN":
        return None
    if lemma(head) not in SPAN_NOUNS:
        return None
    return head if any(c.dep_ == "case" and c.lower_ in DE_WORDS for c in token.children) else None


SPAN_NOUNS = frozenset(
    {"séance", "journée", "nuit", "soirée", "matinée", "week-end", "semaine", "jour"}
    | {"début", "départ", "reprise", "regain", "recrudescence"}
)
"""Nouns of a stretch of time an event fills ("une journée de grève", "une nuit d'émeutes"), and of
its start or return ("le début de l'invasion, le 24 février"); not of what leads to it ("la
campagne des élections est lancée lundi": not the vote's day) nor of its end."""


def trailing_date(token: Token, times: list[TimeMention]) -> TimeValue | None:
    """For a noun: the time expression said right after its phrase that the parser hung elsewhere
    than on a clause ("les antécédents du suspect dans l'attaque à Paris ce vendredi", "vendredi"
    hung on "antécédents"; "L'attaque à Paris ce mardi a fait trois morts", "mardi" read as the
    subject); only before the verb the noun's phrase depends on (after it, a time at the end of
    the clause is the verb's however hung: "a appris la nouvelle de sa mort il y a un mois"), not
    one that is a verb's circumstance ("a évoqué l'attaque samedi": when it was said), nor one
    after a comma."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return None
    end = token.right_edge
    doc = token.doc
    if end.i + 1 >= len(doc):
        return None
    nxt = doc[end.i + 1]
    verb = token
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ in {"VERB", "AUX"} and verb.i < nxt.i:
        return None  # (no verb above: the parser made the noun's phrase the root, the verb after it)
    for tm in times:
        if tm.start != nxt.idx or not CALENDAR.match(tm.value):
            continue
        words = [x for x in doc[nxt.i :] if x.idx < tm.end]
        head = next((x for x in words if not tm.start <= x.head.idx < tm.end), None)
        if head is None or head.dep_ in CIRCUMSTANCE_DEPS | {"advmod"}:
            return None
        return TimeValue(tm.value, tm.precision)
    return None


def circumstance(token: Token) -> Token | None:
    """The head of the clause whose circumstance ``token`` belongs to ("à l'annonce du résultat",
    "sont au plus haut niveau d'alerte"), climbing "de X" links over nouns that frame an event at
    the clause's time; None when the noun phrase is an argument of its verb ("a évoqué les
    attentats": not when they happened) or hangs on a noun that may outlast it ("le bilan des
    inondations")."""
    node = token
    for _ in range(CLIMB):
        if node.dep_ in CIRCUMSTANCE_DEPS and is_clause_head(node.head):
            return node.head
        if node.dep_ != "nmod" or node.head.pos_ != "NOUN" or node.head.i == node.i:
            return None
        node = node.head
        if lemma(node) not in FRAME_NOUNS:
            return None
        if is_clause_head(node):
            return node  # "sont au plus haut niveau d'alerte": the predicate noun
    return None


def is_clause_head(t: Token) -> bool:
    """A verb, or an adjective or noun said with "être" ("est grande", "sont au niveau")."""
    return t.pos_ in CLAUSE_HEADS or any(c.dep_ == "cop" for c in t.children)


PART_OF_HEAD = frozenset({"xcomp", "acl:relcl"})
"""Clauses whose time is the one of the word they hang on: an infinitive complement, a relative."""
CIRCUMSTANCE_DEPS = frozenset({"obl:mod", "obl", "obl:agent"})
"""How a noun hangs on the clause that dates it: a circumstance, or the "par X" of a passive ("la
centrale a été visée samedi par des bombardements": the shelling is of that Saturday)."""
CLAUSE_HEADS = frozenset({"VERB", "AUX", "ADJ"})
FRAME_NOUNS = frozenset({"annonce", "niveau", "moment", "occasion", "heure", "jour", "soir", "matin", "lors"})
"""Nouns that frame an event at the time of the clause ("à l'annonce du résultat", "au plus haut
niveau d'alerte"), unlike a noun that may outlast it ("le bilan des inondations s'est alourdi")."""

UNDONE = frozenset({"future", "hypothetical", "negated"})


def counted_date(
    token: Token, sdoc: Doc, times: list[TimeMention], anchor: TimeValue | None
) -> TimeValue | None:
    """The day of an event said from another day: "au lendemain du premier tour" (the day before
    the day the phrase dates), "à la veille du sommet" (the day after), "deux jours après la
    frappe" (two days before). The phrase dates the day of the date it hangs on ("lundi 13 juin, au
    lendemain de"), else of the verb it hangs on, else the publication day (present tense)."""
    found = shift_of(token)
    if found is None:
        return None
    phrase, days = found
    base = phrase.head
    ref: TimeValue | None = None
    if base.i != phrase.i:
        ref = date_at(base, sdoc, times) or governing(base, sdoc, times)
    if ref is None and present(base):
        ref = anchor
    day = day_of(ref)
    if day is None:
        return None
    return TimeValue((day + timedelta(days=days)).isoformat(), "day")


def shift_of(token: Token) -> tuple[Token, int] | None:
    """The phrase that counts the event's day from another ("lendemain" in "au lendemain du vote",
    "jours" in "deux jours après la frappe") and by how many days the event lies from that day."""
    head = token.head
    if head.i == token.i:
        return None
    if token.dep_ == "nmod" and (shift := DAY_SHIFTS.get(lemma(head))) is not None:
        return head, shift
    if token.dep_ == "nmod" and lemma(head) in SHIFT_UNITS and any(c.lower_ == "à" for c in head.children):
        n = count_of(head)  # "à trois jours du second tour": the vote is three days ahead
        return (head, n * SHIFT_UNITS[lemma(head)]) if n is not None else None
    cases = {c.lower_ for c in token.children if c.dep_ in {"case", "fixed"}}
    unit = next((c for c in token.children if c.dep_ in {"nmod", "obl:mod"} and c.i < token.i), None)
    if unit is None or lemma(unit) not in SHIFT_UNITS or not cases & {"après", "avant"}:
        return None
    n = count_of(unit)
    if n is None:
        return None
    days = n * SHIFT_UNITS[lemma(unit)]
    return token, -days if "après" in cases else days


def count_of(unit: Token) -> int | None:
    """How many days or weeks a unit noun counts ("deux jours", "3 semaines"), up to a month's."""
    count = next((c for c in unit.children if c.dep_ == "nummod"), None)
    if count is None:
        return None
    n = NUMBERS.get(count.lower_) or (int(count.text) if count.text.isdigit() else None)
    return n if n is not None and n <= MAX_COUNT else None


MAX_COUNT = 31


def date_at(token: Token, sdoc: Doc, times: list[TimeMention]) -> TimeValue | None:
    """The calendar value of the time expression ``token`` belongs to ("Lundi" of "Lundi 13 juin")."""
    for t in times:
        if t.start <= token.idx < t.end and not t.value.startswith("X"):
            return TimeValue(t.value, t.precision)
    return None


def present(verb: Token) -> bool:
    """A verb in the present (or no verb at all): the phrase dates the publication day."""
    if verb.pos_ not in {"VERB", "AUX", "ADJ"}:
        return verb.dep_ == "ROOT"
    tenses = [
        *morph_feats(verb).get("Tense", []),
        *(t for a in verb.children if a.dep_ in AUX_DEPS for t in morph_feats(a).get("Tense", [])),
    ]
    return set(tenses) <= {"Pres"}


def day_of(value: TimeValue | None) -> date | None:
    if value is None or value.precision not in {"day", "hour", "minute"}:
        return None
    try:
        return date.fromisoformat(value.value[:10])
    except ValueError:
        return None


def pluperfect(token: Token) -> bool:
    """ "avait frappé": an act before the story the report tells."""
    verb = token.head if token.pos_ in {"NOUN", "PROPN"} and token.dep_ in SUBJECT_DEPS else token
    return any(a.dep_ in AUX_DEPS and "Imp" in morph_feats(a).get("Tense", []) for a in verb.children)


def announcement_time(token: Token, tm: TimeMention) -> bool:
    """A time said before a noun trigger that is the object of a verb of announcing or deciding, and
    outside the noun's phrase ("Les syndicats annoncent ce soir une grève à partir de demain": "ce
    soir" dates the announcement; "à partir de demain", after the noun, dates the strike)."""
    if (
        token.pos_ not in {"NOUN", "PROPN"}
        or token.dep_ != "obj"
        or lemma(token.head) not in ANNOUNCING_VERBS
    ):
        return False
    first = min(x.idx for x in token.subtree)
    return tm.end <= first


def modal_circumstances(token: Token) -> list[Token]:
    """The circumstances of the modal verb an infinitive trigger depends on ("Lundi, deux personnes
    ont dû être secourues", "En pleine nuit, l'hôtel a dû évacuer ses clients"): the modal's time is
    the act's."""
    if token.dep_ != "xcomp" or token.pos_ not in {"VERB", "AUX"} or lemma(token.head) not in MODAL_VERBS:
        return []
    return [
        x
        for c in token.head.children
        if c.dep_ in {"obl:mod", "obl", "advmod"} and not any(y.pos_ in {"VERB", "AUX"} for y in c.subtree)
        for x in c.subtree
    ]  # not a phrase with a clause of its own: "pour celle allant de 2002 à 2012, il devra verser"


def purpose_circumstances(token: Token) -> list[Token]:
    """The circumstances of the verb an infinitive of purpose depends on ("80 pompiers ont été
    mobilisés, vendredi, pour sauver les résidents", "il a fallu, jeudi soir, quitter les campings
    pour trouver refuge"): done to that end, the act is of the same time; through a modal verb
    above it too."""
    if token.pos_ not in {"VERB", "AUX"} or token.dep_ not in {"advcl", "xcomp"}:
        return []
    if not any(c.dep_ == "mark" and c.lower_ in PURPOSE_MARKS for c in token.children):
        return []
    if any(c.dep_.startswith("aux") for c in token.children):
        return []  # "poursuivi pour avoir agressé": a cause, done before
    head = token.head
    if head.pos_ not in {"VERB", "AUX"} or head.i == token.i:
        return []
    return [
        x
        for c in head.children
        if c.dep_ in {"obl:mod", "obl", "advmod"} and not any(y.pos_ in {"VERB", "AUX"} for y in c.subtree)
        for x in c.subtree
    ] + modal_circumstances(head)


PURPOSE_MARKS = frozenset({"pour", "afin"})
"""Words that open an infinitive of purpose ("pour sauver", "afin de protéger")."""


MODAL_VERBS = frozenset({"devoir", "pouvoir", "falloir"})
"""Verbs of necessity or possibility whose infinitive is the act ("ont dû être évacués")."""
