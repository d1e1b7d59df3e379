"""Date expressions -> calendar dates, against the publication date and the narrative anchor.

A weekday means the latest such day on or before the publication date ("Sunday" in a Sunday
article is that Sunday). Anchored expressions ("a day earlier", "the next day") count from the
previous day-precision date in the text, falling back to the publication date. Every mention
carries ACLED's time_precision (1 day, 2 week, 3 month). Regexes are compiled once and run only
around trigger words, so a 1,000-word article takes about a millisecond.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from frontwatch.reading.cleaning import lexicon_rows
from frontwatch.records import DAY, MONTH, WEEK, DateMention

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
_WEEKDAY_ABBR = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6}


def weekday_number(name: str) -> int | None:
    """Monday = 0 ... Sunday = 6 for a weekday name or abbreviation ("Sun", "Tues"); None otherwise."""
    name = name.lower().rstrip(".")
    return _WEEKDAYS.get(name, _WEEKDAY_ABBR.get(name))


def month_number(name: str) -> int | None:
    """1 ... 12 for a capitalised month name or abbreviation ("April", "Sept."); None otherwise (lower-case
    "may" and "march" are a modal and a verb)."""
    if not name[:1].isupper():
        return None
    return _MONTHS.get(name.lower().rstrip("."))


def _alt(names: Iterable[str]) -> str:
    # Capitalised or upper-case only: "may"/"march" in lower case are a verb and a modal.
    forms = sorted({f for n in names for f in (n.capitalize(), n.upper())}, key=len, reverse=True)
    return "|".join(forms)


_MON = rf"\b(?P<m>{_alt(_MONTHS)})\.?"
_MON_FULL = rf"(?P<m>{_alt(n for n in _MONTHS if len(n) > 3 or n == 'may')})"
_WD = rf"(?P<wd>{_alt(_WEEKDAYS)})"
_DAYNUM = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<y>(?:19|20)\d\d)"
# After a day and month with no year: not a year the patterns above could not read ("May 15 1948") nor a time
# ("March 5 14:00"); any other number is the next phrase's ("On October 13th 30 people were killed").
_NO_YEAR_AFTER = r"(?!\s*,?\s*(?:\d{4}(?!\d)|\d{1,2}[:.]\d\d))"
_SINCE = r"(?P<since>[Ss]ince\s+)(?:(?:[Ee]arly|[Ll]ate|[Mm]id)[\s-]+)?"  # "since mid-2012", "since late March"
# Words before a date that belong to the expression. They are matched backwards from the core
# match (see _extend_left) so that every pattern starts with a required token, which lets the
# regex engine skip ahead quickly.
_LEFT_WEEKDAY = re.compile(rf"\b(?:{_alt(list(_WEEKDAYS) + list(_WEEKDAY_ABBR))})\.?,?\s+(?:the\s+)?$")
_LEFT_WORDS = re.compile(
    r"\b(?:(?P<since>[Ss]ince)|[Oo]n|[Ii]n|[Bb]y|[Uu]ntil|[Ff]rom|[Dd]uring|[Ll]ast|[Nn]ext|[Tt]his|"
    r"(?:[Ee]arly|[Ll]ate|[Ll]ater|[Ee]arlier|[Mm]id)(?:\s+on|\s+in)?)[\s-]+$"
)
_EXTENDS = {"dmy": True, "mdy": True, "iso": True, "numeric": True, "dm": True, "md": True, "my": True, "weekday": False}


@functools.cache
def _words() -> tuple[dict[str, int], tuple[str, ...]]:
    numbers: dict[str, int] = {}
    campaigns: list[str] = []
    for row in lexicon_rows("date_words.tsv"):
        if row[0] == "number":
            numbers[row[1]] = int(row[2])
        elif row[0] == "campaign":
            campaigns.append(row[1])
    return numbers, tuple(campaigns)


# "comes one week after a suicide bomber blew himself up": a noun phrase then a past-tense verb is a clause, told
# a week before the story's day ("two days after the attack" alone names no act of its own)
# ("the massacre that took place", "the truce brokered by X" describe a noun: no clause of their own)
_CLAUSE_AHEAD = r"(?!(?:\s+(?!(?:that|which|who|where)\b)[\w'-]+){1,4}?\s+(?:\w+(?<!arm)ed(?!\s+by\b)|blew|hit|struck|shot|took|fell|was|were|had)\b)"


@functools.cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    numbers, campaigns = _words()
    num = "|".join(sorted((re.escape(n) for n in numbers), key=len, reverse=True))
    num = rf"(?P<n>\d{{1,3}}|(?i:{num}))"
    campaign = "|".join(re.escape(c) for c in campaigns)
    day_part = r"(?:\s+(?:morning|afternoon|evening|night))?"
    specs = [
        # absolute, day precision
        ("dmy", rf"\b{_DAYNUM}(?:\s+of)?\s+{_MON},?\s+{_YEAR}\b"),
        ("mdy", rf"{_MON}\s+{_DAYNUM},?\s+{_YEAR}\b"),
        ("mdy", rf"{_MON}\s+(?P<d>[0-3]\d)(?P<y>20\d\d)\b"),  # "Jul 012016" (scraped)
        ("iso", rf"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
        ("numeric", rf"\b(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)\d\d)(?!\d)"),
        ("dm", rf"\b{_DAYNUM}(?:\s+of)?\s+{_MON_FULL}\b{_NO_YEAR_AFTER}"),
        ("md", rf"{_MON}\s+{_DAYNUM}\b{_NO_YEAR_AFTER}(?!\s+(?:people|civilians|of)\b)"),
        # month and year precision
        ("my", rf"{_MON},?\s+{_YEAR}\b"),
        ("m", rf"(?:{_SINCE}|\b(?:[Ii]n|[Bb]y|[Uu]ntil|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id-|[Ll]ast|[Tt]his)\s+){_MON_FULL}\b"),
        ("y", rf"(?:{_SINCE}|\b(?:[Ii]n|[Dd]uring|[Uu]ntil|[Ee]arly|[Ll]ate|[Mm]id-)\s*){_YEAR}\b(?![-/.]\d)"),
        # "a lightning 2014 campaign", "the 2015 Russian offensive": a year naming a campaign dates what it did
        ("ymod", rf"\b{_YEAR}(?=\s+(?:[A-Za-z-]+\s+)?(?:{campaign})\b)"),
        # "the Six-Day War of 1967", "the uprising of 2011": a year after a campaign word and "of" (the word is
        # checked in _resolve, a look-behind cannot hold words of several lengths)
        ("yof", rf"\bof\s+{_YEAR}\b(?![-/.]\d)"),
        # relative to the publication date
        # "Monday's raid", and "Mondays raid" in copies that lost the apostrophe (not "on Mondays in ...")
        ("weekday", rf"\b{_WD}(?:s(?=\s+(?!(?:in|on|at|and|or|the|a|of|to|for|when|as|after|before)\b)[a-z]))?\b{day_part}"),
        ("relative", r"\b(?P<rel>(?i:the\s+day\s+before\s+yesterday|yesterday(?:s(?=\s+[a-z]))?(?:\s+(?:morning|afternoon|evening))?|last\s+night|"
                     r"(?:earlier\s+|later\s+)?today|this\s+(?:morning|afternoon|evening)|tonight|tomorrow|"
                     r"last\s+week|this\s+week|last\s+month|this\s+month|last\s+year|this\s+year|"
                     r"(?:over|at|during)\s+the\s+weekend|(?:last|this)\s+weekend))\b"),
        ("ago", rf"\b{num}\s+(?P<unit5>days?|weeks?|months?|years?)\s+ago\b"),
        ("period", rf"\b(?i:(?:over|in|during|for)\s+(?:the\s+)?(?:past|last|recent|previous)\s+(?:{num}\s+)?(?P<unit>hours?|days?|weeks?|months?|years?)"
                   rf"|in\s+recent\s+(?P<unit2>days|weeks|months|years))\b"),
        ("anchored", rf"\b(?i:(?P<rel2>the\s+(?:next|following|previous|same)\s+(?:day|morning|evening|night|week)|"
                     r"the\s+day\s+(?:before|after)|(?:earlier|later)\s+(?:that|the\s+same)\s+(?:day|morning|evening|night)|"
                     r"later\s+in\s+the\s+day|that\s+(?:day|night|morning|evening)|hours\s+later|minutes\s+later)"
                     rf"|{num}\s+(?P<unit3>days?|weeks?)\s+(?P<dir>earlier|later|before|after)(?!\s+(?:the|a|an|his|her|its|their|it)\b{_CLAUSE_AHEAD}))\b"),
        ("offset", rf"\b{num}\s+(?P<unit4>days?|weeks?|months?)\s+(?:into|after\s+the\s+start\s+of)\s+"
                   rf"(?:(?:an?|the|its|their|this)\s+)?(?:[\w-]+\s+){{0,4}}?(?P<what>{campaign})\b"),
    ]  # fmt: skip
    return tuple((name, re.compile(p)) for name, p in specs)


@dataclass(frozen=True, slots=True)
class _Hit:
    name: str
    start: int
    end: int
    match: re.Match[str]
    since: bool = False


# Which trigger family each pattern needs, and how far around a trigger its matches can reach.
_FAMILY = {
    "dmy": "mon", "mdy": "mon", "dm": "mon", "md": "mon", "my": "mon", "m": "mon",
    "iso": "num", "numeric": "num", "y": "num", "ymod": "num", "yof": "num", "weekday": "wd",
    "relative": "kw", "ago": "kw", "period": "kw", "anchored": "kw", "offset": "kw",
}  # fmt: skip
_REACH = {"mon": (14, 16), "num": (12, 40), "wd": (2, 22), "kw": (48, 80)}  # "num": "2014 military campaign" reads ahead


@functools.cache
def _trigger() -> re.Pattern[str]:
    # Every date expression contains one of these words; the full patterns only run around
    # them (Python's re tries patterns at every position, which is slow on long articles).
    return re.compile(
        rf"(?P<num>\d+)|\b(?:(?P<mon>{_alt(_MONTHS)})|(?P<wd>{_alt(list(_WEEKDAYS) + list(_WEEKDAY_ABBR))})s?)\b|"
        r"(?P<kw>(?i:\b(?:yesterdays?|today|tonight|tomorrow|weeks?|months?|years?|days?|"
        r"night|morning|evening|afternoon|hours?|minutes|weekend)\b))"
    )


def _windows(text: str) -> dict[str, list[tuple[int, int]]]:
    windows: dict[str, list[tuple[int, int]]] = {family: [] for family in _REACH}
    for m in _trigger().finditer(text):
        family = m.lastgroup or "kw"
        before, after = _REACH[family]
        start, end = max(0, m.start() - before), min(len(text), m.end() + after)
        spans = windows[family]
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], end))
        else:
            spans.append((start, end))
    return windows


def find_dates(text: str, published: dt.date | None) -> list[DateMention]:
    """Date expressions in ``text``, resolved, in text order (offsets into ``text``)."""
    windows = _windows(text)
    hits = _non_overlapping(
        _extend_left(text, name, m)
        for name, pattern in _patterns()
        for start, end in windows[_FAMILY[name]]
        for m in pattern.finditer(text, start, end)
    )
    mentions: list[DateMention] = []
    anchor = published
    for hit in hits:
        mention = _resolve(text, hit, published, anchor)
        if mention is None:
            continue
        mentions.append(mention)
        if mention.time_precision == DAY and mention.kind in ("absolute", "weekday", "relative", "anchored"):
            anchor = mention.date  # the narrative now stands on this day
    return _months_of_last_year(text, mentions, published)


_LAST_YEAR = re.compile(r"\s*,?\s*last\s+year$", re.I)


def _months_of_last_year(text: str, mentions: list[DateMention], published: dt.date | None) -> list[DateMention]:
    """ "In August last year" is one date, August of the year before; so is "last August" said in August. A
    month named without its year otherwise means the latest such month up to the publication date."""
    if published is None:
        return mentions
    out: list[DateMention] = []
    for mention in mentions:
        month_only = mention.kind == "absolute" and mention.time_precision == MONTH and not re.search(r"\d{4}", mention.text)
        before = out[-1] if out else None
        if (mention.kind == "relative" and before is not None and before.kind == "absolute" and before.time_precision == MONTH
                and not re.search(r"\d{4}", before.text) and _LAST_YEAR.fullmatch(text[before.end : mention.end])):
            out[-1] = replace(before, text=text[before.start : mention.end], end=mention.end,
                              date=before.date.replace(year=published.year - 1))
            continue
        if month_only and mention.text.lower().startswith("last ") and mention.date.year == published.year \
                and mention.date.month == published.month:
            mention = replace(mention, date=mention.date.replace(year=published.year - 1))
        out.append(mention)
    return out


def _extend_left(text: str, name: str, m: re.Match[str]) -> _Hit:
    start, since = m.start(), bool(m.groupdict().get("since"))
    if name in _EXTENDS:
        before = text[max(0, start - 40) : start]
        weekday = _LEFT_WEEKDAY.search(before) if _EXTENDS[name] else None
        if weekday:
            start -= len(before) - weekday.start()
            before = before[: weekday.start()]
        words = _LEFT_WORDS.search(before)
        if words:
            start -= len(before) - words.start()
            since = bool(words.group("since"))
    return _Hit(name, start, m.end(), m, since)


def _non_overlapping(hits: Iterable[_Hit]) -> list[_Hit]:
    chosen: list[_Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start - h.end, h.start)):
        if all(hit.end <= c.start or hit.start >= c.end for c in chosen):
            chosen.append(hit)
    return sorted(chosen, key=lambda h: h.start)


def _campaign_before(text: str, start: int) -> bool:
    """A campaign word (lexicons/date_words.tsv) ends right before ``start``: "the War of 1967"."""
    words = re.findall(r"[\w-]+", text[max(0, start - 30) : start])
    return bool(words) and words[-1].lower() in _words()[1]


def _resolve(text: str, hit: _Hit, published: dt.date | None, anchor: dt.date | None) -> DateMention | None:
    m, name = hit.match, hit.name
    groups = m.groupdict()
    since = hit.since
    date: dt.date | None
    end_date: dt.date | None = None
    precision, kind = DAY, "absolute"
    if name in ("dmy", "mdy", "iso", "numeric"):
        date = _absolute(groups)
    elif name in ("dm", "md"):
        date = _without_year(_month(groups["m"]), int(groups["d"]), published)
    elif name in ("my", "m"):
        month = _month(groups["m"])
        year = int(groups["y"]) if groups.get("y") else _year_of_month(month, published)
        if year is None or month is None:
            return None
        date, end_date, precision = dt.date(year, month, 1), _month_end(year, month), MONTH
    elif name in ("y", "ymod", "yof"):
        if name == "yof" and not _campaign_before(text, hit.start):
            return None
        year = int(groups["y"])
        date, end_date, precision = dt.date(year, 1, 1), dt.date(year, 12, 31), MONTH
        kind = "modifier" if name in ("ymod", "yof") else kind
    elif name == "weekday":
        base = published or anchor
        if base is None:
            return None
        words, kind = text[hit.start : hit.end], "weekday"
        if _planned_before(text, hit.start) and not words.lower().startswith(("last", "next")):
            # "a truce due to take effect on Monday": the Monday to come, a day the story has not reached
            # (the narrative does not move to it, and it names no day of the events told)
            words, kind = "next " + words, "planned"
        date = _weekday(groups["wd"], words, base)
    elif name == "relative":
        if published is None:
            return None
        date, end_date, precision, kind = _relative(groups["rel"].lower(), published)
    elif name == "ago":  # "three days ago", "two weeks ago"
        if published is None:
            return None
        n, unit = _count(groups["n"]), groups["unit5"].lower().rstrip("s")
        days = {"day": 1, "week": 7, "month": 30, "year": 365}[unit] * n
        date, kind = published - dt.timedelta(days=days), "relative"
        precision = {"day": DAY, "week": WEEK}.get(unit, MONTH)
    elif name == "period":
        if published is None:
            return None
        date, end_date, precision, kind = _period(groups, published)
    elif name == "anchored":
        if anchor is None:
            return None
        clause = _introduces_clause(text, m.end())
        if clause and published is not None and re.search(r"\bcomes?\s+$", text[max(0, hit.start - 8) : hit.start]):
            anchor = published  # "the attack comes a week after ...": measured from the story's own day, now
        date, precision, kind = _anchored(groups, anchor, clause)
    else:  # offset: "13 days into the offensive" -> the offensive began 13 days before the anchor
        if anchor is None:
            return None
        n, unit = _count(groups["n"]), groups["unit4"].lower().rstrip("s")
        days = {"day": 1, "week": 7, "month": 30}[unit] * n
        date, kind = anchor - dt.timedelta(days=days), "offset"
        precision = {"day": DAY, "week": WEEK, "month": MONTH}[unit]
    if date is None:
        return None
    if since:
        kind, end_date = "since", published
    return DateMention(text[hit.start : hit.end], hit.start, hit.end, date, precision, kind, end_date)


def _month(name: str | None) -> int | None:
    return _MONTHS.get(name.lower().rstrip(".")) if name else None


def _absolute(groups: dict[str, str | None]) -> dt.date | None:
    year = int(groups["y"] or 0)
    if groups.get("a"):  # numeric: day first (the region's usage) unless that cannot be
        a, b = int(groups["a"] or 0), int(groups["b"] or 0)
        day, month = (a, b) if b <= 12 else (b, a)
    else:
        month_text = groups["m"] or ""
        month = int(month_text) if month_text.isdigit() else (_month(month_text) or 0)
        day = int(groups["d"] or 0)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _without_year(month: int | None, day: int, published: dt.date | None) -> dt.date | None:
    if month is None or published is None:
        return None
    best: dt.date | None = None
    best_cost = 0
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        # Reports look back far more often than ahead: a future date costs double.
        cost = (published - candidate).days if candidate <= published else 2 * (candidate - published).days
        if best is None or cost < best_cost:
            best, best_cost = candidate, cost
    return best


def _year_of_month(month: int | None, published: dt.date | None) -> int | None:
    if month is None or published is None:
        return None
    return published.year if month <= published.month else published.year - 1


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


_PLANNED = re.compile(r"\b(?:will|(?:is|are|was|were)\s+(?:due|set|scheduled|slated|expected)\s+to|due\s+to\s+(?:take|come|go|start|begin|enter|resume))\b[^.;!?]{0,40}$", re.I)


def _planned_before(text: str, start: int) -> bool:
    """ "a deal due to take effect on Monday", "talks are set to resume on Tuesday", "will vote on Friday": a
    weekday of a plan told before publication is the coming one, not the latest past one."""
    return bool(_PLANNED.search(text[max(0, start - 70) : start]))


def _weekday(name: str, words: str, base: dt.date) -> dt.date:
    target = _WEEKDAYS[name.lower()]
    lowered = words.lower()
    if lowered.startswith("next"):
        return base + dt.timedelta(days=(target - base.weekday() - 1) % 7 + 1)
    date = base - dt.timedelta(days=(base.weekday() - target) % 7)
    if lowered.startswith("last") and date == base:
        date -= dt.timedelta(days=7)
    return date


def _relative(rel: str, published: dt.date) -> tuple[dt.date, dt.date | None, int, str]:
    rel = " ".join(rel.split())
    if rel == "the day before yesterday":
        return published - dt.timedelta(days=2), None, DAY, "relative"
    if rel.startswith("yesterday") or rel == "last night":
        return published - dt.timedelta(days=1), None, DAY, "relative"
    if rel.endswith("weekend"):  # the latest Saturday-Sunday on or before publication
        saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7)
        if rel.startswith("last") and published - saturday <= dt.timedelta(days=1):
            saturday -= dt.timedelta(days=7)
        return saturday, saturday + dt.timedelta(days=1), WEEK, "relative"
    if rel == "tomorrow":
        return published + dt.timedelta(days=1), None, DAY, "relative"
    if rel == "last week":
        return published - dt.timedelta(days=7), published - dt.timedelta(days=1), WEEK, "relative"
    if rel == "this week":
        return published - dt.timedelta(days=published.weekday()), published, WEEK, "relative"
    if rel == "last month":
        first = (published.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
        return first, _month_end(first.year, first.month), MONTH, "relative"
    if rel == "this month":
        return published.replace(day=1), published, MONTH, "relative"
    if rel == "last year":
        return dt.date(published.year - 1, 1, 1), dt.date(published.year - 1, 12, 31), MONTH, "relative"
    if rel == "this year":
        return dt.date(published.year, 1, 1), published, MONTH, "relative"
    return published, None, DAY, "relative"  # today, this morning, tonight ...


def _count(word: str | None) -> int:
    if not word:
        return 1
    if word.isdigit():
        return int(word)
    return _words()[0].get(" ".join(word.lower().split()), 1)


def _period(groups: dict[str, str | None], published: dt.date) -> tuple[dt.date, dt.date | None, int, str]:
    unit = (groups.get("unit") or groups.get("unit2") or "day").lower().rstrip("s")
    # "in recent weeks" has no count: a few of the unit.
    unit_word = groups.get("unit") or ""
    n = _count(groups.get("n")) if groups.get("n") else (1 if unit_word and not unit_word.endswith("s") else 3)
    days = {"hour": 1 / 24, "day": 1, "week": 7, "month": 30, "year": 365}[unit] * n
    days = max(1, round(days))
    precision = DAY if days <= 1 else WEEK if days <= 14 else MONTH
    return published - dt.timedelta(days=days), published, precision, "period"


def _introduces_clause(text: str, end: int) -> bool:
    """ "came a day after 40 civilians were killed": words after "N days after" tell the earlier act the sentence
    is measured from (not "... two days after." nor "two days after, rebels withdrew")."""
    return bool(re.match(r"\s+[\w\"“]", text[end : end + 3]))


def _anchored(groups: dict[str, str | None], anchor: dt.date, clause: bool = False) -> tuple[dt.date, int, str]:
    """The day a phrase counts from the story's day: "the next day", "two days later", "a week earlier". "A day
    after" (before) with a clause after it ("The strikes came a day after 40 people were killed in Idlib") dates
    that clause: its act is a day before (after) the story's day."""
    phrase = " ".join((groups.get("rel2") or "").lower().split())
    if phrase.endswith("week"):
        step = dt.timedelta(days=7 if ("next" in phrase or "following" in phrase) else -7 if "previous" in phrase else 0)
        return anchor + step, WEEK, "anchored"
    if phrase:
        if any(w in phrase for w in ("next", "following", "day after")):
            return anchor + dt.timedelta(days=1), DAY, "anchored"
        if any(w in phrase for w in ("previous", "day before")):
            return anchor - dt.timedelta(days=1), DAY, "anchored"
        return anchor, DAY, "anchored"  # that day, later that day, hours later ...
    n = _count(groups.get("n"))
    unit = (groups.get("unit3") or "day").lower().rstrip("s")
    days = n * (7 if unit == "week" else 1)
    direction = (groups.get("dir") or "").lower()
    sign = -1 if direction in ("earlier", "before") else 1
    if clause and direction in ("after", "before"):
        sign = -sign
    return anchor + dt.timedelta(days=sign * days), (WEEK if unit == "week" else DAY), "anchored"
