"""A coarse telling of an event (placed nowhere, in a country, or at a province) that is a finer one told again.

"Turkish shelling killed 20 civilians in Syria ... killed by Turkish artillery fire at Jeb el-Kussa": a lede
placed in a country, or nowhere, goes into the one event of its kind the article places inside that area
(``coarse_into_place``); "60 died in a day of fighting in Aleppo province ... clashes around the village of
Hreitan": a province told by its own sentence goes into the one event of the same kind, day and sides at a
town of that province (``province_into_place``). A round-up of several places stays apart.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace

from frontwatch.reading.sides import VIOLENT
from frontwatch.reading.tellings import Unsaid, groups, holds, merged_into, one_list, place_key, pooled, same_sides, sides_agree, specific_of, tells_another
from frontwatch.records import Event, Location


_RETELLING_DAYS = 7  # a lede dated only by its publication tells an attack of the past week
_UPDATE_DAYS = 2  # a toll placed nowhere, dated by the day a source told it, updates an act of up to two days before


def coarse_into_place(events: list[Event], unsaid: Mapping[str, Unsaid], rank: Callable[[Location], int] | None,
                       kinds: Mapping[str, str]) -> list[Event]:
    """ "Turkish shelling killed 20 civilians in Syria on Sunday ... killed by Turkish artillery fire at Jeb
    el-Kussa": a violent event placed nowhere or only in a country (or a region of it), or only at the province the story
    is in because its sentence names no place ("the attack took place with two barrel bombs"), is the one event of
    the same kind that the article places inside that area, when there is exactly one such (a round-up of
    strikes in several provinces stays apart). The day must agree, unless the coarse telling names none (a
    lede dated only by its publication: "Activists said 75 died in barrel bomb attacks"). The one event keeps
    the finer place and its day, and the span of whichever was told first, where a lede's toll is. (A
    development placed in a country, such as a national agreement, stays there.)"""
    out = list(events)
    finest_first = sorted(events, key=lambda e: rank(e.location) if rank is not None and e.location is not None else 0)
    for event in finest_first:
        loc = event.location
        told = unsaid.get(event.event_id, Unsaid())
        # an event placed nowhere ("the toll from raids on a town in a truce zone rose to 40", "rebels blamed
        # Russian jets for Monday's attack") says less still than one placed in a country
        country_level = loc is None or (not loc.admin1 and bool(loc.country))
        # a city the story is in may be struck at several of its quarters in one night: only a province or a
        # country says so little that a report placed there names no place of its own
        province = loc is not None and told.place and loc.geo_precision >= 3
        if event.event_type not in VIOLENT or not (country_level or province) or not any(e is event for e in out):
            continue
        finer = _one_place((e for e in out if e is not event and _retold_inside(event, e, told, rank, kinds)), kinds)
        if loc is None and len(_placed_near(event, out, told)) > 1:
            continue  # "19 were killed in raids on the province ... a shell hit Douma ... air raids on Harasta": a round-up
        if len(finer) == 1 and _one_telling(event, finer[0]) and not one_list(event, finer[0], unsaid):
            fine = finer[0]
            first, other = (event, fine) if event.start < fine.start else (fine, event)
            joined = replace(pooled(first, other), location=fine.location, event_date=fine.event_date, time_precision=fine.time_precision,
                             sub_event_type=specific_of(event.sub_event_type, fine.sub_event_type) or fine.sub_event_type)
            out = merged_into(out, fine, joined, event)
    return out


def province_into_place(events: list[Event], rank: Callable[[Location], int] | None) -> list[Event]:
    """ "60 soldiers and rebels died in a day of fighting in Aleppo province ... 25 soldiers and 35 rebels were
    killed in clashes around the village of Hreitan": a violent event placed at a province (or a part of one,
    "northern Aleppo province") by its own sentence is the one event of the same kind, day and sides that the
    article places at a town or village of that province. Unlike a telling that names no place (coarse_into_place)
    a side must be named in both and the sides must agree: a province names an area, not an incident, and only the
    same two sides fighting on the same day there make the two tellings one. The province is told first, as a
    lede sums up what the story then tells in detail; a province named after the town ("In the eastern
    countryside of Homs, the air force struck ...") goes on to another incident of a round-up. The one event
    keeps the finer place and the span of the province's telling (a lede's toll is the one the article leads
    with)."""
    out = list(events)
    # the last telling first: a lede and a second summary before the detail both go into it
    for event in sorted(events, key=lambda e: -e.start):
        loc = event.location
        if loc is None or not loc.admin1 or loc.geo_precision < 3 or event.event_type not in VIOLENT or not any(e is event for e in out):
            continue
        finer = [e for e in out if e is not event and e.start > event.start and e.location is not None and e.location.admin1 == loc.admin1
                 and e.location.geo_precision < loc.geo_precision and (rank is None or rank(e.location) < rank(loc))
                 and (e.event_type, e.sub_event_type, e.event_date) == (event.event_type, event.sub_event_type, event.event_date)]
        if len(finer) != 1 or not same_sides(event, finer[0]) or not _one_telling(event, finer[0]):
            continue
        fine = finer[0]
        out = merged_into(out, fine, replace(pooled(event, fine), location=fine.location, event_date=fine.event_date, time_precision=fine.time_precision), event)
    return out


def _placed_nowhere_window(told: Unsaid) -> int:
    """How many days before its own day a telling placed nowhere may tell an act (see _retold_inside)."""
    return _RETELLING_DAYS if told.day else _UPDATE_DAYS


def _placed_near(event: Event, events: Sequence[Event], told: Unsaid) -> list[Event]:
    """The placed events of its type (strikes and shelling alike) that an event placed nowhere could tell again,
    by their day: it is one of them only when there is one (a toll "in raids on the province" beside a shelling
    and an air raid sums up a round-up; a battle told the same day is another story)."""
    out = []
    for e in events:
        if e is event or e.location is None or e.event_type != event.event_type or not (event.event_date and e.event_date):
            continue
        if 0 <= (event.event_date - e.event_date).days <= _placed_nowhere_window(told):
            out.append(e)
    return out


def _one_place(events: Iterable[Event], kinds: Mapping[str, str]) -> list[Event]:
    """The finer tellings of a coarse one, one per place: "A twin bombing hit a town in the north ... a truck
    bomb on the edge of Qamishli ... the bombing in Qamishli" tells one place twice, which is still one place
    for the coarse telling to go to (the first telling there); tellings at places apart (tellings.apart) stay two."""
    told = sorted((e for e in events if e.location is not None), key=lambda e: e.start)
    places = [e.location for e in told]
    roots = groups(places, kinds)  # type: ignore[arg-type]
    first: dict[int, Event] = {}
    for event, root in zip(told, roots, strict=True):
        first.setdefault(root, event)
    return list(first.values())


def _retold_inside(coarse: Event, fine: Event, told: Unsaid, rank: Callable[[Location], int] | None, kinds: Mapping[str, str]) -> bool:
    """``coarse`` may tell ``fine`` again: the same kind, at a place inside its area, on the same day (or any day
    of the week before, when ``coarse`` names no day)."""
    a, b = coarse.location, fine.location
    if b is None or not b.admin1 or coarse.event_type != fine.event_type or specific_of(coarse.sub_event_type, fine.sub_event_type) is None:
        return False  # the same kind, or one told more specifically ("a suicide car bomb" ... "an explosives-laden vehicle")
    days = (coarse.event_date - fine.event_date).days if coarse.event_date and fine.event_date else None
    if a is None:
        # placed nowhere: a later toll of the act ("has risen to 40, a monitor said on Tuesday") is dated by the
        # day it was told, up to two days after the act
        return days is not None and 0 <= days <= _placed_nowhere_window(told)
    if place_key(a) == place_key(b):
        return False  # the same place told again is no finer one (merge_events and _told_again join those)
    elif not a.admin1:  # a country (or a region of it) holds every place in it
        inside = b.country == a.country
    elif a.geo_precision >= 3:  # a province ("the northern province of Idlib") holds its places, however far from its centre
        inside = b.admin1 == a.admin1
    else:
        inside = holds(a, b, kinds)
    if not inside or (rank is not None and a is not None and rank(b) >= rank(a)):
        return False
    return days == 0 or (told.day and days is not None and 0 < days <= _RETELLING_DAYS)


def _one_telling(coarse: Event, fine: Event) -> bool:
    """The only finer event that could be ``coarse`` is it, unless the sides differ or the later of the two
    marks another incident ("Jets also struck Saraqib": the lede counted a round-up, not this strike)."""
    later = coarse if coarse.start > fine.start else fine
    return sides_agree(coarse, fine) and not tells_another(later.evidence)


__all__ = ["coarse_into_place", "province_into_place"]
