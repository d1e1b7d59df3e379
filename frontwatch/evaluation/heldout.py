"""The held-out sets: FA-KES articles annotated from the text alone and kept out of development.

Each set is a folder eval/annotations/<folder>/ of gold files in the ``annotated`` form, with a README.md telling
which articles it holds, how they were annotated and whether the set is still unseen. A set is *unseen* until
its failures are first read event by event: until then its scores tell how the reading does on articles nobody
tuned on. After that it is *studied* (the README records its last blind scores) and tells how the fixes found on
it hold. Every set is scored like ``annotated`` and pinned by no floor.

A held-out suite has the attributes of a suite module (``NAME``, ``DESCRIPTION``, ``GATED``, ``run``), so
``frontwatch.evaluation.load_suite`` hands either to the eval command; adding a set is one row in ``SETS``.
"""

from __future__ import annotations

from dataclasses import dataclass

from frontwatch.evaluation.annotated import score_folder
from frontwatch.evaluation.common import Options, SuiteResult


@dataclass(frozen=True, slots=True)
class HeldOutSuite:
    """One held-out set, shaped like a suite module."""

    NAME: str
    folder: str  # under eval/annotations
    DESCRIPTION: str
    GATED: tuple[str, ...] = ()  # held out: reported, never pinned

    def run(self, options: Options) -> SuiteResult:
        """Score every eval/annotations/<folder>/fakes_*.json article."""
        return score_folder(self.NAME, options, f"{self.folder}/fakes_*.json")


SETS = (
    HeldOutSuite("annotated-heldout", "heldout", "FA-KES articles annotated by hand and held out of development (eval/annotations/heldout)"),
    HeldOutSuite("annotated-heldout2", "heldout2", "FA-KES articles annotated by hand for a second held-out set (eval/annotations/heldout2)"),
    HeldOutSuite("annotated-heldout3", "heldout3", "FA-KES articles annotated by hand for a third held-out set (eval/annotations/heldout3)"),
    HeldOutSuite("annotated-heldout4", "heldout4", "FA-KES articles annotated by hand for a fourth held-out set (eval/annotations/heldout4)"),
    HeldOutSuite("annotated-heldout5", "heldout5", "FA-KES articles annotated by hand for a fifth held-out set (eval/annotations/heldout5)"),
    HeldOutSuite("annotated-heldout6", "heldout6", "FA-KES articles annotated by hand for a sixth held-out set (eval/annotations/heldout6)"),
    HeldOutSuite("annotated-heldout7", "heldout7", "FA-KES articles annotated by hand for a seventh held-out set (eval/annotations/heldout7)"),
    HeldOutSuite("annotated-heldout8", "heldout8", "FA-KES articles annotated by hand for an eighth held-out set (eval/annotations/heldout8)"),
    HeldOutSuite("annotated-heldout9", "heldout9", "FA-KES articles annotated by hand for a ninth held-out set (eval/annotations/heldout9)"),
    HeldOutSuite("annotated-heldout10", "heldout10", "FA-KES articles annotated by hand for a tenth held-out set (eval/annotations/heldout10)"),
    HeldOutSuite("annotated-heldout11", "heldout11", "FA-KES articles annotated by hand for an eleventh held-out set (eval/annotations/heldout11)"),
)
BY_NAME = {s.NAME: s for s in SETS}
