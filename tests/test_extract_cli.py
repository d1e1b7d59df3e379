"""`frontwatch extract`: the JSON interface, JSON Lines mode and bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from frontwatch.cli import main
from conftest import shared_path

EVENT_KEYS = {"event_id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2", "assoc_actors", "location", "fatalities", "sources", "hedged", "evidence", "claim_ids"}
LOCATION_KEYS = {"name", "admin1", "admin2", "country", "latitude", "longitude", "geo_precision"}
CLAIM_KEYS = {"claim_id", "kind", "value", "qualifier", "source", "source_type", "event_id", "place", "origin", "via", "destination", "date", "quote", "start", "end", "hedged", "disputed_with"}
DOCUMENT_KEYS = {"title", "published", "byline", "outlet", "body", "captions", "removed"}
CONTROL_KEYS = {"place", "holder", "date", "source", "claim_id"}

ARTICLE = (
    "Syrian government forces seized the town of Khan Tuman south of Aleppo on Saturday, "
    "state news agency SANA said. The Syrian Observatory for Human Rights counted 16 "
    "fighters killed in the clashes."
)


def test_seed_json_has_every_interface_key(capsys: pytest.CaptureFixture[str]) -> None:
    seed = shared_path("seed", "000_82fb5c8a9c3c66ef.txt")
    assert main(["extract", str(seed), "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert DOCUMENT_KEYS <= set(out["document"])
    assert out["document"]["published"] == "2016-11-27"
    assert out["events"] and out["claims"] and out["control"]
    for event in out["events"]:
        assert EVENT_KEYS <= set(event)
        assert event["location"] is None or LOCATION_KEYS <= set(event["location"])
    for claim in out["claims"]:
        assert CLAIM_KEYS <= set(claim)
    for control in out["control"]:
        assert CONTROL_KEYS <= set(control)


def test_caller_date_and_outlet_win(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE)
    assert main(["extract", str(path), "--format", "json", "--published", "2016-05-08", "--outlet", "Reuters"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["document"]["published"] == "2016-05-08"
    assert out["document"]["outlet"] == "Reuters"
    # "on Saturday" is the latest Saturday on or before Sunday 8 May 2016.
    assert any(e["event_date"] == "2016-05-07" and e["sub_event_type"] == "Government regains territory" for e in out["events"])


def test_the_table_stars_a_side_a_rule_inferred(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Air strikes on the rebel-held town of Douma killed 12 civilians on Monday, the monitor said.")
    assert main(["extract", str(path), "--format", "table", "--published", "2016-06-05"]) == 0
    out = capsys.readouterr().out
    assert "* = a side a rule inferred" in out
    assert "Military Forces of Syria (2000-)* vs Civilians (Syria)  killed 12" in out  # no words for the striker; the text named the civilians


def test_jsonl_keeps_order_and_reports_bad_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [
        json.dumps({"id": "good", "text": ARTICLE, "published": "2016-05-08", "outlet": "Reuters"}),
        "{not json",
        json.dumps({"id": "empty", "text": "   "}),
        json.dumps({"id": "french", "text": "Les forces gouvernementales ont pris le contrôle de la ville samedi, selon les médias officiels, et les habitants ont fui vers le nord de la région."}),
        json.dumps({"id": "notext", "title": "x"}),
        json.dumps({"id": "good2", "text": ARTICLE}),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n")
    assert main(["extract", str(path), "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in rows] == ["good", "line-2", "empty", "french", "notext", "good2"]
    assert "events" in rows[0] and "events" in rows[5]
    for row in rows[1:5]:
        assert set(row) == {"id", "error"}
    assert rows[1]["error"].startswith("malformed")
    assert rows[2]["error"].startswith("empty")
    assert rows[3]["error"].startswith("language")


@pytest.mark.parametrize(
    ("content", "kind"),
    [(b"", "empty"), (b"\x00\x01\x02binary\x00" * 50, "binary"), ("Der Angriff wurde am Samstag von der Armee gemeldet, und die Bewohner sind in den Norden geflohen.".encode(), "language"), (b"Caf\xe9 bombed in Aleppo on Sunday, activists said, killing several people there.", "encoding")],
)
def test_bad_input_one_line_error_nonzero_exit(tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, kind: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    assert main(["extract", str(path), "--format", "json"]) != 0
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert kind in err


def test_oversized_input(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FRONTWATCH_MAX_INPUT_BYTES", "1000")
    path = tmp_path / "big.txt"
    path.write_text(ARTICLE * 20)
    assert main(["extract", str(path)]) != 0
    assert "too_large" in capsys.readouterr().err


def test_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "/nonexistent/article.txt"]) == 2
    assert "no such file" in capsys.readouterr().err


def test_python_api_takes_none_for_fields_not_given() -> None:
    """A caller passing its own record's missing outlet, title or url on (None) gets the same reading as with ""."""
    import frontwatch

    text = "Two civilians were killed on Monday when a shell hit the town of Azaz, activists said."
    with_none = frontwatch.extract(text, published="2016-05-02", outlet=None, title=None, url=None)
    with_empty = frontwatch.extract(text, published="2016-05-02")
    assert [e.fatalities for e in with_none.events] == [e.fatalities for e in with_empty.events] == [2]
    assert with_none.document.outlet == ""
