"""annotated-heldout: the annotated suite's scoring on FA-KES articles kept out of development.

eval/annotations/heldout/fakes_*.json were written from the articles alone (new outlets and provinces:
NNA, Sputnik, Asharq Al-Awsat, TASS, a TRT round-up; Latakia, Quneitra, Hasakah, Tartus) and committed
before the reader was tuned further. They are scored the same way as ``annotated`` but pinned by no
floor, so that they keep telling how the reading does on articles nobody looked at while changing it.
"""

from __future__ import annotations

from frontwatch.evaluation.annotated import score_folder
from frontwatch.evaluation.common import Options, SuiteResult

NAME = "annotated-heldout"
DESCRIPTION = "FA-KES articles annotated by hand and held out of development (eval/annotations/heldout)"
GATED: tuple[str, ...] = ()  # held out: reported, never pinned


def run(options: Options) -> SuiteResult:
    """Score every eval/annotations/heldout/fakes_*.json article."""
    return score_folder(NAME, options, "heldout/fakes_*.json")
