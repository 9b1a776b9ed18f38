"""The explorer's pages: server-rendered templates over the named queries, at ``/`` and ``/explore/``."""

from __future__ import annotations

import asyncio
import csv
import io
import pathlib
import re
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from newsgraph.api.deps import SettingsDep, StoreDep, run_named
from newsgraph.api.explorer import dates, i18n, views, vocab

HERE = pathlib.Path(__file__).resolve().parent
templates = Jinja2Templates(directory=HERE / "templates")
templates.env.globals.update(human=dates.human, span=dates.span, label=vocab.label)
router = APIRouter(include_in_schema=False)

DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?\Z")
ID = r"^[A-Za-z0-9][A-Za-z0-9._~:-]{0,199}$"
PAGE_SIZE = 20
MAP_EVENTS = 2000  # events on the map (and in the list beside it) at most
Text = Annotated[str, Query(max_length=200)]


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    """A page in the request's language (``?lang=`` is remembered in a cookie)."""
    lang = i18n.language(request)
    response = templates.TemplateResponse(
        request,
        name,
        {
            "lang": lang,
            "t": i18n.LABELS[lang],
            "topics": vocab.topics(),
            "event_types": vocab.event_types(),
            "other_lang_url": _with(request, lang=i18n.LABELS[lang]["other_lang_code"]),
            **context,
        },
        status_code=status,
    )
    if request.query_params.get("lang") in i18n.LANGUAGES:
        response.set_cookie("lang", lang, max_age=365 * 86400, samesite="lax")
    return response


def _with(request: Request, **changes: Any) -> str:
    """This page's URL with some query parameters changed (None removes one)."""
    params = {**request.query_params, **changes}
    query = urlencode({k: v for k, v in params.items() if v not in (None, "")})
    return f"{request.url.path}?{query}" if query else request.url.path


async def rows(
    store: Any, name: str, params: dict[str, Any], limit: int | None = None, offset: int = 0
) -> list[dict[str, Any]]:
    return (await run_named(store, name, params, limit=limit, offset=offset)).dicts()


def _dates(**given: str | None) -> tuple[dict[str, str | None], list[str]]:
    """The dates given, the malformed ones dropped and named in the errors."""
    errors = [
        f"{k}: « {v} » (YYYY, YYYY-MM, YYYY-MM-DD)" for k, v in given.items() if v and not DATE.match(v)
    ]
    return {k: (v if v and DATE.match(v) else None) for k, v in given.items()}, errors


def _search_params(
    q: str | None,
    topic: str | None,
    speaker: str | None,
    outlet: str | None,
    since: str | None,
    until: str | None,
    sort: str | None,
) -> tuple[dict[str, Any], list[str]]:
    span, errors = _dates(since=since, until=until)
    params = {
        "text": q,
        "topic": topic if topic in vocab.topics() else None,
        "speaker": speaker,
        "outlet": outlet,
        **span,
        "order": "desc" if sort == "newest" else None,
    }
    return {
        k: v.strip() if isinstance(v, str) else v for k, v in params.items() if v and str(v).strip()
    }, errors


@router.get("/", response_class=HTMLResponse)
async def search(
    request: Request,
    store: StoreDep,
    q: Text | None = None,
    topic: Text | None = None,
    speaker: Text | None = None,
    outlet: Text | None = None,
    since: Text | None = None,
    until: Text | None = None,
    sort: Text | None = None,
    page: Annotated[int, Query(ge=1, le=10_000)] = 1,
) -> HTMLResponse:
    """Search statements; every filter lives in the query string, so a search is a shareable URL."""
    params, errors = _search_params(q, topic, speaker, outlet, since, until, sort)
    found = await rows(store, "search_statements", params, limit=PAGE_SIZE + 1, offset=(page - 1) * PAGE_SIZE)
    return render(
        request,
        "search.html",
        cards=found[:PAGE_SIZE],
        errors=errors,
        page=page,
        form={
            "q": q or "",
            "topic": topic or "",
            "speaker": speaker or "",
            "outlet": outlet or "",
            "since": since or "",
            "until": until or "",
            "sort": sort or "",
        },
        prev_url=_with(request, page=page - 1) if page > 1 else None,
        next_url=_with(request, page=page + 1) if len(found) > PAGE_SIZE else None,
        csv_url="/explore/statements.csv" + (f"?{request.url.query}" if request.url.query else ""),
    )


@router.get("/explore/statements.csv")
async def search_csv(
    store: StoreDep,
    settings: SettingsDep,
    q: Text | None = None,
    topic: Text | None = None,
    speaker: Text | None = None,
    outlet: Text | None = None,
    since: Text | None = None,
    until: Text | None = None,
    sort: Text | None = None,
) -> Response:
    """The same search, every row (up to max_rows), as CSV."""
    params, errors = _search_params(q, topic, speaker, outlet, since, until, sort)
    if errors:
        raise HTTPException(status_code=422, detail="; ".join(errors))
    result = await run_named(store, "search_statements", params, limit=settings.max_rows)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(result.columns)
    writer.writerows(result.rows)
    return Response(
        out.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="statements.csv"'},
    )


@router.get("/explore/documents/{doc_id}", response_class=HTMLResponse)
async def document(
    request: Request, store: StoreDep, doc_id: Annotated[str, Path(pattern=ID)], hl: Text | None = None
) -> HTMLResponse:
    """An article's text with its statements, events, actors and time expressions highlighted."""
    doc = await rows(store, "document", {"doc_id": doc_id})
    if not doc:
        return render(request, "missing.html", status=404, what=doc_id)
    p = {"doc_id": doc_id}
    statements, events, times, actors = await asyncio.gather(
        rows(store, "document_statements", p),
        rows(store, "document_events", p),
        rows(store, "document_times", p),
        rows(store, "document_actors", p),
    )
    text = doc[0]["text"] or ""
    parts, records = views.document_records(text, statements, events, times, actors)
    return render(request, "document.html", doc=doc[0], parts=parts, records=records, current=hl or "")


@router.get("/explore/actors/{actor_id}", response_class=HTMLResponse)
async def actor(
    request: Request, store: StoreDep, actor_id: Annotated[str, Path(pattern=ID)]
) -> HTMLResponse:
    """An actor: names, type, documents, a timeline of what it said and did, and its relations."""
    found = await rows(store, "actor", {"actor_id": actor_id})
    if not found:
        return render(request, "missing.html", status=404, what=actor_id)
    said_did, related = await asyncio.gather(
        rows(store, "actor_history", {"actor_id": actor_id}),
        rows(store, "actor_relations", {"actor_id": actor_id}),
    )
    items = views.timeline(said_did)
    return render(
        request,
        "actor.html",
        actor={
            "id": actor_id,
            "name": found[0]["name"],
            "type": found[0]["type"],
            "aliases": sorted({r["alias"] for r in found if r["alias"]}),
            "documents": max(r["documents"] for r in found),
        },
        items=items,
        strip=views.timeline_strip(items),
        relations=views.relations(related),
    )


@router.get("/explore/network", response_class=HTMLResponse)
async def network(
    request: Request,
    store: StoreDep,
    topic: Text | None = None,
    since: Text | None = None,
    until: Text | None = None,
) -> HTMLResponse:
    """Actors and who speaks about or acts on whom; the graph is drawn in the browser from
    ``/queries/actor_network`` (the same selection ``/export/gexf`` downloads)."""
    span, errors = _dates(since=since, until=until)
    bounds = await rows(store, "date_range", {})
    months = dates.months_between(bounds[0]["first"], bounds[0]["last"]) if bounds else []
    return render(
        request,
        "network.html",
        errors=errors,
        months=months,
        form={"topic": topic if topic in vocab.topics() else "", **{k: v or "" for k, v in span.items()}},
    )


@router.get("/explore/events", response_class=HTMLResponse)
async def events(
    request: Request,
    store: StoreDep,
    type: Text | None = None,
    place: Text | None = None,
    since: Text | None = None,
    until: Text | None = None,
    page: Annotated[int, Query(ge=1, le=10_000)] = 1,
) -> HTMLResponse:
    """Events by type, place and date, and a map of where they happened."""
    span, errors = _dates(since=since, until=until)
    params = {"type": type if type in vocab.event_types() else None, **span}
    params = {k: v for k, v in params.items() if v}
    size = PAGE_SIZE * 2
    mapped, places = await asyncio.gather(
        rows(store, "events", params, limit=MAP_EVENTS), rows(store, "place_points", {})
    )
    if place and place.strip():  # by id or part of a name (not an alias), over the events shown
        wanted = place.strip().lower()
        mapped = [
            e
            for e in mapped
            if e["place_id"] and (e["place_id"] == place.strip() or wanted in (e["place_name"] or "").lower())
        ]
    listed = mapped[(page - 1) * size : page * size + 1]  # the list pages through what the map shows
    return render(
        request,
        "events.html",
        events=listed[:size],
        errors=errors,
        page=page,
        places=views.places_with_events(mapped, places, i18n.language(request)),
        form={"type": params.get("type", ""), "place": place or "", **{k: v or "" for k, v in span.items()}},
        prev_url=_with(request, page=page - 1) if page > 1 else None,
        next_url=_with(request, page=page + 1) if len(listed) > size else None,
    )


@router.get("/explore/add", response_class=HTMLResponse)
async def add(request: Request, settings: SettingsDep) -> HTMLResponse:
    """Paste or upload an article; the browser sends it to ``POST /documents`` with the API key."""
    return render(request, "add.html", writes=settings.writes_enabled)
