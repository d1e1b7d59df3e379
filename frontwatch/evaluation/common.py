"""Shared pieces of the evaluation suites: where gold lives, scoring helpers, tables, JSON output.

Every suite module exposes ``NAME``, ``DESCRIPTION`` and ``run(options) -> SuiteResult``. A suite reads its
gold and inputs from ../shared at run time (never copied into the project) and returns flat metrics
(``"place_subset.all_right": 0.87``) that the gate compares with ``eval/floors.json``.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import math
import os
import re
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from frontwatch.records import ArticleInput, Failure, Reading

REPO = Path(__file__).resolve().parents[2]
EVAL_DIR = REPO / "eval"
RESULTS_DIR = EVAL_DIR / "results"


@dataclass(frozen=True, slots=True)
class Options:
    """What the command line passes to a suite."""

    shared: Path
    sample: int | None = None  # ucdp-headlines: score a fixed sample of N rows
    seed: int = 300  # sampling seed
    verbose: bool = False


@dataclass(frozen=True, slots=True)
class Table:
    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]


@dataclass(frozen=True, slots=True)
class SuiteResult:
    """One suite's scores: flat metrics (0..1 unless the name says otherwise), counts, tables."""

    suite: str
    metrics: dict[str, float]
    counts: dict[str, int]
    tables: tuple[Table, ...] = ()
    notes: tuple[str, ...] = ()
    seconds: float = 0.0
    params: dict[str, Any] = field(default_factory=dict)


def shared_dir() -> Path:
    """../shared beside the repository, or FRONTWATCH_SHARED."""
    return Path(os.environ.get("FRONTWATCH_SHARED", REPO.parent / "shared"))


class MissingGold(FileNotFoundError):
    """A gold file of a suite is not where ../shared should have it."""


def gold_path(options: Options, *parts: str) -> Path:
    path = options.shared.joinpath(*parts)
    if not path.exists():
        raise MissingGold(f"gold file not found: {path}")
    return path


# --- reading ------------------------------------------------------------------------------


def read_all(items: Sequence[ArticleInput], *, batch_size: int = 32) -> dict[str, Reading | Failure]:
    """Read articles with the batched pipeline; keyed by the caller's id."""
    from frontwatch.pipeline import read_many

    return {item.id: result for item, result in read_many(items, batch_size=batch_size)}


class short_input_allowed:
    """Let the pipeline accept very short bodies (headlines) while a suite runs; restores the setting."""

    def __enter__(self) -> None:
        self._old = os.environ.get("FRONTWATCH_MIN_BODY_CHARS")
        os.environ["FRONTWATCH_MIN_BODY_CHARS"] = "1"

    def __exit__(self, *_: object) -> None:
        if self._old is None:
            os.environ.pop("FRONTWATCH_MIN_BODY_CHARS", None)
        else:
            os.environ["FRONTWATCH_MIN_BODY_CHARS"] = self._old


# --- names ---------------------------------------------------------------------------------

_NON_WORD = re.compile(r"[^0-9a-z]+")
_POSSESSIVE = re.compile(r"['’]s\b")  # "SANA's correspondent" names SANA


def _fallback_normalise(text: str) -> str:
    from unidecode import unidecode

    return _NON_WORD.sub(" ", unidecode(text).lower().replace("'", "").replace("`", "")).strip()


def normalise(text: str) -> str:
    """The gazetteer's name key (placenames.name_key: articles dropped, so eval and reading agree), else a plain one."""
    try:
        from frontwatch.reading.placenames import name_key
    except ImportError:
        return _fallback_normalise(text)
    return name_key(text)


def contains_name(haystack: str, name: str) -> bool:
    """Whether ``name`` occurs in ``haystack`` as whole words, both normalised."""
    n, h = normalise(_POSSESSIVE.sub("", name)), normalise(_POSSESSIVE.sub("", haystack))
    return bool(n) and f" {n} " in f" {h} "


@functools.lru_cache(maxsize=1)
def ucdp_names() -> dict[str, Any]:
    """Small vocabulary for reading UCDP's place and governorate names (eval/ucdp_names.json)."""
    return json.loads((EVAL_DIR / "ucdp_names.json").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def _governorate_spellings() -> dict[str, str]:
    """compact spelling -> key, from the gazetteer's governorate table (every spelling it lists) and
    eval/ucdp_names.json (a few more seen in UCDP and FA-KES)."""
    spellings = {k: v for k, v in ucdp_names()["governorate_aliases"].items()}
    table = REPO / "frontwatch" / "data" / "gazetteer" / "syria_admin1.tsv"
    if table.exists():
        rows = [line.split("\t") for line in table.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
        for cells in rows[1:]:
            names = [*cells[:4], *(cells[4].split("|") if len(cells) > 4 else [])]
            key = _compact(cells[1])
            for n in names:
                if n.strip():
                    spellings.setdefault(_compact(n), spellings.get(key, key))
    return spellings


def _compact(name: str) -> str:
    key = _fallback_normalise(name)
    key = re.sub(r"\b(governorate|province|muhafazat)\b", " ", key)
    key = re.sub(r"^(al|ar|as|ad|ash|el|an|az)\s+", "", key.strip())
    return key.replace(" ", "")


def governorate_key(name: str | None) -> str:
    """'Ar Raqqah Governorate', 'Raqqa', 'Raqqa province', 'Ar-Raqqa' -> one key."""
    if not name:
        return ""
    spellings = _governorate_spellings()
    whole = _fallback_normalise(name).replace(" ", "")
    if whole in spellings:  # "Damascus countryside" before "countryside" is stripped
        return spellings[whole]
    key = _compact(re.sub(r"(?i)\b(countryside of|countryside)\b", " ", name))
    return spellings.get(key, key)


def strip_place_type(where_coordinates: str) -> str:
    """'Al Bab town' -> 'Al Bab'; 'Tishreen Dam' stays a name; parenthesised notes dropped."""
    name = re.sub(r"\([^)]*\)?", " ", where_coordinates).strip()
    words = name.split()
    suffixes = set(ucdp_names()["type_suffixes"])
    while len(words) > 1 and words[-1].lower() in suffixes:
        words.pop()
    return " ".join(words)


# --- geometry and dates --------------------------------------------------------------------


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    r = 6371.0088
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(min(1.0, a)))


def within_days(date: dt.date | None, start: dt.date, end: dt.date | None = None, slack: int = 1) -> bool:
    """Whether ``date`` falls in start..end widened by ``slack`` days each side."""
    if date is None:
        return False
    end = end or start
    return start - dt.timedelta(days=slack) <= date <= end + dt.timedelta(days=slack)


def parse_date(value: str) -> dt.date:
    """ISO dates and FA-KES's M/D/YY."""
    value = value.strip()
    if "/" in value:
        m, d, y = (int(p) for p in value.split("/"))
        return dt.date(2000 + y if y < 100 else y, m, d)
    return dt.date.fromisoformat(value[:10])


# --- scores --------------------------------------------------------------------------------


def ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 0.0


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall, F1."""
    p, r = ratio(tp, tp + fp), ratio(tp, tp + fn)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass(frozen=True, slots=True)
class ClassScores:
    labels: tuple[str, ...]
    per_label: dict[str, tuple[float, float, float, int]]  # precision, recall, f1, support
    weighted_f1: float
    macro_f1: float
    accuracy: float
    confusion: dict[str, dict[str, int]]  # gold -> predicted -> n


def classification_scores(gold: Sequence[str], predicted: Sequence[str]) -> ClassScores:
    """Per-label P/R/F1, support-weighted and macro F1 over the gold labels, and the confusion matrix."""
    labels = tuple(sorted(set(gold)))
    pairs = Counter(zip(gold, predicted, strict=True))
    per: dict[str, tuple[float, float, float, int]] = {}
    for label in labels:
        tp = pairs[(label, label)]
        fp = sum(n for (g, p), n in pairs.items() if p == label and g != label)
        fn = sum(n for (g, p), n in pairs.items() if g == label and p != label)
        per[label] = (*prf(tp, fp, fn), tp + fn)
    total = len(gold)
    confusion: dict[str, dict[str, int]] = {}
    for (g, p), n in sorted(pairs.items()):
        confusion.setdefault(g, {})[p] = n
    return ClassScores(
        labels=labels,
        per_label=per,
        weighted_f1=sum(per[l][2] * per[l][3] for l in labels) / total if total else 0.0,
        macro_f1=sum(per[l][2] for l in labels) / len(labels) if labels else 0.0,
        accuracy=ratio(sum(n for (g, p), n in pairs.items() if g == p), total),
        confusion=confusion,
    )


class Tally:
    """Counts of right/total per field, turned into ratios."""

    def __init__(self) -> None:
        self.right: Counter[str] = Counter()
        self.total: Counter[str] = Counter()

    def add(self, name: str, ok: bool, count: bool = True) -> None:
        if count:
            self.total[name] += 1
            self.right[name] += int(ok)

    def ratios(self, prefix: str = "") -> dict[str, float]:
        return {f"{prefix}{k}": ratio(self.right[k], self.total[k]) for k in self.total}

    def counts(self, prefix: str = "") -> dict[str, int]:
        return {f"{prefix}{k}": self.total[k] for k in self.total}


# --- output --------------------------------------------------------------------------------


def format_table(table: Table) -> str:
    cells = [tuple(_cell(c) for c in table.header)] + [tuple(_cell(c) for c in row) for row in table.rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(table.header))]
    lines = [table.title, "  ".join(c.ljust(w) for c, w in zip(cells[0], widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in cells[1:]]
    return "\n".join(lines)


def _cell(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def metrics_table(result: SuiteResult) -> Table:
    rows = tuple((k, v, _count_for(result, k)) for k, v in sorted(result.metrics.items()))
    return Table(f"{result.suite}: scores ({result.seconds:.1f} s)", ("metric", "score", "n"), rows)


def _count_for(result: SuiteResult, metric: str) -> str:
    n = result.counts.get(metric)
    return "" if n is None else str(n)


def write_json(result: SuiteResult, directory: Path = RESULTS_DIR) -> Path:
    """eval/results/<suite>.json with metrics, counts, tables and notes."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{result.suite}.json"
    payload = {
        "suite": result.suite,
        "measured": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "seconds": round(result.seconds, 2),
        "params": result.params,
        "metrics": {k: round(v, 4) for k, v in sorted(result.metrics.items())},
        "counts": dict(sorted(result.counts.items())),
        "tables": [{"title": t.title, "header": list(t.header), "rows": [list(r) for r in t.rows]} for t in result.tables],
        "notes": list(result.notes),
    }
    path.write_text(json.dumps(payload, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
    return path


class Timer:
    def __enter__(self) -> Timer:
        self.start = time.perf_counter()
        return self

    def __exit__(self, *_: object) -> None:
        self.seconds = time.perf_counter() - self.start


def chunks(items: Iterable[Any], n: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch
