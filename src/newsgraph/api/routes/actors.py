from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query

from newsgraph.api.deps import StoreDep, run_named
from newsgraph.api.routes.known_params import only_known_params
from newsgraph.api.schemas import (
    REFUSED,
    TIMED_OUT,
    UNPROCESSABLE,
    Page,
    PageLimit,
    PageOffset,
    error,
    known,
    page,
)

router = APIRouter(prefix="/actors", tags=["actors"], dependencies=[Depends(only_known_params)])


@router.get("", response_model=Page, responses={422: REFUSED, 503: TIMED_OUT})
async def list_actors(
    store: StoreDep,
    q: Annotated[str | None, Query(description="Part of a name or alias.", max_length=200)] = None,
    type: Annotated[
        str | None,
        Query(
            description="Person, Organization, GeopoliticalEntity, Group or AnonymousActor (any case).",
            max_length=50,
            json_schema_extra=known("actor_type"),
        ),
    ] = None,
    limit: PageLimit = 50,
    offset: PageOffset = 0,
) -> Page:
    """Actors, most mentioned first."""
    result = await run_named(
        store, "search_actors", {"q": q, "actor_type": type}, limit=limit + 1, offset=offset
    )
    return page(result.dicts(), limit, offset, result.truncated)


@router.get(
    "/{actor_id}", responses={404: error("No actor with this id."), 422: UNPROCESSABLE, 503: TIMED_OUT}
)
async def get_actor(
    store: StoreDep,
    actor_id: Annotated[
        str, Path(pattern=r"^[A-Za-z0-9._~-]{1,200}$", description="The actor id (see GET /actors).")
    ],
    statements: Annotated[
        int, Query(ge=0, le=1000, description="How many of its statements to include.")
    ] = 20,
) -> dict[str, Any]:
    """One actor: canonical name, type, aliases, and its statements."""
    rows = (await run_named(store, "actor", {"actor_id": actor_id})).dicts()
    if not rows:
        raise HTTPException(status_code=404, detail=f"no actor {actor_id!r}")
    said = (
        (await run_named(store, "statements_by_actor", {"actor": actor_id}, limit=statements)).dicts()
        if statements
        else []
    )
    return {
        "id": actor_id,
        "name": rows[0]["name"],
        "type": rows[0]["type"],
        "aliases": sorted({r["alias"] for r in rows if r["alias"]}),
        "documents": max(r["documents"] for r in rows),
        "statements": said,
    }
