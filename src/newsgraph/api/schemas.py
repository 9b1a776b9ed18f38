"""Response models (apart from the domain records)."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, WithJsonSchema

from newsgraph import dates

IsoDate = Annotated[
    str, AfterValidator(dates.checked),
    WithJsonSchema(dates.DATE_SCHEMA),
]
"""A date filter: YYYY, YYYY-MM or YYYY-MM-DD, ASCII digits, a calendar day (422 otherwise)."""


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
    name: str
    description: str
    params: list[str]
    columns: list[str]


class QueryRows(BaseModel):
    columns: list[str]
    rows: list[list[Any]]
    truncated: bool = False


def page(rows: list[dict[str, Any]], limit: int, offset: int) -> Page:
    """A page from ``limit + 1`` fetched rows (the extra row tells whether there is a next page)."""
    has_more = len(rows) > limit
    return Page(items=rows[:limit], limit=limit, offset=offset, next_offset=offset + limit if has_more else None)


def error(description: str) -> dict[str, Any]:
    """A documented error response, for a route's ``responses=``."""
    return {"model": ErrorDetail, "description": description}


UNPROCESSABLE = {"model": Unprocessable, "description": "Invalid parameters, or a result over the row limit (max_rows)."}
TIMED_OUT = error("The query ran out of time; Retry-After says when to try again.")
