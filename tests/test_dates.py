"""Date expressions against the publication date and the narrative anchor."""

from __future__ import annotations

import datetime as dt
import re

import pytest

import frontwatch
from conftest import shared_path
from frontwatch.reading.dates import find_dates
from frontwatch.reading.published import infer_published, parse_date
from frontwatch.records import DAY, MONTH, WEEK

SUNDAY = dt.date(2016, 11, 27)  # the seed's publication date, a Sunday


def one(text: str, published: dt.date | None = SUNDAY):  # type: ignore[no-untyped-def]
    mentions = find_dates(text, published)
    assert len(mentions) == 1, mentions
    mention = mentions[0]
    assert text[mention.start : mention.end] == mention.text
    return mention


@pytest.mark.parametrize(
    ("text", "span", "date", "kind"),
    [
        ("Rebels retreated Sunday, activists said.", "Sunday", "2016-11-27", "weekday"),
        ("The army advanced on Saturday.", "on Saturday", "2016-11-26", "weekday"),
        ("Shelling resumed Saturday evening in the east.", "Saturday evening", "2016-11-26", "weekday"),
        ("Clashes broke out on Monday night near the airport.", "on Monday night", "2016-11-21", "weekday"),
        ("Jets struck early on Monday, residents said.", "early on Monday", "2016-11-21", "weekday"),
        ("on Monday the army entered the town", "on Monday", "2016-11-21", "weekday"),
        ("The convoy was hit last Sunday.", "last Sunday", "2016-11-20", "weekday"),
        ("Talks resume next Tuesday.", "next Tuesday", "2016-11-29", "weekday"),
        ("On Nov. 19, the envoy proposed a truce.", "On Nov. 19", "2016-11-19", "absolute"),
        ("The siege began on 3 September.", "on 3 September", "2016-09-03", "absolute"),
        ("Fighting on December 2 was heavy.", "on December 2", "2015-12-02", "absolute"),
        ("It happened Tuesday 22 November 2016 at dawn.", "Tuesday 22 November 2016", "2016-11-22", "absolute"),
        ("The report dated 22/11/2016 said so.", "22/11/2016", "2016-11-22", "absolute"),
        ("The report dated 11/22/2016 said so.", "11/22/2016", "2016-11-22", "absolute"),
        ("Posted 2016-11-22 by the ministry.", "2016-11-22", "2016-11-22", "absolute"),
        ("The town fell on Nov. 27, 2016, after a week.", "on Nov. 27, 2016", "2016-11-27", "absolute"),
        ("Residents fled yesterday.", "yesterday", "2016-11-26", "relative"),
        ("The minister will speak today.", "today", "2016-11-27", "relative"),
        ("Jets struck the market this morning.", "this morning", "2016-11-27", "relative"),
        ("More strikes are expected tonight.", "tonight", "2016-11-27", "relative"),
        ("The city has been divided since 2012.", "since 2012", "2012-01-01", "since"),
        ("Rebels have held it since March 2013.", "since March 2013", "2013-03-01", "since"),
        ("Shelling has grown worse since mid-2012.", "since mid-2012", "2012-01-01", "since"),
        ("The group swept across the east in a lightning 2014 campaign.", "2014", "2014-01-01", "modifier"),
        ("Troops held the hill after the 2015 Russian offensive.", "2015", "2015-01-01", "modifier"),
        ("The plateau was lost in the Four-Week War of 1973.", "of 1973", "1973-01-01", "modifier"),
        ("The road has been cut since late March.", "since late March", "2016-03-01", "since"),
    ],
)
def test_expressions(text: str, span: str, date: str, kind: str) -> None:
    mention = one(text, dt.date(2016, 1, 3) if "December 2" in text else SUNDAY)
    assert (mention.text, mention.date.isoformat(), mention.kind) == (span, date, kind)


def test_of_and_a_year_dates_only_after_a_campaign_word() -> None:
    assert find_dates("Officials gave a toll of 2012 dead.", SUNDAY) == []


def test_weekday_is_latest_on_or_before_publication() -> None:
    monday = dt.date(2016, 11, 28)
    assert one("Jets struck on Sunday.", monday).date == SUNDAY
    assert one("Jets struck on Monday.", monday).date == monday
    assert one("Jets struck on Tuesday.", monday).date == dt.date(2016, 11, 22)


def test_precision_and_ranges() -> None:
    month = one("Fighting in November 2016 displaced thousands.")
    assert (month.date, month.end_date, month.time_precision) == (dt.date(2016, 11, 1), dt.date(2016, 11, 30), MONTH)
    week = one("Dozens were killed last week.")
    assert (week.date, week.end_date, week.time_precision) == (dt.date(2016, 11, 20), dt.date(2016, 11, 26), WEEK)
    assert one("In recent weeks, the government opened corridors.").kind == "period"
    months = one("In recent months, a campaign established a siege.")
    assert (months.kind, months.time_precision, months.end_date) == ("period", MONTH, SUNDAY)
    days = one("Over the past few days, hundreds fled.")
    assert (days.kind, days.time_precision, days.date, days.end_date) == ("period", WEEK, dt.date(2016, 11, 24), SUNDAY)
    hours = one("In the past 24 hours, 30 people died.")
    assert hours.time_precision == DAY and hours.date == dt.date(2016, 11, 26)


def test_anchored_expressions_follow_the_narrative() -> None:
    text = "On Nov. 19, the envoy spoke. A day earlier, jets struck. The next day, talks failed. Two days later, rebels left."
    got = [(m.text, m.date.isoformat(), m.kind) for m in find_dates(text, SUNDAY)]
    assert got == [
        ("On Nov. 19", "2016-11-19", "absolute"),
        ("A day earlier", "2016-11-18", "anchored"),
        ("The next day", "2016-11-19", "anchored"),
        ("Two days later", "2016-11-21", "anchored"),
    ]
    same = find_dates("On Saturday the army shelled the town. Later that day, rebels withdrew.", SUNDAY)
    assert [m.date for m in same] == [dt.date(2016, 11, 26)] * 2
    # with nothing before it, an anchored expression counts from the publication date
    assert one("A day earlier, the army announced gains.").date == dt.date(2016, 11, 26)


def test_offset_into_a_campaign() -> None:
    mentions = find_dates("On Saturday, 13 days into the offensive, the army took the district.", SUNDAY)
    offset = mentions[-1]
    assert (offset.text, offset.kind, offset.date, offset.time_precision) == (
        "13 days into the offensive",
        "offset",
        dt.date(2016, 11, 13),
        DAY,
    )


def test_month_names_that_are_words() -> None:
    assert find_dates("The talks may be delayed and protesters march on.", SUNDAY) == []
    assert find_dates("Crowds will March on the capital.", SUNDAY) == []
    assert one("The uprising began in March.").date == dt.date(2016, 3, 1)
    assert one("It was signed on May 5.").date == dt.date(2016, 5, 5)


def test_relative_expressions_need_a_publication_date() -> None:
    assert find_dates("Jets struck yesterday and on Sunday.", None) == []
    assert [m.date for m in find_dates("22 November 2016 SANA", None)] == [dt.date(2016, 11, 22)]


def test_parse_date_and_inference() -> None:
    assert parse_date("Wednesday 07 December 2016") == dt.date(2016, 12, 7)
    assert parse_date("17-08-2016") == dt.date(2016, 8, 17)
    assert parse_date("December 7th, 2016") == dt.date(2016, 12, 7)
    date, how = infer_published(captions=["Families arrive on Nov. 27, 2016, in Jibreen."], body="But Sunday, troops advanced.")
    assert (date, how) == (SUNDAY, "inferred:caption")
    assert infer_published(datelines=["Monday 21 November 2016"], captions=["on Nov. 27, 2016"]) == (
        dt.date(2016, 11, 21),
        "inferred:dateline",
    )
    assert infer_published(body="No dates at all here.") == (None, "unknown")


def test_seed_article_dates() -> None:
    from frontwatch.reading.documents import read_document

    document = read_document(shared_path("seed", "000_82fb5c8a9c3c66ef.txt").read_bytes())
    by_text = {m.text.lower(): m for m in find_dates(document.body, document.published)}
    assert by_text["sunday"].date == SUNDAY
    assert by_text["a day earlier"].date == dt.date(2016, 11, 26)
    assert by_text["later on sunday"].date == SUNDAY
    assert by_text["on nov. 19"].date == dt.date(2016, 11, 19)
    assert by_text["since 2012"].kind == "since" and by_text["since 2012"].date.year == 2012
    offset = next(m for m in by_text.values() if m.kind == "offset")
    assert offset.text.startswith("13 days into") and offset.date == dt.date(2016, 11, 13)
    assert all(re.search(r"\w", m.text) for m in by_text.values())


def test_a_long_article_resolves_every_repeat() -> None:
    # Speed is measured in bench/bench_documents.py, not here.
    sentence = "On Sunday, rebels shelled the district 13 days into the offensive, and a day earlier jets struck. "
    filler = "Residents said the situation in the besieged neighbourhoods was getting worse every hour. "
    text = (sentence + filler * 4) * 15  # about 1,000 words
    found = find_dates(text, SUNDAY)
    assert sum(1 for d in found if d.text == "On Sunday" and d.date == SUNDAY) == 15
    assert sum(1 for d in found if d.text == "a day earlier" and d.date == SUNDAY - dt.timedelta(days=1)) == 15


def test_ago_weekend_and_neighbouring_weeks() -> None:
    ago = one("The town fell three days ago.")
    assert (ago.text, ago.date, ago.time_precision) == ("three days ago", dt.date(2016, 11, 24), DAY)
    assert one("Talks collapsed two weeks ago.").time_precision == WEEK
    weekend = one("Dozens were killed over the weekend.")
    assert (weekend.date, weekend.end_date, weekend.time_precision) == (dt.date(2016, 11, 26), SUNDAY, WEEK)
    assert one("Dozens were killed last weekend.").date == dt.date(2016, 11, 19)
    week = find_dates("On Nov. 19 the envoy spoke. The following week, talks resumed.", SUNDAY)[-1]
    assert (week.kind, week.date, week.time_precision) == ("anchored", dt.date(2016, 11, 26), WEEK)


def test_inference_checks_written_weekdays() -> None:
    # 7 Dec 2016 was a Wednesday: a dateline that says Tuesday loses to one that agrees with itself
    got = infer_published(datelines=["Tuesday 07 December 2016", "Thursday 08 December 2016"])
    assert got == (dt.date(2016, 12, 8), "inferred:dateline")
    assert infer_published(datelines=["Wednesday 07 December 2016"]) == (dt.date(2016, 12, 7), "inferred:dateline")


def test_a_month_of_last_year_is_one_date_a_year_back() -> None:
    published = dt.date(2013, 8, 6)
    found = [(d.text, d.date) for d in find_dates("In August last year a car bomb killed 27 people.", published)]
    assert found == [("In August last year", dt.date(2012, 8, 1))]
    assert [d.date for d in find_dates("Last August a car bomb killed 27 people.", published)] == [dt.date(2012, 8, 1)]
    assert [d.date for d in find_dates("Last March the army took the town.", published)] == [dt.date(2013, 3, 1)]


def test_a_day_of_a_meeting_due_to_be_held_dates_nothing_after_it() -> None:
    import frontwatch
    reading = frontwatch.extract(
        "Opposition figures discussed the conference due to be held in Istanbul on May 25. Jets bombed the town of "
        "Saraqib, killing six people, activists said.", published="2016-05-14", outlet="AFP")
    assert [str(e.event_date) for e in reading.events if e.sub_event_type == "Air/drone strike"] == ["2016-05-14"]


@pytest.mark.parametrize("text, date", [
    ("On October 13th 30 people died when a bomb went off at a wedding.", "2016-10-13"),
    ("On October 13, 30 people died when a bomb went off at a wedding.", "2016-10-13"),
    ("On 4 October 12 fighters were killed near the dam.", "2016-10-04"),
])
def test_a_day_followed_by_a_count_is_still_a_day(text: str, date: str) -> None:
    """A number after a day and month opens the next phrase (a toll), unless it reads as a year or a time."""
    published = dt.date(2016, 10, 23)
    assert [m.date.isoformat() for m in find_dates(text, published)][:1] == [date]


def test_a_year_or_time_after_a_day_is_not_a_following_count() -> None:
    """ "May 15 1948" is no day of this year; "March 5 14:00" is a day and a time, not a day and a toll."""
    published = dt.date(2016, 10, 23)
    assert not [m for m in find_dates("The town was founded on May 15 1948 by settlers.", published) if m.date.year == 2016]
    assert not [m for m in find_dates("The vote opens March 5 14:00 local time.", published) if m.text.startswith("March 5")]


def test_a_day_after_with_a_clause_dates_the_earlier_act() -> None:
    """ "The strikes came a day after 40 people were killed": the clause after "a day after" tells an act a day
    before the story's day; "two days later" and "two days after." alone count forward."""
    sunday = dt.date(2016, 9, 11)
    text = "Jets hit the town on Sunday. The strikes came a day after 40 people were killed in Idlib."
    assert [m.date.isoformat() for m in find_dates(text, sunday)] == ["2016-09-11", "2016-09-10"]
    text = "Jets hit the town on Sunday. It came just two days before rebels were due to withdraw."
    assert [m.date.isoformat() for m in find_dates(text, sunday)] == ["2016-09-11", "2016-09-13"]
    text = "Jets hit the town on Sunday. Two days later rebels withdrew."
    assert [m.date.isoformat() for m in find_dates(text, sunday)] == ["2016-09-11", "2016-09-13"]


@pytest.mark.parametrize("text, date", [
    ("Rebels mulled a truce deal due to take effect on Monday.", "2016-09-12"),
    ("Talks are set to resume on Tuesday in Geneva.", "2016-09-13"),
    ("The council will vote on Friday on the plan.", "2016-09-16"),
    ("Jets struck the town on Monday.", "2016-09-05"),
])
def test_a_planned_weekday_is_the_coming_one(text: str, date: str) -> None:
    """A weekday of something due, set or willed is the one to come; a weekday of a told act the latest past one."""
    assert [m.date.isoformat() for m in find_dates(text, dt.date(2016, 9, 11))] == [date]


def test_a_planned_weekday_does_not_move_the_story_on() -> None:
    """The story stays on its own day after a plan's weekday: "a day after" counts back from publication."""
    text = "Rebels mulled a truce due to take effect on Monday. The talks came a day after jets killed 40 people."
    assert [m.date.isoformat() for m in find_dates(text, dt.date(2016, 9, 11))] == ["2016-09-12", "2016-09-10"]


def test_a_span_before_a_noun_and_a_verb_dates_that_clause() -> None:
    """ "comes one week after a suicide bomber blew himself up": a noun phrase and a past verb after "N days after"
    are a clause told that many days before; present "comes" counts from the report's day, not the last one named.
    "two days after the attack" names no act of its own."""
    thursday = dt.date(2016, 10, 13)
    text = "A photo from October 10 2016. The latest blast comes one week after a bomber blew himself up at a gate."
    assert [(m.date.isoformat(), m.time_precision) for m in find_dates(text, thursday)][-1] == ("2016-10-06", WEEK)
    text = "The shelling came five days after a car bomb exploded near the mosque."
    assert [m.date.isoformat() for m in find_dates(text, thursday)] == ["2016-10-08"]
    assert find_dates("The raid came two days after the attack on the town.", thursday) == []


def test_a_sentence_turning_elsewhere_goes_back_to_the_news_day() -> None:
    # the background date of the sentence before ("last year") does not date the incident told "elsewhere"
    reading = frontwatch.extract("Jihadists attacked a Kurdish town near Qamishli on Saturday, killing 12 people, a monitor said. "
                                 "The army withdrew from most Kurdish areas last year. Elsewhere in Syria gunmen attacked "
                                 "a checkpoint in Homs province killing four soldiers, the monitor said.",
                                 published="2013-08-17", outlet="AFP")
    assert sorted(str(e.event_date) for e in reading.events) == ["2013-08-17", "2013-08-17"]
