"""frontwatch demo: build a store from the bundled illustrative reports (or your files) and open the map."""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

HELP = "First run: read the bundled illustrative reports (or FILES) into a store and serve the map."
EXAMPLE = "frontwatch demo --db demo.db --port 8000"

DEMO = Path(__file__).resolve().parents[1] / "data" / "demo"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the demo options."""
    parser.add_argument("files", nargs="*", metavar="FILES", help="your own articles (text/HTML files, folders, .jsonl, .csv); default: the bundled illustrative reports")
    parser.add_argument("--db", default="frontwatch-demo.db", help="SQLite store to build (default: frontwatch-demo.db)")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    parser.add_argument("--no-serve", action="store_true", help="build the store, print a summary and stop")


def demo_jsonl(target: Path) -> Path:
    """Write the bundled demo reports with their metadata (index.csv) as one JSON Lines file."""
    with (DEMO / "index.csv").open(encoding="utf-8", newline="") as handle, target.open("w", encoding="utf-8") as out:
        for row in csv.DictReader(handle):
            text = (DEMO / row["file"]).read_text(encoding="utf-8")
            record = {"id": f"demo/{row['file']}", "text": text, "title": row["title"], "published": row["published"], "outlet": row["outlet"]}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return target


def build_store(db: str | Path, files: Sequence[str | Path] = ()) -> object:
    """Ingest ``files`` (default: the bundled demo reports) into ``db`` with the real ingest; returns its report."""
    from frontwatch.ingest import Columns, ingest

    columns = Columns(text="text", date="published", outlet="outlet", id="id", title="title", url="url")
    if files:
        return ingest(list(files), db, columns=columns, progress=False)
    with tempfile.TemporaryDirectory(prefix="frontwatch-demo-") as tmp:
        return ingest([demo_jsonl(Path(tmp) / "demo.jsonl")], db, columns=columns, progress=False)


def run(args: argparse.Namespace) -> int:
    """Build the store, print what it holds, then serve the map (unless --no-serve)."""
    if not args.files:
        print("frontwatch demo: reading the bundled illustrative reports (fictional, written for this demo; see frontwatch/data/demo/README.md)")
    try:
        report = build_store(args.db, args.files)
    except (FileNotFoundError, ValueError) as exc:
        print(f"frontwatch demo: {exc}", file=sys.stderr)
        return 2
    totals = getattr(report, "totals", {})
    print(
        f"store {args.db}: {totals.get('documents', 0)} articles, {totals.get('events', 0)} events, "
        f"{totals.get('claims', 0)} claims, {totals.get('incidents', 0)} incidents, {totals.get('disputes', 0)} disputes, "
        f"{totals.get('control_intervals', 0)} control intervals"
    )
    failed = getattr(report, "failed", 0)
    if failed:
        print(f"  {failed} input(s) could not be read (all reasons: `sqlite3 {args.db} 'select * from v_failures'`)")
        for origin, failure in list(getattr(report, "failures", ()))[:3]:
            print(f"    {origin}: {failure.error}")
    situation = getattr(report, "situation", "ok")
    if situation != "ok":
        print(f"  incidents/control not computed: {situation}")
    if args.no_serve:
        print(f"serve it with: frontwatch serve --db {args.db} --port {args.port}")
        return 0
    from frontwatch.commands.serve import serve

    return serve(Path(args.db), host=args.host, port=args.port)
