from typing import Annotated

from fastapi import APIRouter, Depends, Query

from newsgraph.api.deps import StoreDep, run_named
from newsgraph.api.routes.known_params import only_known_params
from newsgraph.api.schemas import REFUSED, TIMED_OUT, Page, PageLimit, PageOffset, Since, Until, known, page

router = APIRouter(prefix="/events", tags=["events"], dependencies=[Depends(only_known_params)])


@router.get("", response_model=Page, responses={422: REFUSED, 503: TIMED_OUT})
async def list_events(
    store: StoreDep,
    type: Annotated[
        str | None,
        Query(
            description="An event type of ontology/event_types.ttl, e.g. withdraw.",
            max_length=100,
            json_schema_extra=known("type"),
        ),
    ] = None,
    actor: Annotated[str | None, Query(description="Actor id or part of a name.", max_length=200)] = None,
    place: Annotated[str | None, Query(description="Place id or part of a name.", max_length=200)] = None,
    since: Since = None,
    until: Until = None,
    limit: PageLimit = 50,
    offset: PageOffset = 0,
) -> Page:
    """Real-world events (reports of one event across articles merged), with their number of reports."""
    params = {"type": type, "actor": actor, "place": place, "since": since, "until": until}
    result = await run_named(store, "events", params, limit=limit + 1, offset=offset)
    return page(result.dicts(), limit, offset, result.truncated)
