"""Event triggers: a verb or a noun of ``ontology/lexicons/event_triggers.tsv`` whose requirements
hold in the parse (see the lexicon's header for ``@PLACE``, ``@NAMED``, ``!word``...)."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from newsgraph import lexicons
from newsgraph.extract.event_amounts import MILITARY_NOUNS, MONEY_RE
from newsgraph.extract.event_parse import (
    ACTOR_TYPES,
    OBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    PLACE_LABELS,
    SUBJECT_DEPS,
    MentionIndex,
    dependents,
    is_object,
    lemma,
    subject_chain,
    subtree_text,
)

PERSON_PRONOUNS = lexicons.tagged("pronouns.tsv")["person_object"]
"""Pronouns that stand for a person as the object of a trigger ("l'a arrêté")."""


@dataclass(frozen=True, slots=True)
class Trigger:
    """One row of the trigger lexicon."""

    lemma: str
    pos: str
    type: str
    de_role: str  # agent, target or "-"
    requires: tuple[str, ...]


@lru_cache(maxsize=1)
def triggers() -> dict[str, tuple[Trigger, ...]]:
    """The trigger lexicon, by lemma."""
    rows: dict[str, list[Trigger]] = defaultdict(list)
    for lemma_, pos, type_, de_role, requires in lexicons.rows("event_triggers.tsv", 5, "-"):
        req = () if requires.strip() in ("", "-") else tuple(requires.strip().split("|"))
        rows[lemma_.strip()].append(Trigger(lemma_.strip(), pos.strip(), type_.strip(), de_role.strip(), req))
    return {k: tuple(v) for k, v in rows.items()}


def match_trigger(token: Token, mentions: MentionIndex) -> Trigger | None:
    """The lexicon row a token triggers, if its requirements hold."""
    if token.pos_ not in {"VERB", "NOUN", "ADJ", "AUX", "PROPN"}:
        return None
    keys = [lemma(token), token.lower_]
    if token.lower_.endswith(("s", "x")):
        keys.append(token.lower_[:-1])
    table = triggers()
    rows = next((table[k] for k in keys if k in table), ())
    want = "NOUN" if token.pos_ in {"NOUN", "PROPN"} else "VERB"
    for row in rows:
        if row.pos != want and not (row.pos == "VERB" and token.pos_ == "ADJ"):
            continue
        need = [r for r in row.requires if not r.startswith("!")]
        if any(is_vetoed(r[1:], token, mentions) for r in row.requires if r.startswith("!")):
            continue
        if not need or any(all(requirement_holds(p, token, mentions) for p in r.split("+")) for r in need):
            return row
    return None


def is_vetoed(req: str, token: Token, mentions: MentionIndex) -> bool:
    """A veto holds on any dependent, the subject included ("nous rencontrons", "s'en prendre")."""
    if req.startswith("@"):
        return requirement_holds(req, token, mentions)
    words = [*dependents(token), *subject_chain(token)]
    words += [g for t in subject_chain(token) for g in t.children]  # "rencontré par nos journalistes"
    return any(lemma(t) == req or t.lower_ == req for t in words)


def requirement_holds(req: str, token: Token, mentions: MentionIndex) -> bool:
    """One requirement of a lexicon row (see the lexicon's header)."""
    if req == "@NAMED":
        args = [*token.children, *subject_chain(token)]
        return any((m := mentions.get(t)) is not None and m.label in ACTOR_TYPES for t in args)
    deps = [t for t in dependents(token) if t.dep_ not in SUBJECT_DEPS and t.head.dep_ not in SUBJECT_DEPS]
    if req == "@PLACE":  # not "contre la Russie", "avec Kiev": those are opponents and partners
        return any(
            not any(c.dep_ == "case" and c.lower_ in {"contre", "avec", "entre"} for c in t.children)
            for t, _ in mentions.places(deps)
        )
    if req == "@OBJPLACE":  # "a pris Kherson", "ont repris Lyman"
        objects = [t for t in token.children if is_object(t)]
        return any((m := mentions.get(t)) is not None and m.label in PLACE_LABELS for t in objects)
    if req == "@MONEY":
        return bool(MONEY_RE.search(subtree_text(token)))
    if req == "@NUM":
        return any(
            re.search(r"\d", t.text) or (t.pos_ == "NUM" and t.lower_ not in {"un", "une"})
            for t in token.children
        )
    if req == "@MILITARY":
        args = [t for t in dependents(token) if t.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS | OBJECT_DEPS]
        args += [t for t in subject_chain(token)]
        return any(lemma(t) in MILITARY_NOUNS for t in args)
    if req == "@PERSON":
        for t in token.children:
            if t.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS | {"nmod", "obl:arg"}:
                m = mentions.get(t)
                if (m is not None and m.label in {"PER", "ORG", "GROUP", "ANON"}) or (
                    t.pos_ == "PRON" and t.lower_ in PERSON_PRONOUNS
                ):
                    return True
        return False
    return any(lemma(t) == req or t.lower_ == req for t in deps)
