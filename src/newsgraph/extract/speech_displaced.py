"""What a speech verb governs when the parser hung it one level too low: the infinitive of a request
on a modifier of its addressee ("invite les automobilistes concernés à porter plainte"), and the
prepositional object of "parler de" on a time adjunct before it ("Moscou parlait pour le moment d'un
repli"). Used by :mod:`newsgraph.extract.speech_clauses`."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.speech_common import clause_span
from newsgraph.extract.speech_lexicon import speech_verb
from newsgraph.extract.speech_objects import TIME_NOUNS

REQUEST_SENSE = "ask"  # the lexicon's sense of the verbs of request (appeler, inviter, demander, …)
MODIFIER_DEPS = {"acl", "amod"}
MODIFIER_POS = {"VERB", "ADJ"}
INFINITIVE_DEPS = {"xcomp", "acl", "advcl", "obl:arg"}
ADJUNCT_DEPS = {"obl:mod", "obl"}
ADJUNCT_CASES = {"pour", "depuis", "pendant", "durant", "dans"}
OBJECT_CASES = {"de", "d'", "d’", "du", "des", "sur", "contre"}
# the time nouns of entity_words.tsv and the durations an adjunct of time is made of
DURATION_NOUNS = TIME_NOUNS | {"moment", "instant", "heure", "minute", "temps", "décennie"}
ADJUNCT_REACH = 5  # tokens between the verb and its time adjunct ("parlait encore pour le moment")


def modified_addressee(verb: Token, addressee: Token, wanted: set[str]) -> bool:
    """ "Le préfet invite les automobilistes concernés à porter plainte", "demande aux salariés
    grévistes de reprendre": the request's infinitive hangs on the participle or adjective right
    after its addressee. Verbs of request only (a participle of its own may govern the infinitive:
    "dénonce les mesures destinées à limiter …")."""
    entry = speech_verb(verb)
    if entry is None or entry.sense != REQUEST_SENSE:
        return False
    for mod in addressee.children:
        if mod.dep_ not in MODIFIER_DEPS or mod.i != addressee.i + 1 or mod.pos_ not in MODIFIER_POS:
            continue
        for inf in mod.children:
            infinitive = "Inf" in inf.morph.get("VerbForm", [])
            if inf.i <= mod.i or inf.dep_ not in INFINITIVE_DEPS or not infinitive:
                continue
            mark = next((g for g in inf.children if g.dep_ in {"mark", "case"} and g.i < inf.i), None)
            if mark is not None and mark.i == mod.i + 1 and mark.lower_ in wanted:
                return True
    return False


def adjunct_object(verb: Token) -> tuple[int, int] | None:
    """ "Moscou parlait pour le moment d'un simple repli", "s'inquiète depuis des mois de la hausse
    des loyers": the object "de …" right after a time adjunct the parser hung on that adjunct. Not a
    time of its own ("pendant la semaine de la rentrée")."""
    for adj in verb.children:
        if adj.dep_ not in ADJUNCT_DEPS or not verb.i < adj.i <= verb.i + ADJUNCT_REACH:
            continue
        if adj.lemma_.lower() not in DURATION_NOUNS and adj.lower_ not in DURATION_NOUNS:
            continue
        if not any(g.dep_ == "case" and g.lower_ in ADJUNCT_CASES for g in adj.children):
            continue
        for obj in adj.children:
            time_itself = obj.lemma_.lower() in DURATION_NOUNS  # "la semaine de la rentrée"
            if obj.dep_ != "nmod" or obj.pos_ not in {"NOUN", "PROPN"} or time_itself:
                continue
            case = next((g for g in obj.children if g.dep_ == "case" and g.i < obj.i), None)
            if case is not None and case.lower_ in OBJECT_CASES and case.i == adj.i + 1 == obj.left_edge.i:
                return verb.doc[case.i + 1].idx, clause_span(obj)[1]
    return None
