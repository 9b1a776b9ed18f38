"""Generic mentions of a kind of event, which are no event: "les incendies sont de plus en plus
fréquents", "une végétation propice aux incendies", "chaque année, des inondations touchent la
région", "c'est lors des battues que surviennent le plus d'accidents".

A report names a particular fire, flood or strike; a sentence about how often such things happen,
or what makes them likely, names none. Counting those inflates the events of a report (the
over-count GDELT is known for). Only a plural noun is read as generic (a particular event is
singular, or plural with a count or a demonstrative), and only in three constructions: the subject
of a predicate of frequency, the complement of an adjective or participle of exposure, and the
subject of a present-tense verb with an adverbial of repetition; besides, "la plupart des X" as the
subject of a present tense ("la plupart des arnaques promettent"), and the complement of a word of
withstanding ("résister aux intempéries"), read as exposure. Besides, a kind of event named as a
field of knowledge or trade ("un expert en négociations", "spécialiste des incendies de forêt"),
singular or plural: it says what a person knows, not what happened. Last, the object of a habitual
present ("chaque hiver, la grippe fait des milliers de morts"), singular or plural (evn26). And an
act offered as advice or a rule to anyone (evp27): the infinitive of "il faut", of "il est possible
de", or of "pouvoir" whose subject is the generic "vous", "on" or "tu" ("vous pourrez réclamer une
compensation", "il faut essayer de fuir ces entreprises", "faut-il voter la motion ?"): it tells what
one may or must do, not what was done."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.event_cache import morph_feats
from newsgraph.extract.event_parse import lemma

FREQUENCY_PREDICATES = frozenset({"fréquent", "rare", "courant", "récurrent", "habituel", "banal", "répandu"})
"""Adjectives that say how often a kind of event happens ("les incendies sont fréquents")."""

EXPOSURE_WORDS = frozenset(
    {"propice", "exposer", "exposé", "sujet", "vulnérable", "favorable", "sensible", "résister", "résistant"}
)
"""Adjectives and participles of what makes a kind of event likely ("propice aux incendies"), and
verbs and adjectives of withstanding it ("résister aux intempéries", "résistant aux séismes")."""

MOST_NOUNS = frozenset({"plupart", "majorité"})
"""Nouns of "most of" a plural ("la plupart des arnaques prétendent"): with a present tense, a kind."""

REPETITION_ADVERBS = frozenset(
    {"souvent", "régulièrement", "fréquemment", "généralement", "parfois", "rarement"}
)
"""Adverbs of repetition: with a present tense, the clause is about a kind of event."""

PERIOD_NOUNS = frozenset(
    {"année", "an", "été", "hiver", "automne", "printemps", "saison", "semaine", "mois", "jour"}
)
"""Nouns of a period that "chaque" makes a repetition ("chaque été")."""

TREND = ["plus", "en", "plus"]
"""The fixed words of "de plus en plus (de)": a trend of a kind of event, no one event."""

PARTICULAR_DETS = frozenset({"ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs"})
"""Determiners that point to particular events ("ces incendies", "ses manifestations")."""


EXPERT_NOUNS = frozenset(
    {
        "expert",
        "experte",
        "spécialiste",
        "consultant",
        "consultante",
        "professionnel",
        "professionnelle",
        "technicien",
    }
)
"""Nouns of a person who knows a field: "expert en négociations", "spécialiste des séismes"."""


EVERY = frozenset({"chaque", "tout", "toute"})
"""Determiners of any one of a kind: "à chaque intempérie", "toute grève sera sanctionnée"."""


def is_generic(token: Token) -> bool:
    """A nominal trigger that names a kind of event, not an event (see the module's doc)."""
    if is_field(token) or is_habitual_object(token) or is_advice(token) or is_source(token):
        return True
    dets = [c for c in token.children if c.dep_ == "det"]
    if token.pos_ == "NOUN" and dets and all(c.lower_ in EVERY for c in dets) and not told_done(token.head):
        return True  # "à chaque intempérie", "toute grève" (not "toute la production": an article)
    if token.pos_ != "NOUN" or "Plur" not in morph_feats(token).get("Number", []):
        return False
    if any(c.dep_ == "nummod" or c.lower_ in PARTICULAR_DETS for c in token.children):
        return False  # "trois incendies", "ces incendies"
    head = token.head
    if head.i == token.i:
        return False
    if token.dep_ == "nsubj" and (lemma(head) in FREQUENCY_PREDICATES or becomes_frequent(head)):
        return True  # "les incendies sont de plus en plus fréquents", "vont devenir plus fréquentes"
    trend = head.head if head.dep_ == "fixed" else head  # "de plus en plus de": one word or its last
    if trend.lower_ == "de" and [f.lower_ for f in trend.children if f.dep_ == "fixed"] == TREND:
        return True  # "il y a de plus en plus de canicules": a trend, no one event
    if token.dep_ in {"obl:arg", "obl:mod", "nmod"} and lemma(head) in EXPOSURE_WORDS:
        return True  # "propice aux incendies", "une zone exposée aux inondations"
    if token.dep_ == "nmod" and lemma(head) in MOST_NOUNS and head.dep_ in {"nsubj", "nsubj:pass"}:
        return is_present(head.head)  # "la plupart des arnaques prétendent": what such acts do
    return token.dep_ in {"nsubj", "nsubj:pass"} and is_present(head) and repeats(head)


COUNTING_DEPS = frozenset({"obj", "obl:arg"})
"""Where a noun or an adverb of quantity stands when it counts the event noun: "fait des milliers de
morts", "il y a beaucoup de verglas"."""


def is_habitual_object(token: Token) -> bool:
    """The object of a verb with an adverbial of repetition, itself or through the
    quantity that counts it: "chaque hiver, la grippe fait des milliers de morts", "chaque année, les
    accidents font 3 000 morts", "en hiver, il y a souvent du verglas": what such events do or how
    often they come, singular or plural, not one that happened (evn26)."""
    if token.pos_ != "NOUN":
        return False
    node = token
    if (
        node.dep_ in {"nmod", "obl:arg"}
        and node.head.dep_ in COUNTING_DEPS
        and node.head.pos_ in {"NOUN", "ADV", "NUM"}
    ):
        node = node.head  # "des milliers de morts", "beaucoup de verglas"
    if node.dep_ not in COUNTING_DEPS or node.head.i == node.i:
        return False
    return repeats(node.head)  # any tense: "faisait chaque hiver"; "fait" is tagged a participle


def becomes_frequent(verb: Token) -> bool:
    """ "deviennent fréquentes", "vont devenir plus fréquentes": a predicate of frequency that the
    verb (or the infinitive it governs) takes as its complement."""
    for c in verb.children:
        if c.dep_ == "xcomp" and (
            lemma(c) in FREQUENCY_PREDICATES
            or any(g.dep_ == "xcomp" and lemma(g) in FREQUENCY_PREDICATES for g in c.children)
        ):
            return True
    return False


def is_present(verb: Token) -> bool:
    """A verb in the present tense (not a past told in the narrative present: no way to tell, so a
    repetition adverbial is also required)."""
    return (
        verb.pos_ in {"VERB", "AUX"}
        and "Pres" in morph_feats(verb).get("Tense", [])
        and not any(c.dep_ in {"aux", "aux:tense", "aux:pass"} for c in verb.children)
    )


def repeats(verb: Token) -> bool:
    """The verb carries an adverbial of repetition: "souvent", "chaque année", "de plus en plus"."""
    for c in verb.children:
        if c.dep_ == "advmod" and lemma(c) in REPETITION_ADVERBS:
            return True
        if c.dep_ == "advmod" and c.lower_ == "de" and [f.lower_ for f in c.children] == ["plus", "en"]:
            return True  # "de plus en plus"
        if lemma(c) in PERIOD_NOUNS and any(d.lower_ == "chaque" for d in c.children):
            return True  # "chaque année", "chaque été"
    return False


def is_field(token: Token) -> bool:
    """A noun trigger that is the field of an expert: "expert en négociations commerciales",
    "spécialiste des incendies", "experte en sécurité des élections" (one step up, through a noun)."""
    if token.pos_ != "NOUN":
        return False
    for _ in range(2):
        if (
            token.dep_ not in {"nmod", "obl:arg"} or token.head.i == token.i
        ):  # "est spécialiste des incendies"
            return False
        if lemma(token.head) in EXPERT_NOUNS and any(
            c.lower_ in {"en", "de", "des", "du"} for c in token.children
        ):
            return True
        token = token.head
    return False


GENERIC_SUBJECTS = frozenset({"vous", "on", "tu"})
"""Subjects of "pouvoir" that address anyone: "vous pourrez réclamer", "on peut demander"."""

MUST_FORMS = frozenset({"faut", "faudra", "faudrait", "fallait"})
"""Forms of "falloir", which the tagger may read as a noun at the head of a question ("Faut-il")."""

TRYING = frozenset({"essayer", "tenter", "chercher"})
"""Verbs between "il faut" and the act: "il faut essayer de fuir"."""

INFINITIVE_DEPS = frozenset({"xcomp", "dep", "ccomp", "csubj"})


def is_advice(token: Token) -> bool:
    """An act offered as advice or a rule to anyone (see the module's doc): the trigger, or the
    infinitive whose object it is ("faut-il voter les motions"), is the complement of "il faut", "il
    est possible de" or "pouvoir" with a generic subject, perhaps through a verb of trying."""
    node = token
    if token.pos_ == "NOUN" and token.dep_ in {"obj", "obl:arg"}:
        node = token.head
    if "Inf" not in morph_feats(node).get("VerbForm", []) or node.dep_ not in INFINITIVE_DEPS:
        return False
    governor = node.head
    if lemma(governor) in TRYING and governor.dep_ in INFINITIVE_DEPS:
        governor = governor.head
    if lemma(governor) == "falloir" or governor.lower_ in MUST_FORMS:  # not "il a fallu évacuer": done
        return not any(c.dep_.startswith("aux") for c in governor.children)
    if lemma(governor) == "possible":
        return any(c.dep_ == "expl:subj" for c in governor.children)
    return (
        lemma(governor) == "pouvoir"
        and "Past" not in morph_feats(governor).get("Tense", [])
        and not any(c.dep_.startswith("aux") for c in governor.children)
        and any(c.dep_ == "nsubj" and c.lower_ in GENERIC_SUBJECTS for c in governor.children)
    )


SOURCE_CASES = frozenset({"selon"})
"""The preposition of a source: "selon une étude" ("d'après une enquête": ``after``)."""


def is_source(token: Token) -> bool:
    """An unnamed study or survey given as the source of what the sentence tells (evt33x): "selon une
        étude, les prix...", "d'après une récente enquête": no determiner but "un", "une", "des" and no
        author nor clause ("selon un rapport de la Cour des comptes", "selon une étude publiée mardi" may tell
    the publication, an event)."""
    return (
        token.pos_ == "NOUN"
        and any(c.dep_ == "case" and (c.lower_ in SOURCE_CASES or after(c)) for c in token.children)
        and all(c.lower_ in {"un", "une", "des"} for c in token.children if c.dep_ == "det")
        and not any(c.dep_ in {"nmod", "nmod:poss", "appos", "acl", "acl:relcl"} for c in token.children)
    )


def after(case: Token) -> bool:
    """ "d'après": "d'" with "après" fixed to it."""
    return any(f.dep_ == "fixed" and f.lower_ == "après" for f in case.children)


def told_done(verb: Token) -> bool:
    """A verb in the passé composé or the passé simple: "chaque manifestation a réuni des milliers de
    personnes" counts particular events that took place, one by one."""
    feats = morph_feats(verb)
    return any(c.dep_ == "aux:tense" for c in verb.children) or (
        "Fin" in feats.get("VerbForm", []) and "Past" in feats.get("Tense", [])
    )
