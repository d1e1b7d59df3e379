"""Evaluation suites that score the reading against real gold read from ../shared at run time.

``SUITES`` maps a suite name to its module (``module:name`` for a held-out set, one row of
``frontwatch.evaluation.heldout.SETS``); ``load_suite`` returns what has ``NAME``, ``DESCRIPTION``, ``GATED`` and
``run(options) -> SuiteResult``. ``FAST`` are the suites the CI gate runs (ucdp-headlines on its fixed
300-row sample).
"""

from __future__ import annotations

import importlib
from typing import Any

SUITES = {
    "seed": "frontwatch.evaluation.seed",
    "annotated": "frontwatch.evaluation.annotated",
    "annotated-heldout": "frontwatch.evaluation.heldout:annotated-heldout",
    "annotated-heldout2": "frontwatch.evaluation.heldout:annotated-heldout2",
    "annotated-heldout3": "frontwatch.evaluation.heldout:annotated-heldout3",
    "annotated-heldout4": "frontwatch.evaluation.heldout:annotated-heldout4",
    "annotated-heldout5": "frontwatch.evaluation.heldout:annotated-heldout5",
    "annotated-heldout6": "frontwatch.evaluation.heldout:annotated-heldout6",
    "annotated-heldout7": "frontwatch.evaluation.heldout:annotated-heldout7",
    "annotated-heldout8": "frontwatch.evaluation.heldout:annotated-heldout8",
    "annotated-heldout9": "frontwatch.evaluation.heldout:annotated-heldout9",
    "annotated-heldout10": "frontwatch.evaluation.heldout:annotated-heldout10",
    "annotated-heldout11": "frontwatch.evaluation.heldout:annotated-heldout11",
    "ucdp-headlines": "frontwatch.evaluation.ucdp_headlines",
    "case2021": "frontwatch.evaluation.case2021",
    "types-dev": "frontwatch.evaluation.types_dev",
    "aleppo-recall": "frontwatch.evaluation.aleppo_recall",
    "geowebnews": "frontwatch.evaluation.geowebnews",
}
# every suite with floors but the full ucdp-headlines (its sample is gated) and the held-out sets (never tuned on);
# aleppo-recall, types-dev and geowebnews take under a minute together and a drop there once went unnoticed
FAST = ("seed", "annotated", "ucdp-headlines", "case2021", "types-dev", "aleppo-recall", "geowebnews")
GATE_SAMPLE = 300  # ucdp-headlines rows scored by the gate



def load_suite(name: str) -> Any:
    """The suite module for ``name``, or its held-out set (same attributes)."""
    module, _, held_out = SUITES[name].partition(":")
    loaded = importlib.import_module(module)
    return loaded.BY_NAME[held_out] if held_out else loaded


__all__ = ["FAST", "GATE_SAMPLE", "SUITES", "load_suite"]
