"""HXL (Humanitarian Exchange Language) CSV: a header row, then a row of hashtags, then the data.

Standard hashtags where HXL has one (#date+occurred, #affected+killed, #org+name ...), private
``#x_`` ones for the rest. Figures are the conservative values; ``#affected+killed+min/+max`` give the
range, ``#x_disputes`` the disputes and ``#x_claims`` every claim with its source (JSON).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator, Mapping
from typing import TextIO

from frontwatch.exports.common import DocumentLike, claims_json, incident_claims, iso
from frontwatch.records import Claim, Incident
from frontwatch.situation.disputes import figures

# (column, hashtag)
COLUMNS = (
    ("incident_id", "#event+id"),
    ("event_date", "#date+occurred"),
    ("reported", "#date+reported"),
    ("event_type", "#event+type"),
    ("sub_event_type", "#x_subevent+type"),
    ("actor1", "#org+name+actor1"),
    ("actor2", "#org+name+actor2"),
    ("admin1", "#adm1+name"),
    ("admin2", "#adm2+name"),
    ("location", "#loc+name"),
    ("latitude", "#geo+lat"),
    ("longitude", "#geo+lon"),
    ("geo_precision", "#x_geo+precision"),
    ("killed", "#affected+killed"),
    ("killed_low", "#affected+killed+min"),
    ("killed_high", "#affected+killed+max"),
    ("injured", "#affected+injured"),
    ("displaced", "#affected+idps+ind"),
    ("sources", "#meta+source"),
    ("urls", "#meta+url"),
    ("disputes", "#x_disputes"),
    ("claims", "#x_claims"),
)
HASHTAGS = dict(COLUMNS)


def hxl_row(
    incident: Incident, claims_by_id: Mapping[str, Claim], documents: Mapping[str, DocumentLike] | None = None
) -> dict[str, object]:
    """One incident as an HXL data row (keyed by column name)."""
    documents = documents or {}
    loc = incident.location
    claims = incident_claims(incident, claims_by_id)
    docs = [documents[d] for d in incident.documents if d in documents]
    reported = min((d.published for d in docs if d.published), default=None)
    return {
        "incident_id": incident.incident_id,
        "event_date": iso(incident.event_date),
        "reported": iso(reported),
        "event_type": incident.event_type,
        "sub_event_type": incident.sub_event_type,
        "actor1": incident.actor1.name if incident.actor1 else "",
        "actor2": incident.actor2.name if incident.actor2 else "",
        "admin1": loc.admin1 if loc else "",
        "admin2": loc.admin2 if loc else "",
        "location": loc.name if loc else "",
        "latitude": loc.latitude if loc and loc.latitude is not None else "",
        "longitude": loc.longitude if loc and loc.longitude is not None else "",
        "geo_precision": loc.geo_precision if loc else "",
        "killed": incident.fatalities,
        "killed_low": incident.fatalities_low,
        "killed_high": incident.fatalities_high,
        "injured": figures(claims, "injured").conservative,
        "displaced": figures(claims, "displaced").conservative,
        "sources": "; ".join(s.name for s in incident.sources),
        "urls": " ".join(d.url for d in docs if d.url),
        "disputes": " | ".join(f"{d.kind}: {d.note}" for d in incident.disputes),
        "claims": claims_json(incident, claims_by_id),
    }


def export_hxl(
    incidents: Iterable[Incident], claims_by_id: Mapping[str, Claim], documents: Mapping[str, DocumentLike] | None = None
) -> Iterator[dict[str, object]]:
    """HXL data rows, one per incident (the hashtag row is HASHTAGS)."""
    for incident in incidents:
        yield hxl_row(incident, claims_by_id, documents)


def write_hxl(
    incidents: Iterable[Incident],
    claims_by_id: Mapping[str, Claim],
    stream: TextIO,
    documents: Mapping[str, DocumentLike] | None = None,
) -> int:
    """Write the HXL CSV (header, hashtag row, data) to ``stream``; returns the number of data rows."""
    names = [name for name, _ in COLUMNS]
    writer = csv.DictWriter(stream, fieldnames=names, lineterminator="\n")
    writer.writeheader()
    writer.writerow(HASHTAGS)
    count = 0
    for row in export_hxl(incidents, claims_by_id, documents):
        writer.writerow(row)
        count += 1
    return count
