"""The JSON API under /api: incidents as GeoJSON, claims with their sources, control, documents, disputes.

Every route reads through ``frontwatch.web.queries`` (parameterised, read-only SQL) and shapes rows
into plain JSON here. Page sizes are bounded by the ``page_size_max`` setting.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import JSONResponse, Response

from frontwatch import settings
from frontwatch.web import geo, queries
from frontwatch.web.context import WebContext

router = APIRouter(prefix="/api")

SIDES = ("government", "opposition", "kurdish", "jihadist", "coalition", "neutral")


def _ctx(request: Request) -> WebContext:
    ctx: WebContext = request.app.state.web
    return ctx


def _conn(request: Request) -> sqlite3.Connection:
    return _ctx(request).connection()


def _bbox(text: str) -> tuple[float, float, float, float] | None:
    if not text:
        return None
    try:
        west, south, east, north = (float(x) for x in text.split(","))
    except ValueError:
        raise HTTPException(422, "bbox must be four numbers: west,south,east,north") from None
    if west > east or south > north:
        raise HTTPException(422, "bbox must be west,south,east,north with west <= east and south <= north")
    return west, south, east, north


def claim_json(row: sqlite3.Row) -> dict[str, Any]:
    """A claim row as JSON: figure, source, quote and where it was read."""
    out = dict(row)
    out["hedged"] = bool(out["hedged"])
    return out


def incident_json(row: sqlite3.Row) -> dict[str, Any]:
    """An incident row's properties as JSON."""
    out = dict(row)
    out["hedged"] = bool(out["hedged"])
    out["disputed"] = bool(out["disputed"])
    return out


def _feature(row: sqlite3.Row) -> dict[str, Any]:
    props = incident_json(row)
    lon, lat = props.pop("longitude"), props.pop("latitude")
    geometry = {"type": "Point", "coordinates": [lon, lat]} if lon is not None and lat is not None else None
    return {"type": "Feature", "id": props["incident_id"], "geometry": geometry, "properties": props}


@router.get("/meta", summary="What the store holds: counts, date range, bounds and the page's settings")
def meta(request: Request, conn: sqlite3.Connection = Depends(_conn)) -> dict[str, Any]:
    ctx = _ctx(request)
    out = queries.summary(conn)
    out.update(page_size_max=settings.get("page_size_max"), tile_url=ctx.tile_url, writable=ctx.writable)
    return out


class GeoJSONResponse(JSONResponse):
    """JSON straight from plain dicts (no per-field re-encoding: pages of a thousand features stay fast)."""

    media_type = "application/geo+json"


@router.get("/events", summary="Incidents as a GeoJSON FeatureCollection (filtered, paginated)", response_class=GeoJSONResponse)
def events(
    conn: sqlite3.Connection = Depends(_conn),
    since: dt.date | None = Query(None, description="first event date, YYYY-MM-DD"),
    until: dt.date | None = Query(None, description="last event date, YYYY-MM-DD"),
    type: str = Query("", description="ACLED event_type or sub_event_type"),  # noqa: A002 - the API's word
    actor: str = Query("", description="part of an actor's canonical name"),
    bbox: str = Query("", description="west,south,east,north in degrees"),
    limit: int = Query(500, ge=1, description="page size (bounded by the page_size_max setting)"),
    offset: int = Query(0, ge=0),
) -> GeoJSONResponse:
    limit = min(limit, int(settings.get("page_size_max")))
    f = queries.IncidentFilter(since=since, until=until, event_type=type, actor=actor, bbox=_bbox(bbox))
    rows, total = queries.incidents(conn, f, limit=limit, offset=offset)
    following = offset + len(rows)
    return GeoJSONResponse({
        "type": "FeatureCollection",
        "features": [_feature(r) for r in rows],
        "total": total,
        "limit": limit,
        "offset": offset,
        "next_offset": following if following < total else None,
    })


@router.get("/incidents/{incident_id}", summary="One incident with every claim, its source, quote and document")
def incident(incident_id: str, conn: sqlite3.Connection = Depends(_conn)) -> dict[str, Any]:
    row = queries.incident(conn, incident_id)
    if row is None:
        raise HTTPException(404, "no such incident")
    claims = [claim_json(c) for c in queries.incident_claims(conn, incident_id)]
    found = [_dispute_json(d) for d in queries.disputes(conn, incident_id)]
    have = {c["claim_id"] for c in claims}
    other_side = queries.claims_by_id(conn, [c for d in found for c in d["claim_ids"] if c not in have])
    claims += [claim_json(r) for r in other_side.values()]  # the rest of each dispute, from other articles
    return {
        "incident": incident_json(row),
        "claims": claims,
        "disputes": found,
        "documents": [dict(d) for d in queries.incident_documents(conn, incident_id)],
    }


def _dispute_json(row: sqlite3.Row) -> dict[str, Any]:
    out = dict(row)
    out["claim_ids"] = (row["claim_ids"] or "").split()
    return out


@router.get("/disputes", summary="Every dispute: claims on one quantity from different sources, side by side")
def disputes(request: Request, conn: sqlite3.Connection = Depends(_conn)) -> dict[str, Any]:
    index = _ctx(request).geo_index(conn)
    found = [_dispute_json(d) for d in queries.disputes(conn)]
    claims = queries.claims_by_id(conn, [c for d in found for c in d["claim_ids"]])
    for d in found:
        d["claims"] = [claim_json(claims[c]) for c in d["claim_ids"] if c in claims]
        # where the disputed quantity sits on the map: the first place a claim names that the map knows
        names = [c[k] for c in d["claims"] for k in ("place", "origin", "destination") if c[k]]
        anchor = next((a for a in map(index.find, names) if a is not None), None)
        d["location"] = anchor.name if anchor else ""
        d["coordinates"] = [anchor.longitude, anchor.latitude] if anchor else None
        d["date"] = min((c["date"] or c["published"] or "" for c in d["claims"]), default="") or None
    return {"disputes": found}


@router.get(
    "/control", summary="Who holds which place on a date, as GeoJSON (polygons where the map has them)", response_class=GeoJSONResponse
)
def control(
    request: Request,
    date: dt.date = Query(..., description="YYYY-MM-DD"),
    conn: sqlite3.Connection = Depends(_conn),
) -> GeoJSONResponse:
    ctx = _ctx(request)
    index = ctx.geo_index(conn)
    sides = ctx.sides(conn)
    intervals = queries.control_on(conn, date)
    claims = queries.claims_by_id(conn, [c for i in intervals for c in i.claim_ids])
    # One feature per map anchor (polygon or point): two holders on one anchor make it contested.
    grouped: dict[tuple[str, Any], list[Any]] = defaultdict(list)
    anchors: dict[tuple[str, Any], tuple[geo.Anchor | None, int | None]] = {}
    for interval in intervals:
        anchor = index.find(interval.place)
        targets: list[tuple[str, Any]] = []
        if anchor and anchor.polygon_ids:
            for pid in anchor.polygon_ids:
                targets.append(("polygon", pid))
                anchors[("polygon", pid)] = (anchor, pid)
        else:
            targets.append(("place", geo.normalise(interval.place) or interval.place_id))
            anchors[targets[0]] = (anchor, None)
        for key in targets:
            grouped[key].append(interval)
    polygons = ctx.polygons()
    features = []
    for key, found in grouped.items():
        anchor, polygon_id = anchors[key]
        holders = list(dict.fromkeys(i.holder for i in found))
        contenders = list(dict.fromkeys([*holders, *(c for i in found for c in i.contenders)]))
        latest = max(found, key=lambda i: i.start or dt.date.min)
        if polygon_id is not None:
            geometry: dict[str, Any] | None = polygons[polygon_id]["geometry"]
        elif anchor is not None:
            geometry = {"type": "Point", "coordinates": [anchor.longitude, anchor.latitude]}
        else:
            geometry = None
        features.append(
            {
                "type": "Feature",
                "geometry": geometry,
                "properties": {
                    "place": latest.place,
                    "place_id": latest.place_id,
                    "polygon_id": polygon_id,
                    "holder": latest.holder,
                    "side": side_of(latest.holder, sides),
                    "contested": len(holders) > 1 or any(i.contested for i in found),
                    "contenders": [c for c in contenders if c != latest.holder],
                    "since": latest.start.isoformat() if latest.start else None,
                    "until": latest.end.isoformat() if latest.end else None,
                    "sources": list(dict.fromkeys(s for i in found for s in i.sources)),
                    "claims": [claim_json(claims[c]) for i in found for c in i.claim_ids if c in claims],
                },
            }
        )
    return GeoJSONResponse({"type": "FeatureCollection", "date": date.isoformat(), "features": features})


def side_of(holder: str, sides: dict[str, str]) -> str:
    """The side of a holder: by the actor dictionary, else by the side's own word in the name."""
    low = holder.lower()
    if low in sides:
        return sides[low]
    for side in SIDES:
        if side in low:
            return side
    words = {"army": "government", "regime": "government", "rebel": "opposition", "ypg": "kurdish", "sdf": "kurdish",
             "islamic state": "jihadist", "isis": "jihadist", "nusra": "jihadist"}
    return next((side for word, side in words.items() if word in low), "unknown")


@router.get("/documents/{doc_id}", summary="An article's text with its evidence spans (offsets into the text)")
def document(doc_id: str, conn: sqlite3.Connection = Depends(_conn)) -> dict[str, Any]:
    row = queries.document(conn, doc_id)
    if row is None:
        raise HTTPException(404, "no such document")
    out = dict(row)
    out["text"] = out.pop("body")
    out["spans"] = [dict(s) for s in queries.document_spans(conn, doc_id)]
    return out


@router.get("/timeline", summary="Incidents per day by ACLED event type")
def timeline(conn: sqlite3.Connection = Depends(_conn)) -> dict[str, Any]:
    days: dict[str, dict[str, int]] = defaultdict(dict)
    types: list[str] = []
    for row in queries.timeline(conn):
        days[row["event_date"]][row["event_type"]] = row["n"]
        if row["event_type"] not in types:
            types.append(row["event_type"])
    return {"types": types, "days": [{"date": d, "counts": c} for d, c in days.items()]}


@router.get("/flows", summary="Displacement flows: origin -> destination with each source's count")
def flows(request: Request, conn: sqlite3.Connection = Depends(_conn)) -> dict[str, Any]:
    index = _ctx(request).geo_index(conn)
    grouped: dict[tuple[str, str], list[sqlite3.Row]] = defaultdict(list)
    for row in queries.movement_claims(conn):
        grouped[(geo.normalise(row["origin"]), geo.normalise(row["destination"]))].append(row)
    out = []
    for rows in grouped.values():
        origin, destination = rows[0]["origin"], rows[0]["destination"]
        values = [r["value"] for r in rows if r["value"] is not None]
        o, d = index.find(origin) if origin else None, index.find(destination) if destination else None
        out.append(
            {
                "origin": origin,
                "destination": destination,
                "count": min(values) if values else None,  # ACLED's rule: the most conservative figure
                "count_high": max(values) if values else None,
                "unit": rows[0]["unit"] or "people",
                "sources": list(dict.fromkeys(r["source"] for r in rows)),
                "origin_coords": [o.longitude, o.latitude] if o else None,
                "destination_coords": [d.longitude, d.latitude] if d else None,
                "claims": [claim_json(r) for r in rows],
            }
        )
    out.sort(key=lambda f: -(f["count"] or 0))
    return {"flows": out}


def _layer_route(name: str) -> Callable[[], Response]:
    def route() -> Response:
        return Response(geo.layer_bytes(name), media_type="application/geo+json")

    route.__name__ = f"geo_{name}"
    return route


for _name in geo.LAYERS:
    router.add_api_route(
        f"/geo/{_name}", _layer_route(_name), methods=["GET"], summary=f"Base layer: {_name} (bundled GeoJSON)",
        response_class=Response,
    )
