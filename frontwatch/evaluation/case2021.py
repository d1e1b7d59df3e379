"""case2021: CASE 2021 Task 2 snippets -> ACLED sub-event type codes; weighted and macro F1, confusion matrix.

The test set has no licence: it is read from ../shared at run time, only to test. Nothing is trained or tuned
on it (the cues are developed on the project's own eval/dev set, suite ``types-dev``). Scored over all 30
gold codes (the 25 ACLED sub-types and the 5 "unseen" types), as the task did.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from frontwatch.evaluation.common import (
    ClassScores,
    Options,
    SuiteResult,
    Table,
    Timer,
    classification_scores,
    gold_path,
)

NAME = "case2021"
DESCRIPTION = "CASE 2021 task 2: snippet -> ACLED sub-event type; weighted/macro F1 (test only)"
# Metrics pinned in eval/floors.json by --raise-floors.
GATED = ("weighted_f1", "macro_f1", "accuracy")
GOLD = ("data", "case2021-task2", "test_set_final_release_with_labels.tsv")


def load_gold(path: Path) -> list[tuple[str, str, str]]:
    """(id, snippet, code) rows; the file is tab-separated without quoting."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        if header[:3] != ["id", "EventSnippet", "SubType"]:
            raise ValueError(f"unexpected header in {path}: {header}")
        return [(r[0], r[1], r[2].strip()) for r in reader if len(r) >= 3]


def run(options: Options) -> SuiteResult:
    """Classify every snippet with reading.event_types.classify_snippet and score the codes."""
    with Timer() as timer:
        rows = load_gold(gold_path(options, *GOLD))
        scores = score_snippets([text for _, text, _ in rows], [code for _, _, code in rows])
    return code_result(NAME, scores, len(rows), timer.seconds)


def score_snippets(texts: Sequence[str], gold: Sequence[str]) -> ClassScores:
    """Classify each text with classify_snippet and score the codes against ``gold``."""
    from frontwatch.pipeline import load_nlp
    from frontwatch.reading.event_types import classify_snippet

    nlp = load_nlp()
    predicted = [classify_snippet(text, nlp) or "NONE" for text in texts]
    return classification_scores(gold, predicted)


def code_result(name: str, scores: ClassScores, rows: int, seconds: float) -> SuiteResult:
    """A suite result for snippet classification: F1 metrics, a per-code table and the confusion matrix."""
    metrics = {"weighted_f1": scores.weighted_f1, "macro_f1": scores.macro_f1, "accuracy": scores.accuracy}
    per_label = Table(
        f"{name}: per code",
        ("code", "precision", "recall", "f1", "support"),
        tuple((code, *scores.per_label[code]) for code in scores.labels),
    )
    predicted_labels = sorted({p for row in scores.confusion.values() for p in row})
    confusion = Table(
        f"{name}: confusion (gold row -> predicted, non-zero cells)",
        ("gold", "predicted counts"),
        tuple(
            (g, ", ".join(f"{p}:{n}" for p, n in sorted(row.items(), key=lambda x: -x[1])))
            for g, row in sorted(scores.confusion.items())
        ),
    )
    counts = {"weighted_f1": rows, "macro_f1": len(scores.labels), "accuracy": rows}
    notes = (f"{len(predicted_labels)} distinct predicted codes",)
    return SuiteResult(name, metrics, counts, (per_label, confusion), notes, seconds, {})
