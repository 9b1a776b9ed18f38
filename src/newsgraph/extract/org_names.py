"""Names of organisations of French public life labelled ORG after the model's entity recognizer.

fr_core_news_md misses many of them ("Pôle emploi affirme ..." has no entity), cuts them
("Météo-France": "Météo" a noun, "France" a place) or mislabels them ("UFC-Que Choisir" MISC with
"Choisir" for a person, "La France insoumise" the place "La France"). spaCy's own rule-based
entity labeller (``span_ruler`` writing ``doc.ents``, the successor of ``entity_ruler``), added
after "ner", gives the names of ``organisations.txt`` their span and the label ORG, so every later
stage (speakers, actors, event agents) reads them as bodies. Patterns match the exact words
(case-sensitive), as tokenized by the model itself. A name overwrites the entities it overlaps,
but a longer ORG of the model that holds it is kept: the model already read a body there, with its
descriptive noun ("le syndicat Force ouvrière", which "le syndicat" later takes up) or a longer
name ("CGT Educ'action").
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Span
from spacy.util import registry

from newsgraph import lexicons

LEXICON = "organisations.txt"
RULER = "organisation_names"
FILTER = "newsgraph.organisation_ents_filter.v1"


def names() -> tuple[str, ...]:
    """Every name and variant of ``organisations.txt``, each also with ’ for ' (both are written)."""
    found = [name.strip() for line in lexicons.lines(LEXICON) for name in line.split("\t") if name.strip()]
    return tuple(dict.fromkeys(found + [n.replace("'", "\u2019") for n in found if "'" in n]))


def holds(entity: Span, name: Span) -> bool:
    """The model's ORG ``entity`` holds ``name`` and more ("syndicat Force ouvrière", "CGT Educ'action")."""
    inside = entity.start <= name.start and name.end <= entity.end
    return entity.label_ == "ORG" and inside and len(entity) > len(name)


PLACE_LABELS = frozenset({"LOC", "GPE"})
OF = frozenset({"de", "d'", "d\u2019"})


def place_after(entity: Span, name: Span) -> Span | None:
    """The place the model's place ``entity`` names after the listed ``name`` and "de": "Stellantis
    de Sochaux" (a site: the company's plant in the town) -> "Sochaux", LOC; None otherwise."""
    doc = entity.doc
    tail = name.end
    if entity.label_ not in PLACE_LABELS or not entity.start <= name.start < tail < entity.end - 1:
        return None
    if doc[tail].lower_ not in OF or not doc[tail + 1].is_title:
        return None
    return Span(doc, tail + 1, entity.end, label=entity.label_)


def merge(entities: Iterable[Span], spans: Iterable[Span]) -> list[Span]:
    """The model's entities with the names found, longest first, overwriting those they overlap
    but the model's longer ORGs that hold them (``holds``); a place of the model that runs on past
    the name with "de" keeps its town (``place_after``)."""
    kept = list(entities)
    found: list[Span] = []
    taken: set[int] = set()
    for span in sorted(spans, key=lambda s: (s.end - s.start, -s.start), reverse=True):
        if taken.intersection(range(span.start, span.end)) or any(holds(e, span) for e in kept):
            continue
        found.append(span)
        overlapped = [e for e in kept if e.start < span.end and e.end > span.start]
        kept = [e for e in kept if e not in overlapped]
        kept += [t for t in (place_after(e, span) for e in overlapped) if t is not None]
        taken.update(range(span.start, span.end))
    return kept + found


def organisation_ents_filter() -> object:
    """``merge`` as a filter of spaCy's span ruler (its ``ents_filter`` setting)."""
    return merge


registry.misc.register(FILTER, func=organisation_ents_filter)


def add_organisation_ruler(nlp: Language) -> None:
    """Add the ruler after "ner" (a model without "ner" is left as it is)."""
    if "ner" not in nlp.pipe_names or RULER in nlp.pipe_names:
        return
    config = {"spans_key": None, "annotate_ents": True, "overwrite": False, "ents_filter": {"@misc": FILTER}}
    ruler = nlp.add_pipe("span_ruler", name=RULER, after="ner", config=config)
    ruler.add_patterns([{"label": "ORG", "pattern": name} for name in names()])  # type: ignore[attr-defined]
