"""frontwatch events: incidents in the store, filtered, as a table or JSON."""

from __future__ import annotations

import argparse
import sys

from frontwatch import settings

HELP = "List incidents (events fused across articles) from the store, with filters."
EXAMPLE = 'frontwatch events --db fw.db --place Aleppo --since 2016-11-26 --until 2016-11-28 --type Battles --format json'


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the filters."""
    parser.add_argument("--db", default=None, help=f"SQLite store (default: {settings.get('db')})")
    parser.add_argument("--since", help="first day (YYYY-MM-DD)")
    parser.add_argument("--until", help="last day (YYYY-MM-DD)")
    parser.add_argument("--place", help="a place, including the places it contains (a governorate its towns, a city its neighbourhoods)")
    parser.add_argument("--type", dest="event_type", help="ACLED event type or sub-event type")
    parser.add_argument("--actor", help="actor name (substring, case-insensitive)")
    parser.add_argument("--source", help="source or outlet (substring, case-insensitive)")
    parser.add_argument("--limit", type=int, default=100, help="at most this many (default 100; 0 = all)")
    parser.add_argument("--offset", type=int, default=0, help="skip this many first")
    parser.add_argument("--format", choices=("table", "json"), default="table", help="output format (default: table)")


def run(args: argparse.Namespace) -> int:
    """Print the matching incidents."""
    from frontwatch.commands._format import open_store, print_json, print_table
    from frontwatch.store import queries

    conn = open_store(args.db)
    if conn is None:
        return 1
    try:
        incidents = queries.list_incidents(
            conn, since=args.since, until=args.until, place=args.place, event_type=args.event_type,
            actor=args.actor, source=args.source, limit=args.limit or None, offset=args.offset,
        )
    except ValueError as exc:
        print(f"frontwatch events: {exc}", file=sys.stderr)
        return 2
    if args.format == "json":
        print_json([queries.incident_to_json(i, queries.incident_claims(conn, i)) for i in incidents])
        return 0
    rows = [
        (
            i.event_date, i.event_type, i.sub_event_type, i.location.name if i.location else "",
            i.actor1.name if i.actor1 else "", i.actor2.name if i.actor2 else "", i.fatalities,
            [s.name for s in i.sources], len(i.documents), i.incident_id,
        )
        for i in incidents
    ]
    print_table(("date", "type", "sub-type", "place", "actor1", "actor2", "fatal.", "sources", "docs", "incident_id"), rows)
    print(f"{len(rows)} incident(s)", file=sys.stderr)
    return 0

