"""annotated-heldout5: a fifth held-out set, annotated from the article texts alone and never used for development.

eval/annotations/heldout5/fakes_*.json were written from each article's title and body only, before the reader had
read them or anyone had seen its output on them (Al-Manar, Jordan Times/AFP, Asharq Al-Awsat/Reuters, SANA, Daily
Sabah, Al-Alam/FNA, Sputnik, Reuters, the Syrian Coalition, Al-Araby; Aleppo, Hama, Homs, Deir ez-Zor, Sweida, Daraa,
Hasakah, Idlib, Rif Dimashq; 2014, 2016 and 2017). Each event has the toll the text gives it, each figure its source,
and each statement of who holds a place a control record, with the control list marked complete, so the set
measures per-event fatalities, control (precision included) and sourced figures on articles nobody tuned on. Three
articles carry a date of their own that disagrees with the corpus date by under a week: their ``published`` is that
date, so weekdays in the text resolve to the days meant (see each file's ``_about``). Scored like ``annotated``,
pinned by no floor.
"""

from __future__ import annotations

from frontwatch.evaluation.annotated import score_folder
from frontwatch.evaluation.common import Options, SuiteResult

NAME = "annotated-heldout5"
DESCRIPTION = "FA-KES articles annotated by hand for a fifth held-out set (eval/annotations/heldout5)"
GATED: tuple[str, ...] = ()  # held out: reported, never pinned


def run(options: Options) -> SuiteResult:
    """Score every eval/annotations/heldout5/fakes_*.json article."""
    return score_folder(NAME, options, "heldout5/fakes_*.json")
