"""The SQLite store: connection (WAL), idempotent writes of readings, the situation tables, runs.

Every id is a content hash, so every write is ``INSERT OR IGNORE``: writing the same reading twice
changes nothing. Writers commit per batch (``transaction``); a reader (the web map) keeps reading
while ingest writes because the file is in WAL mode.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

from frontwatch.records import (
    ActorRef,
    ArticleInput,
    ControlInterval,
    Dispute,
    Failure,
    Incident,
    Location,
    Reading,
    Source,
    to_json,
)
from frontwatch.store import codec
from frontwatch.store.schema import migrate

COUNTED = ("documents", "events", "claims", "incidents", "disputes", "control_intervals", "ingest_failures")


def open_db(path: str | Path, readonly: bool = False) -> sqlite3.Connection:
    """Open (and create/migrate unless ``readonly``) the store at ``path``.

    The connection is in autocommit mode: group writes with ``transaction(conn)``.
    """
    if readonly:
        conn = sqlite3.connect(f"file:{Path(path)}?mode=ro", uri=True, isolation_level=None, check_same_thread=False)
    else:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=30.0, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA busy_timeout = 30000")
    conn.execute("PRAGMA foreign_keys = ON")
    if not readonly:
        conn.execute("PRAGMA journal_mode = WAL")  # readers never block the writer, nor it them
        conn.execute("PRAGMA synchronous = NORMAL")  # safe with WAL; a crash loses at most the last batch
        migrate(conn)
    return conn


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction: committed on success, rolled back on any exception."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _hash(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def input_key(item: ArticleInput) -> str:
    """Hash of an input's content and metadata (not its id: FA-KES repeats one article under one id)."""
    text = item.text if isinstance(item.text, bytes) else item.text.encode("utf-8", "surrogatepass")
    meta = "\x1f".join([item.title, _date(item.published) or "", item.outlet, item.url])
    return hashlib.sha1(text + b"\x1e" + meta.encode("utf-8")).hexdigest()[:20]


def known_inputs(conn: sqlite3.Connection, keys: Iterable[str]) -> set[str]:
    """The input keys already stored (as a document) among ``keys``."""
    keys = list(keys)
    found: set[str] = set()
    for i in range(0, len(keys), 500):  # stay under SQLite's bound-parameter limit
        chunk = keys[i : i + 500]
        marks = ",".join("?" * len(chunk))
        found.update(r[0] for r in conn.execute(f"SELECT input_key FROM inputs WHERE input_key IN ({marks})", chunk))
    return found


def has_document(conn: sqlite3.Connection, doc_id: str) -> bool:
    """Whether a document with this content hash is stored."""
    return conn.execute("SELECT 1 FROM documents WHERE doc_id = ?", (doc_id,)).fetchone() is not None


def source_id(source: Source) -> str:
    """Stable id of a source (by name and type: two outlets quoting SANA share one)."""
    return _hash(source.name.lower(), source.source_type)


def _write_source(conn: sqlite3.Connection, source: Source) -> str:
    sid = source_id(source)
    conn.execute(
        "INSERT OR IGNORE INTO sources (source_id, name, source_type, stance) VALUES (?, ?, ?, ?)",
        (sid, source.name, source.source_type, source.stance),
    )
    return sid


def _write_actor(conn: sqlite3.Connection, actor: ActorRef) -> None:
    conn.execute("INSERT OR IGNORE INTO actors (name, kind, side) VALUES (?, ?, ?)", (actor.name, actor.kind, actor.side))


def _write_place(conn: sqlite3.Connection, loc: Location) -> None:
    if loc.place_id:
        conn.execute(
            "INSERT OR IGNORE INTO places (place_id, name, admin1, admin2, country, latitude, longitude, geo_precision)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (loc.place_id, loc.name, loc.admin1, loc.admin2, loc.country, loc.latitude, loc.longitude, loc.geo_precision),
        )


def _location_cols(loc: Location | None) -> tuple[object, ...]:
    if loc is None:
        return ("", "", "", "", "", None, None, None)
    return (loc.place_id, loc.name, loc.admin1, loc.admin2, loc.country, loc.latitude, loc.longitude, loc.geo_precision)


def write_reading(
    conn: sqlite3.Connection, reading: Reading, *, key: str = "", item_id: str = "", origin: str = "", run_id: int | None = None
) -> bool:
    """Store one reading (document, events, claims, control); returns False if the document was there already."""
    doc = reading.document
    cur = conn.execute(
        "INSERT OR IGNORE INTO documents (doc_id, title, published, published_source, byline, outlet, url, body,"
        " captions_json, removed_json, extractor_version, reading_json, record_json, run_id, ingested_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            doc.doc_id, doc.title, _date(doc.published), doc.published_source, doc.byline, doc.outlet, doc.url, doc.body,
            codec.dumps(doc.captions), codec.dumps(doc.removed), reading.extractor_version,
            _json_text(to_json(reading)), codec.dumps(reading), run_id, _now(),
        ),
    )
    if key:
        add_input(conn, key, doc.doc_id, item_id=item_id, origin=origin)
    if cur.rowcount == 0:
        return False
    for event in reading.events:
        if event.location:
            _write_place(conn, event.location)
        conn.execute(
            "INSERT OR IGNORE INTO events (event_id, doc_id, event_date, time_precision, event_type, sub_event_type,"
            " actor1, actor2, place_id, location, admin1, admin2, country, latitude, longitude, geo_precision,"
            ' fatalities, hedged, evidence, start, "end", trigger, record_json)'
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                event.event_id, doc.doc_id, _date(event.event_date), event.time_precision, event.event_type,
                event.sub_event_type, event.actor1.name if event.actor1 else "", event.actor2.name if event.actor2 else "",
                *_location_cols(event.location), event.fatalities, int(event.hedged), event.evidence,
                event.start, event.end, event.trigger, codec.dumps(event),
            ),
        )
        for source in event.sources:
            conn.execute(
                "INSERT OR IGNORE INTO event_sources (event_id, source_id, words) VALUES (?, ?, ?)",
                (event.event_id, _write_source(conn, source), source.words),
            )
        roles = [("actor1", event.actor1), ("actor2", event.actor2)] + [("assoc", a) for a in event.assoc_actors]
        for role, actor in roles:
            if actor is not None:
                _write_actor(conn, actor)
                conn.execute(
                    "INSERT OR IGNORE INTO event_actors (event_id, role, name, words) VALUES (?, ?, ?, ?)",
                    (event.event_id, role, actor.name, actor.words),
                )
    for claim in reading.claims:
        conn.execute(
            "INSERT OR IGNORE INTO claims (claim_id, doc_id, event_id, kind, value, qualifier, words, unit, subject,"
            " holder, source_id, source_words, place, origin, via, destination, date, quote, start, \"end\", hedged,"
            " hedge, record_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                claim.claim_id, doc.doc_id, claim.event_id, claim.kind, claim.value, claim.qualifier, claim.words,
                claim.unit, claim.subject, claim.holder, _write_source(conn, claim.source), claim.source.words,
                claim.place, claim.origin, claim.via, claim.destination, _date(claim.date), claim.quote, claim.start,
                claim.end, int(claim.hedged), claim.hedge, codec.dumps(claim),
            ),
        )
    for control in reading.control:
        conn.execute(
            "INSERT OR IGNORE INTO control_statements (doc_id, claim_id, place, place_id, holder, date, since, source_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                doc.doc_id, control.claim_id, control.place, control.place_id, control.holder, _date(control.date),
                int(control.since), _write_source(conn, control.source),
            ),
        )
    return True


def _json_text(value: object) -> str:
    import json

    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def add_input(conn: sqlite3.Connection, key: str, doc_id: str, *, item_id: str = "", origin: str = "") -> None:
    """Record that a raw input is (a copy of) a stored document; clears an old failure of it."""
    conn.execute(
        "INSERT OR IGNORE INTO inputs (input_key, item_id, origin, doc_id) VALUES (?, ?, ?, ?)", (key, item_id, origin, doc_id)
    )
    conn.execute("DELETE FROM ingest_failures WHERE input_key = ?", (key,))


def write_failure(conn: sqlite3.Connection, failure: Failure, *, key: str, origin: str = "", run_id: int | None = None) -> None:
    """Record an input that could not be read (one row per input, the latest reason)."""
    conn.execute(
        "INSERT OR REPLACE INTO ingest_failures (input_key, item_id, origin, kind, error, run_id, seen_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (key, failure.id, origin, failure.kind, failure.error, run_id, _now()),
    )


def load_readings(conn: sqlite3.Connection, *, bodies: bool = True) -> Iterator[Reading]:
    """Every stored reading, rebuilt exactly, in document order.

    ``bodies=False`` leaves out the document's body, captions and removed parts: fusion and the
    control timeline need none of them, and a corpus' texts are most of its memory.
    """
    for row in conn.execute("SELECT record_json FROM documents ORDER BY doc_id"):
        reading = codec.loads(Reading, row[0])
        if not bodies:
            document = dataclasses.replace(reading.document, body="", captions=(), removed=())
            reading = dataclasses.replace(reading, document=document)
        yield reading


def replace_situation(
    conn: sqlite3.Connection,
    incidents: Iterable[Incident],
    disputes: Iterable[Dispute],
    intervals: Iterable[ControlInterval],
) -> None:
    """Replace the fused picture (incidents, disputes, control intervals) inside the caller's transaction."""
    for table in ("incident_events", "incident_claims", "incident_documents", "incident_sources", "incidents",
                  "dispute_claims", "disputes", "control_intervals"):
        conn.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed table names, not input
    owner: dict[str, str] = {}
    all_disputes = {dispute_id(d): d for d in disputes}
    for incident in incidents:
        write_incident(conn, incident)
        owner.update((c, incident.incident_id) for c in incident.claim_ids)
        all_disputes.update((dispute_id(d), d) for d in incident.disputes)  # disputes may ride on incidents too
    for dispute in all_disputes.values():
        write_dispute(conn, dispute, incident_id=next((owner[c] for c in dispute.claim_ids if c in owner), ""))
    for interval in intervals:
        write_interval(conn, interval)


def write_incident(conn: sqlite3.Connection, incident: Incident) -> None:
    """Store one incident and its links to events, claims, documents and sources."""
    i = incident
    conn.execute(
        "INSERT OR REPLACE INTO incidents (incident_id, event_date, time_precision, event_type, sub_event_type, actor1,"
        " actor2, place_id, location, admin1, admin2, country, latitude, longitude, geo_precision, fatalities,"
        " fatalities_low, fatalities_best, fatalities_high, hedged, evidence, n_documents, n_sources, record_json)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            i.incident_id, _date(i.event_date), i.time_precision, i.event_type, i.sub_event_type,
            i.actor1.name if i.actor1 else "", i.actor2.name if i.actor2 else "", *_location_cols(i.location),
            i.fatalities, i.fatalities_low, i.fatalities_best, i.fatalities_high, int(i.hedged), i.evidence,
            len(i.documents), len(i.sources), codec.dumps(i),
        ),
    )
    rows = [
        ("incident_events", "event_id", i.event_ids),
        ("incident_claims", "claim_id", i.claim_ids),
        ("incident_documents", "doc_id", i.documents),
        ("incident_sources", "source_id", tuple(_write_source(conn, s) for s in i.sources)),
    ]
    for table, column, values in rows:
        conn.executemany(
            f"INSERT OR IGNORE INTO {table} (incident_id, {column}) VALUES (?, ?)",  # noqa: S608 - fixed names
            [(i.incident_id, v) for v in dict.fromkeys(values)],
        )


def dispute_id(dispute: Dispute) -> str:
    """Stable id of a dispute: the hash of its sorted claim ids."""
    return _hash(dispute.kind, *sorted(dispute.claim_ids))


def write_dispute(conn: sqlite3.Connection, dispute: Dispute, *, incident_id: str = "") -> None:
    """Store one dispute and its claims side by side."""
    did = dispute_id(dispute)
    conn.execute(
        "INSERT OR REPLACE INTO disputes (dispute_id, kind, note, incident_id, record_json) VALUES (?, ?, ?, ?, ?)",
        (did, dispute.kind, dispute.note, incident_id, codec.dumps(dispute)),
    )
    for n, claim_id in enumerate(dispute.claim_ids):
        value = dispute.values[n] if n < len(dispute.values) else None
        source = dispute.sources[n] if n < len(dispute.sources) else ""
        conn.execute(
            "INSERT OR IGNORE INTO dispute_claims (dispute_id, claim_id, value, source) VALUES (?, ?, ?, ?)",
            (did, claim_id, value, source),
        )


def write_interval(conn: sqlite3.Connection, interval: ControlInterval) -> None:
    """Store one control interval."""
    c = interval
    conn.execute(
        'INSERT OR REPLACE INTO control_intervals (interval_id, place, place_id, holder, start, "end", contested,'
        " contenders, sources, record_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            _hash(c.place_id or c.place, c.holder, _date(c.start)), c.place, c.place_id, c.holder, _date(c.start),
            _date(c.end), int(c.contested), "; ".join(c.contenders), "; ".join(c.sources), codec.dumps(c),
        ),
    )


def start_run(conn: sqlite3.Connection, command: str, inputs: str, extractor_version: str) -> int:
    """Open a run row; returns its id."""
    cur = conn.execute(
        "INSERT INTO runs (command, inputs, started_at, extractor_version) VALUES (?, ?, ?, ?)",
        (command, inputs, _now(), extractor_version),
    )
    return int(cur.lastrowid or 0)


def finish_run(conn: sqlite3.Connection, run_id: int, status: str, **counts: int) -> None:
    """Close a run row with its status and counts (docs_new, docs_present, failed, events, ...)."""
    allowed = {"docs_new", "docs_present", "failed", "events", "claims", "incidents", "disputes"}
    cols = [k for k in counts if k in allowed]
    sets = "".join(f", {k} = ?" for k in cols)
    conn.execute(
        f"UPDATE runs SET status = ?, finished_at = ?{sets} WHERE run_id = ?",  # noqa: S608 - names from allowed
        (status, _now(), *[counts[k] for k in cols], run_id),
    )


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Row counts of the main tables."""
    return {t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in COUNTED}  # noqa: S608
