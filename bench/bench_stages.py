"""Per-stage timings of reading one article, as medians and as shares of the bare spaCy parse (not a test).

    python bench/bench_stages.py [../shared] [--repeat 20]

On the seed article: the spaCy parse of its body (the baseline), then each dictionary stage on the same
text (actors, sources, dates, places, event cues through find_events, claims) and the whole
``frontwatch.extract``. Each figure is the median of ``--repeat`` runs after one warm-up run, and the
ratio to the spaCy parse measured in the same process, so the figures hold on a busy machine.
Also, each in fresh processes (medians of ``--cold-repeat``): importing frontwatch, loading the gazetteer,
loading the spaCy pipeline (the cold baseline) and a whole ``frontwatch extract`` command.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def median_ms(call: Callable[[], object], repeat: int) -> float:
    """Median wall time of ``call`` in milliseconds, after one warm-up run."""
    call()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def cold_seconds(code: list[str], repeat: int) -> float:
    """Median wall time of a fresh process running ``code``."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(code, check=True, capture_output=True, cwd=ROOT)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shared", nargs="?", default=str(ROOT.parent / "shared"))
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--cold-repeat", type=int, default=5, help="fresh processes per cold figure")
    args = parser.parse_args()
    seed = Path(args.shared) / "seed" / "000_82fb5c8a9c3c66ef.txt"

    import frontwatch
    from frontwatch.pipeline import load_nlp
    from frontwatch.reading.actors import find_actors
    from frontwatch.reading.claims import find_claims
    from frontwatch.reading.dates import find_dates
    from frontwatch.reading.documents import read_document
    from frontwatch.reading.events import find_events
    from frontwatch.reading.mentions import find_mentions
    from frontwatch.reading.places import find_places
    from frontwatch.reading.sources import find_sources, outlet_source

    raw = seed.read_text(encoding="utf-8")
    nlp = load_nlp()
    document = read_document(raw)
    doc = nlp(document.body)
    mentions = find_mentions(document, doc)
    outlet = outlet_source(document.outlet)
    events = find_events(document, doc, mentions, outlet)
    stages: list[tuple[str, Callable[[], object]]] = [
        ("spaCy parse (baseline)", lambda: nlp(document.body)),
        ("read_document", lambda: read_document(raw)),
        ("find_actors", lambda: find_actors(document.body)),
        ("find_sources", lambda: find_sources(document.body)),
        ("find_dates", lambda: find_dates(document.body, document.published)),
        ("find_places", lambda: find_places(doc)),
        ("find_mentions (all)", lambda: find_mentions(document, doc)),
        ("find_events", lambda: find_events(document, doc, mentions, outlet)),
        ("find_claims", lambda: find_claims(document, doc, mentions, events, outlet)),
        ("frontwatch.extract (whole)", lambda: frontwatch.extract(raw)),
    ]
    words = len(document.body.split())
    print(f"seed article: {words} words; median of {args.repeat} runs")
    baseline = 0.0
    for name, call in stages:
        ms = median_ms(call, args.repeat)
        baseline = baseline or ms
        print(f"  {name:<28} {ms:8.2f} ms   {ms / baseline:5.2f} x spaCy")
    python, n = sys.executable, args.cold_repeat
    cli = cold_seconds([python, "-m", "frontwatch", "extract", str(seed), "--format", "json"], 1)  # fills the index cache
    bare = cold_seconds([python, "-c", "import frontwatch"], n)
    gaz = cold_seconds([python, "-c", "from frontwatch.reading.gazetteer import Gazetteer; Gazetteer.default()"], n)
    spacy_load = cold_seconds([python, "-c", "from frontwatch.pipeline import load_nlp; load_nlp()"], n)
    cli = cold_seconds([python, "-m", "frontwatch", "extract", str(seed), "--format", "json"], n)
    print(f"cold processes (median of {n}): python + import frontwatch {bare:.2f} s; + gazetteer load {gaz:.2f} s; "
          f"+ spaCy import and model load {spacy_load:.2f} s; `frontwatch extract` on the seed {cli:.2f} s "
          f"({cli / spacy_load:.2f} x the spaCy load)")


if __name__ == "__main__":
    main()
