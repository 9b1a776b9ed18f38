"""The tense of the verb that governs a time expression: whether "samedi" is the last or the next."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.timex_calendar import Direction, lexicon
from newsgraph.extract.tokens import morph_of

VERB_POS = frozenset({"VERB", "AUX"})
AUX_DEPS = frozenset({"aux", "aux:tense", "aux:pass", "aux:caus"})
FUTURE_SINGULAR = re.compile(r"(?:[^éè]era|rra|dra|vra|aura)$")
"""A third person future ("votera", "sera", "pourra", "viendra", "devra", "aura") the tagger took
for a participle: no participle ends so, nor a passé simple of news verbs ("déclara", "libéra")."""
MODAL_LEMMAS = frozenset({"devoir"})
"""A verb of necessity among the future's lemmas ("doit signer") that in a compound past ("a dû")
tells what was done, unlike a verb of planning ("a été reportée à lundi": ahead)."""
COPULAR_LEMMAS = frozenset({"rester", "demeurer", "sembler", "paraître", "devenir"})
"""Verbs whose participle complement is a state, not a past act ("resteront fermés")."""


def tense_at(sdoc: Doc, start: int, end: int) -> Direction | None:
    """The tense of the verb that governs the characters ``start:end`` of ``sdoc``: past, future or
    present (periphrases "va signer", "doit se rendre", "est prévue" count as future)."""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    verb = governing_verb(span.root)
    if verb is None and span.root.dep_ == "ROOT":
        verb = fronted_main_verb(span)
    return verb_tense(verb) if verb is not None else None


def fronted_main_verb(span: Span) -> Token | None:
    """The main verb of the clause after an expression the parse left as a fragment of its own
    ("Samedi à 15 h, la course partira."): the next root verb before the sentence ends."""
    doc = span.doc
    for tok in doc[span.end : min(len(doc), span.end + 12)]:
        if tok.text in (".", "!", "?", "\n"):
            return None
        if tok.dep_ == "ROOT" and tok.pos_ in VERB_POS:
            return tok
    return None


def governing_verb(tok: Token) -> Token | None:
    """The nearest verb above ``tok``; for a predicate ("seront présents lundi") its copula."""
    for _ in range(8):
        if tok.head.i == tok.i:
            break
        tok = tok.head
        if tok.pos_ in VERB_POS:
            return tok
        cop = next((c for c in tok.children if c.dep_ == "cop"), None)
        if cop is not None:
            return cop
    return None


def verb_tense(verb: Token, depth: int = 0) -> Direction | None:
    if depth > 4:  # an infinitive auxiliary of a passive points back at its participle: a cycle
        return None
    future_lemmas = set(lexicon()["future_lemmas"])
    auxes = [c for c in verb.children if c.dep_ in AUX_DEPS]
    form = morph_of(verb).get("VerbForm", [])
    if "Inf" in form:
        head = verb.head
        if head.i != verb.i and head.lemma_ in future_lemmas and _perfect(head):
            return "past"  # "elle a dû affronter", "ils ont prévu de partir": told as done
        if head.i != verb.i and (
            head.lemma_ in future_lemmas or any(a.lemma_ in future_lemmas for a in auxes)
        ):
            return "future"
        # "n'arrêtera pas de tomber" is future; "avant de quitter", "pour signer" may lie ahead of
        # a past main verb, so they say nothing; under a present verb ("appellent à manifester
        # jeudi", "vient de signer mardi") the act is near the present, on either side.
        head_tense = verb_tense(head, depth + 1) if head.i != verb.i and head.pos_ in VERB_POS else None
        return head_tense if head_tense in ("future", "present") else None
    if verb.lemma_ in MODAL_LEMMAS and _perfect(verb):
        return "past"  # "Lundi, ils ont dû être évacués": told as done, as "a dû affronter" is
    if "Part" in form and (verb.lemma_ in future_lemmas or any(a.lemma_ in future_lemmas for a in auxes)):
        return "future"  # "est prévue", "devrait être sorti"
    if "Part" in form and not auxes and FUTURE_SINGULAR.search(verb.lower_):
        return "future"  # "le conseil votera lundi": a future the tagger read as a participle
    if "Part" in form and auxes and all(_infinitive_passive(a) for a in auxes):
        head = verb.head  # "devrait être adopté jeudi": the passive infinitive's governing verb
        if head.i != verb.i and head.pos_ in VERB_POS and verb.dep_ == "xcomp":
            if head.lemma_ in future_lemmas:  # "a dû être annulé" is told as done
                return "past" if _perfect(head) else "future"
            return verb_tense(head, depth + 1)
    tenses = set(morph_of(verb).get("Tense", []))
    if _hypothesis(verb, auxes):
        return "future"  # "si le taux était relevé au 1er août": a condition on what may come
    if "Fut" in tenses or any("Fut" in morph_of(a).get("Tense", []) for a in auxes):
        return "future"
    if re.search(r"(?:rons|ront|rez)$", verb.text.lower()) and "Fin" in form and "Imp" not in tenses:
        return "future"
    if "Part" in form and not auxes and verb.dep_ == "xcomp" and verb.head.pos_ in VERB_POS:
        return verb_tense(verb.head, depth + 1)  # "restera fermé": the tense of the verb it complements
    copula = _copula_before(verb) if "Part" in form and not auxes else None
    if copula is not None:
        return verb_tense(copula, depth + 1)  # "resteront fermés", parsed as a bare participle
    if "Part" in form and auxes and all(a.dep_ == "aux:pass" for a in auxes):
        return verb_tense(auxes[0], depth + 1)  # "est classée": the passive's own tense
    if "Fin" in form and tenses == {"Past"} and verb.text.lower().endswith("it"):
        return "present"  # "il réunit", "il dit": the present, spelt as the passé simple news never uses
    if "Part" in form or tenses & {"Imp", "Past"}:
        return "past"
    if "Cnd" in morph_of(verb).get("Mood", []):
        return "future"
    if "Pres" in tenses:
        return "present"
    return None


def _infinitive_passive(aux: Token) -> bool:
    """The "être" of a passive infinitive ("doit être voté")."""
    return aux.dep_ == "aux:pass" and "Inf" in morph_of(aux).get("VerbForm", [])


def _copula_before(participle: Token) -> Token | None:
    """The finite copular verb just before a participle that the parse left without it ("les
    magasins resteront fermés": "resteront" hung on the subject as a modifier), at most one adverb
    between ("resteront encore fermés")."""
    doc = participle.doc
    for tok in reversed(doc[max(0, participle.i - 2) : participle.i]):
        if tok.lemma_ in COPULAR_LEMMAS and "Fin" in morph_of(tok).get("VerbForm", []):
            return tok
        if tok.pos_ != "ADV":
            return None
    return None


def _perfect(verb: Token) -> bool:
    """A participle with a tense auxiliary ("a dû", "avait prévu"): a compound past."""
    return "Part" in morph_of(verb).get("VerbForm", []) and any(c.dep_ == "aux:tense" for c in verb.children)


def _hypothesis(verb: Token, auxes: list[Token]) -> bool:
    """ "si" + imparfait ("s'il pleuvait samedi", "si le texte était voté en mars"): not the past."""
    if not any(c.dep_ == "mark" and c.lower_ in ("si", "s'", "s’") for c in verb.children):
        return False
    return any("Imp" in morph_of(t).get("Tense", []) for t in (verb, *auxes))
