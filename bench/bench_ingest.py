"""Ingest throughput and peak memory on FA-KES, against a bare spaCy pass over the same texts.

    .venv/bin/python bench/bench_ingest.py [--csv ../shared/data/fa-kes/fakes.csv] [--repeats 3]

Every measurement runs in a fresh process (so peak RSS is its own) on a fresh store:
  * spacy    : load the pipeline, then nlp.pipe over the article texts (nothing else);
  * ingest   : frontwatch.ingest.ingest() of the same rows into a new SQLite file (reading, store
               writes, fusion, control), with 1 and with 2 worker processes;
  * memory   : peak RSS of 1-worker ingest on the first 200 / 400 / all rows (streaming: it should stay flat).
Times exclude loading spaCy in the measuring process (both sides load it before the clock starts);
worker processes load their own copy inside the timed region, which is part of what workers cost.
Prints a table and writes JSON to bench/results/ (gitignored). Not a test.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CSV = ROOT.parent / "shared" / "data" / "fa-kes" / "fakes.csv"
MAPPING = {"text": "article_content", "date": "date", "outlet": "source", "id": "unit_id", "title": "article_title"}


def _peak_rss_mb() -> float:
    # ru_maxrss is in KiB on Linux; children = worker processes that have ended.
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round(own / 1024, 1), round(children / 1024, 1)  # type: ignore[return-value]


def _subset(source: Path, n: int, folder: Path) -> Path:
    """The first ``n`` rows of the CSV as their own file (streamed, not loaded)."""
    out = folder / f"rows-{n}.csv"
    csv.field_size_limit(sys.maxsize)
    with source.open(encoding="utf-8", newline="") as fin, out.open("w", encoding="utf-8", newline="") as fout:
        reader = csv.reader(fin)
        writer = csv.writer(fout)
        writer.writerow(next(reader))
        for i, row in enumerate(reader):
            if i >= n:
                break
            writer.writerow(row)
    return out


def one(kind: str, path: Path, workers: int) -> dict[str, object]:
    """One measurement in this process (called through a subprocess by ``main``)."""
    from frontwatch.pipeline import load_nlp

    nlp = load_nlp()
    if kind == "spacy":
        csv.field_size_limit(sys.maxsize)
        with path.open(encoding="utf-8", newline="") as handle:
            texts = (row[MAPPING["text"]] for row in csv.DictReader(handle))
            start = time.perf_counter()
            n = sum(1 for _ in nlp.pipe(texts, batch_size=16))
            seconds = time.perf_counter() - start
        result: dict[str, object] = {"articles": n, "parsed": n}
    else:
        from frontwatch.ingest import Columns, ingest

        with tempfile.TemporaryDirectory() as tmp:
            start = time.perf_counter()
            report = ingest([path], Path(tmp) / "bench.db", columns=Columns(**MAPPING), workers=workers, progress=False)
            seconds = time.perf_counter() - start
        result = {
            "articles": report.inputs,
            "parsed": report.docs_new,
            "failed": report.failed,
            "events": report.totals["events"],
            "incidents": report.totals["incidents"],
            "situation": report.situation,
        }
    own, children = _peak_rss_mb()
    result.update(seconds=round(seconds, 3), rate=round(result["articles"] / seconds, 2), peak_rss_mb=own,  # type: ignore[operator]
                  peak_rss_children_mb=children)
    del nlp
    return result


def _run(kind: str, path: Path, workers: int = 1) -> dict[str, object]:
    cmd = [sys.executable, __file__, "--one", kind, "--path", str(path), "--workers", str(workers)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _median(runs: list[dict[str, object]], key: str) -> float:
    return round(statistics.median(float(r[key]) for r in runs), 3)  # type: ignore[arg-type]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    parser.add_argument("--repeats", type=int, default=3, help="runs per configuration; medians are reported")
    parser.add_argument("--sizes", default="200,400,804", help="row counts for the memory curve")
    parser.add_argument("--one", choices=("spacy", "ingest"), help=argparse.SUPPRESS)
    parser.add_argument("--path", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--workers", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.one, args.path, args.workers)))
        return 0

    results: dict[str, object] = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform(),
                    "load_average_at_start": os.getloadavg()},
        "csv": str(args.csv),
        "repeats": args.repeats,
    }
    with tempfile.TemporaryDirectory() as tmp:
        full = args.csv
        configs = {"spacy": ("spacy", 1), "ingest_w1": ("ingest", 1), "ingest_w2": ("ingest", 2)}
        runs: dict[str, list[dict[str, object]]] = {name: [] for name in configs}
        for repeat in range(args.repeats):
            for name, (kind, workers) in configs.items():
                runs[name].append(_run(kind, full, workers))
                print(f"  run {repeat + 1}/{args.repeats} {name}: {runs[name][-1]}", file=sys.stderr)
        summary = {
            name: {
                "articles": r[0]["articles"],
                "parsed": r[0]["parsed"],
                "seconds_median": _median(r, "seconds"),
                "rate_median": _median(r, "rate"),
                "peak_rss_mb_median": _median(r, "peak_rss_mb"),
                "peak_rss_children_mb_median": _median(r, "peak_rss_children_mb"),
                "runs": r,
            }
            for name, r in runs.items()
        }
        memory = []
        for n in (int(s) for s in args.sizes.split(",")):
            subset = _subset(full, n, Path(tmp))
            r = _run("ingest", subset, 1)
            memory.append({"rows": n, "seconds": r["seconds"], "peak_rss_mb": r["peak_rss_mb"], "parsed": r["parsed"]})
            print(f"  memory {n}: {r}", file=sys.stderr)
    results["throughput"] = summary
    results["ratio_ingest_to_spacy_time"] = round(
        float(summary["ingest_w1"]["seconds_median"]) / float(summary["spacy"]["seconds_median"]), 2)  # type: ignore[index]
    results["scaling_w2_over_w1"] = round(
        float(summary["ingest_w1"]["seconds_median"]) / float(summary["ingest_w2"]["seconds_median"]), 2)  # type: ignore[index]
    results["memory_curve"] = memory
    results["machine"]["load_average_at_end"] = os.getloadavg()  # type: ignore[index]

    print(f"\nFA-KES ingest benchmark ({args.repeats} runs each, medians; load average at start "
          f"{results['machine']['load_average_at_start'][0]:.1f} on {os.cpu_count()} CPUs)")  # type: ignore[index]
    print(f"{'configuration':<16}{'articles':>9}{'parsed':>8}{'seconds':>10}{'articles/s':>12}{'peak RSS MB':>13}{'+workers MB':>13}")
    for name, s in summary.items():
        print(f"{name:<16}{s['articles']:>9}{s['parsed']:>8}{s['seconds_median']:>10}{s['rate_median']:>12}"
              f"{s['peak_rss_mb_median']:>13}{s['peak_rss_children_mb_median']:>13}")
    print(f"ingest time / bare spaCy time (1 worker): {results['ratio_ingest_to_spacy_time']}x")
    print(f"speed-up 1 -> 2 workers: {results['scaling_w2_over_w1']}x")
    print("peak RSS by corpus size (1 worker): " + ", ".join(f"{m['rows']} rows {m['peak_rss_mb']} MB" for m in memory))
    out_dir = ROOT / "bench" / "results"
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / f"ingest-{time.strftime('%Y%m%dT%H%M%S', time.gmtime())}.json"
    out.write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(f"written {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
