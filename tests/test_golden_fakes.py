"""Golden cases on FA-KES articles annotated by hand (eval/annotations/fakes_*.json).

The annotations are checked for form (ACLED types, governorates, dates, article hashes); the reading of each
article is checked against them: read without failure, no event at a place that is not an event location,
and the whole set scored by the annotated suite (its floors are held by test_eval.py::test_quality_gate).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest

from conftest import shared_path
from frontwatch.evaluation.annotated import ANNOTATIONS, load_annotations, place_matches, score_reading
from frontwatch.evaluation.common import Options, Tally, governorate_key, parse_date
from frontwatch.records import Reading

FILES = sorted(ANNOTATIONS.glob("fakes_*.json"))
HELDOUT = sorted(ANNOTATIONS.glob("heldout*/fakes_*.json"))  # the held-out suites (frontwatch.evaluation.heldout): form checked here too
DATA = Path(__file__).resolve().parents[1] / "frontwatch" / "data"


def acled_types() -> dict[str, set[str]]:
    types: dict[str, set[str]] = {}
    with (DATA / "acled_event_types.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(line for line in handle if not line.startswith("#")):
            types.setdefault(row["event_type"], set()).add(row["sub_event_type"])
    return types


GOVERNORATES = {governorate_key(n) for n in ("Aleppo", "Idlib", "Hama", "Homs", "Latakia", "Tartus", "Damascus", "Rif Dimashq",
                                              "Daraa", "Quneitra", "Sweida", "Deir ez-Zor", "Raqqa", "Hasakah")}


def test_enough_diverse_annotations() -> None:
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in FILES]
    assert len(golds) >= 12
    assert len({g["article"]["outlet"] for g in golds}) >= 8
    assert sum(len(g["events"]) for g in golds) >= 40
    assert sum(1 for g in golds if len({e.get("admin1") for e in g["events"]}) > 1) >= 3  # round-ups of several provinces


@pytest.mark.parametrize("path", FILES + HELDOUT, ids=[f"{p.parent.name}/{p.stem}" for p in FILES + HELDOUT])
def test_annotation_form(path: Path) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    types = acled_types()
    assert set(gold["article"]) >= {"unit_id", "outlet", "date", "sha1", "file"}
    published = parse_date(gold["published"])
    assert published == parse_date(gold["article"]["date"]) or abs((published - parse_date(gold["article"]["date"])).days) <= 7
    for event in gold["events"]:
        for etype in event["event_type"]:
            assert etype in types, etype
        for sub in event.get("sub_event_type") or []:
            assert any(sub in types[t] for t in event["event_type"]), sub
        if event.get("admin1"):
            assert governorate_key(event["admin1"]) in GOVERNORATES, event["admin1"]
        if event.get("date"):
            assert parse_date(event["date"]) <= published + dt.timedelta(days=1)
        assert event["places"] and all(len(p) < 60 for p in event["places"])  # names, not prose
    for claim in gold["claims"]:
        assert isinstance(claim["value"], int) and claim["kind"]


@pytest.fixture(scope="module")
def readings() -> dict[str, tuple[dict, Reading]]:  # type: ignore[type-arg]
    from frontwatch.evaluation.common import read_all

    annotated = load_annotations(Options(shared_path()))
    results = read_all([a.item for a in annotated], batch_size=8)
    return {a.key: (a.gold, results[a.key]) for a in annotated}  # type: ignore[misc]


@pytest.mark.shared
def test_articles_unchanged_and_read(readings: dict[str, tuple[dict, Reading]]) -> None:  # type: ignore[type-arg]
    assert len(readings) == len(FILES)  # every annotated article found with its hash
    failed = {k: r for k, (_, r) in readings.items() if not isinstance(r, Reading)}
    assert not failed


@pytest.mark.shared
def test_no_event_at_a_non_event_place(readings: dict[str, tuple[dict, Reading]]) -> None:  # type: ignore[type-arg]
    wrong = [(k, name) for k, (gold, r) in readings.items() for name in gold["not_event_places"]
             if any(place_matches(e, [name]) for e in r.events)]
    assert wrong == []


@pytest.mark.shared
def test_round_ups_yield_events_in_each_province(readings: dict[str, tuple[dict, Reading]]) -> None:  # type: ignore[type-arg]
    """A bulletin covering several governorates gives events located in most of them."""
    for key, (gold, reading) in readings.items():
        wanted = {governorate_key(e["admin1"]) for e in gold["events"] if e.get("admin1") and not e.get("optional")}
        if len(wanted) < 3:
            continue
        got = {governorate_key(e.location.admin1) for e in reading.events if e.location}
        assert len(wanted & got) >= len(wanted) - 1, (key, sorted(wanted - got))


@pytest.mark.shared
def test_most_annotated_events_found(readings: dict[str, tuple[dict, Reading]]) -> None:  # type: ignore[type-arg]
    tally = Tally()
    for gold, reading in readings.values():
        score_reading(reading, gold, tally)
    r = tally.ratios()
    assert r["events.found"] >= 0.5, r
    assert r["events.event_type"] >= 0.4, r
