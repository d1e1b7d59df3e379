"""One article often tells an event twice: merge what is one event within the article.

``merge_events``: the same type, sub-type, place and date (an area needs the same actor too), sources
pooled; an event placed only in a country (or at the province the story is in, its sentence naming no place)
goes into the one event of its kind placed inside it, on its day (any day of the week before, for a lede that
names none).
``refine``: "At least 9 civilians died in an air raid near Raqqa ... 14 were hurt in the raid on Abbad": a
definite mention of an event of the same kind and day at a place within the first one's area places that
event more precisely; it is not a second one.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from frontwatch.reading import lexicons
from frontwatch.reading.sides import VIOLENT
from frontwatch.records import DAY, MONTH, WEEK, ActorRef, Event, Location, Source

_ANOTHER_INCIDENT = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(lexicons.words("another_incident.txt"))) + r")\b", re.IGNORECASE)
_AREA_KM = 40.0  # how far "near Raqqa", "east of Aleppo" reach (Abbad is 35 km from Raqqa)
_BESIDE = re.compile(r"(?:(?:north|south)?(?:east|west)?(?:ern)?\s+of|north\s+of|south\s+of|outside|near|around|beyond)\b", re.IGNORECASE)
_QUARTER_KM = 10.0  # how far a quarter of a city lies from its centre (Aleppo's outer districts are ~7 km out)
_SPECIFIC = frozenset((general, specific) for general, specific, *_ in lexicons.table("specific_sub_events.tsv"))


def _tells_another(evidence: str) -> bool:
    """The telling marks another incident than the one before it ("In another strike ...", "Separately ...",
    "Jets later struck ..."), but a step of seconds or minutes is within one act: "a second bomb went off
    minutes later" (lexicons/incident_moments.txt)."""
    moments = lexicons.words("incident_moments.txt")
    for match in _ANOTHER_INCIDENT.finditer(evidence):
        before = evidence[: match.start()].split()
        if match.group(0).lower() in {"later", "earlier"} and before and before[-1].lower() in moments:
            continue
        return True
    return False


def specific_of(one: str, other: str) -> str | None:
    """The sub-type that tells one act of the two, the more specific one: a planted bomb and a suicide bombing
    told by one story are one bombing, a suicide one (lexicons/specific_sub_events.tsv); None when the two
    sub-types tell different acts."""
    if one == other:
        return one
    if (one, other) in _SPECIFIC:
        return other
    if (other, one) in _SPECIFIC:
        return one
    return None


def merge_events(events: list[Event], sentences: Sequence[tuple[int, int]] = (), rank: Callable[[Location], int] | None = None,
                 kinds: Mapping[str, str] | None = None, unsaid: Mapping[str, Unsaid] | None = None) -> list[Event]:
    """One event per (type, sub-type, place, date) in an article; sources are pooled. With the article's
    ``sentences``, a place ``rank`` and the ``kinds`` of its places (place id -> "city", "neighbourhood"), an
    event told again in the same or the next sentence is one too (_told_again). ``unsaid``: event id -> what its
    sentence left to the story (the day, the place); such a telling far from a finer one of the same act may be
    that act (_coarse_into_place)."""
    merged: dict[tuple[object, ...], Event] = {}
    for event in events:
        place = _place_key(event.location) if event.location else ""
        # An area is too coarse to say two reports are one event unless the same actor acts in both.
        coarse = event.location is None or event.location.geo_precision > 1
        key = (event.event_type, event.sub_event_type, place, event.event_date, event.actor1.name if coarse and event.actor1 else "")
        if key not in merged:
            merged[key] = event
            continue
        merged[key] = _pooled(merged[key], event)
    out = _coarse_into_place(_period_into_day(_unnamed_into_named(list(merged.values()))), unsaid or {}, rank, kinds or {})
    out = _province_into_place(out, rank)
    out = _told_again(out, sentences, rank, kinds or {}) if sentences and rank is not None else out
    out = _generic_into_act(out, unsaid or {}, kinds or {}, sentences)
    return _damage_of_attack(out, sentences) if sentences else out


def _period_into_day(events: list[Event]) -> list[Event]:
    """ "soldiers shot 30 people in the village of X earlier this week ... the shootings were on Tuesday": an event
    dated only to a week or a month is the one event of the same type, sub-type and place whose day falls in that
    period, when there is exactly one; it takes that day."""
    out = list(events)
    for event in events:
        if event.time_precision not in (WEEK, MONTH) or event.event_date is None or event.location is None or not any(e is event for e in out):
            continue
        days = [e for e in out if e is not event and e.time_precision == DAY and e.event_date is not None and e.location is not None
                and (e.event_type, e.sub_event_type) == (event.event_type, event.sub_event_type)
                and _place_key(e.location) == _place_key(event.location)
                and _in_period(e.event_date, event.event_date, event.time_precision)]
        if len(days) == 1:
            day = days[0]
            first, other = (event, day) if event.start < day.start else (day, event)
            out = _merged_into(out, day, replace(_pooled(first, other), event_date=day.event_date, time_precision=DAY), event)
    return out


def _in_period(day: dt.date, start: dt.date, precision: int) -> bool:
    """``day`` falls in the week starting at ``start`` (WEEK) or in its month (MONTH)."""
    if precision == WEEK:
        return 0 <= (day - start).days <= 6
    return (day.year, day.month) == (start.year, start.month)


_DAMAGE_REACH = 2  # sentences after an attack in which damage told with no doer is that attack's


def _damage_of_attack(events: list[Event], sentences: Sequence[tuple[int, int]]) -> list[Event]:
    """ "A missile killed 18 in Aleppo ... More than 35 homes were destroyed": damage told with no doer, on the
    day of a violent event told in its sentence or the two before, is what that attack did, not
    property destruction of its own (ACLED's Looting/property destruction is destruction with no armed
    engagement). The damage's sentence joins the attack's span."""
    out = list(events)
    for event in events:
        if event.sub_event_type != "Looting/property destruction" or event.actor1 is not None:
            continue
        here = _sentence_index(sentences, event.start)
        attacks = [e for e in out if e.event_type in VIOLENT and e.event_date == event.event_date
                   and 0 <= here - _sentence_index(sentences, e.end - 1) <= _DAMAGE_REACH]
        if attacks:
            attack = max(attacks, key=lambda e: e.end)
            out = _merged_into(out, attack, replace(_pooled(attack, event), start=min(attack.start, event.start), end=max(attack.end, event.end)), event)
    return out


def _generic_into_act(events: list[Event], unsaid: Mapping[str, Unsaid], kinds: Mapping[str, str],
                      sentences: Sequence[tuple[int, int]]) -> list[Event]:
    """ "They were among 20 who died in the attack ... 20 were killed in the car bombing at the school in Bab
    Amr": an act named only by a definite generic noun ("the attack", "the raid"), typed by that word alone, is
    the one violent event of its day that the article tells by what it was, when there is exactly one at a
    place it allows (none, its country, its place or one inside it). The event keeps the specific telling's
    type and place and the span of both (the toll of the generic telling links to it). The two are told in
    different sentences: in one sentence ("90 were killed after the attack on the field") the generic noun is
    the act and the other word its toll."""
    out = list(events)
    for event in events:
        if not unsaid.get(event.event_id, Unsaid()).act or event.event_type not in VIOLENT or not any(e is event for e in out):
            continue
        told = [e for e in out if e is not event and e.event_type in VIOLENT and e.event_date == event.event_date and _may_hold(event.location, e.location, kinds)]
        if len(told) == 1 and _sentence_index(sentences, told[0].start) == _sentence_index(sentences, event.start):
            continue
        if len(told) != 1 or not (_sides_agree(event, told[0]) or _roles_agree(event, told[0])) or _tells_another(max(event, told[0], key=lambda e: e.start).evidence):
            continue
        one = told[0]
        out = _merged_into(out, one, replace(_pooled(one, event), start=min(one.start, event.start), end=max(one.end, event.end)), event)
    return out


def _may_hold(coarse: Location | None, fine: Location | None, kinds: Mapping[str, str]) -> bool:
    """A telling placed at ``coarse`` may be of an act at ``fine``: it names no place, or only the country, or
    the same place, or a place holding ``fine`` (_holds)."""
    if coarse is None or (not coarse.admin1 and bool(coarse.country)):
        return fine is None or not coarse or fine.country == coarse.country
    if fine is None:
        return False
    return _place_key(coarse) == _place_key(fine) or _holds(coarse, fine, kinds)


def _told_again(events: list[Event], sentences: Sequence[tuple[int, int]], rank: Callable[[Location], int], kinds: Mapping[str, str]) -> list[Event]:
    """ "A car bomb killed five in Homs ... five died when it went off in Baba Amr": an event of the same type,
    sub-type (or a more specific one: specific_of) and day told in the same or the next sentence,
    at the same place or one inside the other, is the one incident told again; it keeps the finer place and
    both sentences (their tolls link to it). A sentence marking another incident ("another", "separately",
    "elsewhere", "meanwhile") keeps its event apart, as do places side by side and sides that differ."""
    out = sorted(events, key=lambda e: e.start)
    i = 1
    while i < len(out):
        later = out[i]
        earlier = next((e for e in reversed(out[:i]) if _same_incident(e, later, sentences, rank, kinds)
                        and not _round_up(e, later, out, rank, kinds)), None)
        if earlier is None:
            i += 1
            continue
        out.remove(earlier)
        out[out.index(later)] = _joined(earlier, later, rank)
    return out


def _round_up(earlier: Event, later: Event, events: Sequence[Event], rank: Callable[[Location], int], kinds: Mapping[str, str]) -> bool:
    """ "Air strikes killed 30 in northern Syria ... Jets hit a market in Saraqib ... jets struck a hospital in
    Maarat al-Numan": an area telling whose area holds tellings of its kind and day at two or more places is a
    round-up of them, not the first of them told again (its toll is the day's, not Saraqib's)."""
    a, b = earlier.location, later.location
    if a is None or b is None or _place_key(a) == _place_key(b):
        return False
    coarse, fine = (earlier, later) if rank(a) > rank(b) else (later, earlier)
    held = [e.location for e in events
            if e is not coarse and e.location is not None and e.event_type == coarse.event_type and e.event_date == coarse.event_date
            and specific_of(coarse.sub_event_type, e.sub_event_type) is not None
            and rank(e.location) < rank(coarse.location) and _holds(coarse.location, e.location, kinds)]  # type: ignore[arg-type]
    # two places apart: "north of Aleppo" and al-Maleh inside it are one front, Saraqib and Ariha are two
    return fine.location is not None and _fronts(held, kinds) >= 2


def _fronts(places: Sequence[Location], kinds: Mapping[str, str]) -> int:
    """How many groups of places lie apart (_groups)."""
    return len(set(_groups(places, kinds)))


def _groups(places: Sequence[Location], kinds: Mapping[str, str]) -> list[int]:
    """A group number per place, a place not apart (_apart) from one of a group joining it: "Al Maleh" told
    twice (and read as two places) and "north of Aleppo" beside it are one front."""
    group = list(range(len(places)))

    def root(k: int) -> int:
        while group[k] != k:
            k = group[k]
        return k

    for k, one in enumerate(places):
        for j in range(k + 1, len(places)):
            if not _apart(one, places[j], kinds):
                group[root(j)] = root(k)
    return [root(k) for k in range(len(places))]


def _apart(one: Location, other: Location, kinds: Mapping[str, str]) -> bool:
    """Two places, neither the same as nor holding the other, further apart than a city's quarters ("north of
    Aleppo" and al-Maleh 8 km out tell one front; Saraqib and Ariha, 15 km apart, two towns)."""
    if _place_key(one) == _place_key(other):
        return False
    if one.words and (one.words or "").lower() == (other.words or "").lower():
        return False  # one name the text gives twice is one place, however the gazetteer read each
    return not _holds(one, other, kinds) and not _holds(other, one, kinds) and _km(one, other) > _QUARTER_KM


def _sentence_index(sentences: Sequence[tuple[int, int]], position: int) -> int:
    return next((k for k, (start, end) in enumerate(sentences) if start <= position < end), -1)


def _same_incident(earlier: Event, later: Event, sentences: Sequence[tuple[int, int]], rank: Callable[[Location], int],
                   kinds: Mapping[str, str]) -> bool:
    """``later`` retells ``earlier``: same kind and day, in the next sentence at most, at a place one holds,
    with no actor of its own that differs and no word that makes it another incident."""
    if earlier.event_type != later.event_type or specific_of(earlier.sub_event_type, later.sub_event_type) is None or earlier.event_type not in VIOLENT:
        return False
    if earlier.event_date is None or earlier.event_date != later.event_date:
        return False
    # a story that goes on telling one incident ("He planted a bomb ... then blew himself up") continues from
    # the last sentence that told it, not its first
    first, second = _sentence_index(sentences, earlier.end - 1), _sentence_index(sentences, later.start)
    if first < 0 or not 0 <= second - first <= 1:
        return False
    if _tells_another(later.evidence):
        return False
    a, b = earlier.location, later.location
    if a is None or b is None:
        return False
    same_place = _place_key(a) == _place_key(b)
    inside = (rank(a) > rank(b) and _holds(a, b, kinds)) or (rank(b) > rank(a) and _holds(b, a, kinds))
    return (same_place or inside) and _sides_agree(earlier, later)


def _holds(coarse: Location, fine: Location, kinds: Mapping[str, str]) -> bool:
    """``fine`` lies in ``coarse``: in an area ("east of Aleppo", "the countryside of Homs") as _within says;
    in a town or city only when it is a quarter of it ("the Zahraa district" of Homs). Two villages or towns
    named side by side ("in Talbisa, al-Rastan and Teir Maala") are different places."""
    if coarse.geo_precision > 1:
        # "north of Damascus", "outside Aleppo": an area beside a place holds neither it nor its quarters
        beside = _BESIDE.match(coarse.words or coarse.name) is not None
        return _within(fine, coarse) and not (beside and (fine.place_id == coarse.place_id or _km(fine, coarse) <= _QUARTER_KM))
    return kinds.get(fine.place_id, "") == "neighbourhood" and fine.admin1 == coarse.admin1 and _km(fine, coarse) <= _QUARTER_KM


def _side_names(event: Event) -> set[str]:
    return {r.name for r in (event.actor1, event.actor2) if r is not None}


def _sides_agree(earlier: Event, later: Event) -> bool:
    """The actors named in both are the same ones, either way round ("rebels shelled the army" retold as
    "the army was shelled by rebels"); an actor one leaves unnamed is no disagreement."""
    ours, theirs = _side_names(earlier), _side_names(later)
    return not ours or not theirs or ours <= theirs or theirs <= ours


def _roles_agree(generic: Event, act: Event) -> bool:
    """ "a terrorist attack ..." (the attackers alone) retold as "a suicide attacker hit a convoy of civilians"
    (the victims alone): each telling names a different side of the act, and neither names another doer or
    another victim in the same role."""
    return _fits(generic.actor1, act.actor1) and _fits(generic.actor2, act.actor2)


def _fits(one: ActorRef | None, other: ActorRef | None) -> bool:
    """Two tellings' actors in one role agree: the same, or one of them left unnamed."""
    return one is None or other is None or one.name == other.name


def _joined(earlier: Event, later: Event, rank: Callable[[Location], int]) -> Event:
    """The finer-placed of the two, with sources pooled and the span of both sentences."""
    a, b = earlier.location, later.location
    fine, other = (later, earlier) if a is not None and b is not None and rank(b) < rank(a) else (earlier, later)
    joined = replace(_pooled(fine, other), sub_event_type=specific_of(earlier.sub_event_type, later.sub_event_type) or fine.sub_event_type)
    if joined.actor1 is not None and joined.actor2 is not None and joined.actor1.name == joined.actor2.name:
        # sides told the other way round ("the army shelled rebels" ... "rebels were shelled by the army")
        second = next((r for r in (other.actor1, other.actor2) if r is not None and r.name != joined.actor1.name), None)
        joined = replace(joined, actor2=second)
    return replace(joined, start=min(earlier.start, later.start), end=max(earlier.end, later.end))


@dataclass(frozen=True, slots=True)
class Unsaid:
    """What an event's own sentence left unsaid, so that the story supplied it (reading.events)."""

    day: bool = False  # no date in or before its sentence: dated by the publication
    place: bool = False  # no place finer than a country in its sentence: placed in a country, or at the story's area
    act: bool = False  # the act is named only by a definite generic noun ("died in the attack"): any violent act told


_RETELLING_DAYS = 7  # a lede dated only by its publication tells an attack of the past week
_UPDATE_DAYS = 2  # a toll placed nowhere, dated by the day a source told it, updates an act of up to two days before


def _coarse_into_place(events: list[Event], unsaid: Mapping[str, Unsaid], rank: Callable[[Location], int] | None,
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
        if len(finer) == 1 and _one_telling(event, finer[0]):
            fine = finer[0]
            first, other = (event, fine) if event.start < fine.start else (fine, event)
            joined = replace(_pooled(first, other), location=fine.location, event_date=fine.event_date, time_precision=fine.time_precision,
                             sub_event_type=specific_of(event.sub_event_type, fine.sub_event_type) or fine.sub_event_type)
            out = _merged_into(out, fine, joined, event)
    return out


def _province_into_place(events: list[Event], rank: Callable[[Location], int] | None) -> list[Event]:
    """ "60 soldiers and rebels died in a day of fighting in Aleppo province ... 25 soldiers and 35 rebels were
    killed in clashes around the village of Hreitan": a violent event placed at a province (or a part of one,
    "northern Aleppo province") by its own sentence is the one event of the same kind, day and sides that the
    article places at a town or village of that province. Unlike a telling that names no place (_coarse_into_place)
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
        if len(finer) != 1 or not _same_sides(event, finer[0]) or not _one_telling(event, finer[0]):
            continue
        fine = finer[0]
        out = _merged_into(out, fine, replace(_pooled(event, fine), location=fine.location, event_date=fine.event_date, time_precision=fine.time_precision), event)
    return out


def _same_sides(one: Event, other: Event) -> bool:
    """Both events name a side, and the sides one names are among those the other names, either way round
    ("soldiers and rebels were killed" ... "rebels died in clashes")."""
    return bool(_side_names(one)) and bool(_side_names(other)) and _sides_agree(one, other)


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
    for the coarse telling to go to (the first telling there); tellings at places apart (_apart) stay two."""
    told = sorted((e for e in events if e.location is not None), key=lambda e: e.start)
    places = [e.location for e in told]
    roots = _groups(places, kinds)  # type: ignore[arg-type]
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
    if _place_key(a) == _place_key(b):
        return False  # the same place told again is no finer one (merge_events and _told_again join those)
    elif not a.admin1:  # a country (or a region of it) holds every place in it
        inside = b.country == a.country
    elif a.geo_precision >= 3:  # a province ("the northern province of Idlib") holds its places, however far from its centre
        inside = b.admin1 == a.admin1
    else:
        inside = _holds(a, b, kinds)
    if not inside or (rank is not None and a is not None and rank(b) >= rank(a)):
        return False
    return days == 0 or (told.day and days is not None and 0 < days <= _RETELLING_DAYS)


def _one_telling(coarse: Event, fine: Event) -> bool:
    """The only finer event that could be ``coarse`` is it, unless the sides differ or the later of the two
    marks another incident ("Jets also struck Saraqib": the lede counted a round-up, not this strike)."""
    later = coarse if coarse.start > fine.start else fine
    return _sides_agree(coarse, fine) and not _tells_another(later.evidence)


def _unnamed_into_named(events: list[Event]) -> list[Event]:
    """ "Mortar attacks killed dozens in eastern Aleppo ... At least 45 were killed in Nusra mortar fire in
    eastern Aleppo": an event in an area whose attacker the text does not name is the one event of the same
    kind, place and day whose attacker it names, when there is exactly one such."""
    out = list(events)
    for event in events:
        if event.actor1 is not None or event.location is None or event.location.geo_precision <= 1:
            continue
        named = [e for e in out if e is not event and e.actor1 is not None and e.location is not None
                 and (e.event_type, e.sub_event_type, e.event_date, _place_key(e.location))
                 == (event.event_type, event.sub_event_type, event.event_date, _place_key(event.location))]
        if len(named) == 1:
            at = out.index(named[0])
            out[at] = _pooled(named[0], event)
            out.remove(event)
    return out


def _place_key(location: Location) -> str:
    """What tells two places apart: the gazetteer id, else the name."""
    return location.place_id or location.name


def _merged_into(events: list[Event], keep: Event, joined: Event, drop: Event) -> list[Event]:
    """``events`` with ``keep`` replaced by ``joined`` (the two tellings made one) and ``drop`` removed."""
    return [joined if e is keep else e for e in events if e is not drop]


def _pooled(first: Event, other: Event) -> Event:
    sources: tuple[Source, ...] = ()
    for source in first.sources + other.sources:  # one source named twice ("the Observatory", "a monitor") is one
        if all(s.name != source.name for s in sources):
            sources += (source,)
    return replace(first, sources=sources, actor1=first.actor1 or other.actor1, actor2=first.actor2 or other.actor2, hedged=first.hedged and other.hedged)


def _within(fine: Location, coarse: Location) -> bool:
    """``fine`` lies in ``coarse``: its country for a country-wide area, else the same governorate within _AREA_KM."""
    if not coarse.admin1 and coarse.country:  # "northern Syria", "Syria": any place in the country
        return fine.country == coarse.country
    if fine.admin1 != coarse.admin1:
        return False
    return _km(fine, coarse) <= _AREA_KM


def _km(one: Location, other: Location) -> float:
    """Distance between two places (0 when either has no coordinates: nothing says they are apart)."""
    if None in (one.latitude, one.longitude, other.latitude, other.longitude):
        return 0.0
    dlat = math.radians(one.latitude - other.latitude)  # type: ignore[operator]
    dlon = math.radians(one.longitude - other.longitude) * math.cos(math.radians(other.latitude))  # type: ignore[operator, arg-type]
    return 6371.0 * math.hypot(dlat, dlon)


GENERIC_ACTS = frozenset({"attack", "raid", "strike", "assault", "bombing", "bombardment", "incident"})
_DAY_OWNED_REACH = 2  # "Monday's raid" told on Wednesday refers to an event the article dated to Wednesday at most 2 days later


def refine(events: list[Event], told: Event, rank: Callable[[Location], int], *, dated: bool = False, generic: bool = False,
           sentence: int | None = None, day_unsaid: bool = False) -> bool:
    """Place an earlier event of the same kind and day more precisely with ``told`` (a definite mention:
    "the strike on Abbad"); True when one was refined, in place, and ``told`` adds no event. ``rank``
    orders places from precise to coarse (a village before its city).

    ``dated``: the mention names its day ("Monday's raid on the convoy"): an earlier event dated up to two days
    later (an article dates an undated first report by its own day) is that raid, and takes its day.
    ``day_unsaid``: the mention's sentence names no day of its own.
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
        same_day = days == 0 or (dated and days is not None and 0 < days <= _DAY_OWNED_REACH)
        near_day = same_day or (day_unsaid and days is not None and abs(days) <= 1)
        if same_type and near_day and loc is None and fine.geo_precision == 1:
            # "22 were killed in air strikes on the group's capital on Saturday and Sunday ... the dead of the
            # raids on Raqqa": an act told with no place is placed by the definite noun that tells it again (on
            # the day the story has come to, when that noun's sentence names none); a town, not an area around one
            events[i] = replace(_pooled(earlier, told), location=fine, event_date=told.event_date if dated else earlier.event_date)
            return True
        if not (same_type and same_day and loc is not None):
            continue
        if rank(loc) > rank(fine) and _within(fine, loc):
            events[i] = replace(_pooled(earlier, told), location=fine, event_date=told.event_date if dated else earlier.event_date)
            return True
        told_before = sentence is not None and earlier.end <= sentence
        if told_before and (_place_key(loc) == _place_key(fine) or (rank(fine) > rank(loc) and _within(loc, fine))):
            # "a bomb went off at a school in Bab Amr ... the governor reported the deadly attacks on Homs": the
            # same act told again at its place or at an area holding it, perhaps saying how it was done
            sub = specific_of(earlier.sub_event_type, told.sub_event_type) if earlier.event_type == told.event_type else None
            events[i] = replace(_pooled(earlier, told), sub_event_type=sub or earlier.sub_event_type)
            return True
    return False


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
        if _place_key(at) == _place_key(loc) or (rank(loc) >= rank(at) and _within(at, loc)):
            return True
    return False


def covered(events: list[Event], told: Event, rank: Callable[[Location], int]) -> bool:
    """Is ``told`` (a definite retelling) at the place of an earlier event of its type, or at an area holding
    one? Then it tells that event again; elsewhere it tells a new one."""
    loc = told.location
    if loc is None:
        return True
    for earlier in events:
        at = earlier.location
        if earlier.event_type != told.event_type or at is None:
            continue
        if _place_key(at) == _place_key(loc) or (rank(loc) >= rank(at) and _within(at, loc)):
            return True
    return False


__all__ = ["GENERIC_ACTS", "Unsaid", "campaign_told", "covered", "merge_events", "refine"]
