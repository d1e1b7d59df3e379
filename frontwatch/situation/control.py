"""Who held which place, when, and per whom: the control timeline.

Control statements come in two kinds: "since" (the holder took the place on that date: "the army
seized Hanano on Saturday") and "as of" (the holder holds it on that date: "Sheikh Maqsoud, a
neighbourhood controlled by a Kurdish militia"). Per place, in date order:

* a since-statement starts an interval on its date and closes the previous holder's interval the day
  before;
* an as-of statement for the current holder supports the current interval (its claim is added); for
  another holder it starts a new interval on its date (the change happened by then at the latest);
* on one day, different holders claimed by different sources with nothing to settle it (two
  since-statements, or two as-of statements) make the interval *contested*, with the others as
  contenders; the holder backed by more independent sources leads.

An interval's ``claim_ids`` are every statement made on the place during it (contenders' included,
so nothing is lost); its ``sources`` are those backing its holder.

Holders are normalised to sides ("government", "opposition", "Kurdish forces (YPG)", ...) through
data/holder_sides.csv, so "the Syrian army" and "government forces" are one holder.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from frontwatch.records import Control, ControlInterval
from frontwatch.situation.sources import normalise, source_identity
from frontwatch.situation.tables import mapping

_PLACE_NOISE = re.compile(r"\b(the|al|el|ar|as|ash|neighbou?rhood|district|area|quarter)\b|-")


def normalise_holder(holder: str) -> str:
    """A holder's side label: the longest known phrase inside the words, else the words themselves."""
    words = normalise(holder)
    table = mapping("holder_sides.csv", "words", "holder")
    if words in table:
        return table[words]
    generic = mapping("holder_sides.csv", "words", "generic")
    padded = f" {words} "
    hits = [w for w in table if f" {w} " in padded]
    # A named group beats a catch-all word; then the longest phrase wins.
    best = max(hits, key=lambda w: (generic[w] != "1", len(w), w), default=None)
    return table[best] if best else holder.strip()


def place_key(place: str, place_id: str = "") -> str:
    """Key of a place in the timeline: its gazetteer id, else its name without articles and filler."""
    if place_id:
        return place_id
    return " ".join(_PLACE_NOISE.sub(" ", normalise(place)).split())


@dataclass(frozen=True, slots=True)
class _Statement:
    control: Control
    doc_id: str
    holder: str
    identity: str


@dataclass(slots=True)
class _Open:
    """An interval being built (mutable on purpose; frozen ControlIntervals come out)."""

    holder: str
    start: dt.date | None
    statements: list[_Statement]
    contenders: set[str]

    def close(self, place: str, place_id: str, end: dt.date | None) -> ControlInterval:
        ids = tuple(dict.fromkeys(s.control.claim_id for s in self.statements if s.control.claim_id))
        # claim_ids keep every statement of the interval (contenders' too, for audit); sources back the holder.
        sources = tuple(dict.fromkeys(s.control.source.name for s in self.statements if s.holder == self.holder))
        return ControlInterval(
            place=place,
            place_id=place_id,
            holder=self.holder,
            start=self.start,
            end=end,
            claim_ids=ids,
            sources=sources,
            contested=bool(self.contenders),
            contenders=tuple(sorted(self.contenders)),
        )


def _leader(day: Sequence[_Statement], current: str | None) -> tuple[str, set[str]]:
    """The holder a day's statements agree on, and any contenders left unsettled."""
    takers = [s for s in day if s.control.since]
    pool = takers or list(day)  # a capture that day settles earlier "as of" statements
    backers: dict[str, set[str]] = {}
    for s in pool:
        backers.setdefault(s.holder, set()).add(s.identity)
    ranked = sorted(backers, key=lambda h: (-len(backers[h]), h != current, h))
    leader = ranked[0]
    # One source naming two holders the same day is an ambiguity of that source, not a dispute.
    others = {h for h in ranked[1:] if backers[h] - backers[leader]}
    return leader, others


def _timeline(place: str, place_id: str, statements: list[_Statement]) -> list[ControlInterval]:
    out: list[ControlInterval] = []
    current: _Open | None = None
    days: dict[dt.date, list[_Statement]] = {}
    for s in statements:
        days.setdefault(s.control.date, []).append(s)  # type: ignore[arg-type]
    for date in sorted(days):
        day = days[date]
        holder, contenders = _leader(day, current.holder if current else None)
        if current is not None and current.holder == holder:
            current.statements.extend(day)
            current.contenders |= contenders
            continue
        if current is not None:
            out.append(current.close(place, place_id, date - dt.timedelta(days=1)))
        current = _Open(holder, date, list(day), contenders)
    if current is not None:
        out.append(current.close(place, place_id, None))
    return out


def control_timeline(controls: Iterable[tuple[Control, str]]) -> list[ControlInterval]:
    """(control statement, doc_id) pairs -> intervals per place, ordered by place then start.

    Undated statements are used only for places with no dated statement (one open interval).
    """
    by_place: dict[str, list[_Statement]] = {}
    names: dict[str, dict[str, int]] = {}
    for control, doc_id in controls:
        key = place_key(control.place, control.place_id)
        if not key:
            continue
        holder = normalise_holder(control.holder)
        by_place.setdefault(key, []).append(_Statement(control, doc_id, holder, source_identity(control.source)))
        counts = names.setdefault(key, {})
        counts[control.place] = counts.get(control.place, 0) + 1
    out: list[ControlInterval] = []
    for key in sorted(by_place):
        statements = sorted(by_place[key], key=lambda s: (s.control.claim_id, s.doc_id))
        place = max(names[key], key=lambda n: (names[key][n], n))
        place_id = next((s.control.place_id for s in statements if s.control.place_id), "")
        dated = [s for s in statements if s.control.date is not None]
        if dated:
            out.extend(_timeline(place, place_id, dated))
        else:
            out.extend(_undated(place, place_id, statements))
    return out


def _undated(place: str, place_id: str, statements: list[_Statement]) -> list[ControlInterval]:
    holder, contenders = _leader(statements, None)
    return [_Open(holder, None, statements, contenders).close(place, place_id, None)]


def holder_on(intervals: Iterable[ControlInterval], date: dt.date) -> list[ControlInterval]:
    """Intervals in force on ``date``: who held each place that day, and per whom."""
    return [
        i
        for i in intervals
        if (i.start is None or i.start <= date) and (i.end is None or date <= i.end)
    ]


def history(intervals: Iterable[ControlInterval], place: str) -> list[ControlInterval]:
    """The intervals of one place (by place_id, or by name ignoring case, accents and "al-"), oldest first.

    Other spellings ("Masaken Hanano" for "Hanano Housing") need the caller to resolve the name to a
    place_id through the gazetteer first.
    """
    wanted = place_key(place)
    found = [i for i in intervals if place == i.place_id or place_key(i.place) == wanted]
    return sorted(found, key=lambda i: (i.start or dt.date.min, i.holder))
