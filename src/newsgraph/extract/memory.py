"""How a process that parses keeps the memory it frees (called once, when the model is loaded)."""

from __future__ import annotations

import ctypes

M_TRIM_THRESHOLD, M_MMAP_THRESHOLD = -1, -3
"""glibc's ``mallopt`` parameters (malloc.h)."""
MMAP_THRESHOLD = 32 * 2**20
"""Allocations below this size come from the heap, not from a mapping of their own (glibc's
default starts at 128 KB and only rises when a mapped block is freed; 32 MB is its ceiling)."""
TRIM_THRESHOLD = 512 * 2**20
"""Free memory kept at the top of the heap before it is given back to the system."""


def keep_freed_memory() -> bool:
    """Keep the memory this process frees for its next allocations (glibc's ``mallopt``; elsewhere
    nothing is done). Extraction frees each parse as soon as its records are made
    (``pipeline.release``), in a build's workers and in ``newsgraph extract`` alike; with glibc's
    defaults the freed heap top was given back and faulted in again for the next parse (10x the page
    faults, ~10 % more CPU, all in the kernel). Whether both settings were taken."""
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):  # not glibc: its own policy
        return False
    mallopt.argtypes, mallopt.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
    mmap_set: bool = mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD) == 1
    trim_set: bool = mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD) == 1
    return trim_set and mmap_set
