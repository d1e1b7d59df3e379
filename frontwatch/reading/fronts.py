"""The war's regional fronts (data/area_conflicts.csv): which two sides fought where, and when.

``reading.sides`` asks here before the country's main conflict: an event in Deir ez-Zor in 2016 that names
no side is the government's fight with the Islamic State, and an Islamic State attack in Hasakah is fought
against the Kurdish-led SDF, not the government. The most specific front wins: a place and a radius, then a
district, then a governorate.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from dataclasses import dataclass

from frontwatch.reading.actors import data_rows
from frontwatch.records import Location

_RANK = {"near": 0, "admin2": 1, "admin1": 2}
_SMALL_KM = 10.0  # a front this small (a city district) holds only for events placed exactly in it


@dataclass(frozen=True, slots=True)
class Front:
    """One row of data/area_conflicts.csv."""

    country: str
    area: str
    match: str  # admin1 | admin2 | near
    latitude: float | None
    longitude: float | None
    km: float
    start: dt.date | None
    end: dt.date | None
    side_a: str  # actor id
    side_b: str  # actor id
    holder: str  # actor id or ""

    def holds(self, location: Location, day: dt.date | None) -> bool:
        """Whether an event at ``location`` on ``day`` lies on this front."""
        if location.country != self.country:
            return False
        if day is not None and ((self.start and day < self.start) or (self.end and day > self.end)):
            return False
        if self.match == "admin1":
            return location.admin1 == self.area
        if self.match == "admin2":
            return location.admin2 == self.area
        if location.latitude is None or location.longitude is None or self.latitude is None or self.longitude is None:
            return False
        if location.geo_precision > (1 if self.km < _SMALL_KM else 2):
            return False  # "northern Aleppo" is placed a few km off the city: a district's front needs the district itself
        return _km(location.latitude, location.longitude, self.latitude, self.longitude) <= self.km

    def other(self, actor_id: str) -> str:
        """The side facing ``actor_id`` on this front ("" when it is neither side)."""
        return self.side_b if actor_id == self.side_a else self.side_a if actor_id == self.side_b else ""


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    dlat = math.radians(lat2 - lat1)
    dlon = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return 6371.0 * math.hypot(dlat, dlon)


def _date(value: str) -> dt.date | None:
    return dt.date.fromisoformat(value) if value.strip() else None


@functools.cache
def fronts() -> tuple[Front, ...]:
    """The bundled fronts, most specific first."""
    rows = []
    for r in data_rows("area_conflicts.csv"):
        if r["match"] not in _RANK:
            raise ValueError(f"area_conflicts.csv: unknown match {r['match']!r}")
        rows.append(Front(
            r["country"], r["area"], r["match"],
            float(r["latitude"]) if r["latitude"] else None, float(r["longitude"]) if r["longitude"] else None,
            float(r["km"] or 0), _date(r["from"]), _date(r["to"]), r["side_a"], r["side_b"], r["holder"],
        ))
    return tuple(sorted(rows, key=lambda f: (_RANK[f.match], f.km)))


def front_at(location: Location | None, day: dt.date | None) -> Front | None:
    """The most specific front an event at ``location`` on ``day`` belongs to, or None."""
    if location is None:
        return None
    return next((f for f in fronts() if f.holds(location, day)), None)


__all__ = ["Front", "front_at", "fronts"]
