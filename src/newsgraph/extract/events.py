"""Events: typed (CAMEO), with agent, target, place, time."""

from __future__ import annotations

from newsgraph.extract.context import DocContext
from newsgraph.model import Event


def extract_events(ctx: DocContext) -> list[Event]:
    return []
