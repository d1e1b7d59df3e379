"""annotated-heldout2: a second held-out set, annotated after the first one had been used for development.

eval/annotations/heldout2/fakes_*.json were written from the articles alone, before the reader's output on them
was seen (Ahram/AFP, Jordan Times, Al-Alam/Press TV, Al Arabiya/Reuters, Reuters; Aleppo, Homs, Raqqa,
Deir ez-Zor; 2014-2017). Once annotated-heldout's failures were moved into development it no longer tells how
the reading does on unseen articles; this set does, as long as nobody tunes on it. Scored like ``annotated``,
pinned by no floor.

Studied since 2026-11-30: its event-by-event failures were read to find general faults once annotated-heldout4
and -heldout5 had taken over as unseen sets; its last blind scores are in the README. It now tells how fixes
found on it hold, not how the reading does on unseen articles.
"""

from __future__ import annotations

from frontwatch.evaluation.annotated import score_folder
from frontwatch.evaluation.common import Options, SuiteResult

NAME = "annotated-heldout2"
DESCRIPTION = "FA-KES articles annotated by hand for a second held-out set (eval/annotations/heldout2)"
GATED: tuple[str, ...] = ()  # held out: reported, never pinned


def run(options: Options) -> SuiteResult:
    """Score every eval/annotations/heldout2/fakes_*.json article."""
    return score_folder(NAME, options, "heldout2/fakes_*.json")
