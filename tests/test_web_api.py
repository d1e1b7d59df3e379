"""The JSON API over a store written by the store's own writers (tests/web_fixtures.py)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from frontwatch.web import geo
from frontwatch.web.app import create_app

import web_fixtures


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    path = tmp_path_factory.mktemp("web") / "sample.db"
    ids = web_fixtures.build(path)
    return path, ids


@pytest.fixture(scope="module")
def client(store: tuple[Path, dict[str, str]]) -> TestClient:
    return TestClient(create_app(store[0]))


def test_openapi_lists_every_route(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for route in ("/api/events", "/api/incidents/{incident_id}", "/api/control", "/api/documents/{doc_id}",
                  "/api/disputes", "/api/timeline", "/api/flows"):
        assert route in paths
    assert not any("post" in ops for ops in paths.values()), "read-only app must have no write route"


def test_events_is_geojson_in_date_order(client: TestClient) -> None:
    body = client.get("/api/events").json()
    assert body["type"] == "FeatureCollection"
    assert body["total"] == 2
    ids = [f["id"] for f in body["features"]]
    assert ids == ["inc_hanano", "inc_nairab"]
    first = body["features"][0]
    assert first["geometry"] == {"type": "Point", "coordinates": [37.1824, 36.2226]}
    assert first["properties"]["disputed"] is True
    assert body["features"][1]["properties"]["disputed"] is False


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("since=2016-11-27", ["inc_nairab"]),
        ("until=2016-11-26", ["inc_hanano"]),
        ("type=Battles", ["inc_hanano"]),
        ("type=Shelling/artillery/missile attack", ["inc_nairab"]),
        ("actor=Military Forces", ["inc_hanano"]),
        ("actor=%25", []),  # a LIKE wildcard in the input is a literal, not "anything"
        ("bbox=37.18,36.22,37.19,36.23", ["inc_hanano"]),
        ("limit=1", ["inc_hanano"]),
        ("limit=1&offset=1", ["inc_nairab"]),
    ],
)
def test_events_filters(client: TestClient, query: str, expected: list[str]) -> None:
    body = client.get(f"/api/events?{query}").json()
    assert [f["id"] for f in body["features"]] == expected


def test_events_page_size_is_bounded(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FRONTWATCH_PAGE_SIZE_MAX", "1")
    body = client.get("/api/events?limit=100000").json()
    assert body["limit"] == 1 and len(body["features"]) == 1 and body["next_offset"] == 1


@pytest.mark.parametrize("query", ["since=yesterday", "bbox=1,2,3", "bbox=5,0,1,1", "limit=0", "offset=-1"])
def test_events_rejects_bad_filters(client: TestClient, query: str) -> None:
    assert client.get(f"/api/events?{query}").status_code == 422


def test_incident_has_both_sides_of_its_dispute(client: TestClient) -> None:
    body = client.get("/api/incidents/inc_hanano").json()
    assert body["incident"]["location"] == "Hanano"
    claims = {c["claim_id"]: c for c in body["claims"]}
    assert {"cl_a1", "cl_b1", "cl_a2"} <= set(claims)
    assert (claims["cl_a1"]["value"], claims["cl_a1"]["source"]) == (1500, "SANA")
    assert (claims["cl_b1"]["value"], claims["cl_b1"]["source"]) == (4000, "Syrian Observatory for Human Rights")
    assert claims["cl_b1"]["quote"] == "said 4,000 civilians fled eastern Aleppo to Jibreen"
    assert claims["cl_b1"]["doc_id"] == "docbbbbbbbbbbbb"
    [dispute] = body["disputes"]
    assert dispute["claim_ids"] == ["cl_a1", "cl_b1"]
    assert {d["doc_id"] for d in body["documents"]} == {"docaaaaaaaaaaaa", "docbbbbbbbbbbbb"}


def test_unknown_ids_are_404(client: TestClient) -> None:
    assert client.get("/api/incidents/nope").status_code == 404
    assert client.get("/api/documents/nope").status_code == 404


def test_control_changes_with_the_date(client: TestClient) -> None:
    before = client.get("/api/control?date=2016-11-25").json()
    after = client.get("/api/control?date=2016-11-28").json()
    hanano_before = next(f for f in before["features"] if f["properties"]["polygon_id"] == 65)
    hanano_after = next(f for f in after["features"] if f["properties"]["polygon_id"] == 65)
    assert hanano_before["properties"]["side"] == "opposition"
    assert hanano_after["properties"]["side"] == "government"
    assert hanano_after["properties"]["since"] == "2016-11-26"
    assert hanano_after["geometry"]["type"] in {"Polygon", "MultiPolygon"}
    assert [c["claim_id"] for c in hanano_after["properties"]["claims"]] == ["cl_a2"]
    saeed = next(f for f in after["features"] if f["properties"]["place"] == "Sheikh Saeed")
    assert saeed["properties"]["contested"] is True
    assert saeed["properties"]["polygon_id"] == 112  # "Sheikh Sa'eed" in the CSR layer
    assert client.get("/api/control").status_code == 422
    assert client.get("/api/control?date=2016-13-01").status_code == 422


def test_document_text_is_returned_raw_with_spans(client: TestClient) -> None:
    body = client.get("/api/documents/docaaaaaaaaaaaa").json()
    assert "<script>alert(1)</script>" in body["text"]  # text as stored; the page renders it as text
    spans = {s["claim_id"]: s for s in body["spans"] if s["claim_id"]}
    span = spans["cl_a1"]
    assert body["text"][span["start"] : span["end"]] == "SANA said 1,500 civilians left eastern Aleppo for Jibreen"
    assert span["kind"] == "claim:displaced"
    assert any(s["kind"] == "event" for s in body["spans"])


def test_disputes_timeline_flows(client: TestClient) -> None:
    [dispute] = client.get("/api/disputes").json()["disputes"]
    assert [c["value"] for c in dispute["claims"]] == [1500, 4000]
    assert dispute["incident_id"] == "inc_hanano"
    assert dispute["location"] == "Aleppo" and dispute["date"] == "2016-11-26"  # where a marker can stand
    lon, lat = dispute["coordinates"]
    assert 37.0 < lon < 37.3 and 36.1 < lat < 36.3
    timeline = client.get("/api/timeline").json()
    assert timeline["days"] == [
        {"date": "2016-11-26", "counts": {"Battles": 1}},
        {"date": "2016-11-27", "counts": {"Explosions/Remote violence": 1}},
    ]
    [flow] = client.get("/api/flows").json()["flows"]
    assert (flow["origin"], flow["destination"], flow["count"], flow["count_high"]) == ("eastern Aleppo", "Jibreen", 1500, 4000)
    assert flow["sources"] == ["SANA", "Syrian Observatory for Human Rights"]
    lon, lat = flow["destination_coords"]
    assert 37.2 < lon < 37.3 and 36.1 < lat < 36.25  # Jibreen, east of the city centre


def test_page_and_static_files(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert 'src="static/vendor/leaflet/leaflet.js"' in page.text
    assert client.get("/static/vendor/leaflet/leaflet.js").status_code == 200
    assert client.get("/static/vendor/leaflet/images/marker-icon.png").status_code == 200
    layer = client.get("/api/geo/neighbourhoods").json()
    assert len(layer["features"]) == 133
    assert len(client.get("/api/geo/governorates").json()["features"]) == 14


def test_store_is_opened_read_only(store: tuple[Path, dict[str, str]], client: TestClient) -> None:
    conn = client.app.state.web.connection()  # type: ignore[attr-defined]
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        conn.execute("DELETE FROM incidents")


def test_write_route_only_when_writable(store: tuple[Path, dict[str, str]], client: TestClient) -> None:
    assert client.post("/api/ingest", json={"text": "anything"}).status_code in {404, 405}
    writable = TestClient(create_app(store[0], writable=True))
    assert "post" in writable.get("/openapi.json").json()["paths"]["/api/ingest"]
    assert writable.post("/api/ingest", json={}).status_code == 422  # no text
    too_big = "x" * 2_000_001
    assert writable.post("/api/ingest", json={"text": too_big}).status_code == 422


def test_tile_url_is_the_only_outside_image_source() -> None:
    from frontwatch.web.app import _csp

    assert "img-src 'self' data:;" in _csp("")
    policy = _csp("https://{s}.tile.example.org/{z}/{x}/{y}.png")
    assert "img-src 'self' data: https://*.tile.example.org;" in policy
    assert "script-src 'self';" in policy and "connect-src 'self';" in policy


def test_missing_store_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        create_app(tmp_path / "absent.db")


@pytest.mark.parametrize(
    ("words", "polygon"),
    [("Masaken Hanano", "Hanano"), ("Sheikh Maksoud", "ash-Sheikh Maqsoud"), ("al-Sakhur", "as-Sakhour I"),
     ("Trab al-Hellok", "Trab al-Hellok"), ("Kallaseh", "al-Kallaseh")],
)
def test_place_names_find_their_polygon(words: str, polygon: str) -> None:
    found = geo.GeoIndex().find(words)
    assert found is not None and found.name == polygon and found.polygon_ids


def test_places_without_a_polygon_are_points() -> None:
    index = geo.GeoIndex()
    found = index.find("Idlib province")
    assert found is not None and not found.polygon_ids
    assert 35.5 < found.latitude < 36.2 and 36.3 < found.longitude < 37.0
    index.add_point("Aleppo", 37.16, 36.2)  # a city of the same name outranks the governorate
    city = index.find("eastern Aleppo")
    assert city is not None and (city.longitude, city.latitude) == (37.16, 36.2)
    assert index.find("Atlantis") is None


@pytest.mark.slow
def test_demo_command_builds_a_store_the_map_can_serve(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from frontwatch.cli import main

    db = tmp_path / "demo.db"
    assert main(["demo", "--no-serve", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "illustrative" in out and "7 articles" in out
    api = TestClient(create_app(db))
    meta = api.get("/api/meta").json()
    assert meta["documents"] == 7 and meta["incidents"] > 0
    assert meta["first_date"] >= "2016-11-01" and meta["last_date"] <= "2016-12-31"
    features = api.get("/api/events").json()["features"]
    assert any(f["properties"]["location"] == "Hanano" for f in features)
    assert main(["demo", "--no-serve", "--db", str(db)]) == 0  # a second run finds everything stored
    assert "7 articles" in capsys.readouterr().out


def test_serve_refuses_a_missing_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from frontwatch.cli import main

    assert main(["serve", "--db", str(tmp_path / "none.db")]) == 2
    assert "no store at" in capsys.readouterr().err
