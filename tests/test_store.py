"""The store: migrations, WAL, idempotent writes, exact round trips, the situation tables, views."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from frontwatch.records import (
    ActorRef,
    Claim,
    Control,
    ControlInterval,
    Dispute,
    Document,
    Event,
    Failure,
    Incident,
    Location,
    Reading,
    Removed,
    Source,
)
from frontwatch.store import codec, db, schema

SANA = Source("SANA", "state media", "pro-government", "SANA, the state news agency")
SOHR = Source("Syrian Observatory for Human Rights", "monitor", "pro-opposition", "the Observatory")
ARMY = ActorRef("Military Forces of Syria", "state forces", "government", "government troops")
REBELS = ActorRef("Opposition rebels", "rebel group", "opposition", "the rebels")
BADRO = Location("Jabal Badro", "Aleppo", "Jebel Saman", "Syria", 36.2308, 37.1842, 1, place_id="sy-nb-jabal-badro", words="Jabal Badro")


def make_reading(n: int, *, outlet: str = "SANA", day: int = 27) -> Reading:
    """A small but complete reading: every nested record type appears once."""
    doc = Document(
        doc_id=f"{n:016x}", title=f"Report {n}", published=dt.date(2016, 11, day), published_source="caller",
        byline="Staff", outlet=outlet, url=f"https://example.org/{n}", body=f"Body {n}: the army took Jabal Badro.",
        captions=("A caption",), removed=(Removed("credit", "(AFP)"),),
    )
    claims = (
        Claim(f"c{n}a", "evacuated", 1500, "", SANA, f"e{n}", "Hanano", "eastern Aleppo", "Hanano", "", dt.date(2016, 11, 27),
              "", 10, 20, False, words="1,500", subject="civilians"),
        Claim(f"c{n}b", "evacuated", 4000, "about", SOHR, f"e{n}", "Hanano", "eastern Aleppo", "Hanano", "", None,
              "", 30, 40, True, hedge="could not be verified", disputed_with=(f"c{n}a",), words="4,000"),
    )
    event = Event(
        f"e{n}", dt.date(2016, 11, day), 1, "Battles", "Government regains territory", ARMY, REBELS, (REBELS,), BADRO, 3,
        (SANA,), False, "the army took Jabal Badro", 8, 34, claim_ids=(f"c{n}a", f"c{n}b"), trigger="took",
    )
    control = (Control("Jabal Badro", "government", dt.date(2016, 11, day), SANA, f"c{n}a", "sy-nb-jabal-badro", True),)
    return Reading(doc, (event,), claims, control)


@pytest.fixture
def conn(tmp_path: Path) -> sqlite3.Connection:
    return db.open_db(tmp_path / "store.db")


def test_migrations_are_numbered_recorded_and_applied_once(tmp_path: Path) -> None:
    found = schema.migrations()
    assert [m.version for m in found] == list(range(1, len(found) + 1))
    first = db.open_db(tmp_path / "m.db")
    versions = [r[0] for r in first.execute("SELECT version FROM schema_migrations ORDER BY version")]
    assert versions == [m.version for m in found]
    assert schema.migrate(first) == []  # nothing pending the second time
    first.close()
    again = db.open_db(tmp_path / "m.db")
    assert schema.current_version(again) == found[-1].version


def test_a_failing_migration_leaves_nothing_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    conn = db.open_db(tmp_path / "m.db")
    good = schema.migrations()
    broken = schema.Migration(len(good) + 1, "broken", "CREATE TABLE half_done (a);\nSELECT * FROM no_such_table;")
    monkeypatch.setattr(schema, "migrations", lambda: [*good, broken])
    with pytest.raises(sqlite3.OperationalError, match="no_such_table"):
        schema.migrate(conn)
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").fetchone()[0] == 0
    assert schema.current_version(conn) == good[-1].version


def test_wal_lets_a_reader_read_while_a_writer_holds_a_transaction(tmp_path: Path) -> None:
    path = tmp_path / "wal.db"
    writer = db.open_db(path)
    assert writer.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with db.transaction(writer):
        db.write_reading(writer, make_reading(1))
    reader = db.open_db(path, readonly=True)
    writer.execute("BEGIN IMMEDIATE")
    db.write_reading(writer, make_reading(2))
    # The reader sees the committed state, without waiting for the writer.
    assert reader.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
    writer.execute("COMMIT")
    assert reader.execute("SELECT count(*) FROM documents").fetchone()[0] == 2
    with pytest.raises(sqlite3.OperationalError):
        reader.execute("DELETE FROM documents")


def test_writing_a_reading_twice_changes_nothing(conn: sqlite3.Connection) -> None:
    reading = make_reading(1)
    with db.transaction(conn):
        assert db.write_reading(conn, reading, key="k1") is True
    before = db.counts(conn)
    with db.transaction(conn):
        assert db.write_reading(conn, reading, key="k1") is False
        assert db.write_reading(conn, reading, key="k2") is False  # another input, same document
    assert db.counts(conn) == before
    assert before["documents"] == 1 and before["events"] == 1 and before["claims"] == 2
    assert db.known_inputs(conn, ["k1", "k2", "k3"]) == {"k1", "k2"}
    # One source row per source, however many records cite it.
    assert conn.execute("SELECT count(*) FROM sources").fetchone()[0] == 2


def test_readings_come_back_exactly(conn: sqlite3.Connection) -> None:
    readings = [make_reading(1), make_reading(2, outlet="Reuters", day=28)]
    with db.transaction(conn):
        for r in readings:
            db.write_reading(conn, r)
    assert list(db.load_readings(conn)) == readings
    light = list(db.load_readings(conn, bodies=False))
    assert [r.events for r in light] == [r.events for r in readings] and [r.claims for r in light] == [r.claims for r in readings]
    assert all(r.document.body == "" and r.document.captions == () for r in light)
    assert [r.document.doc_id for r in light] == [r.document.doc_id for r in readings]
    assert codec.loads(Reading, codec.dumps(readings[0])) == readings[0]


def test_codec_ignores_fields_an_older_record_lacks_and_fills_defaults() -> None:
    data = codec.encode(make_reading(1).events[0])
    del data["trigger"]  # a row written before the field existed
    data["not_a_field"] = 1  # a row written by a newer version
    event = codec.decode(Event, data)
    assert event.trigger == "" and event.location == BADRO


def test_a_failed_transaction_leaves_nothing(conn: sqlite3.Connection) -> None:
    with pytest.raises(RuntimeError), db.transaction(conn):
        db.write_reading(conn, make_reading(1))
        raise RuntimeError("killed mid-batch")
    assert db.counts(conn)["documents"] == 0 and db.counts(conn)["events"] == 0


def test_failures_are_one_row_per_input_and_cleared_when_the_input_reads(conn: sqlite3.Connection) -> None:
    with db.transaction(conn):
        db.write_failure(conn, Failure("row 3", "empty", "empty: input is empty"), key="k3", origin="x.csv:3")
        db.write_failure(conn, Failure("row 3", "empty", "empty: input is empty"), key="k3", origin="x.csv:3")
    assert db.counts(conn)["ingest_failures"] == 1
    row = conn.execute("SELECT item_id, kind, error FROM v_failures").fetchone()
    assert tuple(row) == ("row 3", "empty", "empty: input is empty")
    with db.transaction(conn):
        db.write_reading(conn, make_reading(3), key="k3")
    assert db.counts(conn)["ingest_failures"] == 0


def _incident(reading: Reading) -> Incident:
    e = reading.events[0]
    dispute = Dispute("evacuated", tuple(c.claim_id for c in reading.claims), (1500, 4000), ("SANA", "SOHR"), "1,500 vs 4,000")
    return Incident(
        "inc1", e.event_date, 1, e.event_type, e.sub_event_type, e.actor1, e.actor2, e.assoc_actors, e.location, 3, 3, 3, 5,
        (SANA, SOHR), False, e.evidence, (reading.document.doc_id,), (e.event_id,), tuple(c.claim_id for c in reading.claims),
        disputes=(dispute,),
    )


def test_situation_tables_and_views(conn: sqlite3.Connection) -> None:
    reading = make_reading(1)
    incident = _incident(reading)
    interval = ControlInterval("Jabal Badro", "sy-nb-jabal-badro", "government", dt.date(2016, 11, 27), None, ("c1a",), ("SANA",))
    with db.transaction(conn):
        db.write_reading(conn, reading)
        db.replace_situation(conn, [incident], [], [interval])
    counts = db.counts(conn)
    assert (counts["incidents"], counts["disputes"], counts["control_intervals"]) == (1, 1, 1)
    # The dispute that rode on the incident is linked to it.
    assert conn.execute("SELECT incident_id FROM disputes").fetchone()[0] == "inc1"
    v = conn.execute("SELECT * FROM v_incidents").fetchone()
    assert set(v["sources"].split("; ")) == {"SANA", "Syrian Observatory for Human Rights"}
    assert v["outlets"] == "SANA" and v["n_documents"] == 1 and v["fatalities_high"] == 5
    assert conn.execute("SELECT figures FROM v_disputes").fetchone()[0] == "1500 per SANA vs 4000 per SOHR"
    assert tuple(conn.execute("SELECT place, holder, start FROM v_control").fetchone()) == ("Jabal Badro", "government", "2016-11-27")
    ev = conn.execute("SELECT location, admin1, sources, outlet FROM v_events").fetchone()
    assert tuple(ev) == ("Jabal Badro", "Aleppo", "SANA", "SANA")
    claim = conn.execute("SELECT source, source_type, value FROM v_claims WHERE value = 4000").fetchone()
    assert tuple(claim) == ("Syrian Observatory for Human Rights", "monitor", 4000)
    # Recomputing replaces, never piles up.
    with db.transaction(conn):
        db.replace_situation(conn, [incident], [], [interval])
    assert db.counts(conn) == counts


def test_every_view_opens(conn: sqlite3.Connection) -> None:
    views = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'view' ORDER BY name")]
    assert {"v_events", "v_claims", "v_disputes", "v_control", "v_incidents", "v_documents", "v_failures", "v_runs"} <= set(views)
    for view in views:
        conn.execute(f"SELECT * FROM {view} LIMIT 1").fetchall()


def test_runs_record_status_and_counts(conn: sqlite3.Connection) -> None:
    run_id = db.start_run(conn, "ingest", "a.csv", "0.1.0")
    db.finish_run(conn, run_id, "done", docs_new=3, failed=1, bogus=9)
    row = conn.execute("SELECT status, docs_new, failed, finished_at FROM v_runs WHERE run_id = ?", (run_id,)).fetchone()
    assert (row["status"], row["docs_new"], row["failed"]) == ("done", 3, 1) and row["finished_at"]
