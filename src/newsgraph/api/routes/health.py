from fastapi import APIRouter

from newsgraph import __version__
from newsgraph.api.deps import SettingsDep, StoreDep
from newsgraph.api.schemas import Health

router = APIRouter(tags=["service"])


@router.get("/health", response_model=Health)
def health(settings: SettingsDep, store: StoreDep) -> Health:
    """The service is up and its store answers."""
    return Health(status="ok", backend=settings.backend, version=__version__)
