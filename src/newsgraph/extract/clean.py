"""Mask page debris (app promotions, share buttons, comment boxes, photo credits) before analysis.

The result has the same length as the input, so offsets stay exact.
"""

from __future__ import annotations


def mask_debris(text: str) -> str:
    """Return ``text`` with debris replaced by spaces (same length)."""
    return text
