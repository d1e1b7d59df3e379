"""frontwatch disputes: conflicting figures on one quantity, every source kept side by side."""

from __future__ import annotations

import argparse

from frontwatch import settings

HELP = "List disputed figures (same quantity, different sources), each figure with its source."
EXAMPLE = "frontwatch disputes --db fw.db --kind evacuated --format json"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the options."""
    parser.add_argument("--db", default=None, help=f"SQLite store (default: {settings.get('db')})")
    parser.add_argument("--kind", help="only disputes on this kind of figure (killed, displaced, evacuated, control ...)")
    parser.add_argument("--format", choices=("table", "json"), default="table", help="output format (default: table)")


def run(args: argparse.Namespace) -> int:
    """Print the disputes."""
    from frontwatch.commands._format import open_store, print_json, print_table
    from frontwatch.records import to_json
    from frontwatch.store import queries

    conn = open_store(args.db)
    if conn is None:
        return 1
    rows = queries.list_disputes(conn, kind=args.kind)
    if args.format == "json":
        print_json(
            [
                {"dispute_id": r.dispute_id, "incident_id": r.incident_id, **to_json(r.dispute), "claims": to_json(list(r.claims))}
                for r in rows
            ]
        )
        return 0
    table = []
    for r in rows:
        d = r.dispute
        figures = " vs ".join(f"{'?' if v is None else f'{v:,}'} per {s}" for v, s in zip(d.values, d.sources))
        where = sorted({c.place or c.origin for c in r.claims if c.place or c.origin})
        dates = sorted({c.date.isoformat() for c in r.claims if c.date})
        table.append((d.kind, figures, "; ".join(where), "; ".join(dates), d.note, r.dispute_id))
    print_table(("kind", "figures", "place", "date", "note", "dispute_id"), table)
    return 0
