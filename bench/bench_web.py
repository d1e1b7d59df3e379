"""Median latencies of the map's API over a store, through a real uvicorn server on localhost.

    frontwatch ingest ../shared/data/fa-kes/fakes.csv --db fakes.db --text-col article_content \\
        --date-col date --outlet-col source --id-col unit_id --title-col article_title
    python bench/bench_web.py --db fakes.db --repeat 30

/api/events is asked for the whole date range (no filter) at the largest page the server allows;
/api/control for the last day and the middle day of the store's range. Each request is repeated
``--repeat`` times after one warm-up; the script prints the median, p90 and the response size.
"""

from __future__ import annotations

import argparse
import datetime as dt
import socket
import statistics
import threading
import time
from pathlib import Path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True, type=Path, help="the store to serve")
    parser.add_argument("--repeat", type=int, default=30, help="requests per URL after one warm-up (default 30)")
    args = parser.parse_args()

    import httpx
    import uvicorn

    from frontwatch import settings
    from frontwatch.web.app import create_app

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(args.db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base, timeout=60) as client:
            meta = client.get("/api/meta").json()
            first, last = meta["first_date"], meta["last_date"]
            middle = last
            if first and last:
                a, b = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
                middle = (a + (b - a) / 2).isoformat()
            print(f"store {args.db}: {meta['incidents']} incidents, {meta['documents']} documents, "
                  f"{meta['control_intervals']} control intervals, dates {first} .. {last}")
            urls = [f"/api/events?limit={settings.get('page_size_max')}"]
            if last:
                urls += [f"/api/control?date={last}", f"/api/control?date={middle}"]
            urls += [
                "/api/timeline",
                "/api/flows",
                "/api/disputes",
            ]
            for url in urls:
                client.get(url).raise_for_status()  # warm-up (caches, page cache)
                times = []
                size = 0
                for _ in range(args.repeat):
                    t0 = time.perf_counter()
                    response = client.get(url)
                    times.append((time.perf_counter() - t0) * 1000)
                    response.raise_for_status()
                    size = len(response.content)
                times.sort()
                p90 = times[min(len(times) - 1, int(0.9 * len(times)))]
                print(f"{url:45s} median {statistics.median(times):8.1f} ms  p90 {p90:8.1f} ms  {size / 1024:8.1f} KiB  (n={args.repeat})")
            # every incident, page after page, as the map does when it loads
            page = int(settings.get("page_size_max"))
            times = []
            for _ in range(max(1, args.repeat // 3)):
                t0 = time.perf_counter()
                offset: int | None = 0
                while offset is not None:
                    body = client.get(f"/api/events?limit={page}&offset={offset}").json()
                    offset = body["next_offset"]
                times.append((time.perf_counter() - t0) * 1000)
            label = f"/api/events, all {meta['incidents']} incidents"
            print(f"{label:45s} median {statistics.median(times):8.1f} ms  (n={len(times)})")
    finally:
        server.should_exit = True
        thread.join(timeout=10)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
