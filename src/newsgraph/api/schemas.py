"""Response models (apart from the domain records)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Query
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, WithJsonSchema

from newsgraph import dates

IsoDate = Annotated[
    str,
    AfterValidator(dates.checked),
    WithJsonSchema(dates.DATE_SCHEMA),
]
"""A date filter: YYYY, YYYY-MM or YYYY-MM-DD, ASCII digits, a calendar day (422 otherwise)."""
PageLimit = Annotated[int, Query(ge=1, le=1000, description="At most this many items in the page.")]
PageOffset = Annotated[
    int,
    Query(
        ge=0, le=1_000_000, description="Skip this many items first (the next page starts at next_offset)."
    ),
]
Since = Annotated[
    IsoDate | None,
    Query(description="From this date on (YYYY, YYYY-MM, YYYY-Www or YYYY-MM-DD): what overlaps it is kept."),
]
Until = Annotated[
    IsoDate | None,
    Query(
        description=(
            "Up to this date, included (YYYY, YYYY-MM, YYYY-Www or YYYY-MM-DD): what overlaps it is kept."
        )
    ),
]
"""The ``since`` and ``until`` filters of the list and export routes, described once."""


class ErrorDetail(BaseModel):
    """The body of an HTTP error: what went wrong."""

    detail: str


class Unprocessable(BaseModel):
    """The body of a 422: a message, or FastAPI's list of validation errors."""

    detail: str | list[dict[str, Any]]


class Page(BaseModel):
    model_config = ConfigDict(extra="forbid")
    items: list[dict[str, Any]]
    limit: int
    offset: int
    next_offset: int | None


class Health(BaseModel):
    status: str
    backend: str
    version: str


class QueryInfo(BaseModel):
    name: str = Field(description="The query's name, for GET /queries/{name}.")
    description: str = Field(description="What it answers.")
    params: list[str] = Field(description="The query-string parameters it takes (besides limit and offset).")
    required: list[str] = Field(default_factory=list, description="The parameters it cannot run without.")
    columns: list[str] = Field(description="The columns of its rows, in order.")


class QueryRows(BaseModel):
    columns: list[str] = Field(description="The column names, in the order of each row's values.")
    rows: list[list[Any]] = Field(description="The rows of this page.")
    truncated: bool = Field(
        False,
        description="True when more rows exist than this page holds "
        "(raise limit, or ask for the next page with offset).",
    )


def page(rows: list[dict[str, Any]], limit: int, offset: int, truncated: bool = False) -> Page:
    """A page from ``limit + 1`` fetched rows (the extra row tells whether there is a next page);
    ``truncated``: the store cut them at its row limit (below ``limit + 1``), so more exist."""
    items = rows[:limit]
    has_more = len(rows) > limit or truncated
    next_offset = offset + len(items) if has_more else None
    return Page(items=items, limit=limit, offset=offset, next_offset=next_offset)


def known(param: str) -> dict[str, Any]:
    """The OpenAPI enum of a parameter with a closed set of values (the ontology's; any other is a 422)."""
    from newsgraph.queries import known_values

    return {"enum": list(known_values()[param])}


def error(description: str) -> dict[str, Any]:
    """A documented error response, for a route's ``responses=``."""
    return {"model": ErrorDetail, "description": description}


UNPROCESSABLE = {
    "model": Unprocessable,
    "description": "Invalid parameters, or a result over the row limit (max_rows).",
}
REFUSED = {
    "model": Unprocessable,
    "description": "A parameter the query does not take or needs, a value it cannot "
    "match (an unknown topic, event type or actor type: the message lists the known ones; a date "
    "that is no date), invalid parameters, or a result over the row limit.",
}
TIMED_OUT = error("The query ran out of time; Retry-After says when to try again.")
