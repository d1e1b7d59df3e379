"""Fusion, control timeline and exports: time and how it grows with the number of events.

    .venv/bin/python bench/bench_fusion.py [--sizes 5000 10000 20000 40000] [--fakes]

Synthetic events (14 governorates, 40 places each, 3 sub-types, several outlets per happening) are
fused at growing sizes; the corpus grows over time as a real one does (about 50 events a day in all),
so near-linear means time per event stays about flat. ``--dense`` keeps one year whatever the size
(the blocks then fill up, and time per event grows with their size). With
``--fakes`` the real FA-KES articles are read first (spaCy; takes minutes) and fused as well.
Not a test; prints a table.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import random
import sys
import time
from pathlib import Path

from frontwatch import exports
from frontwatch.records import DAY, WEEK, ActorRef, Claim, Document, Event, Location, Reading, Source
from frontwatch.situation.control import control_timeline
from frontwatch.situation.fusion import fuse

GOVERNORATES = ("Aleppo", "Idlib", "Hama", "Homs", "Daraa", "Raqqa", "Deir ez-Zor", "Damascus", "Rif Dimashq",
                "Latakia", "Tartus", "Hasakah", "Quneitra", "As-Suwayda")
SUBS = (("Battles", "Armed clash"), ("Battles", "Government regains territory"), ("Explosions/Remote violence", "Air/drone strike"))
GOV = ActorRef("Military Forces of Syria (2000-)", "state forces", "government", "army")
REBELS = ActorRef("Opposition Rebels (Syria)", "rebel group", "opposition", "rebels")
SOURCES = (Source("SANA", "state media", "pro-government"), Source("Syrian Observatory for Human Rights", "monitor", "pro-opposition"))


def synthetic(n_events: int, seed: int = 7, days: int | None = None) -> list[Reading]:
    """Readings of ~n_events events: each happening told by 1-3 outlets, 3 events per article."""
    rnd = random.Random(seed)
    days = days or max(1, n_events // 50)
    readings: list[Reading] = []
    events: list[tuple[Event, Claim]] = []
    count = 0
    while count < n_events:
        g = rnd.randrange(len(GOVERNORATES))
        p = rnd.randrange(40)
        loc = Location(f"place {g}-{p}", GOVERNORATES[g], "", "Syria", 33.0 + g * 0.3 + p * 0.01, 36.0 + p * 0.02, 1, f"p{g}-{p}")
        day = dt.date(2016, 1, 1) + dt.timedelta(days=rnd.randrange(days))
        etype, sub = rnd.choice(SUBS)
        for _ in range(rnd.randint(1, 3)):
            count += 1
            source = rnd.choice(SOURCES)
            eid = f"e{count}"
            claim = Claim(f"c{count}", "killed", rnd.randint(1, 30), "", source, eid, loc.name, "", "", "", day, "", 0, 1, False)
            event = Event(eid, day, rnd.choice((DAY, DAY, DAY, WEEK)), etype, sub, GOV, REBELS, (), loc, 0, (source,), False, "", 0, 1, (claim.claim_id,))
            events.append((event, claim))
    rnd.shuffle(events)
    for start in range(0, len(events), 3):
        chunk = events[start : start + 3]
        doc = Document(f"d{start}", "", chunk[0][0].event_date, "caller", "", rnd.choice(("Reuters", "AFP", "sana")), "", "x")
        readings.append(Reading(doc, tuple(e for e, _ in chunk), tuple(c for _, c in chunk), ()))
    return readings


def timed(label: str, readings: list[Reading]) -> None:
    n = sum(len(r.events) for r in readings)
    started = time.perf_counter()
    incidents = fuse(readings)
    fused = time.perf_counter() - started
    claims = {c.claim_id: c for r in readings for c in r.claims}
    started = time.perf_counter()
    exports.write("acled", incidents, claims, io.StringIO())
    exported = time.perf_counter() - started
    started = time.perf_counter()
    intervals = control_timeline((c, r.document.doc_id) for r in readings for c in r.control)
    controlled = time.perf_counter() - started
    print(
        f"{label:>14} {n:>8} {len(incidents):>9} {fused:>8.2f} {1e6 * fused / max(n, 1):>10.1f} "
        f"{exported:>9.2f} {len(intervals):>9} {controlled:>8.3f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[5000, 10000, 20000, 40000])
    parser.add_argument("--fakes", action="store_true", help="also read and fuse FA-KES (../shared)")
    parser.add_argument("--dense", action="store_true", help="one year of days whatever the size")
    args = parser.parse_args(argv)
    print(f"{'input':>14} {'events':>8} {'incidents':>9} {'fuse s':>8} {'us/event':>10} {'acled s':>9} {'intervals':>9} {'control s':>8}")
    for size in args.sizes:
        timed("dense" if args.dense else "synthetic", synthetic(size, days=365 if args.dense else None))
    if args.fakes:
        import pandas as pd

        from frontwatch.pipeline import read_many
        from frontwatch.records import ArticleInput

        path = Path(__file__).resolve().parents[2] / "shared" / "data" / "fa-kes" / "fakes.csv"
        rows = pd.read_csv(path).drop_duplicates("article_content")
        items = [
            ArticleInput(str(r.unit_id), r.article_content, r.article_title, dt.datetime.strptime(r.date, "%m/%d/%y").date(), r.source)
            for r in rows.itertuples()
        ]
        readings = [x for _, x in read_many(items) if isinstance(x, Reading)]
        timed("FA-KES", readings)
    return 0


if __name__ == "__main__":
    sys.exit(main())
