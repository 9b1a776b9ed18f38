"""Refuse a query parameter that a route does not take. FastAPI ignores such parameters, so a
misspelt filter (``/statements?topc=aid``) answered as if there were none: a 200 with every row,
where the user believed to have filtered. The named queries refuse them the same way
(``NamedQuery.check_params``)."""

from __future__ import annotations

from fastapi import HTTPException, Request
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute


def _query_params(dependant: Dependant) -> list[str]:
    """The query parameters of a route and of its dependencies, in their order."""
    out = [p.alias for p in dependant.query_params]
    for sub in dependant.dependencies:
        out += [p for p in _query_params(sub) if p not in out]
    return out


def only_known_params(request: Request) -> None:
    """A router dependency: 422 naming the parameters the route takes, for any other."""
    route = request.scope.get("route")
    if not isinstance(route, APIRoute):
        return
    known = _query_params(route.dependant)
    unknown = sorted(set(request.query_params) - set(known))
    if unknown:
        raise HTTPException(
            status_code=422,
            detail=f"{request.url.path} takes no parameter {', '.join(unknown)} "
            f"(it takes: {', '.join(known) or 'none'})",
        )
