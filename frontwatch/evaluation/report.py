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
    """Headline scores beside the targets and anchors' figures, then every metric of every suite."""
    notes = anchors()
    command = f"frontwatch eval {' '.join(r.suite for r in results)}" + (f" --sample {options.sample}" if options.sample else "")
    lines = [
        "# frontwatch evaluation scores",
        "",
        f"Measured {dt.date.today().isoformat()} with `{command}` (gold read from ../shared at run time).",
        "",
        "## Headline scores",
        "",
        "| suite | metric | score | n | target · anchor (FIELD.md) |",
        "| --- | --- | ---: | ---: | --- |",
    ]
    for result in results:
        for metric, note in notes.get(result.suite, {}).items():
            if metric in result.metrics:
                lines.append(_row(result, metric, note))
    lines += ["", "## Every metric", "", "| suite | metric | score | n |", "| --- | --- | ---: | ---: |"]
    for result in results:
        lines += [_row(result, metric) for metric in sorted(result.metrics)]
    lines += ["", "Seconds per suite: " + ", ".join(f"{r.suite} {r.seconds:.0f}" for r in results) + ".", ""]
    lines += [f"- {result.suite}: {note}" for result in results for note in result.notes]
    return "\n".join(lines) + "\n"


def _row(result: SuiteResult, metric: str, note: str | None = None) -> str:
    cells = [result.suite, metric, f"{result.metrics[metric]:.3f}", str(result.counts.get(metric, ""))]
    if note is not None:
        cells.append(note)
    return "| " + " | ".join(cells) + " |"
