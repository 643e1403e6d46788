"""The JSON API under /api: reads for viewers, review writes for analysts, users for admins."""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from veille.export.formats import WRITERS
from veille.jobs import export, summary
from veille.store.query import GROUPS, EventQuery, aggregate, count_events, event_ids, iter_events
from veille.store.store import Store
from veille.store.users import ROLES, add_user, list_users, revoke_user
from veille.web import actions, views
from veille.web.auth import Principal, pool_of, require
from veille.web.charts import series
from veille.web.errors import ApiError
from veille.web.filters import Filters, filters

router = APIRouter(prefix="/api")
Viewer = Annotated[Principal, Depends(require("viewer"))]
Analyst = Annotated[Principal, Depends(require("analyst"))]
Admin = Annotated[Principal, Depends(require("admin"))]
Filt = Annotated[Filters, Depends(filters)]


def jsonr(obj: Any, status: int = 200) -> Response:
    """JSON without a second pass through pydantic: the store's dicts are already plain."""
    body = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return Response(body, status_code=status, media_type="application/json")


class PatchBody(BaseModel):
    fields: dict[str, Any] = Field(
        description='Field -> new value, e.g. {"date": "2025-03-04", "counts.killed": 3}'
    )
    note: str = Field("", max_length=500)


class DecisionBody(BaseModel):
    field: str = Field("", description="A field to accept or reject; empty for the whole event")
    note: str = Field("", max_length=500)


class MergeBody(BaseModel):
    event_ids: list[str] = Field(min_length=2, max_length=50)
    note: str = Field("", max_length=500)


class SplitBody(BaseModel):
    record_ids: list[str] = Field(min_length=1, max_length=500)
    note: str = Field("", max_length=500)


class UserBody(BaseModel):
    name: str = Field(max_length=64)
    role: str = Field(description=", ".join(ROLES))


def _config_resolver(request: Request) -> str:
    return str(request.app.state.config.resolver)


@router.get("/me", summary="Who you are")
def me(p: Viewer) -> Response:
    return jsonr({"name": p.name, "role": p.user.role, "via": p.via})


@router.get("/events", summary="Events, filtered, sorted and paginated")
def events(
    request: Request,
    p: Viewer,
    f: Filt,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    sort: Annotated[str, Query(description="date, -date, confidence, -confidence, id")] = "-date",
) -> Response:
    store = pool_of(request).get()
    q = f.query(limit=limit, offset=offset, sort=sort)
    total = count_events(store, q)
    nxt = offset + limit if offset + limit < total else None
    head = {"total": total, "limit": limit, "offset": offset, "sort": sort, "next_offset": nxt}
    # The stored JSON of each event is the export's JSON already: pass it through untouched.
    items = ",".join(stored_json(store, q))
    return Response(
        json.dumps(head, separators=(",", ":"))[:-1] + ',"events":[' + items + "]}",
        media_type="application/json",
    )


def stored_json(store: Store, q: EventQuery) -> list[str]:
    """The stored JSON of the events ``q`` selects, in its order (ids from the query layer)."""
    ids = event_ids(store, q)
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    rows = store.db.query(f"SELECT id, data FROM events WHERE id IN ({marks})", ids)
    by_id = {r["id"]: r["data"] for r in rows}
    return [by_id[i] for i in ids if i in by_id]


@router.get("/events/{event_id}", summary="One event with its reports, sentences, claims, chain and history")
def event(request: Request, p: Viewer, event_id: str) -> Response:
    store = pool_of(request).get()
    ev = store.get_event(event_id)
    if ev is None:
        raise ApiError(404, f"no event {event_id!r}")
    return jsonr(views.event_detail(store, ev))


@router.get("/events/{event_id}/history", summary="The audit trail of one event")
def history(request: Request, p: Viewer, event_id: str) -> Response:
    store = pool_of(request).get()
    from veille.store import reviews

    return jsonr(
        {
            "audit": store.audit_of_event(event_id),
            "edits": reviews.edits(store, active_only=False, event_id=event_id),
        }
    )


@router.patch("/events/{event_id}", summary="Correct fields of an event (analyst)")
def patch_event(request: Request, p: Analyst, event_id: str, body: PatchBody) -> Response:
    ev = actions.correct_fields(pool_of(request).get(), event_id, body.fields, p.name, body.note)
    return jsonr(ev.to_dict())


@router.post("/events/{event_id}/accept", summary="Accept an event, or one field of it (analyst)")
def accept(request: Request, p: Analyst, event_id: str, body: DecisionBody | None = None) -> Response:
    body = body or DecisionBody(field="", note="")
    ev = actions.edit_event(pool_of(request).get(), event_id, "accept", body.field, None, p.name, body.note)
    return jsonr(ev.to_dict())


@router.post("/events/{event_id}/reject", summary="Reject an event, or empty one wrong field (analyst)")
def reject(request: Request, p: Analyst, event_id: str, body: DecisionBody | None = None) -> Response:
    body = body or DecisionBody(field="", note="")
    ev = actions.edit_event(pool_of(request).get(), event_id, "reject", body.field, None, p.name, body.note)
    return jsonr(ev.to_dict())


@router.post("/edits/{seq}/revert", summary="Undo one correction or decision (analyst)")
def revert(request: Request, p: Analyst, seq: int) -> Response:
    return jsonr(actions.revert_edit(pool_of(request).get(), seq, p.name).to_dict())


@router.post("/events/merge", summary="Merge events into one (analyst)")
def merge(request: Request, p: Analyst, body: MergeBody) -> Response:
    ev = actions.merge(pool_of(request).get(), body.event_ids, p.name, body.note, _config_resolver(request))
    return jsonr(ev.to_dict())


@router.post("/events/{event_id}/split", summary="Move records out of an event into a new one (analyst)")
def split(request: Request, p: Analyst, event_id: str, body: SplitBody) -> Response:
    store = pool_of(request).get()
    ev = actions.split(store, event_id, body.record_ids, p.name, body.note, _config_resolver(request))
    return jsonr(ev.to_dict())


@router.get("/review/queue", summary="Events awaiting review, lowest confidence first")
def queue(
    request: Request,
    p: Viewer,
    f: Filt,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> Response:
    store = pool_of(request).get()
    items = review_queue(store, f, limit, offset)
    return jsonr({"events": [ev.to_dict() for ev in items], "limit": limit, "offset": offset})


def review_queue(store: Any, f: Filters, limit: int, offset: int) -> list[Any]:
    """Unreviewed (machine) then edited events, lowest confidence first."""
    out: list[Any] = []
    for status in ("machine", "edited"):
        if f.review_status and f.review_status != status:
            continue
        q = f.query(limit=limit + offset, sort="confidence")
        q = type(q)(**{**q.__dict__, "review_status": status})
        out.extend(iter_events(store, q))
    out.sort(key=lambda e: (float(e.values.get("confidence") or 0), e.id))
    return out[offset : offset + limit]


@router.get("/articles", summary="Articles, newest first")
def articles(
    request: Request,
    p: Viewer,
    q: Annotated[str | None, Query(max_length=200)] = None,
    source: Annotated[str | None, Query(max_length=200)] = None,
    status: Annotated[str | None, Query(max_length=32)] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> Response:
    store = pool_of(request).get()
    clauses, params = [], []
    if q:
        clauses.append("LOWER(title) LIKE LOWER(?) ESCAPE '\\'")
        params.append("%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
    if source:
        clauses.append("source = ?")
        params.append(source)
    if status:
        clauses.append("status = ?")
        params.append(status)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    total = int(store.db.scalar(f"SELECT COUNT(*) FROM articles{where}", params) or 0)
    rows = store.db.query(
        f"""SELECT id, title, published, source, url, status, drop_reason FROM articles{where}
            ORDER BY published DESC, id ASC LIMIT ? OFFSET ?""",
        [*params, limit, offset],
    )
    return jsonr({"total": total, "limit": limit, "offset": offset, "articles": rows})


@router.get("/articles/{article_id}", summary="One article with its records and their events")
def article(request: Request, p: Viewer, article_id: str) -> Response:
    store = pool_of(request).get()
    art = store.get_article(article_id)
    if art is None:
        raise ApiError(404, f"no article {article_id!r}")
    detail = views.article_detail(store, art)
    detail.pop("pieces")
    return jsonr(detail)


@router.get("/statistics", summary="Official figures beside the events counted for the same place and period")
def statistics(request: Request, p: Viewer) -> Response:
    return jsonr({"statistics": views.statistics(pool_of(request).get())})


@router.get("/summary", summary="Totals: articles, records, events by type and country, drops")
def totals(request: Request, p: Viewer) -> Response:
    store = pool_of(request).get()
    out = summary(store)
    out["review"] = {
        r["review_status"]: int(r["n"]) for r in aggregate(store, Filters().query(), ("review_status",))
    }
    return jsonr(out)


@router.get("/aggregate", summary="Event counts grouped by dimensions (event_type, country, month, ...)")
def aggregates(
    request: Request,
    p: Viewer,
    f: Filt,
    by: Annotated[str, Query(description=", ".join(GROUPS), max_length=200)] = "event_type",
) -> Response:
    dims = tuple(d.strip() for d in by.split(",") if d.strip())
    bad = [d for d in dims if d not in GROUPS]
    if bad or not dims:
        raise ApiError(400, f"cannot group by {', '.join(bad) or 'nothing'}; choose from {', '.join(GROUPS)}")
    rows = aggregate(pool_of(request).get(), f.query(), dims)
    return jsonr({"by": list(dims), "rows": rows})


@router.get("/timeseries", summary="Events per month or year, by event type")
def timeseries(
    request: Request,
    p: Viewer,
    f: Filt,
    interval: Annotated[str, Query(pattern="^(month|year)$")] = "month",
) -> Response:
    rows = aggregate(pool_of(request).get(), f.query(), (interval, "event_type"))
    data = series(rows, interval, top=50)
    return jsonr(
        {
            "interval": interval,
            "series": {t: [{"period": k, "n": n} for k, n in pts] for t, pts in data.items()},
        }
    )


@router.get("/export", summary="Events as JSONL, CSV or GeoJSON (the export formats)")
def export_events(
    request: Request,
    p: Viewer,
    f: Filt,
    format: Annotated[str, Query(description=", ".join(WRITERS))] = "jsonl",
    redact_persons: bool | None = None,
) -> Response:
    if format not in WRITERS:
        raise ApiError(400, f"unknown export format {format!r}; choose one of {', '.join(WRITERS)}")
    redact = request.app.state.config.redact_persons if redact_persons is None else redact_persons
    text, n = export(pool_of(request).get(), format, f.query(sort="date"), redact_persons=redact)
    media = {"jsonl": "application/x-ndjson", "csv": "text/csv", "geojson": "application/geo+json"}.get(
        format, "text/plain"
    )
    ext = {"geojson": "geojson"}.get(format, format)
    return Response(
        text,
        media_type=media + "; charset=utf-8",
        headers={"content-disposition": f'attachment; filename="events.{ext}"', "x-veille-count": str(n)},
    )


@router.get("/audit", summary="The audit log, newest first (admin)")
def audit(
    request: Request,
    p: Admin,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> Response:
    rows = (
        pool_of(request)
        .get()
        .db.query(
            "SELECT seq, at, who, action, target_type, target_id FROM audit_log"
            " ORDER BY seq DESC LIMIT ? OFFSET ?",
            (limit, offset),
        )
    )
    return jsonr({"audit": rows})


@router.get("/users", summary="Users and roles (admin)")
def users(request: Request, p: Admin) -> Response:
    return jsonr({"users": [u.to_dict() for u in list_users(pool_of(request).get())]})


@router.post("/users", summary="Add a user; its token is in this answer only (admin)")
def users_add(request: Request, p: Admin, body: UserBody) -> Response:
    user, token = add_user(pool_of(request).get(), body.name, body.role, by=p.name)
    return jsonr({**user.to_dict(), "token": token}, status=201)


@router.delete("/users/{name}", summary="Revoke a user's token and sessions (admin)")
def users_revoke(request: Request, p: Admin, name: str) -> Response:
    return jsonr(revoke_user(pool_of(request).get(), name, by=p.name).to_dict())
