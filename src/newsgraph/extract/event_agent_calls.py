"""The agent of an event that a noun of calling or warning governs: who calls for a strike is
its agent ("les syndicats ont lancé un appel à la grève", "le préavis de grève déposé par la CGT",
"l'appel des cheminots à la grève"), as the subject of a verb of calling is ("appellent à la grève",
``event_verbs.tsv`` instigate). The event keeps its own modality; only its agent is read here."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.event_nominal import de_complements, has_case
from newsgraph.extract.event_parse import OBJECT_DEPS, PASSIVE_SUBJECT_DEPS, lemma, subject_chain
from newsgraph.extract.event_reference import agent_phrases, is_passive, with_conjuncts

CALL_NOUNS = frozenset({"appel", "préavis", "menace", "consigne", "ultimatum"})
"""Nouns of calling for, giving notice of or threatening an event named by their "à X" or "de X"
("un appel à la grève", "un préavis de grève", "la menace de frappes")."""
ISSUING_VERBS = frozenset(
    {"lancer", "relancer", "déposer", "poser", "adresser", "renouveler", "maintenir", "réitérer", "émettre",
     "formuler", "brandir", "lever", "diffuser", "publier"}
)  # fmt: skip
"""Verbs whose subject issues (or lifts) the call that is their object ("ont lancé un appel à la
grève", "a levé son préavis"), unlike those of its addressee ("ont reçu un appel à la grève") or
of its judge ("a rejeté l'appel")."""


def caller(token: Token) -> list[Token]:
    """Who calls for the event a call noun governs: the call's own "de X" ("l'appel des cheminots
    à la grève"), the "par X" of its participle ("l'appel à la grève lancé par SUD-Rail", "un
    préavis de grève a été déposé par la CGT") or the subject of the light verb that issues it
    ("les syndicats ont lancé un appel à la grève", see ``ISSUING_VERBS``); [] for any other noun."""
    call = token.head
    if token.dep_.startswith("obl") and has_case(token, {"à", "au", "aux"}):
        call = next((c for c in call.children if c.dep_ in OBJECT_DEPS and lemma(c) in CALL_NOUNS), call)
        if call.i == token.head.i:  # "lancé un appel à la grève", "à la grève" hung on the verb
            return []
    elif token.dep_ != "nmod":
        return []
    if call.pos_ != "NOUN" or lemma(call) not in CALL_NOUNS:
        return []
    if not has_case(token, {"à", "au", "aux", "de", "d'", "d’", "du", "des"}):
        return []
    own = [c for c in de_complements(call) if c.i != token.i and c.i not in {t.i for t in token.subtree}]
    if own:
        return own[:1]
    participles = [c for c in call.children if c.dep_ == "acl" and c.pos_ == "VERB"]
    for p in participles:  # "l'appel à la grève lancé par SUD-Rail"
        found = agent_phrases(p)
        if found:
            return list(found)
    verb = call.head
    if verb.pos_ != "VERB" or lemma(verb) not in ISSUING_VERBS:
        return []
    if call.dep_ in PASSIVE_SUBJECT_DEPS or (call.dep_ in OBJECT_DEPS and is_passive(verb)):
        return list(agent_phrases(verb))  # "un préavis a été déposé par la CGT"
    if call.dep_ in OBJECT_DEPS:
        return with_conjuncts(subject_chain(verb))  # "les syndicats ont lancé un appel à la grève"
    return []
