"""frontwatch eval: run evaluation suites against real gold, print tables, write JSON, enforce the floors."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HELP = "Score the reading against real gold (suites: seed, annotated, annotated-heldout, annotated-heldout2, annotated-heldout3, annotated-heldout4, annotated-heldout5, annotated-heldout6, annotated-heldout7, annotated-heldout8, annotated-heldout9, annotated-heldout10, annotated-heldout11, ucdp-headlines, case2021, aleppo-recall, geowebnews, all)."
EXAMPLE = "frontwatch eval seed case2021 ucdp-headlines --sample 300 --gate"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("suites", nargs="*", metavar="SUITE", help="suite names, or 'all' (default with --gate: the fast suites)")
    parser.add_argument("--sample", type=int, default=None, help="ucdp-headlines: score N rows (300 = the fixed CI sample)")
    parser.add_argument("--seed", type=int, default=300, help="sampling seed for --sample (default 300)")
    parser.add_argument("--gate", action="store_true", help="fail (exit 1) when a score is below its floor in eval/floors.json")
    parser.add_argument("--raise-floors", action="store_true", help="raise the pinned floors to the scores just measured (never lowers)")
    parser.add_argument("--lower-floor", metavar="SUITE:METRIC", help="lower one floor on purpose (needs --to and --reason)")
    parser.add_argument("--to", type=float, help="the new, lower floor for --lower-floor")
    parser.add_argument("--reason", default="", help="why a floor is lowered (recorded in eval/floor_changes.log)")
    parser.add_argument("--markdown", type=Path, help="also write a README-ready markdown table of the scores here")
    parser.add_argument("--shared", type=Path, default=None, help="the shared data folder (default ../shared or FRONTWATCH_SHARED)")
    parser.add_argument("--json-dir", type=Path, default=None, help="where to write <suite>.json (default eval/results)")
    parser.add_argument("--quiet", action="store_true", help="print only the score tables and the gate")
    parser.add_argument("--verbose", action="store_true", help="seed, annotated and the held-out sets: show each gold event, its pair and the wrong fields")


def run(args: argparse.Namespace) -> int:
    from frontwatch.evaluation import FAST, GATE_SAMPLE, SUITES, load_suite
    from frontwatch.evaluation import floors as gate
    from frontwatch.evaluation.common import RESULTS_DIR, MissingGold, Options, format_table, metrics_table, shared_dir, write_json
    from frontwatch.evaluation.report import markdown_report

    if args.lower_floor:
        suite, _, metric = args.lower_floor.partition(":")
        if args.to is None or not args.reason.strip():
            print("frontwatch eval: --lower-floor needs --to VALUE and --reason TEXT", file=sys.stderr)
            return 2
        try:
            old = gate.lower_floor(suite, metric, args.to, args.reason)
        except (KeyError, ValueError) as exc:
            print(f"frontwatch eval: {exc}", file=sys.stderr)
            return 2
        print(f"lowered floor {suite}:{metric} {old} -> {args.to} (reason recorded in {gate.LOG.name})")
        return 0

    names = list(args.suites) or (list(FAST) if args.gate else [])
    if not names:
        print("frontwatch eval: name a suite (" + ", ".join(SUITES) + ") or 'all'", file=sys.stderr)
        return 2
    if "all" in names:
        names = list(SUITES)
    unknown = [n for n in names if n not in SUITES]
    if unknown:
        print(f"frontwatch eval: unknown suite {', '.join(unknown)} (have: {', '.join(SUITES)})", file=sys.stderr)
        return 2
    sample = args.sample if args.sample is not None else (GATE_SAMPLE if args.gate else None)
    options = Options(shared=args.shared or shared_dir(), sample=sample or None, seed=args.seed, verbose=args.verbose)

    results = []
    for name in names:
        module = load_suite(name)
        try:
            result = module.run(options)
        except MissingGold as exc:
            print(f"frontwatch eval: {name}: {exc}", file=sys.stderr)
            return 2
        results.append(result)
        tables = (metrics_table(result),) + (() if args.quiet else result.tables)
        print("\n\n".join(format_table(t) for t in tables))
        for note in () if args.quiet else result.notes:
            print(f"  note: {note}")
        path = write_json(result, args.json_dir or RESULTS_DIR)
        print(f"  -> {path}\n")

    if args.markdown:
        args.markdown.write_text(markdown_report(results, options), encoding="utf-8")
        print(f"markdown table -> {args.markdown}")
    if args.raise_floors:
        if sample not in (None, GATE_SAMPLE) and "ucdp-headlines" in names:
            print("frontwatch eval: floors of ucdp-headlines are for the 300-row sample; run with --sample 300", file=sys.stderr)
            return 2
        pinned = [r for r in results if not (r.suite == "ucdp-headlines" and sample != GATE_SAMPLE)]
        wanted = {r.suite: list(load_suite(r.suite).GATED) for r in pinned}
        for suite, metric, before, new in gate.raise_floors(pinned, wanted):
            print(f"floor raised {suite}:{metric} {'new' if before is None else before} -> {new}")
    if args.gate:
        if any(r.suite == "ucdp-headlines" for r in results) and sample != GATE_SAMPLE:
            print(f"frontwatch eval: the gate scores ucdp-headlines on the fixed {GATE_SAMPLE}-row sample", file=sys.stderr)
            return 2
        breaches = gate.check(results, gate.load_floors())
        checked = sum(len(gate.load_floors().get(r.suite, {})) for r in results)
        if breaches:
            for b in breaches:
                shown = "missing" if b.measured is None else f"{b.measured:.4f}"
                print(f"GATE FAIL {b.suite}:{b.metric} = {shown} < floor {b.floor}")
            print(f"quality gate: {len(breaches)} of {checked} floors broken")
            return 1
        print(f"quality gate: all {checked} floors held")
    return 0
