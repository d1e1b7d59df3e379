"""Read-only queries the map needs, against the store's schema (frontwatch/store/migrations).

Every statement is a fixed string with ``?`` parameters; filters are added as fixed fragments, never
as text built from input. Rows come back as ``sqlite3.Row``; ``api.py`` shapes them into JSON.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from frontwatch.records import ControlInterval
from frontwatch.store import codec

_CLAIM_COLUMNS = (
    "c.claim_id, c.kind, c.value, c.qualifier, c.words, c.unit, c.subject, c.holder, c.place, c.origin, c.via,"
    ' c.destination, c.date, c.quote, c.start, c."end", c.hedged, c.hedge, c.event_id, c.doc_id,'
    " s.name AS source, s.source_type, s.stance AS source_stance,"
    " d.outlet, d.title, d.published"
)
_CLAIMS_FROM = "FROM claims c JOIN sources s USING (source_id) JOIN documents d USING (doc_id)"
_INCIDENT_COLUMNS = (
    "i.incident_id, i.event_date, i.time_precision, i.event_type, i.sub_event_type, i.actor1, i.actor2, i.place_id,"
    " i.location, i.admin1, i.admin2, i.country, i.latitude, i.longitude, i.geo_precision, i.fatalities,"
    " i.fatalities_low, i.fatalities_best, i.fatalities_high, i.hedged, i.evidence, i.n_documents, i.n_sources,"
    " i.incident_id IN (SELECT incident_id FROM _disputed) AS disputed"
)


@dataclass(frozen=True, slots=True)
class IncidentFilter:
    """The filters of ``GET /api/events``; empty values filter nothing."""

    since: dt.date | None = None
    until: dt.date | None = None
    event_type: str = ""
    actor: str = ""
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north


# Incidents touched by a dispute: filed under them, or over a claim of theirs or of their events. Driven
# from dispute_claims (small), once per statement, rather than three correlated probes per incident.
_DISPUTED = (
    "WITH _disputed(incident_id) AS ("
    " SELECT incident_id FROM disputes WHERE incident_id != ''"
    " UNION SELECT ic.incident_id FROM dispute_claims dc JOIN incident_claims ic ON ic.claim_id = dc.claim_id"
    " UNION SELECT ie.incident_id FROM dispute_claims dc JOIN claims c ON c.claim_id = dc.claim_id"
    "   JOIN incident_events ie ON ie.event_id = c.event_id) "
)


def _where(f: IncidentFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if f.since:
        clauses.append("i.event_date >= ?")
        params.append(f.since.isoformat())
    if f.until:
        clauses.append("i.event_date <= ?")
        params.append(f.until.isoformat())
    if f.event_type:
        clauses.append("(i.event_type = ? OR i.sub_event_type = ?)")
        params += [f.event_type, f.event_type]
    if f.actor:
        # an actor of the incident in any role, by (part of) its canonical name
        clauses.append(
            "(i.actor1 LIKE ? ESCAPE '\\' OR i.actor2 LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM incident_events x"
            " JOIN event_actors a USING (event_id) WHERE x.incident_id = i.incident_id AND a.name LIKE ? ESCAPE '\\'))"
        )
        pattern = "%" + f.actor.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        params += [pattern, pattern, pattern]
    if f.bbox:
        west, south, east, north = f.bbox
        clauses.append("i.longitude BETWEEN ? AND ? AND i.latitude BETWEEN ? AND ?")
        params += [west, east, south, north]
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def incidents(conn: sqlite3.Connection, f: IncidentFilter, *, limit: int, offset: int) -> tuple[list[sqlite3.Row], int]:
    """One page of incidents (date order, undated first) matching ``f``, and the number matching in all."""
    where, params = _where(f)
    total = int(conn.execute(f"SELECT count(*) FROM incidents i{where}", params).fetchone()[0])  # noqa: S608
    rows = conn.execute(
        f"{_DISPUTED}SELECT {_INCIDENT_COLUMNS} FROM incidents i{where}"  # noqa: S608 - fixed fragments only
        " ORDER BY i.event_date, i.incident_id LIMIT ? OFFSET ?",  # undated first; the date index gives the order
        [*params, limit, offset],
    ).fetchall()
    return rows, total


def incident(conn: sqlite3.Connection, incident_id: str) -> sqlite3.Row | None:
    """One incident by id."""
    return conn.execute(f"{_DISPUTED}SELECT {_INCIDENT_COLUMNS} FROM incidents i WHERE i.incident_id = ?", (incident_id,)).fetchone()  # noqa: S608


def incident_claims(conn: sqlite3.Connection, incident_id: str) -> list[sqlite3.Row]:
    """Every claim of an incident: its own, those of its events, and those disputing them."""
    return conn.execute(
        f"SELECT DISTINCT {_CLAIM_COLUMNS} {_CLAIMS_FROM} WHERE c.claim_id IN ("  # noqa: S608
        " SELECT claim_id FROM incident_claims WHERE incident_id = ?"
        " UNION SELECT c2.claim_id FROM claims c2 JOIN incident_events x ON x.event_id = c2.event_id WHERE x.incident_id = ?"
        " UNION SELECT dc.claim_id FROM dispute_claims dc JOIN disputes p USING (dispute_id) WHERE p.incident_id = ?)"
        " ORDER BY c.kind, d.published, c.claim_id",
        (incident_id, incident_id, incident_id),
    ).fetchall()


def incident_documents(conn: sqlite3.Connection, incident_id: str) -> list[sqlite3.Row]:
    """The documents an incident was read from."""
    return conn.execute(
        "SELECT d.doc_id, d.title, d.outlet, d.published, d.url FROM incident_documents x JOIN documents d USING (doc_id)"
        " WHERE x.incident_id = ? ORDER BY d.published, d.doc_id",
        (incident_id,),
    ).fetchall()


def disputes(conn: sqlite3.Connection, incident_id: str | None = None) -> list[sqlite3.Row]:
    """Disputes (all, or those touching one incident: filed under it or over its claims), with claim ids in order."""
    sql = (
        "SELECT p.dispute_id, p.kind, p.note, p.incident_id, group_concat(dc.claim_id, ' ') AS claim_ids"
        " FROM disputes p JOIN dispute_claims dc USING (dispute_id)"
    )
    if incident_id is None:
        return conn.execute(sql + " GROUP BY p.dispute_id ORDER BY p.kind, p.dispute_id").fetchall()
    return conn.execute(
        sql + " WHERE p.incident_id = ? OR p.dispute_id IN ("
        " SELECT dc2.dispute_id FROM dispute_claims dc2 JOIN incident_claims ic USING (claim_id) WHERE ic.incident_id = ?"
        " UNION SELECT dc3.dispute_id FROM dispute_claims dc3 JOIN claims c ON c.claim_id = dc3.claim_id"
        " JOIN incident_events ie ON ie.event_id = c.event_id WHERE ie.incident_id = ?)"
        " GROUP BY p.dispute_id ORDER BY p.kind",
        (incident_id, incident_id, incident_id),
    ).fetchall()


def claims_by_id(conn: sqlite3.Connection, claim_ids: list[str]) -> dict[str, sqlite3.Row]:
    """Claims by id (chunked under SQLite's parameter limit)."""
    out: dict[str, sqlite3.Row] = {}
    ids = list(dict.fromkeys(claim_ids))
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(f"SELECT {_CLAIM_COLUMNS} {_CLAIMS_FROM} WHERE c.claim_id IN ({marks})", chunk):  # noqa: S608
            out[row["claim_id"]] = row
    return out


def control_on(conn: sqlite3.Connection, date: dt.date) -> list[ControlInterval]:
    """The control intervals in force on ``date`` (start on or before it, not yet ended)."""
    day = date.isoformat()
    rows = conn.execute(
        'SELECT record_json FROM control_intervals WHERE (start IS NULL OR start <= ?) AND ("end" IS NULL OR "end" > ?)'
        " ORDER BY place COLLATE NOCASE, start",
        (day, day),
    )
    return [codec.loads(ControlInterval, r[0]) for r in rows]


def document(conn: sqlite3.Connection, doc_id: str) -> sqlite3.Row | None:
    """One document's text and metadata."""
    return conn.execute(
        "SELECT doc_id, title, outlet, published, byline, url, body FROM documents WHERE doc_id = ?", (doc_id,)
    ).fetchone()


def document_spans(conn: sqlite3.Connection, doc_id: str) -> list[sqlite3.Row]:
    """Evidence spans in a document: each claim's and each event's offsets into the body."""
    return conn.execute(
        'SELECT start, "end", \'claim:\' || kind AS kind, claim_id, \'\' AS event_id FROM claims WHERE doc_id = ? AND "end" > start'
        ' UNION ALL SELECT start, "end", \'event\' AS kind, \'\' AS claim_id, event_id FROM events'
        ' WHERE doc_id = ? AND "end" > start ORDER BY 1, 2',
        (doc_id, doc_id),
    ).fetchall()


def timeline(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    """Incidents per day and event type."""
    return conn.execute(
        "SELECT event_date, event_type, count(*) AS n FROM incidents WHERE event_date IS NOT NULL"
        " GROUP BY event_date, event_type ORDER BY event_date, event_type"
    ).fetchall()


def movement_claims(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    """Claims that move people from somewhere to somewhere (displacement, evacuation, flight)."""
    return conn.execute(
        f"SELECT {_CLAIM_COLUMNS} {_CLAIMS_FROM} WHERE c.destination != '' OR c.origin != ''"  # noqa: S608
        " ORDER BY c.origin, c.destination, d.published, c.claim_id"
    ).fetchall()


def places(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    """Places the store knows with coordinates (to anchor control and flows on the map)."""
    return conn.execute(
        "SELECT name, latitude, longitude FROM places WHERE latitude IS NOT NULL AND longitude IS NOT NULL"
        " UNION SELECT location, latitude, longitude FROM incidents"
        " WHERE location != '' AND latitude IS NOT NULL AND geo_precision = 1"
    ).fetchall()


def summary(conn: sqlite3.Connection) -> dict[str, Any]:
    """Counts, the date range and the bounding box of the incidents."""
    out: dict[str, Any] = {}
    for table in ("incidents", "documents", "claims", "disputes", "control_intervals"):
        out[table] = int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # noqa: S608 - fixed names
    first, last = conn.execute("SELECT min(event_date), max(event_date) FROM incidents").fetchone()
    cfirst, clast = conn.execute('SELECT min(start), max(coalesce("end", start)) FROM control_intervals').fetchone()
    dates = [d for d in (first, last, cfirst, clast) if d]
    out["first_date"] = min(dates) if dates else None
    out["last_date"] = max(dates) if dates else None
    out["bounds"] = _core_bounds(conn.execute("SELECT longitude, latitude FROM incidents WHERE latitude IS NOT NULL").fetchall())
    return out


def _core_bounds(points: list[sqlite3.Row], cell: float = 0.5) -> list[float] | None:
    """West, south, east, north of where most incidents are: the busiest half-degree cell and its neighbours.

    One agreement "in Russia" among a hundred events in Aleppo must not zoom the map out to the world.
    """
    if not points:
        return None
    counts: dict[tuple[int, int], int] = {}
    for lon, lat in points:
        key = (int(lon // cell), int(lat // cell))
        counts[key] = counts.get(key, 0) + 1
    cx, cy = max(counts, key=lambda k: counts[k])
    near = [(lon, lat) for lon, lat in points if abs(int(lon // cell) - cx) <= 1 and abs(int(lat // cell) - cy) <= 1]
    return [min(p[0] for p in near), min(p[1] for p in near), max(p[0] for p in near), max(p[1] for p in near)]


def actor_sides(conn: sqlite3.Connection) -> dict[str, str]:
    """Actor name (lower case) -> side, from the store's actors and the bundled actor dictionary."""
    sides = dict(_dictionary_sides())
    for name, side in conn.execute("SELECT name, side FROM actors WHERE side != ''"):
        sides[name.lower()] = side
    return sides


@functools.lru_cache(maxsize=1)
def _dictionary_sides() -> tuple[tuple[str, str], ...]:
    path = Path(__file__).resolve().parents[1] / "data" / "actors.csv"
    if not path.exists():
        return ()
    text = path.read_text(encoding="utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    return tuple((r["name"].lower(), r["side"]) for r in rows if r.get("name") and r.get("side"))
