from typing import Annotated

from fastapi import APIRouter, Query

from newsgraph.api.deps import SettingsDep, StoreDep, run_named
from newsgraph.api.schemas import IsoDate, Page, page

router = APIRouter(prefix="/statements", tags=["statements"])


@router.get("", response_model=Page)
async def list_statements(
    store: StoreDep,
    settings: SettingsDep,
    topic: Annotated[str | None, Query(description="A topic: negotiation, military_action, casualties, aid, war_crimes, nuclear_threat.", max_length=100)] = None,
    speaker: Annotated[str | None, Query(description="Speaker id or part of a name.", max_length=200)] = None,
    since: Annotated[IsoDate | None, Query()] = None,
    until: Annotated[IsoDate | None, Query()] = None,
    doc: Annotated[str | None, Query(description="Document id.", max_length=300)] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> Page:
    """Who said what (about a topic, by a speaker, between dates), with the sentence it came from."""
    params = {"topic": topic, "speaker": speaker, "since": since, "until": until, "doc": doc}
    result = await run_named(store, "who_said_what", params, limit=limit + 1, offset=offset)
    return page(result.dicts(), limit, offset)
