"""The quality gate: pinned floors (eval/floors.json), their history (eval/floor_changes.log), the check.

A floor is a measured score rounded down to 2 decimals. Floors are raised by ``frontwatch eval --raise-floors``
(an ordinary commit); a floor is lowered only by ``frontwatch eval --lower-floor SUITE:METRIC --to V --reason ...``,
which records the reason. ``unexplained_lowerings`` finds floors below their logged maximum without a
recorded reason; a test asserts there are none.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import dataclass
from pathlib import Path

from frontwatch.evaluation.common import EVAL_DIR, SuiteResult

FLOORS = EVAL_DIR / "floors.json"
LOG = EVAL_DIR / "floor_changes.log"
TOLERANCE = 0.0


@dataclass(frozen=True, slots=True)
class Breach:
    suite: str
    metric: str
    floor: float
    measured: float | None  # None: the metric was not produced at all


def load_floors(path: Path = FLOORS) -> dict[str, dict[str, float]]:
    """suite -> metric -> floor."""
    if not path.exists():
        return {}
    return {s: dict(m) for s, m in json.loads(path.read_text(encoding="utf-8"))["floors"].items()}


def save_floors(floors: dict[str, dict[str, float]], path: Path = FLOORS) -> None:
    payload = {
        "_about": "Pinned quality floors: measured scores rounded down to 2 decimals. Raise with `frontwatch eval SUITES --raise-floors`; lower only with `frontwatch eval --lower-floor SUITE:METRIC --to V --reason ...` (logged in floor_changes.log). ucdp-headlines floors apply to its fixed 300-row sample.",
        "floors": {s: dict(sorted(m.items())) for s, m in sorted(floors.items())},
    }
    path.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")


def floor_of(value: float) -> float:
    """Round down to 2 decimals (0.8799 -> 0.87); tiny float noise is absorbed first."""
    return math.floor(round(value * 100, 6)) / 100


def check(results: list[SuiteResult], floors: dict[str, dict[str, float]]) -> list[Breach]:
    """Every gated metric of the suites run that is below its floor (or missing)."""
    breaches = []
    for result in results:
        for metric, floor in floors.get(result.suite, {}).items():
            measured = result.metrics.get(metric)
            if measured is None or measured + TOLERANCE < floor:
                breaches.append(Breach(result.suite, metric, floor, measured))
    return breaches


def _log(entry: dict[str, object], log: Path = LOG) -> None:
    entry = {"time": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"), **entry}
    with log.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(entry, ensure_ascii=False) + "\n")


def raise_floors(results: list[SuiteResult], metrics: dict[str, list[str]] | None = None,
                 path: Path = FLOORS, log: Path = LOG) -> list[tuple[str, str, float | None, float]]:
    """Set floors to the measured values rounded down, never lowering one. ``metrics`` limits which are pinned
    (default: those already pinned for that suite). Returns (suite, metric, old, new) of each raise."""
    floors = load_floors(path)
    changes = []
    for result in results:
        names = sorted(set((metrics or {}).get(result.suite, [])) | set(floors.get(result.suite, {})))
        for metric in names:
            if metric not in result.metrics:
                continue
            new = floor_of(result.metrics[metric])
            old = floors.get(result.suite, {}).get(metric)
            if old is None or new > old:
                floors.setdefault(result.suite, {})[metric] = new
                changes.append((result.suite, metric, old, new))
                _log({"action": "raise", "suite": result.suite, "metric": metric, "value": new}, log)
    save_floors(floors, path)
    return changes


def lower_floor(suite: str, metric: str, value: float, reason: str, path: Path = FLOORS, log: Path = LOG) -> float:
    """Lower one floor on purpose, with the reason recorded. Returns the old floor."""
    if not reason.strip():
        raise ValueError("lowering a floor needs a reason (--reason)")
    floors = load_floors(path)
    old = floors.get(suite, {}).get(metric)
    if old is None:
        raise KeyError(f"no floor for {suite}:{metric}")
    if value >= old:
        raise ValueError(f"{suite}:{metric}: {value} is not below the floor {old}; raising needs no flag")
    floors[suite][metric] = value
    save_floors(floors, path)
    _log({"action": "lower", "suite": suite, "metric": metric, "value": value, "from": old, "reason": reason.strip()}, log)
    return old


def unexplained_lowerings(path: Path = FLOORS, log: Path = LOG) -> list[str]:
    """Floors below the highest value the log ever recorded for them, without a logged, reasoned lowering
    to a value at or below the current floor after that maximum."""
    floors = load_floors(path)
    entries = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines() if line.strip()] if log.exists() else []
    problems = []
    for suite, metrics in floors.items():
        for metric, floor in metrics.items():
            history = [e for e in entries if e["suite"] == suite and e["metric"] == metric]
            if not history:
                problems.append(f"{suite}:{metric}: floor {floor} has no history in {log.name}")
                continue
            peak_at = max(range(len(history)), key=lambda i: (history[i]["value"], i))
            peak = history[peak_at]["value"]
            if floor >= peak:
                continue
            explained = any(
                e["action"] == "lower" and e.get("reason") and e["value"] <= floor + 1e-9 for e in history[peak_at + 1:]
            )
            if not explained:
                problems.append(f"{suite}:{metric}: floor {floor} is below its logged maximum {peak} with no recorded reason")
    return problems
