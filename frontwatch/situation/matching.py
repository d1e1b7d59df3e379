"""When are two reports one incident? The pairwise rules fusion applies inside a block.

Same day, or a window that follows time_precision; same or contained place; compatible type and
actors; two different articles. The tables behind the rules are data files: which sub-types and
actor sides reports of one happening may differ on (data/fusion_subtypes.csv, data/fusion_sides.csv).
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from dataclasses import dataclass

from frontwatch.records import DAY, MONTH, WEEK, ActorRef, Claim, Event, Location
from frontwatch.situation.sources import normalise
from frontwatch.situation.tables import table

# Days two reports' dates may differ, by the coarser time_precision of the two (ACLED: 1 day, 2 week, 3 month).
TOLERANCE_DAYS = {DAY: 0, WEEK: 6, MONTH: 30}
# Distinct gazetteer points closer than this are one place spelled by two gazetteers.
SAME_POINT_KM = 0.5
# How far a coarser location reaches, by its geo_precision (1: a city holding its neighbourhoods).
CONTAINS_KM = {1: 15.0, 2: 25.0}
_UNKNOWN_SIDES = frozenset({"", "unknown"})
# Types that group unlike happenings ("Other", non-ACLED events): two such reports match only with the
# same named actors, as do country-wide ones.
_CATCH_ALL = frozenset({"", "Other", "Not ACLED"})


@dataclass(frozen=True, slots=True)
class FusionItem:
    """One event as fusion sees it: with its article, outlet and the claims about it."""

    event: Event
    doc_id: str
    outlet: str = ""
    claims: tuple[Claim, ...] = ()
    published: dt.date | None = None

    @property
    def key(self) -> tuple[str, str]:
        """Unique across articles (event ids are per article)."""
        return (self.doc_id, self.event.event_id)

    @property
    def date(self) -> dt.date | None:
        """The event's date, else the article's date (an undated report is about its own day)."""
        return self.event.event_date or self.published


def tolerance(item: FusionItem) -> int:
    return TOLERANCE_DAYS.get(item.event.time_precision, TOLERANCE_DAYS[MONTH])


@functools.lru_cache(maxsize=None)
def _pairs(name: str, a: str, b: str) -> frozenset[frozenset[str]]:
    return frozenset(frozenset((row[a], row[b])) for row in table(name))


def _types_compatible(a: Event, b: Event) -> bool:
    if a.event_type != b.event_type:
        return False
    if not a.sub_event_type or not b.sub_event_type or a.sub_event_type == b.sub_event_type:
        return True
    pairs = _pairs("fusion_subtypes.csv", "sub_event_type_a", "sub_event_type_b")
    return frozenset((a.sub_event_type, b.sub_event_type)) in pairs


def _side(actor: ActorRef | None) -> str:
    return actor.side.lower() if actor else ""


def _sides_ok(x: str, y: str) -> bool:
    if x in _UNKNOWN_SIDES or y in _UNKNOWN_SIDES or x == y:
        return True
    return frozenset((x, y)) in _pairs("fusion_sides.csv", "side_a", "side_b")


def _actors_compatible(a: Event, b: Event) -> bool:
    a1, a2, b1, b2 = _side(a.actor1), _side(a.actor2), _side(b.actor1), _side(b.actor2)
    # Outlets disagree on who initiated; the same two sides in either order are the same fight.
    return (_sides_ok(a1, b1) and _sides_ok(a2, b2)) or (_sides_ok(a1, b2) and _sides_ok(a2, b1))


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def distance_km(a: Location, b: Location) -> float | None:
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return None
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)  # type: ignore[arg-type]


def contains(coarse: Location, fine: Location) -> bool:
    """Does ``coarse`` hold ``fine`` (a city its neighbourhood, a governorate its towns)?"""
    if normalise(coarse.admin1) != normalise(fine.admin1):
        return False
    km = distance_km(coarse, fine)
    if coarse.geo_precision >= 3:
        return not coarse.admin2 or normalise(coarse.admin2) == normalise(fine.admin2)
    if coarse.geo_precision == 1:
        # Two precise places are one only if the coarse one is the city named like its district or
        # governorate ("Aleppo" holds Jabal Badro), and near it.
        named_like_unit = normalise(coarse.name) in {normalise(fine.admin1), normalise(fine.admin2)}
        return named_like_unit and (km is None or km <= CONTAINS_KM[1])
    return km is None or km <= CONTAINS_KM.get(coarse.geo_precision, CONTAINS_KM[2])


def places_compatible(a: Location | None, b: Location | None) -> bool:
    """Same place, or one contains the other."""
    if a is None or b is None:
        return False
    if a.place_id and a.place_id == b.place_id:
        return True
    if normalise(a.name) == normalise(b.name) and normalise(a.admin1) == normalise(b.admin1):
        return True
    km = distance_km(a, b)
    if a.geo_precision == b.geo_precision == 1 and km is not None and km <= SAME_POINT_KM:
        return True
    coarse, fine = (a, b) if a.geo_precision >= b.geo_precision else (b, a)
    return contains(coarse, fine) or (a.geo_precision == b.geo_precision and contains(fine, coarse))


def _vague(event: Event) -> bool:
    """A catch-all type or a country-wide place says too little to match on type and place alone."""
    loc = event.location
    return event.sub_event_type in _CATCH_ALL or event.event_type in _CATCH_ALL or loc is None or not loc.admin1


def _same_named_actors(a: Event, b: Event) -> bool:
    names_a = {x.name for x in (a.actor1, a.actor2) if x}
    names_b = {x.name for x in (b.actor1, b.actor2) if x}
    return bool(names_a) and names_a == names_b


def compatible(a: FusionItem, b: FusionItem) -> bool:
    """Could ``a`` and ``b`` be two reports of one incident?"""
    if a.doc_id == b.doc_id:
        return False  # one article's reader already told its events apart
    if (_vague(a.event) or _vague(b.event)) and not _same_named_actors(a.event, b.event):
        return False
    da, db = a.date, b.date
    if da is None or db is None or abs((da - db).days) > max(tolerance(a), tolerance(b)):
        return False
    return (
        _types_compatible(a.event, b.event)
        and _actors_compatible(a.event, b.event)
        and places_compatible(a.event.location, b.event.location)
    )
