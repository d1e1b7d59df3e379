"""A definite mention ("the strike on Abbad", "Monday's raid", "the battle for Aleppo") that tells an event
again while reading.events reads the article: ``refine`` places an earlier event of the same kind and day more
precisely, ``covered`` says a retelling adds no event, ``campaign_told`` that a running total belongs to the
campaign of an event already told.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import replace

from frontwatch.reading.sides import VIOLENT
from frontwatch.reading.tellings import place_key, pooled, specific_of, within
from frontwatch.records import Event, Location


GENERIC_ACTS = frozenset({"attack", "raid", "strike", "assault", "bombing", "bombardment", "incident"})
_DAY_OWNED_REACH = 2  # "Monday's raid" told on Wednesday refers to an event the article dated to Wednesday at most 2 days later


def refine(events: list[Event], told: Event, rank: Callable[[Location], int], *, dated: bool = False, generic: bool = False,
           sentence: int | None = None, day_unsaid: bool = False, undated: Collection[str] | None = None,
           beside: Collection[str] = ()) -> bool:
    """Place an earlier event of the same kind and day more precisely with ``told`` (a definite mention:
    "the strike on Abbad"); True when one was refined, in place, and ``told`` adds no event. ``rank``
    orders places from precise to coarse (a village before its city).

    ``dated``: the mention names its day ("Monday's raid on the convoy"): an earlier event dated up to two days
    later (an article dates an undated first report by its own day) is that raid, and takes its day.
    ``undated``: ids of the events the article dated by its own day, no day being told in or before their
    sentence (None: any may be). An event the story told on a day of its own ("Jets hit X on Monday ...
    Meanwhile six died in Y") is not retold by "Sunday's bombardment": that names another day.
    ``day_unsaid``: the mention's sentence names no day of its own.
    ``beside``: ids of places the mention lists before its own, joined to it ("the heaviest strikes hit Idlib city as
    well as the town of X"): an earlier event at one of them stays there, X is one more place hit.
    ``generic``: the noun is a generic act word (GENERIC_ACTS: "raid", "attack"), which retells an earlier
    violent event of any type.
    A mention at the place of an event told in an earlier sentence (before the char offset ``sentence``), or at
    an area holding it, tells it again and adds no event either (in its own sentence "90 were killed after the
    attack on the gas field" tells the toll of the attack, not the other way round)."""
    fine = told.location
    if fine is None:
        return False
    for i in range(len(events) - 1, -1, -1):
        earlier = events[i]
        loc = earlier.location
        # "a suicide bomber blew himself up ... The blast took place in al-Mashi": the same type of event on
        # the same day, told again by a definite noun that may name it less precisely
        same_type = earlier.event_type == told.event_type or (generic and earlier.event_type in VIOLENT and told.event_type in VIOLENT)
        days = (earlier.event_date - told.event_date).days if earlier.event_date and told.event_date else None
        # "Air strikes killed 12 in Saraqib. The strikes hit a market on Wednesday": a retelling whose sentence names
        # its day dates the act the article could only date by its own day
        said_day = dated or not day_unsaid
        same_day = days == 0 or (said_day and _dated_by_article(earlier, told, undated))
        near_day = same_day or (day_unsaid and days is not None and abs(days) <= 1)
        if same_type and near_day and loc is None and fine.geo_precision == 1:
            # "22 were killed in air strikes on the group's capital on Saturday and Sunday ... the dead of the
            # raids on Raqqa": an act told with no place is placed by the definite noun that tells it again (on
            # the day the story has come to, when that noun's sentence names none); a town, not an area around one
            events[i] = replace(pooled(earlier, told), location=fine, event_date=told.event_date if said_day else earlier.event_date)
            return True
        if not (same_type and same_day and loc is not None):
            continue
        if rank(loc) > rank(fine) and within(fine, loc) and loc.place_id not in beside:
            events[i] = replace(pooled(earlier, told), location=fine, event_date=told.event_date if said_day else earlier.event_date)
            return True
        told_before = sentence is not None and earlier.end <= sentence
        if told_before and (place_key(loc) == place_key(fine) or (rank(fine) > rank(loc) and within(loc, fine))):
            # "a bomb went off at a school in Bab Amr ... the governor reported the deadly attacks on Homs": the
            # same act told again at its place or at an area holding it, perhaps saying how it was done
            sub = specific_of(earlier.sub_event_type, told.sub_event_type) if earlier.event_type == told.event_type else None
            events[i] = replace(pooled(earlier, told), sub_event_type=sub or earlier.sub_event_type,
                                event_date=told.event_date if said_day else earlier.event_date)
            return True
    return False


def _dated_by_article(earlier: Event, told: Event, undated: Collection[str] | None) -> bool:
    """The article dated ``earlier`` by its own day (``undated``: ids of such events; None: any may be), up to
    two days after the day the definite mention ``told`` names: "Sunday's raid" may be the raid first told
    with no day, in a story of Monday or Tuesday."""
    if earlier.event_date is None or told.event_date is None or (undated is not None and earlier.event_id not in undated):
        return False
    return 0 < (earlier.event_date - told.event_date).days <= _DAY_OWNED_REACH


def _another_day(earlier: Event, told: Event, dated: bool, undated: Collection[str] | None) -> bool:
    """A mention that names its day ("Sunday's bombardment") tells no event the story put on another day
    ("jets hit X on Monday ... six died in Y"), unless the article only dated that one by its own day."""
    if not dated or earlier.event_date is None or told.event_date is None or earlier.event_date == told.event_date:
        return False
    return not _dated_by_article(earlier, told, undated)


def campaign_told(events: list[Event], told: Event, rank: Callable[[Location], int]) -> bool:
    """Is there an earlier violent event at the place of ``told`` (a running total: "the battle for Aleppo has
    killed 300 in two weeks"), or in the area it names? The count is then the campaign that event belongs to,
    told over weeks, not one more event; with none, the campaign is kept as the article's event of that place."""
    loc = told.location
    if loc is None or told.event_type not in VIOLENT:
        return False
    for earlier in events:
        at = earlier.location
        if earlier.event_type not in VIOLENT or at is None:
            continue
        if place_key(at) == place_key(loc) or (rank(loc) >= rank(at) and within(at, loc)):
            return True
    return False


def covered(events: list[Event], told: Event, rank: Callable[[Location], int], *, dated: bool = False,
            undated: Collection[str] | None = None) -> bool:
    """Is ``told`` (a definite retelling) at the place of an earlier event of its type, or at an area holding
    one? Then it tells that event again; elsewhere it tells a new one. ``dated`` and ``undated`` as for
    refine: a mention naming its day retells no event of another day."""
    loc = told.location
    if loc is None:
        return True
    for earlier in events:
        at = earlier.location
        if earlier.event_type != told.event_type or at is None or _another_day(earlier, told, dated, undated):
            continue
        if place_key(at) == place_key(loc) or (rank(loc) >= rank(at) and within(at, loc)):
            return True
    return False


__all__ = ["GENERIC_ACTS", "campaign_told", "covered", "refine"]
