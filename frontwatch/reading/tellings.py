"""What two tellings of events in one article have in common, and how two are made one.

The passes of reading.merging and reading.coarse_tellings, and the retelling checks of reading.retelling,
compare places (``place_key``, ``within``, ``holds``, ``apart``), sides (``sides_agree``, ``same_sides``) and
words ("another", "separately": ``tells_another``), and join two tellings (``pooled``, ``merged_into``).
``Unsaid`` is what an event's own sentence left to the story (its day, its place, its act).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from frontwatch.reading import lexicons
from frontwatch.records import Event, Location, Source


_ANOTHER_INCIDENT = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(lexicons.words("another_incident.txt"))) + r")\b", re.IGNORECASE)
_HARM_VERBS = frozenset({"killed", "killing", "wounded", "wounding", "injured", "injuring", "damaged", "damaging", "destroyed", "destroying", "left"})
_LOCALITY = "~in-"  # a place the gazetteer lacks, at its container's point (Gazetteer.locality)
_AREA_KM = 40.0  # how far "near Raqqa", "east of Aleppo" reach (Abbad is 35 km from Raqqa)
_BESIDE = re.compile(r"(?:(?:north|south)?(?:east|west)?(?:ern)?\s+of|north\s+of|south\s+of|outside|near|around|beyond)\b", re.IGNORECASE)
_QUARTER_KM = 10.0  # how far a quarter of a city lies from its centre (Aleppo's outer districts are ~7 km out)
_SPECIFIC = frozenset((general, specific) for general, specific, *_ in lexicons.table("specific_sub_events.tsv"))


@dataclass(frozen=True, slots=True)
class Unsaid:
    """What an event's own sentence left unsaid, so that the story supplied it (reading.events)."""

    day: bool = False  # no date in or before its sentence: dated by the publication
    place: bool = False  # no place finer than a country in its sentence: placed in a country, or at the story's area
    act: bool = False  # the act is named only by a definite generic noun ("died in the attack"): any violent act told
    listed: int = -1  # the offset of the event word that lists it with other places ("jets struck A, B and C"), else -1


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


def one_list(earlier: Event, later: Event, unsaid: Mapping[str, Unsaid]) -> bool:
    """Two places one event word lists ("jets struck Akhtarin, Dabiq and Ihtimilat"): each is its own event, never
    the other told again or told more finely, even when one village lies near the other or is placed coarsely."""
    one, other = unsaid.get(earlier.event_id, Unsaid()).listed, unsaid.get(later.event_id, Unsaid()).listed
    return one >= 0 and one == other


def tells_another(evidence: str, *, timing: bool = True) -> bool:
    """The telling marks another incident than the one before it ("In another strike ...", "Separately ...",
    "Jets later struck ..."), but a step of seconds or minutes is within one act: "a second bomb went off
    minutes later" (lexicons/incident_moments.txt). ``timing=False``: "earlier" and "later" do not count (after
    an act told with no place, "schools in X were hit earlier this morning" places that act; it is no other)."""
    moments = lexicons.words("incident_moments.txt")
    for match in _ANOTHER_INCIDENT.finditer(evidence):
        before = evidence[: match.start()].split()
        if match.group(0).lower() in {"later", "earlier"} and (not timing or before and before[-1].lower() in moments):
            continue
        after = evidence[match.end() :].split()[:1]
        if match.group(0).lower() == "also" and before[-1:] == ["and"] and after and after[0].lower() in _HARM_VERBS:
            continue  # "the shell hit a tent and also wounded 30": what the one act did besides
        return True
    return False


def pooled(first: Event, other: Event) -> Event:
    sources: tuple[Source, ...] = ()
    for source in first.sources + other.sources:  # one source named twice ("the Observatory", "a monitor") is one
        if all(s.name != source.name for s in sources):
            sources += (source,)
    actor1, actor2 = first.actor1 or other.actor1, first.actor2 or other.actor2
    if actor1 is not None and actor2 is not None and actor1.name == actor2.name:
        # "12 rebels died in a blast as they rigged a car bomb": who was hit and who set it off are one side,
        # no dyad; a side the other telling names hit stays
        actor2 = next((r for r in (first.actor2, other.actor2) if r is not None and r.name != actor1.name), None)
    return replace(first, sources=sources, actor1=actor1, actor2=actor2, hedged=first.hedged and other.hedged)


def merged_into(events: list[Event], keep: Event, joined: Event, drop: Event) -> list[Event]:
    """``events`` with ``keep`` replaced by ``joined`` (the two tellings made one) and ``drop`` removed."""
    return [joined if e is keep else e for e in events if e is not drop]


def place_key(location: Location) -> str:
    """What tells two places apart: the gazetteer id, else the name."""
    return location.place_id or location.name


def sentence_index(sentences: Sequence[tuple[int, int]], position: int) -> int:
    return next((k for k, (start, end) in enumerate(sentences) if start <= position < end), -1)


def within(fine: Location, coarse: Location) -> bool:
    """``fine`` lies in ``coarse``: its country for a country-wide area, else the same governorate within _AREA_KM."""
    if not coarse.admin1 and coarse.country:  # "northern Syria", "Syria": any place in the country
        return fine.country == coarse.country
    if fine.admin1 != coarse.admin1:
        return False
    if _LOCALITY in coarse.place_id and not fine.place_id.startswith(coarse.place_id):
        return False  # "the village of X in rural Idlib" (a name the gazetteer lacks) holds no other named place
    return km(fine, coarse) <= _AREA_KM


def km(one: Location, other: Location) -> float:
    """Distance between two places (0 when either has no coordinates: nothing says they are apart)."""
    if None in (one.latitude, one.longitude, other.latitude, other.longitude):
        return 0.0
    dlat = math.radians(one.latitude - other.latitude)  # type: ignore[operator]
    dlon = math.radians(one.longitude - other.longitude) * math.cos(math.radians(other.latitude))  # type: ignore[operator, arg-type]
    return 6371.0 * math.hypot(dlat, dlon)


def holds(coarse: Location, fine: Location, kinds: Mapping[str, str]) -> bool:
    """``fine`` lies in ``coarse``: in an area ("east of Aleppo", "the countryside of Homs") as within says;
    in a town or city only when it is a quarter of it ("the Zahraa district" of Homs). Two villages or towns
    named side by side ("in Talbisa, al-Rastan and Teir Maala") are different places."""
    if coarse.geo_precision > 1:
        # "north of Damascus", "outside Aleppo": an area beside a place holds neither it nor its quarters
        beside = _BESIDE.match(coarse.words or coarse.name) is not None
        return within(fine, coarse) and not (beside and (fine.place_id == coarse.place_id or km(fine, coarse) <= _QUARTER_KM))
    return kinds.get(fine.place_id, "") == "neighbourhood" and fine.admin1 == coarse.admin1 and km(fine, coarse) <= _QUARTER_KM


def apart(one: Location, other: Location, kinds: Mapping[str, str]) -> bool:
    """Two places, neither the same as nor holding the other, further apart than a city's quarters ("north of
    Aleppo" and al-Maleh 8 km out tell one front; Saraqib and Ariha, 15 km apart, two towns)."""
    if place_key(one) == place_key(other):
        return False
    if one.words and (one.words or "").lower() == (other.words or "").lower():
        return False  # one name the text gives twice is one place, however the gazetteer read each
    return not holds(one, other, kinds) and not holds(other, one, kinds) and km(one, other) > _QUARTER_KM


def groups(places: Sequence[Location], kinds: Mapping[str, str]) -> list[int]:
    """A group number per place, a place not apart (apart) from one of a group joining it: "Al Maleh" told
    twice (and read as two places) and "north of Aleppo" beside it are one front."""
    group = list(range(len(places)))

    def root(k: int) -> int:
        while group[k] != k:
            k = group[k]
        return k

    for k, one in enumerate(places):
        for j in range(k + 1, len(places)):
            if not apart(one, places[j], kinds):
                group[root(j)] = root(k)
    return [root(k) for k in range(len(places))]


def side_names(event: Event) -> set[str]:
    return {r.name for r in (event.actor1, event.actor2) if r is not None}


def sides_agree(earlier: Event, later: Event) -> bool:
    """The actors named in both are the same ones, either way round ("rebels shelled the army" retold as
    "the army was shelled by rebels"); an actor one leaves unnamed is no disagreement."""
    ours, theirs = side_names(earlier), side_names(later)
    return not ours or not theirs or ours <= theirs or theirs <= ours


def same_sides(one: Event, other: Event) -> bool:
    """Both events name a side, and the sides one names are among those the other names, either way round
    ("soldiers and rebels were killed" ... "rebels died in clashes")."""
    return bool(side_names(one)) and bool(side_names(other)) and sides_agree(one, other)


__all__ = ["Unsaid", "apart", "groups", "holds", "km", "merged_into", "place_key", "pooled", "same_sides", "sentence_index", "side_names", "sides_agree", "one_list", "specific_of", "tells_another", "within"]
