"""A write-only buffer that writers (lxml's incremental ``xmlfile``, ``zipfile``, ``csv``) fill
and a generator empties chunk by chunk: how the exports stream."""

from __future__ import annotations

CHUNK = 64 * 1024  # bytes gathered before a chunk is handed on


class Sink:
    """Bytes written, taken out by ``take``; ``tell`` without ``seek`` lets ``zipfile`` write to it
    as to a pipe (with data descriptors)."""

    def __init__(self) -> None:
        self._parts: list[bytes] = []
        self._held = 0
        self._position = 0

    def write(self, data: bytes | bytearray | memoryview) -> int:
        b = bytes(data)
        self._parts.append(b)
        self._held += len(b)
        self._position += len(b)
        return len(b)

    def tell(self) -> int:
        return self._position

    def flush(self) -> None:
        pass

    def close(self) -> None:
        pass

    @property
    def full(self) -> bool:
        return self._held >= CHUNK

    def take(self) -> bytes:
        out = b"".join(self._parts)
        self._parts.clear()
        self._held = 0
        return out
