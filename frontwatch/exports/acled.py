"""ACLED-style rows: ACLED's column set, the conservative fatalities, disputes in the notes.

Columns are ACLED's (see ACLED_COLUMNS), in ACLED's order, followed by one frontwatch column,
``claims``: a JSON list of the incident's claims, each with its source (ACLED's ``source`` column
only names sources; analysts need each figure with the source that gave it).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator, Mapping
from typing import TextIO

from frontwatch.exports.common import (
    acled_types,
    claims_json,
    country,
    disorder_type,
    inter_code,
    interaction,
    iso,
    notes,
    source_scale,
)
from frontwatch.records import ActorRef, Claim, Incident

ACLED_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)
COLUMNS = (*ACLED_COLUMNS, "claims")


def _assoc(incident: Incident) -> tuple[str, str]:
    """Associated actors split by side: those on actor2's side (and not actor1's) go to assoc_actor_2."""
    side1 = incident.actor1.side if incident.actor1 else None
    side2 = incident.actor2.side if incident.actor2 else None
    first: list[str] = []
    second: list[str] = []
    for actor in incident.assoc_actors:
        on_second = side2 is not None and actor.side == side2 and actor.side != side1
        (second if on_second else first).append(actor.name)
    return "; ".join(first), "; ".join(second)


def _name(actor: ActorRef | None) -> str:
    return actor.name if actor else ""


def acled_row(incident: Incident, claims_by_id: Mapping[str, Claim], *, timestamp: int | None = None) -> dict[str, object]:
    """One incident as an ACLED row (plus ``claims``)."""
    loc = incident.location
    info = country(loc.country if loc else "")
    inter1, inter2 = inter_code(incident.actor1), inter_code(incident.actor2)
    assoc1, assoc2 = _assoc(incident)
    civilian = incident.event_type == "Violence against civilians" or "7" in (inter1, inter2)
    return {
        "event_id_cnty": f"{info.iso3 or 'XXX'}{incident.incident_id}",
        "event_date": iso(incident.event_date),
        "year": incident.event_date.year if incident.event_date else "",
        "time_precision": incident.time_precision,
        "disorder_type": disorder_type(incident.event_type, incident.sub_event_type),
        "event_type": incident.event_type,
        "sub_event_type": incident.sub_event_type,
        "actor1": _name(incident.actor1),
        "assoc_actor_1": assoc1,
        "inter1": inter1,
        "actor2": _name(incident.actor2),
        "assoc_actor_2": assoc2,
        "inter2": inter2,
        "interaction": interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if civilian else "",
        "iso": info.iso_numeric,
        "region": info.region,
        "country": loc.country if loc else "",
        "admin1": loc.admin1 if loc else "",
        "admin2": loc.admin2 if loc else "",
        "admin3": "",
        "location": loc.name if loc else "",
        "latitude": loc.latitude if loc and loc.latitude is not None else "",
        "longitude": loc.longitude if loc and loc.longitude is not None else "",
        "geo_precision": loc.geo_precision if loc else "",
        "source": "; ".join(s.name for s in incident.sources),
        "source_scale": source_scale(incident),
        "notes": notes(incident),
        "fatalities": incident.fatalities,
        "tags": "unconfirmed" if incident.hedged else "",
        "timestamp": "" if timestamp is None else timestamp,
        "claims": claims_json(incident, claims_by_id),
    }


def export_acled(
    incidents: Iterable[Incident], claims_by_id: Mapping[str, Claim], *, timestamp: int | None = None
) -> Iterator[dict[str, object]]:
    """ACLED rows, one per incident of ACLED's taxonomy (others, such as "Not ACLED", are left out).

    ``timestamp`` (Unix seconds) fills ACLED's timestamp column.
    """
    taxonomy = acled_types()
    for incident in incidents:
        if incident.event_type not in taxonomy:
            continue
        yield acled_row(incident, claims_by_id, timestamp=timestamp)


def write_acled(
    incidents: Iterable[Incident], claims_by_id: Mapping[str, Claim], stream: TextIO, *, timestamp: int | None = None
) -> int:
    """Write the ACLED CSV to ``stream``; returns the number of rows."""
    writer = csv.DictWriter(stream, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for row in export_acled(incidents, claims_by_id, timestamp=timestamp):
        writer.writerow(row)
        count += 1
    return count
