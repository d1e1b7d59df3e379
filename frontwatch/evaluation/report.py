"""The README-ready markdown table of scores, with the targets (issue 3) and the anchors' figures (FIELD.md)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence

from frontwatch.evaluation.common import EVAL_DIR, Options, SuiteResult


def anchors() -> dict[str, dict[str, str]]:
    """suite -> metric -> "target / anchor" text, from eval/anchors.json."""
    data = json.loads((EVAL_DIR / "anchors.json").read_text(encoding="utf-8"))
    return {s: dict(m) for s, m in data["metrics"].items()}


def markdown_report(results: Sequence[SuiteResult], options: Options) -> str:
    """One table: suite, metric, score, n, target and anchor figure; headline metrics first per suite."""
    notes = anchors()
    lines = [
        "# frontwatch evaluation scores",
        "",
        f"Measured {dt.date.today().isoformat()} with `frontwatch eval {' '.join(r.suite for r in results)}"
        + (f" --sample {options.sample}" if options.sample else "") + "`. Gold is read from ../shared at run time.",
        "",
        "| suite | metric | score | n | target · anchor (FIELD.md) |",
        "| --- | --- | ---: | ---: | --- |",
    ]
    for result in results:
        marked = notes.get(result.suite, {})
        order = [m for m in marked if m in result.metrics] + sorted(m for m in result.metrics if m not in marked)
        for metric in order:
            n = result.counts.get(metric, "")
            lines.append(f"| {result.suite} | {metric} | {result.metrics[metric]:.3f} | {n} | {marked.get(metric, '')} |")
    lines += ["", "Seconds per suite: " + ", ".join(f"{r.suite} {r.seconds:.0f}" for r in results) + "."]
    for result in results:
        lines += [f"- {result.suite}: {note}" for note in result.notes]
    return "\n".join(lines) + "\n"
