"""Who did the act a charge names: "X a été condamné pour viol", "un homme mis en examen pour
meurtre", "il est poursuivi pour escroquerie", "le tribunal a reconnu X coupable de violences". The one
charged, convicted or held for an act is, as the report tells it, the one who did it (its agent),
whatever the verdict: the event keeps the modality its own clause gives it."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.event_cache import morph_feats
from newsgraph.extract.event_parse import OBJECT_DEPS, SUBJECT_DEPS, lemma, subject_chain
from newsgraph.extract.event_reference import is_passive

CHARGE_VERBS = frozenset(
    {
        "condamner", "juger", "poursuivre", "inculper", "mettre",
        "écrouer", "incarcérer", "interpeller", "arrêter", "placer", "déférer", "rechercher", "reconnaître",
        "interpeler", "emprisonner", "renvoyer", "verbaliser", "sanctionner",
    }
)  # fmt: skip
"""Verbs of the law charging, convicting or holding someone for an act ("condamné pour viol", "mis
en examen pour meurtre", "reconnu coupable de"); not a mere accusation ("accusé d'agression par
deux collègues", "soupçonné de"), whose agent the report does not vouch for."""
CHARGE_CASES = {"pour", "de", "d'", "d’", "du", "des"}
GUILT_ADJECTIVES = {"coupable", "responsable"}


def charged(token: Token) -> list[Token]:
    """The one charged with the act a noun names, as its agent: the subject of a passive verb of
    charging ("X a été condamné pour viol"), the noun a participle qualifies ("un homme condamné
    pour meurtre"), the object of an active one ("le tribunal a condamné X pour viol"), also
    through the penalty or the procedure the parser hung it on ("condamné à huit ans de prison
    pour viol": "viol" hung on "ans"), and the later charges of a list ("pour enlèvement,
    séquestration et viol"); [] for any other noun (a clitic object is not read here)."""
    while token.dep_ == "conj" and token.head.pos_ == "NOUN" and token.head.i < token.i:
        token = token.head
    if token.pos_ != "NOUN" or not any(c.dep_ == "case" and c.lower_ in CHARGE_CASES for c in token.children):
        return []
    verb = token.head
    for _ in range(2):  # "condamné à huit ans de prison pour viol", "mis en examen pour meurtre"
        if (
            verb.pos_ != "NOUN"
            or not (verb.dep_.startswith("obl") or verb.dep_ == "nmod")
            or verb.head.i == verb.i
        ):
            break
        verb = verb.head
    if verb.pos_ == "ADJ" and lemma(verb) in GUILT_ADJECTIVES:  # "reconnu coupable de viol"
        guilty, verb = verb, verb.head
        if guilty.dep_ not in {"xcomp", "obj", "acl", "amod"} and not guilty.dep_.startswith("obl"):
            return []
    if verb.pos_ != "VERB" or lemma(verb) not in CHARGE_VERBS or verb.i == token.i:
        return []
    if verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"}:  # "un homme condamné pour viol"
        return [verb.head]
    if is_passive(verb) or (
        "Part" in morph_feats(verb).get("VerbForm", [])
        and not any(c.dep_ == "aux:tense" for c in verb.children)
    ):
        return [t for t in subject_chain(verb) if t.dep_ not in SUBJECT_DEPS or is_passive(verb)][:2]
    return [c for c in verb.children if c.dep_ in OBJECT_DEPS and c.pos_ in {"NOUN", "PROPN"}][:1]
