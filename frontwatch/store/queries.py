"""Reusable reads of the store, shared by the CLI and the web API. Names here are stable.

Every function takes an open connection (``open_db``) and returns records or small typed rows.
"""

from __future__ import annotations

import datetime as dt
import functools
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from frontwatch.records import Claim, ControlInterval, Dispute, Document, Incident, Place
from frontwatch.store import codec
from frontwatch.store.db import counts, open_db

__all__ = [
    "DisputeRow",
    "DocumentInfo",
    "Span",
    "contained_places",
    "control_history",
    "control_on",
    "count_incidents",
    "counts",
    "get_claims",
    "get_document",
    "get_documents",
    "get_incident",
    "incident_to_json",
    "incident_claims",
    "list_control",
    "list_disputes",
    "list_incidents",
    "open_db",
]


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """A document behind an incident, without its body."""

    doc_id: str
    title: str
    outlet: str
    published: dt.date | None
    url: str


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of a document's body that the reading used (an event's evidence, a claim)."""

    start: int
    end: int
    kind: str  # event | claim
    label: str  # "Battles / Government regains territory", "displaced 1500 per SANA" ...
    ref_id: str  # event_id or claim_id


@dataclass(frozen=True, slots=True)
class DisputeRow:
    """A dispute with its id, the incident it belongs to ('' if none) and its claims side by side."""

    dispute_id: str
    incident_id: str
    dispute: Dispute
    claims: tuple[Claim, ...]


BBox = tuple[float, float, float, float]  # min_lon, min_lat, max_lon, max_lat


def _iso(value: dt.date | str | None) -> str | None:
    if value is None or value == "":
        return None
    return value.isoformat() if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10]).isoformat()


def contained_places(conn: sqlite3.Connection, place: str) -> tuple[frozenset[str], frozenset[str]]:
    """(place ids used in the store, lower-case names) of ``place`` and every place inside it.

    A governorate contains its towns; Aleppo city contains its neighbourhoods (the gazetteer's
    ``contains``). Only the places the store's incidents actually use are tested, so the cost
    follows the store, not the gazetteer. The name itself is always returned too: it matches the
    location, admin1 and admin2 columns of places the gazetteer does not know.
    """
    names = {place.strip().lower()}
    outers = _gazetteer_places(place)
    if not outers:
        return frozenset(), frozenset(names)
    gazetteer = _gazetteer()
    ids: set[str] = set()
    for (place_id,) in conn.execute("SELECT DISTINCT place_id FROM incidents WHERE place_id != ''"):
        inner = gazetteer.get(place_id)
        if inner is not None and any(gazetteer.contains(outer, inner) for outer in outers):
            ids.add(place_id)
    names.update(outer.name.lower() for outer in outers)
    return frozenset(ids), frozenset(names)


@functools.lru_cache(maxsize=1)
def _gazetteer():  # type: ignore[no-untyped-def]
    from frontwatch.reading.gazetteer import Gazetteer

    return Gazetteer.default()


@functools.lru_cache(maxsize=256)
def _gazetteer_places(name: str) -> tuple[Place, ...]:
    """The places a filter name means: the best match and every other place spelled alike.

    "Aleppo" is both a city and a governorate, "Idlib" a city and the governorate "Idleb": a
    filter on such a name covers both.
    """
    try:
        from frontwatch.reading.gazetteer import name_key, skeleton

        found = _gazetteer().lookup(name)
    except ImportError:
        return ()
    if not found:
        return ()
    wanted = skeleton(name_key(name))
    alike = [p for p in found[1:] if skeleton(name_key(p.name)) == wanted]
    return (found[0], *alike)


def _incident_filters(
    conn: sqlite3.Connection,
    since: dt.date | str | None,
    until: dt.date | str | None,
    place: str | None,
    event_type: str | None,
    actor: str | None,
    source: str | None,
    bbox: BBox | None,
) -> tuple[str, list[object]]:
    where: list[str] = []
    params: list[object] = []
    if since:
        where.append("i.event_date >= ?")
        params.append(_iso(since))
    if until:
        where.append("i.event_date <= ?")
        params.append(_iso(until))
    if place:
        ids, names = contained_places(conn, place)
        name_marks = ",".join("?" * len(names))
        alternatives = [
            f"lower(i.location) IN ({name_marks})",
            f"lower(i.admin1) IN ({name_marks})",
            f"lower(i.admin2) IN ({name_marks})",
        ]
        params.extend([*names, *names, *names])
        if ids:
            alternatives.append(f"i.place_id IN ({','.join('?' * len(ids))})")
            params.extend(sorted(ids))
        where.append("(" + " OR ".join(alternatives) + ")")
    if event_type:
        where.append("(lower(i.event_type) = lower(?) OR lower(i.sub_event_type) = lower(?))")
        params.extend([event_type, event_type])
    if actor:
        where.append(
            "(i.actor1 LIKE ? OR i.actor2 LIKE ? OR EXISTS (SELECT 1 FROM incident_events ie"
            " JOIN event_actors ea USING (event_id) WHERE ie.incident_id = i.incident_id"
            " AND (ea.name LIKE ? OR ea.words LIKE ?)))"
        )
        params.extend([f"%{actor}%"] * 4)
    if source:
        where.append(
            "(EXISTS (SELECT 1 FROM incident_sources x JOIN sources s USING (source_id)"
            " WHERE x.incident_id = i.incident_id AND s.name LIKE ?)"
            " OR EXISTS (SELECT 1 FROM incident_documents x JOIN documents d USING (doc_id)"
            " WHERE x.incident_id = i.incident_id AND d.outlet LIKE ?))"
        )
        params.extend([f"%{source}%"] * 2)
    if bbox:
        min_lon, min_lat, max_lon, max_lat = bbox
        where.append("i.longitude BETWEEN ? AND ? AND i.latitude BETWEEN ? AND ?")
        params.extend([min_lon, max_lon, min_lat, max_lat])
    return (" WHERE " + " AND ".join(where)) if where else "", params


def list_incidents(
    conn: sqlite3.Connection,
    *,
    since: dt.date | str | None = None,
    until: dt.date | str | None = None,
    place: str | None = None,
    event_type: str | None = None,
    actor: str | None = None,
    source: str | None = None,
    bbox: BBox | None = None,
    limit: int | None = 100,
    offset: int = 0,
) -> list[Incident]:
    """Incidents matching every given filter, by date; ``place`` includes the places it contains.

    ``actor`` and ``source`` match substrings (case-insensitive); ``source`` matches a claim's
    source or a document's outlet; ``event_type`` matches the type or the sub-type.
    """
    where, params = _incident_filters(conn, since, until, place, event_type, actor, source, bbox)
    sql = f"SELECT i.record_json FROM incidents i{where} ORDER BY i.event_date IS NULL, i.event_date, i.incident_id"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params.extend([limit, offset])
    return [codec.loads(Incident, row[0]) for row in conn.execute(sql, params)]


def count_incidents(
    conn: sqlite3.Connection,
    *,
    since: dt.date | str | None = None,
    until: dt.date | str | None = None,
    place: str | None = None,
    event_type: str | None = None,
    actor: str | None = None,
    source: str | None = None,
    bbox: BBox | None = None,
) -> int:
    """How many incidents ``list_incidents`` would return without a limit."""
    where, params = _incident_filters(conn, since, until, place, event_type, actor, source, bbox)
    return int(conn.execute(f"SELECT count(*) FROM incidents i{where}", params).fetchone()[0])


def get_claims(conn: sqlite3.Connection, claim_ids: Sequence[str]) -> list[Claim]:
    """The stored claims with these ids, in the order given (unknown ids are left out)."""
    found: dict[str, Claim] = {}
    ids = list(dict.fromkeys(claim_ids))
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        sql = f"SELECT claim_id, record_json FROM claims WHERE claim_id IN ({','.join('?' * len(chunk))})"
        found.update((row[0], codec.loads(Claim, row[1])) for row in conn.execute(sql, chunk))
    return [found[c] for c in ids if c in found]


def incident_claims(conn: sqlite3.Connection, incident: Incident) -> list[Claim]:
    """Every claim behind an incident, with its source."""
    return get_claims(conn, incident.claim_ids)


def get_incident(conn: sqlite3.Connection, incident_id: str) -> tuple[Incident, list[Claim], list[DocumentInfo]] | None:
    """One incident with its claims and the documents behind it; None if unknown."""
    row = conn.execute("SELECT record_json FROM incidents WHERE incident_id = ?", (incident_id,)).fetchone()
    if row is None:
        return None
    incident = codec.loads(Incident, row[0])
    return incident, incident_claims(conn, incident), get_documents(conn, incident.documents)


def get_documents(conn: sqlite3.Connection, doc_ids: Sequence[str]) -> list[DocumentInfo]:
    """Title, outlet, date and URL of these documents, in the order given (unknown ids left out)."""
    found: dict[str, DocumentInfo] = {}
    ids = list(dict.fromkeys(doc_ids))
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        sql = f"SELECT doc_id, title, outlet, published, url FROM documents WHERE doc_id IN ({','.join('?' * len(chunk))})"
        for d in conn.execute(sql, chunk):
            published = dt.date.fromisoformat(d["published"]) if d["published"] else None
            found[d["doc_id"]] = DocumentInfo(d["doc_id"], d["title"], d["outlet"], published, d["url"])
    return [found[d] for d in ids if d in found]


def control_on(conn: sqlite3.Connection, date: dt.date | str) -> list[ControlInterval]:
    """Who held each place on ``date``: the intervals that cover it (open ends count as covering)."""
    day = _iso(date)
    rows = conn.execute(
        'SELECT record_json FROM control_intervals WHERE (start IS NULL OR start <= ?) AND ("end" IS NULL OR "end" >= ?)'
        " ORDER BY place COLLATE NOCASE, start",
        (day, day),
    )
    return [codec.loads(ControlInterval, r[0]) for r in rows]


def control_history(conn: sqlite3.Connection, place: str) -> list[ControlInterval]:
    """Every control interval of a place, oldest first.

    The place may be given by id, by name in any case, accents or "al-" (the timeline's place key),
    or by another spelling the gazetteer knows ("Masaken Hanano" for "Hanano Housing").
    """
    from frontwatch.situation.control import place_key

    wanted = place.strip()
    ids = {wanted} | {p.place_id for p in _gazetteer_places(wanted)}
    key = place_key(wanted)
    rows = conn.execute('SELECT record_json FROM control_intervals ORDER BY start IS NOT NULL, start, "end"')
    intervals = [codec.loads(ControlInterval, r[0]) for r in rows]
    return [i for i in intervals if i.place_id in ids or place_key(i.place) == key]


def list_control(conn: sqlite3.Connection) -> list[ControlInterval]:
    """Every control interval, by place then start."""
    rows = conn.execute("SELECT record_json FROM control_intervals ORDER BY place COLLATE NOCASE, start IS NOT NULL, start")
    return [codec.loads(ControlInterval, r[0]) for r in rows]


def list_disputes(conn: sqlite3.Connection, *, kind: str | None = None) -> list[DisputeRow]:
    """Every dispute with its claims side by side, optionally of one kind (killed, displaced, control ...)."""
    sql = "SELECT dispute_id, incident_id, record_json FROM disputes"
    params: list[object] = []
    if kind:
        sql += " WHERE kind = ?"
        params.append(kind)
    out = []
    for row in conn.execute(sql + " ORDER BY kind, dispute_id", params):
        dispute = codec.loads(Dispute, row["record_json"])
        out.append(DisputeRow(row["dispute_id"], row["incident_id"], dispute, tuple(get_claims(conn, dispute.claim_ids))))
    return out


def get_document(conn: sqlite3.Connection, doc_id: str) -> tuple[Document, list[Span]] | None:
    """A stored document with the spans its reading used (events' evidence, claims); None if unknown."""
    from frontwatch.records import Reading

    row = conn.execute("SELECT record_json FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
    if row is None:
        return None
    reading = codec.loads(Reading, row[0])
    spans = [Span(e.start, e.end, "event", f"{e.event_type} / {e.sub_event_type}", e.event_id) for e in reading.events]
    for c in reading.claims:
        figure = f" {c.value}" if c.value is not None else ""
        spans.append(Span(c.start, c.end, "claim", f"{c.kind}{figure} per {c.source.name}", c.claim_id))
    spans.sort(key=lambda s: (s.start, s.end))
    return reading.document, spans


def incident_to_json(incident: Incident, claims: Sequence[Claim] = ()) -> dict[str, object]:
    """An incident in the JSON shape of ``extract``'s events, plus incident_id, documents and full claims.

    ``event_id`` is the incident id (the fused event); the events fused into it are ``event_ids``.
    """
    from frontwatch.records import to_json

    out: dict[str, object] = {"incident_id": incident.incident_id, "event_id": incident.incident_id}
    for key, value in to_json(incident).items():
        out.setdefault(key, value)
    for role in ("actor1", "actor2"):
        ref = getattr(incident, role)
        out[role] = ref.name if ref else ""
        out[f"{role}_detail"] = to_json(ref)
    out["assoc_actors"] = [a.name for a in incident.assoc_actors]
    out["assoc_actors_detail"] = to_json(incident.assoc_actors)
    out["sources"] = [s.name for s in incident.sources]
    out["sources_detail"] = to_json(incident.sources)
    out["claims"] = [to_json(c) for c in claims]
    return out
