"""The index of names of the derived tables (:mod:`newsgraph.stores.derived`): the nodes whose name
contains a text, found by the string search of the C library."""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable


class NameIndex:
    """Names folded to lower case, joined in one string: the nodes whose name contains a text are
    found by the string search of the C library (a few hundred microseconds for all the names of
    the 2022 graph), each found name mapped back to its node by bisection. A text found in many
    names (one letter) is tested node by node instead (``folded``: each node's names joined)."""

    SAMPLE = 1 << 18
    """Characters of the joined names read to tell how often a text occurs in them."""

    def __init__(self, names: Iterable[tuple[str, str]]) -> None:
        entries = sorted({(n.lower(), i) for i, n in names if "\n" not in n})
        self._ids = [i for _, i in entries]
        self._starts: list[int] = []
        at = 0
        by_node: dict[str, list[str]] = defaultdict(list)
        for text, i in entries:
            self._starts.append(at)
            at += len(text) + 1
            by_node[i].append(text)
        self._joined = "\n".join(t for t, _ in entries) + "\n"
        self.folded = {i: "\n".join(texts) for i, texts in by_node.items()}

    def frequent(self, text: str) -> bool:
        """True when ``text`` occurs in more names than one node in eight (by a sample of the
        names): then testing every node is faster than finding every occurrence."""
        sample = self._joined[: self.SAMPLE]
        found = sample.count(text.lower()) * len(self._joined) / max(1, len(sample))
        return found * 8 > len(self.folded)

    def containing(self, text: str) -> set[str]:
        needle = text.lower()
        out: set[str] = set()
        if "\n" in needle or not self._ids:
            return out
        if self.frequent(needle):
            return {i for i, names in self.folded.items() if needle in names}
        find, starts, end = self._joined.find, self._starts, len(self._joined)
        pos = find(needle)
        while pos != -1:
            k = bisect_right(starts, pos) - 1
            out.add(self._ids[k])
            nxt = starts[k + 1] if k + 1 < len(starts) else end
            pos = find(needle, nxt)
        return out
