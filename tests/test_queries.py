"""store.queries: the reads the CLI and the web API share, over a store built from known records."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from frontwatch.reading.gazetteer import Gazetteer
from frontwatch.records import ActorRef, Claim, ControlInterval, Dispute, Incident, Location, Reading, Source
from frontwatch.store import db, queries

from test_store import ARMY, SANA, SOHR, make_reading  # noqa: I001 - sibling test module

ISIS = ActorRef("Islamic State", "rebel group", "jihadist", "IS")
REUTERS = Source("Reuters", "wire agency", "neutral", "Reuters")


def _loc(name: str) -> Location:
    place = Gazetteer.default().lookup(name)[0]
    return Location(place.name, place.admin1, place.admin2, place.country, place.latitude, place.longitude,
                    place.geo_precision, place_id=place.place_id, words=name)


def _incident(iid: str, day: int, place: str, *, type_: str = "Battles", sub: str = "Armed clash", actor: ActorRef = ARMY,
              sources: tuple[Source, ...] = (SANA,), docs: tuple[str, ...] = (), claims: tuple[str, ...] = ()) -> Incident:
    return Incident(
        iid, dt.date(2016, 11, day), 1, type_, sub, actor, None, (), _loc(place), 2, 2, 2, 4, sources, False,
        f"evidence {iid}", docs, (f"ev-{iid}",), claims,
    )


@pytest.fixture(scope="module")
def conn(tmp_path_factory: pytest.TempPathFactory) -> sqlite3.Connection:
    path = tmp_path_factory.mktemp("q") / "q.db"
    c = db.open_db(path)
    reading: Reading = make_reading(1)
    claim_ids = tuple(cl.claim_id for cl in reading.claims)
    incidents = [
        _incident("i-badro", 27, "Jabal Badro", sub="Government regains territory", docs=(reading.document.doc_id,), claims=claim_ids),
        _incident("i-hanano", 26, "Hanano Housing", sources=(SANA, SOHR)),
        _incident("i-saraqib", 28, "Saraqib", type_="Explosions/Remote violence", sub="Air/drone strike", actor=ISIS, sources=(REUTERS,)),
        _incident("i-raqqa", 20, "Raqqa", actor=ISIS, sources=(REUTERS,)),
    ]
    dispute = Dispute("evacuated", claim_ids, (1500, 4000), ("SANA", "Syrian Observatory for Human Rights"), "1,500 vs 4,000")
    intervals = [
        ControlInterval("Jabal Badro", "SY:jabal-badro@36.215,37.206", "opposition", dt.date(2012, 7, 20), dt.date(2016, 11, 26), ("x",), ("SOHR",)),
        ControlInterval("Jabal Badro", "SY:jabal-badro@36.215,37.206", "government", dt.date(2016, 11, 27), None, ("c1a",), ("SANA",)),
        ControlInterval("Hanano", "SY:hanano@36.228,37.203", "government", dt.date(2016, 11, 26), None, ("y",), ("SANA",),
                        contested=True, contenders=("opposition",)),
        ControlInterval("Idlib province", "", "opposition", None, None, ("z",), ("Los Angeles Times",)),
    ]
    with db.transaction(c):
        db.write_reading(c, reading)
        db.replace_situation(c, incidents, [dispute], intervals)
    c.close()
    return db.open_db(path, readonly=True)


def _ids(incidents: list[Incident]) -> list[str]:
    return [i.incident_id for i in incidents]


def test_list_incidents_orders_by_date_and_pages(conn: sqlite3.Connection) -> None:
    assert _ids(queries.list_incidents(conn)) == ["i-raqqa", "i-hanano", "i-badro", "i-saraqib"]
    assert _ids(queries.list_incidents(conn, limit=2, offset=1)) == ["i-hanano", "i-badro"]
    assert queries.count_incidents(conn) == 4


def test_filters(conn: sqlite3.Connection) -> None:
    assert _ids(queries.list_incidents(conn, since="2016-11-26", until=dt.date(2016, 11, 27))) == ["i-hanano", "i-badro"]
    assert _ids(queries.list_incidents(conn, event_type="Air/drone strike")) == ["i-saraqib"]
    assert _ids(queries.list_incidents(conn, event_type="battles")) == ["i-raqqa", "i-hanano", "i-badro"]
    assert _ids(queries.list_incidents(conn, actor="islamic")) == ["i-raqqa", "i-saraqib"]
    assert _ids(queries.list_incidents(conn, source="Observatory")) == ["i-hanano"]
    assert _ids(queries.list_incidents(conn, source="SANA")) == ["i-hanano", "i-badro"]  # outlet of the document counts too
    # bbox: west, south, east, north around Aleppo city
    assert _ids(queries.list_incidents(conn, bbox=(37.0, 36.1, 37.3, 36.3))) == ["i-hanano", "i-badro"]
    assert queries.count_incidents(conn, actor="islamic", since="2016-11-25") == 1


def test_place_filter_includes_the_places_inside(conn: sqlite3.Connection) -> None:
    # Aleppo (city and governorate) contains its neighbourhoods; Idlib (city, governorate Idleb) its towns.
    assert _ids(queries.list_incidents(conn, place="Aleppo")) == ["i-hanano", "i-badro"]
    assert _ids(queries.list_incidents(conn, place="Idlib")) == ["i-saraqib"]
    assert _ids(queries.list_incidents(conn, place="jabal badro")) == ["i-badro"]
    assert _ids(queries.list_incidents(conn, place="Masaken Hanano")) == ["i-hanano"]  # another spelling
    assert _ids(queries.list_incidents(conn, place="Syria")) == ["i-raqqa", "i-hanano", "i-badro", "i-saraqib"]
    assert queries.list_incidents(conn, place="Atlantis") == []


def test_get_incident_with_claims_and_documents(conn: sqlite3.Connection) -> None:
    found = queries.get_incident(conn, "i-badro")
    assert found is not None
    incident, claims, docs = found
    assert incident.location is not None and incident.location.name == "Jabal Badro"
    assert [c.value for c in claims] == [1500, 4000] and claims[1].source == SOHR
    assert [(d.outlet, d.published) for d in docs] == [("SANA", dt.date(2016, 11, 27))]
    assert queries.get_incident(conn, "nope") is None


def test_incident_json_has_the_event_keys_of_extract(conn: sqlite3.Connection) -> None:
    incident, claims, _ = queries.get_incident(conn, "i-badro")  # type: ignore[misc]
    out = queries.incident_to_json(incident, claims)
    event_keys = {"event_id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
                  "assoc_actors", "location", "fatalities", "sources", "hedged", "evidence", "claim_ids"}
    assert event_keys | {"incident_id", "documents", "claims"} <= set(out)
    assert out["event_date"] == "2016-11-27" and out["actor1"] == "Military Forces of Syria" and out["sources"] == ["SANA"]
    assert out["location"]["name"] == "Jabal Badro"  # type: ignore[index]
    assert [c["source"] for c in out["claims"]] == ["SANA", "Syrian Observatory for Human Rights"]  # type: ignore[union-attr]


def test_control_on_a_day_and_a_place_history(conn: sqlite3.Connection) -> None:
    on = {(i.place, i.holder) for i in queries.control_on(conn, "2016-11-28")}
    assert on == {("Jabal Badro", "government"), ("Hanano", "government"), ("Idlib province", "opposition")}
    before = {(i.place, i.holder) for i in queries.control_on(conn, dt.date(2016, 11, 26))}
    assert ("Jabal Badro", "opposition") in before and ("Hanano", "government") in before
    history = queries.control_history(conn, "Jabal Badro")
    assert [(i.holder, i.start) for i in history] == [("opposition", dt.date(2012, 7, 20)), ("government", dt.date(2016, 11, 27))]
    assert [i.holder for i in queries.control_history(conn, "Masaken Hanano")] == ["government"]
    assert queries.control_history(conn, "Atlantis") == []
    assert len(queries.list_control(conn)) == 4


def test_disputes_keep_every_figure_with_its_source(conn: sqlite3.Connection) -> None:
    (row,) = queries.list_disputes(conn)
    assert row.incident_id == "i-badro"
    assert row.dispute.values == (1500, 4000)
    assert [c.source.name for c in row.claims] == ["SANA", "Syrian Observatory for Human Rights"]
    assert queries.list_disputes(conn, kind="killed") == []


def test_get_document_with_its_spans(conn: sqlite3.Connection) -> None:
    doc_id = make_reading(1).document.doc_id
    found = queries.get_document(conn, doc_id)
    assert found is not None
    document, spans = found
    assert document == make_reading(1).document
    assert [(s.kind, s.start) for s in spans] == [("event", 8), ("claim", 10), ("claim", 30)]
    assert spans[1].label == "evacuated 1500 per SANA"
    assert queries.get_document(conn, "missing") is None


def test_records_stay_records(conn: sqlite3.Connection) -> None:
    incidents = queries.list_incidents(conn)
    assert all(dataclasses.is_dataclass(i) and isinstance(i, Incident) for i in incidents)
    claims = queries.get_claims(conn, ["c1b", "missing", "c1a"])
    assert [c.claim_id for c in claims] == ["c1b", "c1a"] and all(isinstance(c, Claim) for c in claims)
