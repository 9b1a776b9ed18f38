"""What a raw query is, decided before any engine sees it: its size, its nesting depth, and, for
Cypher, whether it reaches outside the graph.

Engines parse recursively, and a deep enough query overflows their stack (pyoxigraph crashed the
process at 10,000 nested ``!``): every raw query is bounded in length and depth first, by a
linear scan that skips strings, IRIs and comments. For SPARQL the codepoint escapes
(``\\uXXXX``, ``\\UXXXXXXXX``) are expanded first, as SPARQL 1.1 §19.2 says and as rdflib does,
and the expanded text is what the engine runs: Oxigraph does not expand them itself, so a guard
reading one text and an engine running another could disagree about what is a comment.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

MAX_QUERY_CHARS = 100_000
MAX_DEPTH = 128
"""Brackets, parentheses and runs of unary operators open at once. Real queries stay under 20;
Oxigraph overflowed its stack between 5,000 and 10,000."""

ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


class QueryShapeError(ValueError):
    """A query refused before parsing: too long (``too_long``) or nested too deep."""

    def __init__(self, message: str, *, too_long: bool = False) -> None:
        super().__init__(message)
        self.too_long = too_long


class OutsideReach(ValueError):
    """A Cypher query that would reach outside the graph (LOAD CSV, a procedure not allowed)."""


def excerpt(text: str, size: int = 80) -> str:
    """A short, printable excerpt of user input for an error message."""
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return repr(text[:size] + ("…" if len(text) > size else ""))


def unescape_sparql(text: str) -> str:
    """``text`` with SPARQL's codepoint escapes expanded (§19.2). A text whose expansion still
    holds an escape (``\\u005Cu0022``) is refused: expanded again by one parser and not by the
    other, it would be two queries."""
    if "\\u" not in text and "\\U" not in text:
        return text

    def char(m: re.Match[str]) -> str:
        code = int(m.group(1) or m.group(2), 16)
        if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            raise QueryShapeError(f"invalid codepoint escape {m.group(0)!r}")
        return chr(code)

    out = ESCAPE.sub(char, text)
    if ESCAPE.search(out):
        raise QueryShapeError("a codepoint escape that makes another escape (\\u005C...) is not allowed")
    return out


@dataclass(frozen=True, slots=True)
class Token:
    kind: str  # "word", "string", "iri", "var", "punct"
    value: str


_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_.]*")
_SPARQL_IRI = re.compile(r"<[^<>\"{}|^`\\\s]*>")
UNARY = {"!", "-", "+"}


def tokens(text: str, language: str) -> Iterator[Token]:
    """The tokens of a SPARQL (``"sparql"``) or Cypher (``"cypher"``) text that matter to the
    checks here: words (case kept), strings (one token each), IRIs, punctuation; whitespace and
    comments dropped. Strings and comments follow each language's rules (SPARQL: ``#`` comments,
    quotes single, double or tripled; Cypher: ``//`` and ``/* */`` comments, backtick names)."""
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c.isspace():
            i += 1
        elif language == "sparql" and c == "#":
            j = text.find("\n", i)
            i = n if j < 0 else j + 1
        elif language == "cypher" and text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j + 1
        elif language == "cypher" and text.startswith("/*", i):
            j = text.find("*/", i + 2)
            i = n if j < 0 else j + 2
        elif c in "'\"" or (language == "cypher" and c == "`"):
            j = _string_end(text, i, language)
            yield Token("string" if c != "`" else "word", text[i:j])
            i = j
        elif language == "sparql" and c == "<" and (m := _SPARQL_IRI.match(text, i)):
            yield Token("iri", m.group(0))
            i = m.end()
        elif (m := _WORD.match(text, i)) is not None:
            yield Token("word", m.group(0))
            i = m.end()
        else:
            yield Token("punct", c)
            i += 1


def _string_end(text: str, i: int, language: str) -> int:
    """The index just past the string (or backtick name) that starts at ``i``; the end of the
    text when it is not closed."""
    quote = text[i]
    if language == "sparql" and text.startswith(quote * 3, i):
        j = i + 3
        while j < len(text):
            if text[j] == "\\":
                j += 2
            elif text.startswith(quote * 3, j):
                return j + 3
            else:
                j += 1
        return len(text)
    j = i + 1
    while j < len(text):
        if text[j] == "\\" and quote != "`":
            j += 2
        elif text[j] == quote:
            if quote == "`" and text.startswith("``", j):  # a doubled backtick inside a name
                j += 2
                continue
            return j + 1
        else:
            j += 1
    return len(text)


def depth(toks: Iterator[Token] | list[Token]) -> int:
    """The deepest nesting: open brackets plus the run of unary operators (``!``, ``-``, ``+``,
    ``NOT``) at that point."""
    level = run = deepest = 0
    for t in toks:
        if t.kind == "punct" and t.value in "([{":
            level += 1
            run = 0
        elif t.kind == "punct" and t.value in ")]}":
            level = max(0, level - 1)
            run = 0
        elif (t.kind == "punct" and t.value in UNARY) or (t.kind == "word" and t.value.upper() == "NOT"):
            run += 1
        else:
            run = 0
        deepest = max(deepest, level + run)
    return deepest


def bounded(text: str, language: str, *, max_chars: int = MAX_QUERY_CHARS, max_depth: int = MAX_DEPTH) -> str:
    """The text the engine is to run (SPARQL: escapes expanded), once it is within the size and
    depth bounds; QueryShapeError otherwise."""
    if len(text) > max_chars:
        raise QueryShapeError(f"query longer than {max_chars} characters", too_long=True)
    if language == "sparql":
        text = unescape_sparql(text)
    found = depth(tokens(text, language))
    if found > max_depth:
        raise QueryShapeError(
            f"query nested {found} levels deep; the limit is {max_depth} (brackets and unary operators)"
        )
    return text


# ------------------------------------------------------------------ Cypher: stay inside the graph

ALLOWED_PROCEDURES = frozenset(
    {
        "db.labels",
        "db.relationshiptypes",
        "db.propertykeys",
        "db.indexes",
        "db.constraints",
        "db.schema.visualization",
        "db.schema.nodetypeproperties",
        "db.schema.reltypeproperties",
    }
)
"""Procedures a read of the graph may CALL (case-insensitive): the schema's own listings."""
_LOAD_CSV = re.compile(r"\bload\b(?:\s|/\*[\s\S]*?\*/|//[^\n]*(?:\n|$))*csv\b", re.IGNORECASE)


def check_cypher_reach(text: str) -> None:
    """Refuse (OutsideReach) a Cypher text with ``LOAD CSV`` or a ``CALL`` of a procedure
    outside :data:`ALLOWED_PROCEDURES`. By tokens, so that strings and comments neither hide
    a clause nor make one up; and, for LOAD CSV, by the raw text as well (a string the engine
    ends where this scanner does not cannot smuggle it in)."""
    toks = list(tokens(text, "cypher"))
    words = [(k, t) for k, t in enumerate(toks) if t.kind == "word"]
    for k, t in words:
        upper = t.value.upper()
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if upper == "LOAD" and nxt is not None and nxt.kind == "word" and nxt.value.upper() == "CSV":
            raise OutsideReach(
                "LOAD CSV is not allowed: this endpoint reads the graph and nothing outside it"
            )
        if upper == "CALL" and nxt is not None and not (nxt.kind == "punct" and nxt.value == "{"):
            name = _procedure_name(toks, k + 1)
            if name.lower() not in ALLOWED_PROCEDURES:
                raise OutsideReach(
                    f"CALL {excerpt(name, 60)} is not allowed: only {', '.join(sorted(ALLOWED_PROCEDURES))}"
                )
    if _LOAD_CSV.search(text):
        raise OutsideReach("LOAD CSV is not allowed: this endpoint reads the graph and nothing outside it")


def _procedure_name(toks: list[Token], k: int) -> str:
    """The dotted name that starts at token ``k`` (backtick parts unquoted)."""
    parts: list[str] = []
    while k < len(toks):
        t = toks[k]
        if t.kind == "word":
            parts.append(t.value.strip("`") if t.value.startswith("`") else t.value)
        elif not (t.kind == "punct" and t.value == "."):
            break
        k += 1
    return ".".join(p for part in parts for p in part.split(".") if p) or (
        toks[k].value if k < len(toks) else ""
    )
