"""Exports: every format loads in the analysts' tools (pandas, geopandas) and keeps each claim's source."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from situation_records import (
    AL_BAB,
    JABAL_BADRO,
    MILITARY,
    SANA,
    SOHR,
    STATE_MEDIA,
    D,
    claim,
    event,
    reading,
)

from frontwatch import exports
from frontwatch.exports import ACLED_COLUMNS, DocumentRef, write, write_claims_table
from frontwatch.exports.common import interaction, inter_code
from frontwatch.records import Claim, Incident
from frontwatch.situation.fusion import fuse

pd = pytest.importorskip("pandas")


@pytest.fixture(scope="module")
def picture() -> tuple[list[Incident], dict[str, Claim], dict[str, DocumentRef]]:
    """Three incidents: a capture told by two outlets, a disputed toll, and an unlocated event."""
    readings = [
        reading(
            "latimes",
            "Los Angeles Times",
            D(2016, 11, 27),
            (
                event("a1", D(2016, 11, 27), JABAL_BADRO, sources=(SANA,)),
                event(
                    "a2",
                    D(2016, 11, 27),
                    AL_BAB,
                    event_type="Explosions/Remote violence",
                    sub="Air/drone strike",
                    actor2=None,
                    claim_ids=("k1", "k2", "d1", "d2"),
                ),
            ),
            (
                claim("k1", "killed", 5, STATE_MEDIA, event_id="a2"),
                claim("k2", "killed", 12, SOHR, event_id="a2", subject="civilians"),
                claim("d1", "displaced", 1500, STATE_MEDIA, event_id="a2", via="Hanano"),
                claim("d2", "displaced", 4000, SOHR, event_id="a2", via="Hanano"),
            ),
        ),
        reading(
            "sana27",
            "sana",
            D(2016, 11, 27),
            (
                event("s1", D(2016, 11, 27), JABAL_BADRO, sources=(MILITARY,), claim_ids=("k3",)),
                event("s2", D(2016, 11, 27), None, event_type="Strategic developments", sub="Other", hedged=True),
            ),
            (claim("k3", "killed", 3, MILITARY, event_id="s1", subject="terrorists"),),
        ),
    ]
    incidents = fuse(readings)
    claims = {c.claim_id: c for r in readings for c in r.claims}
    docs = {
        r.document.doc_id: DocumentRef(r.document.doc_id, r.document.published, r.document.outlet, r.document.url, r.document.title)
        for r in readings
    }
    return incidents, claims, docs


def _export(fmt: str, picture, path: Path) -> Path:  # type: ignore[no-untyped-def]
    incidents, claims, docs = picture
    with path.open("w", encoding="utf-8", newline="") as f:
        assert write(fmt, incidents, claims, f, documents=docs) == len(incidents)
    return path


def test_acled_has_acled_columns_conservative_fatalities_and_disputes_in_notes(picture, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    df = pd.read_csv(_export("acled", picture, tmp_path / "acled.csv"))
    assert tuple(df.columns[: len(ACLED_COLUMNS)]) == ACLED_COLUMNS
    assert list(df.columns[len(ACLED_COLUMNS) :]) == ["claims"]
    assert len(df) == 3
    strike = df[df.sub_event_type == "Air/drone strike"].iloc[0]
    assert strike.fatalities == 5  # the lowest of 5 (state media) and 12 (SOHR)
    assert "5 per state media vs 12 per Syrian Observatory for Human Rights" in strike.notes
    assert "1,500 per state media vs 4,000 per Syrian Observatory for Human Rights" in strike.notes
    assert strike.event_id_cnty.startswith("SYR") and strike.iso == 760 and strike.region == "Middle East"
    assert strike.disorder_type == "Political violence" and strike.inter1 == 1 and strike.interaction == 10
    claims = json.loads(strike.claims)
    assert {(c["value"], c["source"], c["source_type"]) for c in claims} >= {(5, "state media", "state media"), (12, "Syrian Observatory for Human Rights", "monitor")}
    capture = df[df.location == "Jabal Badro"].iloc[0]
    assert capture.source == "SANA"  # two outlets, one source
    assert (capture.latitude, capture.longitude, capture.geo_precision) == (36.21486, 37.206309, 1)
    assert capture.interaction == 12 and capture.year == 2016 and capture.event_date == "2016-11-27"
    assert df[df.sub_event_type == "Other"].iloc[0].tags == "unconfirmed"


def test_ucdp_low_best_high(picture, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    df = pd.read_csv(_export("ucdp", picture, tmp_path / "ucdp.csv"))
    strike = df[df.where_coordinates == "Al Bab"].iloc[0]
    assert (strike.low, strike.best, strike.high) == (5, 5, 12)
    assert strike.type_of_violence == 1 and strike.date_prec == 1 and strike.date_start == "2016-11-27"
    assert strike.country_id == 652 and strike.where_prec == 1
    assert strike.side_a in ("Government of Syria", "Military Forces of Syria (2000-)")
    capture = df[df.where_coordinates == "Jabal Badro"].iloc[0]
    assert capture.number_of_sources == 1
    assert capture.source_office == "Los Angeles Times;sana"
    assert capture.geom_wkt == "POINT (37.206309 36.21486)"
    assert pd.isna(df[df.sub_event_type == "Other"].iloc[0].type_of_violence)  # not lethal violence


def test_geojson_loads_in_geopandas(picture, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    gpd = pytest.importorskip("geopandas")
    path = _export("geojson", picture, tmp_path / "incidents.geojson")
    collection = json.loads(path.read_text(encoding="utf-8"))
    assert collection["type"] == "FeatureCollection" and len(collection["features"]) == 3
    capture = next(f for f in collection["features"] if f["properties"]["location"] == "Jabal Badro")
    assert capture["geometry"] == {"type": "Point", "coordinates": [37.206309, 36.21486]}
    assert capture["properties"]["sources"] == ["SANA"]
    assert {c["claim_id"] for c in capture["properties"]["claims"]} == {"k3"}
    frame = gpd.read_file(path)
    assert len(frame) == 3
    located = frame[frame.geometry.notna() & ~frame.geometry.is_empty]
    assert len(located) == 2
    assert sorted(round(p.x, 4) for p in located.geometry) == [37.2063, 37.5157]


def test_hxl_second_row_is_hashtags(picture, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = _export("hxl", picture, tmp_path / "incidents.hxl.csv")
    df = pd.read_csv(path, keep_default_na=False)
    tags = df.iloc[0]
    assert all(str(t).startswith("#") for t in tags)
    for tag in ("#date+occurred", "#date+reported", "#event+type", "#adm1+name", "#loc+name", "#geo+lat", "#geo+lon",
                "#affected+killed", "#affected+injured", "#affected+idps+ind", "#org+name+actor1", "#meta+source", "#meta+url"):
        assert tag in set(tags), tag
    data = pd.read_csv(path, skiprows=[1], keep_default_na=False)
    strike = data[data.location == "Al Bab"].iloc[0]
    assert strike.killed == 5 and strike.killed_high == 12 and strike.displaced == 1500
    assert strike.reported == "2016-11-27" and strike.urls == "https://example.org/latimes"
    assert "1,500 per state media vs 4,000 per Syrian Observatory for Human Rights" in strike.disputes


def test_jsonl_one_incident_per_line_with_its_claims(picture, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    df = pd.read_json(_export("jsonl", picture, tmp_path / "incidents.jsonl"), lines=True)
    assert len(df) == 3
    for key in ("incident_id", "documents", "sources", "claims", "event_date", "event_type", "actor1", "location", "disputes"):
        assert key in df.columns, key
    capture = df[df.documents.apply(len) == 2].iloc[0]
    assert capture.sources == ["SANA"] and capture.actor1 == "Military Forces of Syria (2000-)"
    assert [c["source"] for c in capture.claims] == ["a military source"]


def test_claims_table_beside_an_export(picture) -> None:  # type: ignore[no-untyped-def]
    incidents, claims, _ = picture
    out = io.StringIO()
    assert write_claims_table(incidents, claims, out) == 5
    table = pd.read_csv(io.StringIO(out.getvalue()), keep_default_na=False)
    assert list(table.columns) == list(exports.CLAIM_COLUMNS)
    row = table[table.claim_id == "d2"].iloc[0]
    assert (row.value, row.source, row.source_type, row.via) == (4000, "Syrian Observatory for Human Rights", "monitor", "Hanano")


def test_exports_are_reproducible_and_unknown_formats_refused(picture) -> None:  # type: ignore[no-untyped-def]
    incidents, claims, docs = picture
    for fmt in exports.FORMATS:
        a, b = io.StringIO(), io.StringIO()
        write(fmt, incidents, claims, a, documents=docs)
        write(fmt, incidents, claims, b, documents=docs)
        assert a.getvalue() == b.getvalue() and a.getvalue()
    with pytest.raises(ValueError, match="unknown export format"):
        write("kml", incidents, claims, io.StringIO())


def test_acled_codes() -> None:
    from situation_records import CIVILIANS, GOV, REBELS

    assert (inter_code(GOV), inter_code(REBELS), inter_code(CIVILIANS), inter_code(None)) == ("1", "2", "7", "")
    assert interaction("2", "1") == "12" and interaction("1", "") == "10" and interaction("", "") == ""


def test_acled_leaves_out_events_outside_its_taxonomy(picture) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    incidents, claims, _ = picture
    other = replace(incidents[0], event_type="Not ACLED", sub_event_type="Diplomatic event", incident_id="x")
    acled, lines = io.StringIO(), io.StringIO()
    assert write("acled", [*incidents, other], claims, acled) == len(incidents)
    assert write("jsonl", [*incidents, other], claims, lines) == len(incidents) + 1
    assert "Diplomatic event" not in acled.getvalue()


def test_a_report_of_deaths_alone_is_ucdp_violence_but_no_acled_row(picture) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from frontwatch.exports.ucdp import type_of_violence
    from frontwatch.records import Dyad

    incidents, claims, _ = picture
    dyad = Dyad(None, None, 1, ("both sides: the main conflict in Syria",))
    deaths = replace(incidents[0], event_type="Not ACLED", sub_event_type="Deaths reported", incident_id="y", dyad=dyad)
    assert type_of_violence(deaths) == "1"
    acled = io.StringIO()
    assert write("acled", [*incidents, deaths], claims, acled) == len(incidents)
    assert "Deaths reported" not in acled.getvalue()
