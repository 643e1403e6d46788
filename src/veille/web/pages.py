"""HTML pages: login, dashboard, event, review queue, statistics, article, API docs."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from veille.records import EVENT_TYPES
from veille.resolve.edits import ENUMS, FIELDS
from veille.store.query import aggregate, count_events, iter_events
from veille.store.users import create_session, end_session, user_for_token
from veille.web import actions, views
from veille.web.api import review_queue
from veille.web.auth import COOKIE, Principal, pool_of, require_page, same_origin
from veille.web.charts import layout, series
from veille.web.errors import ApiError
from veille.web.filters import from_params
from veille.web.geo import clusters, event_point
from veille.web.render import render

router = APIRouter(include_in_schema=False)
Viewer = Annotated[Principal, Depends(require_page("viewer"))]
Analyst = Annotated[Principal, Depends(require_page("analyst"))]
MAP_LIMIT = 5000
PAGE = 50


def _safe_next(target: str | None) -> str:
    """Only a path on this server (no ``//host`` or scheme): no open redirect after login."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, next: str = "/") -> Response:
    return render(request, "login.html", next=_safe_next(next), failed=False)


@router.post("/login", response_class=HTMLResponse)
def login(
    request: Request,
    name: Annotated[str, Form(max_length=64)],
    token: Annotated[str, Form(max_length=200)],
    next: Annotated[str, Form(max_length=2000)] = "/",
) -> Response:
    if not same_origin(request):
        raise ApiError(403, "cross-site login refused", "csrf_failed")
    store = pool_of(request).get()
    user = user_for_token(store, token.strip())
    if user is None or user.name != name.strip():
        return render(request, "login.html", status=401, next=_safe_next(next), failed=True)
    sid, _ = create_session(store, user, request.app.state.config.session_hours)
    resp = RedirectResponse(_safe_next(next), status_code=303)
    resp.set_cookie(
        COOKIE,
        sid,
        httponly=True,
        samesite="strict",
        secure=request.app.state.config.secure_cookies,
        max_age=request.app.state.config.session_hours * 3600,
        path="/",
    )
    return resp


@router.post("/logout")
def logout(request: Request, p: Viewer) -> Response:
    sid = request.cookies.get(COOKIE)
    if sid:
        end_session(pool_of(request).get(), sid)
    resp = RedirectResponse("/login", status_code=303)
    resp.delete_cookie(COOKIE, path="/")
    return resp


@router.get("/", response_class=HTMLResponse)
def dashboard(request: Request, p: Viewer, offset: int = 0, sort: str = "-date") -> Response:
    store = pool_of(request).get()
    f = from_params(dict(request.query_params))
    q = f.query(sort=sort)
    total = count_events(store, q)
    by_status = {r["review_status"]: int(r["n"]) for r in aggregate(store, q, ("review_status",))}
    by_type = sorted(aggregate(store, q, ("event_type",)), key=lambda r: -int(r["n"]))
    by_country = sorted(aggregate(store, q, ("country",)), key=lambda r: -int(r["n"]))[:15]
    chart = layout(series(aggregate(store, q, ("month", "event_type")), "month"))
    basemap = request.app.state.basemap
    points = []
    for ev in iter_events(store, f.query(limit=MAP_LIMIT, sort="-date")):
        pt = event_point(ev.values, basemap.centres)
        if pt is not None:
            cc = next(
                (x.get("country_code") for x in ev.values.get("locations") or [] if x.get("role") == "event"),
                None,
            )
            points.append((pt[0], pt[1], cc or ""))
    offset = max(0, offset)
    rows = list(iter_events(store, f.query(limit=PAGE, offset=offset, sort=sort)))
    return render(
        request,
        "dashboard.html",
        f=f,
        total=total,
        articles=store.count("articles"),
        by_status=by_status,
        by_type=by_type,
        by_country=by_country,
        chart=chart,
        basemap=basemap,
        clusters=clusters(points),
        mapped=len(points),
        map_limit=MAP_LIMIT,
        rows=rows,
        offset=offset,
        page=PAGE,
        sort=sort,
        event_types=EVENT_TYPES,
    )


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, p: Viewer, event_id: str) -> Response:
    store = pool_of(request).get()
    ev = store.get_event(event_id)
    if ev is None:
        raise ApiError(404, f"no event {event_id!r}; it may have been merged or split")
    return render(request, "event.html", d=views.event_detail(store, ev), event_types=EVENT_TYPES)


@router.post("/events/{event_id}/decide")
def decide(
    request: Request,
    p: Analyst,
    event_id: str,
    action: Annotated[str, Form(pattern="^(accept|reject)$")],
    field: Annotated[str, Form(max_length=64)] = "",
) -> Response:
    ev = actions.edit_event(pool_of(request).get(), event_id, action, field, None, p.name)
    return RedirectResponse(f"/events/{ev.id}", status_code=303)


@router.get("/queue", response_class=HTMLResponse)
def queue_page(request: Request, p: Viewer, offset: int = 0) -> Response:
    store = pool_of(request).get()
    f = from_params(dict(request.query_params))
    items = review_queue(store, f, 20, max(0, offset))
    cards = [views.event_detail(store, ev) for ev in items]
    return render(request, "queue.html", cards=cards, fields=FIELDS, enums=ENUMS, offset=max(0, offset), f=f)


@router.get("/statistics", response_class=HTMLResponse)
def statistics_page(request: Request, p: Viewer) -> Response:
    return render(request, "statistics.html", stats=views.statistics(pool_of(request).get()))


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, p: Viewer, article_id: str) -> Response:
    store = pool_of(request).get()
    art = store.get_article(article_id)
    if art is None:
        raise ApiError(404, f"no article {article_id!r}")
    return render(request, "article.html", d=views.article_detail(store, art))


@router.get("/docs", response_class=HTMLResponse)
def docs_page(request: Request) -> Response:
    return render(request, "docs.html")
