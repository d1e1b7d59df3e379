"""What every export needs: codes from the data tables, the claims beside an incident, notes.

Per-claim sources travel with every export. Tabular formats (ACLED, UCDP, HXL) carry a ``claims``
column holding a JSON list (one object per claim: value, kind, source, source type, stance, hedge,
place ...); ``claims_rows`` gives the same as a flat table that a caller may write beside the export
(``frontwatch export --claims FILE`` writes it there). GeoJSON and JSON Lines nest the claims.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Protocol

from frontwatch.records import DAY, MONTH, WEEK, ActorRef, Claim, Incident, to_json
from frontwatch.situation.sources import normalise
from frontwatch.situation.tables import mapping, table

CLAIM_COLUMNS = (
    "incident_id",
    "claim_id",
    "kind",
    "value",
    "qualifier",
    "words",
    "unit",
    "subject",
    "source",
    "source_type",
    "source_stance",
    "hedged",
    "hedge",
    "place",
    "origin",
    "via",
    "destination",
    "date",
    "holder",
    "quote",
)


class DocumentLike(Protocol):
    """Any record with these fields describes an article to the exports (the store's own record will do)."""

    @property
    def doc_id(self) -> str: ...
    @property
    def published(self) -> dt.date | None: ...
    @property
    def outlet(self) -> str: ...
    @property
    def url(self) -> str: ...
    @property
    def title(self) -> str: ...


@dataclass(frozen=True, slots=True)
class DocumentRef:
    """What an export says about an article behind an incident (the store has the rest)."""

    doc_id: str
    published: dt.date | None = None
    outlet: str = ""
    url: str = ""
    title: str = ""


@dataclass(frozen=True, slots=True)
class Country:
    name: str
    iso3: str
    iso_numeric: str
    gwno: str
    region: str


@functools.lru_cache(maxsize=256)
def country(name: str) -> Country:
    """ISO and UCDP codes and ACLED region of a country (data/countries.csv); blanks if unknown."""
    for row in table("countries.csv"):
        if normalise(row["country"]) == normalise(name):
            return Country(row["country"], row["iso3"], row["iso_numeric"], row["gwno"], row["region"])
    return Country(name, "", "", "", "")


@functools.lru_cache(maxsize=1024)
def _actor_row(actor: ActorRef) -> dict[str, str] | None:
    # The actor dictionary (data/actors.csv) knows each canonical actor's ACLED and UCDP codes.
    try:
        rows = table("actors.csv")
    except FileNotFoundError:
        return None
    return next((r for r in rows if r.get("name") == actor.name), None)


def inter_code(actor: ActorRef | None) -> str:
    """ACLED inter code (1 state forces ... 8 external/other forces) of an actor; "" for none."""
    if actor is None:
        return ""
    row = _actor_row(actor)
    if row and (row.get("acled_inter") or "").strip():
        return row["acled_inter"].strip()
    return mapping("acled_inter_codes.csv", "kind", "inter").get(actor.kind.lower(), "8" if actor.kind else "")


def ucdp_side(actor: ActorRef | None) -> str:
    """The side name UCDP GED uses for an actor (from the actor dictionary), else its own name."""
    if actor is None:
        return ""
    row = _actor_row(actor)
    name = (row.get("ucdp_name") or "").strip() if row else ""
    return name or actor.name


def interaction(inter1: str, inter2: str) -> str:
    """ACLED interaction: the two inter codes, lower first; a lone actor's code followed by 0."""
    codes = sorted(c for c in (inter1, inter2) if c)
    if not codes:
        return ""
    return f"{codes[0]}0" if len(codes) == 1 else "".join(codes)


@functools.lru_cache(maxsize=256)
def disorder_type(event_type: str, sub_event_type: str) -> str:
    """ACLED disorder type of a (sub-)event type (data/acled_event_types.csv)."""
    rows = [r for r in table("acled_event_types.csv") if r["event_type"] == event_type]
    exact = [r for r in rows if r["sub_event_type"] == sub_event_type]
    return (exact or rows)[0]["disorder_type"] if (exact or rows) else ""


def source_scale(incident: Incident) -> str:
    """ACLED source_scale from the types of the incident's sources ("National-International")."""
    scales = mapping("source_scales.csv", "source_type", "source_scale")
    seen = dict.fromkeys(scales.get(s.source_type.lower(), "Other") for s in incident.sources)
    return "-".join(seen)


def date_range(date: dt.date | None, precision: int) -> tuple[dt.date | None, dt.date | None]:
    """Earliest and latest possible day of a date given with ACLED time_precision."""
    if date is None:
        return None, None
    if precision == WEEK:
        return date - dt.timedelta(days=3), date + dt.timedelta(days=3)
    if precision == MONTH:
        last = calendar.monthrange(date.year, date.month)[1]
        return date.replace(day=1), date.replace(day=last)
    return date, date


def ucdp_date_prec(precision: int) -> int:
    """UCDP date_prec (1 exact, 3 within a week, 4 within a month) from ACLED time_precision."""
    return {DAY: 1, WEEK: 3, MONTH: 4}.get(precision, 5)


def acled_types() -> frozenset[str]:
    """ACLED's six event types."""
    return frozenset(r["event_type"] for r in table("acled_event_types.csv"))


def incident_claims(incident: Incident, claims_by_id: Mapping[str, Claim]) -> list[Claim]:
    """The incident's claims that the caller has, in the incident's order."""
    return [claims_by_id[c] for c in incident.claim_ids if c in claims_by_id]


def claim_record(claim: Claim) -> dict[str, object]:
    """One claim as an export row / JSON object (columns CLAIM_COLUMNS minus incident_id)."""
    data = to_json(claim)
    return {k: data.get(k, "") for k in CLAIM_COLUMNS if k != "incident_id"}


def claims_json(incident: Incident, claims_by_id: Mapping[str, Claim]) -> str:
    """The ``claims`` column: a JSON list of the incident's claims with their sources."""
    return json.dumps([claim_record(c) for c in incident_claims(incident, claims_by_id)], ensure_ascii=False)


def claims_rows(incidents: Iterable[Incident], claims_by_id: Mapping[str, Claim]) -> Iterator[dict[str, object]]:
    """The claims table to write beside an export: one row per (incident, claim)."""
    for incident in incidents:
        for claim in incident_claims(incident, claims_by_id):
            yield {"incident_id": incident.incident_id, **claim_record(claim)}


def notes(incident: Incident) -> str:
    """ACLED-style notes: what happened, per whom, and every dispute (ACLED keeps the lowest figure)."""
    parts = []
    if incident.event_date:
        parts.append(f"On {incident.event_date.day} {incident.event_date:%B %Y},")
    parts.append(" ".join(incident.evidence.split()) or f"{incident.sub_event_type or incident.event_type}.")
    if incident.sources:
        parts.append(f"[Sources: {'; '.join(s.name for s in incident.sources)}.]")
    for dispute in incident.disputes:
        parts.append(f"[Disputed {dispute.kind}: {dispute.note}.]")
    if incident.fatalities_high > incident.fatalities:
        parts.append(
            f"[Fatalities reported from {incident.fatalities_low:,} to {incident.fatalities_high:,}; "
            f"the most conservative, {incident.fatalities:,}, is coded.]"
        )
    if incident.hedged:
        parts.append("[Unconfirmed: the reports hedge this event.]")
    return " ".join(parts)


def iso(date: dt.date | None) -> str:
    """YYYY-MM-DD or ""."""
    return date.isoformat() if date else ""
