"""The API key that guards writes: ``X-API-Key: <key>`` or ``Authorization: Bearer <key>``.

401 without a key, 403 with a wrong one (compared in constant time), 403 when writes are off.
The service refuses to start with writes on and a missing or placeholder key (``Settings``).
"""

from __future__ import annotations

import hmac
from collections.abc import Mapping
from typing import Annotated

from fastapi import Depends, HTTPException, Security
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

from newsgraph.api.deps import SettingsDep
from newsgraph.settings import Settings

API_KEY_HEADER = APIKeyHeader(name="X-API-Key", auto_error=False, description="The key of NEWSGRAPH_API_KEY.")
BEARER = HTTPBearer(auto_error=False, description="The key of NEWSGRAPH_API_KEY as a bearer token.")


def presented_key(headers: Mapping[str, str]) -> str | None:
    """The key a request carries, from X-API-Key or an ``Authorization: Bearer`` header."""
    key = headers.get("x-api-key", "").strip()
    if key:
        return key
    scheme, _, token = headers.get("authorization", "").partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        return token.strip()
    return None


def check_write_access(settings: Settings, key: str | None) -> None:
    """Raise the HTTP error a write request with ``key`` deserves, if any. Surrounding spaces
    are no part of a key, whichever header carries it."""
    key = key.strip() or None if key is not None else None
    expected = settings.api_key.get_secret_value() if settings.api_key else ""
    if not settings.writes_enabled or not expected:
        raise HTTPException(
            status_code=403,
            detail="writes are disabled on this service (NEWSGRAPH_WRITES_ENABLED=false)",
        )
    if key is None:
        raise HTTPException(
            status_code=401,
            detail="an API key is required: send it as X-API-Key or Authorization: Bearer",
            headers={"WWW-Authenticate": "Bearer"},
        )
    if not hmac.compare_digest(
        key.encode("utf-8", "surrogatepass"), expected.encode("utf-8", "surrogatepass")
    ):
        raise HTTPException(status_code=403, detail="wrong API key")


def require_write_key(
    settings: SettingsDep,
    api_key: Annotated[str | None, Security(API_KEY_HEADER)] = None,
    bearer: Annotated[HTTPAuthorizationCredentials | None, Security(BEARER)] = None,
) -> None:
    """Dependency of every write route."""
    check_write_access(settings, api_key or (bearer.credentials if bearer else None))


WriteAccess = Annotated[None, Depends(require_write_key)]
