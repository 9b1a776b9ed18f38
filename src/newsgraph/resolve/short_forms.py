"""Short forms of a body named in full in the same report: its acronym ("la Confédération générale
du travail (CGT)" ... "la CGT") and its head noun alone ("l'Assemblée nationale" ... "l'Assemblée").

A report that names a body in full and by a short form speaks of one body, so its two records
become one actor. The acronym wins as the id (French news names unions, parties and agencies by
their initials far more often than in full, so the reports that give only the initials join it);
an institution's head noun alone (``roles.txt`` "org", ``institution_heads.txt``) joins the one
full name it begins in the report, and stays as it was when it begins none or several ("le
Conseil" beside "Conseil d'État" and "Conseil constitutionnel"). Decided from one report alone, as
the rest of resolution. Across reports, the usual short names of well-known bodies are joined by
the gazetteer of ``actor_aliases.json`` ("collectives"), not here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsgraph.model import Actor
from newsgraph.names import fold, fold_key, strip_determiners
from newsgraph.resolve.actors import institution_heads, institution_seats, joined
from newsgraph.resolve.slips import slip_targets

BODY_TYPES = frozenset({"organization", "gpe"})
OF_KEY = re.compile(r"-(?:de|du|des|d)-")
"""A "de" complement right after the head noun, in a folded key ("direction-de-la-sncf")."""
SHORT_TYPES = frozenset({"organization", "group"})
"""What an institution's head noun alone was read as: a body, or people in an event's role."""
LINK_WORDS = frozenset(
    {"de", "du", "des", "d", "la", "le", "les", "l", "et", "pour", "en", "a", "au", "aux", "sur"}
)
"""Words acronyms mostly skip ("Organisation mondiale de la santé" -> OMS)."""


def is_initials(name: str) -> bool:
    """ "CGT", "OMS", "EELV": two to six capitals and nothing else."""
    return 2 <= len(name) <= 6 and name.isalpha() and name.isupper()


def initials(name: str) -> set[str]:
    """The acronyms a full name can have: the first letters of every word, or of its words but
    the link words ("Rassemblement national" -> "rn"; "La France insoumise" -> "lfi", "fi")."""
    words = fold_key(name).split("-")
    if len(words) < 2:
        return set()
    every = "".join(w[0] for w in words)
    content = "".join(w[0] for w in words if w not in LINK_WORDS)
    return {every, content} - {""}


def short_form_targets(actors: Iterable[Actor]) -> dict[str, Actor]:
    """Actor id -> the actor it is a short form of, among the bodies of one report. An institution's
    head noun alone joins the one full name it begins, whether it was read as a body or, in an
    event's role, as people ("la direction de l'entreprise X a annoncé [...]. La direction a
    supprimé": the event's agent is that direction, not a group "direction")."""
    actors = list(actors)
    bodies = [a for a in actors if a.type in BODY_TYPES]
    targets: dict[str, Actor] = {}
    for acronym in bodies:
        written = [n for n in (acronym.name, *acronym.aliases) if is_initials(n)]  # "FNSEA" shown "Fnsea"
        if not written:
            continue
        full = [b for b in bodies if b.id != acronym.id and fold(written[0]) in initials(b.name)]
        if len(full) == 1:
            targets[full[0].id] = acronym
    heads = institution_seats() | institution_heads()
    keys = {b.id: strip_determiners(fold_key(b.name)) for b in bodies}
    for short in (*bodies, *(a for a in actors if a.type == "group")):
        key = keys.get(short.id) or strip_determiners(fold_key(short.name))
        if short.id in targets or short.type not in SHORT_TYPES or key not in heads:
            continue
        longer = [b for b in bodies if b.id != short.id and keys[b.id].startswith(key + "-")]
        if short.type == "group":  # people's noun: only an organ of someone ("direction de X")
            longer = [b for b in longer if OF_KEY.match(keys[b.id], len(key))]
        if len(longer) == 1:
            targets[short.id] = targets.get(longer[0].id, longer[0])
    return targets


def merge_short_forms(actors: list[Actor]) -> tuple[list[Actor], dict[str, Actor]]:
    """The report's actors with each short form merged into its full form (aliases and mentions
    joined), and the map old id -> actor for rewriting the report's references."""
    targets = short_form_targets(actors) | slip_targets(actors)  # and a person's name misspelt once
    if not targets:
        return actors, {}
    kept: dict[str, Actor] = {a.id: a for a in actors if a.id not in targets}
    for old in (a for a in actors if a.id in targets):
        into = kept[targets[old.id].id]
        kept[into.id] = joined(into, old, old.name)
    return list(kept.values()), {old: kept[t.id] for old, t in targets.items()}
