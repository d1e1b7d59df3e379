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



# --- the runner, end to end on real articles ------------------------------------------------------

SUBSET = ("data", "fa-kes", "fakes_2016-11_2016-12.csv")
SEED = ("seed", "000_82fb5c8a9c3c66ef.txt")


def _counts(path: Path) -> dict[str, int]:
    conn = db.open_db(path)
    try:
        return db.counts(conn)
    finally:
        conn.close()


@pytest.fixture(scope="module")
def subset_store(tmp_path_factory: pytest.TempPathFactory, nlp) -> tuple[Path, list[Path], object]:  # type: ignore[no-untyped-def]
    """The Nov-Dec 2016 FA-KES rows and the seed, ingested once."""
    from frontwatch.ingest import ingest

    from conftest import shared_path

    paths = [shared_path(*SUBSET), shared_path(*SEED)]
    store = tmp_path_factory.mktemp("subset") / "fw.db"
    report = ingest(paths, store, columns=FAKES_COLUMNS, progress=False)
    return store, paths, report


def test_ingest_stores_every_distinct_article_once(subset_store) -> None:  # type: ignore[no-untyped-def]
    store, paths, report = subset_store
    with paths[0].open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    from frontwatch.reading.documents import read_document

    texts = {r["article_content"] for r in rows}
    # The same article appears once per place; and two rows whose texts differ only by a leading
    # dateline clean to one body: one document per cleaned body (its content hash).
    bodies = {
        read_document(r["article_content"], title=r["article_title"], published=parse_date(r["date"]), outlet=r["source"]).doc_id
        for r in rows
    }
    assert len(bodies) < len(texts) < len(rows)
    assert report.inputs == len(rows) + 1 and report.failed == 0
    assert report.docs_new == len(bodies) + 1  # + the seed
    assert report.docs_present == len(rows) - len(bodies)
    assert report.situation == "ok"
    counts = _counts(store)
    assert counts["documents"] == report.docs_new and counts["events"] > counts["documents"]
    assert counts["incidents"] > 0 and counts["control_intervals"] > 0
    conn = db.open_db(store)
    run = conn.execute("SELECT status, docs_new, docs_present FROM runs").fetchone()
    assert tuple(run) == ("done", report.docs_new, report.docs_present)


def test_ingesting_again_changes_nothing_and_parses_nothing(subset_store, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from frontwatch.ingest import engines, ingest

    store, paths, first = subset_store
    before = _counts(store)
    parsed: list[int] = []
    real = engines.read_chunk
    monkeypatch.setattr(engines, "read_chunk", lambda jobs, *a, **k: parsed.append(len(jobs)) or real(jobs, *a, **k))
    again = ingest(paths, store, columns=FAKES_COLUMNS, progress=False)
    assert _counts(store) == before
    assert (again.docs_new, again.docs_present, again.failed) == (0, first.inputs, 0)
    assert parsed == []  # every input was recognised before any reading


def test_a_killed_run_keeps_its_batches_and_a_rerun_completes_it(subset_store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from frontwatch.ingest import engines, ingest

    full_store, paths, full = subset_store
    store = tmp_path / "killed.db"
    real = engines.read_chunk
    calls: list[int] = []

    def dies_on_third_chunk(jobs, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(len(jobs))
        if len(calls) == 3:
            raise KeyboardInterrupt  # as if the user pressed Ctrl-C mid-run
        return real(jobs, *args, **kwargs)

    monkeypatch.setattr(engines, "read_chunk", dies_on_third_chunk)
    with pytest.raises(KeyboardInterrupt):
        ingest(paths, store, columns=FAKES_COLUMNS, progress=False, chunk_size=8)
    kept = _counts(store)["documents"]
    assert 0 < kept < full.docs_new  # the two committed batches are there
    conn = db.open_db(store)
    assert conn.execute("SELECT status FROM runs").fetchone()[0] == "interrupted"
    conn.close()
    monkeypatch.setattr(engines, "read_chunk", real)
    rerun = ingest(paths, store, columns=FAKES_COLUMNS, progress=False, chunk_size=8)
    assert rerun.docs_new == full.docs_new - kept  # only the rest was read
    assert _counts(store) == _counts(full_store)


def test_bad_rows_are_skipped_with_a_reason_and_never_abort(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shared, nlp) -> None:  # type: ignore[no-untyped-def]
    from frontwatch.ingest import ingest

    seed = shared(*SEED).read_text(encoding="utf-8")
    monkeypatch.setenv("FRONTWATCH_MAX_INPUT_BYTES", str(len(seed.encode("utf-8")) + 1000))
    french = ("Les forces gouvernementales ont repris le contrôle du quartier, selon les médias officiels, "
              "et des milliers de civils ont quitté la ville pendant la nuit. ") * 5
    rows = [
        {"id": "empty", "text": "   "},
        {"id": "nul", "text": "abc\x00\x01\x02" * 40},
        {"id": "french", "text": french},
        {"id": "huge", "text": seed * 3},
        {"id": "seed", "text": seed, "published": "2016-11-27", "outlet": "Los Angeles Times"},
    ]
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n{broken\n", encoding="utf-8")
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    report = ingest([path, tmp_path / "photo.txt"], tmp_path / "fw.db", progress=False)
    assert (report.inputs, report.docs_new, report.failed) == (7, 1, 6)
    kinds = {f.id.rsplit(":", 1)[-1] if f.id.endswith(":6") else f.id: f.kind for _, f in report.failures}
    assert kinds["empty"] == "empty" and kinds["nul"] == "binary" and kinds["french"] == "language"
    assert kinds["huge"] == "too_large" and kinds["6"] == "malformed"
    assert dict(report.failure_kinds)["binary"] == 2  # the NUL row and the PNG file
    conn = db.open_db(tmp_path / "fw.db")
    stored = {r["item_id"]: r["kind"] for r in conn.execute("SELECT item_id, kind FROM v_failures")}
    assert len(stored) == 6 and stored["french"] == "language"


def test_two_workers_store_what_one_does(tmp_path: Path, shared, nlp) -> None:  # type: ignore[no-untyped-def]
    from frontwatch.ingest import ingest

    source = shared(*SUBSET)
    small = tmp_path / "small.csv"
    with source.open(encoding="utf-8", newline="") as fin, small.open("w", encoding="utf-8", newline="") as fout:
        reader = csv.reader(fin)
        writer = csv.writer(fout)
        for i, row in enumerate(reader):
            if i > 12:
                break
            writer.writerow(row)
    one = ingest([small], tmp_path / "w1.db", columns=FAKES_COLUMNS, progress=False, chunk_size=4)
    two = ingest([small], tmp_path / "w2.db", columns=FAKES_COLUMNS, progress=False, chunk_size=4, workers=2)
    assert (two.docs_new, two.docs_present, two.failed) == (one.docs_new, one.docs_present, one.failed)
    assert _counts(tmp_path / "w2.db") == _counts(tmp_path / "w1.db")
    a, b = db.open_db(tmp_path / "w1.db"), db.open_db(tmp_path / "w2.db")
    ids = "SELECT event_id FROM events ORDER BY event_id"
    assert [r[0] for r in a.execute(ids)] == [r[0] for r in b.execute(ids)]


@pytest.mark.slow
def test_ray_engine_in_local_mode(tmp_path: Path, shared, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("ray")
    from frontwatch.ingest import ingest

    monkeypatch.setenv("RAY_AUTH_MODE", "disabled")
    rows = list(iter_inputs([shared(*SUBSET)], FAKES_COLUMNS))[:5]
    path = tmp_path / "five.jsonl"
    path.write_text("\n".join(json.dumps({"id": i.item.id, "text": i.item.text, "published": str(i.item.published),
                                          "outlet": i.item.outlet}) for i in rows) + "\n", encoding="utf-8")
    by_ray = ingest([path], tmp_path / "ray.db", engine="ray", workers=2, progress=False)
    here = ingest([path], tmp_path / "here.db", progress=False)
    assert by_ray.docs_new == here.docs_new > 0 and by_ray.failed == 0
    assert _counts(tmp_path / "ray.db") == _counts(tmp_path / "here.db")
