"""frontwatch control: who held which place, since when, per whom."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from frontwatch import settings

HELP = "Show control: who held each place on a day (--date), or one place's history (--place)."
EXAMPLE = 'frontwatch control --db fw.db --date 2016-11-28   |   frontwatch control --db fw.db --place "Jabal Badro"'


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the options."""
    parser.add_argument("--db", default=None, help=f"SQLite store (default: {settings.get('db')})")
    parser.add_argument("--date", help="a day (YYYY-MM-DD): who held each place then")
    parser.add_argument("--place", help="a place: every holder it had, with the claims behind them")
    parser.add_argument("--format", choices=("table", "json"), default="table", help="output format (default: table)")


def run(args: argparse.Namespace) -> int:
    """Print the control intervals asked for (all of them without --date / --place)."""
    from frontwatch.commands._format import open_store, print_json, print_table
    from frontwatch.records import to_json
    from frontwatch.store import queries

    if args.date:
        try:
            dt.date.fromisoformat(args.date)
        except ValueError:
            print(f"frontwatch control: --date must be YYYY-MM-DD, not {args.date!r}", file=sys.stderr)
            return 2
    conn = open_store(args.db)
    if conn is None:
        return 1
    if args.place:
        intervals = queries.control_history(conn, args.place)
        if args.date:
            intervals = [i for i in intervals if _covers(i.start, i.end, dt.date.fromisoformat(args.date))]
    elif args.date:
        intervals = queries.control_on(conn, args.date)
    else:
        intervals = queries.list_control(conn)
    if args.format == "json":
        print_json(to_json(intervals))
        return 0
    rows = [
        (i.place, i.holder, i.start, i.end or "", "contested" if i.contested else "", "; ".join(i.contenders), "; ".join(i.sources))
        for i in intervals
    ]
    print_table(("place", "holder", "since", "until", "status", "contenders", "per"), rows)
    if not rows:
        print("no control records match", file=sys.stderr)
    return 0


def _covers(start: dt.date | None, end: dt.date | None, day: dt.date) -> bool:
    return (start is None or start <= day) and (end is None or end >= day)
