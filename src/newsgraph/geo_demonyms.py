"""The demonym rows of ``ontology/lexicons/places_fr.tsv``: a country's adjectives and nouns of
nationality ("russe", "russes", "Russes", "ukrainiennes"), read once.

A demonym is no place (``geo`` skips these rows when it indexes places); it names a country for
those who read a nationality: an event's side ("les frappes russes"), a people ("les Russes"), a
body of a state ("l'armée russe", ``nations``).
"""

from __future__ import annotations

from functools import cache

from newsgraph import lexicons
from newsgraph.names import fold_spaced

PLACES_FR = "places_fr.tsv"


@cache
def _rows() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(country's French name, its ISO code, its demonym forms) of every demonym row, in the lexicon's
    order."""
    return tuple(
        (cols[0], cols[5].strip(), tuple(f.strip() for f in cols[6].split(";") if f.strip()))
        for cols in lexicons.rows(PLACES_FR, 7)
        if cols[1] == "demonym"
    )


@cache
def _demonyms() -> dict[str, str]:
    """Demonym form ("russes") -> the country's French name ("Russie"); a later row wins."""
    return {form: country for country, _, forms in _rows() for form in forms}


def demonym_country(word: str) -> str | None:
    """The country a demonym names ("russes" -> "Russie"), or None; demonyms are not places.

    >>> demonym_country("ukrainiennes")
    'Ukraine'
    """
    return _demonyms().get(word.lower())


@cache
def folded_demonyms() -> frozenset[str]:
    """Every demonym form without accents, as ``names.fold_spaced`` writes words ("americain")."""
    return frozenset(fold_spaced(w) for w in _demonyms())


@cache
def demonym_forms(country: str) -> tuple[str, ...]:
    """The demonym forms of a country by its French name, as its first row lists them ("Russie":
    "russe", "russes", …); () for a country the lexicon gives none.

    >>> "ukrainiennes" in demonym_forms("Ukraine")
    True
    """
    return next((forms for name, _, forms in _rows() if name == country), ())


@cache
def _forms_by_code() -> dict[str, tuple[str, ...]]:
    """ISO 3166-1 code -> the demonym forms of its first row ("FR": "français", "française", …)."""
    out: dict[str, tuple[str, ...]] = {}
    for _, code, forms in _rows():
        if code:
            out.setdefault(code, forms)
    return out


def state_adjective(code: str, feminine: bool = False) -> str | None:
    """The singular adjective of a state's nationality by its ISO code, masculine or feminine, as a
    body of the state is named with it ("le gouvernement français", "la police française"); None for
    a state the lexicon gives no demonym. The masculine is the row's first form; the feminine its
    first other singular form ("américaine", "ukrainienne", "turque"), or the masculine when there is
    none ("russe", "russes").

    >>> state_adjective("FR"), state_adjective("FR", feminine=True), state_adjective("UA", True)
    ('français', 'française', 'ukrainienne')
    """
    forms = _forms_by_code().get(code)
    if not forms:
        return None
    if not feminine:
        return forms[0]
    return next((f for f in forms[1:] if not f.endswith(("s", "x"))), forms[0])
