"""Output helpers shared by the store commands: plain-text tables and JSON."""

from __future__ import annotations

import json
import shutil
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TextIO

from frontwatch import settings

if TYPE_CHECKING:
    import sqlite3


def print_json(value: Any, out: TextIO | None = None) -> None:
    """Pretty JSON on standard output (non-ASCII kept as is)."""
    print(json.dumps(value, ensure_ascii=False, indent=2), file=out or sys.stdout)


def print_table(headers: Sequence[str], rows: Sequence[Sequence[object]], out: TextIO | None = None) -> None:
    """A plain aligned table; long cells are cut to fit the terminal width."""
    out = out or sys.stdout
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [max([len(h), *(len(r[i]) for r in cells)]) for i, h in enumerate(headers)]
    room = max(shutil.get_terminal_size((160, 24)).columns, 100)
    # Shrink the widest columns until the table fits the terminal.
    while sum(widths) + 2 * (len(widths) - 1) > room and max(widths) > 12:
        widest = widths.index(max(widths))
        widths[widest] -= 1
    line = "  ".join(h.ljust(w)[:w] for h, w in zip(headers, widths))
    print(line.rstrip(), file=out)
    print("  ".join("-" * w for w in widths), file=out)
    for row in cells:
        print("  ".join(_fit(c, w) for c, w in zip(row, widths)).rstrip(), file=out)


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(_cell(v) for v in value)
    return " ".join(str(value).split())


def _fit(text: str, width: int) -> str:
    return text.ljust(width) if len(text) <= width else text[: width - 1] + "…"


def open_store(path: str | None) -> sqlite3.Connection | None:
    """Open the store read-only for a query command, or print why not and return None."""
    from pathlib import Path

    from frontwatch.store.db import open_db

    db = Path(path or settings.get("db"))
    if not db.exists():
        print(f"frontwatch: no store at {db}; run `frontwatch ingest ... --db {db}` first", file=sys.stderr)
        return None
    return open_db(db, readonly=True)
