"""case2021: CASE 2021 Task 2 snippets -> ACLED sub-event type codes; weighted and macro F1, confusion matrix.

The test set has no licence: it is read from ../shared at run time, only to test. Nothing is trained or tuned
on it. Scored over all 30 gold codes (the 25 ACLED sub-types and the 5 "unseen" types), as the task did.
"""

from __future__ import annotations

import csv
from pathlib import Path

from frontwatch.evaluation.common import Options, SuiteResult, Table, Timer, classification_scores, gold_path

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
    from frontwatch.pipeline import load_nlp
    from frontwatch.reading.event_types import classify_snippet

    with Timer() as timer:
        rows = load_gold(gold_path(options, *GOLD))
        nlp = load_nlp()
        predicted = [classify_snippet(text, nlp) or "NONE" for _, text, _ in rows]
        gold = [code for _, _, code in rows]
        scores = classification_scores(gold, predicted)
    metrics = {"weighted_f1": scores.weighted_f1, "macro_f1": scores.macro_f1, "accuracy": scores.accuracy}
    per_label = Table(
        f"{NAME}: per code",
        ("code", "precision", "recall", "f1", "support"),
        tuple((code, *scores.per_label[code]) for code in scores.labels),
    )
    predicted_labels = sorted({p for row in scores.confusion.values() for p in row})
    confusion = Table(
        f"{NAME}: confusion (gold row -> predicted, non-zero cells)",
        ("gold", "predicted counts"),
        tuple(
            (g, ", ".join(f"{p}:{n}" for p, n in sorted(row.items(), key=lambda x: -x[1])))
            for g, row in sorted(scores.confusion.items())
        ),
    )
    counts = {"weighted_f1": len(rows), "macro_f1": len(scores.labels), "accuracy": len(rows)}
    notes = (f"{len(predicted_labels)} distinct predicted codes",)
    return SuiteResult(NAME, metrics, counts, (per_label, confusion), notes, timer.seconds, {})
