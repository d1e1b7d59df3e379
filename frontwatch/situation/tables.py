"""Bundled data tables of the situation layer and the exports (frontwatch/data/*.csv).

The one place these modules touch files: each table is read once from the package and cached,
so the fusion, control and export functions stay pure (records in, records out).
"""

from __future__ import annotations

import csv
import functools
import io
from pathlib import Path

# The package folder itself (importlib.resources trips over the editable install's path hook).
DATA = Path(__file__).resolve().parents[1] / "data"


@functools.lru_cache(maxsize=None)
def table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of ``frontwatch/data/<name>`` as dicts; lines starting with ``#`` are comments."""
    text = (DATA / name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return tuple(dict(row) for row in csv.DictReader(io.StringIO("\n".join(lines))))


@functools.lru_cache(maxsize=None)
def mapping(name: str, key: str, value: str) -> dict[str, str]:
    """``{row[key].lower(): row[value]}`` over a table (first row wins for a repeated key); cached: do not mutate."""
    out: dict[str, str] = {}
    for row in table(name):
        out.setdefault(row[key].strip().lower(), row[value].strip())
    return out
