"""Batch ingest: readers (files, folders, JSON Lines, CSV with a column mapping), dates, and the runner."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest

from frontwatch.ingest import Columns, count_inputs, iter_inputs, parse_date
from frontwatch.store import db

FAKES_COLUMNS = Columns(text="article_content", date="date", outlet="source", id="unit_id", title="article_title")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("11/27/16", dt.date(2016, 11, 27)),
        ("1/5/2017", dt.date(2017, 1, 5)),
        ("2016-11-27", dt.date(2016, 11, 27)),
        ("2016-11-27T08:00:00Z", dt.date(2016, 11, 27)),
        ("27 November 2016", dt.date(2016, 11, 27)),
        ("Nov. 27, 2016", dt.date(2016, 11, 27)),
        ("", None),
        ("13/45/16", None),
        ("not a date", None),
    ],
)
def test_dates_as_data_files_write_them(text: str, expected: dt.date | None) -> None:
    assert parse_date(text) == expected


def test_fakes_csv_loads_as_it_is_with_the_mapping(shared) -> None:  # type: ignore[no-untyped-def]
    path = shared("data", "fa-kes", "fakes.csv")
    inputs = list(iter_inputs([path], FAKES_COLUMNS))
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(inputs) == len(rows) == 804 == count_inputs([path], FAKES_COLUMNS)
    assert all(i.failure is None for i in inputs)
    first = inputs[0].item
    assert first.id == rows[0]["unit_id"] and first.outlet == rows[0]["source"] and first.title == rows[0]["article_title"]
    assert first.text == rows[0]["article_content"]
    # Every date column value parses (US-style M/D/YY).
    assert all(i.item.published is not None for i in inputs)
    assert {i.item.published.year for i in inputs if i.item.published} <= set(range(2011, 2019))
    # unit_id is not unique there: the same article appears once per place.
    assert len({i.item.id for i in inputs}) < len(inputs)
    assert len({db.input_key(i.item) for i in inputs}) < len(inputs)


def test_a_missing_text_column_names_the_columns(shared) -> None:  # type: ignore[no-untyped-def]
    path = shared("data", "fa-kes", "fakes_2016-11_2016-12.csv")
    with pytest.raises(ValueError, match="article_content"):
        list(iter_inputs([path], Columns()))


def test_jsonl_rows_and_broken_lines(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "Text A", "title": "T", "published": "2016-11-27", "outlet": "Reuters", "url": "u"}),
        "{not json",
        "",
        json.dumps(["a", "list"]),
        json.dumps({"id": "b", "body": "wrong key"}),
        json.dumps({"id": "c", "text": "Text C", "published": "11/28/16"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    inputs = list(iter_inputs([path]))
    assert count_inputs([path]) == len(inputs) == 5
    good = [i.item for i in inputs if i.failure is None]
    assert [(g.id, g.published, g.outlet) for g in good] == [("a", dt.date(2016, 11, 27), "Reuters"), ("c", dt.date(2016, 11, 28), "")]
    bad = [i for i in inputs if i.failure is not None]
    assert [b.failure.kind for b in bad if b.failure] == ["malformed"] * 3
    assert bad[0].origin.endswith("in.jsonl:2")


def test_folders_recurse_and_keep_a_stable_order(tmp_path: Path) -> None:
    (tmp_path / "b" / "deep").mkdir(parents=True)
    (tmp_path / "a.txt").write_text("plain text", encoding="utf-8")
    (tmp_path / "b" / "page.html").write_text("<html><body><p>x</p></body></html>", encoding="utf-8")
    (tmp_path / "b" / "deep" / "c.txt").write_bytes(b"%PDF-1.4 binary")
    (tmp_path / "b" / "ignored.png").write_bytes(b"\x89PNG")
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    inputs = list(iter_inputs([tmp_path]))
    names = [Path(i.origin).name for i in inputs]
    assert names == ["a.txt", "c.txt", "page.html"]  # sorted by path: b/deep/ before b/page.html
    assert all(isinstance(i.item.text, bytes) for i in inputs)  # the reader checks encoding and binary content
    with pytest.raises(FileNotFoundError):
        list(iter_inputs([tmp_path / "missing"]))


def test_oversized_files_are_refused_without_being_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FRONTWATCH_MAX_INPUT_BYTES", "100")
    (tmp_path / "big.txt").write_text("x" * 500, encoding="utf-8")
    (only,) = list(iter_inputs([tmp_path]))
    assert only.failure is not None and only.failure.kind == "too_large" and only.item.text == b""


def test_input_key_ignores_the_id_but_not_the_metadata() -> None:
    from frontwatch.records import ArticleInput

    a = ArticleInput("1", "same text", outlet="sana", published=dt.date(2016, 11, 27))
    assert db.input_key(a) == db.input_key(ArticleInput("2", "same text", outlet="sana", published=dt.date(2016, 11, 27)))
    assert db.input_key(a) != db.input_key(ArticleInput("1", "same text", outlet="reuters", published=dt.date(2016, 11, 27)))
    assert db.input_key(a) == db.input_key(ArticleInput("1", b"same text", outlet="sana", published=dt.date(2016, 11, 27)))

