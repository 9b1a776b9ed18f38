import asyncio

from fastapi import APIRouter, HTTPException
from starlette.concurrency import run_in_threadpool

from newsgraph import __version__
from newsgraph.api.deps import RETRY_AFTER, SettingsDep, StoreDep, short
from newsgraph.api.schemas import Health, error
from newsgraph.stores import QueryRejected, StoreError

router = APIRouter(tags=["service"])


@router.head("/health", include_in_schema=False)  # the same answer without a body (one operation id)
@router.get(
    "/health",
    response_model=Health,
    responses={503: error("The store did not answer within health_timeout seconds, or failed.")},
)
async def health(settings: SettingsDep, store: StoreDep) -> Health:
    """The service is up and its store answers a read within ``health_timeout`` seconds."""
    try:
        await asyncio.wait_for(run_in_threadpool(store.ping), timeout=settings.health_timeout)
    except TimeoutError:
        raise HTTPException(
            status_code=503,
            detail=f"the store did not answer within {settings.health_timeout:g} s",
            headers={"Retry-After": RETRY_AFTER},
        ) from None
    except (StoreError, QueryRejected) as e:
        raise HTTPException(
            status_code=503,
            detail=short(f"the store cannot answer: {e}"),
            headers={"Retry-After": RETRY_AFTER},
        ) from e
    return Health(status="ok", backend=settings.backend, version=__version__)
