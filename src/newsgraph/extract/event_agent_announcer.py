"""Who did an institution's act that the sentence tells without its doer but with its announcer: "Le
parquet a annoncé qu'une enquête a été ouverte", "Une enquête a été ouverte, a indiqué le
parquet", "Selon la préfecture, la circulation sera interdite", "La remise sera prolongée, a
annoncé la porte-parole du gouvernement". A report gives the body that opens an investigation or
takes a measure as the one who says it was done; the act's own clause then names nobody.

Only for acts a body decides (``DECIDED_TYPES``: investigations, measures, restrictions, closures,
sanctions; arrests and seizures only when the police announce them), never for what the announcer
only counts or reports ("Selon les secours, trois personnes ont été tuées", "les prix ont augmenté,
selon l'Insee"), and never a newsroom's own reporter or outlet ("a indiqué notre journaliste",
"selon Le Parisien")."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph import lexicons
from newsgraph.extract.entity_spans import non_actor_kind
from newsgraph.extract.event_parse import PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS, MentionIndex, lemma
from newsgraph.extract.event_role_actors import actor_of
from newsgraph.extract.speech_quotes import doc_quotes, inside_quote
from newsgraph.model import RoleRef

DECIDED_TYPES = frozenset(
    {
        "investigate", "policy_measure", "policy_announcement", "impose_restrictions", "postponement",
        "closure", "sanction", "requisition", "arrest", "seize", "cutback", "authorisation", "layoff",
    }
)  # fmt: skip
"""Acts a body decides and announces itself."""
BY_POLICE = frozenset({"arrest", "seize"})
POLICE_NOUNS = frozenset({"police", "policier", "gendarmerie", "gendarme", "douane", "douanier"})
"""An arrest or a seizure is the police's act: its announcer is its doer only when it is the police ("deux
suspects ont été interpellés, a indiqué la police"), not a prosecutor or a minister who tells of it."""
ANNOUNCE_SENSES = frozenset({"announce", "say", "explain"})
NEWSROOM_NOUNS = lexicons.tagged("speaker_words.tsv")["newsroom_role"]
"""Who reports the news, not the body that acted ("a indiqué notre envoyée spéciale"): the one list of
newsroom nouns, ``speaker_words.tsv``'s ``newsroom_role`` rows."""
OUTLET_NOUNS = frozenset(
    {"journal", "quotidien", "hebdomadaire", "magazine", "chaîne", "média", "site", "presse"}
)
CLIMB_DEPS = frozenset({"conj", "xcomp"})
ON_AIR = frozenset({"direct", "duplex", "plateau"})


ANNOUNCE_VERBS = lexicons.speech_verbs_of(*ANNOUNCE_SENSES)
"""Verbs of saying, announcing and explaining (not of judging: "X dénonce le fait qu'une enquête a
été ouverte" is no announcement)."""


def announced(token: Token, verb: Token, kind: str, mentions: MentionIndex) -> tuple[RoleRef, Token] | None:
    """The announcer of an act said without its doer, as its agent, and the token naming it; None
    when there is none or it is a news outlet."""
    said = announcer(token, verb, kind)
    ref = actor_of(said[0], mentions, "agent") if said else None
    if ref is None or outlet(said[0], mentions):
        return None
    return ref, said[0]


def outlet(token: Token, mentions: MentionIndex) -> bool:
    """A news outlet, said by its name or a noun of one ("selon Le Parisien", "le journal Le Monde")."""
    if lemma(token) in OUTLET_NOUNS:
        return True
    for t in token.subtree:
        m = mentions.get(t)
        names = ([m.name] if m is not None else []) + ([t.text] if t.pos_ == "PROPN" else [])
        if any(non_actor_kind(n) == "media" for n in names):
            return True
    return non_actor_kind(" ".join(t.text for t in token.subtree if t.dep_ != "case")) == "media"


def announcer(token: Token, verb: Token, kind: str) -> list[Token]:
    """The announcer of an act said without its doer (see the module): the subject of the verb of
    saying the act's clause is the complement of, the inverted subject of an incise in it, or the
    "selon X" of its clause; [] for other types or when there is none."""
    if kind not in DECIDED_TYPES or inside_quote(doc_quotes(token.doc), token.idx):
        return []  # a quote is a witness's words: its speaker tells, the act is someone else's
    head = verb if verb.i != token.i else token
    if head.i == token.i and token.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS and token.head.pos_ == "VERB":
        head = token.head  # "la remise sera prolongée, a annoncé X": the verb the act is the subject of
    if any(c.dep_ in SUBJECT_DEPS for c in head.children):
        return []  # "on va commencer une enquête", explique-t-il: the clause names its doer
    while head.dep_ in CLIMB_DEPS and head.head.i != head.i and head.head.pos_ in {"VERB", "AUX"}:
        head = head.head
    found = source_of(head) or source_of(token)
    if kind in BY_POLICE:
        found = [t for t in found if lemma(t) in POLICE_NOUNS]
    return [t for t in found if lemma(t) not in NEWSROOM_NOUNS and not on_air(t)][:1]


def on_air(token: Token) -> bool:
    """A reporter said by where they speak from ("annonce Claire Dupont, en direct de la capitale")."""
    doc = token.doc
    return any(lemma(t) in ON_AIR for t in doc[token.i : min(token.sent.end, token.right_edge.i + 6)])


def source_of(head: Token) -> list[Token]:
    """Who a clause is said by: the subject of the verb of saying it completes ("X a annoncé
    qu'une enquête a été ouverte"), the subject of an incise hung on it or it hung on ("Une enquête
    a été ouverte, a indiqué X"), its "selon X"."""
    if head.dep_ in {"ccomp", "parataxis"} and lemma(head.head) in ANNOUNCE_VERBS:
        return subjects(head.head)
    for c in head.children:
        if c.dep_.startswith("parataxis") and lemma(c) in ANNOUNCE_VERBS:
            return subjects(c) or inverted(c)
        if c.dep_ == "advcl" and c.i > head.i and lemma(c) in ANNOUNCE_VERBS:
            return inverted(c)  # ", a annoncé le gouvernement" parsed as a clause of its own
        if c.dep_.startswith("obl") and any(g.dep_ == "case" and g.lower_ == "selon" for g in c.children):
            return [c]
    return []


def subjects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.dep_ not in PASSIVE_SUBJECT_DEPS]


def inverted(verb: Token) -> list[Token]:
    """The subject of an incise said after its verb, which the parser may take for its object ("[...],
    a indiqué la police"): a noun right after the verb, with no subject of its own before it."""
    if any(c.dep_ in SUBJECT_DEPS and c.i < verb.i for c in verb.children):
        return []  # "[...], il a annoncé la nouvelle": an object
    return [
        c
        for c in verb.children
        if c.dep_ in {"obj", "nsubj"} and c.i > verb.i and c.pos_ in {"NOUN", "PROPN"}
    ][:1]
