"""The state an actor stands for: a state itself, or its people named by their demonym.

"les Russes" and "la Russie" are two actors and stay two nodes of the network: a people is not
its state ("les Russes" in a report are now the soldiers, now the negotiators, now the
population; "la Russie" is the state that acts). GDELT and CAMEO code both with the state's
country code (RUS), and so does newsgraph: :func:`state_code` gives both the same ISO 3166-1
code, which the network exports write as the actor's ``country`` (beside a place's), so that a
reader folds a people into its state when that is what is asked, and keeps them apart otherwise.

Only the collective of a state's people takes the code: a plural demonym alone ("les Russes",
"Américains"). A body of the state ("l'armée russe"), a set of its nationals described ("des
ressortissants russes", "les soldats russes") or a party named after it ("Russie unie") is none.
"""

from __future__ import annotations

import re

from newsgraph.geo import geocode, government_of
from newsgraph.geo_demonyms import demonym_country
from newsgraph.names import readable

PEOPLE = re.compile(r"^(?:les\s+|des\s+)?([A-ZÀ-Ý][\w'’-]*[sx])$")
"""A capitalised plural noun alone, after "les" or "des" ("les Russes", "Américains"): the
people, written as a noun; "russes" in lowercase is an adjective of something else."""


def state_code(name: str, type_: str) -> str | None:
    """The ISO 3166-1 code of the state an actor stands for, or None.

    A state (type ``gpe``: a country, or its capital standing for its government, "Moscou") is
    its own; a people (a plural demonym alone, a ``group``, or an ``organization`` where NER
    called it one: "Français" tagged ORG) is its state's.

    >>> state_code("les Russes", "group"), state_code("Russie", "gpe")
    ('RU', 'RU')
    >>> state_code("Russie unie", "organization"), state_code("soldats russes", "group")
    (None, None)
    """
    name = name.strip()
    if type_ == "gpe":
        state = government_of(readable(name))
        if state is not None:
            return state.country
        # "l'État américain": a state named by its demonym (as ``resolve.actors.is_actor`` reads it)
        return next((c for w in name.split()[1:] if (c := _country_of(w)) is not None), None)
    if type_ not in {"group", "organization"} or (m := PEOPLE.match(name)) is None:
        return None
    return _country_of(m.group(1))


def _country_of(demonym: str) -> str | None:
    """The ISO code of the country a demonym names ("russes", "Américains"), or None."""
    country = demonym_country(demonym)
    place = geocode(country) if country is not None else None
    return place.country if place is not None and place.type == "country" else None
