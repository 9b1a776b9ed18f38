"""Canonical actors across documents, and one node per real-world event."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from newsgraph.model import Extraction


def fold(text: str) -> str:
    """Lowercase, strip accents, collapse non-word runs to '-'."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def actor_id(name: str, type: str) -> str:
    """A deterministic canonical id for an actor name."""
    return fold(name) or "unknown"


class Registry:
    """What resolution remembers across batches (known actors and their aliases)."""

    @classmethod
    def load(cls, path: Path) -> Registry:
        return cls()

    def save(self, path: Path) -> None:
        pass


def resolve(extractions: Iterable[Extraction], registry: Registry | None = None) -> list[Extraction]:
    return list(extractions)
