"""annotated-heldout3: a third held-out set, annotated from the article texts alone and never used for development.

eval/annotations/heldout3/fakes_*.json were written from the articles alone, before the reader's output on them
was seen (Ahram/AFP, Daily Sabah, Al-Araby, TRT, Al Arabiya, Al-Manar/SANA, Al-Alam; Latakia, Aleppo, Idlib,
Deir ez-Zor, Hasakah, Homs, Rif Dimashq; 2015-2016). Every event carries its own toll where the text gives one
and every statement of who holds a place is a control record, so this set measures per-event fatalities and
control as well as events and figures on unseen articles, as long as nobody tunes on it. Scored like
``annotated``, pinned by no floor.

Studied since 2026-11-30, like annotated-heldout2 (its last blind scores are in the README); annotated-heldout5 is
the unseen set now.
"""

from __future__ import annotations

from frontwatch.evaluation.annotated import score_folder
from frontwatch.evaluation.common import Options, SuiteResult

NAME = "annotated-heldout3"
DESCRIPTION = "FA-KES articles annotated by hand for a third held-out set (eval/annotations/heldout3)"
GATED: tuple[str, ...] = ()  # held out: reported, never pinned


def run(options: Options) -> SuiteResult:
    """Score every eval/annotations/heldout3/fakes_*.json article."""
    return score_folder(NAME, options, "heldout3/fakes_*.json")
