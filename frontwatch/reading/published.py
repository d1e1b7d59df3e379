"""The publication date, read off the page when the caller gives none.

Datelines ("Monday 21 November 2016", "Published November 23 2017") decide; else the dates in
photo captions (taken the day of the report); else full dates in the body. Dates are checked
against the weekday names the text uses.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from frontwatch.reading.dates import find_dates, weekday_number
from frontwatch.records import DAY


def parse_date(text: str) -> dt.date | None:
    """One absolute date written any common way ("Tuesday 22 November 2016", "22/11/2016", "2016-11-22")."""
    for mention in find_dates(text, None):
        if mention.kind in ("absolute", "since") and mention.time_precision == DAY:
            return mention.date
    import dateparser  # slow to import and to run: only for formats the regexes do not know

    parsed = dateparser.parse(text, languages=["en"], settings={"STRICT_PARSING": True})
    return parsed.date() if parsed else None


_RANK = {"dateline": 3, "caption": 2, "body": 1}


def _written_weekday(text: str) -> int | None:
    # "Tuesday 22 November 2016", "on Sunday, Nov. 27, 2016": the weekday the writer gave, if any
    return next((n for word in re.findall(r"[A-Za-z]+", text) if (n := weekday_number(word)) is not None), None)


def infer_published(
    datelines: Sequence[str] = (), captions: Sequence[str] = (), body: str = ""
) -> tuple[dt.date | None, str]:
    """Publication date from the page itself, and how it was found.

    A full date in a dateline decides; else photo captions (taken the day of the report); else
    dates in the body. Within one kind, a date written more often wins, and a date whose weekday
    the body names ("Sunday") gains a vote, because reports name the day of the events they
    cover; a date written with the wrong weekday ("Tuesday 7 December 2016") counts little.
    Returns (None, "unknown") when nothing fits.
    """
    weekdays = {m.date.weekday() for m in find_dates(body, dt.date(2000, 1, 2)) if m.kind == "weekday"}
    votes: dict[tuple[dt.date, str], float] = {}
    for how, texts in (("dateline", datelines), ("caption", captions), ("body", [body])):
        for text in texts:
            for mention in find_dates(text, None):
                if mention.time_precision == DAY and mention.kind == "absolute":
                    written = _written_weekday(mention.text)
                    weight = 1.0 if written in (None, mention.date.weekday()) else 0.25
                    votes[(mention.date, how)] = votes.get((mention.date, how), 0.0) + weight
    if not votes:
        return None, "unknown"

    def score(item: tuple[tuple[dt.date, str], float]) -> tuple[float, float, dt.date]:
        (date, how), weight = item
        return _RANK[how], weight + (1.0 if date.weekday() in weekdays else 0.0), date

    (date, how), _ = max(votes.items(), key=score)
    return date, f"inferred:{how}"
