"""How records travel from the extraction workers to the build process: each record class
pickles as its class and the tuple of its fields, rebuilt by calling the class.

The default pickling of a slotted dataclass goes through ``dataclasses``' generic
``__getstate__``/``__setstate__``, which call ``fields()`` for every object and set each field
with a Python-level ``object.__setattr__``: unpickling a batch's records (tens of thousands of
small objects) cost the build process more than half a second per 2,000 reports, three quarters
of it in ``fields()``. A reducer registered with ``copyreg`` takes precedence over those methods
in any process that imported this module, which both ends do (the workers import
``newsgraph.parallel`` to run a chunk, and it imports this module); the objects rebuilt are
equal to the ones sent.
"""

from __future__ import annotations

import copyreg
import dataclasses
from collections.abc import Callable
from operator import attrgetter
from typing import Any

from newsgraph import model

RECORD_CLASSES: tuple[type, ...] = tuple(
    cls
    for cls in vars(model).values()
    if isinstance(cls, type) and cls.__module__ == model.__name__ and dataclasses.is_dataclass(cls)
)
"""Every dataclass of the model (records, their parts, and ``Extraction``)."""


def reducer(cls: type) -> Callable[[Any], tuple[type, tuple[Any, ...]]]:
    """``obj -> (cls, its fields in order)``: what ``pickle`` stores to rebuild ``obj`` as
    ``cls(*fields)`` (every field of the model is an ``__init__`` argument)."""
    names = [f.name for f in dataclasses.fields(cls)]
    if not all(f.init for f in dataclasses.fields(cls)):
        raise TypeError(f"{cls.__name__}: a field outside __init__ cannot be rebuilt positionally")
    get = attrgetter(*names)
    if len(names) == 1:
        return lambda obj: (cls, (get(obj),))
    return lambda obj: (cls, get(obj))


def register() -> None:
    """Register the reducers (idempotent: ``copyreg`` keeps one per class)."""
    for cls in RECORD_CLASSES:
        copyreg.pickle(cls, reducer(cls))


register()
