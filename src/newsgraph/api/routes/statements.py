from typing import Annotated

from fastapi import APIRouter, Depends, Query

from newsgraph.api.deps import SettingsDep, StoreDep, run_named
from newsgraph.api.routes.known_params import only_known_params
from newsgraph.api.schemas import REFUSED, TIMED_OUT, Page, PageLimit, PageOffset, Since, Until, known, page

router = APIRouter(prefix="/statements", tags=["statements"], dependencies=[Depends(only_known_params)])


@router.get("", response_model=Page, responses={422: REFUSED, 503: TIMED_OUT})
async def list_statements(
    store: StoreDep,
    settings: SettingsDep,
    topic: Annotated[
        str | None,
        Query(
            description="A topic of ontology/topics.ttl.", max_length=100, json_schema_extra=known("topic")
        ),
    ] = None,
    speaker: Annotated[str | None, Query(description="Speaker id or part of a name.", max_length=200)] = None,
    since: Since = None,
    until: Until = None,
    doc: Annotated[str | None, Query(description="Document id.", max_length=300)] = None,
    limit: PageLimit = 50,
    offset: PageOffset = 0,
) -> Page:
    """Who said what (about a topic, by a speaker, between dates), with the sentence it came from."""
    params = {"topic": topic, "speaker": speaker, "since": since, "until": until, "doc": doc}
    result = await run_named(store, "who_said_what", params, limit=limit + 1, offset=offset)
    return page(result.dicts(), limit, offset, result.truncated)
