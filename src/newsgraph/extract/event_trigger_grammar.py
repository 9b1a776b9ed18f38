"""Grammar the trigger lexicon's requirements read beside the plain dependents (round 21, evt21):
units that head the matter they measure, participles that qualify a noun as adjectives do, present
forms the lemmatizer left as their own lemma, and the verb of a relative clause whose subject is the
trigger noun itself. Small pure functions of a token or a form."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from newsgraph.extract.event_cache import doc_memo, morph_feats
from newsgraph.extract.event_parse import lemma
from newsgraph.extract.event_trigger_row import Trigger

MEASURE_UNITS = frozenset({"cm", "centimètre", "mm", "millimètre", "mètre", "litre", "couche"})
"""Units that head the matter they measure: "il est tombé 30 cm de neige", "une couche de neige"."""


PRESENT_ENDINGS = (("ent", "er"), ("es", "er"), ("e", "er"))

INFINITIVE_ENDINGS = ("er", "ir", "re")
"""Endings of an infinitive, which is its own lemma ("surprendre"): no present left unlemmatised."""


@lru_cache(maxsize=65536)
def present_infinitive(low: str) -> str:
    """The infinitive of a first-group present form the lemmatizer left as its own lemma ("le PDG
    quitte ses fonctions", lemmatised "quitte"): "quitte" -> "quitter", "quittent" -> "quitter".
    Cached: the trigger gate asks it of every word of a sentence."""
    for end, inf in PRESENT_ENDINGS:
        if low.endswith(end) and len(low) > len(end) + 2:
            return low[: -len(end)] + inf
    return ""


RELATIVE_SUBJECTS = frozenset({"qui"})


def relative_verb_lemma(token: Token) -> str:
    """The verb of a relative clause whose subject is the noun itself, read as its governor: "une fête
    qui s'est prolongée jusqu'à l'aube" as "la fête s'est prolongée", "l'incendie qui a ravagé"."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return ""
    for c in token.children:
        if c.dep_ == "acl:relcl" and any(
            g.dep_ in {"nsubj", "nsubj:pass"} and g.lower_ in RELATIVE_SUBJECTS for g in c.children
        ):
            return lemma(c)
    return ""


def antecedents(subjects: list[Token]) -> list[Token]:
    """The nouns that relative subjects stand for: "la pluie" of "la pluie qui arrive", whose words
    a row's "~x" tests and vetoes read as the subject's (no visit of the rain)."""
    return [  # not "ce qui frappe": "ce" names nothing
        t.head.head
        for t in subjects
        if t.lower_ in RELATIVE_SUBJECTS
        and t.head.dep_ == "acl:relcl"
        and t.head.head.pos_ in {"NOUN", "PROPN"}
    ]


def is_bare_participle(token: Token) -> bool:
    """A past participle that qualifies a noun as an adjective would, with no argument of its own
    ("placé en alerte renforcée depuis lundi", "une vigilance accrue"): the parser makes it a clause
    (acl), yet it says which kind of the noun is meant, as "très élevées" does."""
    return (
        token.pos_ == "VERB"
        and "Part" in morph_feats(token).get("VerbForm", [])
        and not any(c.dep_ in PARTICIPLE_ARGUMENTS for c in token.children)
    )


def agent_participles(token: Token) -> list[Token]:
    """A participle that qualifies a noun with the agent it names, and that agent ("la ristourne
    financée par l'État", "la remise accordée par le gouvernement"): who grants or leads what the noun
    names, which a row may require of the noun as it requires an adjective ("la remise
    gouvernementale"); the parser makes the participle a clause (acl), out of the plain dependents
    (round 26, evs26)."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return []
    found: list[Token] = []
    for c in token.children:
        if c.dep_ == "acl" and c.pos_ == "VERB" and "Part" in morph_feats(c).get("VerbForm", []):
            agents = [a for a in c.children if a.dep_ == "obl:agent"]
            found += [c, *agents] if agents else []
    return found


PARTICIPLE_ARGUMENTS = frozenset(
    {"obj", "iobj", "obl:agent", "obl:arg", "ccomp", "xcomp", "nsubj", "nsubj:pass"}
)
"""What makes a participle a clause of its own rather than a qualifier: an argument ("fermée par le
préfet", "décidée à partir"); a date or an adverb ("renforcée depuis lundi") does not."""


IRREGULAR_PARTICIPLES = {
    "ouvert": "ouvrir",
    "rouvert": "rouvrir",
    "mis": "mettre",
    "remis": "remettre",
    "pris": "prendre",
    "rendu": "rendre",
    "conduit": "conduire",
    "tenu": "tenir",
    "atteint": "atteindre",
    "perdu": "perdre",
}
"""Past participles outside the first group that the tagger reads as adjectives and lemmatises as
themselves ("des enquêtes ouvertes", amod "ouvert"): their verb."""


def participle_governors(token: Token) -> frozenset[str]:
    """The verbs of the past participles that qualify a noun trigger, read as the verb it hangs on
    (round 25b, evt25b): "une enquête ouverte par le parquet", "les enquêtes ordonnées par le
    ministre" tell what "ouvrir une enquête", "ordonner une enquête" tell; and a row's "!^x" veto
    holds the same way ("une hausse réclamée par les syndicats")."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return frozenset()
    found: set[str] = set()
    for c in token.children:
        if c.dep_ not in {"acl", "amod"} or "Pres" in morph_feats(c).get("Tense", []):
            continue
        if c.pos_ == "VERB" and "Part" in morph_feats(c).get("VerbForm", []):
            found.add(lemma(c))
        elif c.pos_ == "ADJ" and c.dep_ == "amod":
            low = c.lower_.removesuffix("s").removesuffix("e")
            found.add(IRREGULAR_PARTICIPLES.get(low) or participle_infinitive(c.lower_))
    return frozenset(found - {""})


PARTICIPLE_ENDINGS = (("ées", "er"), ("és", "er"), ("ée", "er"), ("é", "er"))


@lru_cache(maxsize=65536)
def participle_infinitive(low: str) -> str:
    """The infinitive of a first-group past participle the parser left as its own lemma ("se
    serait suicidé" tagged an adjective lemmatised "suicidé"): "suicidé" -> "suicider"."""
    for end, inf in PARTICIPLE_ENDINGS:
        if low.endswith(end) and len(low) > len(end) + 2:
            return low[: -len(end)] + inf
    return ""


def governors(token: Token) -> frozenset[str]:
    """What "^x" reads: the governor, a relative clause's verb, a qualifying participle's verb;
    found once per (document, token): a trigger's rows ask it up to a dozen times."""
    memo = doc_memo(token.doc)
    key = ("governors", token.i)
    found: frozenset[str] | None = memo.get(key)
    if found is None:
        found = memo[key] = _governors(token)
    return found


def _governors(token: Token) -> frozenset[str]:
    relative = relative_verb_lemma(token)
    return participle_governors(token) | {
        governor_lemma(token),
        relative,
        present_governor(token),
        "" if relative.endswith(INFINITIVE_ENDINGS) else present_infinitive(relative),  # "qui tombe"
    }


def governor_lemma(token: Token) -> str:
    """The verb (or noun) a trigger depends on: "ouvrir" for "ouvrir une enquête", "procéder" for
    "procéder à des frappes", "mise" for "mise en examen"."""
    head = token.head
    if head.i == token.i:
        return ""
    if token.dep_ == "conj":  # "des frappes et des bombardements": the first conjunct's verb
        return governor_lemma(head)
    if token.dep_ in {"nsubj", "nsubj:pass"} and lemma(head) in MODAL_VERBS:
        # "les températures pourraient atteindre": the infinitive the modal governs
        inf = next((c for c in head.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if inf is not None:
            return lemma(inf)
    return lemma(head)


def present_governor(token: Token) -> str:
    """The infinitive of a governing verb in the present that the lemmatizer left as its own lemma
    ("la bronchiolite frappe", lemmatised "frappe"): "frapper"; read beside the lemma, which may be
    right for a noun the tagger calls a verb ("en hausse"). (evn26)"""
    head = token.head
    lem = lemma(head)
    if head.i == token.i or head.pos_ != "VERB" or lem != head.lower_ or lem.endswith(INFINITIVE_ENDINGS):
        return ""
    return present_infinitive(lem)


MODAL_VERBS = {
    "pouvoir",
    "devoir",
    "aller",
    "sembler",
    "paraître",
    "risquer",
    "continuer",
    "commencer",
    "venir",
}
"""Verbs whose subject is the subject of the infinitive they govern ("pourraient atteindre"; "vient de
montrer", the recent past)."""


OBJECT_LINK_DEPS = frozenset({"det", "amod", "nummod"})


def object_end(token: Token, trig: Trigger) -> int:
    """Past a verb's direct object when its row required that word alone ("a quitté le gouvernement",
    "a trouvé la mort", "font augmenter les prix"): the verb names its happening with it, as a noun
    names the qualifier its row required (evt37g). Only an object right after the verb, with nothing
    but its own article, possessive, number or adjectives between; else past the token."""
    end = token.i + 1
    if trig.pos != "VERB" or token.pos_ != "VERB":
        return end
    required = trig.words_alone
    objects = [
        c
        for c in token.children
        if c.dep_ == "obj" and c.i > token.i and c.pos_ in {"NOUN", "PROPN"} and lemma(c) in required
    ]
    if not objects:
        return end
    obj = objects[0]
    if all(t.head.i == obj.i and t.dep_ in OBJECT_LINK_DEPS for t in token.doc[end : obj.i]):
        return obj.i + 1
    return end
