"""frontwatch ingest: many articles into the store, then incidents, disputes and control."""

from __future__ import annotations

import argparse
import sys

from frontwatch import settings

HELP = "Ingest files, folders, JSON Lines or CSV into the store (idempotent; re-runs skip what is stored)."
EXAMPLE = (
    "frontwatch ingest ../shared/data/fa-kes/fakes.csv ../shared/seed/000_82fb5c8a9c3c66ef.txt --db fw.db "
    "--text-col article_content --date-col date --outlet-col source --id-col unit_id --title-col article_title"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the ingest options."""
    parser.add_argument("paths", nargs="+", metavar="PATH", help="text/HTML files, folders (recursive), .jsonl or .csv files")
    parser.add_argument("--db", default=None, help=f"SQLite store (default: setting db = {settings.get('db')})")
    parser.add_argument("--workers", type=int, default=None, help=f"reading processes (default: setting workers = {settings.get('workers')})")
    parser.add_argument("--engine", choices=("processes", "ray"), default="processes", help="where the reading runs (default: processes)")
    parser.add_argument("--chunk-size", type=int, default=32, help="articles per committed batch (default: 32)")
    columns = parser.add_argument_group("CSV / JSON Lines columns")
    columns.add_argument("--text-col", default="text", help="column with the article text (default: text)")
    columns.add_argument("--date-col", default="published", help="column with the publication date; ISO or M/D/YY (default: published)")
    columns.add_argument("--outlet-col", default="outlet", help="column with the outlet (default: outlet)")
    columns.add_argument("--id-col", default="id", help="column with the caller's id (default: id)")
    columns.add_argument("--title-col", default="title", help="column with the headline (default: title)")
    columns.add_argument("--url-col", default="url", help="column with the URL (default: url)")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar on standard error")
    parser.add_argument("--no-fuse", action="store_true", help="store readings only; do not recompute incidents and control")


def run(args: argparse.Namespace) -> int:
    """Ingest, then print the summary and the failure report."""
    from frontwatch.ingest import Columns, ingest

    columns = Columns(
        text=args.text_col, date=args.date_col, outlet=args.outlet_col, id=args.id_col, title=args.title_col, url=args.url_col
    )
    try:
        report = ingest(
            args.paths,
            args.db or settings.get("db"),
            columns=columns,
            workers=args.workers or settings.get("workers"),
            engine=args.engine,
            chunk_size=args.chunk_size,
            progress=not args.no_progress,
            fuse=not args.no_fuse,
        )
    except (FileNotFoundError, ValueError) as exc:
        print(f"frontwatch ingest: {exc}", file=sys.stderr)
        return 2
    t = report.totals
    rate = report.inputs / report.seconds if report.seconds else 0.0
    print(f"ingested {report.inputs} inputs in {report.seconds:.1f} s ({rate:.1f}/s), run {report.run_id}")
    print(f"  documents: {report.docs_new} new, {report.docs_present} already present, {report.failed} failed")
    print(
        f"  store: {t['documents']} documents, {t['events']} events, {t['claims']} claims, "
        f"{t['incidents']} incidents, {t['disputes']} disputes, {t['control_intervals']} control intervals"
    )
    if report.situation != "ok":
        print(f"  incidents/control not recomputed: {report.situation}")
    if report.failed:
        kinds = ", ".join(f"{k} {n}" for k, n in report.failure_kinds)
        print(f"  skipped: {kinds} (all reasons: table ingest_failures / view v_failures)")
        for origin, failure in report.failures[:10]:
            print(f"    {origin}: {failure.error}")
        if report.failed > 10:
            print(f"    ... and {report.failed - 10} more")
    # The documents are stored either way; a picture that could not be recomputed is an error.
    return 0 if report.situation == "ok" or args.no_fuse else 1
