"""frontwatch export: the store's incidents as ACLED, UCDP, GeoJSON, HXL or JSON Lines."""

from __future__ import annotations

import argparse
import sys

from frontwatch import settings

FORMATS = ("acled", "ucdp", "geojson", "hxl", "jsonl")
HELP = "Export incidents (with every claim and its source) as ACLED / UCDP CSV, GeoJSON, HXL or JSON Lines."
EXAMPLE = "frontwatch export --db fw.db --format acled --output aleppo.csv --claims aleppo-claims.csv --place Aleppo"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the options (the filters are those of ``frontwatch events``)."""
    parser.add_argument("--db", default=None, help=f"SQLite store (default: {settings.get('db')})")
    parser.add_argument("--format", choices=FORMATS, required=True, help="export format")
    parser.add_argument("--output", "-o", help="file to write (default: standard output)")
    parser.add_argument("--claims", help="also write the claims table (one row per incident and claim, with its source) as CSV here")
    parser.add_argument("--since", help="first day (YYYY-MM-DD)")
    parser.add_argument("--until", help="last day (YYYY-MM-DD)")
    parser.add_argument("--place", help="a place, including the places it contains")
    parser.add_argument("--type", dest="event_type", help="ACLED event type or sub-event type")
    parser.add_argument("--actor", help="actor name (substring)")
    parser.add_argument("--source", help="source or outlet (substring)")


def run(args: argparse.Namespace) -> int:
    """Write the export."""
    from frontwatch import exports
    from frontwatch.commands._format import open_store
    from frontwatch.store import queries

    conn = open_store(args.db)
    if conn is None:
        return 1
    incidents = queries.list_incidents(
        conn, since=args.since, until=args.until, place=args.place, event_type=args.event_type,
        actor=args.actor, source=args.source, limit=None,
    )
    claims = {c.claim_id: c for c in queries.get_claims(conn, [cid for i in incidents for cid in i.claim_ids])}
    documents = {d.doc_id: d for d in queries.get_documents(conn, [doc for i in incidents for doc in i.documents])}
    out = open(args.output, "w", encoding="utf-8", newline="") if args.output else sys.stdout
    try:
        count = exports.write(args.format, incidents, claims, out, documents=documents)
    finally:
        if args.output:
            out.close()
    if args.claims:
        with open(args.claims, "w", encoding="utf-8", newline="") as handle:
            exports.write_claims_table(incidents, claims, handle)
    where = args.output or "standard output"
    print(f"exported {count} incident(s) as {args.format} to {where}", file=sys.stderr)
    return 0
