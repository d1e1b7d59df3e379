"""Timings of page cleaning and date reading (not a test).

    python bench/bench_documents.py [../shared]

Prints the best and median time of read_document on the seed article, find_dates on its body,
and the total over all 804 FA-KES articles (with their titles, as the corpus gives them).
"""

from __future__ import annotations

import csv
import statistics
import sys
import time
from pathlib import Path

from frontwatch.reading.dates import find_dates
from frontwatch.reading.documents import read_document


def _timed(call, repeat: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    call()  # warm caches (lexicons, compiled patterns)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return min(times) * 1000, statistics.median(times) * 1000


def main(shared: Path) -> None:
    raw = (shared / "seed" / "000_82fb5c8a9c3c66ef.txt").read_bytes()
    document = read_document(raw)
    words = len(document.body.split())
    best, median = _timed(lambda: read_document(raw), 50)
    print(f"read_document seed ({len(raw):,} bytes): best {best:.2f} ms, median {median:.2f} ms")
    best, median = _timed(lambda: find_dates(document.body, document.published), 50)
    print(f"find_dates seed body ({words} words): best {best:.2f} ms, median {median:.2f} ms")
    with (shared / "data" / "fa-kes" / "fakes.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    start = time.perf_counter()
    for row in rows:
        read_document(row["article_content"], title=row["article_title"])
    elapsed = time.perf_counter() - start
    print(f"read_document FA-KES: {len(rows)} articles in {elapsed:.2f} s ({elapsed / len(rows) * 1000:.1f} ms each)")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared")
