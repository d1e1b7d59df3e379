"""One article often tells an event twice: merge what is one event within the article.

``merge_events``: the same type, sub-type, place and date (an area needs the same actor too; a telling placed
finely and one reading the same place only as an area, a sentence or two apart, are one when the same actor acts
in both: _same_actor_key), sources pooled; then, pass by pass, an event told again in the next sentence at a place one holds (_told_again), an
event placed only in a country or a province that a finer one tells in detail (reading.coarse_tellings), one
dated only to a week or a month (_period_into_day), an act named only as "the attack" (_generic_into_act), and
damage told with no doer beside an attack (_damage_of_attack). The comparisons of places, sides and words they
share are in reading.tellings; a definite mention read while the article is read ("the raid on Abbad") is
matched to an earlier event by reading.retelling.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from frontwatch.reading.coarse_tellings import coarse_into_place, province_into_place
from frontwatch.reading.sides import VIOLENT
from frontwatch.reading.tellings import Unsaid, groups, holds, merged_into, one_list, place_key, pooled, sentence_index, sides_agree, specific_of, tells_another
from frontwatch.records import DAY, MONTH, WEEK, ActorRef, Claim, Event, Location


def merge_events(events: list[Event], sentences: Sequence[tuple[int, int]] = (), rank: Callable[[Location], int] | None = None,
                 kinds: Mapping[str, str] | None = None, unsaid: Mapping[str, Unsaid] | None = None) -> list[Event]:
    """One event per (type, sub-type, place, date) in an article; sources are pooled. With the article's
    ``sentences``, a place ``rank`` and the ``kinds`` of its places (place id -> "city", "neighbourhood"), an
    event told again in the same or the next sentence is one too (_told_again). ``unsaid``: event id -> what its
    sentence left to the story (the day, the place); such a telling far from a finer one of the same act may be
    that act (coarse_tellings.coarse_into_place)."""
    merged: dict[tuple[object, ...], Event] = {}
    for event in events:
        place = place_key(event.location) if event.location else ""
        # An area is too coarse to say two reports are one event unless the same actor acts in both.
        coarse = event.location is None or event.location.geo_precision > 1
        key = (event.event_type, event.sub_event_type, place, event.event_date, event.actor1.name if coarse and event.actor1 else "")
        same_actor = _same_actor_key(merged, key, event, coarse, sentences)
        if same_actor != key:
            # told once finely and once as an area: the finer place, and the span of both tellings (their tolls link to it)
            first = merged[same_actor]
            fine = event if coarse else first
            merged[same_actor] = replace(pooled(first, event), location=fine.location, start=min(first.start, event.start),
                                         end=max(first.end, event.end))
            continue
        if key not in merged:
            merged[key] = event
            continue
        merged[key] = pooled(merged[key], event)
    out = coarse_into_place(_period_into_day(_unnamed_into_named(list(merged.values()))), unsaid or {}, rank, kinds or {})
    out = province_into_place(out, rank)
    out = _told_again(out, sentences, rank, kinds or {}, unsaid or {}) if sentences and rank is not None else out
    out = _generic_into_act(out, unsaid or {}, kinds or {}, sentences)
    return _damage_of_attack(out, sentences) if sentences else out


_SAME_ACTOR_REACH = 2  # sentences apart within which an area telling and a named one of the same act are one
_PART_OF_PLACE = re.compile(r"\b(?:(?:north|south|east|west)(?:ern)?\s+of\s+the\s+(?:city|town|village)|neighbou?rhoods|districts|quarters)\b",
                            re.IGNORECASE)


def _same_actor_key(merged: Mapping[tuple[object, ...], Event], key: tuple[object, ...], event: Event, coarse: bool,
                    sentences: Sequence[tuple[int, int]]) -> tuple[object, ...]:
    """ "Assad's air force killed dozens in Raqqa ... Assad's air force carried out nine raids on the city": the same
    act at the same place told once by its name and once as "the city" (placed only as an area), a sentence or
    two apart, is one event when the same actor acts in both; the key of the telling already read, else ``key``."""
    if event.actor1 is None or key in merged or event.location is None or not sentences:
        return key
    other = (*key[:-1], "") if coarse else (*key[:-1], event.actor1.name)
    told = merged.get(other)
    if told is None or told.actor1 is None or told.actor1.name != event.actor1.name or tells_another(event.evidence):
        return key  # "Meanwhile six others were killed in barrel bombs in the east of the city": another act
    if not 0 <= sentence_index(sentences, event.start) - sentence_index(sentences, told.end - 1) <= _SAME_ACTOR_REACH:
        return key
    if _PART_OF_PLACE.search(event.evidence if coarse else told.evidence):
        return key  # "twelve died in raids on the eastern neighbourhoods": an act of a part of the place, not of all of it
    return other


def _unnamed_into_named(events: list[Event]) -> list[Event]:
    """ "Mortar attacks killed dozens in eastern Aleppo ... At least 45 were killed in Nusra mortar fire in
    eastern Aleppo": an event in an area whose attacker the text does not name is the one event of the same
    kind, place and day whose attacker it names, when there is exactly one such."""
    out = list(events)
    for event in events:
        if event.actor1 is not None or event.location is None or event.location.geo_precision <= 1:
            continue
        named = [e for e in out if e is not event and e.actor1 is not None and e.location is not None
                 and (e.event_type, e.sub_event_type, e.event_date, place_key(e.location))
                 == (event.event_type, event.sub_event_type, event.event_date, place_key(event.location))]
        if len(named) == 1:
            at = out.index(named[0])
            out[at] = pooled(named[0], event)
            out.remove(event)
    return out


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
                and place_key(e.location) == place_key(event.location)
                and _in_period(e.event_date, event.event_date, event.time_precision)]
        if len(days) == 1:
            day = days[0]
            first, other = (event, day) if event.start < day.start else (day, event)
            out = merged_into(out, day, replace(pooled(first, other), event_date=day.event_date, time_precision=DAY), event)
    return out


def _in_period(day: dt.date, start: dt.date, precision: int) -> bool:
    """``day`` falls in the week starting at ``start`` (WEEK) or in its month (MONTH)."""
    if precision == WEEK:
        return 0 <= (day - start).days <= 6
    return (day.year, day.month) == (start.year, start.month)


def _told_again(events: list[Event], sentences: Sequence[tuple[int, int]], rank: Callable[[Location], int], kinds: Mapping[str, str],
                unsaid: Mapping[str, Unsaid]) -> list[Event]:
    """ "A car bomb killed five in Homs ... five died when it went off in Baba Amr": an event of the same type,
    sub-type (or a more specific one: specific_of) and day told in the same or the next sentence,
    at the same place or one inside the other, is the one incident told again; it keeps the finer place and
    both sentences (their tolls link to it). A sentence marking another incident ("another", "separately",
    "elsewhere", "meanwhile") keeps its event apart, as do places side by side and sides that differ."""
    out = sorted(events, key=lambda e: e.start)
    i = 1
    while i < len(out):
        later = out[i]
        earlier = next((e for e in reversed(out[:i]) if _same_incident(e, later, sentences, rank, kinds, unsaid, out)
                        and not _round_up(e, later, out, rank, kinds)), None)
        if earlier is None:
            i += 1
            continue
        out.remove(earlier)
        out[out.index(later)] = _joined(earlier, later, rank)
    return out


def _same_incident(earlier: Event, later: Event, sentences: Sequence[tuple[int, int]], rank: Callable[[Location], int],
                   kinds: Mapping[str, str], unsaid: Mapping[str, Unsaid], events: Sequence[Event] = ()) -> bool:
    """``later`` retells ``earlier``: same kind and day, in the next sentence at most, at a place one holds,
    with no actor of its own that differs and no word that makes it another incident."""
    if earlier.event_type != later.event_type or specific_of(earlier.sub_event_type, later.sub_event_type) is None or earlier.event_type not in VIOLENT:
        return False
    if earlier.event_date is None or earlier.event_date != later.event_date:
        return False
    # a story that goes on telling one incident ("He planted a bomb ... then blew himself up") continues from
    # the last sentence that told it, not its first
    first, second = sentence_index(sentences, earlier.end - 1), sentence_index(sentences, later.start)
    if first < 0 or not 0 <= second - first <= 1:
        return False
    a, b = earlier.location, later.location
    if a is None and b is not None:
        # "a massacre by Russian jets killed 35 ... Three schools in the town of X were hit by Russian aircraft
        # earlier this morning": an act told with no place, then told again at its place in the next sentence
        # (when it is the one placed act of its kind that day: with two, the unplaced telling could be either)
        placed = [e for e in events if e.location is not None and e.event_date == later.event_date
                  and specific_of(e.sub_event_type, later.sub_event_type) is not None]
        return len(placed) <= 1 and not tells_another(later.evidence, timing=False) and sides_agree(earlier, later)
    if tells_another(later.evidence) or one_list(earlier, later, unsaid):
        return False
    if a is None or b is None:
        return False
    same_place = place_key(a) == place_key(b)
    inside = (rank(a) > rank(b) and holds(a, b, kinds)) or (rank(b) > rank(a) and holds(b, a, kinds))
    return (same_place or inside) and sides_agree(earlier, later)


def _round_up(earlier: Event, later: Event, events: Sequence[Event], rank: Callable[[Location], int], kinds: Mapping[str, str]) -> bool:
    """ "Air strikes killed 30 in northern Syria ... Jets hit a market in Saraqib ... jets struck a hospital in
    Maarat al-Numan": an area telling whose area holds tellings of its kind and day at two or more places is a
    round-up of them, not the first of them told again (its toll is the day's, not Saraqib's)."""
    a, b = earlier.location, later.location
    if a is None or b is None or place_key(a) == place_key(b):
        return False
    coarse, fine = (earlier, later) if rank(a) > rank(b) else (later, earlier)
    held = [e.location for e in events
            if e is not coarse and e.location is not None and e.event_type == coarse.event_type and e.event_date == coarse.event_date
            and specific_of(coarse.sub_event_type, e.sub_event_type) is not None
            and rank(e.location) < rank(coarse.location) and holds(coarse.location, e.location, kinds)]  # type: ignore[arg-type]
    # two places apart: "north of Aleppo" and al-Maleh inside it are one front, Saraqib and Ariha are two
    return fine.location is not None and _fronts(held, kinds) >= 2


def _fronts(places: Sequence[Location], kinds: Mapping[str, str]) -> int:
    """How many groups of places lie apart (tellings.groups)."""
    return len(set(groups(places, kinds)))


def _joined(earlier: Event, later: Event, rank: Callable[[Location], int]) -> Event:
    """The finer-placed of the two, with sources pooled and the span of both sentences."""
    a, b = earlier.location, later.location
    fine, other = (later, earlier) if a is None and b is not None or a is not None and b is not None and rank(b) < rank(a) else (earlier, later)
    joined = replace(pooled(fine, other), sub_event_type=specific_of(earlier.sub_event_type, later.sub_event_type) or fine.sub_event_type)
    if joined.actor1 is not None and joined.actor2 is not None and joined.actor1.name == joined.actor2.name:
        # sides told the other way round ("the army shelled rebels" ... "rebels were shelled by the army")
        second = next((r for r in (other.actor1, other.actor2) if r is not None and r.name != joined.actor1.name), None)
        joined = replace(joined, actor2=second)
    return replace(joined, start=min(earlier.start, later.start), end=max(earlier.end, later.end))


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
        if len(told) == 1 and sentence_index(sentences, told[0].start) == sentence_index(sentences, event.start):
            continue
        if len(told) != 1 or not (sides_agree(event, told[0]) or _roles_agree(event, told[0])) or tells_another(max(event, told[0], key=lambda e: e.start).evidence):
            continue
        one = told[0]
        out = merged_into(out, one, replace(pooled(one, event), start=min(one.start, event.start), end=max(one.end, event.end)), event)
    return out


def _may_hold(coarse: Location | None, fine: Location | None, kinds: Mapping[str, str]) -> bool:
    """A telling placed at ``coarse`` may be of an act at ``fine``: it names no place, or only the country, or
    the same place, or a place holding ``fine`` (tellings.holds)."""
    if coarse is None or (not coarse.admin1 and bool(coarse.country)):
        return fine is None or not coarse or fine.country == coarse.country
    if fine is None:
        return False
    return place_key(coarse) == place_key(fine) or holds(coarse, fine, kinds)


def _roles_agree(generic: Event, act: Event) -> bool:
    """ "a terrorist attack ..." (the attackers alone) retold as "a suicide attacker hit a convoy of civilians"
    (the victims alone): each telling names a different side of the act, and neither names another doer or
    another victim in the same role."""
    return _fits(generic.actor1, act.actor1) and _fits(generic.actor2, act.actor2)


def _fits(one: ActorRef | None, other: ActorRef | None) -> bool:
    """Two tellings' actors in one role agree: the same, or one of them left unnamed."""
    return one is None or other is None or one.name == other.name


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
        here = sentence_index(sentences, event.start)
        attacks = [e for e in out if e.event_type in VIOLENT and e.event_date == event.event_date
                   and 0 <= here - sentence_index(sentences, e.end - 1) <= _DAMAGE_REACH]
        if attacks:
            attack = max(attacks, key=lambda e: e.end)
            out = merged_into(out, attack, replace(pooled(attack, event), start=min(attack.start, event.start), end=max(attack.end, event.end)), event)
    return out


def unplaced_into_placed(events: list[Event], claims: list[Claim], places: Mapping[str, Location] | None = None) -> tuple[list[Event], list[Claim]]:
    """ "Air strikes killed at least nine civilians on Friday ... Nine civilians died when jets hit a market in
    Ariha, activists said": a violent event told with no place is the one event told later in the article of the
    same type and day at a place, with the same toll (known only once the claims are read: reading.tolls), when
    there is exactly one such. The placed one keeps its place and sides; sources and claims are pooled."""
    out = list(events)
    moved: dict[str, str] = {}  # merged event id -> the placed event's id
    placed_counts: dict[str, str] = {}  # id of a count that placed an event -> that event's id
    for event in events:
        if event.location is not None or not event.fatalities or event.event_type not in VIOLENT or event not in out:
            continue
        placed = [e for e in out if e.start > event.start and e.location is not None and e.event_type == event.event_type
                  and e.event_date == event.event_date and e.fatalities == event.fatalities
                  and specific_of(event.sub_event_type, e.sub_event_type) is not None]
        if not placed and places:
            # '"Seven members were killed in five air strikes on bases in Idlib province," the monitor said': a
            # count of the same dead told later at one place, and read as no event of its own, places the event
            counts = [c for c in claims if not c.event_id and c.kind == "killed" and c.value == event.fatalities
                      and c.start > event.end and c.place in places]
            if len({c.place for c in counts}) == 1:
                at = out.index(event)
                out[at] = replace(event, location=places[counts[0].place], claim_ids=event.claim_ids + tuple(c.claim_id for c in counts))
                placed_counts.update({c.claim_id: event.event_id for c in counts})
            continue
        if len(placed) != 1:
            continue
        fine = placed[0]
        ids = tuple(dict.fromkeys(fine.claim_ids + event.claim_ids))
        joined = replace(pooled(fine, event), start=min(event.start, fine.start), end=max(event.end, fine.end), claim_ids=ids,
                         sub_event_type=specific_of(event.sub_event_type, fine.sub_event_type) or fine.sub_event_type)
        out[out.index(fine)] = joined
        out.remove(event)
        moved[event.event_id] = fine.event_id
    if not moved and not placed_counts:
        return events, claims
    return out, [replace(c, event_id=moved[c.event_id]) if c.event_id in moved
                 else replace(c, event_id=placed_counts[c.claim_id]) if not c.event_id and c.claim_id in placed_counts else c
                 for c in claims]


__all__ = ["merge_events", "unplaced_into_placed"]
