"""types-dev: the project's own development set for event typing (eval/dev/event_types_dev.tsv).

Short news-style snippets written for the project from the ACLED codebook's definitions, at least 15 per CASE
2021 code. Cues and rules are developed against this set; CASE 2021 (suite ``case2021``) stays held out.
The set lives in the repository, so this suite needs nothing from ../shared.
"""

from __future__ import annotations

import csv
from pathlib import Path

from frontwatch.evaluation.case2021 import code_result, score_snippets
from frontwatch.evaluation.common import EVAL_DIR, Options, SuiteResult, Timer

NAME = "types-dev"
DESCRIPTION = "own development set: snippet -> ACLED sub-event type (CASE codes); weighted/macro F1"
GATED = ("weighted_f1", "macro_f1", "accuracy")
DEV_SET = EVAL_DIR / "dev" / "event_types_dev.tsv"


def load_dev(path: Path = DEV_SET) -> list[tuple[str, str]]:
    """(code, snippet) rows; '#' lines are comments."""
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader)
    if header != ["code", "snippet"]:
        raise ValueError(f"unexpected header in {path}: {header}")
    return [(r[0].strip(), r[1].strip()) for r in reader]


def run(options: Options) -> SuiteResult:
    """Classify every dev snippet with classify_snippet and score the codes."""
    del options  # the set is in the repository
    with Timer() as timer:
        rows = load_dev()
        scores = score_snippets([text for _, text in rows], [code for code, _ in rows])
    return code_result(NAME, scores, len(rows), timer.seconds)
