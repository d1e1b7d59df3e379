"""frontwatch serve: the situation map and its JSON API over a store (read-only by default)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from frontwatch import settings

HELP = "Serve the situation map (http://HOST:PORT/) and its JSON API (/api, schema at /openapi.json) over a store."
EXAMPLE = "frontwatch serve --db fw.db --host 127.0.0.1 --port 8000"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the serve options."""
    parser.add_argument("--db", default=None, help=f"SQLite store (default: setting db = {settings.get('db')})")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine only)")
    parser.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    parser.add_argument("--writable", action="store_true", help="also accept POST /api/ingest (off by default: read-only)")
    parser.add_argument("--tile-url", default=None, help="optional tile URL template for a background map (default: setting tile_url; none = offline)")


def run(args: argparse.Namespace) -> int:
    """Start uvicorn with the app until interrupted."""
    db = Path(args.db or settings.get("db"))
    if not db.exists():
        print(f"frontwatch serve: no store at {db} (build one with `frontwatch ingest` or `frontwatch demo`)", file=sys.stderr)
        return 2
    return serve(db, host=args.host, port=args.port, writable=args.writable, tile_url=args.tile_url)


def serve(db: Path, *, host: str, port: int, writable: bool = False, tile_url: str | None = None) -> int:
    """Serve the map over ``db`` (blocking); shared by ``serve`` and ``demo``."""
    import uvicorn

    from frontwatch.web.app import create_app

    app = create_app(db, writable=writable, tile_url=settings.get("tile_url") if tile_url is None else tile_url)
    print(f"frontwatch: map at http://{host}:{port}/  (API: /api, schema: /openapi.json; Ctrl-C stops)", flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
    return 0
