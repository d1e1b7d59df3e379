"""Inputs for batch ingest: files and folders (text, HTML), JSON Lines, CSV with a column mapping.

Readers stream: each yields one ``Input`` at a time and never holds the corpus in memory. A row
that cannot even be turned into an article (broken JSON, a file too big to read) comes out as an
``Input`` carrying a ``Failure``, so the batch goes on and the report names it.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from frontwatch import settings
from frontwatch.records import ArticleInput, Failure

TEXT_SUFFIXES = frozenset({".txt", ".text", ".html", ".htm", ".xhtml", ".md"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
CSV_SUFFIXES = frozenset({".csv", ".tsv"})


@dataclass(frozen=True, slots=True)
class Columns:
    """Which field of a CSV / JSON Lines row holds what (``--text-col`` ... on the command line)."""

    text: str = "text"
    date: str = "published"
    outlet: str = "outlet"
    id: str = "id"
    title: str = "title"
    url: str = "url"


@dataclass(frozen=True, slots=True)
class Input:
    """One article to ingest and where it came from; ``failure`` is set when it could not be read at all."""

    item: ArticleInput
    origin: str  # "path" or "path:ROW"
    failure: Failure | None = None


_US_DATE = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})\s*$")


def parse_date(value: str | None) -> dt.date | None:
    """A date as written in a data file: ISO, US-style M/D/YY or M/D/YYYY, or words ("27 November 2016")."""
    if not value or not value.strip():
        return None
    text = value.strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    match = _US_DATE.match(text)
    if match:
        month, day, year = (int(g) for g in match.groups())
        if year < 100:
            # Two-digit years: 69-99 -> 1900s, else 2000s (the POSIX %y rule).
            year += 1900 if year >= 69 else 2000
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    import dateparser

    parsed = dateparser.parse(text, languages=["en"], settings={"DATE_ORDER": "MDY", "REQUIRE_PARTS": ["day", "month", "year"]})
    return parsed.date() if parsed else None


def _row_input(row: Mapping[str, object], columns: Columns, origin: str, fallback_id: str) -> Input:
    def field(name: str) -> str:
        value = row.get(name)
        return "" if value is None else str(value)

    raw_text = row.get(columns.text)
    item_id = field(columns.id) or fallback_id
    if raw_text is None or not isinstance(raw_text, str):
        item = ArticleInput(item_id, "")
        return Input(item, origin, Failure(item_id, "malformed", f"no text in column/key {columns.text!r}"))
    item = ArticleInput(
        id=item_id,
        text=raw_text,
        title=field(columns.title),
        published=parse_date(field(columns.date)),
        outlet=field(columns.outlet),
        url=field(columns.url),
    )
    return Input(item, origin)


def read_jsonl(path: Path, columns: Columns = Columns()) -> Iterator[Input]:
    """One Input per line of a JSON Lines file ({"id", "text", "title"?, "published"?, "outlet"?, "url"?})."""
    with path.open("r", encoding="utf-8", errors="replace") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            origin = f"{path}:{number}"
            try:
                row = json.loads(line)
                if not isinstance(row, dict):
                    raise ValueError("a line must hold a JSON object")
            except ValueError as exc:
                item = ArticleInput(origin, "")
                yield Input(item, origin, Failure(origin, "malformed", f"line {number} is not a JSON object: {exc}"))
                continue
            yield _row_input(row, columns, origin, origin)


def read_csv(path: Path, columns: Columns = Columns()) -> Iterator[Input]:
    """One Input per row of a CSV (or TSV) file, fields picked by ``columns``."""
    csv.field_size_limit(sys.maxsize)  # article bodies are longer than csv's 128 KiB default
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    with path.open("r", encoding="utf-8", errors="replace", newline="") as handle:
        reader = csv.DictReader(handle, delimiter=delimiter)
        header = reader.fieldnames or []
        if columns.text not in header:
            raise ValueError(f"{path}: no text column {columns.text!r} (columns: {', '.join(header)}); use --text-col")
        for number, row in enumerate(reader, start=2):  # row 1 is the header
            origin = f"{path}:{number}"
            yield _row_input(row, columns, origin, origin)


def read_file(path: Path) -> Input:
    """A text or HTML file as one Input (bytes: the reader checks encoding and binary content)."""
    limit = settings.get("max_input_bytes")
    size = path.stat().st_size
    item_id = str(path)
    if size > limit:
        item = ArticleInput(item_id, b"")
        return Input(item, item_id, Failure(item_id, "too_large", f"too_large: {size:,} bytes; the limit is {limit:,}"))
    return Input(ArticleInput(item_id, path.read_bytes()), item_id)


def _files(paths: Iterable[str | Path]) -> Iterator[Path]:
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            # Sorted so that two runs see the same order (and the same progress).
            for inner in sorted(p for p in path.rglob("*") if p.is_file()):
                if inner.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES and not inner.name.startswith("."):
                    yield inner
        elif path.exists():
            yield path
        else:
            raise FileNotFoundError(f"no such file or folder: {path}")


def iter_inputs(paths: Iterable[str | Path], columns: Columns = Columns()) -> Iterator[Input]:
    """Every article under ``paths`` (files, folders recursively, .jsonl, .csv), one at a time."""
    for path in _files(paths):
        suffix = path.suffix.lower()
        if suffix in JSONL_SUFFIXES:
            yield from read_jsonl(path, columns)
        elif suffix in CSV_SUFFIXES:
            yield from read_csv(path, columns)
        else:
            yield read_file(path)


def count_inputs(paths: Iterable[str | Path], columns: Columns = Columns()) -> int:
    """How many Inputs ``iter_inputs`` will yield (a cheap streaming pass, for the progress bar's ETA)."""
    total = 0
    for path in _files(paths):
        suffix = path.suffix.lower()
        if suffix in JSONL_SUFFIXES:
            with path.open("rb") as handle:
                total += sum(1 for line in handle if line.strip())
        elif suffix in CSV_SUFFIXES:
            csv.field_size_limit(sys.maxsize)
            with path.open("r", encoding="utf-8", errors="replace", newline="") as handle:
                total += max(sum(1 for _ in csv.reader(handle, delimiter="\t" if suffix == ".tsv" else ",")) - 1, 0)
        else:
            total += 1
    return total
